"""/healthz for a reverse proxy or orchestrator."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_healthz_reports_ok(client, member):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok"}


def test_healthz_answers_before_setup(client):
    assert client.get("/healthz").json() == {"status": "ok"}


def test_healthz_is_never_cached(client, member):
    assert "no-cache" in client.get("/healthz").headers["Cache-Control"]


def test_healthz_only_answers_get(client, member):
    assert client.post("/healthz").status_code == 405
