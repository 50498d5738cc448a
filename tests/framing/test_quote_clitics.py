"""The quote rules' prefix and pronoun questions, answered by analysis.text.clitics (one clitic stripper), and verb agreement.

Words are single normalized forms (stock vocabulary, no article text).
"""

from __future__ import annotations

import pytest

from analysis.framing.quote_agreement import verb_features
from analysis.framing.cues import load_cues
from analysis.framing.quote_clauses import SUFFIX_TAGS
from analysis.framing.quote_clitics import (
    after_conjunction,
    article_after,
    article_stem,
    opens_with,
    preposition_only,
    pronoun_readings,
    pronoun_suffix,
    proclitics,
    without_article,
    without_preposition,
)

ARTICLE_AFTER = [
    ("للوزير", "لبك", True), ("بالقول", "لبك", True), ("كالعادة", "لبك", True),
    ("كالعادة", "بل", False), ("والوزير", "و", True), ("والوزير", "لبك", False),
    ("وبالقول", "لبك", False),  # و before the preposition: not a bare prepositional phrase
    ("الوزير", "لبك", False), ("بالغ", "لبك", False),  # no stem after بال: a word, not ب + ال
]


@pytest.mark.parametrize("word,letters,expected", ARTICLE_AFTER)
def test_article_after_reads_the_proclitics_of_the_clitic_stripper(word, letters, expected):
    assert article_after(word, letters) is expected


WITHOUT_PREPOSITION = [
    ("للمصدر", {}, "المصدر"), ("للمصدر", {"article": False}, "مصدر"), ("لمصدر", {}, "مصدر"),
    ("بالمصدر", {"letters": "لب"}, "المصدر"), ("بالمصدر", {"letters": "ل"}, "بالمصدر"),
    ("المصدر", {}, "المصدر"), ("كمصدر", {"letters": "لب"}, "كمصدر"),
]


@pytest.mark.parametrize("word,options,expected", WITHOUT_PREPOSITION)
def test_without_preposition_strips_one_preposition_and_keeps_the_article(word, options, expected):
    assert without_preposition(word, **options) == expected


def test_preposition_only_and_proclitics():
    assert preposition_only("لرويترز") and not preposition_only("للوزير") and not preposition_only("الوزير")
    assert proclitics("وبالقول") == ("و", "ب", "ال") and proclitics("الى") == ()


VERB_FEATURES = [
    # (verb, tag, after_subject, (gender, number))
    ("قالت", "", False, ("f", "?")), ("وكانت", "", False, ("f", "?")), ("كانتا", "", False, ("f", "p")),
    ("كانوا", "", False, ("m", "p")), ("كانا", "", False, ("m", "p")), ("رفضوا", "", True, ("m", "p")),
    ("يقولون", "", False, ("m", "p")), ("تؤكد", "", True, ("f", "?")),
    ("تظاهر", "", False, ("m", "?")),  # a verb opening its clause: تـ of a form V perfect, not a feminine imperfect
    ("قال", "ms", False, ("m", "?")), ("تحدثت", "fs", False, ("f", "?")),
]


@pytest.mark.parametrize("verb,tag,after_subject,expected", VERB_FEATURES)
def test_verb_features_is_the_one_agreement_reading_of_a_verb(verb, tag, after_subject, expected):
    assert verb_features(verb, tag, after_subject=after_subject) == expected


def test_article_after_may_allow_a_leading_conjunction():
    assert article_after("وبالنسبة", "بل", conjunction=True) and not article_after("وبالنسبة", "بل")
    assert not article_after("والوزير", "بل", conjunction=True)


PRONOUN_READINGS = [
    # (word, options, readings): a third-person pronoun after a stem, the construct ending restored
    ("بيانه", {}, (("بيان", "ه"),)), ("موقعها", {}, (("موقع", "ها"),)), ("حسابهم", {}, (("حساب", "هم"),)),
    ("كلمته", {}, (("كلمت", "ه"), ("كلمه", "ه"))),  # ة is written ت before the pronoun
    ("مسلحوها", {}, (("مسلحو", "ها"), ("مسلحون", "ها"))),  # a sound plural drops its ن
    ("بيانكم", {}, ()), ("بيان", {}, ()),  # not a third-person pronoun; no pronoun
    ("رده", {}, (("رد", "ه"),)), ("رده", {"min_stem": 3}, ()),
    ("روايتهما", {"pronouns": tuple(SUFFIX_TAGS)}, (("روايت", "هما"), ("روايه", "هما"))),
    ("روايتهما", {}, ()),  # the dual is not among the default pronouns
    ("بياه", {"min_stem": 3}, (("بيا", "ه"), ("بيان", "ه"))),  # synthetic: the stripper offers a dropped ن
    ("بياه", {"min_stem": 3, "dropped_n": False}, (("بيا", "ه"),)),  # synthetic: a root ن is never dropped
    ("مسلحوها", {"dropped_n": False}, (("مسلحو", "ها"),)),
]


@pytest.mark.parametrize("word,options,expected", PRONOUN_READINGS)
def test_pronoun_readings_reads_the_enclitics_of_the_clitic_stripper(word, options, expected):
    assert pronoun_readings(word, **options) == expected


