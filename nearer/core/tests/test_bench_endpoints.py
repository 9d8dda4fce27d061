"""The benchmark's floors: absent unless asked for; when mounted, one committed insert each."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.urls import include, path

from nearer.core import views

pytestmark = pytest.mark.django_db

# What NEARER_BENCH_ENDPOINTS=true mounts, beside the real site.
urlpatterns = [
    path("bench/floor", views.bench_floor),
    path("bench/floor-member", views.bench_floor_member),
    path("", include("nearer.config.urls")),
]


def _rows() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM bench_floor")
        return cursor.fetchone()[0]


def test_the_floors_are_not_served_by_default(personas):
    assert Client().post("/bench/floor").status_code == 404
    assert Client().post("/bench/floor-member").status_code == 404


@pytest.mark.urls(__name__)
def test_the_floor_commits_one_insert_for_anyone(personas):
    assert Client().post("/bench/floor").status_code == 201
    assert Client().post("/bench/floor").status_code == 201
    assert _rows() == 2


@pytest.mark.urls(__name__)
def test_the_members_floor_needs_a_signed_in_member(personas, member_client):
    response = Client().post("/bench/floor-member")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert member_client.post("/bench/floor-member").status_code == 201
    assert _rows() == 1
