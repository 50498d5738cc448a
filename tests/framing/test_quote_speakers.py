"""Speakers of reported statements (issue 13): spans for every speaker, chains, agreement, subjects.

Every Arabic sentence here is synthetic (written for the test), marked # synthetic.
Each case is (text, [(cue, speaker id, speaker text, rule)]); the speaker text is
read from the record's ``speaker_start``/``speaker_end``.
"""

from __future__ import annotations

import pytest

from analysis.framing import analyze_text
from tests.framing.quote_cases import speakers as _speakers




CHAINS = [
    # قال X … وأضاف … مضيفا: every link names X and points to X's span.
    ("وقال بوتين إن الوضع هادئ. وأضاف أن الحوار مستمر، مضيفا أن الحل سلمي.",  # synthetic
     [("وقال", "putin", "بوتين", "vso"), ("وأضاف", "putin", "بوتين", "continuation"),
      ("مضيفا", "putin", "بوتين", "continuation")]),
    ("وقالت الوزيرة إن الوضع هادئ، مضيفة أن الحل قريب.",  # synthetic: an unknown speaker's span too
     [("وقالت", None, "الوزيرة", "vso"), ("مضيفة", None, "الوزيرة", "continuation")]),
    ("وقال بوتين إن الوضع هادئ.\nوأوضح أن الحوار مستمر.",  # synthetic: the previous sentence, a new paragraph
     [("وقال", "putin", "بوتين", "vso"), ("وأوضح", "putin", "بوتين", "continuation")]),
    ("وقال المسؤولون إن القصف توقف، مؤكدين أن الهدنة صامدة.",  # synthetic: plural noun, plural participle
     [("وقال", None, "المسؤولون", "vso"), ("مؤكدين", None, "المسؤولون", "continuation")]),
    ("وقالت مصادر إن القصف توقف. ولفتت إلى أن الهدنة صامدة.",  # synthetic: broken plural, feminine verb
     [("وقالت", None, "مصادر", "vso"), ("ولفتت", None, "مصادر", "continuation")]),
]

AGREEMENT = [
    # مضيفة is not a man's.
    ("وقال الرئيس إن الوضع هادئ، مضيفة أن الحل قريب.",  # synthetic
     [("وقال", None, "الرئيس", "vso"), ("مضيفة", None, None, "none")]),
    # A plural continuation is not a person's.
    ("وقال بوتين إن الوضع هادئ. وأضافوا أن الحوار مستمر.",  # synthetic
     [("وقال", "putin", "بوتين", "vso"), ("وأضافوا", None, None, "none")]),
    # The nearest agreeing speaker, not the nearest one.
    ("وقال بوتين إن الوزيرة قالت إن الوضع هادئ، مضيفا أن الحل قريب.",  # synthetic
     [("وقال", "putin", "بوتين", "vso"), ("قالت", None, "الوزيرة", "svo"),
      ("مضيفا", "putin", "بوتين", "continuation")]),
    # Never further back than the previous sentence.
    ("وقال بوتين إن الوضع هادئ.\nوقال آخرون شيئا.\nوأضاف أن الحوار مستمر.",  # synthetic
     [("وقال", "putin", "بوتين", "vso"), ("وأضاف", None, None, "none")]),
]

SUBJECTS = [
    # كان / قد before the verb: the subject stands before it.
    ("وكان مسؤولون أتراك قالوا إن الهجوم فشل.",  # synthetic
     [("قالوا", None, "مسؤولون أتراك", "svo")]),
    ("وكانت الوزارة قد نفت وقوع إصابات.",  # synthetic
     [("نفت", None, "الوزارة", "svo")]),
    ("وكان بوتين قد أكد أن الحوار مستمر.",  # synthetic
     [("أكد", "putin", "بوتين", "svo")]),
    ("وكانت \"أسوشيتد برس\" ذكرت أن القوات تقدمت.",  # synthetic: a quoted name as subject
     [("ذكرت", None, "أسوشيتد برس", "svo")]),
    # A hashtag as subject.
    ("وأكد #الجيش_اليمني أن القوات تقدمت.",  # synthetic
     [("وأكد", None, "#الجيش_اليمني", "vso")]),
    # "Spokesman of X": X speaks, the span is the whole phrase.
    ("وقال المتحدث باسم التحالف الدولي إن الغارات مستمرة.",  # synthetic
     [("وقال", "us_led_coalition", "المتحدث باسم التحالف الدولي", "vso")]),
    ("وقال الناطق الرسمي باسم وزارة الصحة إن القصف مستمر.",  # synthetic: an unknown X keeps its words
     [("وقال", None, "الناطق الرسمي باسم وزارة الصحة", "vso")]),
    ("وقال المتحدث الأمني لوزارة الداخلية إن القصف مستمر.",  # synthetic: لـ X after the office's adjective
     [("وقال", None, "المتحدث الأمني لوزارة الداخلية", "vso")]),
    # Coordinated subjects: the span covers every conjunct; the first names the speaker.
    ("دعا كل من بوتين وأردوغان إلى وقف القتال.",  # synthetic
     [("دعا", "putin", "كل من بوتين وأردوغان", "vso")]),
    ("وقال بوتين وأردوغان إن الحوار مستمر.",  # synthetic
     [("وقال", "putin", "بوتين وأردوغان", "vso")]),
    # Shared subject across a comma.
    ("ورفض المتظاهرون القرار، وطالبوا بإسقاط الحكومة.",  # synthetic
     [("وطالبوا", "protesters", "المتظاهرون", "hal")]),
    # A relative clause: the subject is the relative's antecedent, or the verb's own (التي وصفتها باكو).
    ("انسحبت الوحدات التي أعلنت ولاءها للرئيس.",  # synthetic
     [("أعلنت", None, "الوحدات", "svo")]),
    # The addressee or object is not the subject.
    ("وقال لوكالة رويترز إن الوضع خطير.",  # synthetic: pronoun subject, no antecedent
     [("وقال", None, None, "none")]),
    ("قال المسؤول لوكالة رويترز إن الوضع خطير.",  # synthetic
     [("قال", None, "المسؤول", "vso")]),
    ("وقال بوتين إن الوضع هادئ. وأعلن انسحاب القوات.",  # synthetic: a verbal noun is the object
     [("وقال", "putin", "بوتين", "vso"), ("وأعلن", "putin", "بوتين", "continuation")]),
    ("أعلن المستشفى وفاة ثلاثة مصابين.",  # synthetic
     [("أعلن", None, "المستشفى", "vso")]),
    # A verbal noun with a pronoun suffix continues the speaker; with a party genitive, that party speaks.
    ("وقال بوتين إن الوضع خطير، وكرر تحذيره من أن التصعيد خطير.",  # synthetic
     [("وقال", "putin", "بوتين", "vso"), ("تحذيره", "putin", "بوتين", "continuation")]),
    ("وجاء إعلان حماس أن الهدنة انتهت بعد الغارة.",  # synthetic
     [("إعلان", "hamas", "حماس", "vso")]),
]


