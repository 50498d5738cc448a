"""Tokenizer: offsets, kinds, and agreement with camel-tools."""

import re

import pytest
from camel_tools.tokenizers.word import simple_word_tokenize
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text.tokenize import tokenize


@pytest.mark.parametrize(
    ("text", "surfaces", "kinds"),
    [
        ('وصفتها بـ"الإرهابية".', ["وصفتها", "بـ", '"', "الإرهابية", '"', "."],
         ["word", "word", "quote", "word", "quote", "punct"]),
        ("الساعة 13.00 بالتوقيت", ["الساعة", "13.00", "بالتوقيت"], ["word", "number", "word"]),
        ("١٬٢٠٠ قتيل", ["١٬٢٠٠", "قتيل"], ["number", "word"]),
        ("أغسطس/ آب 2021", ["أغسطس", "/", "آب", "2021"], ["word", "punct", "word", "number"]),
        ("(...)", ["(", ".", ".", ".", ")"], ["punct"] * 5),
        ("قال: «نعم»", ["قال", ":", "«", "نعم", "»"], ["word", "punct", "quote", "word", "quote"]),
        ("100%", ["100", "%"], ["number", "punct"]),
        ("+5", ["+", "5"], ["symbol", "number"]),
        ("0.0ء", ["0", ".", "0ء"], ["number", "punct", "word"]),          # digits glued to a letter
        ("👍🏽نعم", ["👍🏽", "نعم"], ["symbol", "word"]),                     # skin-tone emoji
        ("🇸🇦 علم", ["🇸🇦", "علم"], ["symbol", "word"]),                     # flag
        ("👨\u200d👩\u200d👧", ["👨\u200d👩\u200d👧"], ["symbol"]),           # ZWJ family
        ("1️⃣ أولا", ["1️⃣", "أولا"], ["symbol", "word"]),                   # keycap
    ],
)
def test_tokenize_table(text, surfaces, kinds):
    tokens = tokenize(text)
    assert [t.text for t in tokens] == surfaces
    assert [t.kind for t in tokens] == kinds


@pytest.mark.parametrize("text", ["👍🏽نعم", "🇸🇦 علم", "👨\u200d👩\u200d👧 عائلة", "1️⃣ أولا", "0.0ء", "©2023"])
def test_emoji_and_glued_digits_equal_camel_tools(text):
    assert [t.text for t in tokenize(text)] == simple_word_tokenize(text)


def test_norm_is_normalized_surface():
    (tok,) = tokenize("الانفصاليـين")
    assert tok.norm == "الانفصاليين"
    assert tok.is_word


def _invariants(text):
    tokens = tokenize(text)
    for t in tokens:
        assert text[t.start:t.end] == t.text
        assert t.text and not any(c.isspace() for c in t.text)
    assert "".join(t.text for t in tokens) == re.sub(r"\s+", "", text)
    assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:]))
    return tokens


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_offsets_on_arbitrary_unicode(text):
    _invariants(text)


#: Rare separators hypothesis seldom draws: whitespace to re's \s (NEL, LINE SEPARATOR, FILE
#: SEPARATOR, NO-BREAK SPACE) and marks that are not (RLM, ZWJ, BOM). All synthetic.
@pytest.mark.parametrize("sep", ["\u0085", "\u2028", "\u001c", "\u00a0", "\u200f", "\u200d", "\ufeff"])
def test_rare_separators_split_as_the_token_regex_does(sep):
    text = f"قتل{sep}5 أشخاص{sep}،{sep}وأصيب"
    tokens = _invariants(text)
    assert "".join(t.text for t in tokens) == "".join(re.findall(r"\S+", text))
    assert (tokens[0].text == "قتل") == bool(re.fullmatch(r"\s", sep))


_ARABIC_NEWS = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى") + list("ًٌٍَُِّْـ")
                             + list(' \n.،؛؟!"«»()/-:') + list("0123456789٠١٢٣٤٥") + ["٫", "٬", ","]),
    max_size=80,
)


