"""The coach and the phrasebook, as Mira uses them. Drafts are never kept; phrases only when saved."""

import re

import pytest
from django.apps import apps
from django.core import serializers

from nearer.nlu import analyse
from nearer.safety.models import ScreeningEvent
from nearer.say.models import Phrase
from nearer.say.patterns import PATTERNS
from nearer.say.services import save_phrase

pytestmark = pytest.mark.django_db
DRAFT = "Fine. Whatever. I'm done, don't bother texting me."
MEANING = {"action": "rewrite", "draft": DRAFT, "feeling": "hurt", "need": "reassurance"}


def _everything_stored() -> str:
    """Every row of every table, as text (encrypted columns as their ciphertext)."""
    return "".join(serializers.serialize("json", model.objects.all()) for model in apps.get_models())


def test_the_coach_page_is_not_cached(member_client):
    response = member_client.get("/practice/say/")
    assert "no-store" in response["Cache-Control"]
    assert "Your message draft" in response.content.decode()


def test_reading_a_draft_shows_it_back_and_asks_what_she_feels_and_needs(member_client):
    response = member_client.post("/practice/say/", {"action": "read", "draft": DRAFT})
    page = response.content.decode()
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert "What the coach noticed" in page and "I&#x27;m done" in page
    assert "What do you feel?" in page and "What do you need?" in page
    assert 'name="draft" value="Fine. Whatever. I&#x27;m done, don&#x27;t bother texting me."' in page


def test_an_empty_draft_is_refused_kindly(member_client):
    response = member_client.post("/practice/say/", {"action": "read", "draft": "  "})
    assert response.status_code == 400 and "Type or paste the message first" in response.content.decode()


def test_a_draft_is_never_stored_anywhere(member_client):
    member_client.post("/practice/say/", {"action": "read", "draft": DRAFT})
    member_client.post("/practice/say/", MEANING)
    stored = _everything_stored()
    for words in ("Whatever", "bother texting"):
        assert words not in stored
        assert all(words not in str(value) for value in member_client.session.values())
    assert not Phrase.objects.exists()


def test_choosing_a_feeling_and_need_offers_three_ways_to_say_it(member_client):
    page = member_client.post("/practice/say/", MEANING).content.decode()
    for name in ("Brief", "Warm", "Direct"):
        assert f'<h3 id="alt-{name.lower()}-heading">{name}</h3>' in page
    assert "Feeling hurt. I need to hear that we&#x27;re okay. Can you tell me we&#x27;re okay?" in page
    assert page.count('data-copy="phrase-') == 3


def test_her_own_words_win_over_the_choices(member_client):
    data = {**MEANING, "feeling_text": "I feel like a burden.", "need_text": "a hug"}
    page = member_client.post("/practice/say/", data).content.decode()
    assert "I feel like a burden. I need a hug. Would you be up for talking about it?" in page


def test_a_missing_feeling_or_need_is_asked_for_and_the_draft_kept(member_client):
    response = member_client.post("/practice/say/", {"action": "rewrite", "draft": DRAFT, "feeling": "hurt"})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Choose what you need" in page and "bother texting me" in page
    assert re.search(r'value="hurt"[^>]*checked', page)


def test_saving_keeps_only_the_chosen_phrase_encrypted_and_once(member_client, member):
    page = member_client.post("/practice/say/", MEANING).content.decode()
    key = re.findall(r'name="idempotency_key" value="([^"]+)"', page)[2]
    save = {**MEANING, "action": "save", "register": "direct", "idempotency_key": key}
    save["phrase"] = "I feel hurt. I need to hear that we're okay. Can we talk tonight?"
    for _ in range(2):  # a retried save
        response = member_client.post("/practice/say/", save)
    assert "Saved to your phrasebook" in response.content.decode()
    assert "Can we talk tonight?" in response.content.decode()  # her edit stays on the page
    phrase = Phrase.objects.get(owner=member)
    assert (phrase.text, phrase.register) == (save["phrase"], "direct")
    stored = _everything_stored()
    assert "Whatever" not in stored and "Can we talk tonight" not in stored  # the phrase is ciphertext


def test_an_empty_phrase_is_not_saved(member_client):
    save = {**MEANING, "action": "save", "register": "warm", "phrase": " "}
    response = member_client.post("/practice/say/", save)
    assert response.status_code == 400 and not Phrase.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"action": "read", "draft": "I want to kill myself tonight."},
        {**MEANING, "feeling_text": "like I want to die"},
    ],
    ids=["draft", "own-feeling"],
)
def test_risk_in_what_she_types_gets_help_at_once_and_no_words_are_kept(member_client, member, data):
    response = member_client.post("/practice/say/", data)
    page = response.content.decode()
    assert 'role="alert"' in page and "tel:" in page
    assert "Ways to say it" not in page
    event = ScreeningEvent.objects.get(member=member)
    assert event.source == "say_draft" and "kill" not in serializers.serialize("json", [event])


def test_risk_in_a_saved_phrase_gets_help_and_is_kept(member_client, member):
    response = member_client.post("/practice/say/phrases/", {"phrase": "Everyone would be better off without me."})
    assert 'role="alert"' in response.content.decode()
    assert Phrase.objects.get(owner=member).text == "Everyone would be better off without me."


def test_the_phrasebook_adds_lists_and_deletes(member_client, member):
    member_client.post("/practice/say/phrases/", {"phrase": "Closeness scares me sometimes.", "register": "own"})
    page = member_client.get("/practice/say/phrases/").content.decode()
    assert "Closeness scares me sometimes." in page and 'data-copy="phrase-' in page
    phrase = Phrase.objects.get(owner=member)
    assert "Delete this phrase?" in member_client.get(f"/practice/say/phrases/{phrase.pk}/delete/").content.decode()
    member_client.post(f"/practice/say/phrases/{phrase.pk}/delete/")
    assert not Phrase.objects.exists()


def test_a_stranger_and_staff_get_404_and_never_see_her_phrases(client, member, stranger, admin_user):
    phrase = save_phrase(member=member, text="Mira's words").phrase
    for other in (stranger, admin_user):
        client.force_login(other)
        assert client.post(f"/practice/say/phrases/{phrase.pk}/delete/").status_code == 404
        assert "Mira" not in client.get("/practice/say/phrases/").content.decode()
    assert Phrase.objects.filter(pk=phrase.pk).exists()


def test_real_detection_marks_an_unmistakable_draft(member_client):
    page = member_client.post("/practice/say/", {"action": "read", "draft": DRAFT}).content.decode()
    assert '<mark class="distancing">' in page
    found = analyse(DRAFT).distancing.labels
    assert found, "the model should find distancing in this draft"
    for label in found:
        assert PATTERNS[label].heading in page


def test_the_phrasebook_costs_the_same_queries_for_5_and_10_phrases(member_client, member):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for n in range(5):
        save_phrase(member=member, text=f"phrase {n}")
    member_client.get("/practice/say/phrases/")
    with CaptureQueriesContext(connection) as five:
        member_client.get("/practice/say/phrases/")
    for n in range(5):
        save_phrase(member=member, text=f"more {n}")
    with CaptureQueriesContext(connection) as ten:
        member_client.get("/practice/say/phrases/")
    assert len(ten) == len(five)