PRONOUNS = [
    # A pronoun subject with no earlier statement: the subject of the previous sentence's opening verb.
    ("واستقبل الرئيس الروسي فلاديمير بوتين الوفد. وقال إن الحوار مستمر.",  # synthetic
     [("وقال", "putin", "الرئيس الروسي فلاديمير بوتين", "continuation")]),
    ("واستقبلت الوزيرة الوفد. وقال إن الحوار مستمر.", [("وقال", None, None, "none")]),  # synthetic: gender
    # A shared subject in subject-verb order before the comma.
    ("وقال مصدر إن الأهالي رفضوا ذلك، وطالبوا المسلحين بالمغادرة.",  # synthetic
     [("وقال", None, "مصدر", "vso"), ("وطالبوا", "civilians", "الأهالي", "hal")]),
    # ذلك stands for the previous statement; the subject follows it.
    ("وقتل عشرة أشخاص في القصف. أكد ذلك المتحدث باسم التحالف الدولي.",  # synthetic
     [("أكد", "us_led_coalition", "المتحدث باسم التحالف الدولي", "vso")]),
    # A medium phrase before the subject.
    ("وقال في مؤتمر صحفي عقده اليوم وزير الخارجية إن الحوار مستمر.",  # synthetic
     [("وقال", None, "وزير الخارجية", "vso")]),
]


@pytest.mark.parametrize("text,expected", CHAINS + AGREEMENT + SUBJECTS + PRONOUNS)
def test_speakers(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize("text", [
    "وجاء إعلان الطوارئ بعد الهجوم.",  # synthetic: the genitive is the object, no complement
    "وفي تبني الهجوم، قال مصدر إن الحركة مسؤولة.",  # synthetic: a verb never follows a preposition
])
def test_verbal_nouns_that_report_nothing(text):
    assert [text[q.start:q.end] for q in analyze_text(text).quotes if q.cue in ("إعلان", "تبنى")] == []


# Rules generalised after the blind gold's first run (issue 13).
AFTER_BLIND = [
    # A chain reaches back over narrative sentences, never beyond the previous paragraph.
    ("وقال بوتين إن الوضع هادئ. واستقبل الوفد في القصر. وأضاف أن الحوار مستمر.",  # synthetic
     [("وقال", "putin", "بوتين", "vso"), ("وأضاف", "putin", "بوتين", "continuation")]),
    ("وقال بوتين إن الوضع هادئ.\nواستقبل الوفد.\nوانتهت الزيارة.\nوأضاف أن الحوار مستمر.",  # synthetic: too far
     [("وقال", "putin", "بوتين", "vso"), ("وأضاف", None, None, "none")]),
    # A source phrase's speaker is an antecedent too.
    ("وبحسب مدير المشروع، فإن الخطوة مهمة. وأوضح أن العمل مستمر.",  # synthetic
     [("وبحسب", None, "مدير المشروع", "source"), ("وأوضح", None, "مدير المشروع", "continuation")]),
    # A quoted name before a colon is the subject.
    ("وأضاف \"العنزي\": \"نقلت الفرق المصابين إلى المستشفى\".",  # synthetic
     [("وأضاف", None, "العنزي", "vso")]),
    # A name after لـ right before the words is the addressee, not the subject.
    ("وقال بوتين إن الوضع هادئ. وقالت لرويترز «الحوار مستمر منذ أيام».",  # synthetic
     [("وقال", "putin", "بوتين", "vso"), ("وقالت", None, None, "none")]),
    # A participle has no subject of its own after أن; a mention after لـ is no SVO subject.
    ("ووجه حديثه لبوتين قائلا: «الحوار مستمر».", [("قائلا", None, None, "none")]),  # synthetic
]

NOT_STATEMENTS_AFTER_BLIND = [
    "وقال بوتين: «إن الحكومة أكدت أنها ستواصل الدعم».",  # synthetic: a cue inside a quotation
    "الشركة ليست لديها معاملات لكي تعلنها.",  # synthetic: a subjunctive imperfect
]


@pytest.mark.parametrize("text,expected", AFTER_BLIND)
def test_speakers_after_the_blind_first_run(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize("text", NOT_STATEMENTS_AFTER_BLIND)
def test_cues_that_report_nothing_after_the_blind_first_run(text):
    assert [q.cue for q in analyze_text(text).quotes if q.cue in ("أكد", "أعلن")] == []
