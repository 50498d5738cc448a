"""Duals a report proves (analysis/casualties/duals.py, numeral_phrases.dual_at), as grammar.

Every sentence here is synthetic (written for these tests, not corpus text). The
paradigm, from decision rules 1 and 2 and S's notes:

* a definite dual in -ين of a noun with no sound plural (شهيد/شهداء، جندي/جنود،
  ضابط/ضباط، سجين/سجناء) is only ever a dual; it is a figure when an event word
  governs it (the masdar or verb right before: مقتل الجنديين، تصفية الشهيدين،
  اعتقلت الضابطين), not when it only refers back (ذوو القتيلين، تشييع الشهيدين);
* the construct dual in -ي of such a noun before its definite genitive (ضابطي
  الشرطة، جنديي الاحتلال) is a figure after an event word or with an agreeing
  dual (اللذين استشهدا); without either it stays unread (the -ي may be "my");
* the dual relative pronoun (اللذان/اللذين/اللتان/اللتين) agreeing with an -ين noun
  proves it dual like a dual pronoun, also for a definite noun with a sound
  plural (المتهمين اللذين: S's notes);
* the feminine dual -تان/-تين of a listed noun is always a dual: the feminine
  plural is -ات (مواطنتين، معتقلتين), with any proclitic;
* سجين has the broken plural سجناء: سجينين is a dual.
"""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims


def found(text):
    return [(c.category, c.value, c.hedge) for c in extract_claims(text)]


KILLED2 = [("killed", 2, "exact")]
DETAINED2 = [("detained", 2, "exact")]

CASES = [  # synthetic
    # a definite -ين dual governed by an event word: masdar, active, passive
    ("أعلن الجيش مقتل الجنديين في الهجوم", KILLED2),
    ("ونددت الحركة بتصفية الجنديين على أساس طائفي", KILLED2),
    ("واعتقلت الشرطة الضابطين أمس", DETAINED2),
    ("وقتل الطفلين في القصف", KILLED2),
    # a definite -ين dual that only refers back: no figure
    ("زار الوزير ذوي القتيلين", []),
    ("شارك المئات في تشييع الشهيدين", []),
    # the construct dual before its definite genitive
    ("أعلن الجيش مقتل ضابطي الشرطة في الهجوم", KILLED2),
    ("واختطف المسلحون جنديي الجيش", [("kidnapped", 2, "exact")]),
    ("وعزى الوزير في ضابطي الشرطة اللذين استشهدا في البلدة", KILLED2),
    ("تحدث مدير الشرطة عن ضابطي الأمن في المدينة", []),
    # the dual relative pronoun proves a dual, definite sound plurals included
    ("وألقت الشرطة القبض على المتهمين اللذين سرقا الحقيبة", DETAINED2),
    ("وأعلنت الشرطة إصابة المسلحين اللذين هاجما الحاجز", [("injured", 2, "exact")]),
    ("وألقت الشرطة القبض على المتهمين الذين سرقوا الحقيبة", []),
    ("ولقي اثنان من القرويين حتفهما في الهجوم", [("killed", 2, "exact")]),  # the part, not the group
    # the feminine dual of a listed noun is always a dual
    ("اعتقلت قوات الاحتلال خمسة شبان ومواطنتين مقدسيتين", [("detained", 5, "exact"), ("detained", 2, "exact")]),
    ("أصيبت مواطنتان في القصف", [("injured", 2, "exact")]),
    ("اعتقلت القوات معتقلتين سابقتين", DETAINED2),
    # سجين/سجناء: the -ين form is a dual
    ("أطلق المسلحون النار على سيارة تنقل سجينين مفرج عنهما", DETAINED2),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_duals_a_report_proves(text, expected):
    assert found(text) == expected


def test_a_dual_pronoun_after_a_nearer_dual_numeral_is_the_numerals():
    # synthetic: the pronoun of حالتهما refers to اثنان, not to the definite plural before it
    assert ("injured", 2, "exact") not in [
        (c.category, c.value, c.hedge) for c in extract_claims("وإصابة الآخرين بإصابات متفاوتة اثنان حالتهما خطيرة")
        if c.end - c.start > 2 and "آخرين" in "وإصابة الآخرين بإصابات متفاوتة اثنان حالتهما خطيرة"[c.start:c.end]]


@pytest.mark.parametrize("text,expected", [  # synthetic: the construct dual of حالة before the case it counts
    ("كما استقبل المستشفى حالتي وفاة", [("killed", 2, "exact")]),
    ("وسجلت الفرق حالتي إصابة في الحادث", [("injured", 2, "exact")]),
    ("وأربعة مصابين بالمحافظة، وحالتي وفاة", [("injured", 4, "exact"), ("killed", 2, "exact")]),
    ("وتحسنت حالتي الصحية بعد العلاج", []),
])
def test_the_construct_dual_of_a_case_noun(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [  # synthetic: cases of a syndrome are disease cases (rule 7), dual or counted
    "للاشتباه في وجود حالتي إصابة بمتلازمة الشرق الأوسط التنفسية",
    "سجلت الوزارة 5 حالات إصابة بمتلازمة الشرق الأوسط",
])
def test_syndrome_cases_are_no_casualties(text):
    assert found(text) == []