ARTICLE_STEMS = [
    # (a definite word as written, hamza kept, the stem after its proclitics)
    ("اللواء", "لواء"),  # the stem's own ل stays: text.lstrip("ال") gave واء
    ("الاستقبال", "استقبال"),  # the stem's own ا stays: lstrip gave ستقبال
    ("الأحزاب", "أحزاب"), ("للأحزاب", "أحزاب"), ("والأحزاب", "أحزاب"), ("بالأعضاء", "أعضاء"),
    ("لواء", "لواء"), ("أحزاب", "أحزاب"),  # no article: the word itself
]


@pytest.mark.parametrize("word,stem", ARTICLE_STEMS)
def test_article_stem_strips_whole_clitics_not_every_alef_and_lam(word, stem):
    # Regression: quote_subjects.object_noun read the hamza of أفعال plurals after text.lstrip("ال").
    assert article_stem(word) == stem


FEMININE_WITH_PRONOUN = [
    # (word as written, a feminine noun + pronoun: ة written ت before the suffix)
    ("استقالته", True), ("زيارتها", True), ("حكومتهم", True), ("حكومتهما", True),
    ("استقالتهُ", True),  # synthetic: a diacritic after the suffix changes nothing
    ("الستة", False), ("مؤقتة", False),  # ت + ة is no suffix
    ("بيانه", False),  # a pronoun, but no ت
]


@pytest.mark.parametrize("word,expected", FEMININE_WITH_PRONOUN)
def test_feminine_noun_with_pronoun_is_read_by_the_clitic_stripper(word, expected):
    from analysis.framing.quote_subjects import _feminine_with_pronoun

    assert _feminine_with_pronoun(word) is expected


MEDIUM_NOUN_SPELLINGS = [
    # (word after في / عبر / على / خلال, read as a medium noun): the decisions before the one clitic reader
    ("بيانه", True), ("موقعها", True), ("كلمته", True), ("بيان", True),
    ("كلمت", True), ("صفحت", True),  # synthetic: ة written ت without a pronoun (في كلمت، في صفحت)
    ("بياه", False),  # synthetic: بيان's ن is a root letter, not a dual's or plural's
    ("رده", False),  # a stem of two letters is no medium noun
]


@pytest.mark.parametrize("word,expected", MEDIUM_NOUN_SPELLINGS)
def test_medium_noun_reads_teh_for_teh_marbuta_without_a_pronoun_and_never_drops_a_root_n(word, expected):
    from analysis.framing.analyze import build_context
    from analysis.framing.quote_complements import ComplementRules

    rules = ComplementRules(build_context("قال الوزير"), [], [])  # synthetic
    assert rules.medium_noun(word) is expected


def test_replaced_cue_set_rebuilds_its_derived_noun_lists():
    import dataclasses

    cues = load_cues()
    words = dict(cues.words, medium_nouns=frozenset({"منشور"}))
    changed = dataclasses.replace(cues, words=words, nouns=cues.nouns[:1])
    assert "منشور" in changed.source_or_medium_nouns and "رساله" not in changed.source_or_medium_nouns
    assert len(set(changed.noun_refs.values())) == 1 and set(changed.noun_refs) < set(cues.noun_refs)


def test_source_or_medium_nouns_is_built_once_with_the_cue_set():
    cues = load_cues()
    assert cues.source_or_medium_nouns == cues.word_list("source_nouns") | cues.word_list("medium_nouns")
    assert "بيان" in cues.source_or_medium_nouns and "رساله" in cues.source_or_medium_nouns  # a source noun, a medium noun


CLITIC_RECORDS = [
    # (a matched word's clitics, its pronoun suffix, opens with و / ف)
    (("و", "+ه"), "ه", True), (("ف",), "", True), (("+ها",), "ها", False), (("ب", "ال"), "", False),
    ((), "", False), (("و", "ب", "ال"), "", True),
]


@pytest.mark.parametrize("clitics,suffix,conjunction", CLITIC_RECORDS)
def test_pronoun_suffix_and_after_conjunction_read_a_cue_clitic_record(clitics, suffix, conjunction):
    assert pronoun_suffix(clitics) == suffix
    assert after_conjunction(clitics) is conjunction


ARTICLE_AND_LAM = [
    # (word, without its article, opens with لـ)
    ("الوزارة", "وزارة", False), ("للوزارة", "للوزارة", True), ("لوزارة", "لوزارة", True),
    ("ولوزارة", "ولوزارة", False),  # و comes first
    ("الى", "الى", False), ("الرد", "رد", False),  # too short to be ال + a stem; a two-letter stem
]


@pytest.mark.parametrize("word,bare,lam", ARTICLE_AND_LAM)
def test_without_article_and_opens_with_read_the_longest_proclitic_reading(word, bare, lam):
    assert without_article(word) == bare
    assert opens_with(word, "ل") is lam


CUE_WORD_LISTS = [
    # (word list of cues.yml, normalized words it must hold): read by the rules, not kept in Python
    ("not_names", {"عده", "كافه", "اي", "اكثر", "هو", "وهي"}),
    ("criterion_quantifiers", {"كل", "جميع", "مختلف"}),
    ("medium_prepositions", {"في", "عبر", "خلال"}),
    ("resumed_by_bi", {"به", "بها", "بهم"}),
]


@pytest.mark.parametrize("name,words", CUE_WORD_LISTS)
def test_word_lists_of_the_quote_rules_are_read_normalized_from_cues_yml(name, words):
    assert words <= load_cues().word_list(name)
