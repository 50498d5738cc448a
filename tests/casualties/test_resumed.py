"""The second claim from a pronoun (analysis/casualties/resumed.py; review_casR finding 1)."""

import pytest

from analysis.casualties.claims import extract_claims

NEARER_ANTECEDENT = [  # synthetic
    # a nearer noun of other people owns the pronoun: no second claim
    ("قتل 5 جنود في هجوم المسلحين قبل اعتقالهم", [("killed", 5)]),
    ("خطف مسلحون 4 مهندسين من مقر الشركة التي يملكها رجال أعمال قبل قتلهم", [("kidnapped", 4)]),
    # a verb of asking: the act is asked for, not done (unreported)
    ("قتل مسلحون 5 أشخاص وطالب الأهالي بملاحقتهم واعتقالهم", [("killed", 5)]),
    ("خطف مسلحون 6 أشخاص ودعت الحكومة إلى قتلهم", [("kidnapped", 6)]),
    # another finite event verb between starts another clause
    ("خطف مسلحون 3 عمال واعتقلت الشرطة بعد ذلك قتلهم", [("kidnapped", 3)]),
    # the figure's own partitive, also with a noun joined by و, still refers back
    ("قام المسلحون بخطف ثلاثة من البدو وقتلهم", [("kidnapped", 3), ("killed", 3)]),
    ("فأصيب أربعة من الحراس والمصلين برضوض وجروح وتم اعتقالهم", [("detained", 4), ("injured", 4)]),
    ("أعدم التنظيم 11 شابا بعد اختطافهم", [("kidnapped", 11), ("killed", 11)]),
]


@pytest.mark.parametrize(("text", "expected"), NEARER_ANTECEDENT, ids=[t for t, _ in NEARER_ANTECEDENT])
def test_resumed_pronoun_stops_at_a_nearer_antecedent_or_a_request(text, expected):
    assert sorted((c.category, c.value) for c in extract_claims(text)) == expected


CONJUNCTION_STRIPPED = [  # synthetic
    # review_casR finding 5: و/ف come off through lexicon.without_conjunction (the one stripper), so the
    # ف of sequence links the later event as و does; a word that only starts with و/ف is not stripped
    ("خطف المسلحون ثلاثة من البدو فقتلهم", [("kidnapped", 3), ("killed", 3)]),
    ("خطف المسلحون ثلاثة من البدو وقتلهم", [("kidnapped", 3), ("killed", 3)]),
    ("خطف المسلحون ثلاثة من البدو وفقا لهم", [("kidnapped", 3)]),
]


@pytest.mark.parametrize(("text", "expected"), CONJUNCTION_STRIPPED, ids=[t for t, _ in CONJUNCTION_STRIPPED])
def test_resumed_strips_the_conjunction_with_the_one_clitic_stripper(text, expected):
    assert sorted((c.category, c.value) for c in extract_claims(text)) == expected
