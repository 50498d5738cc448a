"""WordCache: results equal the function's, memory is bounded, frequent words survive."""

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text.wordcache import WordCache


def test_function_runs_once_per_word_while_it_is_cached():
    calls = []
    cache = WordCache(lambda w: calls.append(w) or len(w), size=8)
    assert [cache(w) for w in ["قتل", "قتل", "جرح", "قتل"]] == [3, 3, 3, 3]
    assert calls == ["قتل", "جرح"]


def test_entries_never_exceed_two_generations():
    cache = WordCache(str.upper, size=100)
    for i in range(10_000):
        cache(f"w{i}")
    assert len(cache.entries) <= 100
    assert len(cache._previous) <= 100


def test_a_word_in_use_survives_the_generation_change():
    calls = []
    cache = WordCache(lambda w: calls.append(w) or w, size=4)
    for i in range(40):
        cache("الجيش")  # a frequent word, used between every two rare ones
        cache(f"rare{i}")
    assert calls.count("الجيش") == 1


def test_entries_is_always_the_same_dict():
    # callers bind entries.get once per document; a generation change must not replace it
    cache = WordCache(len, size=2)
    entries = cache.entries
    for w in ["a", "bb", "ccc", "dddd", "eeeee"]:
        cache(w)
    assert cache.entries is entries
    assert entries.get("eeeee") == 5


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=4), max_size=200), st.integers(min_value=1, max_value=16))
def test_results_equal_the_function(words, size):
    cache = WordCache(lambda w: w[::-1], size=size)
    assert [cache(w) for w in words] == [w[::-1] for w in words]
    assert len(cache.entries) <= size


def test_a_word_found_in_the_previous_generation_is_not_recomputed():
    calls = []
    cache = WordCache(lambda w: calls.append(w) or w, size=2)
    for w in ["حرب", "سلام", "هدنة", "حرب"]:  # حرب is in the previous generation by its second use
        cache(w)
    assert calls == ["حرب", "سلام", "هدنة"]
    assert cache.entries.get("حرب") == "حرب"


def test_a_word_that_normalization_leaves_unchanged_is_one_string_in_its_token():
    from analysis.text.tokenize import tokenize

    surface = "".join(["ق", "ال"])  # synthetic; built so the string is not a shared constant
    (token,) = tokenize(surface)
    assert token.norm is token.text
