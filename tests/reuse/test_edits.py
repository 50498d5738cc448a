"""Framing edits between two aligned copies."""

from __future__ import annotations

import pytest

from analysis.annotate import Pipeline, annotate
from analysis.reuse.edits import EDIT_COLUMNS, framing_edits, units
from tests.reuse.conftest import COPY, WIRE


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.load(backend="rules")


def _edits(pipeline, a_text, b_text):
    a = annotate(a_text, doc_id="a", pipeline=pipeline)
    b = annotate(b_text, doc_id="b", pipeline=pipeline)
    return framing_edits(a, b, cluster=1)


def test_swapped_label_scare_quote_and_changed_figure_are_exactly_three_rows(pipeline):
    # synthetic (WIRE and COPY, tests/reuse/conftest.py)
    rows = _edits(pipeline, WIRE, COPY)
    assert [(r["kind"], r["in_copy"], r["text_a"], r["text_b"]) for r in rows] == [
        ("quotedness_changed", "both", "لمكافحة الإرهاب", "لمكافحة الإرهاب"),
        ("term_only_in_one", "a", "الانفصاليين", "سلطات الإقليم"),
        ("casualty_changed", "both", "32 شخصا", "27 شخصا"),
    ]
    for r in rows:
        assert set(r) == set(EDIT_COLUMNS)
        assert WIRE[r["start_a"]:r["end_a"]] == r["text_a"]
        assert COPY[r["start_b"]:r["end_b"]] == r["text_b"]
    assert rows[0]["fields"] == "quoted" and rows[2]["fields"] == "value|low"
    assert rows[1]["key_a"] == "labels/separatist" and rows[1]["key_b"] is None


def test_identical_copies_have_no_edits(pipeline):
    assert _edits(pipeline, WIRE, WIRE) == []


def test_edits_are_symmetric_in_kind(pipeline):
    forward = [(r["kind"], r["in_copy"]) for r in _edits(pipeline, WIRE, COPY)]
    backward = [(r["kind"], r["in_copy"]) for r in _edits(pipeline, COPY, WIRE)]
    flip = {"a": "b", "b": "a", "both": "both"}
    assert sorted(backward) == sorted((k, flip[c]) for k, c in forward)


@pytest.mark.parametrize("a_text, b_text, kind, in_copy", [
    # a dropped attribution: the quote (source) is in one copy only
    ("وقتل 5 مدنيين في القصف بحسب وزارة الصحة.", "وقتل 5 مدنيين في القصف.", "source_dropped", "a"),
    ("وقتل 5 مدنيين في القصف.", "وقتل 5 مدنيين في القصف بحسب وزارة الصحة.", "source_added", "b"),
    # a hedge added to a figure
    ("وقتل 5 مدنيين في القصف.", "وقتل 5 مدنيين على الأقل في القصف.", "casualty_changed", "both"),
    # an actor's nationality dropped: the mention is in one copy only
    ("وزار الرئيس اليمني الرياض أمس.", "وزار الرئيس الرياض أمس.", "actor_only_in_one", "a"),
    # a figure dropped
    ("وقتل 5 مدنيين في القصف. وأصيب 3 جنود.", "وقتل 5 مدنيين في القصف. وأصيب جنود.", "casualty_only_in_one", "a"),
    # "so-called" added before a label
    ("وهاجم الانفصاليون القرية.", "وهاجم ما يسمى الانفصاليون القرية.", "quotedness_changed", "both"),
])  # synthetic
def test_one_edit_kind(pipeline, a_text, b_text, kind, in_copy):
    rows = _edits(pipeline, a_text, b_text)
    assert (kind, in_copy) in [(r["kind"], r["in_copy"]) for r in rows]
    for r in rows:
        assert a_text[r["start_a"]:r["end_a"]] == r["text_a"]
        assert b_text[r["start_b"]:r["end_b"]] == r["text_b"]


def test_a_label_that_is_also_an_actor_mention_is_one_unit(pipeline):
    a = annotate("قصفت القوات مواقع الانفصاليين", pipeline=pipeline)  # synthetic
    assert [(u.family, u.key, dict(u.fields)["labels"]) for u in units(a)] == [
        ("term", "labels/separatist", "separatist")]


def test_deleted_annotation_points_at_an_empty_span_in_the_other_copy(pipeline):
    a_text = "قال المسؤول إن الانفصاليين انسحبوا من المواقع أمس."  # synthetic
    b_text = "قال المسؤول إن انسحبوا من المواقع أمس."  # synthetic
    rows = [r for r in _edits(pipeline, a_text, b_text) if r["kind"] == "term_only_in_one"]
    assert len(rows) == 1
    assert rows[0]["text_b"] == "" and rows[0]["start_b"] == rows[0]["end_b"]


def test_a_mention_in_one_copy_only_is_not_called_a_label_change(pipeline):
    # Regression: unmatched mentions and claims were reported as actor_label_changed /
    # casualty_changed, which on SaudiNewsNet made "label changes" the most frequent edit.
    rows = _edits(pipeline, "وزار الرئيس اليمني الرياض أمس.", "وزار الرئيس الرياض أمس.")  # synthetic
    assert [(r["kind"], r["in_copy"], r["text_a"], r["text_b"]) for r in rows] == [
        ("actor_only_in_one", "a", "الرئيس اليمني", "الرئيس")]
