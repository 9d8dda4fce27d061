import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from nearer.privacy import services


class Command(BaseCommand):
    # Runs against a live install (maybe mid-write): the model checks belong to `nearer check`.
    requires_system_checks: list[str] = []
    help = "Restore a member from a Nearer export (JSON). They set a new password with 'Forgot your password?'."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        try:
            with open(file, encoding="utf-8") as handle:
                document = json.load(handle)
        except (OSError, ValueError) as exc:
            raise CommandError(f"Cannot read {file}: {exc}") from exc
        try:
            member = services.import_member(document=document)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        self.stdout.write(f"Restored {member.email}. They can now set a password with 'Forgot your password?'.")
