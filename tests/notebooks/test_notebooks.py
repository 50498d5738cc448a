"""Notebooks: committed clean, parameterized, logic-free, and they run top to bottom.

Every ``notebooks/*.ipynb`` present is checked and executed, including
notebooks other stages add.
"""

from __future__ import annotations

import ast
import json
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from analysis.report.notebooks import NOTEBOOKS_DIR, declared_parameters, execute, notebook_paths

PATHS = notebook_paths()
IDS = [p.stem for p in PATHS]
# The report stage's four notebooks and 07_discovery; others (05_validation) are only executed.
OURS = ["01_corpus_overview", "02_actor_framing", "03_loaded_terms", "04_casualty_reporting", "07_discovery"]
# Other stages' notebooks held to the same header and no-logic conventions.
CONVENTIONS = OURS + ["06_text_reuse"]


def test_report_notebooks_exist():
    assert set(OURS) <= set(IDS)


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_committed_without_outputs_or_execution_counts(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            assert cell.outputs == [], f"cell {i} has outputs"
            assert cell.execution_count is None, f"cell {i} has an execution count"
            assert "execution" not in cell.metadata, f"cell {i} has timing metadata"


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_parameters_cell_is_papermill_style(path):
    nb = nbformat.read(path, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, "exactly one cell tagged 'parameters'"
    values = {}
    for node in ast.parse(tagged[0].source).body:
        assert isinstance(node, ast.Assign), "the parameters cell only assigns values"
        values[node.targets[0].id] = ast.literal_eval(node.value)
    assert values["corpus_dir"] == "../corpus"
    if path.stem in OURS:  # the report injects both into every notebook
        assert values["corpus_version"] is None


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_papermill_reads_every_parameter_without_a_warning(path, caplog):
    """papermill warned `Unable to parse line 2 'corpus_version = None  # ...'`: no comment
    may share a line with a parameter."""
    from papermill.inspection import inspect_notebook

    with caplog.at_level(logging.WARNING):
        found = inspect_notebook(str(path))
    assert not [r.getMessage() for r in caplog.records if "Unable to parse" in r.getMessage()]
    assert set(found) == set(declared_parameters(nbformat.read(path, as_version=4)))


def test_validation_notebook_takes_the_reference_coder_as_a_parameter():
    nb = nbformat.read(NOTEBOOKS_DIR / "05_validation.ipynb", as_version=4)
    assert "gold_coder" in declared_parameters(nb)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "gold=gold_coder" in code and 'gold="gold"' not in code


@pytest.mark.parametrize("name", CONVENTIONS)
def test_opens_with_question_data_method_limits(name):
    nb = nbformat.read(NOTEBOOKS_DIR / f"{name}.ipynb", as_version=4)
    first = nb.cells[0]
    assert first.cell_type == "markdown"
    for part in ("Research question", "Data", "Method", "Limits"):
        assert f"**{part}" in first.source, part


# Logic belongs in analysis/: notebook code cells call library functions and
# display results; they define nothing and loop over nothing.
_LOGIC = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.For, ast.While, ast.Lambda,
          ast.ListComp, ast.DictComp, ast.SetComp, ast.GeneratorExp)


@pytest.mark.parametrize("name", CONVENTIONS)
def test_code_cells_hold_no_logic(name):
    nb = nbformat.read(NOTEBOOKS_DIR / f"{name}.ipynb", as_version=4)
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        source = "\n".join(ln for ln in cell.source.splitlines() if not ln.startswith("%"))
        found = [type(n).__name__ for n in ast.walk(ast.parse(source)) if isinstance(n, _LOGIC)]
        assert not found, f"cell {i}: {found}; move it to analysis/report"
        assert "groupby" not in source and "pivot" not in source, f"cell {i} aggregates"


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    repo_corpus = NOTEBOOKS_DIR.parent / "corpus"
    if not (repo_corpus / "releases").is_dir():
        pytest.skip("the repository corpus has no release yet")
    dest = tmp_path / "corpus"
    shutil.copytree(repo_corpus, dest)
    return dest


def _errors(nb) -> list[str]:
    return [f"{o.get('ename')}: {o.get('evalue')}" for c in nb.cells if c.cell_type == "code"
            for o in c.get("outputs", []) if o.get("output_type") == "error"]


def test_all_notebooks_run_on_shipped_corpus(corpus_copy):
    runs = execute(PATHS, {"corpus_dir": str(corpus_copy), "corpus_version": None})
    failed = {r.path.name: r.error for r in runs if r.error}
    assert not failed
    for run in runs:
        assert not _errors(run.notebook), run.path.name
        images = [o for c in run.notebook.cells if c.cell_type == "code"
                  for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
        if run.path.stem in OURS:
            assert images, f"{run.path.name} shows no figure"


def test_notebooks_on_a_corpus_without_documents(corpus_copy, repo_root):
    """Every document removed (working tree): each figure says 'nothing found', nothing fails."""
    ids = [p.stem for p in (corpus_copy / "texts").glob("*.txt")]
    done = subprocess.run([sys.executable, "-m", "analysis", "corpus", "remove", *ids,
                           "--corpus", str(corpus_copy)], capture_output=True, text=True, cwd=repo_root)
    assert done.returncode == 0, done.stderr[-2000:]
    runs = execute([NOTEBOOKS_DIR / f"{n}.ipynb" for n in OURS],
                   {"corpus_dir": str(corpus_copy), "corpus_version": "working"})
    assert not {r.path.name: r.error for r in runs if r.error}
    shown = json.dumps([o for r in runs for c in r.notebook.cells for o in c.get("outputs", [])],
                       ensure_ascii=False)
    assert "no documents" in shown


@pytest.mark.shared
@pytest.mark.slow
def test_notebooks_run_on_saudinewsnet_sample(saudinewsnet_dir, tmp_path, repo_root):
    """One SaudiNewsNet day (about 1,000 articles, 14 outlets) through every notebook."""
    corpus = tmp_path / "snn"
    add = [sys.executable, "-m", "analysis", "corpus", "add", str(saudinewsnet_dir / "2015-07-23.zip"),
           "--corpus", str(corpus), "--id-prefix", "snn",
           "--map", "text=content,title=title,url=url,outlet=source,published=date_extracted,"
                    "retrieved=date_extracted",
           "--date-source", "inferred", "--rights", "CC BY-NC-SA 4.0; research use only (SaudiNewsNet)",
           "--skip-invalid", "--no-progress"]
    for cmd in (add, [sys.executable, "-m", "analysis", "corpus", "release", "0.1.0",
                      "--corpus", str(corpus), "--message", "SaudiNewsNet sample"]):
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=repo_root)
        assert done.returncode == 0, done.stderr[-2000:]
    runs = execute(PATHS, {"corpus_dir": str(corpus), "corpus_version": "0.1.0"})
    assert not {r.path.name: r.error for r in runs if r.error}
    overview = next(r.notebook for r in runs if r.path.stem == "01_corpus_overview")
    text = json.dumps(overview.cells[4].get("outputs", []), ensure_ascii=False)
    assert "14 outlets" in text or "outlets" in text
