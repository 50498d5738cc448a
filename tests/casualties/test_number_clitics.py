"""A number word's proclitics (casualties/number_clitics.py) and the vague quantities they open: synthetic cases."""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims
from analysis.casualties.number_clitics import strip_proclitic
from analysis.casualties.numerals import find_numerals


@pytest.mark.parametrize(("word", "expected"), [
    ("وعددا", ("و", "عددا")),
    ("وعدد", ("و", "عدد")),
    ("للعديد", ("لل", "العديد")),  # ل + العديد: the alif of the article drops
    ("وللعشرات", ("ولل", "العشرات")),
    ("بعشرات", ("ب", "عشرات")),
    ("لست", ("", "لست")),          # "I am not"
    ("للتنمية", ("", "للتنمية")),  # no quantity after لل
    ("عدد", ("", "عدد")),
])
def test_strip_proclitic(word, expected):
    assert strip_proclitic(word) == expected


@pytest.mark.parametrize(("phrase", "text"), [  # synthetic
    ("تعود للعديد من المهاجرين", "عديد"),           # the span starts after لل
    ("و3 قتلى وعددا من الجرحى", "عددا من"),
    ("سقط عدد متزايد من الضحايا", "عدد متزايد من"),  # any indefinite adjective before من
    ("وصلت أعداد هائلة من النازحين", "أعداد هائلة من"),
    ("وجرح عدد آخر", "عدد آخر"),                    # a listed adjective closes the quantity
    ("وأصيب عدد كبير في الهجوم", "عدد كبير"),
])
def test_vague_quantity_with_a_proclitic_or_an_adjective(phrase, text):
    assert [n.text for n in find_numerals(phrase) if n.kind == "vague"] == [text]


@pytest.mark.parametrize("phrase", [
    "ارتفع عدد القتلى من الأطفال",  # a toll, not a quantity
    "عدد سكان المدينة",
    "للتنمية والإعمار",
])
def test_no_vague_quantity(phrase):
    assert [n for n in find_numerals(phrase) if n.kind == "vague"] == []


@pytest.mark.parametrize(("text", "expected"), [  # synthetic
    ("وقتل اثنان من الحوثيين وجرح عدد آخر",
     [("killed", 2), ("injured", None)]),
    ("وأوقع الكمين 3 قتلى وعددا من الجرحى", [("killed", 3), ("injured", None)]),
    ("وعثر على جثث تعود للعديد من المهاجرين الذين لقوا حتفهم", [("killed", None)]),
    ("سقط عدد متزايد من الضحايا في الشوارع", [("killed", None)]),
    ("ناقش المجلس عدد كبير من القضايا", []),
])
def test_vague_quantities_become_claims_with_a_category(text, expected):
    assert [(c.category, c.value) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(("phrase", "texts"), [  # synthetic
    ("أو سفاه رشد بعده، فيصرخ", []),        # بعد + ه "after it": no quantity
    ("أصيب بعدة جروح", ["عدة"]),             # ب + عدة, written with ة
    ("وقتل بعدة غارات عدة مدنيين", ["عدة", "عدة"]),
])
def test_baadahu_is_after_it_not_a_quantity(phrase, texts):
    assert [n.text for n in find_numerals(phrase)] == texts


PERSONS_AFTER = [  # synthetic
    # review_casR finding 8: an -ين/-ون word counts as persons unless non_person.yml lists it
    ("مجموعة من السنين", False),
    ("مجموعة من المدنيين", True),
    ("مجموعة من الفلاحين", True),
    ("مجموعة من الشبان", True),
]


@pytest.mark.parametrize(("text", "expected"), PERSONS_AFTER, ids=[t for t, _ in PERSONS_AFTER])
def test_persons_after_a_listed_thing_in_yin_is_no_persons(text, expected):
    from analysis.casualties.number_clitics import persons_after
    from analysis.text.tokenize import tokenize

    assert persons_after(tokenize(text), 2) is expected
