"""Reported statements: cues, speakers, kinds and content, table-driven.

Every Arabic sentence here is synthetic (written for the test), marked # synthetic.
"""

from __future__ import annotations

import pytest

from analysis.framing import analyze_text
from analysis.framing.analyze import build_context
from analysis.framing.quotes import pair_quotes

# (text, [(cue surface, speaker, kind, content)])
CASES = [
    ("وأكدت وزارة الدفاع الروسية أن القوات انسحبت.",  # synthetic
     [("وأكدت", "russia_mod", "indirect", "القوات انسحبت")]),
    ("أكّدَتْ الحكومةُ الأرمينية أنّ الهدنة صامدة.",  # synthetic
     [("أكّدَتْ", "armenia_government", "indirect", "الهدنة صامدة")]),
    ("المتظاهرون الأرمن أعلنوا أنهم سيواصلون الاحتجاج.",  # synthetic
     [("أعلنوا", "armenian_opposition", "indirect", "سيواصلون الاحتجاج")]),
    ("وبحسب الجيش الأذربيجاني، فإن القوات سيطرت على المدينة.",  # synthetic
     [("وبحسب", "azerbaijan_army", "according_to", "القوات سيطرت على المدينة")]),
    ("سيطرت القوات على المدينة، بحسب وزارة الدفاع الروسية.",  # synthetic
     [("بحسب", "russia_mod", "according_to", "سيطرت القوات على المدينة")]),
    ("قتل جنديان، حسبما أعلنت وزارة الدفاع الروسية.",  # synthetic
     [("حسبما", "russia_mod", "according_to", "قتل جنديان")]),
    ("وقال بوتين: «إنهم يسمونها \"عملية عسكرية\" فقط».",  # synthetic
     [("وقال", "putin", "direct", "إنهم يسمونها \"عملية عسكرية\" فقط")]),
    ("وقال باشينيان: \"لن نشارك. لن نوقع أي اتفاق\".",  # synthetic
     [("وقال", "pashinyan", "direct", "لن نشارك. لن نوقع أي اتفاق")]),
    ("\"سننتصر\"، قال علييف.",  # synthetic
     [("قال", "aliyev", "direct", "سننتصر")]),
    ("وقال مصدر إن الهجوم بدأ فجرا.",  # synthetic
     [("وقال", None, "indirect", "الهجوم بدأ فجرا")]),
    ("وأشارت إلى أن القصف توقف.",  # synthetic
     [("وأشارت", None, "indirect", "القصف توقف")]),
    ("وقال علييف إن العملية انتهت، مؤكدا أن الجيش سيبقى.",  # synthetic
     [("وقال", "aliyev", "indirect", "العملية انتهت"), ("مؤكدا", "aliyev", "indirect", "الجيش سيبقى")]),
    ("وقال بوتين إن الوضع هادئ. وأضاف أن الحوار مستمر.",  # synthetic
     [("وقال", "putin", "indirect", "الوضع هادئ"), ("وأضاف", "putin", "indirect", "الحوار مستمر")]),
    ("وقال بوتين إن الوضع هادئ. وأشارت إلى أن الحوار مستمر.",  # synthetic: gender mismatch
     [("وقال", "putin", "indirect", "الوضع هادئ"), ("وأشارت", None, "indirect", "الحوار مستمر")]),
    ("ونقلت وكالة إنترفاكس عن بوتين أن روسيا لن تتدخل.",  # synthetic
     [("ونقلت", "putin", "indirect", "روسيا لن تتدخل")]),
    ("وصفت باكو الهجوم بـ\"الإرهابي\".",  # synthetic
     [("وصفت", "azerbaijan", "direct", "الإرهابي")]),
    ("ولفتت السلطات الأرمينية إلى إجلاء المدنيين، في حين تواصل القصف.",  # synthetic
     [("ولفتت", "armenia_government", "indirect", "إجلاء المدنيين")]),
    ("ودعت الأمم المتحدة الأطراف إلى وقف القتال.",  # synthetic
     [("ودعت", "un", "indirect", "وقف القتال")]),
    ("وقال إن الجيش انسحب. وإن المسلحين فروا.",  # synthetic: the statement goes on
     [("وقال", None, "indirect", "الجيش انسحب. وإن المسلحين فروا")]),
    # Not statements.
    ("يذكر أن القتال اندلع في 2020.", []),  # synthetic: impersonal formula
    ("التقى طالب الجامعة الوزير.", []),  # synthetic: طالب "student" (no complement)
    ("أعيد الإعمار حسب المعايير الدولية.", []),  # synthetic: "in accordance with"
    ("وتمثل هذه إشارة إلى أن الحرب انتهت.", []),  # synthetic: إشارة is a noun
]


@pytest.mark.parametrize("text,expected", CASES)
def test_quotes(text, expected):
    got = [(text[q.start:q.end], q.speaker, q.kind, text[q.content_start:q.content_end])
           for q in analyze_text(text).quotes]
    assert got == expected


def test_speaker_is_never_guessed_from_a_non_subject():
    text = "وأعلن في بيان أن الجيش الأذربيجاني انسحب."  # synthetic: the army is in the content
    (q,) = analyze_text(text).quotes
    assert q.speaker is None


def test_speaker_text_of_an_unknown_subject():
    text = "وأكد البيان أن المحادثات ستعقد غدا."  # synthetic
    (q,) = analyze_text(text).quotes
    assert (q.speaker, q.speaker_text, q.rule) == (None, "البيان", "vso")


def test_addressee_of_describing_verbs():
    text = "ووصف المتظاهرون باشينيان بأنه \"خائن\"."  # synthetic
    (q,) = analyze_text(text).quotes
    assert q.addressee == "pashinyan"


@pytest.mark.parametrize("text,pairs", [
    ('قال: «أ "ب" ج».', [("«", "»"), ('"', '"')]),  # synthetic: nested
    ('قال: “أ” و"ب".', [("“", "”"), ('"', '"')]),  # synthetic: two families
    ('قال: »أ«.', [("»", "«")]),  # synthetic: reversed guillemets
    ('أ "ب\nج" د', []),  # synthetic: a paragraph break resets a stray "
])
def test_quote_pairing(text, pairs):
    ctx = build_context(text)
    assert [(ctx.tokens[p.open].text, ctx.tokens[p.close].text) for p in pair_quotes(ctx)] == pairs


def test_offsets_index_the_original():
    text = "وقال الرئيس الروسي فلاديمير بوتين: «نحن على اتصال». وأضاف أن الحل سلمي."  # synthetic
    for q in analyze_text(text).quotes:
        assert 0 <= q.start < q.end <= q.content_start <= q.content_end <= len(text)
        if q.speaker_text is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_text
