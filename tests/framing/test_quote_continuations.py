"""Continuation verbs of news style after the second blind split (issue 13, round 3).

Every Arabic sentence here is synthetic (written for the test), marked # synthetic.
Cases are (text, [(cue surface, speaker text, kind)]).
"""

from __future__ import annotations

import pytest

from analysis.framing import analyze_text


def _quotes(text):
    return [(text[q.start:q.end], q.speaker_text, q.kind) for q in analyze_text(text).quotes]


ZADA_ADDED = [
    # وزاد "added" takes a quotation, a colon or أن right after it (or after its subject).
    ("قال الوزير إن الوضع صعب. وزاد \"نحن نعمل على الحل\".",  # synthetic
     [("قال", "الوزير", "indirect"), ("وزاد", "الوزير", "direct")]),
    ("قال الوزير إن الوضع صعب. وزاد: \"نحن نعمل\".",  # synthetic
     [("قال", "الوزير", "indirect"), ("وزاد", "الوزير", "direct")]),
    ("قالت الوزيرة إن الوضع صعب. وزادت أن الحل قريب.",  # synthetic
     [("قالت", "الوزيرة", "indirect"), ("وزادت", "الوزيرة", "indirect")]),
    ("وزاد المتحدث أن الحكومة ستعمل.", [("وزاد", "المتحدث", "indirect")]),  # synthetic
    # زاد "increase": no content right after it.
    ("وزاد عدد القتلى إلى ثلاثين.", []),  # synthetic
    ("وزادت الأسعار بنسبة كبيرة.", []),  # synthetic
    ("وزاد من حدة التوتر \"الهجوم الأخير\".", []),  # synthetic
    ("وقال إن الأسعار زادت \"بشكل كبير\".", [("وقال", None, "direct")]),  # synthetic
]


@pytest.mark.parametrize("text,expected", ZADA_ADDED)
def test_zada_added_before_a_quotation_colon_or_anna_is_a_continuation_cue(text, expected):
    assert _quotes(text) == expected


GO_ON_SAYING = [
    # مضى "went on" says nothing itself: the participle قائلا after it is the statement.
    ("قال الطبيب إن المريض مات. ومضى قائلا إنه شاهد الجثث.",  # synthetic
     [("قال", "الطبيب", "indirect"), ("قائلا", "الطبيب", "indirect")]),
    ("قال الطبيب إن المريض مات. ومضى الطبيب قائلا إنه شاهد الجثث.",  # synthetic
     [("قال", "الطبيب", "indirect"), ("قائلا", "الطبيب", "indirect")]),
    ("قالت الممرضة إن الوضع صعب. ومضت قائلة إنها شاهدت الجثث.",  # synthetic
     [("قالت", "الممرضة", "indirect"), ("قائلة", "الممرضة", "indirect")]),
    # A saying verb still takes its قائلا as one statement.
    ("وأضاف الوزير قائلا إن الحل قريب.", [("وأضاف", "الوزير", "indirect")]),  # synthetic
    # ومضى + subject + بالقول: بالقول is the cue (README_2b of the blind gold; round 4).
    ("ومضت المصادر بالقول إن الحل قريب.", [("بالقول", "المصادر", "indirect")]),  # synthetic
]


@pytest.mark.parametrize("text,expected", GO_ON_SAYING)
def test_went_on_saying_gives_the_statement_to_the_participle(text, expected):
    assert _quotes(text) == expected


LONG_SUBJECT_THEN_PREPOSITION = [
    # A time adverbial or a quoted addressee between an unregistered subject and the verb's preposition.
    ("أفادت مصادر أمنية أمس بمقتل ثلاثة جنود.", [("أفادت", "مصادر", "indirect")]),  # synthetic
    ("أفادت مصادر أمنية محلية أمس الأربعاء بمقتل ثلاثة جنود.",  # synthetic
     [("أفادت", "مصادر أمنية محلية", "indirect")]),
    ("وأفاد شهود عيان اليوم بسقوط قذائف.", [("وأفاد", "شهود عيان", "indirect")]),  # synthetic
    ("كشفت مصادر مطلعة لـ«الصحيفة» عن تعديل مرتقب.", [("كشفت", "مصادر", "indirect")]),  # synthetic
    # No preposition of the verb: no statement.
    ("أفادت مصادر أمنية أمس في المدينة.", []),  # synthetic
]


@pytest.mark.parametrize("text,expected", LONG_SUBJECT_THEN_PREPOSITION)
def test_a_time_adverbial_or_quoted_addressee_before_the_preposition_keeps_the_statement(text, expected):
    assert _quotes(text) == expected


WRITER_INFERENCE = [
    # A relative of the writer's inference before an imperfect with its content at once.
    ("تقدمت القوات في المدينة، الأمر الذي يشير إلى استمرار التقدم.", []),  # synthetic
    ("تقدمت القوات، مما يؤكد أن الخطة نجحت.", []),  # synthetic
    ("قال الوزير إن الوضع تغير، وهو ما يؤكد أن الحل قريب.",  # synthetic
     [("قال", "الوزير", "indirect")]),
    # A speaker after the verb keeps the statement.
    ("تقدمت القوات، وهو ما يؤكده الخبير بقوله إن الخطة نجحت.",  # synthetic
     [("يؤكده", "الخبير", "indirect")]),
    # A plural criterion noun makes وفق "in accordance with".
    ("ودعا إلى الحوار وفق مبادئ مؤتمر جنيف.", [("ودعا", None, "indirect")]),  # synthetic
    ("وتعمل الوزارة وفق خطط جديدة.", []),  # synthetic
]


