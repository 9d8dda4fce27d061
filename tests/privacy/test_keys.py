"""Master keys on disk, rotation while text stays readable, and keys from the environment."""

import stat

import pytest

from nearer.journal.models import Entry
from nearer.journal.services import write_entry
from nearer.privacy import crypto, keys
from nearer.privacy.models import DataKey

pytestmark = pytest.mark.django_db


def test_the_master_key_file_is_created_owner_only(own_keys, member):
    write_entry(member=member, body="first words")
    path = own_keys / "master-keys"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [k.id for k in keys.keyring().keys] == ["mk1"]


def test_rotation_rewraps_every_data_key_and_loses_nothing(own_keys, member, stranger):
    mira = write_entry(member=member, body="Mira before rotation").entry
    sam = write_entry(member=stranger, body="Sam before rotation").entry
    ciphertext_before = Entry.objects.values_list("body", flat=True).get(pk=mira.pk)

    report = keys.rotate()

    assert report.added and report.new_master_key == "mk2" and report.rewrapped == 2
    assert set(DataKey.objects.values_list("master_key_id", flat=True)) == {"mk2"}
    assert Entry.objects.get(pk=mira.pk).body == "Mira before rotation"
    assert Entry.objects.get(pk=sam.pk).body == "Sam before rotation"
    # The text itself was not re-encrypted: only the small wrapped keys changed.
    assert Entry.objects.values_list("body", flat=True).get(pk=mira.pk) == ciphertext_before
    assert [k.id for k in keys.keyring().keys] == ["mk1", "mk2"]


def test_a_second_rotation_without_a_new_key_has_nothing_to_do(own_keys, member):
    write_entry(member=member, body="x")
    keys.rotate()
    report = keys.rotate(add_key=False)
    assert report.rewrapped == 0 and report.already_current == 1


def test_retiring_drops_only_keys_nothing_uses(own_keys, member):
    write_entry(member=member, body="kept readable")
    keys.rotate()
    assert keys.retire_unused_master_keys() == ["mk1"]
    assert Entry.objects.get().body == "kept readable"


def test_a_worker_sees_a_key_added_by_another_process(own_keys, member):
    write_entry(member=member, body="x")
    ring_before = keys.keyring()
    extra = crypto.MasterKey("mk9", crypto.new_key())
    text = (own_keys / "master-keys").read_text() + crypto.format_master_key(extra) + "\n"
    (own_keys / "master-keys").write_text(text)
    assert keys.keyring().newest.id == "mk9"
    assert ring_before.newest.id == "mk1"


def test_keys_can_come_from_the_environment_instead(settings, tmp_path, member):
    first = crypto.MasterKey("ops1", crypto.new_key())
    settings.DATA_DIR = tmp_path
    settings.MASTER_KEYS = crypto.format_master_key(first)
    write_entry(member=member, body="operator-managed keys")
    assert DataKey.objects.get(owner=member).master_key_id == "ops1"
    assert not (tmp_path / "master-keys").exists()
    second = crypto.MasterKey("ops2", crypto.new_key())
    settings.MASTER_KEYS = f"{crypto.format_master_key(first)},{crypto.format_master_key(second)}"
    report = keys.rotate()
    assert not report.added and report.new_master_key == "ops2" and report.rewrapped == 1
    assert Entry.objects.get().body == "operator-managed keys"


def test_the_keys_command_rotates(own_keys, member, capsys):
    from django.core.management import call_command

    write_entry(member=member, body="x")
    call_command("keys", "rotate")
    out = capsys.readouterr().out
    assert "Newest master key mk2 (added); re-wrapped 1 data key(s)" in out
    call_command("keys", "status")
    assert "mk2: wraps 1 data key(s)" in capsys.readouterr().out
