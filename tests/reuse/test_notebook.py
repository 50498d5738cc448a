"""Notebook 06 runs on the shipped corpus (one document: every section says nothing was found)."""

from __future__ import annotations

import json
import shutil

import pytest

from analysis.paths import NOTEBOOKS_DIR
from analysis.report.notebooks import execute

NOTEBOOK = NOTEBOOKS_DIR / "06_text_reuse.ipynb"


@pytest.mark.slow
def test_text_reuse_notebook_says_nothing_found_on_the_shipped_corpus(tmp_path, repo_root):
    if not (repo_root / "corpus" / "releases").is_dir():
        pytest.skip("the repository corpus has no release yet")
    corpus = tmp_path / "corpus"
    shutil.copytree(repo_root / "corpus", corpus)
    (run,) = execute([NOTEBOOK], {"corpus_dir": str(corpus), "corpus_version": None})
    assert run.error is None, run.error
    shown = json.dumps([o for c in run.notebook.cells for o in c.get("outputs", [])], ensure_ascii=False)
    assert "Nothing found" in shown and '"ename"' not in shown


@pytest.mark.slow
def test_text_reuse_notebook_shows_the_copy_and_its_edits(reuse_corpus):
    (run,) = execute([NOTEBOOK], {"corpus_dir": str(reuse_corpus), "corpus_version": "0.1.0"})
    assert run.error is None, run.error
    shown = json.dumps([o for c in run.notebook.cells for o in c.get("outputs", [])], ensure_ascii=False)
    assert "سلطات الإقليم" in shown and "2 documents (66.7%)" in shown
    images = [o for c in run.notebook.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) == 3
