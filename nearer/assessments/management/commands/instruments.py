from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from nearer.assessments import catalog, services
from nearer.assessments.engine import InstrumentError


class Command(BaseCommand):
    # Runs beside a live install: the model checks belong to `nearer check`.
    requires_system_checks: list[str] = []
    help = (
        "List the questionnaires, or validate and install a pack a practice is licensed to use (docs/instruments.md)."
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        install = sub.add_parser("import", help="validate and install a pack file (JSON)")
        install.add_argument("file")
        sub.add_parser("list", help="list Nearer's own questionnaires and the installed packs")

    def handle(self, *args, action, **options):
        if action == "import":
            self._import(options["file"])
        else:
            self._list()

    def _import(self, name: str) -> None:
        path = Path(name)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise CommandError(f"{name}: no such file.") from None
        except UnicodeDecodeError:
            raise CommandError(f"{name}: not a text file (a pack is JSON in UTF-8).") from None
        except OSError as exc:
            raise CommandError(f"{name}: cannot read it ({exc.strerror}).") from None
        try:
            row, created = services.install_pack(text=text)
        except InstrumentError as exc:
            raise CommandError(f"{name}: {exc}") from None
        instrument = catalog.instrument_for(row.instrument_id)
        assert instrument is not None
        verb = "Installed" if created else "Updated"
        self.stdout.write(
            f"{verb} {row.instrument_id} {row.version}: {row.title} "
            f"({len(instrument.items)} items, {len(instrument.subscales)} subscale(s)"
            f"{', with a crisis item' if instrument.safety else ''})."
        )

    def _list(self) -> None:
        for instrument in catalog.builtins().values():
            self.stdout.write(f"{instrument.id}\t{instrument.version}\tNearer's own\t{instrument.title}")
        for instrument in catalog.installed().values():
            self.stdout.write(f"{instrument.id}\t{instrument.version}\tinstalled pack\t{instrument.title}")
