"""Vague counts as the counted phrase (analysis/casualties/vague_counts.py), as grammar.

Every sentence here is synthetic (written for these tests, not corpus text). The
paradigm: the count noun عدد in every case (عدد/عددًا/أعداد/أعدادًا) with an
adjective of quantity agreeing with it (كبير/كبيرًا/كبيرة، قليل/قليلًا، مماثل)
or a negated one (غير قليل، ليس بالقليل), closing the count or before
من/منهم/ممن; كثير من/الكثير من before a noun of persons, also with a possessive
pronoun or a demonstrative between (the bare plural كثيرون/كثيرين counts only after an event word:
review F5); as the subject of a passive verb, the object of an active verb or
the genitive of a masdar, with و/ب proclitics.
"""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims
from analysis.casualties.numerals import find_numerals


def found(text):
    return [(c.category, c.value, c.hedge) for c in extract_claims(text)]


VAGUE = [("killed", None, "vague")]
INJURED = [("injured", None, "vague")]
DETAINED = [("detained", None, "vague")]

COUNT_NOUN = [  # synthetic
    # the adjective in the nominative (subject of a passive verb) closes the count
    ("وأصيب عدد كبير في الانفجار", INJURED),
    ("وأصيب عدد مماثل في الهجوم", INJURED),
    ("أصيب عدد محدود من المصلين", INJURED),
    # the accusative with the alif of tanween (object of an active verb)
    ("وأصابت القوات عدداً كبيراً منهم", INJURED),
    ("وأصابت القوات عددا كبيرا من المتظاهرين", INJURED),
    ("اعتقلت الشرطة عدداً قليلاً من الشبان", DETAINED),
    ("قتل المسلحون عددا مماثلا من السكان", VAGUE),
    # the feminine adjective of the plural أعداد
    ("اعتقلت القوات أعدادا كبيرة منهم", DETAINED),
    # litotes: a negated adjective of quantity
    ("قتل عدد غير قليل من السكان", VAGUE),
    ("وحصدت التفجيرات أرواح عدد ليس بالقليل من الجنود", VAGUE),
    ("واعتقلت الشرطة عددا غير قليل منهم", DETAINED),
    # the genitive of a masdar, with the relative ممن
    ("أسفر القصف عن مقتل عدد ممن كانوا في السوق", VAGUE),
    ("أسفر القصف عن مقتل عدد كبير ممن كانوا في السوق", VAGUE),
]

MANY = [  # synthetic
    ("بعد مقتل الكثير من مواطنينا", VAGUE),
    ("قتل الكثير من رفاقه في المعارك", VAGUE),
    ("قتل كثير من أعضائه في الهجوم", VAGUE),
    ("قتل الكثير من هؤلاء المدنيين", VAGUE),
    ("اعتقلت القوات عددا من هؤلاء الشبان", DETAINED),
    # bare كثيرون/كثيرين is no count in opinion prose (review F5: لجأ كثيرون إلى), but is one right
    # after an event word, as the gold codes it (R #2621 اعتقال كثيرين; test_many_people.py)
    ("وتم اعتقال كثيرين", DETAINED),
    ("يرى الكثيرون أن الهجوم فشل", []),  # the definite form is generic "most people"
    ("وقتل كثيرون في القصف", VAGUE),
]

NOT_A_COUNT = [  # synthetic
    # كثير من before things, عدد with nothing after it, a number of things
    ("ناقش المجلس الكثير من القضايا", []),
    ("ناقش الكثير من أمواله", []),
    ("ارتفع عدد القتلى", []),
    ("أطلق المسلحون عددا كبيرا من القذائف", []),
]


@pytest.mark.parametrize("text,expected", COUNT_NOUN + MANY + NOT_A_COUNT)
def test_vague_counts_as_the_counted_phrase(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,span", [  # synthetic
    ("أصيب عددٌ كبيرٌ", "عددٌ كبيرٌ"),
    ("أصابوا عدداً كبيراً منهم", "عدداً كبيراً منهم"),
    ("قتل عدد ليس بالقليل من الجنود", "عدد ليس بالقليل من"),
    ("وبعدد غير قليل من الجرحى", "عدد غير قليل من"),
    ("مقتل عدد ممن كانوا", "عدد ممن"),
])
def test_vague_count_spans(text, span):
    assert [n.text for n in find_numerals(text) if n.kind == "vague"] == [span]


PRONOUN_PARTITIVES = [  # synthetic: كثير/الكثير/عديد + منهم/منهن, and عديد من without the article
    ("أدت الحملة إلى اعتقال الكثير منهم", DETAINED),
    ("واعتقلت القوات الكثير منهم", DETAINED),
    ("وقتلت القوات عديدا منهم", VAGUE),
    ("واعتقلت الشرطة الكثير منهن", DETAINED),
    ("أسفر القصف عن إصابة عديد من السكان بحروق", INJURED),
    ("وقتل عديد من المدنيين في القصف", VAGUE),
    ("قتل الكثير من الناس في الانفجار", VAGUE),
    ("وأصيب كثير من الناس بجروح", INJURED),
    # no persons after: no count
    ("ناقش المجلس عديدا من القضايا", []),
    ("وشهدت المدينة الكثير منها", []),
]


@pytest.mark.parametrize("text,expected", PRONOUN_PARTITIVES)
def test_many_with_a_pronoun_partitive_and_bare_adid(text, expected):
    assert found(text) == expected


KIN_AS_PEOPLE = [  # synthetic: kin and families are people after كثير/عديد من (rule 11 counts families)
    ("وأصيب الكثير من أبناء القرية", INJURED),
    ("وقتل عديد من أفراد أسرته", VAGUE),
    ("ونزح الكثير من أهالي المدينة", [("displaced", None, "vague")]),
    ("واعتقلت القوات الكثير من أقاربه", DETAINED),
    ("أدى الحريق إلى إصابة عديد من أسرته بحروق", INJURED),
    ("وخرج الكثير من العائلات لقضاء الإجازة", []),  # families as units: no count of people
]


@pytest.mark.parametrize("text,expected", KIN_AS_PEOPLE)
def test_kin_and_families_are_people_after_many(text, expected):
    assert found(text) == expected
