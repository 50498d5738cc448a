"""What a figure counts (casualties/figures.py): disease cases are no casualty figures."""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims


def found(text):
    return [(c.category, c.value) for c in extract_claims(text)]


DISEASE = [  # synthetic
    # the disease named as a cause further off in the clause (decision rule 7)
    ("وأصيب 2000 آخرين في الدول الثلاث منذ تفشي الوباء", []),
    ("جرى تشخيص إصابة سبعة أفراد من العاملين في القاعدة بالسرطان", []),
    ("بلغ عدد المصابين بكورونا 1059، توفي منهم 467 حالة", []),
    ("تعاملت الفرق مع 19 إصابة بضربات شمس", []),
    # a figure between: the disease belongs to the figure next to it
    ("وفاة 21 شخصا وإصابة 66 آخرين بالإجهاد", [("killed", 21)]),
    # a disease that is no cause of the figure
    ("يحتاج أكثر من عشرة آلاف مصاب للعناية ناهيك عن مواجهة انتشار مرض الحمى", [("injured", 10000)]),
    # chronic conditions are no casualty figures either (round 3)
    ("يعيش في البلاد 3 ملايين شخص مصاب بضعف البصر", []),
    ("أكثر من 400 ألف طفل مصابون بالتوحد", []),
    ("يعاني مليون شخص مصاب بالسكري", []),
]


@pytest.mark.parametrize(("text", "expected"), DISEASE, ids=[t for t, _ in DISEASE])
def test_disease_cases(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [  # synthetic
    # a sound plural in construct drops its ن: the category of the full plural
    ("الأطباء يسعفون أحد مصابي القصف على غزة", [("injured", 1)]),
    ("وأفرجت السلطات عن عشرات من معتقلي الرأي", [("detained", None)]),
    ("وصل آلاف نازحي المخيم إلى المدينة", [("displaced", None)]),
    # a singular nisba in -ي is no construct plural
    ("التقى الوزير أحد مسؤولي الأمن", []),
])
def test_a_construct_plural_names_its_category(text, expected):
    from analysis.casualties.claims import extract_claims

    assert [(c.category, c.value) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [  # synthetic
    # a masdar with victims of its own is the next conjunct, not the other half of a joint figure
    ("وأسفر عن سقوط عدد من الشهداء وإصابة آخرين", [("killed", None)]),
    ("وأسفر الهجوم عن مقتل 13 شخصا وإصابة 23 آخرين", [("killed", 13), ("injured", 23)]),
    # a victim noun joined to the other of killed/injured is one joint figure
    ("وأسفر عن سقوط عشرات القتلى والجرحى في المدينة", [("killed_or_injured", None)]),
])
def test_joint_figures_and_next_conjuncts(text, expected):
    from analysis.casualties.claims import extract_claims

    assert [(c.category, c.value) for c in extract_claims(text)] == expected
