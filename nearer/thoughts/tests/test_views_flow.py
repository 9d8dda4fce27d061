"""The thought record, step by step, through its pages: saved as it goes, the thought in view on
every step, kindness instead of disputing for a painful feeling, help at once on any risky text."""

import pytest

from nearer.checkins.tests.factories import raw_column
from nearer.safety.models import ScreeningEvent
from nearer.thoughts.models import ThoughtRecord
from nearer.thoughts.tests.helpers import NEW, feelings_post, form_key, start, step_url

pytestmark = pytest.mark.django_db

THOUGHT = "She'll get bored of me and leave, like everyone does."


def test_the_whole_examining_flow_from_situation_to_re_rated_feelings(member_client):
    record, response = start(member_client, "She said she loved me and I went quiet.")
    assert response.status_code == 302 and response["Location"] == step_url(record, "thought")

    response = member_client.post(step_url(record, "thought"), {"thought": THOUGHT})
    assert response["Location"] == step_url(record, "feelings")
    page = member_client.get(step_url(record, "feelings")).content.decode()
    assert "The thought you're looking at" in page and "bored of me and leave" in page

    response = member_client.post(step_url(record, "feelings"), feelings_post(("scared", 80), ("ashamed", 60)))
    assert response["Location"] == step_url(record, "traps")

    page = member_client.get(step_url(record, "traps")).content.decode()
    assert "bored of me and leave" in page  # still in view
    assert 'value="fortune_telling"' in page and "For example" in page
    response = member_client.post(step_url(record, "traps"), {"traps": ["fortune_telling", "overgeneralizing"]})
    assert response["Location"] == step_url(record, "evidence-for")

    for slug, text, following in [
        ("evidence-for", "My last partner left.", "evidence-against"),
        ("evidence-against", "She asked to meet my friends. She stayed after the fight.", "balanced"),
        ("balanced", "I'm scared she'll leave, and so far she has stayed.", "rerate"),
    ]:
        assert "bored of me and leave" in member_client.get(step_url(record, slug)).content.decode()
        response = member_client.post(step_url(record, slug), {"text": text})
        assert response["Location"] == step_url(record, following), slug

    record.refresh_from_db()
    scared, ashamed = record.feelings.all()
    page = member_client.get(step_url(record, "rerate")).content.decode()
    assert "scared, now (it was 80)" in page
    response = member_client.post(
        step_url(record, "rerate"), {f"after_{scared.pk.hex}": "45", f"after_{ashamed.pk.hex}": "30"}
    )
    assert response["Location"] == f"/practice/thoughts/{record.pk}/"

    record.refresh_from_db()
    assert record.finished_at is not None and record.approach == "examine"
    assert record.traps == ["fortune_telling", "overgeneralizing"]
    assert [(f.name, f.before, f.after) for f in record.feelings.all()] == [("scared", 80, 45), ("ashamed", 60, 30)]
    page = member_client.get(f"/practice/thoughts/{record.pk}/").content.decode()
    assert "Fortune telling" in page and "so far she has stayed" in page
    # Everything she wrote is ciphertext in the database (checked by a whole phrase she wrote:
    # a short word turns up in random ciphertext now and then).
    for column in ("situation", "thought", "evidence_against", "balanced_thought"):
        stored = raw_column("thoughts_thoughtrecord", column, record.pk)
        assert stored.startswith("nc1.") and "so far she has stayed" not in stored
    assert "scared" not in raw_column("thoughts_feeling", "name", scared.pk)


def test_a_mostly_painful_feeling_gets_kindness_instead_of_disputing(member_client):
    record, _ = start(member_client, "Sunday night, flat empty.")
    member_client.post(step_url(record, "thought"), {"thought": "I feel so alone."})
    response = member_client.post(step_url(record, "feelings"), feelings_post(("lonely", 90)))
    assert response["Location"] == step_url(record, "kindness")

    page = member_client.get(step_url(record, "kindness")).content.decode()
    assert "need some care" in page and "What would you say to a friend" in page
    assert "Look at the thought instead" in page
    assert member_client.get(step_url(record, "traps")).status_code == 404  # not on this path

    response = member_client.post(step_url(record, "kindness"), {"text": "Of course it hurts. You wanted company."})
    assert response["Location"] == step_url(record, "rerate")
    lonely = record.feelings.get()
    member_client.post(step_url(record, "rerate"), {f"after_{lonely.pk.hex}": "70"})
    record.refresh_from_db()
    assert record.approach == "comfort" and record.finished_at and record.kind_words.startswith("Of course")


def test_the_member_can_switch_either_way(member_client):
    record, _ = start(member_client)
    member_client.post(step_url(record, "thought"), {"thought": THOUGHT})
    member_client.post(step_url(record, "feelings"), feelings_post(("hurt", 70)))
    response = member_client.post(step_url(record, "traps"), {"approach": "comfort"})
    assert response["Location"] == step_url(record, "kindness")
    response = member_client.post(step_url(record, "kindness"), {"approach": "examine"})
    assert response["Location"] == step_url(record, "traps")
    record.refresh_from_db()
    assert record.approach == "examine"


def test_traps_can_always_be_chosen_by_hand_or_left_empty(member_client):
    record, _ = start(member_client)
    member_client.post(step_url(record, "thought"), {"thought": "I always ruin everything."})
    member_client.post(step_url(record, "feelings"), feelings_post(("ashamed", 75)))
    page = member_client.get(step_url(record, "traps")).content.decode()
    # Every trap but the painful feeling is offered, whatever the text reader suggested.
    assert page.count('name="traps"') == 13
    member_client.post(step_url(record, "traps"), {"traps": ["labeling"]})
    record.refresh_from_db()
    assert record.traps == ["labeling"]
    member_client.post(step_url(record, "traps"), {})
    record.refresh_from_db()
    assert record.traps == []


