"""Texts that are not a crisis but deserve a pointer to help get one, kindly, and nothing else."""

import pytest

from nearer.safety.screening import screen_text
from nearer.safety.support import support_notes


@pytest.mark.parametrize(
    "text, expected",
    [
        ("How do I support a friend who told me she wants to die?", "worried friends and family"),
        ("Can I drink on my antidepressants?", "pharmacist or doctor"),
    ],
)
def test_sensitive_texts_get_a_fitting_note(text, expected):
    notes = support_notes(screen_text(text))
    assert any(expected in note for note in notes), (screen_text(text), notes)


def test_ordinary_relationship_talk_gets_no_note():
    assert support_notes(screen_text("I went quiet when he said he loved me.")) == []


@pytest.mark.django_db
def test_the_journal_shows_the_note_after_saving(member_client):
    response = member_client.post("/journal/new/", {"body": "Can I drink on my antidepressants?"}, follow=True)
    assert "pharmacist or doctor" in response.content.decode()
