import time

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from nearer.checkins.demo import load_demo


class Command(BaseCommand):
    help = "Create or reset a demo member with years of realistic check-ins (about four a day)."

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True)
        parser.add_argument("--password", required=True)
        parser.add_argument("--years", type=int, default=1, help="years of check-ins, ending yesterday (default 1)")
        parser.add_argument("--seed", type=int, default=1, help="the same seed gives the same check-ins")

    def handle(self, *args, email, password, years, seed, **options):
        started = time.monotonic()
        try:
            result = load_demo(email=email, password=password, years=years, seed=seed)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        seconds = time.monotonic() - started
        verb = "Created" if result.created else "Reset"
        self.stdout.write(
            f"{verb} {email}: {result.checkins} check-ins over {years} year{'s' if years != 1 else ''} "
            f"with {result.people} people, in {seconds:.1f} s."
        )
        self.stdout.write(f"Log in at /accounts/login/ with {email} and the password you gave.")
