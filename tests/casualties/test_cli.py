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
    rows = json.loads(capsys.readouterr().out)
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
    assert "no corpus directory" in capsys.readouterr().err


def test_seed_from_corpus(repo_root, capsys):
    corpus = repo_root / "corpus"
    if not (corpus / "releases").is_dir():
        pytest.skip("no corpus releases")
    try:
        from analysis.corpus.store import load_corpus

        docs = load_corpus(corpus, "0.1.0")
    except Exception as exc:  # the corpus stage is built concurrently
        pytest.skip(f"corpus not loadable: {exc}")
    if not docs:
        pytest.skip("empty corpus")
    assert main(["casualties", "--corpus", str(corpus), "--version", "0.1.0",
                 "--doc", docs[0].doc_id, "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("doc_id,claim_id,start,end,text,category")