@pytest.mark.parametrize("text,expected", WRITER_INFERENCE)
def test_the_writers_inference_al_amr_alladhi_yushir_is_no_statement(text, expected):
    assert _quotes(text) == expected


def test_verbal_noun_forms_are_keyed_once_with_the_cue_set():
    from analysis.framing.cues import load_cues
    from analysis.lexicon.loader import form_key

    cues = load_cues()
    for noun in cues.nouns:
        for form, _tag, _aspect in noun.forms:
            assert cues.cue(cues.noun_refs[form_key(form)[0]]).lemma == noun.lemma
    assert load_cues().noun_refs is cues.noun_refs  # one dict per loaded file, not per document


AMMA_TOPIC = [
    # أما X (ف)قال: the topic of أما is the subject of the verb after it, and of its continuations.
    ("أما الوزير فقال إن الوضع صعب.", [("فقال", "الوزير", "indirect")]),  # synthetic
    ("أما الأمم المتحدة فقالت إن الوضع صعب.", [("فقالت", "الأمم المتحدة", "indirect")]),  # synthetic
    ("أما وزير الخارجية، فلان الفلاني قال في تغريدة: \"لا مكان للإرهاب\". وأضاف: \"لن نسمح بذلك\".",  # synthetic
     [("قال", "وزير الخارجية، فلان الفلاني", "direct"), ("وأضاف", "وزير الخارجية، فلان الفلاني", "direct")]),
    # A prepositional topic is no subject: the subject after the verb speaks.
    ("أما بالنسبة للاقتصاد فقال الوزير إن الوضع صعب.", [("فقال", "الوزير", "indirect")]),  # synthetic
]


@pytest.mark.parametrize("text,expected", AMMA_TOPIC)
def test_the_topic_of_amma_is_the_subject_of_the_verb_after_it(text, expected):
    assert _quotes(text) == expected


PLURAL_DEMONSTRATIVE_SUBJECT = [
    # هؤلاء / أولئك alone as the subject point back to the plural speakers before.
    ("وقال مراقبون إن الأزمة ستطول. وأكد هؤلاء أن الحل بعيد. وأضافوا أن اللقاء مهم.",  # synthetic
     [("وقال", "مراقبون", "indirect"), ("وأكد", "مراقبون", "indirect"), ("وأضافوا", "مراقبون", "indirect")]),
    ("وقال خبراء إن الأزمة ستطول. ويؤكد أولئك أن الحل بعيد.",  # synthetic
     [("وقال", "خبراء", "indirect"), ("ويؤكد", "خبراء", "indirect")]),
    # A demonstrative with its noun is a noun phrase of its own.
    ("وأكد هؤلاء المسؤولون أن الحل قريب.", [("وأكد", "هؤلاء المسؤولون", "indirect")]),  # synthetic
]


@pytest.mark.parametrize("text,expected", PLURAL_DEMONSTRATIVE_SUBJECT)
def test_a_plural_demonstrative_subject_takes_its_antecedents_span(text, expected):
    assert _quotes(text) == expected


AGREED_ON = [
    # اتفق … على: the parties state what they agreed, verb first or after كان … قد.
    ("واتفق الرئيسان في اتصال هاتفي على العمل سويا.", [("واتفق", "الرئيسان", "indirect")]),  # synthetic
    ("وكان الجانبان قد اتفقا من حيث المبدأ على استخدام القاعدة.",  # synthetic
     [("اتفقا", "الجانبان", "indirect")]),
    # Not without على, not with a pronoun on على, not inside another statement's content.
    ("واتفق معه في الرأي.", []),  # synthetic
    ("وهو ما اتفق عليه الطرفان.", []),  # synthetic
    ("وأكدت الوزارة أن الدول اتفقت بالتنسيق معها على خطة عمل.",  # synthetic
     [("وأكدت", "الوزارة", "indirect")]),
]


@pytest.mark.parametrize("text,expected", AGREED_ON)
def test_agreed_on_ittafaqa_ala_is_a_statement_of_the_parties(text, expected):
    assert _quotes(text) == expected


LAKINNA_SUBJECT = [
    # لكنّ governs a noun like إنّ: an unregistered name after it is the later verb's subject.
    ("لكن فالون قال إن الوضع صعب.", [("قال", "فالون", "indirect")]),  # synthetic
    ("ولكن المتحدث أكد أن الوضع صعب.", [("أكد", "المتحدث", "indirect")]),  # synthetic
    # A verb or a prepositional phrase right after لكن: the subject follows the verb.
    ("لكن قال الوزير إن الوضع صعب.", [("قال", "الوزير", "indirect")]),  # synthetic
    ("لكن في الوقت نفسه قال الوزير إن الوضع صعب.", [("قال", "الوزير", "indirect")]),  # synthetic
]


@pytest.mark.parametrize("text,expected", LAKINNA_SUBJECT)
def test_an_unregistered_name_after_lakin_is_the_subject_of_the_verb(text, expected):
    assert _quotes(text) == expected


APPEALED_TO = [
    # ناشد takes the addressee and then what is asked as two objects.
    ("وناشد الأب ولاة الأمر علاج ابنه.", [("وناشد", "الأب", "indirect")]),  # synthetic
    ("وناشدت الأسرة ولاة الأمر علاج ابنها.", [("وناشدت", "الأسرة", "indirect")]),  # synthetic
    ("وناشد الأب.", []),  # synthetic
]


@pytest.mark.parametrize("text,expected", APPEALED_TO)
def test_nashada_with_addressee_and_object_is_an_appeal(text, expected):
    assert _quotes(text) == expected
