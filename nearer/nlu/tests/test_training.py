"""Training is reproducible: the small task models rebuild byte for byte (the emotion model is not retrained here)."""

from __future__ import annotations

import pytest

from nearer.nlu import datasets

pytest.importorskip("sklearn", reason="needs the train extra")


def test_distancing_model_rebuilds_identically(tmp_path):
    from nearer.nlu.analysis import DISTANCING_LABELS
    from nearer.nlu.tasks import DISTANCING_RULE_COLUMNS, distancing_extra
    from nearer.nlu.training import train_task

    train_task(tmp_path, "distancing", DISTANCING_LABELS, distancing_extra, "micro", DISTANCING_RULE_COLUMNS)
    assert datasets.checksum(tmp_path / "distancing.npz") == datasets.checksum(datasets.ARTIFACTS / "distancing.npz")
