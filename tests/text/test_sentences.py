"""Sentence splitting rules (see analysis/text/sentences.py)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text.sentences import split_sentences
from analysis.text.tokenize import tokenize


def _texts(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic
        ("بدأ الهجوم. انتهى القصف", ["بدأ الهجوم.", "انتهى القصف"]),
        ("هل انتهى؟ نعم!", ["هل انتهى؟", "نعم!"]),
        ("عنوان\nنص الخبر", ["عنوان", "نص الخبر"]),                            # rule 1
        ('قال: "انتهى القتال." ثم غادر', ['قال: "انتهى القتال."', "ثم غادر"]),   # rule 2
        ("قال: نحن (...) آمل ذلك. تم", ["قال: نحن (...) آمل ذلك.", "تم"]),       # rule 3
        ("قال د. أحمد إن الوضع هادئ.", ["قال د. أحمد إن الوضع هادئ."]),          # rule 4
        ("بدأ الساعة 13.00 أمس.", ["بدأ الساعة 13.00 أمس."]),                   # rule 5
        ("أولا؛ ثانيا", ["أولا؛", "ثانيا"]),
        ("", []),
        ("   ", []),
    ],
)
def test_split_table(text, expected):
    assert _texts(text) == expected


def test_seed_lines_are_sentences(seed_text):
    sentences = split_sentences(seed_text)
    # 18 lines; lines 16 and 18 hold two sentences each.
    assert len(sentences) == 20
    assert seed_text[sentences[15].start:sentences[15].end].endswith('200 جريح".')
    assert seed_text[sentences[5].start:sentences[5].end] == "موسكو تتوقع تسوية سلمية للوضع"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابت سد.؟!\n()\"«»1٣") ), max_size=60))
def test_every_token_in_exactly_one_sentence(text):
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    covered = [i for s in sentences for i in range(s.first_token, s.last_token)]
    assert covered == list(range(len(tokens)))
    for s in sentences:
        assert text[s.start:s.end] == text[s.start:s.end].strip()
        assert s.start == tokens[s.first_token].start and s.end == tokens[s.last_token - 1].end


def _reference_split(text):
    # the rules of the module docstring applied token by token (split_sentences
    # visits only the tokens after a line break and the marks; the result must not differ)
    from analysis.text.sentences import _CLOSERS, _OPENERS, _TRAILING, _is_abbreviation
    from analysis.text.tokenize import SENTENCE_END_CHARS, tokenize

    tokens = tokenize(text)
    out, first, depth, i, n = [], 0, 0, 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if i > first and "\n" in text[tokens[i - 1].end:tok.start]:
            out.append((first, i))
            first, depth = i, 0
        if tok.text in _OPENERS:
            depth += 1
        elif tok.text in _CLOSERS and depth:
            depth -= 1
        if tok.text in SENTENCE_END_CHARS and depth == 0 and not _is_abbreviation(text, tokens, i):
            j = i + 1
            while j < n and tokens[j].start == tokens[j - 1].end and (
                    tokens[j].text in SENTENCE_END_CHARS or tokens[j].text in _TRAILING):
                j += 1
            out.append((first, j))
            first = i = j
            continue
        i += 1
    if first < n:
        out.append((first, n))
    return out


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("قال ب د.") + list(' \n\n.!?؟؛()[]{}﴾﴿"»”13,')), max_size=60))
def test_split_equals_token_by_token_reference(text):
    assert [(s.first_token, s.last_token) for s in split_sentences(text)] == _reference_split(text)
