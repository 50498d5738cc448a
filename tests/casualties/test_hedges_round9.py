"""Hedge classes of the round-8 first run (T+U: all five hedge errors were in U), written
as paradigms before the fix: the hedge glued or apart, clitics, digits of each script,
brackets, the figure's noun phrase with a genitive (all rows # synthetic)."""

import pytest

from analysis.casualties.claims import extract_claims


def _hedges(text):
    return sorted((c.category, c.value, c.hedge) for c in extract_claims(text))


# A number written in brackets (news style for figures: مقتل (26) شخصا) keeps the hedge
# before its bracket, as an article written apart does (قرابة الـ 15).
@pytest.mark.parametrize(("text", "expected"), [
    ("كانت الحصيلة مقتل 26 شخصا وأكثر من (160) جريحا", [("injured", 160, "more_than"), ("killed", 26, "exact")]),  # synthetic
    ("أسفر الهجوم عن مقتل نحو (15) شخصا", [("killed", 15, "about")]),  # synthetic
    ("قتل ما لا يقل عن (20) مسلحا في الغارة", [("killed", 20, "at_least")]),  # synthetic
    ("وأصيب أكثر من (١٢٠) مدنيا في القصف", [("injured", 120, "more_than")]),  # synthetic
    ("اعتقلت الشرطة حوالي (30) شخصا", [("detained", 30, "about")]),  # synthetic
    ("قتل (12) شخصا في الغارة", [("killed", 12, "exact")]),  # synthetic: no hedge, none given
    ("قتل (12) شخصا وأصيب (30) آخرون", [("injured", 30, "exact"), ("killed", 12, "exact")]),  # synthetic probe: a bracket alone is no hedge
])
def test_a_hedge_before_a_bracketed_number_qualifies_it(text, expected):
    assert _hedges(text) == expected


# ما لا يقل عن with the negation glued to ما (مالا), with either agreement of the verb.
@pytest.mark.parametrize(("text", "expected"), [
    ("قتل مالا يقل عن 11 حوثيا في الكمين", [("killed", 11, "at_least")]),  # synthetic
    ("ومن جهة أخرى قتل مالا يقل عن 11 حوثيا في كمين", [("killed", 11, "at_least")]),  # synthetic
    ("أصيب مالا يقل عن ٤٠ شخصا", [("injured", 40, "at_least")]),  # synthetic
    ("اعتقلت القوات ما لا تقل عن 30 امرأة", [("detained", 30, "at_least")]),  # synthetic
    ("اعتقلت القوات مالا تقل عن 30 امرأة", [("detained", 30, "at_least")]),  # synthetic
    ("اعتقلت القوات لا تقل عن 30 امرأة", [("detained", 30, "at_least")]),  # synthetic
])
def test_at_least_with_the_negation_glued_to_ma(text, expected):
    assert _hedges(text) == expected


# تخطّى "went past" (every person of the verb, and before عتبة "the threshold") is a
# verb of exceeding like تجاوز: more_than.
@pytest.mark.parametrize(("text", "expected"), [
    ("إن عدد المهاجرين الذين لقوا حتفهم تخطى عتبة الفي قتيل", [("killed", 2000, "more_than")]),  # synthetic
    ("إن عدد الذين لقوا حتفهم تجاوز عتبة 500 قتيل", [("killed", 500, "more_than")]),  # synthetic
    ("وتخطت حصيلة القتلى 100 قتيل", [("killed", 100, "more_than")]),  # synthetic
    ("ارتفع عدد القتلى إلى ما يتخطى 300 شخص", [("killed", 300, "more_than")]),  # synthetic
    ("وقتل في المعارك ما يتخطى 40 مسلحا", [("killed", 40, "more_than")]),  # synthetic
    ("قتل 40 مسلحا بعد أن تخطوا الحدود", [("killed", 40, "exact")]),  # synthetic probe: no number after تخطوا
])
def test_a_verb_of_going_past_is_more_than(text, expected):
    assert _hedges(text) == expected


# على الأقل after a partitive whose noun has a genitive (28 من مسلحي التنظيم على الأقل):
# the hedge follows the whole noun phrase, as after an adjective.
@pytest.mark.parametrize(("text", "expected"), [
    ("ما أدى إلى مقتل 28 من مسلحي التنظيم على الأقل", [("killed", 28, "at_least")]),  # synthetic
    ("قتل 12 من عناصر الشرطة على الأقل في الهجوم", [("killed", 12, "at_least")]),  # synthetic
    ("وأصيب ١٥ من أفراد الأمن على الاقل", [("injured", 15, "at_least")]),  # synthetic
    ("قتل 28 من مسلحي التنظيم تقريبا", [("killed", 28, "about")]),  # synthetic
    ("قتل 28 من مسلحي التنظيم، على الأقل 3 منهم من القادة", [("killed", 3, "at_least"), ("killed", 28, "exact")]),  # synthetic probe: a preposed hedge of the next figure
    ("قتل 28 من مسلحي التنظيم في الغارة على الأقل", [("killed", 28, "exact")]),  # synthetic probe: a clause adverb after a PP, left as coded (exact)
])
def test_at_least_after_a_partitive_with_a_genitive(text, expected):
    assert _hedges(text) == expected


# The preposition ل of the end reached on the first word of the hedge (وصل عددهم لأكثر من),
# as و and ب already are.
@pytest.mark.parametrize(("text", "expected"), [
    ("بعد أن وصل عدد القتلى لأكثر من 2000 شخص", [("killed", 2000, "more_than")]),  # synthetic
    ("ارتفعت حصيلة القتلى لأكثر من 300 قتيل", [("killed", 300, "more_than")]),  # synthetic
    ("ارتفعت حصيلة الجرحى لما يزيد على ٤٠ جريحا", [("injured", 40, "more_than")]),  # synthetic
    ("ارتفع عدد القتلى إلى 300 شخص", [("killed", 300, "exact")]),  # synthetic probe: no hedge
])
def test_a_hedge_after_the_preposition_la(text, expected):
    assert _hedges(text) == expected
