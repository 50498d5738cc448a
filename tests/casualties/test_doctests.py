"""The docstring examples of the casualty modules run and pass."""

from __future__ import annotations

import doctest

import pytest

from analysis.casualties import (
    agency, categories, claims, coordination, document, duals, figures, frame, health, hedges, lexicon,
    no_counts, number_words, numeral, numeral_phrases, numerals, sources, triggers, unreported, words,
)

MODULES = [numerals, numeral, number_words, numeral_phrases, duals, claims, frame, lexicon, words,
           document, figures, triggers, hedges, categories, sources, agency, coordination, health,
           no_counts, unreported]


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_docstring_examples(module):
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
