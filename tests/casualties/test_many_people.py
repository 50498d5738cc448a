"""كثيرون/كثيرين as a vague count (vague_counts._many_people): after an event word or before آخرون.

Every sentence here is synthetic (written for these tests, not corpus text).
"""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims


def found(text):
    return [(text[c.start:c.end], c.category, c.value, c.hedge) for c in extract_claims(text)]


CASES = [  # synthetic
    # right after a passive verb, an active verb of the victim or a masdar; nominative and accusative/genitive
    ("أصيب كثيرون في الحادث.", [("كثيرون", "injured", None, "vague")]),
    ("وأصيب الكثيرون في الحادث.", [("الكثيرون", "injured", None, "vague")]),
    ("وجرت اشتباكات، وتم اعتقال كثيرين.", [("كثيرين", "detained", None, "vague")]),
    ("أسفر القصف عن مقتل كثيرين.", [("كثيرين", "killed", None, "vague")]),
    ("واعتقل كثيرون منهم.", [("كثيرون", "detained", None, "vague")]),
    # before آخرون/آخرين: more victims after a figure, also after a conjunction
    ("أصيب كثيرون آخرون في الحادث.", [("كثيرون آخرون", "injured", None, "vague")]),
    ("قتل تسعة أشخاص وأصيب كثيرون آخرون.",
     [("تسعة أشخاص", "killed", 9, "exact"), ("كثيرون آخرون", "injured", None, "vague")]),
    ("أسفر القصف عن إصابة كثيرين آخرين.", [("كثيرين آخرين", "injured", None, "vague")]),
    ("قتل عشرة وكثيرون آخرون.", [("عشرة", "killed", 10, "exact"), ("كثيرون آخرون", "killed", None, "vague")]),
    # the "many people" of opinion prose: no figure
    ("لجأ كثيرون إلى الهجرة.", []),
    ("ويرى كثيرون آخرون أن الحرب ستطول.", []),
    ("خسر كثيرون وظائفهم.", []),
    ("هاجم كثيرون المركز.", []),
    ("ينوي كثيرون قتل الوقت بالقراءة.", []),
    ("وأصاب كثيرون الهدف في المسابقة.", []),
    # flight, leaving and loss have loose senses: no figure after them
    ("لجوء كثيرين إلى مواقع التواصل.", []),
    ("خرج كثيرون إلى الشوارع احتفالا.", []),
    ("وفقد كثيرون منازلهم في القصف.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_many_people_is_a_vague_count_after_an_event_word_or_before_others(text, expected):
    assert found(text) == expected


def test_injured_kathirun_akharun_after_a_killed_figure_is_read():
    # defect (U #256): "وأصيب كثيرون آخرون" after a killed figure gave no injured figure
    assert found("قال إن تسعة أشخاص لقوا حتفهم وأصيب كثيرون آخرون في الحادث.")[-1] == (  # synthetic
        "كثيرون آخرون", "injured", None, "vague")
