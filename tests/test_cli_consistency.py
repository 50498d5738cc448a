"""Every corpus-wide command gives the rows of ``Corpus(...).tables(...)`` for the same version and options.

The corpus holds one released document (``r1``, the seed) and one added after
the release (``u1``), so a command that silently reads the wrong document set
shows. Each case runs with the shipped lexicons and with a researcher's own.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from analysis import Corpus
from analysis.__main__ import main
from analysis.exports import read_versions, sidecar_path
from analysis.outputs import csv_text
from tests.conftest import REPO_ROOT
from tests.two_versions import make_two_version_corpus, write_lexicon

ITEM_COMMANDS = ["terms", "actors", "quotes", "casualties"]
CORPUS_COMMANDS = ITEM_COMMANDS + ["kwic"]
VERSIONS = [None, "working", "0.1.0"]
FILTERS = [[], ["--outlet", "Beta"], ["--doc", "r1", "--doc", "u1"], ["--since", "2023-10"],
           ["--until", "2023-09-30"]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seed_text):
    return make_two_version_corpus(tmp_path_factory.mktemp("consistency") / "corpus", seed_text)


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory):
    return write_lexicon(tmp_path_factory.mktemp("lexicon"))


def _options(version, lexicon):
    args = ["--backend", "rules"] + (["--version", version] if version else [])
    return args + (["--lexicon", str(lexicon)] if lexicon else [])


def _run(argv, capsys) -> str:
    assert main(argv) == 0, capsys.readouterr().err
    return capsys.readouterr().out


@pytest.mark.parametrize("custom", [False, True], ids=["shipped", "my-lexicon"])
@pytest.mark.parametrize("version", VERSIONS, ids=["default", "working", "release"])
@pytest.mark.parametrize("kind", ITEM_COMMANDS)
def test_item_command_rows_equal_corpus_tables(corpus, lexicon, capsys, kind, version, custom):
    lexicons = [lexicon] if custom else None
    expected = Corpus(corpus).tables(version, lexicons=lexicons, backend="rules").frame(kind)
    out = _run([kind, "--corpus", str(corpus), *_options(version, lexicon if custom else None)], capsys)
    assert out == csv_text(expected)
    assert len(expected) > 0


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: " ".join(f) or "none")
@pytest.mark.parametrize("kind", ITEM_COMMANDS)
def test_filters_give_the_rows_of_the_same_filters_in_the_api(corpus, capsys, kind, filters):
    options = dict(zip(filters[::2], filters[1::2]))
    api = {"outlet": options.get("--outlet"), "since": options.get("--since"),
           "until": options.get("--until"), "doc": ["r1", "u1"] if "--doc" in options else None}
    expected = Corpus(corpus).tables("working", backend="rules", **api).frame(kind)
    out = _run([kind, "--corpus", str(corpus), "--version", "working", "--backend", "rules", *filters], capsys)
    assert out == csv_text(expected)


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: " ".join(f) or "none")
def test_kwic_filters_give_the_rows_of_the_same_filters_in_the_api(corpus, capsys, filters):
    options = dict(zip(filters[::2], filters[1::2]))
    api = {"outlet": options.get("--outlet"), "since": options.get("--since"),
           "until": options.get("--until"), "doc": ["r1", "u1"] if "--doc" in options else None}
    expected = Corpus(corpus).kwic("labels", version="working", backend="rules", **api)
    out = _run(["kwic", "labels", "--corpus", str(corpus), "--version", "working", "--backend", "rules",
                *filters], capsys)
    assert out == csv_text(expected)


@pytest.mark.parametrize("custom", [False, True], ids=["shipped", "my-lexicon"])
@pytest.mark.parametrize("version", VERSIONS, ids=["default", "working", "release"])
def test_kwic_rows_equal_the_api_kwic_and_the_terms_table(corpus, lexicon, capsys, version, custom):
    key = "x/separatist" if custom else "labels/separatist"
    lexicons = [lexicon] if custom else None
    c = Corpus(corpus)
    expected = c.kwic(key, version=version, lexicons=lexicons, backend="rules")
    out = _run(["kwic", key, "--corpus", str(corpus), *_options(version, lexicon if custom else None)], capsys)
    assert out == csv_text(expected)
    terms = c.tables(version, lexicons=lexicons, backend="rules").terms
    terms = terms[terms["key"] == key]
    assert expected[["doc_id", "start", "end"]].values.tolist() == terms[["doc_id", "start", "end"]].values.tolist()


@pytest.mark.parametrize("command", CORPUS_COMMANDS)
def test_every_command_defaults_to_the_latest_release(corpus, tmp_path, capsys, command):
    # Defect: casualties and kwic read the working tree by default while terms, actors, quotes read the release.
    out = tmp_path / f"{command}.csv"
    argv = [command, *(["labels/separatist"] if command == "kwic" else []), "--corpus", str(corpus),
            "--backend", "rules", "--out", str(out)]
    _run(argv, capsys)
    assert set(pd.read_csv(out)["doc_id"]) == {"r1"}
    versions = read_versions(out)
    assert versions["corpus"] == "0.1.0"
    assert versions["corpus_manifest_sha256"] == Corpus(corpus).store.manifest_sha256("0.1.0")
    assert json.loads(sidecar_path(out).read_text(encoding="utf-8"))["schema"]["fields"]


@pytest.mark.parametrize("command", CORPUS_COMMANDS)
def test_doc_of_an_unreleased_document_says_it_is_unreleased(corpus, capsys, command):
    # Defect: 'terms --doc ID' said "no such document" for a document that is there but unreleased.
    argv = [command, *(["labels/separatist"] if command == "kwic" else []), "--corpus", str(corpus),
            "--backend", "rules", "--doc", "u1"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "unreleased" in err and "working" in err
    assert len(err.strip().splitlines()) == 1
    assert main(argv + ["--version", "working"]) == 0
    assert "u1" in capsys.readouterr().out


@pytest.mark.parametrize("synonym", [["--release", "0.1.0"], ["--actors-file", "x.yml"]])
@pytest.mark.parametrize("command", CORPUS_COMMANDS)
def test_synonym_options_are_gone(corpus, capsys, command, synonym):
    # Defect: --release meant --version and --actors-file meant --actors.
    argv = [command, *(["labels/separatist"] if command == "kwic" else []), "--corpus", str(corpus), *synonym]
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    capsys.readouterr()


@pytest.mark.parametrize("command", CORPUS_COMMANDS + ["coding export", "report"])
def test_every_corpus_command_takes_the_shared_options(capsys, command):
    # Defect: 'terms --lexicon my.yml' was refused as an unknown argument (also actors, quotes, coding export).
    with pytest.raises(SystemExit):
        main([*command.split(), "--help"])
    out = capsys.readouterr().out
    for option in ("--version", "--lexicon", "--actors", "--cues", "--backend"):
        assert option in out, (command, option)
    assert "working" in out
    if command not in ("coding export", "report"):
        for option in ("--doc", "--outlet", "--since", "--until", "--force"):
            assert option in out, (command, option)


def test_coding_export_items_are_the_tables_rows_with_a_custom_lexicon(corpus, lexicon, tmp_path, capsys):
    out = tmp_path / "sheet.csv"
    _run(["coding", "export", "--what", "terms", "--corpus", str(corpus), "--version", "working",
          "--backend", "rules", "--lexicon", str(lexicon), "--out", str(out)], capsys)
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    items = sheet[sheet["row_type"] == "item"]
    expected = Corpus(corpus).tables("working", lexicons=[lexicon], backend="rules").terms
    assert sorted(zip(items["doc_id"], items["start"].astype(int))) == sorted(zip(expected["doc_id"], expected["start"]))
    assert main(["coding", "export", "--what", "terms", "--corpus", str(corpus), "--out", str(out)]) == 1
    assert "--force" in capsys.readouterr().err


def test_terms_with_my_lexicon_working_and_outlet_from_a_shell(corpus, lexicon, tmp_path):
    # The acceptance command of issue 10, as a researcher types it.
    out = subprocess.run(
        [sys.executable, "-m", "analysis", "terms", "--corpus", str(corpus), "--lexicon", str(lexicon),
         "--version", "working", "--outlet", "Beta", "--backend", "rules"],
        capture_output=True, text=True, cwd=REPO_ROOT, check=True,
    ).stdout
    expected = Corpus(corpus).tables("working", lexicons=[lexicon], outlet="Beta", backend="rules").terms
    assert out == csv_text(expected)
    assert set(expected["key"]) == {"x/army", "x/separatist"} and set(expected["doc_id"]) == {"u1"}


def test_an_outlet_that_selects_nothing_says_so_and_lists_the_outlets(corpus, capsys):
    assert main(["terms", "--corpus", str(corpus), "--version", "working", "--backend", "rules",
                 "--outlet", "Gamma"]) == 0
    captured = capsys.readouterr()
    assert captured.out == csv_text(Corpus(corpus).tables("working", backend="rules", outlet="Gamma").terms)
    assert "no document of version working passes the filters (outlets: Alpha, Beta)" in captured.err


@pytest.mark.parametrize("option", [["--version", "working"], ["--doc", "r1"], ["--outlet", "Beta"]])
def test_corpus_options_with_a_text_file_are_one_clear_error(tmp_path, capsys, option):
    text = tmp_path / "a.txt"
    text.write_text("قتل 3 مدنيين", encoding="utf-8")  # synthetic
    assert main(["casualties", "--text-file", str(text), "--backend", "rules", *option]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and option[0] in err and len(err.strip().splitlines()) == 1


def test_report_reads_the_tables_of_the_same_version_and_lexicon(corpus, lexicon, tmp_path, capsys):
    # Defect: 'report --lexicon' was refused, and the report had its own casualty table.
    _run(["report", "--corpus", str(corpus), "--version", "working", "--lexicon", str(lexicon),
          "--backend", "rules", "--no-notebooks", "--formats", "png", "--no-progress",
          "--out", str(tmp_path / "reports")], capsys)
    report = tmp_path / "reports" / "working"
    tables = Corpus(corpus).tables("working", lexicons=[lexicon], backend="rules")
    marker = json.loads((report / ".analysis-report.json").read_text(encoding="utf-8"))
    assert marker["versions"] == json.loads(json.dumps(tables.versions))
    claims = pd.read_csv(report / "tables" / "casualty_claims.csv")
    assert sorted(zip(claims["doc_id"], claims["start"], claims["end"])) == sorted(
        zip(tables.casualties["doc_id"], tables.casualties["start"], tables.casualties["end"]))
