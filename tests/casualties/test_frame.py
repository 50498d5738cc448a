"""Claims tables: claims_frame and the outlet × event comparison."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from analysis.casualties.frame import CLAIM_COLUMNS, claims_frame, compare_outlets

# synthetic: three made-up reports of one day
DOCS = [
    SimpleNamespace(doc_id="a", text="قتل 32 شخصا على الأقل بينهم 7 مدنيين، بحسب وزارة الدفاع الروسية"),
    SimpleNamespace(doc_id="b", text="وأعلنت أمينة المظالم مقتل 27 شخصا وإصابة أكثر من 200"),
    SimpleNamespace(doc_id="c", text="قتل عشرات الأشخاص"),
]
META = pd.DataFrame({
    "doc_id": ["a", "b", "c"],
    "outlet": ["X", "Y", ""],
    "published": ["2023-09-20", "2023-09-20", "2023-09-20"],
})


def test_claims_frame_columns_and_types():
    df = claims_frame(DOCS)
    assert list(df.columns) == CLAIM_COLUMNS
    assert len(df) == 5
    assert str(df["value"].dtype) == "Int64" and str(df["high"].dtype) == "Int64"
    for doc, row in zip([DOCS[0]] * 2 + [DOCS[1]] * 2 + [DOCS[2]], df.itertuples()):
        assert doc.text[row.start:row.end] == row.text


def test_claims_frame_empty():
    df = claims_frame([SimpleNamespace(doc_id="x", text="لا أرقام هنا")])  # synthetic
    assert df.empty and list(df.columns) == CLAIM_COLUMNS


def test_compare_outlets():
    table = compare_outlets(claims_frame(DOCS), META)
    killed = table[table["category"] == "killed"].set_index("outlet")
    assert killed.loc["X", "figures"] == "≥32; 7"
    assert killed.loc["X", "top_value"] == 32          # the subset 7 is not a toll
    assert killed.loc["X", "sources"] == "russia_mod"
    # "the ombudsman" with no country named is not resolved to an actor: the phrase stays.
    assert killed.loc["Y", "sources"] == "أمينة المظالم"
    assert killed.loc["unknown", "figures"] == "vague(10)"
    assert pd.isna(killed.loc["unknown", "top_value"])
    injured = table[table["category"] == "injured"]
    assert injured["figures"].tolist() == [">200"]


def test_compare_outlets_category_filter_and_empty():
    df = claims_frame(DOCS)
    assert set(compare_outlets(df, META, categories=["injured"])["category"]) == {"injured"}
    assert compare_outlets(df.iloc[0:0], META).empty
