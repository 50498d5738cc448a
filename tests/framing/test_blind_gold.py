"""Integrity of the blind quotes gold (issue 13): split 1 (``tests/framing/blind/blind_gold.json``),
split 2 (``blind_gold_2a.json`` + ``blind_gold_2b.json``, two annotators' halves of one draw) and
split 3 (``blind_gold_3a.json`` + ``blind_gold_3b.json``) and split 4 (``blind_gold_4a.json`` +
``blind_gold_4b.json``; it excludes earlier splits' articles but not their issues).

The gold stores offsets and labels only; surfaces are checked through the
sha256 prefixes ``cue_sha``/``speaker_sha`` against the SaudiNewsNet text in
``../shared`` (those tests skip when it is absent). No score floors here: the
scores are printed by ``tests/framing/blind/evaluate.py``.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO_ROOT

BLIND = REPO_ROOT / "tests" / "framing" / "blind"
DEV_GOLD = json.loads((REPO_ROOT / "tests" / "framing" / "dev_gold.json").read_text(encoding="utf-8"))
KINDS = {"direct", "indirect", "according_to"}
#: The files of each split; a split's articles are its files' articles in order.
SPLITS = {1: ("blind_gold.json",), 2: ("blind_gold_2a.json", "blind_gold_2b.json"),
          3: ("blind_gold_3a.json", "blind_gold_3b.json"), 4: ("blind_gold_4a.json", "blind_gold_4b.json"),
          5: ("blind_gold_5a.json", "blind_gold_5b.json")}


def _articles(split: int) -> list[dict]:
    return [a for name in SPLITS[split] for a in json.loads((BLIND / name).read_text(encoding="utf-8"))["articles"]]


@pytest.fixture(scope="module", params=sorted(SPLITS))
def split(request) -> int:
    return request.param


@pytest.fixture(scope="module")
def articles_of(split) -> list[dict]:
    return _articles(split)


@pytest.fixture(scope="module")
def statements(articles_of) -> list[tuple[dict, dict]]:
    return [(a, s) for a in articles_of for s in a["statements"]]


def _sha(surface: str) -> str:
    return hashlib.sha256(surface.encode("utf-8")).hexdigest()[:12]


def _registry_ids() -> set[str]:
    data = yaml.safe_load((REPO_ROOT / "analysis" / "framing" / "data" / "actors.yml").read_text(encoding="utf-8"))
    return {actor["id"] for actor in data["actors"]}


def test_blind_gold_stores_no_saudinewsnet_text(split):
    for name in SPLITS[split]:
        raw = (BLIND / name).read_text(encoding="utf-8")
        assert not re.search("[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]", raw), name


def test_blind_gold_has_at_least_250_statements_of_known_kinds(statements):
    assert len(statements) >= 250
    assert {s["kind"] for _, s in statements} == KINDS


def test_blind_gold_records_are_well_formed(statements):
    ids = _registry_ids()
    for art, s in statements:
        where = (art["zip"], art["index"], s["cue_start"])
        assert 0 <= s["cue_start"] < s["cue_end"], where
        assert (s["speaker_start"] is None) == (s["speaker_end"] is None) == (s["speaker_sha"] is None), where
        if s["speaker_start"] is not None:
            assert 0 <= s["speaker_start"] < s["speaker_end"], where
            assert not (s["speaker_start"] < s["cue_end"] and s["cue_start"] < s["speaker_end"]), where
        assert s["actor"] is None or s["actor"] in ids, where


def test_blind_gold_has_no_duplicate_articles_or_cues(articles_of):
    keys = [(a["zip"], a["index"]) for a in articles_of]
    assert len(keys) == len(set(keys))
    for art in articles_of:
        cues = [(s["cue_start"], s["cue_end"]) for s in art["statements"]]
        assert cues == sorted(cues), art["zip"]
        assert all(a[1] <= b[0] for a, b in zip(cues, cues[1:])), f"overlapping cues in {art['zip']}#{art['index']}"


@pytest.mark.shared
def test_blind_articles_are_outside_every_earlier_framing_split(saudinewsnet_dir, split, articles_of):
    from tests.framing.blind.sample import SPLIT4, SPLIT5, articles

    earlier = {(p["zip"], p["index"]) for p in DEV_GOLD["paragraphs"]}
    issues = {(p["zip"], articles(p["zip"])[p["index"]].get("source", "")) for p in DEV_GOLD["paragraphs"]}
    for previous in range(1, split):
        earlier |= {(a["zip"], a["index"]) for a in _articles(previous)}
        issues |= {(a["zip"], a["outlet"]) for a in _articles(previous)}
    for art in articles_of:
        assert (art["zip"], art["index"]) not in earlier
        if split < 4 or {4: SPLIT4, 5: SPLIT5}.get(split, SPLIT4)["exclude_issues"]:  # splits 4, 5 exclude earlier articles, not issues
            assert (art["zip"], art["outlet"]) not in issues


@pytest.mark.shared
def test_blind_gold_offsets_point_at_the_annotated_surfaces(saudinewsnet_dir, articles_of):
    from tests.framing.blind.evaluate import article_text

    for art in articles_of:
        text = article_text(art, saudinewsnet_dir)
        for s in art["statements"]:
            cue = text[s["cue_start"]:s["cue_end"]]
            assert _sha(cue) == s["cue_sha"], (art["zip"], s["cue_start"])
            assert cue == cue.strip() and not re.search(r"[\s،,.:]$", cue)
            assert s["cue_start"] == 0 or not text[s["cue_start"] - 1].isalpha(), "cue starts inside a word"
            assert s["cue_end"] == len(text) or not text[s["cue_end"]].isalpha(), "cue ends inside a word"
            if s["speaker_start"] is not None:
                speaker = text[s["speaker_start"]:s["speaker_end"]]
                assert _sha(speaker) == s["speaker_sha"], (art["zip"], s["speaker_start"])
                assert speaker == speaker.strip()
                assert s["speaker_start"] == 0 or not text[s["speaker_start"] - 1].isalpha(), "speaker inside a word"
                assert s["speaker_end"] == len(text) or not text[s["speaker_end"]].isalpha(), "speaker inside a word"


@pytest.mark.shared
def test_blind_sampler_reproduces_the_gold_articles(saudinewsnet_dir, split):
    from tests.framing.blind.sample import DATA, draw

    if DATA.resolve() != saudinewsnet_dir.resolve():
        pytest.skip("the sampler reads ../shared next to the checkout")
    drawn = [(a["zip"], a["index"], a["outlet"], a["sha256"]) for a in draw(split)]
    # split 2: half a holds draw positions 0, 2, 4 ..., half b 1, 3, 5 ...
    halves = [drawn[k::len(SPLITS[split])] for k in range(len(SPLITS[split]))]
    for name, half in zip(SPLITS[split], halves):
        got = json.loads((BLIND / name).read_text(encoding="utf-8"))["articles"]
        assert [(a["zip"], a["index"], a["outlet"], a["sha256"]) for a in got] == half, name
