"""The ``casualties`` command."""

from __future__ import annotations

import json

import pytest

from analysis.__main__ import main


def test_help_ends_with_examples(capsys):
    with pytest.raises(SystemExit):
        main(["casualties", "--help"])
    out = capsys.readouterr().out
    assert "Examples:" in out and out.rstrip().endswith("--format json")


def test_text_file_json(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("قتل 12 شخصا وأصيب 3 آخرون", encoding="utf-8")  # synthetic
    assert main(["casualties", "--text-file", str(path), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert [(r["category"], r["value"]) for r in rows] == [("killed", 12), ("injured", 3)]


def test_parquet_needs_out(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("قتل 12 شخصا", encoding="utf-8")  # synthetic
    assert main(["casualties", "--text-file", str(path), "--format", "parquet"]) == 1
    assert capsys.readouterr().err.startswith("error: ")
    out = tmp_path / "c.parquet"
    assert main(["casualties", "--text-file", str(path), "--format", "parquet",
                 "--out", str(out)]) == 0
    import pandas as pd

    assert pd.read_parquet(out)["value"].tolist() == [12]


def test_missing_corpus_is_a_user_error(tmp_path, capsys):
    assert main(["casualties", "--corpus", str(tmp_path / "nope")]) == 1
    assert "no corpus at" in capsys.readouterr().err


def test_seed_from_corpus(repo_root, capsys):
    from analysis import Corpus
    from analysis.outputs import csv_text

    corpus = repo_root / "corpus"
    if not (corpus / "releases").is_dir():
        pytest.skip("no corpus releases")
    expected = Corpus(corpus).tables("0.1.0", backend="rules").casualties
    assert len(expected) > 3
    assert main(["casualties", "--corpus", str(corpus), "--version", "0.1.0", "--backend", "rules",
                 "--doc", expected["doc_id"][0], "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out == csv_text(expected[expected["doc_id"] == expected["doc_id"][0]])
    assert out.startswith("doc_id,start,end,text,category")
