"""nearer.config.secrets: the data folder and the keys generated into it on first start."""

from __future__ import annotations

import stat
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from nearer.config.secrets import ensure_data_dir, read_or_create_secret


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_secret_is_created_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "secret_key"
    value = read_or_create_secret(path)
    assert path.read_text(encoding="utf-8") == value
    assert _mode(path) == 0o600
    assert len(value) >= 48


def test_second_call_returns_the_same_secret(tmp_path):
    path = tmp_path / "secret_key"
    assert read_or_create_secret(path) == read_or_create_secret(path)


def test_separate_secrets_differ(tmp_path):
    assert read_or_create_secret(tmp_path / "a") != read_or_create_secret(tmp_path / "b")


def test_existing_secret_is_kept(tmp_path):
    path = tmp_path / "secret_key"
    path.write_text("chosen-by-the-operator\n", encoding="utf-8")
    assert read_or_create_secret(path) == "chosen-by-the-operator"


def test_empty_secret_file_is_refused_with_a_way_out(tmp_path):
    path = tmp_path / "secret_key"
    path.write_text("", encoding="utf-8")
    with pytest.raises(RuntimeError, match="delete it"):
        read_or_create_secret(path)


def test_concurrent_first_starts_agree_on_one_secret(tmp_path):
    workers = 16
    for attempt in range(5):
        path = tmp_path / f"secret_{attempt}"
        start = threading.Barrier(workers)

        def create(_, path=path, start=start):
            start.wait()
            return read_or_create_secret(path)

        with ThreadPoolExecutor(max_workers=workers) as pool:
            values = set(pool.map(create, range(workers)))
        assert values == {path.read_text(encoding="utf-8")}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")], "temporary files left behind"


_START_THEN_CREATE = """
import sys, time
from pathlib import Path
from nearer.config.secrets import read_or_create_secret
start = float(sys.argv[2])
while time.time() < start:
    time.sleep(0.001)
print(read_or_create_secret(Path(sys.argv[1])))
"""


def test_workers_starting_together_agree_on_one_secret(tmp_path):
    path = tmp_path / "secret_key"
    start = time.time() + 0.5
    workers = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, "-c", _START_THEN_CREATE, str(path), str(start)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    values = {worker.communicate(timeout=30)[0].strip() for worker in workers}
    assert values == {path.read_text(encoding="utf-8")}


def test_data_dir_is_created_for_its_owner_only(tmp_path):
    path = ensure_data_dir(tmp_path / "deep" / "nearer")
    assert path.is_dir()
    assert _mode(path) == 0o700


def test_loose_existing_data_dir_is_tightened(tmp_path):
    path = tmp_path / "nearer"
    path.mkdir(mode=0o755)
    path.chmod(0o755)
    ensure_data_dir(path)
    assert _mode(path) == 0o700
