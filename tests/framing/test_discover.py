"""Unresolved speakers ranked for the researcher, and the candidate-actor stub.

Speaker phrases here are synthetic, marked # synthetic.
"""

from __future__ import annotations

import pandas as pd
import pytest
import yaml

from analysis.framing.discover import candidate_stub, phrase_key, unresolved_speakers


def _quotes(rows):
    return pd.DataFrame(rows, columns=["doc_id", "speaker", "speaker_text"])


@pytest.mark.parametrize("a, b", [
    ("وزارة الصحة", "ووزارة الصحة"),      # synthetic: a leading conjunction
    ("وزارةُ الصحّة", "وزارة الصحة"),      # synthetic: diacritics
    ("#الجيش_اليمني", "الجيش اليمني"),    # synthetic: a hashtag
])
def test_one_phrase_however_written(a, b):
    assert phrase_key(a) == phrase_key(b)


def test_ranked_by_statements_then_key_and_resolved_speakers_left_out():
    q = _quotes([
        ("d1", None, "بلدية المدينة"), ("d2", None, "وزارة الصحة"), ("d2", None, "ووزارة الصحة"),  # synthetic
        ("d3", None, "وزارة الصحة"), ("d3", "un", "الأمم المتحدة"), ("d3", None, None),  # synthetic
    ])
    got = unresolved_speakers(q)
    assert got[["phrase", "quotes", "documents"]].values.tolist() == [["وزارة الصحة", 3, 2], ["بلدية المدينة", 1, 1]]
    assert got.loc[0, "doc_ids"] == ["d2", "d3"]
    assert unresolved_speakers(q, min_count=2)["phrase"].tolist() == ["وزارة الصحة"]


@pytest.mark.parametrize("phrase, unnamed", [
    ("مصدر", True), ("مصادر محلية", True), ("البيان", True),  # synthetic: unnamed sources
    ("وزارة الصحة", False), ("بلدية المدينة", False), ("مصادر الجيش", False),  # synthetic
])
def test_unnamed_sources_are_flagged(phrase, unnamed):
    assert bool(unresolved_speakers(_quotes([("d", None, phrase)]))["unnamed"][0]) is unnamed


def test_stub_lists_candidates_only_and_forces_a_decision():
    q = _quotes([("d1", None, "مصدر"), ("d1", None, "بلدية المدينة"), ("d2", None, "بلدية المدينة")])  # synthetic
    stub = candidate_stub(unresolved_speakers(q), source="corpus x")
    assert stub.startswith("# Candidate actors") and "corpus x" in stub
    (actor,) = yaml.safe_load(stub)["actors"]
    assert actor["names"] == ["بلدية المدينة"] and actor["type"] == "TODO" and actor["name"]["en"] == "TODO"
    assert "2 statements in 2 documents" in actor["note"]
