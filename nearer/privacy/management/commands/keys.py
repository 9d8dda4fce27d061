from django.core.management.base import BaseCommand, CommandError

from nearer.privacy import crypto, keys
from nearer.privacy.models import DataKey


class Command(BaseCommand):
    # Runs against a live install (maybe mid-write): the model checks belong to `nearer check`.
    requires_system_checks: list[str] = []
    help = "Master keys: show them, rotate (re-wrap every data key under a new one), retire unused ones."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("status", help="which master keys exist and how many data keys each wraps")
        rotate = sub.add_parser("rotate", help="add a master key and re-wrap every data key under it")
        rotate.add_argument(
            "--no-new-key",
            action="store_true",
            help="only re-wrap under the newest configured key (for keys given in NEARER_MASTER_KEYS)",
        )
        sub.add_parser(
            "retire", help="drop master keys no data key uses any more (backups made under them become unreadable)"
        )

    def handle(self, *args, action, **options):
        try:
            if action == "status":
                ring = keys.keyring(reload=True)
                source = "NEARER_MASTER_KEYS" if keys.keys_from_environment() else str(keys.master_keys_path())
                self.stdout.write(f"Master keys from {source} (newest last):")
                for key in ring.keys:
                    count = DataKey.objects.filter(master_key_id=key.id).count()
                    self.stdout.write(f"  {key.id}: wraps {count} data key(s)")
            elif action == "rotate":
                report = keys.rotate(add_key=not options["no_new_key"])
                added = "added" if report.added else "kept"
                self.stdout.write(
                    f"Newest master key {report.new_master_key} ({added}); re-wrapped {report.rewrapped} data key(s), "
                    f"{report.already_current} already current. Members' text was not touched."
                )
                if keys.keys_from_environment() and not options["no_new_key"]:
                    self.stdout.write("Keys come from NEARER_MASTER_KEYS: add the new key there, restart, then rotate.")
            else:
                dropped = keys.retire_unused_master_keys()
                self.stdout.write(f"Retired: {', '.join(dropped) or 'none'}.")
        except crypto.CryptoError as exc:
            raise CommandError(str(exc)) from exc
