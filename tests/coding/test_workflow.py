"""export -> fill -> import -> agreement -> evaluate, through the CLI, on a tmp corpus."""

from __future__ import annotations

import io
import json
import math
from pathlib import Path

import pandas as pd
import pytest

from analysis import schemas
from analysis.__main__ import main
from analysis.coding import export as coding_export
from analysis.coding.sheets import RLM
from tests.coding.conftest import SYNTHETIC_TEXT, casualty_table, tree_hash


@pytest.fixture
def exported(corpus_dir: Path, tmp_path: Path, monkeypatch) -> Path:
    # The automatic table is fixed by hand so that every expected number below is known.
    monkeypatch.setattr(coding_export, "load_table", lambda corpus, what, version=None, **pipeline: (
        casualty_table(SYNTHETIC_TEXT), {"corpus": "working", "package": "test"}))
    out = tmp_path / "sheet.csv"
    assert main(["coding", "export", "--what", "casualties", "--add-random-sentences", "3", "--seed", "4",
                 "--corpus", str(corpus_dir), "--out", str(out)]) == 0
    return out


def read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def fill(sheet: pd.DataFrame, answers: dict[str, dict], found: list[dict]) -> pd.DataFrame:
    """Answer item rows by the text of their match; add a copy of the sentence row per missed item."""
    sheet = sheet.copy()
    extra = []
    for i, row in sheet.iterrows():
        key = row["match"].lstrip(RLM)
        if row["row_type"] == "item":
            for col, value in answers[key].items():
                sheet.at[i, col] = value
        else:
            hits = [f for f in found if f["code_match"].lstrip(RLM) in key]
            if not hits:
                sheet.at[i, "code_item"] = "no"
            for n, hit in enumerate(hits):
                target = row.copy() if n else sheet.loc[i]
                for col, value in {"code_item": "yes", **hit}.items():
                    target[col] = value
                if n:
                    extra.append(target)
                else:
                    sheet.loc[i] = target
    return pd.concat([sheet, pd.DataFrame(extra)], ignore_index=True)


CODER_A = {
    "12 مدنيا": {"code_item": "yes", "code_category": "killed", "code_value": "12", "code_hedge": "exact"},
    "30 آخرون": {"code_item": "yes", "code_category": "injured", "code_value": "٣٠", "code_hedge": "about"},
    "200 شخص": {"code_item": "yes", "code_category": "displaced", "code_value": "200", "code_hedge": "exact"},
}
CODER_B = {
    "12 مدنيا": {"code_item": "yes", "code_category": "killed", "code_value": "12"},
    "30 آخرون": {"code_item": "yes", "code_category": "killed", "code_value": "30"},
    "200 شخص": {"code_item": "Yes", "code_category": "displaced", "code_value": "20"},
}
# Copied from the spreadsheet cell, so it still carries the export's RTL mark.
MISSED = [{"code_match": RLM + "5 صيادين", "code_category": "missing", "code_value": "5", "code_hedge": "exact"}]


def test_export_is_deterministic_and_spreadsheet_safe(exported: Path, corpus_dir: Path, tmp_path: Path):
    data = exported.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Arabic as UTF-8
    sheet = read(exported)
    assert sheet["row_type"].tolist() == ["item", "item", "sentence", "sentence", "item", "sentence"]
    assert all(c.startswith(RLM) for col in ("left", "match", "right") for c in sheet[col])
    assert sheet.loc[0, "unit_id"] == "casualties:d1:13-21"
    assert sheet.loc[0, "auto_value"] == "12" and sheet.loc[0, "auto_low"] == "none"
    assert all(c == "" for c in sheet["code_item"])
    schema = json.loads((tmp_path / "sheet.schema.json").read_text(encoding="utf-8"))
    assert schema["variables"]["category"]["allowed"][:2] == ["killed", "injured"]
    assert schema["info"]["n_sentences_unannotated"] == 3 and schema["info"]["seed"] == 4
    again = tmp_path / "again.csv"
    assert main(["coding", "export", "--what", "casualties", "--add-random-sentences", "3", "--seed", "4",
                 "--corpus", str(corpus_dir), "--out", str(again)]) == 0
    assert again.read_bytes() == data


