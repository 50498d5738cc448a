"""Shingles of the normalized text."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.errors import AnalysisError
from analysis.reuse.shingles import ReuseParams, jaccard, shingle_ids, word_norms


@pytest.mark.parametrize("plain, variant", [
    ("اعلن الجيش وقف اطلاق النار", "أعلن الجيش وقف إطلاق النار"),          # hamza on alef
    ("اعلن الجيش وقف اطلاق النار", "أعلنَ الجيشُ وقفَ إطلاقِ النارِ"),     # diacritics
    ("اعلن الجيش وقف اطلاق النار", "أعلـــن الجيش وقف إطلاق النار"),       # tatweel
    ("قتل 12 شخصا في الغارة", "قتل ١٢ شخصا في الغارة"),                    # Arabic-Indic digits
    ("قال الجيش ان الهدنه صامده", "قال الجيش، إن \"الهدنة\" صامدة."),       # punctuation, quotes, teh marbuta
])  # synthetic
def test_spelling_variants_give_the_same_shingles(plain, variant):
    assert np.array_equal(shingle_ids(plain, 3), shingle_ids(variant, 3))


def test_clitics_are_kept():  # synthetic
    assert not np.array_equal(shingle_ids("ضد الانفصاليين في الاقليم", 2),
                              shingle_ids("ضد والانفصاليين في الاقليم", 2))


def test_word_order_matters():  # synthetic
    assert not np.array_equal(shingle_ids("قصف الجيش المدينة", 2), shingle_ids("المدينة قصف الجيش", 2))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["قال", "الجيش", "إن", "الهدنة", "صامدة", "في", "الشمال", "١٢"]),
                min_size=0, max_size=30), st.integers(min_value=1, max_value=6))
def test_ids_are_sorted_unique_and_as_many_as_distinct_shingles(words, k):
    text = " ".join(words)
    ids = shingle_ids(text, k)
    norms = word_norms(text)
    expected = {tuple(norms[i:i + k]) for i in range(len(norms) - k + 1)} if len(norms) >= k \
        else ({tuple(norms)} if norms else set())
    assert len(ids) == len(expected)
    assert list(ids) == sorted(set(ids.tolist()))
    assert np.array_equal(ids, shingle_ids(text, k))


def test_jaccard_of_identical_and_disjoint_sets():
    a = np.array([1, 2, 3], dtype=np.uint64)
    assert jaccard(a, a) == (1.0, 3)
    assert jaccard(a, np.array([7, 8], dtype=np.uint64)) == (0.0, 0)


@pytest.mark.parametrize("options, message", [
    ({"threshold": 1.5}, "--threshold"),
    ({"shingle": 0}, "--shingle"),
    ({"num_perm": 4}, "--num-perm"),
])
def test_bad_parameters_are_one_line_errors(options, message):
    with pytest.raises(AnalysisError, match=message):
        ReuseParams(**options)
