"""Hedges, ranges and bounds (casualties/hedges.py)."""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims
from analysis.casualties.hedges import bounds


@pytest.mark.parametrize(("hedge", "value", "high", "strict", "expected"), [
    ("exact", 5, None, False, (5, 5)),
    ("at_least", 5, None, False, (5, None)),
    ("more_than", 200, None, False, (201, None)),
    ("about", 5, None, False, (None, None)),
    ("up_to", 50, None, False, (None, 50)),
    ("up_to", 50, None, True, (None, 49)),
    ("range", 30, 40, False, (30, 40)),
    ("vague", None, None, False, (None, None)),
])
def test_bounds(hedge, value, high, strict, expected):
    assert bounds(hedge, value, high, strict_below=strict) == expected


@pytest.mark.parametrize(("text", "hedge", "low", "high"), [  # synthetic
    ("قتل ما لا يقل عن 5 جنود", "at_least", 5, None),
    ("قتل 5 جنود على الأقل", "at_least", 5, None),
    ("قتل أكثر من 200 جندي", "more_than", 201, None),
    ("قتل ما يتجاوز 200 جندي", "more_than", 201, None),
    ("قتل أزيد من 200 جندي", "more_than", 201, None),
    ("قتل نحو 200 جندي", "about", None, None),
    ("قتل في حدود 200 جندي", "about", None, None),
    ("قتل أقل من 200 جندي", "up_to", None, 199),
    ("قتل ما يصل إلى 200 جندي", "up_to", None, 200),
    ("قتل بين 30 و40 جنديا", "range", 30, 40),
    ("قتل من 30 إلى 40 جنديا", "range", 30, 40),
    ("قتل 30-40 جنديا", "range", 30, 40),
    ("قتل عشرات الجنود", "vague", None, None),
])
def test_hedges(text, hedge, low, high):
    (c,) = extract_claims(text)
    assert (c.hedge, c.low, c.high) == (hedge, low, high)


def test_years_glued_by_a_hyphen_are_no_range():
    assert [c.hedge for c in extract_claims("قتل 2014-2015 جنديا")] != ["range"]  # synthetic


@pytest.mark.parametrize("text", [  # synthetic
    "زاد عدد القتلى منذ بداية العام من 75 قتيلا إلى 126 قتيلا",
    "ارتفعت الحصيلة من 5 قتلى إلى 9 قتلى",
])
def test_a_change_with_the_noun_after_each_count_claims_only_the_new_count(text):
    claims = extract_claims(text)
    assert [c.value for c in claims] == [int(text.split()[-2])]


@pytest.mark.parametrize("text", [  # synthetic
    "وإن عدد النازحين تجاوز 300 ألف نازح",
    "نزوح ما فاق 300 ألف شخص",
])
def test_the_perfect_of_exceeding_is_more_than(text):
    (c,) = extract_claims(text)
    assert (c.hedge, c.low) == ("more_than", 300001)


@pytest.mark.parametrize(("text", "hedge"), [  # synthetic
    ("وتجاوز عدد القتلى 100 شخص", "more_than"),
    ("وبلغ عدد القتلى 100 شخص", "exact"),
    # the hedge before عددهم, its preposition after it
    ("وكان ضحاياه يزيد عددهم على 300 شخص", "more_than"),
    ("والنازحون الذين يتجاوز عددهم 300 شخص", "more_than"),
    ("والنازحون الذين يناهز عددهم 300 شخص", "about"),
    ("والنازحون الذين بلغ عددهم 300 شخص", "exact"),
])
def test_a_hedge_before_the_toll_qualifies_its_value(text, hedge):
    (c,) = extract_claims(text)
    assert c.hedge == hedge


# a hedge after the figure past a bracket, a comma aside, منهم, or a broken-plural adjective (casP3, stop 13)
@pytest.mark.parametrize(("text", "hedge"), [
    ("قتل 20 مسلحا (على الأقل) في الغارة", "at_least"),  # synthetic
    ("وأسفر الانفجار عن مقتل 5 أشخاص، على الأقل، وإصابة آخرين", "at_least"),  # synthetic
    ("أسفرت الغارة عن مقتل 12 منهم على الأقل", "at_least"),  # synthetic
    ("قتل أربعة جنود أفغان على الأقل في الغارة", "at_least"),  # synthetic
    ("قتل 5 جنود، على الأقل 3 منهم ضباط", "exact"),  # synthetic: the hedge of the next figure
    ("اعتقلت الشرطة ستة مواطنين فلسطينيين (على الاقل)", "at_least"),  # synthetic: adjective, then bracket
])
def test_a_hedge_after_a_bracket_a_comma_minhum_or_an_adjective(text, hedge):
    from analysis.casualties.claims import extract_claims
    assert extract_claims(text)[0].hedge == hedge
