"""The next-step rule, table by table."""

import pytest

from nearer.ladder.progress import CAME_DOWN_AT, WELL_BELOW, Rung, Try, has_come_down, next_step


@pytest.mark.parametrize(
    ("tries", "expected"),
    [
        ((), False),
        ((Try(50),), False),  # planned, not done yet
        ((Try(50, None), Try(40, None)), False),  # set aside twice: says nothing about fear
        ((Try(50, CAME_DOWN_AT),), True),
        ((Try(50, CAME_DOWN_AT + 1),), False),
        ((Try(60, 20), Try(60, 55)), False),  # the latest try counts, and it was hard
        ((Try(80, 80 - WELL_BELOW), Try(75, 75 - WELL_BELOW)), True),  # twice well below the guess
        ((Try(80, 60), Try(75, 70)), False),  # only once well below
        ((Try(80, 60),), False),  # well below once is not enough on its own
        ((Try(80, 60), Try(50, None), Try(75, 50)), True),  # a set-aside try in between changes nothing
    ],
)
def test_when_a_steps_fear_has_come_down(tries, expected):
    assert has_come_down(Rung(key="s", fear=50, tries=tries)) is expected


def test_no_suggestion_until_some_fear_has_come_down():
    assert next_step([Rung("a", 20), Rung("b", 40, (Try(40, 45),))]) is None
    assert next_step([]) is None


def test_the_next_step_is_the_first_one_above_that_has_not_come_down():
    rungs = [
        Rung("hard", 70),
        Rung("easy", 20, (Try(30, 10),)),
        Rung("middle", 40),
        Rung("also_easy_now", 35, (Try(50, 25),)),
    ]
    suggestion = next_step(rungs)
    assert suggestion.came_down.key == "also_easy_now"
    assert suggestion.next.key == "middle"


def test_at_the_top_there_is_no_next_step_but_the_progress_is_still_named():
    suggestion = next_step([Rung("a", 20, (Try(20, 5),)), Rung("b", 60, (Try(60, 25),))])
    assert suggestion.came_down.key == "b" and suggestion.next is None


def test_equal_fears_keep_the_order_given():
    suggestion = next_step([Rung("a", 10, (Try(10, 0),)), Rung("b", 30), Rung("c", 30)])
    assert suggestion.next.key == "b"
