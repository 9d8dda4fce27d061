"""Check-ins hand the patterns core its points. Check-ins sit below patterns and never import it,
so this test (outside both apps) keeps the two sides of the hand-over in step."""

from dataclasses import fields

import pytest

from nearer.checkins import selectors, vocabulary
from nearer.checkins.services import CheckinAnswers, NewPerson, record_checkin
from nearer.patterns import points
from nearer.patterns.stats import compute_patterns


def test_a_checkin_point_has_exactly_the_fields_of_a_patterns_point():
    assert [(f.name, f.type) for f in fields(selectors.CheckinPoint)] == [
        (f.name, f.type) for f in fields(points.Point)
    ]


def test_both_sides_agree_on_what_counts_as_withdrawing_and_staying():
    assert (vocabulary.WITHDRAWING, vocabulary.STAYING) == (points.WITHDRAWING, points.STAYING)


@pytest.mark.django_db
def test_the_patterns_core_reads_a_members_points_and_labels(member):
    for urge in (2, 8):
        answers = CheckinAnswers(
            pleasantness=0.5, energy=-0.5, urge=urge, triggers=("praise",), new_person=NewPerson("J", "partner")
        )
        record_checkin(member=member, answers=answers)
    compute_patterns(selectors.points_for(member), labels=selectors.labels_for(member))
