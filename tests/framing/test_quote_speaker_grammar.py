"""Speakers from Arabic grammar (issue 13, generalisation round): agreement, subjects before the verb.

Classes found reading fresh SaudiNewsNet articles (not of any blind split) and
coded by the guideline of ``tests/framing/blind/README.md``; each is a rule of
grammar, tested here on synthetic sentences only. Each case is
(text, [(cue, speaker id, speaker text, rule)]), the speaker text read from the
record's ``speaker_start``/``speaker_end``.
"""

from __future__ import annotations

import pytest

from analysis.framing import analyze_text
from tests.framing.quote_cases import speakers as _speakers




RELATIVES = [
    # A verb that disagrees with the relative has its subject after it (and after فيه).
    ("في الوقت الذي أعلنت فيه الوزارة أن الحصيلة ارتفعت، قال الوزير إن الوضع هادئ.",  # synthetic
     [("أعلنت", None, "الوزارة", "vso"), ("قال", None, "الوزير", "vso")]),
    # An agreeing verb still takes the antecedent; a name has no article.
    # (انتقد "criticised" is a statement of its own since round 4: its object is the content.)
    ("وانتقد اللاعب رئيس الاتحاد سيب بلاتر الذي أعلن أنه سيستقيل.",  # synthetic
     [("وانتقد", None, "اللاعب", "vso"), ("أعلن", None, "سيب بلاتر", "svo")]),
]

BEFORE_THE_VERB = [
    # After كان the subject stands before the verb, however long, and a time adverbial after it is no subject.
    ("وكان المتحدث الرسمي باسم الشرطة العقيد فلان الفلاني أعلن أول من أمس أن التحقيق انتهى.",  # synthetic
     [("أعلن", None, "المتحدث الرسمي باسم الشرطة العقيد فلان الفلاني", "svo")]),
    ("وكانت الحكومة المحلية في المحافظة دعت السكان إلى الخروج.",  # synthetic: not the object after the verb
     [("دعت", None, "الحكومة المحلية", "svo")]),
    # ما إذا كان is "whether": the later verb has its own subject.
    ("وردا على سؤال عما إذا كان سيترشح قال اللاعب إنه لم يقرر بعد.",  # synthetic
     [("قال", None, "اللاعب", "vso")]),
    # The subject between a complementizer and its verb, with a prepositional modifier.
    ("غير أن مصادر متعددة داخل الوزارة كشفت عن خلافات حول الخطة.",  # synthetic
     [("كشفت", None, "مصادر متعددة داخل الوزارة", "svo")]),
    ("يذكر أن وسائل الإعلام المحلية في المدينة ذكرت أن الطريق أغلق.",  # synthetic
     [("ذكرت", None, "وسائل الإعلام المحلية في المدينة", "svo")]),
    # A topic opening the sentence, closed by a comma (an appositive role inside it).
    ("فلان الفلاني، مدير المكتب الإعلامي، قال إن الوفد وصل.",  # synthetic
     [("قال", None, "فلان الفلاني، مدير المكتب الإعلامي", "svo")]),
    # …but a prepositional opener before the comma is no topic: the pronoun continues.
    ("وقال الوزير إن الوضع هادئ. ومن جهته، قال إن الحوار مستمر.",  # synthetic
     [("وقال", None, "الوزير", "vso"), ("قال", None, "الوزير", "continuation")]),
]

