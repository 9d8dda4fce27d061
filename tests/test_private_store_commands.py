"""The private store's commands as an operator runs them: real processes, exit codes, messages."""

from __future__ import annotations

import json
import os

import pytest

from bench._server import MEMBER_EMAIL, Install

POSTGRES = os.environ.get("NEARER_DATABASE_URL")


@pytest.fixture
def install():
    made = Install.create(postgres_url=POSTGRES)
    made.shell(
        "from nearer.accounts.models import User\n"
        "from nearer.journal.services import write_entry\n"
        f"member = User.objects.get(email={MEMBER_EMAIL!r})\n"
        "write_entry(member=member, body='I wanted to stay, so I said so.')\n"
    )
    yield made
    made.destroy()


def test_audit_verify_passes_then_fails_and_says_where_after_tampering(install, tmp_path):
    install.nearer("export", "--email", MEMBER_EMAIL, "--out", str(tmp_path / "out.json"), "--why", "support call")
    ok = install.nearer("audit", "verify")
    assert "chain intact" in ok.stdout

    event_id = install.query("SELECT id FROM privacy_accessevent ORDER BY id LIMIT 1")[0][0]
    install.query("UPDATE privacy_accessevent SET why = 'nothing happened' WHERE id = %s", [event_id])
    broken = install.nearer("audit", "verify", check=False)
    assert broken.returncode == 1
    assert f"access log entry {event_id}: its contents were altered" in broken.stderr


def test_export_erase_import_round_trip_from_the_command_line(install, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    install.nearer("export", "--email", MEMBER_EMAIL, "--out", str(first))
    refused = install.nearer("erase", "--email", MEMBER_EMAIL, check=False)
    assert refused.returncode != 0 and "--yes" in refused.stderr
    install.nearer("erase", "--email", MEMBER_EMAIL, "--yes")
    install.nearer("import", str(first))
    install.nearer("export", "--email", MEMBER_EMAIL, "--out", str(second))

    def stable(path):
        document = json.loads(path.read_text())
        for dotted in document["volatile"]:
            node = document
            *parents, last = dotted.split(".")
            for part in parents:
                node = node[part]
            node.pop(last, None)
        return document

    assert stable(second) == stable(first)


def test_keys_rotate_while_nothing_is_lost(install, tmp_path):
    install.nearer("export", "--email", MEMBER_EMAIL, "--out", str(tmp_path / "before.json"))
    result = install.nearer("keys", "rotate")
    assert "Newest master key mk2 (added)" in result.stdout
    install.nearer("export", "--email", MEMBER_EMAIL, "--out", str(tmp_path / "after.json"))
    before = json.loads((tmp_path / "before.json").read_text())["sections"]
    after = json.loads((tmp_path / "after.json").read_text())["sections"]
    assert after["journal"] == before["journal"]
    assert after["journal"]["entries"][0]["body"] == "I wanted to stay, so I said so."
