"""Morphology backends: rules, and camel-tools' Analyzer on a tiny DB in its own format."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.errors import AnalysisError
from analysis.lexicon.matcher import Matcher
from analysis.lexicon.schema import Entry
from analysis.text.morphology import RulesBackend, get_backend
from analysis.text.tokenize import tokenize

TINY_DB = Path(__file__).parent / "data" / "tiny_morph.db"


@pytest.fixture(scope="module")
def calima():
    return get_backend(str(TINY_DB))


def test_rules_backend_reports_itself():
    b = get_backend("rules")
    assert isinstance(b, RulesBackend)
    assert (b.name, b.has_lemmas) == ("rules", False)
    assert b.describe().startswith("rules@")


def test_calima_backend_reports_db_and_version(calima):
    assert calima.name == "calima" and calima.has_lemmas
    assert "tiny_morph.db" in calima.version and "camel-tools" in calima.version


@pytest.mark.parametrize(
    ("word", "lemma", "proclitics", "enclitics"),
    [
        ("والانفصاليين", "انفصالي", ("و", "ال"), ()),
        ("للانفصاليين", "انفصالي", ("ل", "ال"), ()),
        ("انفصاليتين", "انفصالي", (), ()),
        ("بالارهابيين", "ارهابي", ("ب", "ال"), ()),
        ("وبالارهاب", "ارهاب", ("و", "ب", "ال"), ()),
        ("ارهابهم", "ارهاب", (), ("هم",)),
    ],
)
def test_analyzer_lemmas_and_clitics(calima, word, lemma, proclitics, enclitics):
    analyses = calima.analyze(word)
    assert any((a.lemma, a.proclitics, a.enclitics) == (lemma, proclitics, enclitics) for a in analyses)


@pytest.mark.parametrize("word", ["الي", "بلاده"])
def test_analyzer_has_nothing_for_unknown_words(calima, word):
    assert calima.analyze(word) == ()


def test_matcher_uses_analyzer_lemmas_for_unlisted_forms(calima):
    entries = [Entry("labels/separatist", "انفصالي", ("انفصالي",))]  # only the lemma listed
    text = "مع والانفصاليين وللانفصاليين"  # synthetic
    rules_hits = Matcher(entries, backend="rules").match(tokenize(text))
    assert rules_hits == []
    hits = Matcher(entries, backend=calima).match(tokenize(text))
    assert [(h.text, h.lemma, h.clitics) for h in hits] == [
        ("والانفصاليين", "انفصالي", ("و", "ال")),
        ("وللانفصاليين", "انفصالي", ("و", "ل", "ال")),
    ]


def test_lemma_match_false_keeps_adjective_out(calima):
    entries = [Entry("labels/militant", "مسلح", ("مسلحون",), lemma_match=False)]
    assert Matcher(entries, backend=calima).match(tokenize("القوات المسلحة")) == []  # synthetic
    entries = [Entry("labels/militant", "مسلح", ("مسلحون",))]
    assert len(Matcher(entries, backend=calima).match(tokenize("القوات المسلحة"))) == 1


def test_calima_by_name_without_db_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    get_backend.cache_clear()
    try:
        with pytest.raises(AnalysisError, match="not installed"):
            get_backend("calima")
        assert get_backend("auto").name == "rules"
    finally:
        get_backend.cache_clear()


def test_bad_db_path_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("not a db\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match="not a camel-tools morphology DB"):
        get_backend(str(bad))
    with pytest.raises(AnalysisError, match="no such morphology DB"):
        get_backend(str(tmp_path / "missing.db"))


def test_camel_is_imported_lazily_and_env_respected(tmp_path):
    code = (
        "import os, sys\n"
        "import analysis.lexicon, analysis.text.morphology as m\n"
        "from analysis.lexicon import Matcher, load_lexicons\n"
        "Matcher(load_lexicons(), backend='rules')\n"
        "assert 'camel_tools.morphology' not in sys.modules\n"
        "assert 'CAMELTOOLS_DATA' not in os.environ\n"
        f"m.get_backend({str(TINY_DB)!r})\n"
        "assert 'camel_tools.morphology' in sys.modules\n"
        "print(os.environ['CAMELTOOLS_DATA'])\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "CAMELTOOLS_DATA"}
    env["HOME"] = str(tmp_path)  # no ~/.camel_tools/catalogue.json here
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("camel_stub")
    # A user's own CAMELTOOLS_DATA is left alone.
    stub = Path(__file__).resolve().parents[2] / "analysis" / "text" / "camel_stub"
    env["CAMELTOOLS_DATA"] = str(stub)
    code2 = code.replace("assert 'CAMELTOOLS_DATA' not in os.environ\n", "")
    out = subprocess.run([sys.executable, "-c", code2], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(stub)