SENTENCE_SUBJECT = [
    # A pronoun verb inside a sentence opened by كان + subject: that subject, nearer than an earlier sentence's speaker.
    ('وقال الوزير إن الوضع هادئ. وكانت "الصحيفة" قد نشرت الخبر، حيث ذكرت أن الخطة أقرت.',  # synthetic
     [("وقال", None, "الوزير", "vso"), ("ذكرت", None, "الصحيفة", "hal")]),
    ("وكان المدرب قد اجتمع مع اللاعبين، مشيرا إلى أن التدريب يبدأ غدا.",  # synthetic: a participle too
     [("مشيرا", None, "المدرب", "hal")]),
    # …only when it agrees: كانت … ذكر is not hers, and the earlier speaker is kept.
    ("وقال الوزير إن الوضع هادئ. وكانت الصحيفة قد نشرت الخبر، حيث ذكر أن الخطة أقرت.",  # synthetic
     [("وقال", None, "الوزير", "vso"), ("ذكر", None, "الوزير", "continuation")]),
    # A كان inside a quotation is the quoted speaker's word, and a participle has no subject of its own before it.
    ("وقالت فلانة إن التحقيق جار. وقالت «حضر شبان وكانت هناك أنشطة ستستمر» مضيفة أن النواب سيصلون.",  # synthetic
     [("وقالت", None, "فلانة", "vso"), ("وقالت", None, "فلانة", "continuation"),
      ("مضيفة", None, "فلانة", "continuation")]),
    ("وكانت الحكومة قد وبخت الجهاز، زاعمة أنه فشل.",  # synthetic
     [("زاعمة", None, "الحكومة", "hal")]),
    # A participle with no earlier statement: the subject of the opening verb, a noun the registry does not
    # know when the verb is a reporting verb, the noun a role or source, or a title with a name (not a thing).
    ("كشفت مصادر مطلعة داخل الحكومة إصرار الخرطوم على الحل، مشيرة إلى أن الجولة حاسمة.",  # synthetic
     [("مشيرة", None, "مصادر", "hal")]),
    ("على صعيد آخر، تظاهر أهالي المختطفين في الشوارع، مطالبين بخطوات أكثر جدية.",  # synthetic: opener skipped
     [("مطالبين", "civilians", "أهالي", "hal")]),
    ("وقلل المهندس فلان الفلاني من التأثير، مبينا أن الاستهلاك قليل.",  # synthetic
     [("مبينا", None, "المهندس", "hal")]),
    ("وجاء القرار انطلاقا من الحرص على القطاع، مؤكدا أهمية المعارض.",  # synthetic: جاء X names no speaker
     [("مؤكدا", None, None, "none")]),
    ("وقلل الخبر من التأثير، مبينا أن الاستهلاك قليل.",  # synthetic: a thing, no title before a name
     [("مبينا", None, None, "none")]),
    # A plural subject after a complementizer (إلا أن سياسيين أكدوا), not the subject of كان before it.
    ("وكان التنظيم قد سيطر على المدينة، إلا أن سياسيين أكدوا أن السيطرة فخ، مشيرين إلى أن العد بدأ.",  # synthetic
     [("أكدوا", None, "سياسيين", "svo"), ("مشيرين", None, "سياسيين", "continuation")]),
]

EXTENT = [
    # The speaker's noun phrase in full: a title with the name after it (up to a boundary) ...
    ("وقالت العضوة فلانة سعيد الفلانية إن الحملة ناجحة.",  # synthetic
     [("وقالت", None, "العضوة فلانة سعيد الفلانية", "vso")]),
    ("وقال المتحدث العسكري العميد فلان الفلاني إن الغارات مستمرة.",  # synthetic: adjective and titles first
     [("وقال", None, "المتحدث العسكري العميد فلان الفلاني", "vso")]),
    ("وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر.",  # synthetic: after a party's office
     [("وقال", "lavrov", "وزير الخارجية الروسي سيرغي لافروف", "vso")]),
    # ... an office in the construct state with its party (the party speaks) and the name after it ...
    ("أكد مستشار الرئيس الفلسطيني فلان الفلاني في تصريحات أن القمة خطوة.",  # synthetic
     [("أكد", "palestinians", "مستشار الرئيس الفلسطيني فلان الفلاني", "vso")]),
    # ... an unknown head's indefinite adjectives and an appositive وهو phrase ...
    ("وقال مصدر أمني مطلع إن الهجوم فشل.",  # synthetic
     [("وقال", None, "مصدر أمني مطلع", "vso")]),
    ("وقال فلان الفلاني وهو سياسي محلي لرويترز «السيارات تنقل الجرحى إلى المستشفى».",  # synthetic
     [("وقال", None, "فلان الفلاني وهو سياسي محلي", "vso")]),
    ("وقال خبير روسي إن الحوار مستمر.",  # synthetic: the nationality adjective, still no party
     [("وقال", None, "خبير روسي", "vso")]),
    ("وطالبت الدكتورة فلانة الفلانية بالدعاء لرجال الأمن.",  # synthetic: up to the verb's own بـ
     [("وطالبت", None, "الدكتورة فلانة الفلانية", "vso")]),
    # ... coordinated subjects (و + a definite noun; a و-verb starts another clause) ...
    ("ودعا كل من الرئيس الفرنسي والمستشارة الألمانية إلى وقف القتال.",  # synthetic
     [("ودعا", "france", "كل من الرئيس الفرنسي والمستشارة الألمانية", "vso")]),
    ("وقال الوزير والسفير إن الحوار مستمر.",  # synthetic
     [("وقال", None, "الوزير والسفير", "vso")]),
    ("وأعلن الجيش والشرطة مقتل ثلاثة مسلحين.",  # synthetic: the object is not in the span
     [("وأعلن", None, "الجيش والشرطة", "vso")]),
    # ... a definite adjective of a definite title before the name (الأمين العام فلان) ...
    ("وقال الأمين العام فلان الفلاني إن الحوار مستمر.",  # synthetic
     [("وقال", None, "الأمين العام فلان الفلاني", "vso")]),
    # ... a name ends where an appositive title starts (العميد فلان المتحدث الرسمي) ...
    ("وقال العميد يحيى رسول المتحدث الرسمي باسم العمليات في بيان إن القوات دخلت الجامعة.",  # synthetic
     [("وقال", None, "العميد يحيى رسول", "vso")]),
    # ... but not over what may be the object or a time adverbial.
    ("وأكد الوزير ضرورة أن يتوقف القتال.",  # synthetic
     [("وأكد", None, "الوزير", "vso")]),
    ("وقال الوزير أول من أمس إن الحوار مستمر.",  # synthetic
     [("وقال", None, "الوزير", "vso")]),
    ("وشرح فلان عدة نصائح للمواطنين.",  # synthetic: a quantifier starts the object
     [("وشرح", None, "فلان", "vso")]),
    ("دعت بلدية المدينة السكان إلى ملازمة الملاجئ.",  # synthetic: a definite object after the subject
     [("دعت", None, "بلدية المدينة", "vso")]),
]

