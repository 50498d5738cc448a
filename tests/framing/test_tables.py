"""Framing summary tables over the corpus-table column layout."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from analysis.framing import analyze_text
from analysis.framing.tables import (
    UNRESOLVED, actor_term_cooccurrence, label_actor_counts, share_of_voice, term_voice_breakdown,
)

TEXTS = {  # synthetic
    "a": "وقالت السلطات الأذربيجانية إن الانفصاليين الأرمن هاجموا. وانتهت \"العملية العسكرية\".",  # synthetic
    "b": "وقال بوتين إن الانفصاليين في كاراباخ سلموا أسلحتهم. وقال مصدر إن الهدوء عاد.",  # synthetic
}


def _frame(kind: str) -> pd.DataFrame:
    from analysis.text import split_sentences, tokenize

    rows = []
    for doc_id, text in TEXTS.items():
        sents = split_sentences(text, tokenize(text))
        for item in getattr(analyze_text(text), kind):
            row = {"doc_id": doc_id, **dataclasses.asdict(item)}
            row = {k: "|".join(v) if isinstance(v, (tuple, list)) else v for k, v in row.items()}
            row["sentence"] = next(s.index for s in sents if s.start <= item.start < s.end)
            rows.append(row)
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def documents():
    return pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "published": ["2023-09-20", "2023-09-21"]})


def test_label_actor_counts():
    df = label_actor_counts(_frame("actors"))
    row = df[(df.label == "separatist") & (df.actor == "karabakh_authorities")]
    assert int(row["count"].iloc[0]) == 2


def test_share_of_voice_by_outlet(documents):
    df = share_of_voice(_frame("quotes"), documents, by=("outlet",))
    assert set(df.columns) == {"outlet", "speaker", "quotes", "direct", "share"}
    y = df[df.outlet == "Y"].set_index("speaker")
    assert y.loc["putin", "quotes"] == 1 and y.loc[UNRESOLVED, "quotes"] == 1
    assert df.groupby("outlet")["share"].sum().round(6).tolist() == [1.0, 1.0]


def test_term_voice_breakdown(documents):
    df = term_voice_breakdown(_frame("terms"), documents, by=("outlet",), freq="D")
    x = df[(df.outlet == "X") & (df.key == "events/military_operation")]
    assert x[["period", "voice_class", "count"]].to_dict("records") == [
        {"period": "2023-09-20", "voice_class": "scare_quote", "count": 1}]
    sep = df[df.key == "labels/separatist"]
    assert set(sep.voice_class) == {"reported"}


def test_cooccurrence():
    df = actor_term_cooccurrence(_frame("actors"), _frame("terms"))
    row = df[(df.actor == "azerbaijan") & (df.key == "labels/separatist")]
    assert row[["voice", "sentences"]].to_dict("records") == [{"voice": "reported", "sentences": 1}]


def test_grouping_needs_documents():
    with pytest.raises(ValueError):
        share_of_voice(_frame("quotes"), None, by=("outlet",))
