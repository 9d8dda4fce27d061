import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from nearer.privacy import audit, services


class Command(BaseCommand):
    # Runs against a live install (maybe mid-write): the model checks belong to `nearer check`.
    requires_system_checks: list[str] = []
    help = "Export everything one member has, as JSON (see docs/export-format.md). The read is logged."

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True)
        parser.add_argument("--out", help="file to write (default: standard output)")
        parser.add_argument("--why", default="export requested at the command line", help="reason, shown to the member")

    def handle(self, *args, email, out, why, **options):
        member = get_user_model().objects.filter(email__iexact=email).first()
        if member is None:
            raise CommandError(f"No account has the email {email}.")
        body = services.export_json(member=member, actor=audit.Actor.operator(), why=why)
        if out:
            with open(out, "w", encoding="utf-8") as handle:
                handle.write(body)
            self.stderr.write(f"Wrote {out}. The member can see this export in their access log.")
        else:
            sys.stdout.write(body)