AGREEMENT = [
    # A masculine verb before a definite feminine noun: the noun is the object, the subject a pronoun.
    ("وقال المواطن إن المياه وصلت إلى الطريق. وطالب الجهات المعنية بسرعة التحرك.",  # synthetic
     [("وقال", None, "المواطن", "vso"), ("وطالب", None, "المواطن", "continuation")]),
    # A feminine verb before a masculine plural, likewise.
    ("وقالت الوزيرة إن الحوار مستمر. وطالبت المسؤولين بالهدوء.",  # synthetic
     [("وقالت", None, "الوزيرة", "vso"), ("وطالبت", None, "الوزيرة", "continuation")]),
    # البيان is singular (its ان is no dual): a singular participle continues it.
    ("وأضاف البيان أن الوضع خطير، واصفا الهجوم بأنه «عمل إرهابي».",  # synthetic
     [("وأضاف", None, "البيان", "vso"), ("واصفا", None, "البيان", "continuation")]),
    # A source phrase is an antecedent only when its noun can speak: وفق أعلى درجات… is "in accordance with".
    ("وأشار المصدر إلى أن التأمين يتم وفق أعلى درجات الاستعداد، موضحا أن الخطة محكمة.",  # synthetic
     [("وأشار", None, "المصدر", "vso"), ("وفق", None, "أعلى", "source"), ("موضحا", None, "المصدر", "continuation")]),
    ("وقال الوزير إن الخطة تسير بحسب مدير المشروع، مضيفا أنها محكمة.",  # synthetic: a role noun can
     [("وقال", None, "الوزير", "vso"), ("بحسب", None, "مدير المشروع", "source"),
      ("مضيفا", None, "مدير المشروع", "continuation")]),
    # A plural people after a name is the object (دعا فلان الإسرائيليين), after an office its party.
    ("ودعا فلان الإسرائيليين إلى اختيار السلام.",  # synthetic
     [("ودعا", None, "فلان", "vso")]),
    ("وقال زعيم الحوثيين إن الهدنة انتهت.",  # synthetic
     [("وقال", "houthis", "زعيم الحوثيين", "vso")]),
    # The noun after the verb marked as its object: the subject is the pronoun (the previous speaker).
    ("وقال الوزير إن الوضع هادئ. وطالب المسلحين بالانسحاب.",  # synthetic: ـين is accusative
     [("وقال", None, "الوزير", "vso"), ("وطالب", None, "الوزير", "continuation")]),
    ("وقالت الوزارة إن الحادث وقع ليلا. وأعلنت وفاة ثلاثة أشخاص.",  # synthetic: a noun before a number
     [("وقالت", None, "الوزارة", "vso"), ("وأعلنت", None, "الوزارة", "continuation")]),
    ("وقال المصدر إن المشروع متعثر. وأرجع التأخير إلى نقص التمويل.",  # synthetic: a derived verbal noun
     [("وقال", None, "المصدر", "vso"), ("وأرجع", None, "المصدر", "continuation")]),
    # …but not a document with its content clause, a broken plural, or قد before the verb.
    ("وأكد التحقيق أن الحادث عرضي.",  # synthetic
     [("وأكد", None, "التحقيق", "vso")]),
    ("اقترحت الأحزاب تأجيل الانتخابات.",  # synthetic
     [("اقترحت", None, "الأحزاب", "vso")]),
    ("وقال إن الوزير قد أعلن أن الخطة جاهزة.",  # synthetic
     [("وقال", None, None, "none"), ("أعلن", None, "الوزير", "svo")]),
    # A short sound plural is plural.
    ("وقال مدعون إن المتهم فر، مؤكدين أنه خطير.",  # synthetic
     [("وقال", None, "مدعون", "vso"), ("مؤكدين", None, "مدعون", "continuation")]),
    # A source phrase's noun shows its gender: وأضاف does not continue لوكالة (an initiative,
    # وفقا لمبادرة, is a criterion, not a source: sourcing, cues.yml criterion_nouns).
    ("وأفاد الوزير بأن البحث جرى وفقا لوكالة الأنباء. وأضاف أن الحوار مستمر.",  # synthetic
     [("وأفاد", None, "الوزير", "vso"), ("وفقا", None, "لوكالة الأنباء", "source"),
      ("وأضاف", None, "الوزير", "continuation")]),
]


