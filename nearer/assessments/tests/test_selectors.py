from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from nearer.assessments import catalog, selectors, services
from nearer.assessments.models import Result
from nearer.assessments.tests.factories import take_closeness

pytestmark = pytest.mark.django_db


def test_the_reminder_is_due_only_when_asked_for_and_after_four_weeks(member):
    result = take_closeness(member).result
    Result.objects.filter(pk=result.pk).update(taken_at=timezone.now() - timedelta(weeks=5))
    row = next(r for r in selectors.overview_for(member) if r.instrument.id == "closeness")
    assert row.count == 1 and not row.due  # not asked for: never mentioned
    services.set_reminder(member=member, instrument_id="closeness", enabled=True)
    row = next(r for r in selectors.overview_for(member) if r.instrument.id == "closeness")
    assert row.due
    Result.objects.filter(pk=result.pk).update(taken_at=timezone.now() - timedelta(weeks=3))
    assert not next(r for r in selectors.overview_for(member) if r.instrument.id == "closeness").due


def test_comparison_gives_the_reliable_change_index(member):
    first = take_closeness(member, anxiety=6, avoidance=3).result
    second = take_closeness(member, anxiety=3, avoidance=3).result
    rows = {r.subscale.id: r for r in selectors.comparison(catalog.builtins()["closeness"], first, second)}
    # (3 - 6) / (1.0 * sqrt(2) * sqrt(0.2)) = -4.74
    assert rows["anxiety"].change.rci == pytest.approx(-4.743, abs=0.001) and rows["anxiety"].change.reliable
    assert rows["avoidance"].change.rci == 0 and not rows["avoidance"].change.reliable
    assert rows["anxiety"].difference == "-3"


@pytest.mark.parametrize(
    ("anxiety", "avoidance", "region"),
    [(2, 2, "secure"), (6, 2, "anxious"), (2, 6, "avoidant"), (6, 6, "fearful")],
)
def test_the_plane_reads_softly(member, anxiety, avoidance, region):
    result = take_closeness(member, anxiety=anxiety, avoidance=avoidance).result
    reading, svg = selectors.plane_for(catalog.builtins()["closeness"], result, [result])
    assert reading.region == region
    assert 'role="img"' in svg and "<desc" in svg and "style=" not in svg
