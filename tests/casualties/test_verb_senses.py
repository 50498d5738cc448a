"""Senses of an event verb its grammar rules out (analysis/casualties/verb_senses.py; review_casR finding 3)."""

import pytest

from analysis.casualties.claims import extract_claims

VERB_SENSES = [  # synthetic
    # قبض is an arrest only with على before the figure
    ("يقبض 300 موظف رواتبهم", []),
    ("وقبضت 40 عاملة أجورهن", []),
    ("يقبض رجال الأمن على 4 أشخاص", [("detained", 4)]),
    ("وقبضت الشرطة على 7 متهمين", [("detained", 7)]),
    # طعن في + a thing contested: the figure is the subject of a contest
    ("يطعن 5 مرشحين في نتائج الانتخابات", []),
    ("وطعن 12 نائبا في دستورية القانون", []),
    ("طعن مهاجم 6 مارة في الشارع", [("injured", 6)]),
    ("طعنا 3 مارة قبل فرارهما", [("injured", 3)]),
    # the imperfect of ذبح is no longer a trigger before the figure (sacrifices)
    ("يذبح 20 شخصا أضاحيهم", []),
    ("تذبح 30 أسرة خرافها في العيد", []),
    ("ذبحت الجماعة 12 رهينة", [("killed", 12)]),
    # the accusative masdar قتلا + ل is no dual verb
    ("قتلا للوقت يجلس 3 شبان", []),
    ("ضبطا للأمن انتشر 200 شرطي", []),
    ("ونفذه مسلحان وقتلا خلاله 21 سائحا", [("killed", 21)]),
]


@pytest.mark.parametrize(("text", "expected"), VERB_SENSES, ids=[t for t, _ in VERB_SENSES])
def test_qabada_with_ala_tanaa_fi_contests_yadhbah_dropped_qatlan_li_masdar(text, expected):
    assert [(c.category, c.value) for c in extract_claims(text)] == expected
