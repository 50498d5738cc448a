"""The actors / quotes / terms / actor-registry commands."""

from __future__ import annotations

import json

import pytest

from analysis.__main__ import main


@pytest.mark.parametrize("kind,field", [("actors", "actor"), ("quotes", "speaker"), ("terms", "voice")])
def test_text_file_json(tmp_path, capsys, kind, field):
    src = tmp_path / "a.txt"
    src.write_text("وقالت السلطات الأذربيجانية إن الانفصاليين الأرمن هاجموا.", encoding="utf-8")  # synthetic
    assert main([kind, "--text-file", str(src), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert rows and all(r["doc_id"] == "a" and field in r for r in rows)


def test_help_ends_with_examples(capsys):
    with pytest.raises(SystemExit):
        main(["quotes", "--help"])
    out = capsys.readouterr().out
    assert out.rstrip().splitlines()[-1].strip().startswith("python -m analysis quotes")
    assert "Examples:" in out


def test_missing_corpus_is_a_one_line_error(tmp_path, capsys):
    assert main(["actors", "--corpus", str(tmp_path / "nope"), "--format", "csv"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1


def test_parquet_needs_out(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("قال بوتين إن الوضع هادئ.", encoding="utf-8")  # synthetic
    assert main(["quotes", "--text-file", str(src), "--format", "parquet"]) == 1


def test_registry_listing(capsys):
    assert main(["actor-registry", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert any(r["id"] == "karabakh_authorities" for r in rows)


def test_corpus_rows_for_the_seed(repo_root, capsys):
    corpus = repo_root / "corpus"
    if not (corpus / "texts" / "000_e3af78f8bd1dea90.txt").exists():
        pytest.skip("seed not in the corpus")
    code = main(["quotes", "--corpus", str(corpus), "--doc", "000_e3af78f8bd1dea90", "--format", "json"])
    assert code == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert any(r["speaker"] == "russia_mod" and r["kind"] == "according_to" for r in rows)