def test_full_workflow(exported: Path, corpus_dir: Path, tmp_path: Path, capsys):
    sheet = read(exported)
    a_path, b_path = tmp_path / "sheet_a.csv", tmp_path / "sheet_b.csv"
    a_path.write_bytes(fill(sheet, CODER_A, MISSED).to_csv(index=False).encode("utf-8-sig"))
    # Coder B's Excel saves with ';' and without BOM; import accepts both.
    b_path.write_text(fill(sheet, CODER_B, MISSED).to_csv(index=False, sep=";"), encoding="utf-8")
    before = tree_hash(corpus_dir / "texts")
    assert main(["coding", "import", str(a_path), "--coder", "a", "--corpus", str(corpus_dir),
                 "--schema", str(tmp_path / "sheet.schema.json")]) == 0
    assert main(["coding", "import", str(b_path), "--coder", "b", "--corpus", str(corpus_dir),
                 "--schema", str(tmp_path / "sheet.schema.json")]) == 0
    assert tree_hash(corpus_dir / "texts") == before
    stored = sorted((corpus_dir / "annotations" / "casualties").glob("*/*"))
    assert [p.suffix for p in stored] == [".csv", ".json", ".csv", ".json"]
    sidecar = json.loads(stored[1].read_text())
    assert sidecar["coder"] == "a" and sidecar["what"] == "casualties" and len(sidecar["sheet"]["sha256"]) == 64
    assert sidecar["export"]["versions"] == {"corpus": "working", "package": "test"}
    a_rows = pd.read_csv(stored[0], dtype=str, keep_default_na=False)
    added = a_rows[a_rows["row_type"] == "added"].iloc[0]
    assert SYNTHETIC_TEXT[int(added["start"]):int(added["end"])] == "5 صيادين"
    capsys.readouterr()

    # Printed numbers are rounded for reading; a file keeps them exact.
    assert main(["coding", "agreement", "--corpus", str(corpus_dir)]) == 0
    printed = pd.read_csv(io.StringIO(capsys.readouterr().out)).set_index("variable")
    assert printed.loc["category", "alpha"] == round(16 / 23, 3)
    assert main(["coding", "agreement", "--corpus", str(corpus_dir), "--out", str(tmp_path / "alpha.csv")]) == 0
    assert schemas.problems(tmp_path / "alpha.csv", "agreement") == []
    assert json.loads((tmp_path / "alpha.csv.meta.json").read_text())["versions"]["sheets"][0]["coder"] == "a"
    table = pd.read_csv(tmp_path / "alpha.csv").set_index("variable")
    print(table.to_string())

    # category, 4 units: the 3 items both coders called real, and the item both ADDED by hand
    # (5 صيادين, missing) -- added items take part in agreement:
    #   12 مدنيا: killed, killed   30 آخرون: injured, killed   200 شخص: displaced, displaced
    #   5 صيادين: missing, missing
    # Each unit has m_u = 2 values, so each ordered pair adds 1/(m_u - 1) = 1 to the coincidence matrix:
    #              killed  injured  displaced  missing | n_c
    #   killed       2       1         0         0     |  3
    #   injured      1       0         0         0     |  1
    #   displaced    0       0         2         0     |  2
    #   missing      0       0         0         2     |  2        n = 8
    # alpha = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c n_k
    #       = 1 - 7 * (1 + 1) / (8^2 - (3^2 + 1^2 + 2^2 + 2^2)) = 1 - 14/46 = 16/23
    # (without the added item it was 12/22: the item was invisible to agreement).
    assert table.loc["category", "alpha"] == pytest.approx(16 / 23)
    assert (table.loc["category", "n_units"], table.loc["category", "n_coders"]) == (4, 2)
    assert table.loc["category", "alpha_ci_low"] <= 16 / 23 <= table.loc["category", "alpha_ci_high"]
    # value (interval, delta^2 = (c - k)^2), values 12,12 | 30,30 (٣٠ read as 30) | 200,20 | 5,5:
    #   D_o = (1/n) * sum over ordered pairs in units = (1/8) * 2 * 180^2 = 8100
    #   D_e = sum over all ordered pairs of the 8 values of (c - k)^2 / (n (n - 1)) = 483416 / 56
    #   alpha = 1 - D_o / D_e = 1 - 8100 * 56 / 483416 = 3727 / 60427
    assert table.loc["value", "alpha"] == pytest.approx(3727 / 60427)
    # Both coders called every item real and found the same missed item.
    assert math.isnan(table.loc["item", "alpha"]) and "undefined" in table.loc["item", "note"]
    assert table.loc["missed", "alpha"] == pytest.approx(1.0) and table.loc["missed", "n_units"] == 3
    # hedge: a coded it on the items, b did not; both coded "exact" on the added item only.
    assert math.isnan(table.loc["hedge", "alpha"]) and table.loc["hedge", "n_units"] == 1

    dis_path = tmp_path / "errors.csv"
    capsys.readouterr()
    assert main(["evaluate", "--gold", "a", "--corpus", str(corpus_dir), "--disagreements", str(dis_path)]) == 0
    scores = pd.read_csv(io.StringIO(capsys.readouterr().out)).set_index("variable")
    with capsys.disabled():
        print("\nP/R of the synthetic system against coder a:\n" + scores.to_string())
    # System: killed 12, injured 30, killed 200. Gold (a): killed 12, injured 30, displaced 200, missing 5.
    assert scores.loc["item", ["tp", "n_system", "n_gold"]].tolist() == [2, 3, 4]
    assert scores.loc["item", "precision"] == round(2 / 3, 3)  # printed: rounded to 3 decimals
    assert scores.loc["item", "recall"] == round(2 / 4, 3)  # printed: rounded to 3 decimals
    assert scores.loc["item", "f1"] == round(4 / 7, 3)  # printed: rounded to 3 decimals
    assert scores.loc["span", ["tp", "n_system", "n_gold"]].tolist() == [3, 3, 4]
    # alpha between the system and coder a on item presence, 4 units: the 3 system items (system yes,
    # a yes) and the item a added (system no, a yes). o_yy = 6, o_yn = o_ny = 1; n_y = 7, n_n = 1, n = 8:
    # alpha = 1 - (n - 1)(o_yn + o_ny) / (2 n_y n_n) = 1 - 7 * 2 / 14 = 0 (printed rounded).
    assert scores.loc["item", "alpha"] == 0.0 and scores.loc["item", "n_units"] == 4
    # hedge: system says exact everywhere; a says about for 30 آخرون.
    assert scores.loc["hedge", ["tp", "n_system", "n_gold"]].tolist() == [1, 3, 4]
    assert "low" not in scores.index  # a never coded it
    assert schemas.problems(dis_path, "disagreements") == []
    assert main(["evaluate", "--gold", "a", "--corpus", str(corpus_dir), "--out", str(tmp_path / "scores.csv")]) == 0
    assert schemas.problems(tmp_path / "scores.csv", "evaluation") == []
    errors = pd.read_csv(dis_path, keep_default_na=False)
    assert sorted(zip(errors["variable"], errors["kind"], errors["match"])) == [
        ("hedge", "wrong_value", "30 آخرون"),
        ("item", "false_negative", "200 شخص"),
        ("item", "false_negative", "5 صيادين"),
        ("item", "false_positive", "200 شخص"),
    ]


