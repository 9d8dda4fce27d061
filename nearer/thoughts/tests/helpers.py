"""Small builders for thought-record tests."""

from __future__ import annotations

import re

from nearer.thoughts.models import ThoughtRecord

NEW = "/practice/thoughts/new/"


def form_key(page: str) -> str:
    return re.search(r'name="idempotency_key" value="([^"]+)"', page).group(1)


def step_url(record, slug: str) -> str:
    return f"/practice/thoughts/{record.pk}/step/{slug}/"


def start(client, situation: str = "He didn't reply all evening."):
    """Begin a record through the page, as a member would; returns (record, response)."""
    key = form_key(client.get(NEW).content.decode())
    response = client.post(NEW, {"situation": situation, "idempotency_key": key})
    return ThoughtRecord.objects.get(idempotency_key=key), response


def feelings_post(*pairs) -> dict:
    data = {}
    for n, (name, strength) in enumerate(pairs, start=1):
        data[f"feeling_{n}"], data[f"intensity_{n}"] = name, str(strength)
    return data
