from nearer.thoughts import steps


def test_both_paths_share_the_start_and_end_with_the_re_rating():
    for path in steps.PATHS.values():
        assert path[:3] == (steps.SITUATION, steps.THOUGHT, steps.FEELINGS)
        assert path[-1] == steps.RERATE


def test_examining_goes_through_traps_evidence_and_a_balanced_thought():
    slugs = [s.slug for s in steps.path_for(steps.EXAMINE)]
    assert slugs[3:7] == ["traps", "evidence-for", "evidence-against", "balanced"]
    assert "kindness" not in slugs


def test_comforting_offers_kindness_instead_of_disputing():
    slugs = [s.slug for s in steps.path_for(steps.COMFORT)]
    assert "kindness" in slugs and "traps" not in slugs and "evidence-against" not in slugs
    assert len(steps.SELF_COMPASSION_PROMPTS) >= 3


def test_next_and_previous():
    assert steps.next_step(steps.EXAMINE, "feelings") == steps.TRAPS
    assert steps.next_step(steps.COMFORT, "feelings") == steps.KINDNESS
    assert steps.next_step(steps.COMFORT, "rerate") is None
    assert steps.next_step(steps.COMFORT, "traps") is None
    assert steps.previous_step(steps.EXAMINE, "situation") is None
    assert steps.previous_step(steps.EXAMINE, "traps") == steps.FEELINGS
    assert steps.first_after_feelings(steps.COMFORT) == steps.KINDNESS
    assert steps.path_for("") == steps.PATHS[steps.EXAMINE]
