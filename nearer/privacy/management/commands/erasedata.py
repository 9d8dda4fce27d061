from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from nearer.privacy import audit, services


class Command(BaseCommand):
    # Runs against a live install (maybe mid-write): the model checks belong to `nearer check`.
    requires_system_checks: list[str] = []
    help = "Erase one member and everything they have, for good (their data key is destroyed)."

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True)
        parser.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
        parser.add_argument("--why", default="erase requested at the command line")

    def handle(self, *args, email, yes, why, **options):
        member = get_user_model().objects.filter(email__iexact=email).first()
        if member is None:
            raise CommandError(f"No account has the email {email}.")
        if not yes:
            raise CommandError("This cannot be undone. Run again with --yes to erase, or export first.")
        services.erase_member(member=member, actor=audit.Actor.operator(), why=why)
        self.stdout.write(f"Erased {email}: every row removed and the data key destroyed.")
