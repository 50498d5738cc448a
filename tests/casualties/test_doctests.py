"""The docstring examples of the casualty modules run and pass."""

from __future__ import annotations

import doctest

import pytest

from analysis.casualties import claims, frame, lexicon, numerals


@pytest.mark.parametrize("module", [numerals, claims, frame, lexicon], ids=lambda m: m.__name__)
def test_docstring_examples(module):
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0
