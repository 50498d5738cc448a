"""The quote rules' prefix questions, answered by analysis.text.clitics (one clitic stripper), and verb agreement.

Words are single normalized forms (stock vocabulary, no article text).
"""

from __future__ import annotations

import pytest

from analysis.framing.quote_agreement import verb_features
from analysis.framing.quote_clitics import article_after, preposition_only, proclitics, without_preposition

ARTICLE_AFTER = [
    ("للوزير", "لبك", True), ("بالقول", "لبك", True), ("كالعادة", "لبك", True),
    ("كالعادة", "بل", False), ("والوزير", "و", True), ("والوزير", "لبك", False),
    ("وبالقول", "لبك", False),  # و before the preposition: not a bare prepositional phrase
    ("الوزير", "لبك", False), ("بالغ", "لبك", False),  # no stem after بال: a word, not ب + ال
]


@pytest.mark.parametrize("word,letters,expected", ARTICLE_AFTER)
def test_article_after_reads_the_proclitics_of_the_clitic_stripper(word, letters, expected):
    assert article_after(word, letters) is expected


WITHOUT_PREPOSITION = [
    ("للمصدر", {}, "المصدر"), ("للمصدر", {"article": False}, "مصدر"), ("لمصدر", {}, "مصدر"),
    ("بالمصدر", {"letters": "لب"}, "المصدر"), ("بالمصدر", {"letters": "ل"}, "بالمصدر"),
    ("المصدر", {}, "المصدر"), ("كمصدر", {"letters": "لب"}, "كمصدر"),
]


@pytest.mark.parametrize("word,options,expected", WITHOUT_PREPOSITION)
def test_without_preposition_strips_one_preposition_and_keeps_the_article(word, options, expected):
    assert without_preposition(word, **options) == expected


def test_preposition_only_and_proclitics():
    assert preposition_only("لرويترز") and not preposition_only("للوزير") and not preposition_only("الوزير")
    assert proclitics("وبالقول") == ("و", "ب", "ال") and proclitics("الى") == ()


VERB_FEATURES = [
    # (verb, tag, after_subject, (gender, number))
    ("قالت", "", False, ("f", "?")), ("وكانت", "", False, ("f", "?")), ("كانتا", "", False, ("f", "p")),
    ("كانوا", "", False, ("m", "p")), ("كانا", "", False, ("m", "p")), ("رفضوا", "", True, ("m", "p")),
    ("يقولون", "", False, ("m", "p")), ("تؤكد", "", True, ("f", "?")),
    ("تظاهر", "", False, ("m", "?")),  # a verb opening its clause: تـ of a form V perfect, not a feminine imperfect
    ("قال", "ms", False, ("m", "?")), ("تحدثت", "fs", False, ("f", "?")),
]


@pytest.mark.parametrize("verb,tag,after_subject,expected", VERB_FEATURES)
def test_verb_features_is_the_one_agreement_reading_of_a_verb(verb, tag, after_subject, expected):
    assert verb_features(verb, tag, after_subject=after_subject) == expected


def test_article_after_may_allow_a_leading_conjunction():
    assert article_after("وبالنسبة", "بل", conjunction=True) and not article_after("وبالنسبة", "بل")
    assert not article_after("والوزير", "بل", conjunction=True)
