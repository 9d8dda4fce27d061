"""The list of beliefs: each with its latest rating and how much evidence it has, at a fixed cost."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from nearer.beliefs import services

pytestmark = pytest.mark.django_db


def _belief(member, statement="I'm too much.", ratings=(80,), evidence=0):
    belief = services.name_belief(member=member, statement=statement, rating=ratings[0]).row
    for value in ratings[1:]:
        services.rate_belief(belief=belief, value=value)
    for n in range(evidence):
        services.add_evidence(belief=belief, text=f"Something kind, {n}.")
    return belief


def test_an_empty_list_is_gentle(member_client):
    page = member_client.get("/practice/beliefs/").content.decode()
    assert "Nothing here yet." in page and "Name a belief" in page


def test_each_belief_shows_where_it_started_where_it_is_and_its_evidence(member_client, member):
    _belief(member, ratings=(90, 75, 60), evidence=3)
    _belief(member, statement="People leave.", ratings=(70,), evidence=1)
    page = member_client.get("/practice/beliefs/").content.decode()
    assert "Feels 60 out of 100 true (it started at 90) · 3 pieces of evidence" in page
    assert "Feels 70 out of 100 true · 1 piece of evidence" in page


def test_the_list_costs_the_same_queries_for_few_and_many_beliefs(member_client, member):
    _belief(member, evidence=1)
    member_client.get("/practice/beliefs/")  # the session and the data key, once
    with CaptureQueriesContext(connection) as few:
        member_client.get("/practice/beliefs/")
    for n in range(4):
        _belief(member, statement=f"Belief {n}", ratings=(50, 40), evidence=2)
    with CaptureQueriesContext(connection) as many:
        member_client.get("/practice/beliefs/")
    assert len(many) == len(few)


def test_another_members_beliefs_never_show(client, member, stranger):
    _belief(member, statement="Mira's own belief.")
    client.force_login(stranger)
    assert "Mira" not in client.get("/practice/beliefs/").content.decode()
