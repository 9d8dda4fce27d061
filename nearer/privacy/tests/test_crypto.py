"""The envelope encryption core, table-driven and without Django."""

import base64

import pytest

from nearer.privacy import crypto

AAD = crypto.associated_data(table="journal_entry", column="body", row="r1", owner=7)


def test_sealed_text_opens_to_the_same_words():
    key = crypto.new_key()
    token = crypto.seal(key, "closeness scares me sometimes", AAD)
    assert token.startswith("nc1.")
    assert "closeness" not in token
    assert crypto.unseal(key, token, AAD) == "closeness scares me sometimes"


def test_the_same_text_seals_differently_each_time():
    key = crypto.new_key()
    assert crypto.seal(key, "same", AAD) != crypto.seal(key, "same", AAD)


@pytest.mark.parametrize(
    "other",
    [
        {"table": "other_table", "column": "body", "row": "r1", "owner": 7},
        {"table": "journal_entry", "column": "note", "row": "r1", "owner": 7},
        {"table": "journal_entry", "column": "body", "row": "r2", "owner": 7},
        {"table": "journal_entry", "column": "body", "row": "r1", "owner": 8},
    ],
    ids=["another table", "another column", "another row", "another member"],
)
def test_ciphertext_moved_anywhere_else_fails_to_open(other):
    key = crypto.new_key()
    token = crypto.seal(key, "I'm afraid of losing you", AAD)
    with pytest.raises(crypto.DecryptionError):
        crypto.unseal(key, token, crypto.associated_data(**other))


def test_a_flipped_byte_fails_to_open():
    key = crypto.new_key()
    token = crypto.seal(key, "a secret", AAD)
    raw = bytearray(base64.urlsafe_b64decode(token[4:] + "=" * (-len(token[4:]) % 4)))
    raw[-1] ^= 0x01
    tampered = "nc1." + base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=").decode()
    with pytest.raises(crypto.DecryptionError):
        crypto.unseal(key, tampered, AAD)


@pytest.mark.parametrize("value", ["plain words", "", "nc1.", "nc1.!!!", "nc1.AAAA"])
def test_anything_that_is_not_intact_ciphertext_is_refused_not_shown(value):
    with pytest.raises(crypto.DecryptionError):
        crypto.unseal(crypto.new_key(), value, AAD)


def test_the_wrong_key_fails_to_open():
    token = crypto.seal(crypto.new_key(), "mine", AAD)
    with pytest.raises(crypto.DecryptionError):
        crypto.unseal(crypto.new_key(), token, AAD)


def test_a_data_key_unwraps_only_for_its_member_and_with_its_master_key():
    ring = crypto.Keyring([crypto.MasterKey("mk1", crypto.new_key())])
    data_key = crypto.new_key()
    wrapped = crypto.wrap_key(ring, data_key, owner=5)
    assert crypto.wrapped_with(wrapped) == "mk1"
    assert crypto.unwrap_key(ring, wrapped, owner=5) == data_key
    with pytest.raises(crypto.DecryptionError):
        crypto.unwrap_key(ring, wrapped, owner=6)
    other_ring = crypto.Keyring([crypto.MasterKey("mk1", crypto.new_key())])
    with pytest.raises(crypto.DecryptionError):
        crypto.unwrap_key(other_ring, wrapped, owner=5)
    with pytest.raises(crypto.KeyringError, match="mk1"):
        crypto.unwrap_key(crypto.Keyring([crypto.MasterKey("mk2", crypto.new_key())]), wrapped, owner=5)


def test_new_wraps_use_the_newest_master_key():
    ring = crypto.Keyring([crypto.MasterKey("mk1", crypto.new_key()), crypto.MasterKey("mk2", crypto.new_key())])
    assert crypto.wrapped_with(crypto.wrap_key(ring, crypto.new_key(), owner=1)) == "mk2"


def test_keyring_text_round_trips_and_ignores_comments():
    first, second = crypto.MasterKey("mk1", crypto.new_key()), crypto.MasterKey("mk2", crypto.new_key())
    text = "# keys, oldest first\n" + crypto.format_master_key(first) + "\n" + crypto.format_master_key(second) + "\n"
    ring = crypto.parse_keyring(text)
    assert [k.id for k in ring.keys] == ["mk1", "mk2"]
    assert ring.newest.key == second.key
    assert (
        crypto.parse_keyring(f"{crypto.format_master_key(first)},{crypto.format_master_key(second)}").newest.id == "mk2"
    )


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "No master key"),
        ("mk1", "id:base64key"),
        ("mk1:c2hvcnQ", "32 bytes"),
        ("bad id!:" + base64.urlsafe_b64encode(b"k" * 32).decode(), "letters"),
        (
            "a:" + base64.urlsafe_b64encode(b"k" * 32).decode() + ",a:" + base64.urlsafe_b64encode(b"j" * 32).decode(),
            "share an id",
        ),
    ],
)
def test_malformed_keyrings_fail_with_a_clear_message(text, message):
    with pytest.raises(crypto.KeyringError, match=message):
        crypto.parse_keyring(text)


def test_master_keys_never_print_their_material():
    key = crypto.MasterKey("mk1", b"s" * 32)
    assert "s" * 8 not in repr(key)


def test_derived_keys_differ_by_purpose_and_from_the_master():
    master = crypto.MasterKey("mk1", crypto.new_key())
    backup = crypto.derive_key(master, "backup")
    assert backup != master.key
    assert backup != crypto.derive_key(master, "other")
    assert backup == crypto.derive_key(master, "backup")
