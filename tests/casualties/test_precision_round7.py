"""Precision classes of the pooled round-6 errors (P, Q with F-O), fixed as
grammar: each a defect with a table of synthetic rows (all # synthetic)."""

import pytest

from analysis.casualties.claims import extract_claims


def _claims(text):
    return [(c.category, c.value) for c in extract_claims(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ('وقتل المئات من "الضبان" المهددة بالانقراض', []),  # synthetic
    ("أسهمت السياسات في مقتل آلاف من الثور البري", []),  # synthetic
    ("قتل آلاف الذئاب في حملة إبادة", []),  # synthetic
    ("نفقت عشرات الأغنام وقتل 3 رعاة", [("killed", 3)]),  # synthetic
])
def test_animals_killed_are_no_casualty_figure(text, expected):
    assert _claims(text) == expected  # decision rule Q6


@pytest.mark.parametrize(("text", "expected"), [
    ("روى أحمد السالم أحد المصابين تفاصيل التفجير", []),  # synthetic
    ("قال أحد الجرحى للصحيفة إن الانفجار كان قويا", []),  # synthetic
    ("أسعفت الفرق أحد المصابين في الحادث", [("injured", 1)]),  # synthetic
    ("نقل أحد المصابين إلى المستشفى", [("injured", 1)]),  # synthetic
])
def test_one_victim_telling_the_story_is_a_witness_not_a_count(text, expected):
    assert _claims(text) == expected  # decision rule H1


@pytest.mark.parametrize(("text", "expected"), [
    ("راح ضحيتها قرابة الـ 15 شهيدا", [("15 شهيدا", "about")]),  # synthetic
    ("قتل نحو الـ 20 شخصا", [("20 شخصا", "about")]),  # synthetic
    ("قتل 5 الـ 15", [("15", "exact")]),  # synthetic: no hedge, no figure of 5 before an article
])
def test_a_hedge_before_an_article_written_apart_hedges_the_number(text, expected):
    assert [(c.text, c.hedge) for c in extract_claims(text)] == expected  # decision rules K6, Q7
