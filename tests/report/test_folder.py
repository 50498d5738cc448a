"""The report folder: only a report is ever replaced, never inside a corpus (issue 11 #1)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.errors import AnalysisError
from analysis.report import folder


def _tree_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        digest.update(str(path.relative_to(root)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _run(repo_root, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True,
                          cwd=repo_root, timeout=900, env={**os.environ, "MPLBACKEND": "Agg"})


def test_report_refuses_to_replace_a_corpus_at_out_version(corpus_copy, tmp_path, repo_root):
    """The defect: `corpus export 0.1.0 --out R/0.1.0`, then `report --corpus R/0.1.0 --out R`
    exited 0 and removed the exported corpus's texts."""
    bundle = tmp_path / "R" / "0.1.0"
    done = _run(repo_root, "corpus", "export", "0.1.0", "--out", str(bundle), "--corpus", str(corpus_copy))
    assert done.returncode == 0, done.stderr[-2000:]
    assert list((bundle / "texts").iterdir())
    before = _tree_hash(tmp_path / "R")
    report = _run(repo_root, "report", "--corpus", str(bundle), "--out", str(tmp_path / "R"),
                  "--version", "0.1.0", "--no-notebooks", "--no-progress")
    assert report.returncode == 1
    lines = report.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in report.stderr
    assert _tree_hash(tmp_path / "R") == before  # the corpus, texts included, is untouched


def test_report_refuses_an_out_inside_a_corpus(corpus_copy, repo_root):
    before = _tree_hash(corpus_copy)
    for out in (corpus_copy, corpus_copy / "texts" / "reports"):
        run = _run(repo_root, "report", "--corpus", str(corpus_copy), "--out", str(out),
                   "--no-notebooks", "--no-progress")
        assert run.returncode == 1 and "inside the corpus folder" in run.stderr, run.stderr[-1000:]
    assert _tree_hash(corpus_copy) == before


def test_report_refuses_an_out_that_is_a_symlink_into_a_corpus(corpus_copy, tmp_path):
    link = tmp_path / "looks-harmless"
    link.symlink_to(corpus_copy / "texts", target_is_directory=True)
    with pytest.raises(AnalysisError, match="inside the corpus folder"):
        folder.check_target(link, "0.1.0")


def test_report_refuses_to_replace_a_folder_that_is_not_a_report(tmp_path):
    precious = tmp_path / "out" / "0.1.0"
    precious.mkdir(parents=True)
    (precious / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(AnalysisError, match="not a report folder"):
        folder.check_target(tmp_path / "out", "0.1.0")
    (precious / folder.MARKER).write_text(json.dumps({"kind": "something else"}), encoding="utf-8")
    with pytest.raises(AnalysisError, match="not a report folder"):
        folder.check_target(tmp_path / "out", "0.1.0")
    assert (precious / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_a_report_is_replaced_and_its_marker_names_the_versions(tmp_path):
    out = tmp_path / "out"
    for run in range(2):
        final = folder.check_target(out, "0.1.0")
        work = folder.start(out, "0.1.0")
        (work / "methods.md").write_text(f"run {run}", encoding="utf-8")
        folder.write_marker(work, {"corpus": "0.1.0", "package": "x"})
        folder.finish(work, final)
    assert (out / "0.1.0" / "methods.md").read_text(encoding="utf-8") == "run 1"
    marker = json.loads((out / "0.1.0" / folder.MARKER).read_text(encoding="utf-8"))
    assert marker["kind"] == folder.KIND and marker["versions"]["corpus"] == "0.1.0"
    assert [p.name for p in out.iterdir()] == ["0.1.0"]  # no work or old folders left


def test_finish_checks_again_right_before_the_swap(tmp_path):
    out = tmp_path / "out"
    final = folder.check_target(out, "0.1.0")
    work = folder.start(out, "0.1.0")
    final.mkdir()  # appeared while the report was being built
    (final / "data.csv").write_text("x", encoding="utf-8")
    with pytest.raises(AnalysisError, match="not a report folder"):
        folder.finish(work, final)
    assert (final / "data.csv").exists()
