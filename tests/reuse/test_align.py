"""Token alignment of two copies."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.reuse.align import align, merge_changes
from analysis.text import tokenize


def test_a_replaced_word_maps_to_its_replacement():
    al = align(tokenize("ضد الانفصاليين في الإقليم"), tokenize("ضد سلطات الإقليم في الإقليم"))  # synthetic
    assert al.map_range("a", 1, 2) == (1, 3)
    assert al.map_range("b", 1, 3) == (1, 2)
    assert al.map_range("a", 2, 4) == (3, 5)
    assert al.n_changed_tokens == 3


def test_a_deleted_word_maps_to_an_empty_range():
    al = align(tokenize("قال إن الجيش انسحب"), tokenize("قال إن انسحب"))  # synthetic
    assert al.map_range("a", 2, 3) == (2, 2)
    assert al.char_span("b", 2, 2) == (len("قال إن"), len("قال إن"))


def test_spelling_variants_align_as_equal():
    al = align(tokenize("أعلن الجيشُ"), tokenize("اعلن الجيش"))  # synthetic
    assert [op[0] for op in al.opcodes] == ["equal"] and al.n_changed_tokens == 0


def test_merge_keeps_equal_blocks_apart():
    ops = [("delete", 0, 1, 0, 0), ("equal", 1, 2, 0, 1), ("insert", 2, 2, 1, 2)]
    assert merge_changes(ops) == ops


WORDS = st.lists(st.sampled_from(["قال", "الجيش", "إن", "الهدنة", "صامدة", "،", '"', "3"]), max_size=15)


@settings(max_examples=80, deadline=None)
@given(WORDS, WORDS)
def test_opcodes_cover_both_copies_and_maps_stay_in_range(a_words, b_words):
    a, b = tokenize(" ".join(a_words)), tokenize(" ".join(b_words))
    al = align(a, b)
    assert sum(i2 - i1 for _, i1, i2, _, _ in al.opcodes) == len(a)
    assert sum(j2 - j1 for _, _, _, j1, j2 in al.opcodes) == len(b)
    tags = [op[0] for op in al.opcodes]
    assert all(not (x != "equal" and y != "equal") for x, y in zip(tags, tags[1:]))
    for i in range(len(a)):
        j0, j1 = al.map_range("a", i, i + 1)
        assert 0 <= j0 <= j1 <= len(b)
