"""Trigger grammar after the figure (casualties/triggers_after.py): table-driven synthetic cases."""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims


def found(text):
    return [(c.category, c.value, c.hedge) for c in extract_claims(text)]


AFTER = [  # synthetic
    # a verb of losing: with an object it says what was lost
    ("إن 300 ألف شخص فقدوا وظائفهم", []),
    ("إن 12 شخصا فقدوا حياتهم في الفيضان", [("killed", 12, "exact")]),
    ("إن 15 صيادا فقدوا في البحر", [("missing", 15, "exact")]),
    # a singular verb right after a plural subject
    ("إن 1200 شخصا قتل خلال الهجوم", [("killed", 1200, "exact")]),
    ("إن 40 مدنيا اصيب في القصف", [("injured", 40, "exact")]),
    ("ارتكب 3 جرائم قتل", []),
    # an indefinite participle or adjective after the counted noun
    ("شاهدت خمسة أشخاص آخرين مصابين بجروح", [("injured", 5, "exact")]),
    ("مقابل إطلاق أربعة جنود مخطوفين منذ عام", [("kidnapped", 4, "exact")]),
    ("عثر على ستة أشخاص قتلى في المنزل", [("killed", 6, "exact")]),
    # a dual verb agrees with a figure of two over a relative clause
    ("أن اثنين من المهاجمين الذين شاركوا في الهجوم على مركز الحراسة في المدينة لقيا حتفهما",
     [("killed", 2, "exact")]),
    ("أن اثنين من المطلوبين السابقين أوقفا في العاصمة", [("detained", 2, "exact")]),
    ("أن ثلاثة من المهاجمين الذين شاركوا في الهجوم على مركز الحراسة في المدينة لقيا حتفهما", []),
    # an event word with a pronoun in a relative clause after the figure
    ("شاهدت عددا من الشبان الذين تم اختطافهم من الشوارع", [("kidnapped", None, "vague")]),
    ("أفرج عن 20 معتقلا الذين اعتقلتهم القوات", [("detained", 20, "exact")]),
    ("رأيت 5 رجال الذين شاركوا في الحفل", []),
    # a subset aside closed by a comma before the verb
    ("أن ثلاثة جنود بينهما اثنان من الشرطة العسكرية، قتلوا أمس",
     [("killed", 3, "exact"), ("killed", 2, "exact")]),
    # two verbs of the same subject: killed and injured, one joint figure
    ("أن عشرات المدنيين قتلوا وجرحوا في الغارات", [("killed_or_injured", None, "vague")]),
    ("إن 5 جنود قتلوا وأصيب 3 آخرون", [("killed", 5, "exact"), ("injured", 3, "exact")]),
    # people counted in a prison are detained (decision rule 9)
    ("طالبت بالإفراج عن خمس نساء في السجون", [("detained", 5, "exact")]),
    ("نقل 20 شخصا في سيارات", []),
    # a purpose masdar after a genitive of the counted noun (round 3)
    ("تعرض 6 من عناصر الشرطة للإصابة", [("injured", 6, "exact")]),
    ("تعرض عدد من أبناء القرية للاعتقال", [("detained", None, "vague")]),
    ("اضطر آلاف من سكان المدينة الشرقية للنزوح", [("displaced", None, "vague")]),
    ("وصل 20 من أبناء القرية للمشاركة", []),
]


@pytest.mark.parametrize(("text", "expected"), AFTER, ids=[t for t, _ in AFTER])
def test_trigger_after_the_figure(text, expected):
    assert found(text) == expected


DEFINITE_ADJECTIVES = [  # synthetic
    # a definite figure takes a definite participle as its adjective
    ("ونقل الشرطيان المصابان إلى المستشفى", [("injured", 2, "exact")]),
    ("قال الطبيب إن المجندين الـ16 المصابين حالتهم مستقرة", [("injured", 16, "exact")]),
    ("وصل الصيادون السبعة المفقودون إلى الميناء", [("missing", 7, "exact")]),
    # an indefinite figure does not take a definite word after it (a new noun phrase)
    ("التقى 5 أطباء المصابين في المستشفى", []),
    # a definite figure with no event word stays no figure
    ("وصل الصيادون السبعة إلى الميناء", []),
]


@pytest.mark.parametrize("text,expected", DEFINITE_ADJECTIVES)
def test_a_definite_figure_takes_its_definite_participle(text, expected):
    assert found(text) == expected


PASSIVE = [  # synthetic
    # the periphrastic passive right after the figure, its pronoun agreeing with the figure
    ("وكشف المدير أن أربعة أشخاص تم القبض عليهم أمس", [("detained", 4, "exact")]),
    ("وقالت إن 500 طفل يتم اعتقالهم كل عام", [("detained", 500, "exact")]),
    ("وأكد أن 12 صحفيا جرى اختطافهم في المدينة", [("kidnapped", 12, "exact")]),
    # a singular pronoun refers to someone else
    ("وكانت السيدة وهي أم لخمسة أبناء قد تم اعتقالها", []),
    # no event word: nothing
    ("وأضاف أن 5 أشخاص تم إنقاذهم", []),
]


