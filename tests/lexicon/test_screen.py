"""The candidate screen (analysis/lexicon/screen.py) never rules out a word that has a candidate.

Every Arabic word in this file is synthetic, built from the shipped forms and
the clitic grammar.
"""

from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.framing.context import framing_matcher
from analysis.framing.cues import load_cues
from analysis.framing.registry import load_registry
from analysis.lexicon import matcher as matcher_module
from analysis.lexicon.group import MatcherGroup
from analysis.lexicon.loader import load_lexicons
from analysis.lexicon.matcher import Matcher
from analysis.lexicon.schema import Entry
from analysis.lexicon.screen import may_have_candidates, word_ends
from analysis.text.clitics import DETERMINER, ENCLITICS, PROCLITIC_SEQUENCES

_LEXICONS = Matcher(load_lexicons(), backend="rules")
_FRAMING = framing_matcher(load_registry(), load_cues())
_MATCHERS = (_LEXICONS, _FRAMING)
_KEYS = sorted({k for m in _MATCHERS for k in list(m._single) + list(m._multi)})
_CORES = sorted(set(_KEYS) | {k[len(DETERMINER):] for k in _KEYS if k.startswith(DETERMINER)})
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءئؤ"


def _unscreened(matcher, norm, teh_marbuta=False):
    """What ``matcher._candidates`` finds with the screen letting every word through."""
    with mock.patch.object(matcher_module, "may_have_candidates", lambda ends, norm: True):
        return matcher._candidates(norm, teh_marbuta)


# Words built like the text's: proclitics + a form (or a form cut short, with a
# construct-state ending) + a pronoun suffix; and random letter strings.
_BUILT = st.builds(
    lambda pro, core, cut, ending, enclitic: pro + core[:max(1, len(core) - cut)] + ending + enclitic,
    st.sampled_from([""] + [written for written, _ in PROCLITIC_SEQUENCES]),
    st.sampled_from(_CORES),
    st.integers(0, 2),
    st.sampled_from(["", "ت", "ن", "و", "ي", "ا", "ه"]),
    st.sampled_from(("",) + ENCLITICS),
)
_WORDS = _BUILT | st.text(alphabet=_LETTERS, min_size=1, max_size=9)


@settings(max_examples=3000, deadline=None)
@given(_WORDS, st.booleans())
def test_the_screen_never_rules_out_a_word_with_candidates(norm, teh_marbuta):
    for m in _MATCHERS:
        assert m._candidates(norm, teh_marbuta) == _unscreened(m, norm, teh_marbuta)


@settings(max_examples=1000, deadline=None)
@given(_WORDS)
def test_a_word_the_group_screens_out_has_no_candidate_in_any_matcher(norm):
    group = MatcherGroup(_MATCHERS)
    if not may_have_candidates(group._word_ends, norm):
        assert not any(_unscreened(m, norm) for m in _MATCHERS)


# (form, word of a text that must pass the screen, the clitic path it takes) -- synthetic
CASES = [
    ("الجيش", "الجيش", "the form itself"),
    ("الجيش", "والجيش", "a proclitic"),
    ("حكومة", "حكومتها", "teh marbuta written ت before a pronoun"),
    ("مسلحون", "مسلحوها", "a plural's ن dropped before a pronoun"),
    ("مسلحين", "لمسلحيهم", "a proclitic, and the plural's ن dropped"),
    ("العملية العسكرية", "عمليتها", "a phrase's noun with a pronoun instead of the article"),
]


@pytest.mark.parametrize("form,word,path", CASES)
def test_words_reaching_a_form_by_each_clitic_path_pass_the_screen(form, word, path):
    from analysis.text.normalize import normalize

    m = Matcher([Entry("test/x", form)], backend="rules")
    assert may_have_candidates(m._word_ends, normalize(word)), path
    assert m._candidates(normalize(word)), path


def test_a_word_reaching_no_form_is_screened_out():
    m = Matcher([Entry("test/x", "الجيش")], backend="rules")
    assert not may_have_candidates(m._word_ends, "وقال")
    assert not may_have_candidates(m._word_ends, "جنود")


def test_word_ends_of_keys_are_a_union():
    a, b = ["الجيش", "حكومه"], ["مسلحون"]
    assert word_ends(a + b) == word_ends(a) | word_ends(b)


@settings(max_examples=3000, deadline=None)
@given(_BUILT, st.sampled_from(_CORES), st.booleans())
def test_a_phrase_end_is_read_with_an_enclitic_only_if_it_starts_with_the_form_less_its_last_letter(got, want, teh_marbuta):
    # Matcher._hits calls _enclitic_for only for such words (the pre-test before the call)
    if not got.startswith(want[:-1]):
        assert matcher_module._enclitic_for((got, want, teh_marbuta)) == ()


@pytest.mark.parametrize("got,want", [("حكومتها", "حكومه"), ("مسلحوها", "مسلحون"), ("الجيشه", "الجيش")])  # synthetic
def test_phrase_ends_with_an_enclitic_pass_the_pre_test(got, want):
    assert got.startswith(want[:-1]) and matcher_module._enclitic_for((got, want, False))
