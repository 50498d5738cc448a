"""Invariants of every quote record (issue 13, issue 11 #9), on generated and real text.

* every record whose ``speaker`` or ``speaker_text`` is set has a speaker span, and
  ``text[speaker_start:speaker_end] == speaker_text``;
* ``start <= end`` and ``content_start <= content_end``, all inside the text;
* ``text[start:end]`` is the cue as written.

The generated documents join synthetic clauses (marked # synthetic) in any
order, with any punctuation and paragraph breaks between them, so chains,
pronouns and quotation marks meet in combinations no table lists.
"""

from __future__ import annotations

import json
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.framing import analyze_text

CLAUSES = [  # synthetic, all of them
    "وقال بوتين إن الوضع هادئ", "وأضاف أن الحوار مستمر", "مضيفا أن الحل سلمي", "مضيفة أن الحل قريب",
    "وقالت الوزارة في بيان", "وكانت الوزارة قد نفت وقوع إصابات", "قال المسؤول لوكالة رويترز إن",
    "ونقلت وكالة رويترز عن بوتين قوله إن", "وحسب المنظمة", "وفقا لمصالحها", "قال X :\" \"إن",
    "وأكد #الجيش_اليمني أن", "وقال المتحدث باسم التحالف الدولي", "ورفض المتظاهرون القرار",
    "وطالبوا بإسقاط الحكومة", "وجاء في بيان للوزارة أن", "لم تعلن أي جهة مسؤوليتها", "«", "»", "\"",
    "وكرر تحذيره من", "دعا كل من بوتين وأردوغان إلى", "التي وصفتها بـ\"الإرهابية\"", "وأشارت إلى أن",
]
JOINERS = [" ", "، ", ". ", ": ", "\n", " \"", "\" ", "»، ", "."]


def check(text: str) -> None:
    for q in analyze_text(text).quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert 0 <= q.content_start <= q.content_end <= len(text), (q, text)
        if q.speaker is not None or q.speaker_text is not None:
            assert q.speaker_start is not None and q.speaker_end is not None, (q, text)
            assert 0 <= q.speaker_start <= q.speaker_end <= len(text)
            assert text[q.speaker_start:q.speaker_end] == q.speaker_text, (q, text)
        else:
            assert q.speaker_start is None and q.speaker_end is None


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(CLAUSES), st.sampled_from(JOINERS)), min_size=1, max_size=12))
def test_every_speaker_has_a_span_in_generated_text(parts):
    check("".join(c + j for c, j in parts))


@pytest.mark.shared
def test_every_speaker_has_a_span_on_saudinewsnet(saudinewsnet_dir):
    zips = sorted(saudinewsnet_dir.glob("*.zip"))[:2]
    n = 0
    for path in zips:
        with zipfile.ZipFile(path) as z:
            for article in json.loads(z.read(z.namelist()[0]))[:150]:
                check(article.get("content") or "")
                n += 1
    assert n > 0