@pytest.mark.parametrize("text,expected", PASSIVE)
def test_periphrastic_passive_after_the_figure(text, expected):
    assert found(text) == expected


BREAKDOWN_ASIDES = [  # synthetic
    # a breakdown after هم between the total and its verb is an aside, with its و-conjuncts
    ("وكان 17 شخصا هم 12 جنديا وطاقم من خمسة أفراد قتلوا في الحادث",
     [("killed", 17, "exact"), ("killed", 12, "exact"), ("killed", 5, "exact")]),
    ("أن 9 أشخاص هم 5 مدنيين و4 جنود أصيبوا في الانفجار",
     [("injured", 9, "exact"), ("injured", 5, "exact"), ("injured", 4, "exact")]),
    # without a verb after the breakdown there is none to share
    ("وكان 17 شخصا هم 12 جنديا وخمسة أفراد في الطائرة", []),
]


@pytest.mark.parametrize("text,expected", BREAKDOWN_ASIDES)
def test_a_breakdown_after_hum_is_an_aside(text, expected):
    assert found(text) == expected


def category_values(text):
    return [(c.category, c.value) for c in extract_claims(text)]


STATUS_ADJECTIVES = [  # synthetic
    # a status participle after the counted noun names its category, in every gender and number
    ("عثرت الشرطة على 60 سيدة مخطوفة", [("kidnapped", 60)]),
    ("أفرجت السلطات عن 12 امرأة معتقلة", [("detained", 12)]),
    ("بينهم سعوديان معتقلان في بلادهما", [("detained", 2)]),
    # after a nisba noun of persons (not in the victim lists) in the plural
    ("طالبت المنظمة بإطلاق سراح عشرات الآلاف من السوريين المعتقلين", [("detained", None)]),
    ("وصل الآلاف من العراقيين مشردون", [("displaced", None)]),
    # the captives' own word decides between the held categories (decision rule 9)
    ("ولا يزال هناك أربع رهائن محتجزون في المدينة", [("kidnapped", 4)]),
    ("نقل 30 أسيرا مخطوفين إلى سجن آخر", [("detained", 30)]),
    # a sound plural of things is no person noun
    ("وقعت الحكومة 3 قوانين معتقلة", []),
]


@pytest.mark.parametrize(("text", "expected"), STATUS_ADJECTIVES, ids=[t for t, _ in STATUS_ADJECTIVES])
def test_a_status_participle_after_the_noun_names_the_category(text, expected):
    assert category_values(text) == expected


def test_a_held_participle_does_not_override_the_hostages_own_word():
    assert category_values("ولا يزال 4 رهائن محتجزين لدى الخاطفين") == [("kidnapped", 4)]  # synthetic


def test_a_digit_glued_to_waw_is_no_definite_person_before_a_prison():
    # و10 في سجن: the ال12 test of a definite count read the digit after و
    assert category_values("يواصل 120 أسيرا في أقسام 1 و4 و10 في سجن المدينة") == [("detained", 120)]  # synthetic


RESUMED_EVENTS = [  # synthetic
    # a later event of another category told of the same people by a pronoun: one claim each (H5, L7)
    ("قام المسلحون بخطف ثلاثة من البدو وقتلهم", [("killed", 3), ("kidnapped", 3)]),
    ("أعدم التنظيم 11 شابا بعد اختطافهم", [("kidnapped", 11), ("killed", 11)]),
    ("أصيب أربعة من الحراس بجروح وتم اعتقالهم", [("detained", 4), ("injured", 4)]),
    ("خطف المسلحون خمسة من الرعاة وقتلوهم", [("killed", 5), ("kidnapped", 5)]),
    # the same category, an act that is no casualty event, a singular, another clause: no second claim
    ("أفرجت السلطات عن 5 أسرى بعد اعتقالهم لمدة عام", [("detained", 5)]),
    ("قتل 5 أشخاص ونقلهم إلى المستشفى", [("killed", 5)]),
    ("خطف مسلحون 3 عمال وأطلقوا سراحهم", [("kidnapped", 3)]),
    ("خطف المسلحون 3 عمال، فيما أصيب حارس وقتلهم آخرون", [("kidnapped", 3)]),
]


@pytest.mark.parametrize(("text", "expected"), RESUMED_EVENTS, ids=[t for t, _ in RESUMED_EVENTS])
def test_a_later_event_with_a_pronoun_gives_the_same_people_a_second_category(text, expected):
    assert category_values(text) == expected


def test_a_resumptive_masdar_after_bad_is_a_second_event_of_the_figure():
    # أعدم 11 شابا بعد اختطافهم was killed only: the kidnapping before the execution was lost
    claims = extract_claims("أعدم التنظيم 11 شابا بعد اختطافهم")  # synthetic
    assert sorted(c.category for c in claims) == ["kidnapped", "killed"]
    assert {c.text for c in claims} == {"11 شابا"}
