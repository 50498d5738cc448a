"""The seed article's hand-made framing annotation is reproduced exactly."""

from __future__ import annotations

import hashlib

import pytest

from analysis.framing import analyze_text

ACTOR_FIELDS = ("start", "end", "text", "actor", "alias", "labels")
QUOTE_FIELDS = ("start", "end", "speaker", "speaker_text", "speaker_start", "speaker_end", "cue", "kind",
                "content_start", "content_end")
TERM_FIELDS = ("start", "end", "text", "key", "voice", "quoted", "scare_quote", "so_called",
               "attributed_to", "target")


@pytest.fixture(scope="module")
def result(seed_article):
    return analyze_text(seed_article)


def _rows(items, fields):
    return [{f: (list(v) if isinstance(v := getattr(x, f), tuple) else v) for f in fields} for x in items]


def test_golden_offsets_point_into_the_seed(seed_article, golden):
    assert hashlib.sha256(seed_article.encode("utf-8")).hexdigest() == golden["sha256"]
    for row in golden["actors"] + golden["terms"]:
        assert seed_article[row["start"]:row["end"]] == row["text"]
    for row in golden["quotes"]:
        assert seed_article[row["start"]:row["end"]] == row["text"]
        assert seed_article[row["content_start"]:row["content_end"]] == row["content"]
        if row["speaker_text"] is not None:
            assert seed_article[row["speaker_start"]:row["speaker_end"]] == row["speaker_text"]


@pytest.mark.parametrize("part,fields", [("actors", ACTOR_FIELDS), ("quotes", QUOTE_FIELDS), ("terms", TERM_FIELDS)])
def test_seed_matches_golden(result, golden, part, fields):
    got = _rows(getattr(result, part), fields)
    want = [{f: row[f] for f in fields} for row in golden[part]]
    missing = [w for w in want if w not in got]
    extra = [g for g in got if g not in want]
    assert not missing and not extra, f"missing={missing}\nextra={extra}"
    assert got == want


@pytest.mark.parametrize("needle,expected", [
    ('بـ"الإرهابية"', dict(key="labels/terrorist", quoted=True, voice="reported", attributed_to="azerbaijan",
                           target="karabakh_authorities", scare_quote=False)),
    ('انتهاء "العملية العسكرية"', dict(voice="own", quoted=True, scare_quote=True)),
    ('كيف بدأت "العملية العسكرية"', dict(voice="own", quoted=True, scare_quote=True)),
    ("أن العملية العسكرية ستتوقف", dict(voice="reported", quoted=False, attributed_to="aliyev")),
    ("مع الانفصاليين الأرمن", dict(voice="reported", attributed_to="azerbaijan")),
    ("القوات الأرمينية الانفصالية", dict(voice="own", attributed_to=None, target="karabakh_forces")),
])
def test_acceptance_cases(result, seed_article, needle, expected):
    at = seed_article.find(needle)
    term = next(t for t in result.terms if at <= t.start < at + len(needle))
    for field, value in expected.items():
        assert getattr(term, field) == value, field


def test_traitor_is_a_direct_quote_by_protesters(result, seed_article):
    at = seed_article.find('"خائن"') + 1
    q = next(q for q in result.quotes if q.content_start == at)
    assert (q.kind, q.speaker, q.cue) == ("direct", "armenian_opposition", "وصف")


def test_russian_mod_is_a_source(result):
    q = next(q for q in result.quotes if q.speaker == "russia_mod")
    assert (q.kind, q.cue, q.speaker_text) == ("according_to", "بحسب", "وزارة الدفاع الروسية")
