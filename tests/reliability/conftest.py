"""Helpers for crash tests: real subprocesses of ``python -m analysis`` killed with SIGKILL.

A process is killed either at an exact point (``ANALYSIS_CRASH_AT``, see
:mod:`analysis.corpus.atomic`) or from outside at a moment chosen by
watching the corpus (timed kills). Tests then compare whole-tree hashes with
the corpus before the operation and after an uninterrupted run of the same
operation on a copy: recovery must give exactly one of the two.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.corpus import CorpusStore
from tests.corpus.conftest import RIGHTS, TEXT_A, TEXT_B, TEXT_C, new_doc, tree_hash

REPO = Path(__file__).resolve().parents[2]
# synthetic
NEW_TEXTS = {
    "n1": "أفادت مصادر محلية بأن الاشتباكات تجددت قرب الحدود صباح اليوم.\n",
    "n2": "ذكرت الوكالة أن قافلة مساعدات وصلت إلى البلدة المحاصرة.\n",
    "n3": "قال المتحدث إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة.\n",
}


def cli(*args, crash_at: str | None = None, check: bool = False, **popen) -> subprocess.CompletedProcess:
    """Run ``python -m analysis ARGS`` in a subprocess (optionally killing itself at ``crash_at``)."""
    env = {k: v for k, v in os.environ.items() if k != "ANALYSIS_CRASH_AT"}
    if crash_at:
        env["ANALYSIS_CRASH_AT"] = crash_at
    env["PYTHONPATH"] = str(REPO)
    done = subprocess.run([sys.executable, "-m", "analysis", *map(str, args)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300, **popen)
    if check:
        assert done.returncode == 0, done.stderr
    return done


def popen(*args) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "ANALYSIS_CRASH_AT"}
    env["PYTHONPATH"] = str(REPO)
    return subprocess.Popen([sys.executable, "-m", "analysis", *map(str, args)], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def released_bytes(store: CorpusStore) -> dict[str, bytes]:
    """Every released file's bytes, read through the releases (texts and tables)."""
    out = {}
    for v in store.versions():
        out[f"{v}/metadata.csv"] = store.release_table(v)
        for doc in store.documents(v):
            out[f"{v}/{doc.doc_id}"] = doc.text.encode("utf-8")
    return out


@pytest.fixture
def base(tmp_path: Path) -> CorpusStore:
    """A corpus with release 0.1.0 (two documents) and a folder of three new texts beside it."""
    store = CorpusStore(tmp_path / "corpus")
    store.add([new_doc("a1", TEXT_A, published="2024-01-02"), new_doc("b1", TEXT_B)])
    store.release("0.1.0", date="2024-02-01")
    folder = tmp_path / "new"
    folder.mkdir()
    for doc_id, text in NEW_TEXTS.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return store


def twin(store: CorpusStore, where: Path) -> CorpusStore:
    """A copy of the corpus folder (for the uninterrupted run)."""
    shutil.copytree(store.root, where)
    return CorpusStore(where)


__all__ = ["cli", "popen", "released_bytes", "twin", "tree_hash", "RIGHTS", "TEXT_C", "NEW_TEXTS", "new_doc"]
