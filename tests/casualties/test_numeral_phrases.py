"""و + أحد "one of" (numeral_phrases.and_one_of): it normalizes like the adjective واحد.

Every sentence here is synthetic (written for these tests, not corpus text).
"""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims


def found(text):
    return [(c.category, c.value) for c in extract_claims(text)]


CASES = [  # synthetic
    # a conjunct وأحد + a definite noun after a figure: one more of the same event
    ("أدت العبوة إلى إصابة ضابطين وأحد المجندين", [("injured", 2), ("injured", 1)]),
    ("قتل أحد الجنود وأحد المدنيين في القصف", [("killed", 1), ("killed", 1)]),
    ("أسفر الهجوم عن مقتل ثلاثة جنود وأحد عناصر الشرطة", [("killed", 3), ("killed", 1)]),
    # after a first conjunct that is no figure (a named person, a singular), the event word governs both
    ("قامت الجماعة باختطاف الإعلامي سمير الفلاني وأحد الناشطين", [("kidnapped", 1)]),
    ("قتل خلاله جندي تركي وأحد متشددي التنظيم", [("killed", 1)]),
    # the adjective واحد after its noun stays the adjective, whatever follows
    ("قتل جندي واحد الأسبوع الماضي", [("killed", 1)]),
    # no figure before and no event word of its own: nothing
    ("التقى الوزير وأحد المسؤولين", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_and_one_of_is_a_conjunct_one_of(text, expected):
    assert found(text) == expected


def test_wa_ahad_after_a_coordinated_figure_is_not_read_as_the_adjective_one():
    # defect (Q #419): "إصابة اثنين من الضباط وأحد المجندين" lost the 1 (وأحد read as واحد)
    assert found("أدت إلى إصابة اثنين من الضباط وأحد المجندين") == [("injured", 2), ("injured", 1)]  # synthetic
