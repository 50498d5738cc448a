"""Parts of a figure (casualties/parts.py): breakdowns and subset lists, table-driven synthetic cases."""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims


def found(text):
    return [(c.text, c.category, c.value, c.parent) for c in extract_claims(text)]


PARTS = [  # synthetic
    # an apposition after a comma or a dash: the parts of the total just given
    ("أصيب ثلاثة، ضابطان وجندي، في انفجار عبوة",
     [("ثلاثة", "injured", 3, None), ("ضابطان", "injured", 2, 0)]),
    ("قال إن 17 شخصا قتلوا، 12 جنديا وخمسة من الطاقم",
     [("17 شخصا", "killed", 17, None), ("12 جنديا", "killed", 12, 0),
      ("خمسة من الطاقم", "killed", 5, 0)]),
    ("أسفرت المعارك عن سقوط 28 قتيلا - 17 متمردا و11 عنصرا من المقاومة - وعشرات الجرحى",
     [("28 قتيلا", "killed", 28, None), ("17 متمردا", "killed", 17, 0),
      ("11 عنصرا", "killed", 11, 0), ("عشرات الجرحى", "injured", None, None)]),
    ("مقتل 15 شخصا على الأقل، 4 أطفال", [("15 شخصا", "killed", 15, None), ("4 أطفال", "killed", 4, 0)]),
    # a part is smaller than the whole: a larger figure after a comma is no part
    ("قتل 5 جنود، 300 منزل دمرت", [("5 جنود", "killed", 5, None)]),
    ("أصيب ثلاثة، 20 عاما", [("ثلاثة", "injured", 3, None)]),
    # an elliptical breakdown by place after the whole's adverbials and a comma (casR2)
    ("ذكر مسؤولون أن أربعة مدنيين قتلوا بنيران القصف يومي الأربعاء والخميس، واحد في المدينة وثلاثة في القرية",
     [("أربعة مدنيين", "killed", 4, None), ("واحد", "killed", 1, 0), ("ثلاثة", "killed", 3, 0)]),
    ("أصيب ستة جنود في الهجوم أمس، اثنان في القاعدة وأربعة عند الحاجز",
     [("ستة جنود", "injured", 6, None), ("اثنان", "injured", 2, 0), ("أربعة", "injured", 4, 0)]),
    # not after a clause of its own, nor a number with a noun, nor one above the whole
    ("قتل أربعة مدنيين في القصف، ثم قال إن ثلاثة في المدينة", [("أربعة مدنيين", "killed", 4, None)]),
    ("قتل أربعة مدنيين في القصف أمس، ثلاثة أيام بعد الهدنة", [("أربعة مدنيين", "killed", 4, None)]),
    ("قتل أربعة مدنيين في القصف أمس، عشرة في المدينة", [("أربعة مدنيين", "killed", 4, None)]),
    # a later conjunct of a subset list whose first conjuncts are no figures
    ("أدى القصف إلى مقتل 9 أشخاص بينهم رئيس البلدية وخمسة أطفال وامرأة واحدة",
     [("9 أشخاص", "killed", 9, None), ("خمسة أطفال", "killed", 5, 0), ("امرأة واحدة", "killed", 1, 0)]),
    ("مقتل 15 شخصا على الأقل في الهجوم من بينهم نساء وأطفال وجندي أفغاني واحد على الأقل",
     [("15 شخصا", "killed", 15, None), ("جندي أفغاني واحد", "killed", 1, 0)]),
    ("إصابة عدد من المصلين بحالات اختناق بينهم مدير المسجد الشيخ فلان، وعدد من الحراس",
     [("عدد من المصلين", "injured", None, None), ("عدد من الحراس", "injured", None, 0)]),
    ("قال إن القتلى هم سيدة وطفلتها وطفلان", [("طفلان", "killed", 2, None)]),
    # no marker, or an event word in the list: not a listed part
    ("مقتل 9 أشخاص في القرية ودمار خمسة منازل", [("9 أشخاص", "killed", 9, None)]),
    ("مقتل 9 أشخاص بينهم رئيس البلدية الذي زار خمسة مساجد", [("9 أشخاص", "killed", 9, None)]),
]


@pytest.mark.parametrize("text,expected", PARTS)
def test_parts_of_a_figure_take_its_category(text, expected):
    assert found(text) == expected


def test_listed_part_stops_at_a_clause_conjunction():
    # "بينما" opens a new clause: the figure after it is not in the list
    assert found("مقتل 9 أشخاص بينهم رئيس البلدية بينما وصل خمسة صحفيين") == [("9 أشخاص", "killed", 9, None)]


