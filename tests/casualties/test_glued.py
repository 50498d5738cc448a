"""Digits glued to the word after them (casualties/glued.py)."""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims
from analysis.casualties.glued import glued_split, split_glued
from analysis.text.sentences import split_sentences
from analysis.text.tokenize import tokenize

GLUED = [  # synthetic
    # (text, expected claims as (surface, category, value))
    ("أعلن المدير سقوط 11مواطنا في الانفجار", [("11مواطنا", "killed", 11)]),
    ("قتل مدنيان و12جريحا في القصف", [("مدنيان", "killed", 2), ("12جريحا", "injured", 12)]),
    ("أصيب ١٢مدنيا بجروح", [("١٢مدنيا", "injured", 12)]),
    ("سقوط أكثر من 145من المسلحين بين قتيل وجريح",
     [("145من المسلحين بين قتيل وجريح", "killed_or_injured", 145)]),
]


def found(text):
    return [(c.text, c.category, c.value) for c in extract_claims(text)]


@pytest.mark.parametrize(("text", "expected"), GLUED, ids=[t for t, _ in GLUED])
def test_a_figure_glued_to_its_noun_is_read(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("word", ["الـ32", "ال32", "F16", "مواطنا", "2015م", "11"])  # synthetic
def test_other_tokens_are_not_split(word):
    assert glued_split(tokenize(word)[0]) is None


@pytest.mark.parametrize("text", ["قتل 5 و12جريحا. وفي يوم 3مواطنين.", "لا شيء هنا"])  # synthetic
def test_split_keeps_offsets_and_sentences(text):
    tokens = tokenize(text)
    new, sentences = split_glued(text, tokens, split_sentences(text, tokens))
    assert all(text[t.start:t.end] == t.text for t in new)
    assert "".join(t.text for t in new) == "".join(t.text for t in tokens)
    assert sentences[0].first_token == 0 and sentences[-1].last_token == len(new)
    assert all(a.last_token == b.first_token for a, b in zip(sentences, sentences[1:]))


WORD_THEN_DIGITS = [  # synthetic: the event word glued to the figure after it, every clitic and digit script
    ("أفاد مسؤول أمني بمقتل18 من عناصر التنظيم", [("killed", 18, "exact")]),
    ("ما أدى إلى مقتل20 وإصابة 45", [("killed", 20, "exact"), ("injured", 45, "exact")]),
    ("ومقتل7 مدنيين في القصف", [("killed", 7, "exact")]),
    ("أسفر الهجوم عن إصابة١٢ شخصا", [("injured", 12, "exact")]),
    ("وتم اعتقال15 شخصا", [("detained", 15, "exact")]),
    # a year or an hour glued to its word is no figure
    ("قتل مدني في عام2015", []),
    ("وقع الانفجار في الساعة10 صباحا", []),
]


@pytest.mark.parametrize("text,expected", WORD_THEN_DIGITS)
def test_an_event_word_glued_to_the_figure_after_it(text, expected):
    from analysis.casualties.claims import extract_claims

    assert [(c.category, c.value, c.hedge) for c in extract_claims(text)] == expected
