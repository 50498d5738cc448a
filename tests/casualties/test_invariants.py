"""Invariants of every claim (issue 11 #9) over generated text, and the per-token indices.

Texts are built by hypothesis from synthetic fragments (``# synthetic``):
casualty sentences, numbers in every notation, hedges, ranges, changes of a
count, quotes and noise. Every claim must have ``start <= end`` and
``text[start:end] == text`` for the figure and for each attribution span,
and ``low <= high`` whenever both are set.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.casualties.claims import extract_claims
from analysis.casualties.document import Document, IntervalIndex, get
from analysis.text.sentences import split_sentences
from analysis.text.tokenize import tokenize

FRAGMENTS = [  # synthetic
    "قتل", "مقتل", "أصيب", "وإصابة", "نزوح", "اعتقال", "خطف", "لقي", "مصرعهم", "حتفهما",
    "أكثر من", "أقل من", "نحو", "ما لا يقل عن", "على الأقل", "بين", "و", "من", "إلى", "-",
    "30", "40", "١٢", "1،8 مليون", "20.000", "4 آلاف و312", "ثلاثة", "عشرات", "مئات", "أحد",
    "جنوده", "مدنيين", "مدنيا", "اثنين", "آخران", "جنديين", "وسائقا", "واحدا", "جميع", "الـ23",
    "القتلى", "والجرحى", "قتيل", "وجريح", "تراجع", "عدد", "السجناء", "ارتفع", "توعد", "بقتل",
    "بحسب", "المرصد", "وقالت", "الشرطة", "إن", "«", "»", "،", ".", "؛", "فيما", "بغارة",
    "التحالف", "رغم", "وقف", "إطلاق", "النار", "(", ")", "13.00", "عام", "2015",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40))
def test_every_claim_satisfies_the_span_and_bound_invariants(words):
    text = " ".join(words)
    for c in extract_claims(text):
        assert c.start <= c.end and text[c.start:c.end] == c.text
        for f in ("source", "perpetrator", "cause"):
            a, b = getattr(c, f"{f}_start"), getattr(c, f"{f}_end")
            assert (a is None) == (b is None) == (getattr(c, f"{f}_text") is None)
            if a is not None:
                assert a <= b and text[a:b] == getattr(c, f"{f}_text")
        if c.low is not None and c.high is not None:
            assert c.low <= c.high
        if c.hedge == "range":
            assert c.low < c.high


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), st.integers(-3, 40)), max_size=12),
       st.integers(0, 220), st.integers(0, 30))
def test_interval_index_finds_exactly_the_overlapping_items(spans, a, n):
    """The interval index gives the same items, in the same order, as a scan of every item."""
    items = [{"s": s, "e": s + d} for s, d in spans]
    index = IntervalIndex(items, "s", "e")
    b = a + n
    assert index.overlapping(a, b) == [k for k, it in enumerate(items) if it["s"] < b and a < it["e"]]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40))
def test_clause_lookup_equals_a_scan_of_the_sentence(words):
    text = " ".join(words)
    tokens = tokenize(text)
    doc = Document(text, tokens, split_sentences(text, tokens))
    for i in range(len(tokens)):
        s = doc.sent(i)
        breaks = [s.first_token] + [x for x in range(s.first_token, s.last_token)
                                    if doc.w(x) in ("فيما", "بينما", "وفيما", "وبينما")
                                    or (doc.w(x) in ("في", "وفي") and doc.w(x + 1) in ("حين", "وقت"))
                                    or tokens[x].text == "؛"] + [s.last_token]
        expected = next(((a, b) for a, b in zip(breaks, breaks[1:]) if a <= i < b),
                        (s.first_token, s.last_token))
        assert doc.clause(i) == expected


def test_get_reads_dicts_and_objects():
    class Row:
        start = 3

    assert get({"start": 3}, "start") == get(Row(), "start") == 3
    assert get({}, "start") is None
