"""Coordination (casualties/coordination.py): a و-figure joined to the figure before it, table-driven synthetic cases."""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims


def found(text):
    return [(c.category, c.value, c.parent) for c in extract_claims(text)]


PAST_THE_FIRST_PARTS_PHRASE = [  # synthetic
    # the first conjunct's own phrase stands between it and the و-figure: its verb or relative
    # clause, a cause, place or time phrase (a preposition and its nouns), an adverb
    ("بلغت الحصيلة 11 قتيلا، بينهم ستة شرطيين سقطوا عند الحاجز وثلاثة من المارة",
     [("killed", 11, None), ("killed", 6, 0), ("killed", 3, 0)]),
    ("قتل 9 أشخاص بينهم 5 جنود في القصف، وأربعة من عمال الإغاثة",
     [("killed", 9, None), ("killed", 5, 0), ("killed", 4, 0)]),
    ("لقي 15 شخصا حتفهم في القاهرة و4 في مرسى مطروح و2 في محافظة قنا",
     [("killed", 15, None), ("killed", 4, None), ("killed", 2, None)]),
    ("أصيب 7 مدنيين جراء القصف المدفعي على الحي و3 من عناصر الدفاع المدني",
     [("injured", 7, None), ("injured", 3, None)]),
    ("اعتقلت الشرطة 12 شخصا خلال المداهمات التي نفذتها أمس و٥ نساء", [("detained", 12, None), ("detained", 5, None)]),
    ("قتل 5 جنود في الهجوم الذي وقع فجر اليوم وثلاثة مدنيين", [("killed", 5, None), ("killed", 3, None)]),
    ("ولا يزالون يحتجزون 20 رهينة، 12 لدى الفصيل الأول وثمانية لدى الفصيل الثاني",
     [("kidnapped", 20, None), ("kidnapped", 12, 0), ("kidnapped", 8, 0)]),
    # a bracketed gloss of the first conjunct (miss finder, fresh text)
    ("قتل 11 من تنظيم الدولة (داعش) و11 مدنيا في الهجمات", [("killed", 11, None), ("killed", 11, None)]),
    ("قتل 9 من عناصر الحزب (المحظور) و4 جنود", [("killed", 9, None), ("killed", 4, None)]),
    # the figure's own brackets are no gloss (S #2847: و( 8 ) رشاشات after a count of pistols)
    ("ضبطت الدوريات 10 بنادق و( 8 ) رشاشات", []),
    # a number, a clause conjunction or another event word in between: no coordination
    ("أصيب 5 جنود في الهجوم عندما كانوا يحرسون مبنى يضم 200 موظف و30 زائرا", [("injured", 5, None)]),
    ("اعتقلت الشرطة 12 شخصا في المدينة التي يسكنها 3 ملايين نسمة و400 ألف عامل", [("detained", 12, None)]),
    ("قتل 5 جنود في الهجوم بينما استقبلت المدينة وفدا و30 زائرا", [("killed", 5, None)]),
    # defects of the first draft on A-S (H #580, K #1036, L #1228): an existential هناك, a
    # preposition of sequence before a masdar, a conjunct masdar of its own
    ("ولا يزال هناك أربع رهائن محتجزون حاليا في العاصمة وهناك واحد مفقود", [("kidnapped", 4, None)]),
    ("أعلنت الوزارة القبض على 5 من مواطنيها، بعد إحباط عملية تهريب مواد متفجرة، وعدد من الأسلحة",
     [("detained", 5, None)]),
    ("أسفرت الغارات عن قتل 29 من عناصر التنظيم وتدمير موقعين وتسعة مخابئ", [("killed", 29, None)]),
]


@pytest.mark.parametrize(("text", "expected"), PAST_THE_FIRST_PARTS_PHRASE, ids=[t for t, _ in PAST_THE_FIRST_PARTS_PHRASE])
def test_a_wa_figure_past_the_first_conjuncts_own_phrase_is_coordinated(text, expected):
    assert found(text) == expected


def test_the_parts_of_a_held_subset_do_not_take_the_killed_category():
    # audit defect: "قتل الخاطفون أربعة من الرهائن ولا يزالون يحتفظون بـ25 منهم، 16 لدى … وتسعة لدى …"
    # gave killed 25, 16 and (once coordination reached past لدى) 9: the held part is the object of
    # another verb, no part of the killed (the hostages' own noun makes it kidnapped)
    text = "وقتل الخاطفون أربعة من الرهائن ولا يزالون يحتفظون بـ25 منهم، 16 لدى الفصيل الأول وتسعة لدى الفصيل الثاني"  # synthetic
    assert found(text) == [("killed", 4, None), ("kidnapped", 25, None), ("kidnapped", 16, 1), ("kidnapped", 9, 1)]
    assert found("قتل 10 أشخاص وأصيب 4 منهم") == [("killed", 10, None), ("injured", 4, 0)]  # synthetic
