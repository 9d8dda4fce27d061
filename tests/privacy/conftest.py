"""Private-store rules tested through a real feature app (the journal). They live here, not in
nearer/privacy/tests/, because the privacy app must not depend on the apps that use it."""

import pytest


@pytest.fixture
def own_keys(settings, tmp_path):
    """A data folder of this test's own, so master keys it adds or rotates touch no other test."""
    settings.DATA_DIR = tmp_path
    settings.MASTER_KEYS = ""
    return tmp_path
