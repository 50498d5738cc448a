"""Normalization: table-driven Arabic cases and idempotency."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text.normalize import _ALL_STEPS, _PLAIN_CHARS, _normalize, normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("الإرهابيّة", "الارهابيه"),          # hamza-alef, shadda, teh marbuta
        ("الانفصاليـين", "الانفصاليين"),       # tatweel inside a word
        ("بـ", "ب"),                          # detached proclitic with tatweel
        ("أكّدت", "اكدت"),
        ("آرتساخ", "ارتساخ"),                 # madda alef
        ("ٱلله", "الله"),                      # wasla alef
        ("إلى", "الي"),                       # alef maksura
        ("قتيلًا", "قتيلا"),                   # tanwin fath removed, alef kept
        ("١٢٣٤", "1234"),                     # Arabic-Indic digits
        ("۱۲", "12"),                         # Persian digits
        ("١٬٢٠٠", "1,200"),                   # Arabic thousands separator
        ("٢٫٥", "2.5"),                       # Arabic decimal separator
        ("كارا\u200bباخ", "كاراباخ"),          # zero-width space
        ("\u200fستيباناكرت", "ستيباناكرت"),    # right-to-left mark
        ("ﻻ", "لا"),                          # presentation-form ligature
        ("abc", "abc"),
    ],
)
def test_normalize_table(raw, expected):
    assert normalize(raw) == expected


def test_options_can_be_switched_off():
    assert normalize("إلى", alef_maksura=False) == "الى"
    assert normalize("مدينة", teh_marbuta=False) == "مدينة"
    assert normalize("إرهاب", alef=False) == "إرهاب"
    assert normalize("بـ", tatweel=False) == "بـ"


def test_long_text_takes_the_uncached_path_with_same_result():
    word = "الإرهابيّة"
    long = " ".join([word] * 20)
    assert len(long) >= 64
    assert normalize(long) == " ".join([normalize(word)] * 20)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_idempotent_on_any_text(text):
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)))
def test_idempotent_on_arabic_block(text):
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(sorted(_PLAIN_CHARS)), max_size=40))
def test_plain_word_fast_path_equals_every_step(word):
    # One str.translate for words of Arabic letters, harakat, digits and ASCII
    # must give what the camel-tools steps give one after the other.
    assert normalize(word) == _normalize(word, _ALL_STEPS)
