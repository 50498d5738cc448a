"""Duals of every victim-group noun listed with its sound plural (duals._dual_nouns).

Every sentence here is synthetic (written for these tests, not corpus text).
"""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims
from analysis.casualties.duals import DUAL_NOUNS


def found(text):
    return [(c.category, c.value) for c in extract_claims(text)]


CASES = [  # synthetic
    # a group singular with its -ين plural listed (مجند/مجندين، متمرد/متمردين): -ين needs the evidence
    ("أسفرت الاشتباكات عن إصابة مجندين اثنين", [("injured", 2)]),
    ("قتل متمردين اثنين في الكمين", [("killed", 2)]),
    ("نقل مجندين إلى المستشفى", []),
    # the nominative -ان is only ever the dual
    ("قتل مجندان في الهجوم", [("killed", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_duals_of_victim_group_nouns(text, expected):
    assert found(text) == expected


def test_group_singulars_with_a_sound_plural_are_sound_plural_dual_nouns():
    assert DUAL_NOUNS["مجند"].sound_plural and DUAL_NOUNS["متمرد"].sound_plural
    assert "جنود" not in DUAL_NOUNS  # a broken plural names no singular


def test_mujannadayn_ithnayn_is_the_figure_two():
    # defect (P #21): "إصابة مجندين اثنين" gave nothing (مجند was no dual noun)
    assert found("قال الحاكم إنها أسفرت عن إصابة مجندين اثنين") == [("injured", 2)]  # synthetic


NEARER_DUAL = [  # synthetic
    # a later dual pronoun proves the dual only when no nearer dual could own it (review_casR finding 2)
    ("أصيب مدنيين في قصف استهدف منزل الشقيقين قبل اعتقالهما", []),
    ("أصيب مدنيين في قصف استهدف منزل اثنين من الجيران قبل اعتقالهما", []),
    ("نقل مصابين إلى مستشفى قرب منزل الحوثيين لعلاجهما", []),
    ("أصيب مدنيين في قصف على المدينة قبل اعتقالهما", [("detained", 2), ("injured", 2)]),
    ("قتل شرطيين قرب الحدود وأعلن الجيش عن قتلهما", [("killed", 2)]),
    ("اعتدوا على مصابين سوريين، فقتل أحدهما", [("injured", 2), ("killed", 1)]),
]


@pytest.mark.parametrize(("text", "expected"), NEARER_DUAL, ids=[t for t, _ in NEARER_DUAL])
def test_dual_later_not_proved_when_a_nearer_dual_owns_the_pronoun(text, expected):
    assert sorted((c.category, c.value) for c in extract_claims(text)) == expected


NISBA_FIRST_LETTER = [  # synthetic
    # a dual numeral proves a nisba's dual also when its first letter looks like a proclitic
    # (review_casR finding 9: استشهد فلسطينيين اثنين gave nothing, قتل بريطانيين اثنين the span ريطانيين)
    ("استشهد فلسطينيين اثنين", [("killed", 2, "فلسطينيين اثنين")]),
    ("استشهد فلسطينيان", [("killed", 2, "فلسطينيان")]),
    ("قتل بريطانيين اثنين", [("killed", 2, "بريطانيين اثنين")]),
    ("قتل لبنانيين اثنين", [("killed", 2, "لبنانيين اثنين")]),
    ("قتل كنديين اثنين", [("killed", 2, "كنديين اثنين")]),
    ("قتل حوثيان", [("killed", 2, "حوثيان")]),
    ("قتل مدنيين اثنين", [("killed", 2, "مدنيين اثنين")]),
    ("نقل فلسطينيين إلى المستشفى", []),
]


@pytest.mark.parametrize(("text", "expected"), NISBA_FIRST_LETTER, ids=[t for t, _ in NISBA_FIRST_LETTER])
def test_dual_numeral_proves_a_nisba_whose_first_letter_looks_like_a_proclitic(text, expected):
    assert [(c.category, c.value, c.text) for c in extract_claims(text)] == expected
