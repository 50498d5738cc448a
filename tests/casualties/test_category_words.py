"""The test before the category grammar (:mod:`analysis.casualties.category_words`) never loses a claim.

Every synthetic case of the casualty grammar's tables, and the articles of
the SaudiNewsNet dev gold, give the same claims with the test as without it.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.casualties import claims as claims_module
from analysis.casualties import lexicon as L
from analysis.casualties.category_words import CATEGORY_FORMS, names_a_category
from analysis.casualties.claims import extract_claims
from analysis.text.normalize import normalize

from tests.casualties import (
    test_categories, test_figures, test_glued, test_invariants, test_numerals, test_parts, test_phenomena,
    test_precision, test_tolls, test_triggers, test_triggers_after,
)

CASE_MODULES = (test_categories, test_figures, test_glued, test_invariants, test_numerals, test_parts,
                test_phenomena, test_precision, test_tolls, test_triggers, test_triggers_after)


def _case_texts() -> list[str]:
    """The texts of every case table (lists of rows whose first field is the text) of the grammar's tests."""
    texts = []
    for module in CASE_MODULES:
        for value in vars(module).values():
            if isinstance(value, list) and value and all(isinstance(r, tuple) and r and isinstance(r[0], str)
                                                         for r in value):
                texts.extend(r[0] for r in value)
    return texts


CASES = _case_texts()


def _without_the_test(monkeypatch, text: str):
    with monkeypatch.context() as m:
        m.setattr(claims_module, "may_be_claim", lambda doc, num, nxt: True)
        return extract_claims(text)


def test_the_case_tables_are_found():
    assert len(CASES) > 100


@pytest.mark.parametrize("text", CASES)
def test_the_test_keeps_every_claim_of_the_synthetic_cases(text, monkeypatch):
    assert extract_claims(text) == _without_the_test(monkeypatch, text)


@pytest.mark.parametrize("text", [  # synthetic
    "وقتل 3 جنود في الهجوم.",            # a counted noun and an event word
    "وأسفر القصف عن سقوط 12 قتيلا.",      # a counted noun
    "ولقي 5 أشخاص مصرعهم.",              # an event word after the figure
    "ونقل إلى السجون 4 معتقلين آخرين.",   # a prison
    "وبلغت حصيلة الضحايا 40.",            # a toll word
])
def test_a_sentence_with_a_category_word_is_read(text, monkeypatch):
    assert extract_claims(text) == _without_the_test(monkeypatch, text)
    assert extract_claims(text)


@pytest.mark.parametrize("text", [  # synthetic
    "واشترى المجلس 5 حافلات جديدة بقيمة 3 ملايين ريال عام 2015.",
    "وشارك في المعرض 120 فنانا من 14 دولة.",
])
def test_a_sentence_without_one_skips_the_grammar(text, monkeypatch):
    calls = []
    with monkeypatch.context() as m:
        m.setattr(claims_module, "draft_figure", lambda *args: calls.append(args))
        assert extract_claims(text) == []
    assert calls == []


@pytest.mark.parametrize("word, named", [  # synthetic
    ("قتل", True), ("وقتلوا", True), ("بالقصف", False), ("مصرعهم", True), ("جثمانا", True),
    ("اصابتهم", True), ("حافلات", False), ("ريال", False), ("", False),
])
def test_names_a_category_reads_clitics_possessives_and_tanween(word, named):
    assert names_a_category(normalize(word)) is named


def _every_form_read(norm: str) -> bool:
    """names_a_category by its definition: every form through lexicon.in_set, no shortcut."""
    bases = [norm, norm[1:]] if norm.startswith("و") else [norm]
    forms = {f for base in bases for f in L.without_possessive(base)}
    forms |= {f[:-1] for f in forms if f.endswith("ا")}
    return bool(norm) and any(L.in_set(f, CATEGORY_FORMS) for f in forms)


_AFFIXED = sorted({p + form + s for form in CATEGORY_FORMS for p in ("", "و", "ب", "ال", "وال", "لل", "فب")
                   for s in ("", "ا", "ه", "ها", "هم", "هما")})


def test_names_a_category_agrees_with_its_definition_on_affixed_category_words():
    assert [w for w in _AFFIXED if names_a_category(w) != _every_form_read(w)] == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويةى", min_size=1, max_size=9))
def test_names_a_category_agrees_with_its_definition(word):
    assert names_a_category(word) == _every_form_read(word)


def test_a_construct_plural_of_a_form_shorter_than_six_letters_names_a_category():
    """السجي (سجين in construct) was skipped: only forms of six letters or more gave their construct."""
    from analysis.casualties.figures import construct_plural
    plurals = sorted(f for forms in L.COUNTED_NOUNS.values() for f in forms if f.endswith("ين"))
    construct = [p + f[:-1] for f in plurals for p in ("", "و", "ب", "ال", "وال", "لل")]
    assert [w for w in construct if construct_plural(w) and not names_a_category(w)] == []


def test_every_category_word_names_a_category():
    assert all(names_a_category(form) for form in CATEGORY_FORMS)


@pytest.mark.shared
def test_the_test_keeps_every_claim_of_the_dev_gold_articles(saudinewsnet_dir: Path, monkeypatch):
    gold = json.loads(Path(__file__).with_name("dev_gold.json").read_text(encoding="utf-8"))
    keys = sorted({(s["zip"], s["article"]) for s in gold["sentences"]})
    articles: dict[str, list] = {}
    for name, index in keys:
        if name not in articles:
            with zipfile.ZipFile(saudinewsnet_dir / name) as zf:
                articles[name] = json.loads(zf.read(zf.namelist()[0]))
        text = articles[name][index]["content"]
        assert extract_claims(text) == _without_the_test(monkeypatch, text), (name, index)
