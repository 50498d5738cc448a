"""Trigger grammar (casualties/triggers.py): table-driven synthetic cases."""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims


def found(text):
    return [(c.category, c.value, c.hedge) for c in extract_claims(text)]


TRIGGERS = [  # synthetic
    # سقوط alone is a killing noun (no أسفر عن needed)
    ("مقابل سقوط 30 مقاتلا من المعارضة", [("killed", 30, "exact")]),
    ("وأسفر الهجوم عن سقوط 20 قتيلا", [("killed", 20, "exact")]),
    # a partitive between the verb and its figure
    ("فيستشهد منهم 15 ويصاب سبعة منهم", [("killed", 15, "exact"), ("injured", 7, "exact")]),
    # ضبط is an arrest verb (decision rule 9)
    ("وضبط 15 في مناطق متفرقة", [("detained", 15, "exact")]),
    ("ضبطت الشرطة 4 مطلوبين", [("detained", 4, "exact")]),
    # life and lives: killed only as the object of a verb that takes a life
    ("أودى الانفجار بحياة 5 أشخاص", [("killed", 5, "exact")]),
    ("حصدت الألغام خلال الأيام الماضية أرواح 29 شخصا", [("killed", 29, "exact")]),
    ("يحسن المشروع حياة 100 مليون شخص", []),
    ("تأثير إيجابي في حياة أكثر من 10 ملايين مواطن", []),
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
]


@pytest.mark.parametrize(("text", "expected"), TRIGGERS, ids=[t for t, _ in TRIGGERS])
def test_trigger_grammar(text, expected):
    assert found(text) == expected
