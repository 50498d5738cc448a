"""Every export validates against its schema and says which versions made it."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow.parquet as pq
import pytest

from analysis import Corpus, schemas
from analysis.__main__ import main
from analysis.exports import read_versions, sidecar_path
from analysis.outputs import unneutralise
from tests.two_versions import make_two_version_corpus, write_lexicon

COMMANDS = {  # command line -> schema
    "terms": "terms", "actors": "actors", "quotes": "quotes", "casualties": "casualties",
    "kwic labels": "kwic", "lexicons": "lexicons", "actor-registry": "actor_registry",
}
CORPUS_WIDE = {"terms", "actors", "quotes", "casualties", "kwic labels"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seed_text):
    return make_two_version_corpus(tmp_path_factory.mktemp("exports") / "corpus", seed_text)


def _export(corpus, tmp_path, command, fmt, *extra):
    out = tmp_path / f"{command.split()[0]}.{fmt}"
    argv = [*command.split(), "--format", fmt, "--out", str(out), *extra]
    if command in CORPUS_WIDE:
        argv += ["--corpus", str(corpus), "--version", "working", "--backend", "rules"]
    assert main(argv) == 0
    return out


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
@pytest.mark.parametrize("command", COMMANDS)
def test_every_export_validates_against_its_schema_and_carries_versions(corpus, tmp_path, command, fmt):
    # Defect: exports carried no corpus, lexicon, registry or package version.
    out = _export(corpus, tmp_path, command, fmt)
    kind = COMMANDS[command]
    assert schemas.problems(out, kind) == []
    versions = read_versions(out)
    assert versions["package"]
    if command in CORPUS_WIDE:
        assert versions["corpus"] == "working" and versions["corpus_manifest_sha256"]
        assert versions["backend"] == "rules" and versions["code_sha256"]
        assert set(versions["lexicons"]) >= {"labels"}
        assert all(v["version"] and len(v["sha256"]) == 64 for v in versions["lexicons"].values())
    if command in CORPUS_WIDE - {"kwic labels"}:
        for data_file in ("actors", "cues"):
            assert versions[data_file]["version"] and len(versions[data_file]["sha256"]) == 64


def test_versions_are_those_of_the_tables(corpus, tmp_path):
    tables = Corpus(corpus).tables("working", backend="rules")
    for fmt in ("csv", "json", "parquet"):
        assert read_versions(_export(corpus, tmp_path, "casualties", fmt)) == json.loads(json.dumps(tables.versions))


def test_each_format_keeps_the_rows(corpus, tmp_path):
    expected = Corpus(corpus).tables("working", backend="rules").quotes
    from_parquet = pd.read_parquet(_export(corpus, tmp_path, "quotes", "parquet"))
    pd.testing.assert_frame_equal(from_parquet, expected, check_dtype=False)
    data = json.loads(_export(corpus, tmp_path, "quotes", "json").read_text(encoding="utf-8"))
    assert data["schema"] == "quotes" and len(data["rows"]) == len(expected)
    assert list(data["rows"][0]) == schemas.field_names("quotes")
    from_csv = pd.read_csv(_export(corpus, tmp_path, "quotes", "csv"), dtype=str, keep_default_na=False)
    assert from_csv["speaker_text"].map(unneutralise).tolist() == expected["speaker_text"].fillna("").tolist()


def test_parquet_metadata_and_csv_sidecar_carry_the_schema(corpus, tmp_path):
    meta = pq.read_schema(_export(corpus, tmp_path, "terms", "parquet")).metadata
    assert json.loads(meta[b"analysis.schema"])["name"] == "terms" and b"pandas" in meta
    sidecar = json.loads(sidecar_path(_export(corpus, tmp_path, "terms", "csv")).read_text(encoding="utf-8"))
    assert [f["name"] for f in sidecar["schema"]["fields"]] == schemas.field_names("terms")


def test_an_existing_export_is_replaced_only_with_force(corpus, tmp_path, capsys):
    out = _export(corpus, tmp_path, "terms", "csv")
    before = out.read_bytes()
    argv = ["terms", "--corpus", str(corpus), "--backend", "rules", "--out", str(out)]
    assert main(argv) == 1 and "--force" in capsys.readouterr().err
    assert out.read_bytes() == before
    assert main(argv + ["--force"]) == 0
    assert read_versions(out)["corpus"] == "0.1.0"


def test_an_export_inside_the_corpus_folder_is_refused(corpus, capsys):
    target = corpus / "terms.csv"
    assert main(["terms", "--corpus", str(corpus), "--backend", "rules", "--out", str(target)]) == 1
    assert "inside the corpus folder" in capsys.readouterr().err and not target.exists()


def test_custom_lexicon_versions_reach_the_export(corpus, tmp_path):
    lexicon = write_lexicon(tmp_path)
    out = _export(corpus, tmp_path, "terms", "parquet", "--lexicon", str(lexicon))
    assert list(read_versions(out)["lexicons"]) == ["mine"]
