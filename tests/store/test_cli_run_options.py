"""--engine / --scheduler / --workers on the corpus-wide commands reach the store."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "analysis", *map(str, args)], capture_output=True, text=True,
                          cwd=REPO_ROOT)


def test_workers_and_engine_give_the_same_rows(small_corpus):
    base = ["casualties", "--corpus", small_corpus, "--version", "working", "--backend", "rules",
            "--format", "csv"]
    default = _cli(*base)
    assert default.returncode == 0, default.stderr[-2000:]
    assert default.stdout.count("\n") > 10
    for extra in (["--workers", "1"], ["--engine", "local", "--workers", "2"]):
        done = _cli(*base, *extra)
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout == default.stdout, extra


@pytest.mark.parametrize("extra, message", [
    (["--scheduler", "tcp://127.0.0.1:1"], "error: --scheduler needs --engine dask"),
    (["--workers", "0"], "error: workers must be at least 1, not 0"),
])
def test_bad_run_options_are_one_error_line(small_corpus, extra, message):
    done = _cli("terms", "--corpus", small_corpus, "--version", "working", "--backend", "rules", *extra)
    assert done.returncode == 1 and done.stderr.strip() == message, done.stderr[-2000:]
