from nearer.nlu import DISTANCING_LABELS
from nearer.say.patterns import PATTERNS


def test_every_distancing_label_has_kind_words():
    assert set(PATTERNS) == set(DISTANCING_LABELS)
    for label, pattern in PATTERNS.items():
        assert pattern.label == label
        assert all((pattern.name, pattern.heading, pattern.noticed, pattern.protects, pattern.instead))
