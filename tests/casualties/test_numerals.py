"""Numerals: the table, duals, vague quantities, offsets, and invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.casualties import numerals as _numerals
from analysis.casualties.duals import DUAL_FORMS, DUAL_NOUNS, NISBA_DUAL_ENDINGS
from analysis.text.normalize import normalize
from analysis.casualties.numerals import (
    VAGUE_DEFAULTS,
    find_numerals,
    parse_number,
    read_dual,
)
from tests.casualties.numeral_cases import CASES


@pytest.mark.parametrize(("phrase", "expected"), CASES)
def test_numeral_table(phrase, expected):
    assert parse_number(phrase) == expected


def test_table_is_large_enough():
    assert len(CASES) >= 60


# --- duals ------------------------------------------------------------------

@pytest.mark.parametrize(("word", "singular", "marked"), [
    ("طفلان", "طفل", True),        # synthetic: nominative dual
    ("قتيلان", "قتيل", True),
    ("مدنيَّين", "مدني", True),     # fatha before -ين marks the dual
    ("ومدنيَّين", "مدني", True),
    ("جنديين", "جندي", True),       # plural is جنود: -ين can only be dual
    ("طفلين", "طفل", True),
    ("امرأتان", "امراه", True),     # feminine -تان
    ("سيدتين", "سيده", True),
    ("لغمَين", "لغم", True),
    ("مزارعان", "مزارع", True),     # issue 12: nominative -ان of a person noun
    ("آخران", "اخر", True),
])
def test_dual_readings(word, singular, marked):
    found = read_dual(word)
    assert found is not None and found[1:] == (singular, marked)


@pytest.mark.parametrize("word", [
    "مدنيِّين",   # synthetic: kasra before -ين marks the plural
    "المدنيين",   # definite: anaphoric, never read
    "الطفلين",
    "مدني",       # singular nisba, not a construct dual
    "كتابين",     # not a known noun
])
def test_not_duals(word):
    assert read_dual(word) is None


def test_governed_sound_plural_is_plural():
    # "5 مدنيين": a number governs the noun, so -ين is the plural
    text = "قتل 5 مدنيين"  # synthetic
    found = find_numerals(text)
    assert [(n.text, n.value) for n in found] == [("5", 5)]
    assert read_dual("مدنيين", governed=True) is None


def test_ungoverned_sound_plural_is_plural_unless_proved_dual():
    # issue 12: an unvocalised -ين of a noun with a sound plural is plural
    assert find_numerals("قتل مدنيين") == []  # synthetic
    (n,) = find_numerals("قتل مدنيين اثنين")  # synthetic: a dual numeral proves it
    assert (n.text, n.value, n.kind, n.dual_marked) == ("مدنيين اثنين", 2, "dual", False)


@pytest.mark.parametrize(("text", "value"), [  # synthetic
    # a dual pronoun opening a circumstantial clause (و/ف + هما) proves the dual (round 3)
    ("انتقم بقتل شرطيين تركيين وهما نائمان", 2),
    ("اعتقلت الشرطة مواطنين وهما في طريقهما", 2),
    ("اعتقلت الشرطة مواطنين وهم في طريقهم", None),
])
def test_a_circumstantial_dual_pronoun_proves_the_dual(text, value):
    assert [n.value for n in find_numerals(text)] == ([value] if value else [])


def test_dual_span_excludes_proclitic():
    text = "مقتل شرطي ومدنيَّين"  # synthetic
    (n,) = find_numerals(text)
    assert n.text == "مدنيَّين" and text[n.start:n.end] == n.text and n.prefix == "و"


# --- vague --------------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "kind", "default"), [
    ("عشرات", "tens", 10),        # synthetic
    ("العشرات", "tens", 10),
    ("مئات", "hundreds", 100),
    ("آلاف", "thousands", 1000),
    ("عشرات الآلاف", "tens_of_thousands", 10000),
    ("مئات الآلاف", "hundreds_of_thousands", 100000),
    ("ملايين", "millions", 1000000),
    ("بضعة", "several", 3),
    ("بضع", "several", 3),
    ("عدة", "several", 3),
    ("العديد", "several", 3),
    ("عدد من", "several", 3),
    ("عدد كبير من", "several", 3),
    ("بعشرات", "tens", 10),
])
def test_vague_quantities(phrase, kind, default):
    (n,) = find_numerals(phrase)
    assert (n.value, n.kind, n.vague_kind, n.vague_default) == (None, "vague", kind, default)
    assert VAGUE_DEFAULTS[kind] == default


def test_addad_alone_is_not_vague():
    assert find_numerals("ارتفع عدد القتلى") == []  # synthetic


# --- offsets and scanning -------------------------------------------------------

def test_offsets_point_into_original():
    text = "أسفر عن مقتل ثلاثةٍ وعشرين شخصًا و١٬٢٠٠ جريح وبـ7 آلاف نازح"  # synthetic
    found = find_numerals(text)
    assert [(n.text, n.value) for n in found] == [
        ("ثلاثةٍ وعشرين", 23), ("١٬٢٠٠", 1200), ("7 آلاف", 7000)]
    for n in found:
        assert text[n.start:n.end] == n.text


@pytest.mark.parametrize(("text", "values"), [
    ("قتل خمسة وأصيب سبعة", [5, 7]),            # synthetic: two numbers, not 12
    ("خمسة سبعة", [5, 7]),                       # units never chain without و
    ("لم يصب أحد", []),                          # أحد = "anyone"
    ("أصيب أحد الجنود", [1]),                    # أحد + definite = one of
    ("يوم الاثنين", []),
    ("الساعة 13.00", [13.0]),                    # read as a decimal; claims reject it
    ("عام 2020", [2020]),                        # read; claims reject years
    ("نسبة 50 بالمئة", [50]),
])
def test_scanning(text, values):
    assert [n.value for n in find_numerals(text)] == values


def test_decimal_flag():
    (n,) = find_numerals("13.00")
    assert n.decimal and n.value == 13.0


# --- invariants (hypothesis) -------------------------------------------------------

_UNITS = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
_TENS = ["", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
_TEENS = ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر",
          "سبعة عشر", "ثمانية عشر", "تسعة عشر"]
_HUNDREDS = ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة",
             "تسعمئة"]


def _below_100(n: int) -> str:
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    u, t = n % 10, n // 10
    return f"{_UNITS[u]} و{_TENS[t]}" if u else _TENS[t]


def _below_1000(n: int) -> str:
    h, r = divmod(n, 100)
    parts = [p for p in (_HUNDREDS[h], _below_100(r)) if p]
    return " و".join(parts)


def arabic_words(n: int) -> str:
    """0..999999 in Arabic words (masculine, nominative). Synthetic test data."""
    if n == 0:
        return "صفر"
    th, r = divmod(n, 1000)
    parts = []
    if th == 1:
        parts.append("ألف")
    elif th == 2:
        parts.append("ألفان")
    elif th:
        last2 = th % 100
        noun = "آلاف" if 3 <= last2 <= 10 else ("ألفا" if last2 >= 11 else "ألف")
        count = _below_1000(th)
        if th % 100 == 0 and th // 100 == 2:
            count = "مئتا"  # construct state before ألف
        parts.append(f"{count} {noun}")
    if r:
        parts.append(_below_1000(r))
    return " و".join(parts)


def test_words_generator_examples():
    assert arabic_words(25) == "خمسة وعشرون"
    assert arabic_words(3500) == "ثلاثة آلاف وخمسمئة"
    assert arabic_words(11000) == "أحد عشر ألفا"


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=999_999))
def test_digits_and_words_agree(n):
    words = arabic_words(n)  # synthetic
    western = f"{n:,}"
    indic = western.translate(str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩\u066C"))
    assert parse_number(words) == parse_number(western) == parse_number(indic) == n


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["قتل", "و", "خمسة", "عشرات", "آلاف", "مئة", "-", "3", "٫", "2.5", "ألفين", "مدنيين",
     "طفلان", "بين", "من", "عدد", "،", "عشر", "-5", "−7"]), max_size=12))
def test_no_negative_values_and_exact_offsets(parts):
    text = " ".join(parts)  # synthetic
    for n in find_numerals(text):
        assert n.value is None or n.value >= 0
        assert text[n.start:n.end] == n.text


DEFINITE = [  # synthetic
    # (text, [(surface, value, kind)]): a definite number after a definite noun phrase
    ("خطف المواطنين الأجانب الستة", [("المواطنين الأجانب الستة", 6, "definite")]),
    ("ذكرى الضحايا الـ32 في المدينة", [("الضحايا الـ32", 32, "definite")]),
    ("وقد لقي الاثنان حتفهما", [("الاثنان", 2, "definite")]),
    ("اعتقل المسلحين الاثنين", [("المسلحين الاثنين", 2, "definite")]),
    # Monday, ordinals and the tens stay unread
    ("أعلنت الحكومة الاثنين الحصيلة", []),
    ("وصل يوم الاثنين", []),
    ("في القرن العشرين", []),
]


@pytest.mark.parametrize(("text", "expected"), DEFINITE, ids=[t for t, _ in DEFINITE])
def test_definite_counts_after_their_noun(text, expected):
    assert [(n.text, n.value, n.kind) for n in find_numerals(text)] == expected


VAGUE_FORMS = [  # synthetic: (text, [(surface, kind)])
    ("عدد غير معروف من الجرحى", [("عدد غير معروف من", "several")]),
    ("اعتقلت الشرطة عددا من المطلوبين", [("عددا من", "several")]),
    ("وأصيب العديدون بجروح", [("العديدون", "several")]),
    ("عدد غير الموظفين", []),
]


@pytest.mark.parametrize(("text", "expected"), VAGUE_FORMS, ids=[t for t, _ in VAGUE_FORMS])
def test_vague_quantity_forms(text, expected):
    assert [(n.text, n.vague_kind) for n in find_numerals(text)] == expected


@pytest.mark.parametrize(("text", "value"), [  # synthetic
    ("تجاوز المليون نازح", 1_000_000),
    ("تجاوز المليون ونصف المليون نازح", 1_500_000),
])
def test_the_million_as_a_count(text, value):
    assert [n.value for n in find_numerals(text)] == [value]


# --- the starting-word set is a superset of what _may_start accepts ---------

_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىءئؤة"
_NUMBER_LIKE = sorted(_numerals._STARTERS) + ["لست", "لستة", "عددا", "ومليونا"]  # synthetic


@settings(max_examples=300, deadline=None)
@given(prefix=st.sampled_from(["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "ال", "وال"]),
       stem=st.one_of(st.sampled_from(_NUMBER_LIKE), st.text(alphabet=_LETTERS, min_size=1, max_size=7)),
       tail=st.sampled_from(["", "ا", "ه", "ين", "ان", "ي"]))
def test_every_word_that_may_start_a_number_passes_the_starter_prefilter(prefix, stem, tail):
    word = prefix + stem + tail
    if _numerals._may_start(word) and word[:3].isalpha():
        assert word in _numerals._STARTERS


_DUAL_STEMS = sorted(DUAL_NOUNS) + [s[:-1] + "ت" for s in DUAL_NOUNS if s.endswith("ه")]


@settings(max_examples=300, deadline=None)
@given(prefix=st.sampled_from(["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "ك", "وك"]),
       article=st.sampled_from(["", "ال"]),
       stem=st.one_of(st.sampled_from(_DUAL_STEMS), st.text(alphabet=_LETTERS, min_size=1, max_size=6)),
       ending=st.sampled_from(["ان", "ين", "ي", "َين", "َي", "ِين", "ون", "ا"]))
def test_every_word_read_as_a_dual_is_in_the_dual_forms(prefix, article, stem, ending):
    word = prefix + article + stem + ending
    if read_dual(word, evidence=True) is not None:
        # the listed nouns' forms, or a nisba noun's dual (duals.nisba_noun: حوثيان)
        assert normalize(word) in DUAL_FORMS or (
            normalize(word).endswith(NISBA_DUAL_ENDINGS) and len(normalize(word)) >= 6)


def _claims(text):
    from analysis.casualties.claims import extract_claims

    return [(c.text, c.category, c.value, c.hedge) for c in extract_claims(text)]


NISBA_DUALS = [  # synthetic
    # the nominative dual of any nisba noun of persons is 2 (its plural is -يون/-يين)
    ("قتل حوثيان وأصيب 4 آخرون في هجوم", [("حوثيان", "killed", 2, "exact"), ("4 آخرون", "injured", 4, "exact")]),
    ("وأصيب يمنيان في القصف", [("يمنيان", "injured", 2, "exact")]),
    ("قتل خمسة أشخاص بينهم أوكرانيان", [("خمسة أشخاص", "killed", 5, "exact"),
                                       ("أوكرانيان", "killed", 2, "exact")]),
    ("وأكد أن سعوديان معتقلان في السجن", [("سعوديان", "detained", 2, "exact")]),
    # -يان is also a name, a thing or a verb: only in the victim's place
    ("قال كريستيان إن 5 أشخاص قتلوا", [("5 أشخاص", "killed", 5, "exact")]),
    ("قتل 3 أشخاص في انهيار مبنيان", [("3 أشخاص", "killed", 3, "exact")]),
    ("وصدر البيان بعد مقتل 4 جنود", [("4 جنود", "killed", 4, "exact")]),
    # -يين only with evidence: a dual verb in the imperfect (يقيمان) proves it
    ("اختطف مسلحون أفغانيين يقيمان في العاصمة", [("أفغانيين", "kidnapped", 2, "exact")]),
    ("اختطف مسلحون أفغانيين في العاصمة", []),
    # an adjective agreeing with a dual or plural is no new figure
    ("وقع هجومان إرهابيان أسفرا عن مقتل 5 أشخاص", [("5 أشخاص", "killed", 5, "exact")]),
    ("قتل مواطنين أفغانيين", []),
    # after كانا or a dual pronoun, -يان is the imperfect verb (يؤديان، يجريان)
    ("قتل شرطيان كانا يؤديان واجبهما", [("شرطيان", "killed", 2, "exact")]),
    # a stem of three letters is no nisba (قوي)
    ("قتل قويان", []),
]


@pytest.mark.parametrize(("text", "expected"), NISBA_DUALS, ids=[t for t, _ in NISBA_DUALS])
def test_the_dual_of_a_nisba_noun_of_persons(text, expected):
    assert _claims(text) == expected


QUANTITIES_OF_PERSONS = [  # synthetic
    # كثير من / الكثير من / مجموعة من: vague, before a noun of persons (rules 15, N5, O4)
    ("لقي كثير من الحوثيين مصرعهم في القصف", [("كثير من الحوثيين", "killed", None, "vague")]),
    ("خطف المسلحون 250 مسيحيا بينهم الكثير من الأطفال",
     [("250 مسيحيا", "kidnapped", 250, "exact"), ("الكثير من الأطفال", "kidnapped", None, "vague")]),
    ("اعتقلت الشرطة مجموعة من الأفغانيين في العاصمة", [("مجموعة من الأفغانيين", "detained", None, "vague")]),
    ("أسفر الهجوم عن إصابة كثير من المدنيين", [("كثير من المدنيين", "injured", None, "vague")]),
    # not before things, nor before a number (مجموعة من 6 أشخاص is the 6)
    ("اتخذت الحكومة مجموعة من الإجراءات بعد مقتل 5 جنود", [("5 جنود", "killed", 5, "exact")]),
    ("أسفر القصف عن تدمير الكثير من المنازل", []),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITIES_OF_PERSONS, ids=[t for t, _ in QUANTITIES_OF_PERSONS])
def test_many_and_a_group_of_persons_are_vague_figures(text, expected):
    assert _claims(text) == expected


GLUED_NEGATION_HEDGES = [  # synthetic
    ("أصيب ما لايقل عن 116 طفلا في العاصمة", [("116 طفلا", "injured", 116, "at_least")]),
    ("أصيب مالايقل عن عشرة من رجال الشرطة", [("عشرة من رجال", "injured", 10, "at_least")]),
    ("قتل لايقل عن 20 شخصا", [("20 شخصا", "killed", 20, "at_least")]),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_NEGATION_HEDGES, ids=[t for t, _ in GLUED_NEGATION_HEDGES])
def test_the_negation_glued_to_its_verb_in_a_hedge(text, expected):
    assert _claims(text) == expected


def test_a_nisba_dual_is_read_although_its_noun_is_not_listed():
    assert "حوثي" not in DUAL_NOUNS
    assert _claims("قتل حوثيان") == [("حوثيان", "killed", 2, "exact")]  # synthetic


def test_an_imperfect_verb_after_kana_is_no_nisba_dual():
    assert _claims("أوقعت شرطيين بحرينيين كانا يؤديان واجبهما") == []  # synthetic


LATER_DUAL_EVIDENCE = [  # synthetic
    # an event word with the dual pronoun, or أحدهما, later in the sentence proves the dual (H9)
    ("وقع الهجوم غداة قتل شرطيين قرب الحدود وإعلان الحزب مسؤوليته عن قتلهما",
     [("شرطيين", "killed", 2, "exact")]),
    ("نقل مصابين سوريين إلى المستشفى وقتل أحدهما", [("مصابين", "injured", 2, "exact"),
                                                 ("أحدهما", "killed", 1, "exact")]),
    # a dual pronoun on a word of no event, or in the next sentence, proves nothing
    ("قتل مسلحين في الاشتباك الذي وقع قرب منزلهما", []),
    ("أصيب مدنيين في القصف. وقال أحدهما إن الوضع صعب", []),
]


@pytest.mark.parametrize(("text", "expected"), LATER_DUAL_EVIDENCE, ids=[t for t, _ in LATER_DUAL_EVIDENCE])
def test_dual_evidence_later_in_the_sentence(text, expected):
    assert _claims(text) == expected


def test_a_dual_proved_by_qatluhuma_far_after_it_is_read():
    # قتل شرطيين … عن قتلهما: the evidence stood past the four words rule 4 read
    assert _claims("قتل شرطيين قرب الحدود السورية واعلان الحزب مسؤوليته عن قتلهما") == [
        ("شرطيين", "killed", 2, "exact")]  # synthetic
