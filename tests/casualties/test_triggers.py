"""Trigger grammar (casualties/triggers.py): table-driven synthetic cases."""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims


def found(text):
    return [(c.category, c.value, c.hedge) for c in extract_claims(text)]


TRIGGERS = [  # synthetic
    # سقوط alone is a killing noun (no أسفر عن needed)
    ("مقابل سقوط 30 مقاتلا من المعارضة", [("killed", 30, "exact")]),
    ("وأسفر الهجوم عن سقوط 20 قتيلا", [("killed", 20, "exact")]),
    # a partitive between the verb and its figure
    ("فيستشهد منهم 15 ويصاب سبعة منهم", [("killed", 15, "exact"), ("injured", 7, "exact")]),
    # ضبط is an arrest verb (decision rule 9)
    ("وضبط 15 في مناطق متفرقة", [("detained", 15, "exact")]),
    ("ضبطت الشرطة 4 مطلوبين", [("detained", 4, "exact")]),
    ("تمكنت الأجهزة من ضبط عدد من الوثائق والأجهزة", []),
    # القضاء على: eliminating people kills them; things and the judiciary do not count
    ("نتيجة للاشتباك تم القضاء على ثمانية مسلحين", [("killed", 8, "exact")]),
    ("القضاء على 3 خلايا إرهابية", []),
    ("أحال القضاء 5 متهمين", []),
    # a trigger in brackets, the press's way of quoting a word
    ("حدث تفجير نتج عنه (استشهاد) عشرة من منسوبي القوات", [("killed", 10, "exact")]),
    # life and lives: killed only as the object of a verb that takes a life
    ("أودى الانفجار بحياة 5 أشخاص", [("killed", 5, "exact")]),
    ("حصدت الألغام خلال الأيام الماضية أرواح 29 شخصا", [("killed", 29, "exact")]),
    ("يحسن المشروع حياة 100 مليون شخص", []),
    ("تأثير إيجابي في حياة أكثر من 10 ملايين مواطن", []),
    # an aside between commas after a finite verb
    ("خسرت القوات، في تلك المعارك، ثمانية من عناصرها", [("killed", 8, "exact")]),
    ("وقالت، في بيان لها، 5 أشخاص", []),
    ("خطفت الجماعة، ذراع التنظيم في البلاد، من جديد خمسة مقاتلين", [("kidnapped", 5, "exact")]),
    ("قتل جندي، وأصيب آخرون، في حين وصل 5 أشخاص", []),
    # a time phrase between the verb and its figure is no subject (round 3)
    ("قتلت فيها الأسبوع الماضي أربع نساء", [("killed", 4, "exact")]),
    ("أصيب مساء أمس سبعة عمال", [("injured", 7, "exact")]),
    ("اعتقلت الشرطة الشهر الجاري 25 شخصا", [("detained", 25, "exact")]),
    ("جرح صباح اليوم ثلاثة أطفال", [("injured", 3, "exact")]),
    # a time noun without its closing adjective stays a subject candidate only for a finite verb
    ("أصيب الأسبوع سبعة عمال", []),
    # a subject before و-joined verbs makes two clauses, not one joint figure
    ("وقال إن شرطيا قتل وأصيب آخران في الهجوم", [("injured", 2, "exact")]),
    ("وفي الهجوم قتل وجرح 20 شخصا", [("killed_or_injured", 20, "exact")]),
    ("قتل وجرح عشرات المدنيين", [("killed_or_injured", None, "vague")]),
    # "others" after a و-figure coordinates it with a named person, over a name of a few words
    ("أعلن الجيش مقتل القيادي فلان الفلاني و3 آخرين", [("killed", 3, "exact")]),
    ("تمكنت القوات من قتل أبو فلان الشامي و12 مسلحا آخرين", [("killed", 12, "exact")]),
    ("استقبل الرئيس الوزير فلان و3 آخرين", []),
    ("قتل الجنود في المدينة و3 آخرين", []),
    # و-joined event words of categories with no joint one: a figure per category (decision rule 5)
    ("وتمكنت من أسر وقتل عدد من الجنود", [("detained", None, "vague"), ("killed", None, "vague")]),
    ("خطف وقتل ثلاثة من الرعاة", [("kidnapped", 3, "exact"), ("killed", 3, "exact")]),
    ("مقتل وإصابة 20 شخصا", [("killed_or_injured", 20, "exact")]),
]


