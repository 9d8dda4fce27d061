"""The patterns page, built from a member's own check-ins (the demo gives them real structure)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conftest import PASSWORD
from nearer.checkins.demo import load_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_client(client):
    load_demo(email="demo@example.com", password=PASSWORD, years=1, seed=3)
    client.force_login(_member("demo@example.com"))
    return client


def _member(email):
    from nearer.accounts.models import User

    return User.objects.get(email=email)


def test_a_new_member_sees_an_honest_empty_page(member_client):
    page = member_client.get("/patterns/").content.decode()
    assert "From 0 check-ins" in page
    assert "Not enough check-ins yet" in page


def test_a_year_of_check_ins_shows_sentences_that_link_to_their_evidence(demo_client):
    page = demo_client.get("/patterns/").content.decode()
    assert 'id="trigger-praise"' in page  # the evidence row
    assert 'href="#trigger-praise"' in page  # a sentence pointing at it
    assert "on average over" in page
    assert page.count('role="img"') == 7  # every chart is an image with a text alternative
    assert "<title" in page and "<desc" in page


def test_the_page_costs_the_same_queries_for_one_year_and_two(client):
    load_demo(email="one@example.com", password=PASSWORD, years=1, seed=4)
    load_demo(email="two@example.com", password=PASSWORD, years=2, seed=4)
    counts = []
    for email in ("one@example.com", "two@example.com"):
        client.force_login(_member(email))
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/patterns/").status_code == 200
        # Session bookkeeping varies with timing; count the queries the page itself makes.
        counts.append(sum(1 for q in queries.captured_queries if "checkins_" in q["sql"]))
    assert counts[0] == counts[1] <= 5


def test_a_stranger_sees_only_their_own_numbers(client, stranger):
    load_demo(email="demo@example.com", password=PASSWORD, years=1, seed=3)
    client.force_login(stranger)
    assert "From 0 check-ins" in client.get("/patterns/").content.decode()
