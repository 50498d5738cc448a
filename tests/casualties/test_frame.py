"""One casualty table, and the outlet × event comparison built on it."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

import analysis
from analysis import Corpus
from analysis.annotate import Pipeline, annotate
from analysis.casualties.frame import compare_outlets
from analysis.corpus import CorpusStore, NewDocument
from analysis.tables import COLUMNS, annotation_rows, item_frame

PIPELINE = Pipeline.load(backend="rules")

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


def claims(docs, meta: dict | None = None) -> pd.DataFrame:
    """The casualties table of texts outside a corpus: annotate() and the tables' own flattening."""
    rows = [row for d in docs
            for row in annotation_rows(annotate(d.text, doc_id=d.doc_id, pipeline=PIPELINE),
                                       document=(meta or {}).get(d.doc_id))["casualties"]]
    return item_frame("casualties", rows)


def test_one_casualty_table_for_texts_and_for_a_corpus(tmp_path):
    # Defect: three casualty tables (corpus_tables, claims_frame, claims_table) with different columns.
    store = CorpusStore(tmp_path / "corpus")
    store.add([NewDocument(d.doc_id, d.text.encode(), {"rights": "CC0-1.0", "language": "ar"}, d.doc_id)
               for d in DOCS])
    table = Corpus(store.root).tables("working", backend="rules").casualties
    meta = {d.doc_id: store.get(d.doc_id).meta for d in DOCS}
    pd.testing.assert_frame_equal(table, claims(DOCS, meta))
    assert list(table.columns) == list(COLUMNS["casualties"]) + [
        c for c in table.columns if c not in COLUMNS["casualties"]]
    assert len(table) == 5
    assert str(table["value"].dtype) == "Int64" and str(table["high"].dtype) == "Int64"
    for row in table.itertuples():
        assert {d.doc_id: d.text for d in DOCS}[row.doc_id][row.start:row.end] == row.text


@pytest.mark.parametrize("name", ["CLAIM_COLUMNS", "UNRESOLVED"])
def test_twin_constants_are_defined_once(name):
    # Defect: CLAIM_COLUMNS and UNRESOLVED were each defined twice.
    package = Path(analysis.__file__).parent
    definitions = [str(p.relative_to(package)) for p in package.rglob("*.py")
                   if re.search(rf"^{name}\s*[:=]", p.read_text(encoding="utf-8"), re.M)]
    assert len(definitions) <= 1, definitions


def test_compare_outlets():
    table = compare_outlets(claims(DOCS), META)
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
    df = claims(DOCS)
    assert set(compare_outlets(df, META, categories=["injured"])["category"]) == {"injured"}
    assert compare_outlets(df.iloc[0:0], META).empty
