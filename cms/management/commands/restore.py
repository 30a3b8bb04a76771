from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from cms.backups import BackupError, backup_restore, file_storage_roots


class Command(BaseCommand):
    help = (
        "Restore an archive made by `manage.py backup`: the database is replaced entirely and "
        "the files are put back into their storages."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument(
            "--no-input", action="store_false", dest="interactive", help="Do not ask to confirm."
        )

    def handle(self, *args, archive, interactive, **options):
        if not archive.is_file():
            raise CommandError(f"{archive} is not a file")
        if interactive:
            folders = ", ".join(str(root) for root in file_storage_roots().values())
            answer = input(
                f"This replaces the database {connection.settings_dict['NAME']} and writes the "
                f"files into {folders}. Type 'yes' to continue: "
            )
            if answer != "yes":
                raise CommandError("Restore cancelled.")
        try:
            manifest = backup_restore(archive=archive)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored the backup of {manifest.created_at}.")
