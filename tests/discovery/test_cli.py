"""The keyness, collocations and show commands: same rows as the library, one-line errors, safe outputs."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from analysis import Corpus, schemas
from analysis.__main__ import build_parser, main
from analysis.discovery.collocations import actor_collocations, collocations
from analysis.discovery.keyness import keyness
from analysis.discovery.run import corpus_dfm
from analysis.lexicon.loader import load_lexicon
from analysis.outputs import csv_text
from tests.conftest import REPO_ROOT
from tests.two_versions import make_two_version_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seed_text):
    return make_two_version_corpus(tmp_path_factory.mktemp("discovery") / "corpus", seed_text)


def run(argv, capsys) -> str:
    assert main(argv) == 0, capsys.readouterr().err
    return capsys.readouterr().out


COMMON = ["--version", "working", "--backend", "rules"]


def test_keyness_rows_equal_the_library(corpus, capsys):
    out = run(["keyness", "--corpus", str(corpus), *COMMON, "--target", "outlet=Beta", "--measure", "lr",
               "--min-count", "1", "--top", "0"], capsys)
    dfm = corpus_dfm(Corpus(corpus), "working", backend="rules", remove_stopwords=True)
    assert out == csv_text(keyness(dfm, {"outlet": ["Beta"]}, measure="lr", min_count=1))


def test_keyness_by_date_range_and_surface_tokens(corpus, capsys):
    out = run(["keyness", "--corpus", str(corpus), *COMMON, "--target-since", "2023-10", "--surface",
               "--min-count", "1", "--top", "3"], capsys)
    assert out.splitlines()[0].startswith("feature,statistic,p,n_target,n_reference")
    assert len(out.splitlines()) == 4


def test_collocations_by_actor_equal_the_library(corpus, capsys):
    c = Corpus(corpus)
    out = run(["collocations", "--corpus", str(corpus), *COMMON, "--actor", "azerbaijan", "--window", "3",
               "--min-count", "1", "--top", "0"], capsys)
    dfm = corpus_dfm(c, "working", backend="rules", remove_stopwords=True, keep_tokens=True)
    expected = actor_collocations(dfm, c.tables("working", backend="rules").actors, window=3, min_count=1,
                                  actor=["azerbaijan"])
    assert out == csv_text(expected) and len(expected)


def test_multiword_collocations_and_candidates(corpus, capsys, tmp_path):
    stub = tmp_path / "cand.yml"
    out = run(["collocations", "--corpus", str(corpus), *COMMON, "--keep-stopwords", "--min-count", "2",
               "--top", "5", "--candidates", str(stub)], capsys)
    dfm = corpus_dfm(Corpus(corpus), "working", backend="rules", keep_tokens=True)
    assert out == csv_text(collocations(dfm, min_count=2).head(5))
    assert len(load_lexicon(stub).entries) == 5


def test_discovery_exports_follow_their_schemas(corpus, capsys, tmp_path):
    for kind, argv in (("keyness", ["keyness", "--target", "outlet=Beta", "--min-count", "1"]),
                       ("collocations", ["collocations", "--min-count", "2"]),
                       ("actor_collocations", ["collocations", "--actor", "azerbaijan", "--min-count", "1"])):
        out = tmp_path / f"{kind}.csv"
        run([*argv, "--corpus", str(corpus), *COMMON, "--out", str(out)], capsys)
        assert len(pd.read_csv(out)) and schemas.problems(out, kind) == [], kind


def test_show_writes_the_view(corpus, capsys, tmp_path):
    out = tmp_path / "doc.html"
    run(["show", "r1", "--corpus", str(corpus), "--backend", "rules", "--out", str(out)], capsys)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'data-kind="actor"' in page
    assert main(["show", "r1", "--corpus", str(corpus), "--backend", "rules", "--out", str(out)]) == 1
    assert "exists; pass --force" in capsys.readouterr().err


@pytest.mark.parametrize("argv,message", [
    (["keyness"], "give the target group"),
    (["keyness", "--target", "outlet"], "must be COLUMN=VALUE"),
    (["keyness", "--target", "colour=red"], "no document column 'colour'"),
    (["keyness", "--target", "outlet=Nobody"], "target group has no documents"),
    (["collocations", "--actor", "nobody"], "no mentions of nobody"),
    (["show", "nope"], "no document 'nope'"),
    (["show", "u1", "--version", "0.1.0"], "unreleased"),
])
def test_errors_are_one_line(corpus, argv, message):
    proc = subprocess.run([sys.executable, "-m", "analysis", *argv, "--corpus", str(corpus), "--backend", "rules"],
                          capture_output=True, text=True, cwd=REPO_ROOT)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("error: ") and message in proc.stderr


def test_outputs_refuse_the_corpus_folder(corpus):
    proc = subprocess.run([sys.executable, "-m", "analysis", "keyness", "--target", "outlet=Beta", "--corpus",
                           str(corpus), "--version", "working", "--backend", "rules", "--candidates",
                           str(corpus / "cand.yml")], capture_output=True, text=True, cwd=REPO_ROOT)
    assert proc.returncode == 1 and "inside the corpus folder" in proc.stderr
    assert not (corpus / "cand.yml").exists()


@pytest.mark.parametrize("command", ["keyness", "collocations", "show"])
def test_help_ends_with_an_example(command, capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args([command, "--help"])
    assert capsys.readouterr().out.rstrip().splitlines()[-1].strip().startswith(f"python -m analysis {command}")
