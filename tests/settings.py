"""Settings for the test suite: the real settings, pointed at a throwaway data folder.

The environment is set here, before ``nearer.config.settings`` is imported, so no test can
read or write a real install's keys or database.
"""

import os
import tempfile

os.environ.setdefault("NEARER_DATA_DIR", tempfile.mkdtemp(prefix="nearer-test-"))

from nearer.config.settings import *  # noqa: E402,F403

# WhiteNoise warns on every request handler it builds when the static folder is missing.
STATIC_ROOT.mkdir(exist_ok=True)  # noqa: F405
