from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from nearer.privacy.backup import BackupError, create_backup


class Command(BaseCommand):
    # Runs against a live install (maybe mid-write): the model checks belong to `nearer check`.
    requires_system_checks: list[str] = []
    help = "Write an encrypted, consistent snapshot of the database while the site runs."

    def add_arguments(self, parser):
        parser.add_argument("--out", required=True, help="the backup file to write")

    def handle(self, *args, out, **options):
        try:
            info = create_backup(Path(out))
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Backed up the {info.engine} database ({info.bytes_in} bytes) to {out}, sealed with master key "
            f"{info.master_key_id}. Restoring needs that key: keep a copy of master-keys apart from backups."
        )
