"""Perpetrator, cause and agency (casualties/agency.py), causes matched by the lexicon Matcher."""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims


@pytest.mark.parametrize(("text", "cause", "cause_text", "agency"), [  # synthetic
    ("قتل 5 مدنيين بانفجار لغمين", "mine", "بانفجار لغمين", "inanimate"),
    ("قتل 5 مدنيين نتيجة القصف", "shelling", "نتيجة القصف", "inanimate"),
    ("قتل 5 مدنيين في غارة جوية", "airstrike", "غارة جوية", "inanimate"),
    ("قتل 5 مدنيين في قصف جوي", "airstrike", "قصف جوي", "inanimate"),
    ("قتل 5 مدنيين بإطلاق نار", "shooting", "بإطلاق نار", "inanimate"),
    ("قتل 5 مدنيين رغم وقف لإطلاق النار", None, None, "agentless"),
    ("قتل 5 مدنيين في حادث سير", "accident", "حادث", "inanimate"),
    ("لقي 5 مدنيين حتفهم", None, None, "agentless"),
])
def test_causes(text, cause, cause_text, agency):
    (c,) = extract_claims(text)
    assert (c.cause, c.cause_text, c.agency) == (cause, cause_text, agency)


@pytest.mark.parametrize(("text", "perpetrator"), [  # synthetic
    ("قتلت قوات الأمن 5 متظاهرين", "قوات الأمن"),
    ("قتل 5 مدنيين في غارات التحالف", "التحالف"),
    ("قتل 5 مدنيين برصاص قوات الأمن", "قوات الأمن"),
    ("قتل 5 مدنيين على يد مسلحين", "مسلحين"),
    ("قتل 5 مدنيين في قصف مدفعي", None),
])
def test_perpetrators(text, perpetrator):
    (c,) = extract_claims(text)
    assert c.perpetrator_text == perpetrator
    assert c.agency == ("named" if perpetrator else ("inanimate" if c.cause else "agentless"))
