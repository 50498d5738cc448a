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


OWN_PREDICATE = [  # synthetic
    # review F7/F6: a و-figure followed by a predicate of its own (a verb, a participle, a state
    # phrase) is a clause of its own, no conjunct of the figure before
    ("قتل 5 أشخاص في الهجوم و3 آخرون نجوا بأعجوبة", [("killed", 5, None)]),
    ("قتل 5 أشخاص في الهجوم و20 آخرون ما زالوا محاصرين", [("killed", 5, None)]),
    ("قتل 5 أشخاص في الهجوم و20 آخرون محاصرون", [("killed", 5, None)]),
    ("أصيب 5 أشخاص في الحادث و3 آخرون نجوا", [("injured", 5, None)]),
    ("قتل 5 أشخاص في الهجوم و3 آخرون بحالة خطرة", [("killed", 5, None)]),
    ("قتل 5 أشخاص في الهجوم و3 آخرون في حالة حرجة", [("killed", 5, None)]),
    ("اعتقلت الشرطة 10 أشخاص في المدينة و3 تمكنوا من الفرار", [("detained", 10, None)]),
    ("قتل 15 شخصا في القاهرة و4 نجوا من الهجوم", [("killed", 15, None)]),
    # still conjuncts: a phrase, a nisba adjective, nothing after them
    ("قتل 5 جنود و3 مدنيين في المدينة", [("killed", 5, None), ("killed", 3, None)]),
    ("قتل 5 جنود و12 جنديا عراقيا", [("killed", 5, None), ("killed", 12, None)]),
    ("أصيب 5 جنود و3 آخرين بجروح", [("injured", 5, None), ("injured", 3, None)]),
    # first-draft defects on A-S (H #508, I #693): a singular آخر after 11 and up, a partitive's genitives
    ("قتل 4 ضباط آخرين برتب عميد وعقيد، و12 عنصرا آخر من قوات النظام", [("killed", 4, None), ("killed", 12, None)]),
    ("قتل فيها 241 أميركيا و58 من قوات حفظ السلام الفرنسية", [("killed", 241, None), ("killed", 58, None)]),
    ("أدت إلى إصابة اثنين من الضباط وأحد المجندين ضمن الحملة", [("injured", 2, None), ("injured", 1, None)]),
]


@pytest.mark.parametrize(("text", "expected"), OWN_PREDICATE, ids=[t for t, _ in OWN_PREDICATE])
def test_a_wa_figure_with_a_predicate_of_its_own_is_no_conjunct(text, expected):
    assert found(text) == expected


COMPANIONS_AFTER_A_NAMED_VICTIM = [  # synthetic
    # N من + a noun with a pronoun suffix (his companions, guards, friends: the named person's own
    # people) joined by و to a named or modified singular victim of the same event word: the
    # event word governs both conjuncts; only the numbered one is a figure (decision rule 4)
    ("قتل القيادي أبو كهلان الحوثي و20 من مرافقيه", [("killed", 20)]),
    ("أسفرت الغارة عن مقتل القيادي الميداني أبو سالم وستة من مرافقيه", [("killed", 6)]),
    ("قتل رئيس البلدية السابق وثلاثة من حراسه في الكمين", [("killed", 3)]),
    ("وتم اعتقال المخرج وزوجته وابنته و15 من أصدقائه", [("detained", 15)]),
    ("واختطف المسلحون رجل الأعمال المعروف و٤ من أقاربه", [("kidnapped", 4)]),
    ("وأصيب قائد الشرطة المحلية واثنان من مساعديه", [("injured", 2)]),
    ("اعتقلت الشرطة زعيم العصابة و7 من أفرادها", [("detained", 7)]),
    # no people, another event word or a clause between: no figure
    ("قتل القيادي أبو سالم بعد أن فر و3 من مرافقيه", []),
    ("وصل القيادي أبو سالم و20 من مرافقيه إلى المدينة", []),
]


@pytest.mark.parametrize(("text", "expected"), COMPANIONS_AFTER_A_NAMED_VICTIM,
                         ids=[t for t, _ in COMPANIONS_AFTER_A_NAMED_VICTIM])
def test_companions_after_a_named_singular_victim_share_its_event_word(text, expected):
    assert [(c.category, c.value) for c in extract_claims(text)] == expected


LATER_PARTS_PAST_A_CAUSE_PHRASE = [  # synthetic
    # a part of a breakdown (N منهم / منهم N) with its own cause phrase (ب + masdar), a comma, and
    # the next part: each part is a figure of the total's category
    ("قتل 23 شخصا، 17 منهم بسقوط مروحية، وستة آخرون في هجوم انتحاري", [("killed", 23), ("killed", 17), ("killed", 6)]),
    ("قتل 23 شخصا، 17 منهم بسقوط مروحية وستة آخرون في هجوم انتحاري", [("killed", 23), ("killed", 17), ("killed", 6)]),
    ("أصيب 30 شخصا، 20 منهم بانفجار العبوة، و10 آخرين في الاشتباكات", [("injured", 30), ("injured", 20), ("injured", 10)]),
    ("قتل 23 شخصا، منهم 17 بسقوط مروحية، وستة آخرون في هجوم انتحاري", [("killed", 23), ("killed", 17), ("killed", 6)]),
    # things after the part stay out
    ("قتل 23 شخصا، 17 منهم بسقوط مروحية، و3 منازل في القصف", [("killed", 23), ("killed", 17)]),
]


@pytest.mark.parametrize(("text", "expected"), LATER_PARTS_PAST_A_CAUSE_PHRASE,
                         ids=[t for t, _ in LATER_PARTS_PAST_A_CAUSE_PHRASE])
def test_a_later_part_follows_a_part_with_its_own_cause_phrase(text, expected):
    assert [(c.category, c.value) for c in extract_claims(text)] == expected
