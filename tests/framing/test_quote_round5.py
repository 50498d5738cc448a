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


PREPOSITIONS = [
    # News style: أفاد / صرح / أوضح عن + the reported fact.
    ("وأفادت البعثة عن وجود موظف بين القتلى.",  # synthetic
     [("وأفادت", "البعثة", "indirect", "وجود موظف بين القتلى")]),
    ("وصرح ضابط عسكري عن مقتل عشرة جنود.",  # synthetic
     [("وصرح", "ضابط عسكري", "indirect", "مقتل عشرة جنود")]),
    ("وأوضح مصدر عسكري عن آلية الاختيار.",  # synthetic
     [("وأوضح", "مصدر عسكري", "indirect", "آلية الاختيار")]),
]


@pytest.mark.parametrize("text,expected", PREPOSITIONS)
def test_round5_reporting_verbs_about_a_fact(text, expected):
    assert _quotes(text) == expected


SAYING_AFTER_CONTENT = [
    # قائلا after a verb that already has its own content is a second statement (README_4a)...
    ("وأعلنت الحركة مسؤوليتها عن الهجوم قائلة إن الموقع سقط.",  # synthetic
     [("وأعلنت", "الحركة", "indirect", "الهجوم"),
      ("قائلة", "الحركة", "indirect", "الموقع سقط")]),
    ("وطلبت البلدية دعما قائلة إن الوضع صعب.",  # synthetic
     [("وطلبت", "البلدية", "indirect", "دعما"), ("قائلة", "البلدية", "indirect", "الوضع صعب")]),
    # ... but introduces the verb's own words after its subject or a medium phrase: one statement.
    ("وأجاب الوزير قائلا: \"لا تعليق\".", [("وأجاب", "الوزير", "direct", "لا تعليق")]),  # synthetic
    ("وأضاف الوزير في تصريح صحفي قائلا: \"لا تعليق\".",  # synthetic
     [("وأضاف", "الوزير", "direct", "لا تعليق")]),
]


@pytest.mark.parametrize("text,expected", SAYING_AFTER_CONTENT)
def test_saying_participle_after_a_verb_with_its_own_content_is_its_own_statement(text, expected):
    assert _quotes(text) == expected


VERBAL_NOUNS = [
    # An admission with its agent's pronoun and its بـ content is a statement (a continuation)...
    ("وتنفي الحكومة أي تدخل رغم إقرارها بدعم المعارضة.",  # synthetic
     [("وتنفي", "الحكومة", "indirect", "أي تدخل رغم إقرارها بدعم المعارضة"),
      ("إقرارها", "الحكومة", "indirect", "بدعم المعارضة")]),
    # ... adopting a bill (إقرار + object) is not.
    ("ويتعين على المجلس أن يسرع في إقرار المشروع.", []),  # synthetic
]


@pytest.mark.parametrize("text,expected", VERBAL_NOUNS)
def test_round5_verbal_nouns_with_their_agent(text, expected):
    assert _quotes(text) == expected


OBJECT_AFTER_MODIFIER = [
    # An indefinite noun right after a definite modifier's noun phrase starts the object.
    ("وأكد مصدر في وزارة الصحة وفاة ثلاثة مرضى.",  # synthetic
     [("وأكد", "مصدر", "indirect", "وفاة ثلاثة مرضى")]),
    ("وأكد مصدر في وزارة الصحة المحلية وفاة ثلاثة مرضى.",  # synthetic
     [("وأكد", "مصدر", "indirect", "وفاة ثلاثة مرضى")]),
    # An adverbial or a preposition after the modifier is not the object.
    ("وأكد مصدر في وزارة الصحة أمس.", []),  # synthetic
    ("وأكد مصدر في وزارة الصحة على ضرورة الحذر.",  # synthetic
     [("وأكد", "مصدر", "indirect", "ضرورة الحذر")]),
]


@pytest.mark.parametrize("text,expected", OBJECT_AFTER_MODIFIER)
def test_object_after_a_definite_prepositional_modifier(text, expected):
    assert _quotes(text) == expected


WRITING_AND_DATES = [
    # Writing that + a clause is a statement; writing a poem or "books" is not.
    ("وكتبت الصحيفة السبت إن الخطة فشلت.",  # synthetic
     [("وكتبت", "الصحيفة", "indirect", "الخطة فشلت")]),
    ("وكتب الشاعر قصيدة عن المدينة.", []),  # synthetic
    ("وقرأ كتب التاريخ.", []),  # synthetic
    # A year or a day number in a time phrase does not end the search for the verb's preposition.
    ("وكانت الهيئة اعترضت في يوليو 2014 على بيع المبنى.",  # synthetic
     [("اعترضت", "الهيئة", "indirect", "بيع المبنى")]),
    ("وأكدت الهيئة في 12 يوليو على ضرورة الحذر.",  # synthetic
     [("وأكدت", "الهيئة", "indirect", "ضرورة الحذر")]),
]


@pytest.mark.parametrize("text,expected", WRITING_AND_DATES)
def test_writing_verbs_and_dated_time_phrases(text, expected):
    assert _quotes(text) == expected
