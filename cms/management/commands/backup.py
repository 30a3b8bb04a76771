from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.backups import BackupError, backup_create


class Command(BaseCommand):
    help = (
        "Back up the database and every file storage (media, private files) into one archive "
        "in BACKUP_DIR. The archive holds personal data: keep it safe."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dir", type=Path, help="Folder for the archive (default BACKUP_DIR).")

    def handle(self, *args, **options):
        try:
            archive = backup_create(directory=options["dir"] or Path(settings.BACKUP_DIR))
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(archive))
