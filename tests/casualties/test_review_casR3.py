"""Regression rows for review_casR3.md's findings on casR3's stop-13 commits (issue 12).

Every sentence here is synthetic (the reviewer's probes).
"""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims


def found(text):
    return [(c.category, c.value) for c in extract_claims(text)]


@pytest.mark.parametrize("text", [  # synthetic, F2
    "وقال: استشهد شقيقي الأكبر في القصف",
    "مقتل شقيقي الأكبر",
    "وقال الأب: اعتقلت القوات شقيقي الأكبر أمس",
    "وقالت الأم إن الغارة قتلت طفلي الصغير",
    "وقالت الأم إن الغارة قتلت ابني الوحيد",
])
def test_my_brother_with_an_adjective_is_no_construct_dual(text):
    assert ("killed", 2) not in found(text) and ("detained", 2) not in found(text)


@pytest.mark.parametrize("text,expected", [  # synthetic, F2: the genitive nouns stay
    ("مقتل شقيقي الضحية", [("killed", 2)]),
    ("اختطاف شقيقي الوزير", []),  # also "my brother, the minister": a kin X+ي needs a listed genitive
    ("اعتقلت الشرطة ضابطي الأمن", [("detained", 2)]),
    ("مقتل جنديي الاحتلال", [("killed", 2)]),
])
def test_a_construct_dual_before_its_genitive_noun(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [  # synthetic, F3
    ("وطالب الأهالي بضرورة إلقاء القبض على الشابين المتورطين في الحادث", []),
    ("ودعا الناشطون إلى اعتقال الضابطين المسؤولين عن التعذيب", []),
    ("اعتقلت الشرطة الشابين المتهمين بالسرقة", [("detained", 2)]),
])
def test_a_definite_dual_under_a_demanded_event_is_no_report(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [  # synthetic, F4 (rules Q1, P4)
    ("قتل 20 شخصا وأصيب عدد مماثل لعدد القتلى", [("killed", 20)]),
    ("قتل نحو 20 وأصيب عدد مماثل", [("killed", 20), ("injured", None)]),
    ("وأصيب عدد كبير للغاية", [("injured", None)]),
])
def test_a_count_similar_to_another_count_is_no_figure(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [  # synthetic, F5: the bare كثيرون of opinion prose
    "لجوء كثيرين إلى مواقع التواصل",
    "وخسر كثيرون وظائفهم بسبب الحرب",
    "وفقد كثيرون منازلهم في القصف",
])
def test_bare_kathirun_is_no_count(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [  # synthetic, F2 re-check: "my X" of kin and children
    ("وقالت: قتل القناص طفلي الرضيع", []),
    ("وقال: اعتقلوا شقيقي التوأم", []),
    ("وقال: أصيب شقيقي الثاني بشظية", []),
    ("وقال: قتل شقيقي الطبيب في القصف", []),
    ("مقتل شقيقي الضحية", [("killed", 2)]),
    ("وأصيب طفلي الأسرة اللذين كانا في المنزل", [("injured", 2)]),
    ("مقتل جنديي الاحتلال", [("killed", 2)]),
])
def test_my_kin_before_any_definite_word_is_no_construct_dual(text, expected):
    assert found(text) == expected
