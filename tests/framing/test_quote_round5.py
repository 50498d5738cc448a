"""Round 5 of issue 13: cues pooled from the misses of blind splits 1 to 4.

Every Arabic sentence here is synthetic (written for the test), marked # synthetic.
Cases are (text, [(cue surface, speaker text, kind, content)]).
"""

from __future__ import annotations

import pytest

from analysis.framing import analyze_text


def _quotes(text):
    return [(text[q.start:q.end], q.speaker_text, q.kind, text[q.content_start:q.content_end])
            for q in analyze_text(text).quotes]


NEW_VERBS = [
    # Objecting takes على; without it اعترض is "intercept".
    ("وكانت الهيئة اعترضت في مايو على بيع المبنى.",  # synthetic
     [("اعترضت", "الهيئة", "indirect", "بيع المبنى")]),
    ("وقال إن خفر السواحل اعترض قاربا قرب الساحل.",  # synthetic
     [("وقال", None, "indirect", "خفر السواحل اعترض قاربا قرب الساحل")]),
    # An estimate with an agent and a clause (the passive تقدر بـ is not one).
    ("وقدرت اللجنة أن الإصلاح سيستغرق عاما.",  # synthetic
     [("وقدرت", "اللجنة", "indirect", "الإصلاح سيستغرق عاما")]),
    ("وتراكمت عليها ديون تقدر بنحو مليار.", []),  # synthetic
    # Casting doubt is a claim.
    ("ويشكك باحثون كثيرون في وجود التنظيم.",  # synthetic
     [("ويشكك", "باحثون كثيرون", "indirect", "وجود التنظيم")]),
    # Recounting, a condition set.
    ("وروت المعلمة أنها فوجئت بالقرار.",  # synthetic
     [("وروت", "المعلمة", "indirect", "فوجئت بالقرار")]),
    ("واشترطت النقابة حضور المحامي.",  # synthetic
     [("واشترطت", "النقابة", "indirect", "حضور المحامي")]),
    # The blaming idiom needs its noun.
    ("ويلقي السكان باللائمة على الشركة.",  # synthetic
     [("ويلقي", "السكان", "indirect", "الشركة")]),
    ("وألقت الشرطة القبض على المشتبه به.", []),  # synthetic
    # Closing by saying: the cue is the speech noun after the subject (like ومضى X بالقول).
    ("واختتم الوزير بالقول إن الطريق سيفتتح قريبا.",  # synthetic
     [("بالقول", "الوزير", "indirect", "الطريق سيفتتح قريبا")]),
    ("وختمت المديرة حديثها بقولها: \"نحن جاهزون\".",  # synthetic
     [("بقولها", "المديرة", "direct", "نحن جاهزون")]),
    ("وختمت المديرة كلمتها بشكر المتطوعين.", []),  # synthetic
    # A legislature is a source after طبقا لـ.
    ("وطبقا للبرلمان تصدر المحاكم ألف حكم في العام.",  # synthetic
     [("وطبقا", "للبرلمان", "according_to", "تصدر المحاكم ألف حكم في العام")]),
]


@pytest.mark.parametrize("text,expected", NEW_VERBS)
def test_round5_reporting_verbs_and_source_nouns(text, expected):
    assert _quotes(text) == expected
