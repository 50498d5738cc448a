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


WORD_DIGITS_WORD = [  # synthetic: no space on either side of the figure, every digit script and clitic
    ("قتل 23 شخصا في هجومين تبنتهما الحركة17منهم بسقوط مروحية", [("killed", 23, "exact"), ("killed", 17, "exact")]),
    ("قتل 23 شخصا في هجومين تبنتهما طالبان١٧منهم بسقوط مروحية", [("killed", 23, "exact"), ("killed", 17, "exact")]),
    ("وقتل في الغارة12شخصا", [("killed", 12, "exact")]),
    ("وقتل في الغارة۱۵مدنيا", [("killed", 15, "exact")]),
    # an article number, an era letter, a model name: no figure
    ("وتنص المادة12من القانون على العقوبة", []),
    ("ولد عام2015هـ الشاعر", []),
]


@pytest.mark.parametrize("text,expected", WORD_DIGITS_WORD)
def test_a_figure_glued_to_the_words_on_both_sides(text, expected):
    from analysis.casualties.claims import extract_claims

    assert [(c.category, c.value, c.hedge) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("word", ["الحركة17منهم", "طالبان١٧منهم", "الغارة12شخصا"])  # synthetic
def test_a_word_digits_word_token_splits_in_three_with_its_offsets(word):
    parts = glued_split(tokenize(word)[0])
    assert [t.kind for t in parts] == ["word", "number", "word"]
    assert "".join(t.text for t in parts) == word and all(word[t.start:t.end] == t.text for t in parts)


def test_figure_glued_to_the_movement_name_and_minhum_is_read():
    # defect (U #191): "طالبان17منهم" gave no figure of 17 killed
    from analysis.casualties.claims import extract_claims

    text = "قتل 23 شخصا في هجومين تبنتهما حركة طالبان17منهم بسقوط مروحية"  # synthetic
    assert ("killed", 17) in [(c.category, c.value) for c in extract_claims(text)]