@pytest.mark.slow
@pytest.mark.parametrize("coded", [False, True])
def test_notebook_runs_headless(coded, exported, corpus_dir, tmp_path, monkeypatch):
    import papermill

    from tests.conftest import REPO_ROOT

    notebook = REPO_ROOT / "notebooks" / "05_validation.ipynb"
    assert not any(c.get("outputs") for c in json.loads(notebook.read_text())["cells"] if c["cell_type"] == "code")
    if coded:
        path = tmp_path / "a.csv"
        path.write_bytes(fill(read(exported), CODER_A, MISSED).to_csv(index=False).encode("utf-8-sig"))
        assert main(["coding", "import", str(path), "--coder", "gold", "--corpus", str(corpus_dir),
                     "--schema", str(tmp_path / "sheet.schema.json")]) == 0
    monkeypatch.setenv("PYTHONPATH", str(REPO_ROOT))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    out = tmp_path / "out.ipynb"
    papermill.execute_notebook(str(notebook), str(out), parameters={"corpus_dir": str(corpus_dir)},
                               cwd=str(notebook.parent), kernel_name="python3", progress_bar=False)
    import nbformat

    printed = "".join(o.get("text", "") for c in nbformat.read(out, as_version=4).cells for o in c.get("outputs", []))
    if coded:
        assert "Agreement needs two coders" in printed
    else:
        assert "No human coding yet" in printed


