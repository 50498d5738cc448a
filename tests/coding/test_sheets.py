"""Export: sampling, random sentences, unit ids, spreadsheet encoding."""

from __future__ import annotations

import io

import pandas as pd

from analysis.coding.export import sheet_bytes
from analysis.coding.sheets import RLM, build_sheet, kwic, parse_unit_id, unrtl
from analysis.coding.store import read_sheet
from tests.coding.conftest import SYNTHETIC_TEXT, casualty_table

TEXTS = {"d1": SYNTHETIC_TEXT, "d2": SYNTHETIC_TEXT}


def table():
    return pd.concat([casualty_table(SYNTHETIC_TEXT, "d1"), casualty_table(SYNTHETIC_TEXT, "d2")], ignore_index=True)


def test_sample_is_deterministic_and_seed_dependent():
    draws = {seed: tuple(build_sheet(table(), TEXTS, "casualties", sample=3, seed=seed).rows["unit_id"])
             for seed in range(6)}
    assert draws[0] == tuple(build_sheet(table(), TEXTS, "casualties", sample=3, seed=0).rows["unit_id"])
    assert len(set(draws.values())) > 1
    assert all(len(set(d)) == 3 for d in draws.values())


def test_unit_ids_do_not_depend_on_the_sample():
    full = build_sheet(table(), TEXTS, "casualties").rows.set_index("unit_id")
    part = build_sheet(table().iloc[::-1], TEXTS, "casualties", sample=2, seed=3).rows.set_index("unit_id")
    assert part.index.isin(full.index).all()
    assert (full.loc[part.index, "start"] == part["start"]).all()


def test_same_span_twice_gets_distinct_ids():
    t = pd.concat([casualty_table(SYNTHETIC_TEXT).iloc[:1]] * 2, ignore_index=True)
    t.loc[1, "category"] = "injured"
    ids = build_sheet(t, {"d1": SYNTHETIC_TEXT}, "casualties").rows["unit_id"].tolist()
    assert ids == ["casualties:d1:13-21", "casualties:d1:13-21#2"]
    assert parse_unit_id(ids[1]) == ("casualties", "d1", 13, 21, False)


def test_random_sentences_have_no_annotation():
    rows = build_sheet(table(), TEXTS, "casualties", add_random_sentences=10, seed=1).rows
    sentences = rows[rows["row_type"] == "sentence"]
    assert len(sentences) == 6  # 3 unannotated sentences per document
    for _, s in sentences.iterrows():
        items = rows[(rows["row_type"] == "item") & (rows["doc_id"] == s["doc_id"])]
        assert not ((items["start"] < s["end"]) & (s["start"] < items["end"])).any()
        assert SYNTHETIC_TEXT[s["start"]:s["end"]] == s["match"]


def test_kwic_keeps_the_match_exact_and_flattens_newlines():
    text = "سطر أول\nقتل 3 أشخاص\nسطر ثالث"  # synthetic
    left, match, right = kwic(text, 12, 13, window=40)
    assert (left, match, right) == ("سطر أول ¶ قتل ", "3", " أشخاص ¶ سطر ثالث")


def test_sheet_bytes_round_trip_through_read_sheet(tmp_path):
    rows = build_sheet(table(), TEXTS, "casualties").rows
    path = tmp_path / "s.csv"
    path.write_bytes(sheet_bytes(rows))
    back, _ = read_sheet(path)
    assert back["match"].map(unrtl).tolist() == rows["match"].tolist()
    assert back["match"].str.startswith(RLM).all()
    # a context that starts with "-" must not become an Excel formula: the mark comes first
    assert pd.read_csv(io.BytesIO(sheet_bytes(pd.DataFrame({"left": ["-قال"]}))), encoding="utf-8-sig")["left"][0][0] == RLM
