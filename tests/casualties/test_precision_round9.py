"""Precision classes of the round-8 first run (T+U), written as paradigms before the
fix: the referring noun in every clitic form, kin and belongings, the family-size
phrase with digits, number words and duals, and probes where a rule could misfire
(all rows # synthetic)."""

import pytest

from analysis.casualties.claims import extract_claims


def _claims(text):
    return sorted((c.category, c.value) for c in extract_claims(text))


# أحد + a victim noun as the genitive of a relative or of a belonging names a person
# already known (the brother of one of the martyrs, the boat of one of the missing),
# not a count (decision rules 2 and H1, as أرملة أحد الشهداء).
@pytest.mark.parametrize(("text", "expected"), [
    ("التقطت العدسات صورة لشقيق أحد الشهداء وهو يرتمي أرضا", []),  # synthetic
    ("حضر شقيق أحد الشهداء الحفل", []),  # synthetic
    ("التقى الأمير بشقيقة إحدى الضحايا", []),  # synthetic
    ("وتحدث أخو أحد المصابين للصحيفة", []),  # synthetic
    ("قال نجل أحد المفقودين إن والده خرج ولم يعد", []),  # synthetic
    ("واستقبل زملاء أحد الجرحى في المستشفى", []),  # synthetic
    ("كانوا على متن قارب أحد المفقودين", []),  # synthetic
    ("استهدفت الغارة منزل أحد القتلى", []),  # synthetic
    ("وعثرت الشرطة على سيارة أحد المختطفين", []),  # synthetic
    ("وقتل أحد الجنود في الهجوم", [("killed", 1)]),  # synthetic probe: an event word, no head
    ("أسفر الهجوم عن مقتل 3 مدنيين بينهم شقيق أحد الشهداء", [("killed", 3)]),  # synthetic probe: the other figure stays
    ("وأصيب أحد المارة بجروح", [("injured", 1)]),  # synthetic probe
    ("أكد مصدر أن أحد المصابين توفي", [("killed", 1)]),  # synthetic probe: no head before أحد
])
def test_one_of_the_victims_after_a_relative_or_a_belonging_is_no_count(text, expected):
    assert _claims(text) == expected


# A parent "of N children" (أم لثلاثة أطفال، أب لخمسة أبناء) describes a family, not victims.
@pytest.mark.parametrize(("text", "expected"), [
    ("قتلت مقيمة أمريكية وأم لثلاثة أطفال في مجمع تجاري", []),  # synthetic
    ("قتلت امرأة أم لطفلين في القصف", []),  # synthetic
    ("قتل رجل أب لخمسة أطفال في الغارة", []),  # synthetic
    ("قتل مواطن وهو أب لـ4 أطفال", []),  # synthetic
    ("استشهد الشاب وهو والد لسبعة أبناء", []),  # synthetic
    ("كانت الضحية أما لثلاثة أطفال", []),  # synthetic
    ("قتل 3 أطفال وأمهم في القصف", [("killed", 3)]),  # synthetic probe: the children are victims
    ("قتل 5 أطفال وأصيب ثلاثة آخرون", [("injured", 3), ("killed", 5)]),  # synthetic probe
    ("أدى القصف لمقتل ثلاثة أطفال", [("killed", 3)]),  # synthetic probe: ل of a result, no parent
])
def test_a_parent_of_n_children_is_no_victim_count(text, expected):
    assert _claims(text) == expected

