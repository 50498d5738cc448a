"""The reviewer's probes of casP3's landed rules (revP, /work/notes/s13/review_casP3.md), each a
named regression row: a true report a rule dropped or a false one it made (all rows # synthetic)."""

import pytest

from analysis.casualties.claims import extract_claims


def _claims(text):
    return sorted((c.category, c.value) for c in extract_claims(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("انتقل 300 حاج إلى جوار الحرم المكي.", []),  # synthetic: "next to", no euphemism
    ("انتقل 50 جنديا إلى جوار المطار لتأمينه.", []),  # synthetic
    ("انتقال 20 من المصابين إلى جوار مستشفى الميدان.", [("injured", 20)]),  # synthetic
    ("انتقل 6 جنود إلى جوار ربهم", [("killed", 6)]),  # synthetic
    ("انتقل 5 أشخاص إلى الرفيق الأعلى", [("killed", 5)]),  # synthetic
    ("انتقل ثلاثة من المصابين إلى رحمة الله", [("killed", 3)]),  # synthetic
])
def test_p1_passing_on_is_a_death_only_with_god_named(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("تم إجلاء 30 من الكوادر الطبية من المستشفى بعد قصفه.", [("evacuated", 30)]),  # synthetic
    ("إجلاء 15 من الطواقم الطبية من المدينة.", [("evacuated", 15)]),  # synthetic
    ("أجلت المنظمة 12 عاملا طبيا من مستشفى حلب.", [("evacuated", 12)]),  # synthetic
    ("تم إخلاء 5 حالات طبيا", [("injured", 5)]),  # synthetic
])
def test_p2_a_medical_adjective_of_staff_is_no_medical_evacuation(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أسفر التدافع في الملعب خلال مباراة كرة القدم عن 30 إصابة.", [("injured", 30)]),  # synthetic
    ("أسفرت أعمال الشغب عقب المباراة عن 12 إصابة بين المشجعين.", [("injured", 12)]),  # synthetic
    ("أسفر تدافع الجماهير بعد المباراة عن مقتل 17 شخصا و40 إصابة.", [("injured", 40), ("killed", 17)]),  # synthetic
    ("وقعت 5 إصابات خلال تمرين عسكري بالذخيرة الحية.", [("injured", 5)]),  # synthetic (P3b)
    ("أسفرت أعمال العنف خلال المباراة عن مقتل 2 وإصابة 30.", [("injured", 30), ("killed", 2)]),  # synthetic (P3c)
    ("إصابة 12 خلال احتفالات الجماهير بعد المباراة.", [("injured", 12)]),  # synthetic (P3c)
    ("غاب اللاعب بسبب ثلاث إصابات في الرباط الصليبي", []),  # synthetic: still a sports injury
])
def test_p3_a_crowd_or_a_drill_at_a_match_keeps_its_injured(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("تسبب الصقيع في هلاك آلاف الأشجار.", []),  # synthetic
    ("هلك 12 مسلحا في غارة", [("killed", 12)]),  # synthetic
])
def test_p4_plants_perish_without_casualties(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ألقت الأجهزة الأمنية القبض على 4 من المختطفين وحررت الطفل.", [("detained", 4)]),  # synthetic
    ("أوقفت الشرطة 3 مختطفين في صنعاء.", [("detained", 3)]),  # synthetic
    ("اعتقلت القوات 3 مختطفين بعد تحرير الرهينة.", [("detained", 3)]),  # synthetic
    ("احتجزت الميليشيا 15 مختطفا في سجن سري", [("kidnapped", 15)]),  # synthetic
])
def test_p10_an_arrest_of_kidnappers_is_detained(text, expected):
    assert _claims(text) == expected  # rule 9: only a verb of holding takes the captives' category


