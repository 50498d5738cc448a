"""Codebook values: what coders may write, and how system values are spelled."""

from __future__ import annotations

import pytest

from analysis.coding.codebook import SCHEMES, auto_value, scheme
from analysis.errors import AnalysisError

CAS = scheme("casualties")


@pytest.mark.parametrize("variable, raw, expected", [
    ("value", "12", "12"),
    ("value", "١٢", "12"),          # Arabic-Indic digits from an Arabic keyboard
    ("value", "۱۲", "12"),          # Persian digits
    ("value", "2٫5", "2.5"),        # Arabic decimal separator
    ("value", "1,200", "1200"),
    ("value", "12.0", "12"),
    ("value", " none ", "none"),
    ("value", "", ""),              # blank = not coded
    ("category", "killed", "killed"),
    ("hedge", "NONE", "none"),
])
def test_canonical(variable, raw, expected):
    assert CAS.variable(variable).canonical(raw) == expected


@pytest.mark.parametrize("variable, raw", [("value", "many"), ("value", "-3"), ("category", "Killed"),
                                           ("category", "قتلى")])
def test_canonical_rejects(variable, raw):
    with pytest.raises(ValueError):
        CAS.variable(variable).canonical(raw)


@pytest.mark.parametrize("raw, expected", [("yes", "yes"), ("TRUE", "yes"), ("1", "yes"), ("نعم", "yes"),
                                           ("no", "no"), ("لا", "no"), ("0", "no")])
def test_boolean(raw, expected):
    assert scheme("terms").variable("quoted").canonical(raw) == expected


def test_sets_are_sorted_and_deduplicated():
    assert scheme("actors").variable("labels").canonical("b | a|b") == "a|b"


def test_auto_value_refuses_labels_outside_the_codebook():
    with pytest.raises(AnalysisError, match="define it in analysis/coding/codebook.py"):
        auto_value(CAS.variable("category"), "exploded")


def test_every_scheme_matches_on_its_own_variables():
    for s in SCHEMES.values():
        assert set(s.match_on) <= set(s.names)
        assert len(set(s.names)) == len(s.names)


def test_unknown_kind():
    with pytest.raises(AnalysisError, match="unknown kind"):
        scheme("quotes")
