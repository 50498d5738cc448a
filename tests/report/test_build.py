"""The report folder: every file present and non-empty; tables byte-identical on re-run."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.report import build as B

from .conftest import make_tables

FIGURE_NAMES = sorted(B.FIGURES)
TABLE_NAMES = sorted(B.TABLES)


def _expected_files(version: str, notebooks: list[str]) -> list[str]:
    files = ["methods.md", "CITATION.cff", "citation.bib", ".analysis-report.json", "data_dictionary.md",
             "codebook.md", "articles/index.html"]
    files += [f"data_dictionary/{kind}.json" for kind in ("documents", "terms", "actors", "quotes", "casualties")]
    files += [f"figures/{n}.{ext}" for n in FIGURE_NAMES for ext in ("png", "svg")]
    files += [f"tables/{n}.{ext}" for n in TABLE_NAMES for ext in ("csv", "tex")]
    files += [f"notebooks/{n}.html" for n in notebooks]
    return files


def _tables_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((folder / "tables").iterdir())}


def test_report_from_hand_made_tables(corpus_copy, tmp_path, monkeypatch):
    """Layout and byte-stability, independent of the annotation pipeline."""
    import analysis.tables

    version = "0.1.0"
    fake = make_tables(6)

    def fake_tables(corpus_dir, v=None, **kwargs):
        fake.versions["corpus"] = v or version
        return fake

    monkeypatch.setattr(analysis.tables, "corpus_tables", fake_tables)
    out = tmp_path / "reports"
    first = B.build_report(corpus_copy, None, out, notebooks=False, progress=False, date="2024-05-01")
    assert first.path == out / version
    for rel in _expected_files(version, []):
        path = first.path / rel
        assert path.is_file() and path.stat().st_size > 0, rel
    before = _tables_bytes(first.path)
    methods = (first.path / "methods.md").read_text(encoding="utf-8")

    fake.documents = fake.documents.iloc[::-1].reset_index(drop=True)  # input order must not matter
    second = B.build_report(corpus_copy, version, out, notebooks=False, progress=False, date="2024-05-01")
    assert _tables_bytes(second.path) == before
    assert (second.path / "methods.md").read_text(encoding="utf-8") == methods
    from analysis.coding.definitions import codebook_markdown

    assert (second.path / "codebook.md").read_text(encoding="utf-8") == codebook_markdown()
    assert "codebook.md" in methods
    assert not any(p.name.startswith(".") for p in out.iterdir())  # no leftovers of the swap


def test_unknown_version_is_a_one_line_error(corpus_copy, tmp_path):
    from analysis.errors import AnalysisError

    with pytest.raises(AnalysisError, match="no release 9.9.9"):
        B.build_report(corpus_copy, "9.9.9", tmp_path / "r", notebooks=False, progress=False)


def test_report_cli_on_shipped_corpus(corpus_copy, tmp_path, repo_root):
    """The real thing: annotate the shipped corpus, draw, execute every notebook, export."""
    from analysis.report.notebooks import notebook_paths

    out = tmp_path / "reports"
    cmd = [sys.executable, "-m", "analysis", "report", "--corpus", str(corpus_copy), "--out", str(out)]
    run = subprocess.run(cmd, capture_output=True, text=True, cwd=repo_root, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "annotating" in run.stderr  # the tqdm progress bar ran
    folder = next(p for p in out.iterdir() if p.is_dir())
    notebooks = [p.stem for p in notebook_paths()]
    assert notebooks, "no notebooks found"
    for rel in _expected_files(folder.name, notebooks):
        path = folder / rel
        assert path.is_file() and path.stat().st_size > 0, rel
    methods = (folder / "methods.md").read_text(encoding="utf-8")
    assert folder.name in methods and "sha256" in methods
    _check_article_view(folder, corpus_copy)

    for html in (folder / "notebooks").glob("*.html"):  # no absolute path of the building machine
        page = html.read_text(encoding="utf-8")
        assert str(repo_root) not in page, html.name
        assert not re.search(r"""['"\s>]""" + re.escape(str(tmp_path)), page), html.name
        assert "corpus_dir</span> <span class=\"o\">=</span> <span class=\"s1\">&#39;../" in page or (
            "corpus_dir</span> <span class=\"o\">=</span> <span class=\"s1\">'../" in page), html.name
    from analysis import schemas

    # One table per kind: the report's claims table is the corpus casualty table.
    assert schemas.problems(folder / "tables" / "casualty_claims.csv", "casualties") == []
    before = _tables_bytes(folder)

    again = subprocess.run(cmd + ["--no-notebooks", "--no-progress"], capture_output=True, text=True,
                           cwd=repo_root, timeout=900)
    assert again.returncode == 0, again.stderr[-3000:]
    assert _tables_bytes(folder) == before


def test_report_on_a_document_published_0001_01_01_does_not_traceback(corpus_copy, tmp_path, repo_root):
    """The defect: a placeholder date out of the timestamp range crashed the report."""
    meta = corpus_copy / "metadata.csv"
    text = meta.read_text(encoding="utf-8")
    published = text.splitlines()[1].split(",")[4]
    meta.write_text(text.replace(f",{published},day,", ",0001-01-01,day,", 1), encoding="utf-8")
    out = tmp_path / "reports"
    run = subprocess.run([sys.executable, "-m", "analysis", "report", "--corpus", str(corpus_copy),
                          "--version", "working", "--out", str(out), "--no-notebooks", "--no-progress"],
                         capture_output=True, text=True, cwd=repo_root, timeout=900)
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr[-3000:]
    assert (out / "working" / "tables" / "documents_over_time.csv").read_text(
        encoding="utf-8") == "period,unit,outlet,n_documents\n"  # undated: no period


def test_report_uses_the_registry_and_lexicons_it_was_given(corpus_copy, tmp_path, repo_root):
    from analysis.paths import ACTORS_FILE, LEXICON_DIR

    actors = tmp_path / "my_actors.yml"
    actors.write_text(ACTORS_FILE.read_text(encoding="utf-8").replace(
        "name: {ar: روسيا, en: Russia}", "name: {ar: روسيا, en: Russian Federation (mine)}"), encoding="utf-8")
    out = tmp_path / "reports"
    report = B.build_report(corpus_copy, "0.1.0", out, notebooks=False, progress=False, cache=False,
                            actors=actors, lexicons=[LEXICON_DIR / "labels.yml"], backend="rules",
                            date="2024-05-01")
    methods = (report.path / "methods.md").read_text(encoding="utf-8")
    assert f"--actors {actors}" in methods and "--lexicon " in methods and "--backend rules" in methods
    marker = json.loads((report.path / ".analysis-report.json").read_text(encoding="utf-8"))
    assert sorted(marker["versions"]["lexicons"]) == ["labels"]
    terms = (report.path / "tables" / "term_markers_all_keys.csv").read_text(encoding="utf-8")
    assert "events/" not in terms and "labels/separatist" in terms  # only the lexicon given


def test_article_sample_is_all_documents_of_a_small_corpus_and_stable_for_a_large_one():
    from analysis.report.articles import sample_ids

    assert sample_ids(["c", "a", "b"], limit=5) == ["a", "b", "c"]
    many = [f"snn_{i:05d}" for i in range(500)]
    picked = sample_ids(many, limit=50)
    assert len(picked) == 50 and picked == sorted(picked)
    assert sample_ids(list(reversed(many)), limit=50) == picked  # not the order of ingest
    assert set(sample_ids(many + ["snn_new"], limit=50)) - set(picked) <= {"snn_new"}


def _check_article_view(folder: Path, corpus_dir: Path) -> None:
    """The report's article view draws every row of the report's tables once, at its offsets."""
    import re

    from analysis import Corpus

    page = (folder / "articles" / "000_e3af78f8bd1dea90.html").read_text(encoding="utf-8")
    tables = Corpus(corpus_dir).tables(folder.name)
    drawn = sorted((int(a), int(b)) for a, b in re.findall(r'data-start="(\d+)" data-end="(\d+)"', page))
    items = {(int(s), int(e)) for kind in ("terms", "actors", "quotes", "casualties")
             for s, e in zip(tables.frame(kind)["start"], tables.frame(kind)["end"])}
    quotes = tables.quotes
    parts = {(int(s), int(e)) for a, b in (("content_start", "content_end"), ("speaker_start", "speaker_end"))
             for s, e in zip(quotes[a], quotes[b]) if pd.notna(s) and pd.notna(e)}
    assert items <= set(drawn) <= items | parts  # every item drawn, nothing the tables do not hold
    assert "000_e3af78f8bd1dea90" in (folder / "articles" / "index.html").read_text(encoding="utf-8")
