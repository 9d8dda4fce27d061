"""`nearer instruments import FILE` and `nearer instruments list`."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from nearer.assessments.models import InstalledInstrument
from nearer.assessments.tests.packs import ECR_R, PHQ_9, raw

pytestmark = pytest.mark.django_db


def test_import_installs_a_pack_and_list_shows_it(capsys):
    call_command("instruments", "import", str(PHQ_9))
    assert (
        "Installed phq-test 2001-test: Nine-item check (test pack) (9 items, 1 subscale(s), with a crisis item)."
        in (capsys.readouterr().out)
    )
    call_command("instruments", "list")
    out = capsys.readouterr().out
    assert "closeness\t1\tNearer's own" in out and "phq-test\t2001-test\tinstalled pack" in out


def test_importing_again_updates(capsys):
    call_command("instruments", "import", str(ECR_R))
    call_command("instruments", "import", str(ECR_R))
    assert "Updated ecr-r-test" in capsys.readouterr().out
    assert InstalledInstrument.objects.count() == 1


def test_a_malformed_pack_is_refused_with_its_reason(tmp_path):
    data = raw(PHQ_9)
    data["subscales"][0]["items"].append("item10")
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data))
    with pytest.raises(CommandError, match=r"broken.json: subscales\[0\].items\[9\]: 'item10' is not an item"):
        call_command("instruments", "import", str(path))
    assert not InstalledInstrument.objects.exists()


def test_a_missing_file_and_a_binary_file(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command("instruments", "import", str(tmp_path / "nope.json"))
    binary = tmp_path / "pack.json"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(CommandError, match="not a text file"):
        call_command("instruments", "import", str(binary))
