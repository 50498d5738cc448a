"""methods.md: every provenance fact is stated; git commit or 'unknown'."""

from __future__ import annotations

import subprocess

from analysis.report import methods as M

from .conftest import VERSIONS


def test_methods_paragraph_states_every_version():
    info = M.provenance(VERSIONS, counts={"documents": 1, "terms": 4}, date="2024-05-01",
                        commit="0123abc")
    text = M.methods_markdown(info, citation="Cite me.", command="python -m analysis report")
    for fact in ("version 0.1.0 of the corpus (1 document)", "ab" * 32, "labels 1.0.0",
                 "actors 0.2.0", "arabic-conflict-news 0.1.0", "`0123abc`", "`rules 1`",
                 "2024-05-01", "Cite me.", "python -m analysis report"):
        assert fact in text, fact


def test_working_tree_is_flagged_as_unreleased():
    info = M.provenance({**VERSIONS, "corpus": "working"}, date="2024-05-01", commit="unknown")
    text = M.methods_markdown(info)
    assert "unreleased working tree" in text and "an unknown git commit" in text


def test_git_commit_unknown_outside_git(tmp_path):
    assert M.git_commit(tmp_path) == "unknown"


def test_git_commit_marks_dirty_tree(tmp_path):
    run = lambda *a: subprocess.run(["git", "-C", str(tmp_path), *a], check=True,  # noqa: E731
                                    capture_output=True)
    run("init", "-q")
    (tmp_path / "f").write_text("1")
    run("add", "f")
    run("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "x")
    clean = M.git_commit(tmp_path)
    assert len(clean) == 40
    (tmp_path / "f").write_text("2")
    assert M.git_commit(tmp_path) == clean + "+dirty"
