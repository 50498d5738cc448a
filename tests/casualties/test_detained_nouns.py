"""The participle مسجون ("imprisoned") as a counted noun of the detained, in every gender and number.

Every sentence here is synthetic (written for these tests, not corpus text).
"""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims


def found(text):
    return [(text[c.start:c.end], c.category, c.value) for c in extract_claims(text)]


CASES = [  # synthetic
    # masculine singular after 11+ (accusative) and after hundreds (genitive)
    ("ويقبع في السجن 17 مسجونا من الحركة.", [("17 مسجونا", "detained", 17)]),
    ("وما زال 200 مسجون في سجون الاحتلال.", [("200 مسجون", "detained", 200)]),
    # plurals after 3-10, masculine and feminine
    ("وأضرب خمسة مسجونين عن الطعام.", [("خمسة مسجونين", "detained", 5)]),
    ("أفادت الهيئة بأن ثلاث مسجونات يخضن إضرابا عن الطعام.", [("ثلاث مسجونات", "detained", 3)]),
    # the dual, nominative and with اثنين (the sound plural -ين needs that evidence)
    ("وبقي مسجونان في الزنزانة.", [("مسجونان", "detained", 2)]),
    ("ونقلت السلطات مسجونين اثنين إلى المستشفى.", [("مسجونين اثنين", "detained", 2)]),
    # no count: the definite plural alone, a place
    ("وقال إن المسجونين في السجن يعانون من سوء المعاملة.", []),
    ("زار الوفد 3 سجون في المدينة.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_masjun_is_a_counted_noun_of_the_detained(text, expected):
    assert found(text) == expected