def test_blind_sheet_has_no_auto_columns_and_imports_with_its_key(exported, corpus_dir, tmp_path, capsys,
                                                                  monkeypatch):
    # Defect: coders saw the automatic codes (auto_*) beside the empty code_* columns, which anchors them.
    blind = tmp_path / "blind.csv"
    assert main(["coding", "export", "--what", "casualties", "--add-random-sentences", "3", "--seed", "4",
                 "--blind", "--corpus", str(corpus_dir), "--out", str(blind)]) == 0
    assert "keep that file away from coders" in capsys.readouterr().out
    sheet = read(blind)
    assert not [c for c in sheet.columns if c.startswith("auto_")]
    schema = json.loads((tmp_path / "blind.schema.json").read_text(encoding="utf-8"))
    assert schema["info"]["blind"] is True and schema["blind"] is True
    assert not [c for c in schema["columns"] if c.startswith("auto_")]
    key = read(tmp_path / "blind.key.csv")
    assert key.columns[0] == "unit_id" and "auto_category" in key.columns
    # Coder A fills the blind sheet; import puts the automatic values back from the key.
    filled = tmp_path / "blind_a.csv"
    filled.write_bytes(fill(sheet, CODER_A, MISSED).to_csv(index=False).encode("utf-8-sig"))
    assert main(["coding", "import", str(filled), "--coder", "a", "--corpus", str(corpus_dir),
                 "--schema", str(tmp_path / "blind.schema.json"), "--key", str(tmp_path / "blind.key.csv")]) == 0
    stored = next((corpus_dir / "annotations" / "casualties" / "a").glob("*.csv"))
    rows = pd.read_csv(stored, dtype=str, keep_default_na=False)
    assert rows.loc[rows["row_type"] == "item", "auto_category"].tolist() == ["killed", "injured", "killed"]
    assert json.loads(stored.with_suffix(".json").read_text())["export"]["blind"] is True
    capsys.readouterr()
    assert main(["evaluate", "--gold", "a", "--corpus", str(corpus_dir)]) == 0
    scores = pd.read_csv(io.StringIO(capsys.readouterr().out)).set_index("variable")
    assert scores.loc["item", ["tp", "n_system", "n_gold"]].tolist() == [2, 3, 4]


def test_blind_sheet_without_its_key_is_refused(exported, corpus_dir, tmp_path, capsys):
    blind = tmp_path / "blind.csv"
    assert main(["coding", "export", "--what", "casualties", "--blind", "--corpus", str(corpus_dir),
                 "--out", str(blind)]) == 0
    (tmp_path / "blind.key.csv").unlink()
    sheet = read(blind).assign(code_item="yes", code_category="killed")
    blind.write_bytes(sheet.to_csv(index=False).encode("utf-8-sig"))
    before = tree_hash(corpus_dir)
    assert main(["coding", "import", str(blind), "--coder", "a", "--corpus", str(corpus_dir)]) == 1
    assert "--key FILE" in capsys.readouterr().err
    assert tree_hash(corpus_dir) == before
