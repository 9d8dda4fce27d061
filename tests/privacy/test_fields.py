"""EncryptedTextField: plain in Python, sealed in the database, fail-closed everywhere."""

import pytest
from django.core.exceptions import FieldError
from django.db import connection, transaction

from nearer.journal.models import Entry
from nearer.journal.services import write_entry
from nearer.privacy import crypto, keys
from nearer.privacy.fields import Sealed

pytestmark = pytest.mark.django_db


def _column(entry_id) -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT body FROM journal_entry WHERE id = %s",
            [entry_id.hex if connection.vendor == "sqlite" else entry_id],
        )
        return cursor.fetchone()[0]


def test_the_column_holds_ciphertext_and_the_attribute_holds_the_words(member):
    entry = write_entry(member=member, body="I said I needed space but I wanted a hug").entry
    stored = _column(entry.pk)
    assert stored.startswith("nc1.")
    assert "space" not in stored
    assert Entry.objects.get(pk=entry.pk).body == "I said I needed space but I wanted a hug"


def test_a_ciphertext_copied_to_another_row_of_the_same_member_fails_closed(member):
    first = write_entry(member=member, body="first, private").entry
    second = write_entry(member=member, body="second").entry
    Entry.objects.filter(pk=second.pk).update(body=Sealed(_column(first.pk)))
    with pytest.raises(crypto.DecryptionError):
        Entry.objects.get(pk=second.pk).body  # noqa: B018


def test_a_ciphertext_copied_to_another_members_row_fails_closed(member, stranger):
    mira = write_entry(member=member, body="Mira's words").entry
    sam = write_entry(member=stranger, body="Sam's words").entry
    Entry.objects.filter(pk=sam.pk).update(body=Sealed(_column(mira.pk)))
    with pytest.raises(crypto.DecryptionError):
        Entry.objects.get(pk=sam.pk).body  # noqa: B018


def test_a_tampered_column_fails_closed(member):
    entry = write_entry(member=member, body="do not change me").entry
    token = _column(entry.pk)
    flipped = token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1]
    Entry.objects.filter(pk=entry.pk).update(body=Sealed(flipped))
    with pytest.raises(crypto.DecryptionError):
        Entry.objects.get(pk=entry.pk).body  # noqa: B018


def test_plain_text_never_reaches_the_column_by_update_or_filter(member):
    entry = write_entry(member=member, body="sealed").entry
    with pytest.raises(crypto.CryptoError, match="Refusing to put plain text"), transaction.atomic():
        Entry.objects.filter(pk=entry.pk).update(body="leaked plain text")
    with pytest.raises(FieldError), transaction.atomic():  # no lookup on ciphertext exists at all
        list(Entry.objects.filter(body__contains="sealed"))
    assert _column(entry.pk).startswith("nc1.")


def test_sealed_values_do_not_pretend_to_be_text(member):
    write_entry(member=member, body="values() must not leak")
    sealed = Entry.objects.values_list("body", flat=True).get()
    assert isinstance(sealed, Sealed)
    assert repr(sealed) == "<sealed text>"
    with pytest.raises(crypto.DecryptionError):
        str(sealed)


def test_deferred_text_loads_and_opens_on_first_read(member):
    entry = write_entry(member=member, body="loaded later").entry
    assert Entry.objects.defer("body").get(pk=entry.pk).body == "loaded later"


def test_without_the_members_data_key_their_text_cannot_be_read(member):
    entry = write_entry(member=member, body="shredded").entry
    keys.destroy_data_key(member.pk)
    with pytest.raises(crypto.DecryptionError, match="no longer exists"):
        Entry.objects.get(pk=entry.pk).body  # noqa: B018


def test_each_member_gets_their_own_data_key(member, stranger):
    write_entry(member=member, body="a")
    write_entry(member=stranger, body="b")
    assert keys.data_key_for(member.pk) != keys.data_key_for(stranger.pk)
