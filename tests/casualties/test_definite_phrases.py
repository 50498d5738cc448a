"""A definite count after its noun phrase, with a quantifier or a construct head before it.

Every sentence here is synthetic. Decision rule 2: a definite number after its
noun is a figure when the sentence reports the event. The phrase may open with
جميع/كل/كافة (``مقتل جميع العسكريين الأربعة``, as ``جميع ركاب الحافلة الـ23``) or
with a person noun in construct with the definite genitive (``أفراد الطاقم
الخمسة``، ``عناصر الدورية الثلاثة``، ``شهداء الجيش الأربعة``), with و, in every
case of the definite number word.
"""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims


def found(text):
    return [(c.category, c.value) for c in extract_claims(text)]


CASES = [  # synthetic
    ("وأكدت القوات مقتل جميع العسكريين الأربعة", [("killed", 4)]),
    ("واعتقلت الشرطة كافة المطلوبين الخمسة", [("detained", 5)]),
    ("واختطف المسلحون كل الموظفين الثلاثة", [("kidnapped", 3)]),
    ("قتل 17 شخصا، 12 جنديا وأفراد الطاقم الخمسة", [("killed", 17), ("killed", 12), ("killed", 5)]),
    ("أصيب عناصر الدورية الثلاثة في الانفجار", [("injured", 3)]),
    ("وأعلن الجيش مقتل جنود الكتيبة الأربعة", [("killed", 4)]),
    # a definite count that only refers back stays none (rule 2)
    ("زار الوزير ذوي القتلى الثلاثة", []),
    ("التقى الوزير كل الوزراء الثلاثة", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_definite_count_with_its_quantifier_or_construct_head(text, expected):
    assert found(text) == expected
