from django.core.management.base import BaseCommand

from programme.open_data_publishing import open_data_publish


class Command(BaseCommand):
    help = "Build the open-data archive now and make it the one offered for download."

    def handle(self, *args, **options):
        archive = open_data_publish()
        self.stdout.write(f"{archive.file.name}: {archive.size} bytes")
