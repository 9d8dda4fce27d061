"""The ``nearer`` command: serve, prepare, check, and Django management.

nearer serve [--host H] [--port P] [--workers N]   production server (gunicorn)
nearer prepare                                     migrate, cache table, static files
nearer check                                       Django's deployment checks, warnings fail
nearer manage COMMAND [ARGS...]                    any Django management command

The private store (docs/privacy.md):
nearer keys status|rotate|retire                   master keys and data-key rotation
nearer audit verify                                check the access log's hash chain
nearer export --email E [--out FILE]               one member's data as JSON (logged)
nearer import FILE                                 restore a member from an export
nearer erase --email E --yes                       erase a member for good
nearer backup --out FILE                           encrypted snapshot while running
nearer restore FILE                                bring a snapshot back

nearer demo --email E --password P [--years N]     a demo member with N years of check-ins

nearer nlu predict|eval|train                      the offline text models (docs/model-card.md)
nearer instruments import FILE                     install a licensed questionnaire pack
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from typing import Any

# One BLAS thread per request thread: a worker already serves several requests at once, and
# numpy's own threads spinning beside them multiplied a check-in save's CPU fourfold
# (bench/bench_checkin_save.py). Set before anything loads numpy.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

from nearer.config.env import ConfigError  # noqa: E402 (after the BLAS setting above)

LOOPBACK_NAMES = {"localhost"}

# `nearer NAME ...` runs the management command on the right with the same arguments.
PASSTHROUGH = {
    "keys": ("keys", "master keys: status, rotate, retire"),
    "audit": ("audit", "verify the access log's hash chain"),
    "export": ("exportdata", "export one member's data as JSON"),
    "import": ("importdata", "restore a member from an export file"),
    "erase": ("erasedata", "erase one member for good"),
    "backup": ("backup", "write an encrypted database snapshot"),
    "restore": ("restore", "restore a database snapshot"),
    "demo": ("demo", "create or reset a demo member with years of check-ins"),
    "instruments": ("instruments", "list or import questionnaire packs"),
}


def _django_setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nearer.config.settings")
    import django

    django.setup()


def _call(*args: str) -> None:
    from django.core.management import call_command

    call_command(*args)


def prepare(*, quiet: bool = False) -> None:
    """Make the database and static files ready. Safe to run on every start."""
    _django_setup()
    verbosity = "0" if quiet else "1"
    _call("migrate", "--noinput", f"--verbosity={verbosity}")
    _call("createcachetable", f"--verbosity={verbosity}")
    _call("collectstatic", "--noinput", "--verbosity=0")


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def refuses_plain_http(host: str) -> bool:
    _django_setup()
    from django.conf import settings

    if not is_loopback(host) and not settings.HTTPS:
        print(
            f"nearer: refusing to listen on {host} over plain HTTP. Passwords and journals would cross\n"
            "the network unencrypted. Put Nearer behind an HTTPS reverse proxy and set\n"
            "NEARER_PUBLIC_URL=https://your.host (see the README's deployment section).",
            file=sys.stderr,
        )
        return True
    return False


def serve(*, host: str, port: int, workers: int | None, threads: int | None) -> int:
    _django_setup()
    from django.conf import settings

    if refuses_plain_http(host):
        return 2

    from gunicorn.app.base import BaseApplication

    from nearer.accounts import first_run
    from nearer.config.wsgi import application

    options: dict[str, Any] = {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers or settings.WORKERS,
        "threads": threads or settings.THREADS,
        "worker_class": "gthread",
        # Requests are small; a slow client must not pin a worker for long.
        "timeout": 30,
        "graceful_timeout": 20,
        "accesslog": None,  # no access log by default: URLs and addresses are nobody's business
        "errorlog": "-",
        "loglevel": "warning",
        "forwarded_allow_ips": "127.0.0.1,::1",
        "proc_name": "nearer",
    }

    class NearerServer(BaseApplication):
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self):
            return application

    shown = settings.PUBLIC_URL if settings.HTTPS else f"http://{options['bind']}"
    print(f"Nearer is running at {shown}/  (Ctrl+C stops it)", flush=True)
    if first_run.needs_setup():
        print(
            f"First visit: open {shown}/setup/?code={first_run.setup_code()} to create the owner account.",
            flush=True,
        )
    # The models are read once here, before gunicorn forks its workers, so the workers share one
    # copy of them in memory instead of each reading its own on its first text.
    from nearer import nlu

    nlu.load()
    NearerServer().run()
    return 0


def check() -> int:
    _django_setup()
    from django.core.management import call_command
    from django.core.management.base import SystemCheckError

    try:
        call_command("check", "--deploy", "--fail-level", "WARNING")
    except SystemCheckError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


def manage(args: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nearer.config.settings")
    from django.core.management import execute_from_command_line
    from django.db import DatabaseError

    try:
        execute_from_command_line(["nearer manage", *args])
    except DatabaseError as exc:
        # A data folder from an older Nearer, or one never prepared: say what to do, not a traceback.
        text = str(exc).lower()
        if "no such table" in text or "does not exist" in text:
            print("nearer: this data folder's database is not up to date; run `nearer prepare` first.", file=sys.stderr)
            return 2
        raise
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nearer", description="Nearer: a private self-help companion.")
    sub = parser.add_subparsers(dest="command", required=True)

    p_serve = sub.add_parser("serve", help="run the production web server")
    p_serve.add_argument("--host", default="127.0.0.1")
    p_serve.add_argument("--port", type=int, default=8000)
    p_serve.add_argument("--workers", type=int, default=None, help="worker processes (NEARER_WORKERS)")
    p_serve.add_argument("--threads", type=int, default=None, help="threads per worker (NEARER_THREADS)")
    p_serve.add_argument("--no-prepare", action="store_true", help="skip migrations and static files")

    sub.add_parser("prepare", help="migrate the database and collect static files")
    sub.add_parser("check", help="run Django's deployment checks; any warning fails")
    p_manage = sub.add_parser("manage", help="run a Django management command")
    p_manage.add_argument("args", nargs=argparse.REMAINDER)
    p_nlu = sub.add_parser("nlu", help="the offline text models: predict, eval, train", add_help=False)
    p_nlu.add_argument("args", nargs=argparse.REMAINDER)
    for name, (_, help_text) in PASSTHROUGH.items():
        p_pass = sub.add_parser(name, help=help_text, add_help=False)
        p_pass.add_argument("args", nargs=argparse.REMAINDER)
    return parser


def main(argv: list[str] | None = None) -> int:
    # Files Nearer creates (database, WAL, backups, keys) are readable by their owner only.
    os.umask(0o077)
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "nlu":
            # The text models need no database or settings, so they skip Django's start-up.
            from nearer.nlu.cli import main as nlu_main

            return nlu_main(argv[1:])
        if argv and argv[0] in PASSTHROUGH:
            # Handed over as typed: argparse's REMAINDER rejects a first argument that looks
            # like an option, so `nearer export --email E` would never reach the command.
            return manage([PASSTHROUGH[argv[0]][0], *argv[1:]])
        return _run(build_parser().parse_args(argv))
    except ConfigError as exc:
        # A bad setting is the operator's to fix: say which, without a traceback.
        print(f"nearer: {exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    if args.command == "serve":
        if refuses_plain_http(args.host):
            return 2  # before touching the database
        if not args.no_prepare:
            prepare(quiet=True)
        return serve(host=args.host, port=args.port, workers=args.workers, threads=args.threads)
    if args.command == "prepare":
        prepare()
        return 0
    if args.command == "check":
        return check()
    if args.command == "manage":
        return manage(args.args)
    if args.command in PASSTHROUGH:
        return manage([PASSTHROUGH[args.command][0], *args.args])
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
