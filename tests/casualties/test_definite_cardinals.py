"""A definite cardinal before an indefinite counted noun of a category (numeral_phrases.definite_before_noun).

Every sentence here is synthetic (written for these tests, not corpus text).
"""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims


def found(text):
    return [(c.category, c.value, c.hedge) for c in extract_claims(text)]


CASES = [  # synthetic
    # a definite unit, ten or hundred before قتلى/جريحا/شهيدا: the figure
    ("شهد اليومان ما يزيد على الثمانية قتلى", [("killed", 8, "more_than")]),
    ("وسقط ما يفوق العشرين جريحا في المواجهات", [("injured", 20, "more_than")]),
    ("سقط الخمسة شهداء في القصف", [("killed", 5, "exact")]),
    ("أحصى المسعفون المئة قتيل", [("killed", 100, "exact")]),
    # the definite ten after its noun is an ordinal; a noun of no category is no figure
    ("قتل كثيرون في القرن العشرين", [("killed", None, "vague")]),  # كثيرون after قتل (test_many_people)
    ("مضت الخمسة أيام على الهجوم", []),
    # a definite count after its noun refers back (decision rule 2)
    ("زار ذوو القتلى الثلاثة المستشفى", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_definite_cardinal_before_its_counted_noun(text, expected):
    assert found(text) == expected


def test_definite_eight_before_qatla_after_ma_yaziid_is_a_more_than_figure():
    # defect (P #94): "ما يزيد على الثمانية قتلى" gave no figure
    assert found("شهد الأسبوع ما يزيد على الثمانية قتلى للحزب") == [("killed", 8, "more_than")]  # synthetic