@pytest.mark.parametrize(("text", "expected"), [  # synthetic
    # one of the group with an event word of its own (decision rule H2)
    ("نقل مصابان إلى المستشفى حيث توفي أحدهما",
     [("مصابان", "injured", 2, None), ("أحدهما", "killed", 1, None)]),
    ("أخرج المسعفون جريحين وتوفي أحدهما",
     [("جريحين", "injured", 2, None), ("أحدهما", "killed", 1, None)]),
    ("اختطف المسلحون خمسة عمال ثم أحدهم قتل", [("خمسة عمال", "kidnapped", 5, None), ("أحدهم", "killed", 1, None)]),
    # one that only identifies a counted person, or a speaker, is no figure
    ("قتل ثلاثة أحدهم طفل", [("ثلاثة", "killed", 3, None)]),
    ("أصيب شخصان أحدهما أجنبي", [("شخصان", "injured", 2, None)]),
    ("وقال أحدهم للصحيفة إن الوضع صعب", []),
])
def test_one_of_them_with_an_event_of_its_own(text, expected):
    assert found(text) == expected


def test_elliptical_parts_after_the_wholes_adverbials_are_found():
    # defect (P #3, #168, #249): "قتلوا بنيران … الأربعاء والخميس، واحد في … وثلاثة بالقرب" lost both parts
    text = "قالوا إن أربعة مدنيين قتلوا بنيران هندية الخميس، واحد في الإقليم وثلاثة بالقرب من بلدة"  # synthetic
    assert [(c.value, c.category) for c in extract_claims(text)] == [(4, "killed"), (1, "killed"), (3, "killed")]


PARTITIVE_BETWEEN = [  # synthetic
    # a bare بين (no من) before a definite victims' noun: the fronted predicate "among the dead"
    # (after أن/إن, كان, و or at the clause's start), or after the figure phrase
    ("وأشار إلى أن بين القتلى طفلين", [("طفلين", "killed", 2, None)]),
    ("وكان بين القتلى ثلاثة أطفال", [("ثلاثة أطفال", "killed", 3, None)]),
    ("وبين القتلى ثلاثة أطفال", [("ثلاثة أطفال", "killed", 3, None)]),
    ("قتل 12 شخصا وبين القتلى ثلاثة أطفال", [("12 شخصا", "killed", 12, None), ("ثلاثة أطفال", "killed", 3, 0)]),
    ("واضاف ان بين القتلى «خمسة من القوات المالية وخمسة ارهابيين»",
     [("خمسة من القوات", "killed", 5, None), ("خمسة ارهابيين", "killed", 5, None)]),
    ("وأضاف أن بين المعتقلين ٤ نساء", [("٤ نساء", "detained", 4, None)]),
    ("وأكد أن بين الجرحى 7 من رجال الأمن", [("7 من رجال", "injured", 7, None)]),
    ("واشارت الوزارة الى وجود طفلين بين الضحايا", [("طفلين", "killed", 2, None)]),
    ("وقال إن خمسة أطفال بين القتلى", [("خمسة أطفال", "killed", 5, None)]),
    ("وأكد أن 3 نساء بين المعتقلين", [("3 نساء", "detained", 3, None)]),
    # بين of a place or a pair, or no victims' noun after it
    ("وزعت المنظمة 500 سلة غذائية بين النازحين", []),
    ("وقعت اشتباكات بين المسلحين 3 ساعات", []),
    ("وتنقل 5 أطفال بين المدن", []),
]


@pytest.mark.parametrize(("text", "expected"), PARTITIVE_BETWEEN, ids=[t for t, _ in PARTITIVE_BETWEEN])
def test_a_bare_bayna_before_or_after_the_figure_is_a_partitive_of_the_victims(text, expected):
    assert found(text) == expected


PARENTHESISED_BREAKDOWNS = [  # synthetic
    # the parts of a figure in parentheses right after it: like an apposition after a comma
    ("مقتل 2251 فلسطينيا، منهم 1462 مدنيا (299 امرأة و551 طفلا)",
     [("2251 فلسطينيا", "killed", 2251, None), ("1462 مدنيا", "killed", 1462, 0),
      ("299 امرأة", "killed", 299, 1), ("551 طفلا", "killed", 551, 1)]),
    ("أسفر القصف عن مقتل 30 شخصا (20 مدنيا و10 جنود)",
     [("30 شخصا", "killed", 30, None), ("20 مدنيا", "killed", 20, 0), ("10 جنود", "killed", 10, 0)]),
    ("وهويات الشهداء الـ15 (11 رجل أمن، وأربعة من عمالة الموقع)",
     [("الشهداء الـ15", "killed", 15, None), ("11 رجل", "killed", 11, 0), ("أربعة من عمالة", "killed", 4, 0)]),
    ("اعتقلت الشرطة 40 شخصا (بينهم 6 نساء)",
     [("40 شخصا", "detained", 40, None), ("6 نساء", "detained", 6, 0)]),
    # no part: a distance, a larger number
    ("قتل 5 جنود (300 كيلومتر شمال العاصمة)", [("5 جنود", "killed", 5, None)]),
    ("قتل 5 جنود (12 شخصا حسب مصادر أخرى)", [("5 جنود", "killed", 5, None)]),
]


@pytest.mark.parametrize(("text", "expected"), PARENTHESISED_BREAKDOWNS, ids=[t for t, _ in PARENTHESISED_BREAKDOWNS])
def test_the_parts_of_a_figure_in_parentheses_after_it(text, expected):
    assert found(text) == expected
