"""The history: drafts, finished records, and the before/after chart with its table."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from nearer.thoughts import services
from nearer.thoughts.tests.factories import finished_record

pytestmark = pytest.mark.django_db


def test_an_empty_history_is_gentle(member_client):
    page = member_client.get("/practice/thoughts/").content.decode()
    assert "None finished yet, and that's fine." in page and "Start a thought record" in page


def test_finished_records_show_a_before_and_after_chart_and_the_same_as_a_table(member_client, member):
    finished_record(member, feelings=(("scared", 80), ("ashamed", 60)), after=(40, 20))
    page = member_client.get("/practice/thoughts/").content.decode()
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page and 'role="img"' in page
    assert "70 before, 30 after." in page  # the averages, in the chart's description
    assert "<td>70</td><td>30</td>" in page  # and in the table
    assert "scared 80 → 40" in page


def test_the_list_costs_the_same_queries_for_few_and_many_records(member_client, member):
    for _ in range(2):
        finished_record(member)
    services.start_record(member=member, situation="A draft.")
    member_client.get("/practice/thoughts/")  # the session and the data key, once
    with CaptureQueriesContext(connection) as few:
        member_client.get("/practice/thoughts/")
    for _ in range(4):
        finished_record(member)
        services.start_record(member=member, situation="Another draft.")
    with CaptureQueriesContext(connection) as many:
        member_client.get("/practice/thoughts/")
    assert len(many) == len(few)


def test_another_members_records_never_show(client, member, stranger):
    finished_record(member, thought="Mira's private thought.")
    client.force_login(stranger)
    assert "Mira's private thought" not in client.get("/practice/thoughts/").content.decode()
