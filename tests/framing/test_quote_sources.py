"""Source phrases ("according to", issue 13): which phrases name a source, and which a criterion.

Every Arabic sentence here is synthetic (written for the test), marked # synthetic.
Cases are (text, [(cue surface, speaker, speaker text, content)]); all are ``according_to``.
"""

from __future__ import annotations

import pytest

from analysis.framing import analyze_text

SOURCES = [
    ("وحسب المنظمة، فإن القصف مستمر.",  # synthetic: an organization noun is a source
     [("وحسب", None, "المنظمة", "القصف مستمر")]),
    ("وبحسب الجيش، فإن القصف مستمر.",  # synthetic: a registry role noun is a source
     [("وبحسب", None, "الجيش", "القصف مستمر")]),
    ("وقتل عشرة أشخاص حسبما نقلت وكالة رويترز.",  # synthetic
     [("حسبما", None, "وكالة", "وقتل عشرة أشخاص")]),
    ("وقتل عشرة أشخاص، على لسان المتحدث باسم التحالف الدولي.",  # synthetic: spokesman of X
     [("على لسان", "us_led_coalition", "المتحدث باسم التحالف الدولي", "وقتل عشرة أشخاص")]),
    ("وقتل جنديان، وفق بيان صدر عن الرئاسة الأذربيجانية.",  # synthetic: the party, not the medium
     [("وفق", "azerbaijan_presidency", "الرئاسة الأذربيجانية", "وقتل جنديان")]),
]

CRITERIA = [
    "تتصرف الدول وفقا لمصالحها.",  # synthetic: a source phrase needs a source
    "وتعمل الشركة وفق أفضل المعايير العالمية.",  # synthetic: the genitive is no party
    "أعيد الإعمار حسب المعايير الدولية.",  # synthetic
    "تزال المخالفات حسب طبيعة كل نشاط.",  # synthetic
]


@pytest.mark.parametrize("text,expected", SOURCES)
def test_sources(text, expected):
    got = [(text[q.start:q.end], q.speaker, q.speaker_text, text[q.content_start:q.content_end])
           for q in analyze_text(text).quotes if q.kind == "according_to"]
    assert got == expected


@pytest.mark.parametrize("text", CRITERIA)
def test_criteria_are_not_sources(text):
    assert analyze_text(text).quotes == ()


@pytest.mark.parametrize("text, speaker_text", [
    ("وتوفيت الطفلة في المدينة، بحسب الوطن.", "الوطن"),  # synthetic: a bare definite name closing the clause
    ("وتندرج البلاد في المرتبة الأخيرة، بحسب مؤشر الفساد الدولي.", "مؤشر الفساد الدولي"),  # synthetic: a document with genitive
    ("وبحسب مدير المشروع، فإن الخطوة تهدف إلى الحماية.", "مدير المشروع"),  # synthetic: a title with genitive
])
def test_sources_after_the_blind_first_run(text, speaker_text):
    (q,) = analyze_text(text).quotes
    assert (q.kind, q.speaker_text) == ("according_to", speaker_text)