@pytest.mark.parametrize(("text", "expected"), [
    ("قد يستسلم 500 مقاتل إذا استمر الحصار.", []),  # synthetic
    ("قد يهلك المئات إذا طال الحصار", []),  # synthetic
    ("قد قتل 5 جنود", [("killed", 5)]),  # synthetic: the perfect after قد reports
    ("وقد توفي 3 أشخاص", [("killed", 3)]),  # synthetic
])
def test_p12_qad_with_an_imperfect_event_verb_is_no_report(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("تحمل الهجمات سمات تنظيم داعش وقد قتل فيها 40 شخصا.", [("killed", 40)]),  # synthetic
    ("من أبرز سمات هذه الحرب مقتل آلاف المدنيين.", [("killed", None)]),  # synthetic
    ("ومن سمات المرحلة اعتقال أكثر من 500 ناشط.", [("detained", 500)]),  # synthetic
    ("سمات ابها احد المصابين تفجير", []),  # synthetic: a tag line
    ("وقتل 5 أشخاص في التفجير سمات مقتل 3 جنود تفجير", [("killed", 5)]),  # synthetic
])
def test_p13_simat_as_features_is_no_tag_line(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("هلاك وإصابة 30 حوثيا في غارة.", [("killed_or_injured", 30)]),  # synthetic
    ("هلاك وجرح 50 من عناصر الميليشيا.", [("killed_or_injured", 50)]),  # synthetic
])
def test_p15_halak_joined_to_an_injury_is_a_joint_figure(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("سلم 40 من عناصر الحوثي أنفسهم للمقاومة.", [("detained", 40)]),  # synthetic
    ("سلم 40 مسلحا من عناصر الحوثي أنفسهم للمقاومة.", [("detained", 40)]),  # synthetic
])
def test_p16_the_reflexive_may_follow_a_genitive(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلنت المقاومة استسلام 3 ألوية عسكرية موالية للحوثيين.", []),  # synthetic: units
    ("استسلام 5 معسكرات للقوات الحكومية.", []),  # synthetic: camps
    ("استسلم 3 قادة ميدانيين للجيش", [("detained", 3)]),  # synthetic
])
def test_p17_units_and_camps_surrendered_are_no_people(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت الطائرات الهدف وقتلت 12 مسلحا.", [("killed", 12)]),  # synthetic
    ("دمرت الغارة الهدف وقتل 20 عنصرا.", [("killed", 20)]),  # synthetic
    ("أصاب الهدف بدقة وقتل 8 من عناصر الميليشيا.", [("killed", 8)]),  # synthetic
    ("نفذ الهجوم بهدف قتل 50 جنديا", []),  # synthetic: an aim
    ("فالهدف الخبيث كان إصابة أكثر من ألف مصل", []),  # synthetic
    ("تهدف الحملة إلى اعتقال 200 مطلوب", []),  # synthetic
])
def test_p18_a_target_struck_is_no_aim(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("صاروخ سقط وأصاب 4 أشخاص في الحي.", [("injured", 4)]),  # synthetic
    ("وقال إن الصاروخ سقط وأصاب 3 أطفال.", [("injured", 3)]),  # synthetic
    ("الجدار سقط وأصاب 7 عمال.", [("injured", 7)]),  # synthetic
    ("مسلح يقتل ويصيب 9 أشخاص", [("killed_or_injured", 9)]),  # synthetic
])
def test_p19_an_intransitive_verb_shares_no_object_with_asaba(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("خرج 400 من السكان من المدينة بعد قصف المستشفى.", [("evacuated", 400)]),  # synthetic
    ("خرج 50 طبيبا من المستشفى المحاصر.", [("evacuated", 50)]),  # synthetic: staff
    ("خرج 300 شخص من المستشفى بعد قصفه.", [("evacuated", 300)]),  # synthetic
    ("خرجت 11 حالة من جرحى القصف من المستشفى الميداني", [("injured", 11)]),  # synthetic: patients
    ("غادرت 5 حالات المستشفى", [("injured", 5)]),  # synthetic
])
def test_p20_only_patients_leaving_a_hospital_are_injured(text, expected):
    assert _claims(text) == expected  # rule 10


@pytest.mark.parametrize(("text", "expected"), [
    ("احتجزت الشرطة 5 من الخاطفين بعد تحرير الرهينة.", [("detained", 5)]),  # synthetic
    ("احتجزت قوات الأمن 30 مشتبها بهم في عملية تحرير الرهائن.", [("detained", 30)]),  # synthetic
    ("تحتجز الشرطة 20 متهما في قضية خطف رهائن.", [("detained", 20)]),  # synthetic
])
def test_p21_a_state_force_holding_suspects_detains(text, expected):
    assert _claims(text) == expected  # rule 9, K5


def test_p22_a_part_kept_of_a_kidnapped_figure_stays_kidnapped():
    text = "خطف المسلحون 30 شخصا وأفرجوا عن 10 ولا يزالون يحتفظون بـ20 منهم."  # synthetic
    assert ("kidnapped", 20) in _claims(text) and ("detained", 20) not in _claims(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("خسرنا 3 مباريات متتالية.", []),  # synthetic
    ("فقدت 3 من عناصرها الاتصال بالقيادة.", [("missing", 3)]),  # synthetic: the partitive is the subject
    ("وقال إن القوات فقدت 4 من عناصرها في الكمين", [("killed", 4)]),  # synthetic
])
def test_p23_losing_matches_or_contact_is_no_death(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("نفذت السلطات السعودية حكم الإعدام بحق 3 مهربين.", []),  # synthetic
    ("نفذت السلطات الإيرانية إعدامات بحق 20 سجينا.", []),  # synthetic: a state execution, uncoded
    ("نددت المنظمة بتنفيذ إعدامات بحق 12 معارضا في إيران.", []),  # synthetic
    ("نفذ التنظيم حملة إعدامات بحق 40 مدنيا", [("killed", 40)]),  # synthetic: an armed group
])
def test_p25_a_state_execution_reached_through_bihaqq_is_uncoded(text, expected):
    assert _claims(text) == expected  # decision rule P8


@pytest.mark.parametrize(("text", "expected"), [
    ("حاول المسلحون قتل أو خطف 4 أجانب.", []),  # synthetic
    ("هدد التنظيم بقتل أو خطف 30 صحفيا.", []),  # synthetic
    ("قد يقتل أو يصاب المئات إذا استمر القصف.", []),  # synthetic
    ("قتل أو جرح 40 شخصا", [("killed_or_injured", 40)]),  # synthetic
])
def test_p26_a_threat_or_an_attempt_governs_the_whole_chain(text, expected):
    assert _claims(text) == expected