@pytest.mark.parametrize(("text", "expected"), TRIGGERS, ids=[t for t, _ in TRIGGERS])
def test_trigger_grammar(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [  # synthetic
    ("ودمرت المنازل وشردت الآلاف من الأسر", [("displaced", None)]),
    ("بحرب شردت وقتلت الآلاف من المدنيين", [("displaced", None), ("killed", None)]),
    ("وهجرت الميليشيات مئات العائلات", [("displaced", None)]),
    ("واحتجزوا خمسة صيادين", [("detained", 5)]),
])
def test_finite_verbs_in_every_person(text, expected):
    assert [(c.category, c.value) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [  # synthetic
    # the plain verb of dying, before and after the figure
    ("ففي ذلك العام مات ما يقرب من 18 ألف شخص بسبب الهجمات", [("killed", 18000, "about")]),
    ("وقال إن 12 شخصا ماتوا غرقا", [("killed", 12, "exact")]),
    ("إن 40 شخصا مات في الزلزال", [("killed", 40, "exact")]),
    ("مات الحلم", []),
    # mourning soldiers names them dead (decision rule 23)
    ("نعى الجيش أربعة من ضباطه", [("killed", 4, "exact")]),
    ("نعت القيادة العامة ثلاثة من جنودها", [("killed", 3, "exact")]),
])
def test_verbs_of_dying_and_mourning(text, expected):
    assert [(c.category, c.value, c.hedge) for c in extract_claims(text)] == expected


ADVERBIALS = [  # synthetic
    # a weekday after اليوم/أمس/يوم, a time preposition with ذلك or a pronoun: transparent
    ("قالت الشرطة إن رجلا طعن اليوم الخميس ستة مشاركين في المسيرة", [("injured", 6)]),
    ("اعتقلت الشرطة أمس الأحد 12 شخصا", [("detained", 12)]),
    ("وأصيب أثناء ذلك 40 قرويا و27 من رجال الشرطة", [("injured", 40), ("injured", 27)]),
    ("وقتل المسلحون خلاله 21 سائحا", [("killed", 21)]),
    # no event word before the adverbial: nothing
    ("وصل خلال ذلك 40 قرويا", []),
    ("افتتح اليوم الخميس 12 مدرسة", []),
]


@pytest.mark.parametrize(("text", "expected"), ADVERBIALS, ids=[t for t, _ in ADVERBIALS])
def test_a_time_adverbial_between_the_verb_and_its_figure(text, expected):
    assert [(c.category, c.value) for c in extract_claims(text)] == expected


def test_a_weekday_after_alyawm_no_longer_cuts_the_verb_from_its_victims():
    # طعن اليوم الخميس ستة: the weekday counted as a subject word and stopped the search
    assert [(c.category, c.value) for c in extract_claims("طعن مهاجم اليوم الخميس ستة مارة")] == [("injured", 6)]  # synthetic


def test_a_partitive_pronoun_before_bayna_qatil_wajarih_keeps_the_joint_figure():
    # سقط خلالها العشرات منهم بين قتيل وجريح: منهم stopped the search for the joint pair (killed only)
    claims = extract_claims("سقط خلالها العشرات منهم بين قتيل وجريح")  # synthetic
    assert [(c.category, c.value) for c in claims] == [("killed_or_injured", None)]


VERB_FAMILIES = [  # synthetic
    # every person and number of the event verbs before their victims (issue 12: a verb's every form)
    ("أحبطت الأجهزة الأمنية مخططا وقبضت على 7 متهمين", [("detained", 7)]),
    ("وقبضوا على 3 مطلوبين", [("detained", 3)]),
    ("يقبض رجال الأمن على 4 أشخاص", [("detained", 4)]),
    ("ونفذه مسلحان وقتلا خلاله 21 سائحا", [("killed", 21)]),
    ("ذبحت الجماعة 12 رهينة", [("killed", 12)]),
    ("يختطف المسلحون 9 مدنيين", [("kidnapped", 9)]),
    ("طعنا 3 مارة قبل فرارهما", [("injured", 3)]),
    ("اعتقلا 5 شبان", [("detained", 5)]),
    # not the imperfect of ضبط (also "to set, adjust") nor of احتجز (a bare verb of
    # holding takes its captives' own word, rule 9)
    ("يضبط أحد الرجال 3 ساعات على التوقيت", []),
    ("يحتجز المسلحون 40 رهينة", [("kidnapped", 40)]),
]


@pytest.mark.parametrize(("text", "expected"), VERB_FAMILIES, ids=[t for t, _ in VERB_FAMILIES])
def test_every_form_of_the_event_verbs_before_the_figure(text, expected):
    assert [(c.category, c.value) for c in extract_claims(text)] == expected


def test_qabadat_the_feminine_of_qabada_is_an_arrest():
    # وقبضت على 7 متهمين: only قبض and القبض were listed
    assert [(c.category, c.value) for c in extract_claims("وقبضت الشرطة على 7 متهمين")] == [("detained", 7)]  # synthetic
