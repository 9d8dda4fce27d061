from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from nearer.privacy.backup import BackupError, check_restorable, create_backup, restore_backup


class Command(BaseCommand):
    # Runs against a live install (maybe mid-write): the model checks belong to `nearer check`.
    requires_system_checks: list[str] = []
    help = (
        "Replace the database with a backup made by `nearer backup`. The current database is first "
        "saved as a backup in DATA_DIR/backups/, so nothing is lost for good. Stop the site first."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        try:
            header, _ = check_restorable(Path(file))  # refuse before touching anything
            folder = Path(settings.DATA_DIR) / "backups"
            folder.mkdir(mode=0o700, exist_ok=True)
            # Microseconds too: two restores in one second must not overwrite the first copy.
            safety_copy = folder / f"before-restore-{timezone.now():%Y%m%dT%H%M%S.%f}.nearer-backup"
            create_backup(safety_copy)
            info = restore_backup(Path(file))
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Restored the {info.engine} database from the backup of {header['created_at']}. "
            f"The database as it was just before is saved in {safety_copy}."
        )