def test_suggested_traps_are_ticked_as_a_start(member_client):
    record, _ = start(member_client)
    member_client.post(step_url(record, "thought"), {"thought": "I always ruin everything."})
    record.refresh_from_db()
    assert record.traps == record.suggested_traps  # before she has reviewed them
    member_client.post(step_url(record, "feelings"), feelings_post(("ashamed", 75)))
    page = member_client.get(step_url(record, "traps")).content.decode()
    for slug in record.suggested_traps:
        assert f'value="{slug}" id="trap-{slug}" aria-describedby="trap-{slug}-about" checked' in page


def test_a_mistake_keeps_what_was_typed_and_says_what_to_do(member_client):
    response = member_client.post(NEW, {"situation": "   ", "idempotency_key": ""})
    assert response.status_code == 400 and "one line is enough" in response.content.decode()

    record, _ = start(member_client)
    member_client.post(step_url(record, "thought"), {"thought": THOUGHT})
    response = member_client.post(
        step_url(record, "feelings"), {"feeling_1": "scared", "intensity_1": "140", "feeling_2": "stung"}
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "Use a number from 0 to 100." in page and "How strong was it, 0 to 100?" in page
    assert 'value="scared"' in page and 'value="stung"' in page and 'value="140"' in page
    assert not record.feelings.exists()


def test_each_step_is_saved_so_a_draft_can_be_picked_up_later(member_client):
    record, _ = start(member_client)
    response = member_client.post(step_url(record, "thought"), {"thought": THOUGHT, "stop": "1"})
    assert response["Location"] == "/practice/thoughts/"
    page = member_client.get("/practice/thoughts/").content.decode()
    assert "Not finished yet" in page and step_url(record, "feelings") in page
    # A later step cannot be reached before the feelings it needs.
    assert member_client.get(step_url(record, "balanced"))["Location"] == step_url(record, "feelings")


def test_a_retried_start_does_not_make_a_twin(member_client):
    key = form_key(member_client.get(NEW).content.decode())
    for _ in range(2):
        member_client.post(NEW, {"situation": "Cancelled on Jo again.", "idempotency_key": key})
    assert ThoughtRecord.objects.count() == 1


@pytest.mark.parametrize(
    ("slug", "data"),
    [
        ("situation", {"situation": "I want to kill myself tonight."}),
        ("thought", {"thought": "I want to kill myself tonight."}),
        ("feelings", {"feeling_1": "I want to kill myself tonight", "intensity_1": "90"}),
        ("evidence-for", {"text": "I want to kill myself tonight."}),
        ("evidence-against", {"text": "I want to kill myself tonight."}),
        ("balanced", {"text": "I want to kill myself tonight."}),
    ],
)
def test_risk_in_any_step_brings_help_at_once_and_the_words_are_kept(member_client, member, slug, data):
    record, _ = start(member_client)
    member_client.post(step_url(record, "thought"), {"thought": THOUGHT})
    member_client.post(step_url(record, "feelings"), feelings_post(("scared", 80)))
    response = member_client.post(step_url(record, slug), data)
    page = response.content.decode()
    assert response.status_code == 200 and 'class="crisis-card"' in page
    assert "What you wrote is saved" in page and "carry on" in page
    assert ScreeningEvent.objects.filter(member=member, source="thought_record").exists()
    record.refresh_from_db()
    saved = [record.situation, record.thought, record.evidence_for, record.evidence_against, record.balanced_thought]
    saved += [f.name for f in record.feelings.all()]
    assert any("kill myself" in text for text in saved)


def test_risk_on_the_first_page_and_the_kindness_step_too(member_client):
    key = form_key(member_client.get(NEW).content.decode())
    response = member_client.post(NEW, {"situation": "I want to kill myself tonight.", "idempotency_key": key})
    assert 'class="crisis-card"' in response.content.decode()
    record = ThoughtRecord.objects.get()
    member_client.post(step_url(record, "thought"), {"thought": "I feel so alone."})
    member_client.post(step_url(record, "feelings"), feelings_post(("alone", 90)))
    response = member_client.post(step_url(record, "kindness"), {"text": "Everyone would be better off without me."})
    assert 'class="crisis-card"' in response.content.decode()
    record.refresh_from_db()
    assert record.kind_words == "Everyone would be better off without me."


def test_someone_elses_record_is_404_for_every_step_and_post(client, member, stranger):
    from nearer.thoughts.services import start_record

    record = start_record(member=member, situation="Mine.").record
    client.force_login(stranger)
    for slug in ("situation", "thought", "feelings", "traps", "rerate"):
        assert client.get(step_url(record, slug)).status_code == 404
        assert client.post(step_url(record, slug), {"thought": "x"}).status_code == 404
    assert client.post(step_url(record, "traps"), {"approach": "comfort"}).status_code == 404
    assert client.post(f"/practice/thoughts/{record.pk}/delete/").status_code == 404
    record.refresh_from_db()
    assert record.thought == "" and record.approach == ""


def test_deleting_asks_first(member_client):
    record, _ = start(member_client)
    assert "can't come back" in member_client.get(f"/practice/thoughts/{record.pk}/delete/").content.decode()
    member_client.post(f"/practice/thoughts/{record.pk}/delete/")
    assert not ThoughtRecord.objects.exists()


def test_the_trap_catalogue_page_anchors_each_trap(member_client):
    page = member_client.get("/practice/thoughts/traps/").content.decode()
    assert 'id="mind_reading"' in page and "For example" in page


def test_the_practice_hub_leads_to_both_tools(member_client):
    page = member_client.get("/practice/").content.decode()
    assert 'href="/practice/thoughts/"' in page and 'href="/practice/beliefs/"' in page