@pytest.mark.parametrize("text,expected", RELATIVES + BEFORE_THE_VERB + SENTENCE_SUBJECT + EXTENT + AGREEMENT)
def test_speaker_grammar(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize("text", [
    "وقال الوزير إن العمل توقف بعد أن ارتفعت الأسعار كثيرا وهو ما أكد أن الخطة فشلت.",  # synthetic
    "وقال الوزير إن العدد بلغ ثلاثين وأعلن أن الحصيلة نهائية.",  # synthetic
])
def test_a_clause_before_the_verb_is_not_its_subject(text):
    """بعد أن + a verb, وهو ما, a coordinated و-verb: what stands between أن and the verb is a clause."""
    for q in analyze_text(text).quotes:
        span = text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else ""
        assert "ارتفعت" not in span and "بلغ" not in span, (text[q.start:q.end], span)


def test_person_titles_are_normalized_single_words(tmp_path):
    """The registry's ``person_titles`` (actors.yml 1.3.0): one word each, read in the comparison form."""
    from analysis.errors import AnalysisError
    from analysis.framing.registry import load_registry

    assert {"الدكتور", "العقيد", "معالي"} <= load_registry().person_titles
    head = "name: mine\nversion: '1'\nactors:\n  - id: x\n    type: state\n    name: {ar: س, en: X}\n"
    good = tmp_path / "good.yml"
    good.write_text(head + "person_titles: [الدكتورة]\n", encoding="utf-8")
    assert load_registry(good).person_titles == frozenset({"الدكتوره"})
    bad = tmp_path / "bad.yml"
    bad.write_text(head + "person_titles: [رئيس الوزراء]\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match="must be one word"):
        load_registry(bad)


@pytest.mark.parametrize("text,repeated", [
    # The continuation points to the speaker's nearest earlier mention: the same words again in its sentence.
    ("وقال فلان الفلاني إن المعركة قريبة. ورفض فلان الفلاني تحديد موعد، مضيفا أن الحل قريب.", True),  # synthetic
    # Only whole words: الوزير inside الوزيرة is not a mention of الوزير.
    ("وقال الوزير إن المعركة قريبة. ورفضت الوزيرة تحديد موعد، مضيفا أن الحل قريب.", False),  # synthetic
])
def test_continuation_points_to_the_nearest_mention(text, repeated):
    quotes = analyze_text(text).quotes
    first, last = quotes[0], quotes[-1]
    assert last.rule == "continuation" and last.speaker_text == first.speaker_text
    second = text.find(first.speaker_text, first.speaker_end)
    assert last.speaker_start == (second if repeated else first.speaker_start)
