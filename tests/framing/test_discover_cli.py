"""The speaker-candidates command on the shipped corpus (the seed article)."""

from __future__ import annotations

import json

import pytest
import yaml

from analysis import schemas
from analysis.__main__ import main


@pytest.fixture
def corpus(repo_root):
    path = repo_root / "corpus"
    if not (path / "texts" / "000_e3af78f8bd1dea90.txt").exists():
        pytest.skip("seed not in the corpus")
    return path


def test_help_ends_with_an_example(capsys):
    with pytest.raises(SystemExit):
        main(["speaker-candidates", "--help"])
    out = capsys.readouterr().out
    assert out.rstrip().splitlines()[-1].strip().startswith("python -m analysis speaker-candidates")


def test_lists_unresolved_speakers_in_context(corpus, capsys):
    assert main(["speaker-candidates", "--corpus", str(corpus), "--version", "working", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    municipality = [r for r in rows if r["phrase"] == "بلدية ستيباناكرت"]
    assert municipality and municipality[0]["match"] == "بلدية ستيباناكرت" and municipality[0]["left"]
    assert [r["rank"] for r in rows] == sorted(r["rank"] for r in rows)


def test_stub_is_written_once_and_replaced_only_with_force(corpus, tmp_path, capsys):
    stub = tmp_path / "candidates.yml"
    args = ["speaker-candidates", "--corpus", str(corpus), "--version", "working", "--stub", str(stub),
            "--out", str(tmp_path / "list.csv")]
    assert main(args) == 0
    assert schemas.problems(tmp_path / "list.csv", "speaker_candidates") == []
    names = [a["names"][0] for a in yaml.safe_load(stub.read_text(encoding="utf-8"))["actors"]]
    assert "بلدية ستيباناكرت" in names and "البيان" not in names
    capsys.readouterr()
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1
    assert main(args + ["--force"]) == 0


def test_stub_refuses_a_path_inside_the_corpus(corpus, capsys):
    target = corpus / "candidates.yml"
    assert main(["speaker-candidates", "--corpus", str(corpus), "--version", "working",
                 "--stub", str(target)]) == 1
    assert not target.exists()
    assert "inside the corpus" in capsys.readouterr().err
