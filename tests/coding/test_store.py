"""Import validation: every bad row is reported, and a refused import leaves the corpus as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.__main__ import main
from analysis.coding.export import schema_path, sheet_bytes, sheet_schema
from analysis.coding.sheets import RLM, build_sheet
from analysis.coding.store import SheetError, import_sheet, load_coding, read_sheet, validate_sheet
from analysis.errors import AnalysisError
from tests.coding.conftest import SYNTHETIC_TEXT, casualty_table, tree_hash


@pytest.fixture
def sheet(tmp_path: Path) -> pd.DataFrame:
    rows = build_sheet(casualty_table(SYNTHETIC_TEXT), {"d1": SYNTHETIC_TEXT}, "casualties",
                       add_random_sentences=1, seed=0).rows
    rows["code_item"] = "yes"
    rows.loc[rows["row_type"] == "sentence", "code_item"] = "no"
    rows.loc[rows["row_type"] == "item", "code_category"] = "killed"
    return rows


def write(rows: pd.DataFrame, path: Path, *, schema: bool = True) -> Path:
    path.write_bytes(sheet_bytes(rows))
    if schema:
        schema_path(path).write_text(json.dumps(sheet_schema("casualties", {"versions": {}})), encoding="utf-8")
    return path


def test_valid_sheet_imports(sheet, corpus_dir, tmp_path):
    path = import_sheet(write(sheet, tmp_path / "s.csv"), corpus_dir, coder="rana")
    assert path.parent == corpus_dir / "annotations" / "casualties" / "rana"
    coding = load_coding(corpus_dir)
    assert set(coding["coder"]) == {"rana"} and len(coding) == 4
    # the stored copy has no BOM and no RTL marks
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf") and RLM.encode() not in data
    with pytest.raises(AnalysisError, match="already imported"):
        import_sheet(tmp_path / "s.csv", corpus_dir, coder="rana")


def _break_column(rows):
    return rows.rename(columns={"code_category": "code_categroy"})


def _break_label(rows):
    rows.loc[0, "code_category"] = "kiled"
    rows.loc[1, "code_value"] = "many"
    return rows


def _break_offsets(rows):
    rows.loc[0, "start"] = rows.loc[0, "start"] + 1
    rows.loc[1, "match"] = "شيء آخر"  # synthetic
    return rows


@pytest.mark.parametrize("breaker, expected", [
    (_break_column, ["missing column 'code_category'", "unknown column 'code_categroy'"]),
    (_break_label, ["row 2 (casualties:d1:13-21): code_category: 'kiled' is not an allowed label",
                    "row 3 (casualties:d1:34-42): code_value: 'many' is not a number"]),
    (_break_offsets, ["row 2 (casualties:d1:13-21): doc_id, start, end (d1, 14, 21) do not match unit_id",
                      "row 3 (casualties:d1:34-42): match 'شيء آخر' is not the text at 34-42"]),
])
def test_bad_sheet_is_refused_and_corpus_unchanged(breaker, expected, sheet, corpus_dir, tmp_path, capsys):
    path = write(breaker(sheet.copy()), tmp_path / "bad.csv")
    before = tree_hash(corpus_dir)
    assert main(["coding", "import", str(path), "--coder", "rana", "--corpus", str(corpus_dir)]) == 1
    assert tree_hash(corpus_dir) == before
    assert not (corpus_dir / "annotations").exists()
    err = capsys.readouterr().err.splitlines()
    for line in expected:
        assert any(e.startswith(line) for e in err), (line, err)
    assert err[-1].startswith("error: ") and "nothing was stored" in err[-1]


@pytest.mark.parametrize("edit, problem", [
    ({"code_item": "maybe"}, "code_item: 'maybe' is not yes or no"),
    ({"code_item": ""}, "code_item is empty but code_category filled"),
    ({"row_type": "thing"}, "row_type 'thing' is not one of item, sentence, added"),
    ({"doc_id": "nope", "unit_id": "casualties:nope:13-21"}, "no document 'nope' in the corpus"),
    ({"code_match": "12"}, "code_match is only for sentence rows"),
])
def test_row_problems(edit, problem, sheet, corpus_dir):
    for col, value in edit.items():
        sheet.loc[0, col] = value
    _, _, problems = validate_sheet(sheet.astype(str), {"d1": SYNTHETIC_TEXT}.get)
    assert any(problem in p for p in problems), problems


def test_sentence_rows_list_missed_items(sheet, corpus_dir):
    s = sheet.index[sheet["row_type"] == "sentence"][0]
    sentence = sheet.loc[s, "match"]
    word = sentence.split()[1]
    sheet.loc[s, ["code_item", "code_match", "code_category", "code_value"]] = ["yes", RLM + word, "missing", "١"]
    copy = sheet.loc[[s]].assign(code_match="nothing like this", code_category="killed")
    rows = pd.concat([sheet, copy], ignore_index=True).astype(str)
    _, _, problems = validate_sheet(rows, {"d1": SYNTHETIC_TEXT}.get)
    assert len(problems) == 1 and "code_match 'nothing like this' does not occur in the sentence" in problems[0]
    _, stored, problems = validate_sheet(sheet.astype(str), {"d1": SYNTHETIC_TEXT}.get)
    assert problems == []
    added = stored[stored["row_type"] == "added"].iloc[0]
    assert SYNTHETIC_TEXT[added["start"]:added["end"]] == word
    assert (added["code_value"], added["in_unit"]) == ("1", sheet.loc[s, "unit_id"])


def test_sentence_answered_twice_differently(sheet):
    s = sheet.index[sheet["row_type"] == "sentence"][0]
    rows = pd.concat([sheet, sheet.loc[[s]].assign(code_item="yes", code_match="و")], ignore_index=True)
    _, _, problems = validate_sheet(rows.astype(str), {"d1": SYNTHETIC_TEXT}.get)
    assert any("appears more than once" in p for p in problems), problems


def test_nothing_coded_and_blank_rows(sheet):
    sheet["code_item"] = ""
    sheet["code_category"] = ""
    blank = pd.DataFrame([{c: "" for c in sheet.columns}])
    _, _, problems = validate_sheet(pd.concat([sheet.astype(str), blank]), {"d1": SYNTHETIC_TEXT}.get)
    assert problems == ["no row is coded (code_item is empty everywhere)"]


def test_read_sheet_rejects_other_encodings(tmp_path):
    path = tmp_path / "utf16.csv"
    path.write_text("unit_id,row_type\n", encoding="utf-16")
    with pytest.raises(AnalysisError, match="not UTF-8"):
        read_sheet(path)


def test_bad_coder_name(sheet, corpus_dir, tmp_path):
    with pytest.raises(AnalysisError, match="coder name"):
        import_sheet(write(sheet, tmp_path / "s.csv"), corpus_dir, coder="../evil")


def test_sheet_error_lists_every_problem(sheet, corpus_dir, tmp_path):
    sheet["code_category"] = "kiled"
    with pytest.raises(SheetError) as info:
        import_sheet(write(sheet, tmp_path / "s.csv"), corpus_dir, coder="rana")
    assert len(info.value.problems) == 4 and "4 rows with errors" in str(info.value)  # 3 items, 1 sentence


def test_latest_import_wins_per_unit(sheet, corpus_dir, tmp_path):
    import datetime as dt

    first = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    import_sheet(write(sheet, tmp_path / "s1.csv"), corpus_dir, coder="rana", now=first)
    sheet.loc[0, "code_category"] = "injured"
    import_sheet(write(sheet.iloc[:1], tmp_path / "s2.csv"), corpus_dir, coder="rana",
                 now=first + dt.timedelta(days=1))
    coding = load_coding(corpus_dir)
    assert coding.loc[coding["unit_id"] == sheet.loc[0, "unit_id"], "code_category"].tolist() == ["injured"]
    assert len(coding) == 4


# -- regression tests, one per defect (issues 11 and 17) ------------------------------------------

@pytest.mark.parametrize("coder", ["rana\n", "rana\r", "ra\tna", "رنا", "", "a" * 65])
def test_coder_name_with_trailing_newline_or_control_character_is_refused(coder, sheet, corpus_dir, tmp_path):
    # Defect: CODER_RE ended in $, which also matches before a final \n: 'rana\n' was a second coder.
    before = tree_hash(corpus_dir)
    with pytest.raises(AnalysisError, match="coder name"):
        import_sheet(write(sheet, tmp_path / "s.csv"), corpus_dir, coder=coder)
    assert tree_hash(corpus_dir) == before


@pytest.mark.parametrize("cell", ["²", "٣", "1٣", "-4"])
def test_start_with_a_superscript_or_arabic_digit_is_one_error_line(cell, sheet, corpus_dir, tmp_path, capsys):
    # Defect: start=² passed str.isdigit() and then crashed int() with a traceback.
    sheet = sheet.astype(str)
    sheet.loc[0, "start"] = cell
    path = write(sheet, tmp_path / "s.csv")
    before = tree_hash(corpus_dir)
    assert main(["coding", "import", str(path), "--coder", "rana", "--corpus", str(corpus_dir)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "are not offsets" in err
    assert sum(line.startswith("error: ") for line in err.splitlines()) == 1
    assert tree_hash(corpus_dir) == before


def test_coder_low_greater_than_high_is_refused(sheet):
    # Defect: a coder's low > high was stored.
    sheet.loc[0, ["code_low", "code_high"]] = ["50", "40"]
    _, _, problems = validate_sheet(sheet.astype(str), {"d1": SYNTHETIC_TEXT}.get)
    assert problems == ["row 2 (casualties:d1:13-21): code_low 50 is greater than code_high 40"]
    sheet.loc[0, ["code_low", "code_high"]] = ["٤٠", "50"]
    assert validate_sheet(sheet.astype(str), {"d1": SYNTHETIC_TEXT}.get)[2] == []


def test_same_sheet_imported_under_two_coders_is_refused_unless_allowed(sheet, corpus_dir, tmp_path):
    # Defect: one filled sheet imported as 'rana' and as 'omar' counted one coder twice.
    path = write(sheet, tmp_path / "s.csv")
    import_sheet(path, corpus_dir, coder="rana")
    before = tree_hash(corpus_dir)
    with pytest.raises(AnalysisError, match="already stored for coder 'rana'"):
        import_sheet(path, corpus_dir, coder="omar")
    assert tree_hash(corpus_dir) == before
    import_sheet(path, corpus_dir, coder="omar", allow_same_sheet=True)
    assert set(load_coding(corpus_dir)["coder"]) == {"rana", "omar"}


def test_import_without_schema_file_is_refused_unless_no_schema(sheet, corpus_dir, tmp_path, capsys):
    # Defect: a sheet without its .schema.json was stored silently with an empty export record.
    path = write(sheet, tmp_path / "s.csv", schema=False)
    before = tree_hash(corpus_dir)
    assert main(["coding", "import", str(path), "--coder", "rana", "--corpus", str(corpus_dir)]) == 1
    assert "pass --no-schema" in capsys.readouterr().err
    assert tree_hash(corpus_dir) == before
    stored = import_sheet(path, corpus_dir, coder="rana", no_schema=True)
    sidecar = json.loads(stored.with_suffix(".json").read_text())
    assert sidecar["export"] == {"schema": "imported with --no-schema: no export record"}


@pytest.mark.parametrize("note", ["=HYPERLINK(\"http://x\")", "+1", "-ok", "@SUM(A1)"])
def test_formula_cells_in_stored_coding_are_neutralised_and_read_back(note, sheet, corpus_dir, tmp_path):
    # Defect: the stored annotations/*.csv kept cells starting with = + - @, which a spreadsheet runs.
    sheet.loc[0, "code_note"] = note
    stored = import_sheet(write(sheet, tmp_path / "s.csv"), corpus_dir, coder="rana")
    raw = stored.read_text(encoding="utf-8")
    assert "'" + note.replace('"', '""') in raw
    assert load_coding(corpus_dir)["code_note"].tolist()[0] == note
