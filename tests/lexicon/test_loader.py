"""Lexicon YAML loading and validation: every error names file and line."""

import textwrap

import pytest

from analysis.errors import AnalysisError
from analysis.lexicon.loader import load_lexicon, load_lexicons, sound_paradigm
from analysis.lexicon.schema import Entry, Lexicon
from analysis.paths import LEXICON_DIR
from analysis.text.normalize import normalize


def _write(tmp_path, body, name="lex.yml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


GOOD = """\
    name: mine
    version: "0.3"
    entries:
      labels/separatist:
        - lemma: انفصالي
          inflect: sound
      events/ceasefire:
        - lemma: وقف إطلاق النار
          forms: [وقف لإطلاق النار]
    stop_phrases:
      - phrase: النزاع المسلح
        note: adjective
      - الصراع المسلح
    """


def test_good_file(tmp_path):
    lex = load_lexicon(_write(tmp_path, GOOD))
    assert (lex.name, lex.version, lex.tag) == ("mine", "0.3", "mine@0.3")
    assert lex.keys == ("labels/separatist", "events/ceasefire")
    sep = lex.entries[0]
    # Xًا and Xا are one form once normalized: the first spelling is kept.
    assert sep.forms == tuple(f for f in sound_paradigm("انفصالي") if f != "انفصاليا")
    assert lex.entries[1].multiword and lex.entries[1].forms == ("وقف إطلاق النار", "وقف لإطلاق النار")
    stops = [e for e in lex.entries if e.stop]
    assert [e.lemma for e in stops] == ["النزاع المسلح", "الصراع المسلح"]
    assert sep.source.endswith("lex.yml:5") and sep.lexicon == "mine"


def test_sound_paradigm_covers_cases_numbers_genders():
    forms = {normalize(f) for f in sound_paradigm("إرهابي")}
    assert {"ارهابي", "ارهابيا", "ارهابيان", "ارهابيين", "ارهابيون", "ارهابيو", "ارهابيي", "ارهابيه",
            "ارهابيتان", "ارهابيتين", "ارهابيتا", "ارهابيات"} == forms


def test_slots_and_nisba(tmp_path):
    lex = load_lexicon(_write(tmp_path, """\
        name: x
        version: 1
        entries:
          labels/occupation:
            lemma: احتلال
            pl: [احتلالات]
            nisba: احتلالي
        """))
    forms = lex.entries[0].forms
    assert forms[:2] == ("احتلال", "احتلالات")
    assert "احتلاليون" in forms and "احتلالية" in forms


@pytest.mark.parametrize(
    ("body", "line", "problem"),
    [
        ("name: x\nversion: 1\nentries:\n  labels/a:\n    - gloss: no lemma\n", 5, "has no 'lemma'"),
        ("name: x\nversion: 1\nentries:\n  Labels/A:\n    - lemma: انفصالي\n", 4, "invalid key 'Labels/A'"),
        ("name: x\nversion: 1\nentries:\n  labels/a:\n    - lemma: انفصالي\n      colour: red\n", 6,
         "unknown entry field 'colour'"),
        ("name: x\nversion: 1\nentries:\n  labels/a:\n    - lemma: انفصالي\n      inflect: broken\n", 6,
         "inflect must be one of"),
        ("name: x\nversion: 1\nentries:\n  labels/a:\n    - lemma: وقف النار\n      inflect: sound\n", 6,
         "single-word lemma"),
        ("name: x\nversion: 1\nentries:\n  labels/a:\n    - lemma: انفصالي\n  labels/b:\n    - lemma: انفصالي\n", 7,
         "already a form of 'labels/a' (line 5)"),
        ("name: x\nversion: 1\nentries:\n  labels/a:\n    - lemma: انفصالي\n      forms: انفصاليون\n", 6,
         "forms must be a list"),
        ("name: x\nversion: 1\nentries:\n  labels/a:\n    - lemma: انفصالي\n      forms: [\"...\"]\n", 6,
         "contains no word"),
        ("name: x\nversion: 1\nentries:\n  labels/a:\n    - lemma: انفصالي\n      lemma_match: maybe\n", 6,
         "lemma_match must be true or false"),
        ("name: x\nversion: 1\nentries:\n  labels/a: []\n", 4, "has no entries"),
        ("name: x\nversion: 1\n", 1, "missing top-level field 'entries'"),
        ("name: X Y\nversion: 1\nentries: {}\n", 1, "must match"),
        ("name: x\nversion: 1\nentry: {}\nentries: {}\n", 3, "unknown top-level field 'entry'"),
        ("name: x\nversion: 1\nentries:\n  labels/a:\n    - lemma: [a, b]\n", 5, "lemma must be a non-empty text"),
        ("name: x\nversion: 1\nentries:\n  labels/a:\n    - lemma: انفصالي\n      lemma: متمرد\n", 6,
         "duplicate field 'lemma'"),
        ("name: x\nversion: 1\nentries:\n  labels/a:\n    - lemma: انفصالي\n   bad: [\n", 6, "invalid YAML"),
        ("name: x\nversion: 1\nentries: {}\nstop_phrases:\n  - phrase: النزاع المسلح\n    why: x\n", 6,
         "unknown stop phrase field 'why'"),
        ("", 1, "file is empty"),
    ],
)
def test_errors_name_file_line_and_problem(tmp_path, body, line, problem):
    path = _write(tmp_path, body, "bad.yml")
    with pytest.raises(AnalysisError) as info:
        load_lexicon(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert problem in message
    assert "\n" not in message


def test_missing_file(tmp_path):
    with pytest.raises(AnalysisError, match="no such lexicon file"):
        load_lexicon(tmp_path / "nope.yml")


def test_shipped_lexicons_load_and_cover_required_keys():
    lexicons = load_lexicons()
    assert all(lex.path.parent == LEXICON_DIR for lex in lexicons)
    keys = {k for lex in lexicons for k in lex.keys}
    assert {
        "labels/separatist", "labels/terrorist", "labels/militant", "labels/rebel", "labels/extremist",
        "labels/occupation", "labels/militia", "labels/mercenary", "markers/so_called",
        "events/military_operation", "events/aggression", "events/attack", "events/ceasefire",
        "institutions/peacekeepers", "institutions/armed_forces", "contexts/counter_terrorism",
        "places/karabakh", "places/stepanakert",
    } <= keys
    assert all(lex.version for lex in lexicons)


def test_user_lexicon_alongside_shipped_and_name_clash(tmp_path):
    path = _write(tmp_path, GOOD)
    lexicons = load_lexicons([LEXICON_DIR, path])
    assert lexicons[-1].name == "mine"
    clash = _write(tmp_path, GOOD.replace("name: mine", "name: labels"), "clash.yml")
    with pytest.raises(AnalysisError, match="already used"):
        load_lexicons([LEXICON_DIR, clash])


def test_entries_constructible_in_code():
    e = Entry(key="actor/azerbaijan", lemma="أذربيجان", forms=["أذربيجان", "اذربيجان"])
    assert e.forms == ("أذربيجان", "اذربيجان") and not e.multiword
    assert Entry("k", "قوات حفظ السلام").all_forms == ("قوات حفظ السلام",)
    lex = Lexicon("code", "1", None, (e,))
    assert lex.keys == ("actor/azerbaijan",)
