"""The casualty word lists: versioned, validated YAML with FILE:LINE errors; the known data bugs."""

from __future__ import annotations

import shutil

import pytest

from analysis.casualties import lexicon as L
from analysis.casualties.claims import extract_claims
from analysis.casualties.words import DATA_DIR, SCHEMA, load_words, read_word_file
from analysis.errors import AnalysisError


def test_every_file_has_a_version_and_a_sha256():
    versions = load_words().versions()
    assert sorted(versions) == sorted(SCHEMA)
    assert all(v["version"] and len(v["sha256"]) == 64 for v in versions.values())


def test_pipeline_versions_carry_the_casualty_files():
    from analysis.annotate import Pipeline

    versions = Pipeline.load(backend="rules").versions
    assert versions["casualties"] == load_words().versions()


def _copy(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.mark.parametrize(("name", "old", "new", "problem"), [
    ("statuses", "categories: [", "categories: [fled, ", "unknown label 'fled'"),
    ("hedges", "name: hedges", "name: hedge", "name must be 'hedges'"),
    ("triggers", "fillers: [", "fillers: [قتل سقط, ", "must be a single word"),
    ("triggers", "toll: [", "tolls: [", "unknown section 'tolls'"),
    ("victims", "sound_plural: [", "sound_plural: [نملة, ", "not in dual_nouns"),
    ("causes", "priority: [", "priority: [mine, ", "listed twice"),
    ("numbers", '  "1000": [', '  "thousand": [', "must be a whole number"),
    ("numbers", "  tens: [عشرات", "  dozens: [عشرات", "unknown label 'dozens'"),
])
def test_bad_files_are_refused_with_file_and_line(tmp_path, name, old, new, problem):
    data = _copy(tmp_path)
    path = data / f"{name}.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(AnalysisError) as err:
        read_word_file(path, name)
    message = str(err.value)
    assert message.startswith(f"{path}:") and problem in message
    line = int(message.split(":")[1])
    assert line == text[: text.index(old)].count("\n") + 1 or problem == "listed twice"


def test_duplicated_entries_are_refused_with_file_and_line(tmp_path):
    # the old Python lists held قرابه twice among the hedges and الاحتلال twice among agents
    data = _copy(tmp_path)
    path = data / "hedges.yml"
    text = path.read_text(encoding="utf-8").replace("زهاء,", "زهاء, قرابة,", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AnalysisError, match=r"hedges.yml:\d+: before.about: 'قرابه' is listed twice"):
        read_word_file(path, "hedges")


def test_a_form_under_two_labels_is_refused(tmp_path):
    data = _copy(tmp_path)
    path = data / "causes.yml"
    text = path.read_text(encoding="utf-8").replace("  fire: [", "  fire: [غرق, ", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AnalysisError, match="under both 'drowning' and 'fire'|under both 'fire' and 'drowning'"):
        read_word_file(path, "causes")


def test_jawla_is_normalised_once_in_non_person_nouns():
    # جولة was written un-normalised beside جوله: forms are normalized on load
    assert "جوله" in L.NON_PERSON and "جولة" not in L.NON_PERSON
    assert extract_claims("بعد 3 جولة من المفاوضات قتل جندي") == []  # synthetic


def test_ceasefire_is_not_a_shooting_cause():
    # اطلاق النار was split into two single words, so وقف إطلاق النار gave cause=shooting
    (c,) = extract_claims("قتل 5 أشخاص في قصف رغم وقف إطلاق النار")  # synthetic
    assert c.cause == "shelling"
    (c,) = extract_claims("قتل 5 أشخاص رغم وقف إطلاق النار")  # synthetic
    assert c.cause is None and c.agency == "agentless"
    (c,) = extract_claims("قتل 5 أشخاص بإطلاق النار عليهم")  # synthetic
    assert (c.cause, c.cause_text) == ("shooting", "بإطلاق النار")


def test_qasf_jawwi_matches_as_one_airstrike_phrase():
    # قصف_جوي could never match: a token never holds an underscore
    (c,) = extract_claims("قتل 7 مدنيين في قصف جوي على البلدة")  # synthetic
    assert (c.cause, c.cause_text) == ("airstrike", "قصف جوي")


def test_reporting_verbs_and_source_phrases_come_from_the_cue_file():
    assert not hasattr(L, "SPEECH") and not hasattr(L, "ACCORDING")
    (c,) = extract_claims("قتل 5 جنود، حسبما أكدت الوزارة")  # synthetic: حسبما is a cue-file form
    assert c.source_text == "الوزارة"


def test_closed_class_words_are_read_from_grammar_and_sources_yml():
    from analysis.casualties import document, lexicon, sources

    words = load_words()
    assert document.FUNCTION_WORDS == words.forms("grammar", "function_words")
    assert document.CLAUSE_CONJ == words.forms("grammar", "clause_conjunctions")
    assert lexicon.COUNT_CHANGE == words.forms("grammar", "change")
    assert sources.SOURCE_STOP == words.forms("sources", "source_stop")
    assert "بيان" in lexicon.STATEMENT_NOUNS and "لوكاله" in sources.SOURCE_STOP


def test_finite_past_verbs_come_with_their_feminine_and_plural_forms():
    # the subject's gender and number change the verb, never its category
    # (شردت الحرب الآلاف، شردوا الآلاف)
    from analysis.casualties import lexicon as L

    verbs = L.FINITE_VERBS
    # the bare perfect: no imperfect prefix, no feminine, plural or dual ending (قتلا، قتلتا)
    bare = [v for v in verbs if not v.startswith(("ي", "ت")) and not v.endswith(("ت", "وا", "ي", "ا"))]
    missing = [v for v in bare if v + "ت" not in verbs or v + "وا" not in verbs]
    assert missing == []
    for v in bare:
        category = L.lookup(v, L.PRE_TRIGGERS)
        assert L.lookup(v + "ت", L.PRE_TRIGGERS) == category
        assert L.lookup(v + "وا", L.PRE_TRIGGERS) == category


def test_grammar_sections_are_the_sets_the_modules_read():
    from analysis.casualties import duals, figures, tolls, triggers_after, vague_counts

    words = load_words()
    assert tolls.RELATIVES == words.forms("grammar", "relatives")
    assert set(figures.DEMONSTRATIVES) == words.forms("grammar", "demonstratives")
    assert duals._DUAL_PRONOUNS == words.forms("grammar", "dual_pronouns")
    assert triggers_after._PASSIVE_AUX == words.forms("grammar", "passive_auxiliaries")
    assert vague_counts._QUANTITY_ADJECTIVES == words.forms("grammar", "quantity_adjectives")


def test_review_casR_word_lists_are_read_from_grammar_and_triggers_yml():
    # review_casR finding 6: the word lists of duals, resumed and adverbials were Python sets;
    # finding 3's verb senses are triggers.yml sections
    from analysis.casualties import adverbials, duals, resumed

    words = load_words()
    assert duals._DUAL_AUXILIARIES == words.forms("grammar", "dual_auxiliaries")
    assert duals._ONE_OF_TWO == words.forms("grammar", "one_of_two")
    assert resumed._LINKS == words.forms("grammar", "resumed_links")
    assert set(resumed._PRONOUNS) == words.forms("grammar", "group_pronouns")
    assert adverbials._DAY_WORDS == words.forms("grammar", "day_words")
    assert adverbials._THAT == words.forms("grammar", "circumstance_demonstratives")
    assert L.WITH_ALA == words.forms("triggers", "with_ala") and L.CONTESTED == words.forms("triggers", "contested")
    assert L.ACCUSATIVE_MASDARS == words.forms("triggers", "accusative_masdars")
    assert not {"يذبح", "تذبح"} & (words.table("triggers", "before")["killed"] | words.forms("triggers", "finite_verbs"))


def test_the_number_word_tables_are_the_words_of_numbers_yml():
    # the number words moved from Python to numbers.yml: every table form comes from the file
    from analysis.casualties import number_words as N
    from analysis.casualties.numeral_phrases import DEFINITE_WORDS

    words = load_words()
    forms = lambda section: {f[0] for fs in words.phrases("numbers", section).values() for f in fs}  # noqa: E731
    assert set(N.UNITS) == forms("units") and set(N.TEN) == forms("ten")
    assert set(N.MULTIPLIERS) == forms("multipliers") and set(N.VAGUE) == forms("vague")
    assert {w[:-2] for w in N.TENS} == forms("tens")
    assert set(DEFINITE_WORDS) == forms("definite_words")
    assert N.MULTIPLIERS["الفين"] == (1000, 2) and N.MULTIPLIERS["الاف"] == (1000, 0)
    assert N.HUNDREDS["ثلاثمائه"] == 300 and N.TENS["عشرون"] == 20
