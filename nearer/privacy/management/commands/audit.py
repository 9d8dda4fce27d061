from django.core.management.base import BaseCommand, CommandError

from nearer.privacy import audit
from nearer.privacy.models import AccessEvent


class Command(BaseCommand):
    # Runs against a live install (maybe mid-write): the model checks belong to `nearer check`.
    requires_system_checks: list[str] = []
    help = "Check the access log's hash chain; exits non-zero and says where if it was altered or cut."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("verify", help="verify the whole chain")

    def handle(self, *args, action, **options):
        problems = audit.verify_chain()
        if problems:
            for problem in problems:
                self.stderr.write(str(problem))
            raise CommandError(
                f"The access log does not verify: {len(problems)} problem(s), first at entry {problems[0].event_id}."
            )
        self.stdout.write(f"The access log verifies: {AccessEvent.objects.count()} entries, chain intact.")