@settings(max_examples=400, deadline=None)
@given(_ARABIC_NEWS)
def test_surfaces_equal_camel_tools_except_number_merging(text):
    ours = [t.text for t in _invariants(text)]
    # Split our number tokens back into camel-tools pieces and compare.
    pieces = []
    for s in ours:
        pieces.extend(re.findall(r"\d+|[.,٫٬]", s) if re.fullmatch(r"\d+(?:[.,٫٬]\d+)+", s) else [s])
    assert pieces == simple_word_tokenize(text)


def test_seed_surfaces_match_camel_tools(seed_text):
    ours = []
    for t in tokenize(seed_text):
        ours.extend(re.findall(r"\d+|[.,]", t.text) if t.kind == "number" and not t.text.isdigit() else [t.text])
    assert ours == simple_word_tokenize(seed_text)


def test_tokens_are_frozen_records_equal_to_constructed_ones():
    # tokenize stores the slots directly (cheaper than the frozen __init__); the records must not differ
    import dataclasses

    from analysis.text.tokenize import Token

    (tok,) = tokenize("الجيش")
    assert tok == Token(0, 5, "الجيش", "الجيش", "word")
    assert hash(tok) == hash(Token(0, 5, "الجيش", "الجيش", "word"))
    try:
        tok.start = 1
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a Token must stay immutable")


def test_repeated_word_gives_tokens_at_each_offset():
    # the pieces of a word are cached by its surface; offsets come from each occurrence
    text = "قال، ثم قال، ثم قال،"  # synthetic
    tokens = tokenize(text)
    assert [(t.start, t.end) for t in tokens if t.text == "قال"] == [(0, 3), (8, 11), (16, 19)]
    assert all(text[t.start:t.end] == t.text for t in tokens)


_NO_DIGIT_WORDS = st.text(
    alphabet=st.sampled_from(list("ابتةىأـًّ") + list('.،؛؟!"«»()/-:…—@#%&*+=<>|~$€©®') + ["x", "Z"]),
    min_size=1, max_size=12,
)


@settings(max_examples=400, deadline=None)
@given(_NO_DIGIT_WORDS)
def test_symbol_split_of_a_word_without_digits_equals_the_token_regex(word):
    # a word with no digit and no emoji character is split without the token regex
    tok = __import__("analysis.text.tokenize", fromlist=["_TOKEN_RE"])
    by_regex = tuple(
        (m.start(), m.end() - m.start(), m.group(), *tok._classify(m.group(), m.lastgroup))
        for m in tok._TOKEN_RE.finditer(word)
    )
    assert tok._word_pieces(word) == by_regex


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("الحرب،", ["الحرب", "،"]),
        ("«الإرهابيين»", ["«", "الإرهابيين", "»"]),
        ("(الجيش).", ["(", "الجيش", ")", "."]),
        ("أ.ف.ب", ["أ", ".", "ف", ".", "ب"]),
        ("©الجيش", ["©", "الجيش"]),              # © also starts a two-codepoint emoji
        ("قتيلا،2", ["قتيلا", "،", "2"]),
    ],
)
def test_words_with_attached_punctuation(text, surfaces):  # synthetic
    assert [t.text for t in tokenize(text)] == surfaces == simple_word_tokenize(text)


def test_the_characters_that_need_the_token_regex_are_every_decimal_digit_and_emoji_character():
    # _word_pieces tests a set, not a regex search: \d must be exactly its digits, on every plane
    import re

    tok = __import__("analysis.text.tokenize", fromlist=["_NEEDS_TOKEN_CHARS"])
    digits = set(re.findall(r"\d", "".join(map(chr, range(0x110000)))))
    assert tok._NEEDS_TOKEN_CHARS == digits | set("".join(tok._MULTI_EMOJI))
