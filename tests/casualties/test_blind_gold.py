"""Integrity of the blind casualty gold: strata F and G (``blind/blind_gold.json``), the second
round H and I (``blind_gold_H.json``, ``blind_gold_I.json``), the second coder's double coding
of H and I (``second_coder_HI.json``) and the third round J and K (``blind_gold_J.json``,
``blind_gold_K.json``) the fourth round L and M (``blind_gold_L.json``, ``blind_gold_M.json``)
the fifth round N and O (``blind_gold_N.json``, ``blind_gold_O.json``) and the sixth round P
and Q (``blind_gold_P.json``, ``blind_gold_Q.json``) with the second coder's double coding of their
first 60 sentences each (``second_coder_PQ.json``), and the seventh round: stratum R
(``blind_gold_R.json``: the unread sentences of the earlier strata's own articles, so not in
``ROUNDS``) and stratum S (``blind_gold_S.json``: accidents, disasters and crime), and the eighth
round's strata T and U (``blind_gold_T.json``, ``blind_gold_U.json``: R's sibling rule again, over P's
and Q's outlets; not in ``ROUNDS`` either, as R) with the second coder's double coding of their
first 60 sentences each (``second_coder_TU.json``).

The gold holds offsets and labels only; the text is read from
``../shared/data/saudinewsnet`` (the checks that need it skip without it).
Each sentence and figure carries the first 16 hex digits of the sha256 of its
surface, so a change of the corpus text or of an offset is caught here. No
score floors live in this file: scoring is ``blind/evaluate.py``.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from analysis.casualties import lexicon

BLIND_DIR = Path(__file__).with_name("blind")
BLIND = BLIND_DIR / "blind_gold.json"
DEV = Path(__file__).with_name("dev_gold.json")
#: Each gold file, with its strata and the figures its strata must hold at least (None: no floor).
FILES = {"blind_gold.json": ({"F", "G"}, 300), "blind_gold_H.json": ({"H"}, 160),
         "blind_gold_I.json": ({"I"}, 160), "second_coder_HI.json": ({"H", "I"}, None),
         "blind_gold_J.json": ({"J"}, 160), "blind_gold_K.json": ({"K"}, 100),
         "blind_gold_L.json": ({"L"}, 160), "blind_gold_M.json": ({"M"}, 160),
         "blind_gold_N.json": ({"N"}, 130), "blind_gold_O.json": ({"O"}, 160),
         "blind_gold_P.json": ({"P"}, 160), "blind_gold_Q.json": ({"Q"}, 160),
         "second_coder_PQ.json": ({"P", "Q"}, None), "blind_gold_R.json": ({"R"}, 160),
         "blind_gold_S.json": ({"S"}, 160), "blind_gold_T.json": ({"T"}, 150),
         "blind_gold_U.json": ({"U"}, 150), "second_coder_TU.json": ({"T", "U"}, None),
         "blind_gold_V.json": ({"V"}, 150), "blind_gold_W.json": ({"W"}, 150)}
SENTENCE_KEYS = {"zip", "article", "url", "outlet", "start", "end", "stratum", "rank", "sha256"}
FIGURE_KEYS = {"sentence", "start", "end", "category", "value", "low", "high", "hedge", "sha256"}
_NINE = {"alriyadh", "aljazirah", "alyaum", "alwatan", "almadina", "alweeam", "3alyoum", "sabq", "aleqtisadiya"}
OUTLETS = {"F": {"was", "aawsat"}, "G": {"okaz"}, "H": {"aawsat"}, "I": _NINE, "J": _NINE, "K": {"aawsat"},
           "L": {"alwatan", "alyaum", "aleqtisadiya", "sabq"},
           "M": {"alriyadh", "alweeam", "aljazirah", "3alyoum", "almadina"},
           "N": {"alwatan", "alyaum", "aleqtisadiya", "sabq"},
           "O": {"alriyadh", "alweeam", "aljazirah", "3alyoum", "almadina"},
           "P": {"aawsat", "was", "okaz", "alyaum", "alwatan", "almadina", "sabq"},
           "Q": {"alriyadh", "alweeam", "3alyoum", "aljazirah", "aleqtisadiya"}}
#: R and S take the twelve news outlets of P and Q (sample.OUTLETS["R"], ["S"]).
OUTLETS["R"] = OUTLETS["S"] = OUTLETS["P"] | OUTLETS["Q"]
#: T and U (eighth round) take P's and Q's outlet groups again (sample.OUTLETS["T"], ["U"]).
OUTLETS["T"], OUTLETS["U"] = OUTLETS["P"], OUTLETS["Q"]
#: V and W (ninth round) continue T's and U's draw orders: P's and Q's outlet groups (sample.OUTLETS["V"], ["W"]).
OUTLETS["V"], OUTLETS["W"] = OUTLETS["T"], OUTLETS["U"]
#: Strata drawn BY DESIGN from the articles of the earlier strata (dev gold A-E and the blind
#: rounds): only their sentences are new. The article exclusion tests do not apply to them;
#: ``test_sibling_strata_hold_no_earlier_gold_sentence_nor_its_8_token_runs`` checks them instead.
SIBLING_STRATA = {"R", "T", "U", "V", "W"}
#: The round of each sibling stratum: a sibling of a later round also excludes the gold sentences
#: (and their 8-token runs) of the siblings of earlier rounds (T excludes R's).
SIBLING_ROUND = {"R": 7, "T": 8, "U": 8, "V": 9, "W": 9}


@pytest.fixture(scope="module", params=sorted(FILES))
def gold(request) -> dict:
    data = json.loads((BLIND_DIR / request.param).read_text(encoding="utf-8"))
    data["file"] = request.param
    return data


@pytest.fixture(scope="module")
def texts(gold, saudinewsnet_dir) -> dict[tuple[str, int], dict]:
    zips: dict[str, list] = {}
    out = {}
    for s in gold["sentences"]:
        if s["zip"] not in zips:
            with zipfile.ZipFile(saudinewsnet_dir / s["zip"]) as zf:
                zips[s["zip"]] = json.loads(zf.read(zf.namelist()[0]))
        out[(s["zip"], s["article"])] = zips[s["zip"]][s["article"]]
    return out


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def test_blind_gold_holds_no_text(gold):
    # Only the articles' URLs (their slugs) may hold Arabic; no sentence or figure text is stored.
    data = json.loads((BLIND_DIR / gold["file"]).read_text(encoding="utf-8"))
    data["sentences"] = [{k: v for k, v in s.items() if k != "url"} for s in data["sentences"]]
    raw = json.dumps(data, ensure_ascii=False)
    assert not re.search("[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]", raw), "Arabic text in the gold file"
    assert all(set(s) == SENTENCE_KEYS for s in gold["sentences"])
    assert all(set(f) == FIGURE_KEYS for f in gold["figures"])
    assert all(len(s["sha256"]) == 16 for s in gold["sentences"] + gold["figures"])


def test_blind_gold_labels_are_the_packages(gold):
    for f in gold["figures"]:
        assert f["category"] in lexicon.CATEGORIES, f
        assert f["hedge"] in lexicon.HEDGES, f
        assert (f["value"] is None) == (f["hedge"] == "vague"), f


@pytest.mark.parametrize("hedge, bounds", [
    ("exact", lambda v: (v, v)),
    ("at_least", lambda v: (v, None)),
    ("more_than", lambda v: (v + 1, None)),
    ("about", lambda v: (None, None)),
    ("up_to", lambda v: (None, v)),
    ("vague", lambda v: (None, None)),
])
def test_blind_gold_bounds_follow_the_hedge(gold, hedge, bounds):
    for f in (f for f in gold["figures"] if f["hedge"] == hedge):
        assert (f["low"], f["high"]) == bounds(f["value"]), f


def test_blind_gold_ranges_are_one_figure_with_low_and_high(gold):
    for f in (f for f in gold["figures"] if f["hedge"] == "range"):
        assert f["value"] == f["low"] < f["high"], f


def test_blind_gold_has_no_duplicate_sentences_or_figures(gold):
    sentences = Counter((s["zip"], s["article"], s["start"]) for s in gold["sentences"])
    assert max(sentences.values()) == 1
    figures = Counter((f["sentence"], f["start"], f["end"], f["category"]) for f in gold["figures"])
    assert max(figures.values()) == 1
    ranks = Counter((s["stratum"], s["outlet"], s["rank"]) for s in gold["sentences"])
    assert max(ranks.values()) == 1


def test_blind_gold_strata_size_and_outlets(gold):
    strata = Counter(gold["sentences"][f["sentence"]]["stratum"] for f in gold["figures"])
    names, floor = FILES[gold["file"]]
    assert set(strata) == names and (floor is None or sum(strata.values()) >= floor)
    for s in gold["sentences"]:
        assert s["outlet"] in OUTLETS[s["stratum"]], s
    # each stratum is a prefix of its outlet's fixed random order (sample.py)
    for (stratum, outlet), n in Counter((s["stratum"], s["outlet"]) for s in gold["sentences"]).items():
        ranks = sorted(s["rank"] for s in gold["sentences"] if (s["stratum"], s["outlet"]) == (stratum, outlet))
        assert ranks == list(range(n)), (stratum, outlet)


def test_blind_gold_excludes_the_dev_gold_articles(gold):
    if FILES[gold["file"]][0] <= SIBLING_STRATA:
        pytest.skip("a sibling stratum reads the dev gold's articles by design")
    dev = json.loads(DEV.read_text(encoding="utf-8"))
    used = {(s["zip"], s["article"]) for s in dev["sentences"]}
    assert not used & {(s["zip"], s["article"]) for s in gold["sentences"]}


#: Each round's gold files; a later round holds no article of an earlier one.
ROUNDS = [("blind_gold.json",), ("blind_gold_H.json", "blind_gold_I.json"), ("blind_gold_J.json", "blind_gold_K.json"),
          ("blind_gold_L.json", "blind_gold_M.json"), ("blind_gold_N.json", "blind_gold_O.json"),
          ("blind_gold_P.json", "blind_gold_Q.json"), ("blind_gold_S.json",)]


def test_later_rounds_exclude_the_earlier_rounds_articles():
    def articles(names):
        return {(s["zip"], s["article"]) for n in names
                for s in json.loads((BLIND_DIR / n).read_text(encoding="utf-8"))["sentences"]}

    for k in range(1, len(ROUNDS)):
        earlier = articles([n for r in ROUNDS[:k] for n in r])
        for name in ROUNDS[k]:
            assert not earlier & articles([name]), name


#: Each second coder's file, with the first coders' files it double-codes.
SECOND_CODERS = {"second_coder_HI.json": ("blind_gold_H.json", "blind_gold_I.json"),
                 "second_coder_PQ.json": ("blind_gold_P.json", "blind_gold_Q.json"),
                 "second_coder_TU.json": ("blind_gold_T.json", "blind_gold_U.json")}


@pytest.mark.parametrize("name", sorted(SECOND_CODERS))
def test_second_coder_coded_sentences_of_the_first_coders_strata(name):
    missing = [gold for gold in SECOND_CODERS[name] if not (BLIND_DIR / gold).exists()]
    if missing:
        pytest.skip(f"the first coders' {missing} are on their own branches until the lead merges them")
    second = json.loads((BLIND_DIR / name).read_text(encoding="utf-8"))
    first = {(s["zip"], s["article"], s["start"], s["end"], s["stratum"])
             for gold in SECOND_CODERS[name]
             for s in json.loads((BLIND_DIR / gold).read_text(encoding="utf-8"))["sentences"]}
    assert {(s["zip"], s["article"], s["start"], s["end"], s["stratum"]) for s in second["sentences"]} <= first


@pytest.mark.shared
def test_blind_gold_sentences_match_the_corpus(gold, texts):
    for s in gold["sentences"]:
        article = texts[(s["zip"], s["article"])]
        text = article["content"]
        assert 0 <= s["start"] < s["end"] <= len(text), s
        assert _sha(text[s["start"]:s["end"]]) == s["sha256"], s
        assert (article["source"], article["url"]) == (s["outlet"], s["url"]), s


@pytest.mark.shared
def test_blind_gold_figures_lie_in_their_sentence_and_match_their_surface(gold, texts):
    for f in gold["figures"]:
        s = gold["sentences"][f["sentence"]]
        text = texts[(s["zip"], s["article"])]["content"]
        assert s["start"] <= f["start"] < f["end"] <= s["end"], f
        surface = text[f["start"]:f["end"]]
        assert surface == surface.strip() and surface, f
        assert _sha(surface) == f["sha256"], f


#: Token runs of this length shared with an earlier gold sentence mark the same wire story (sample.py).
SHINGLE = 8


def _shingles(text: str) -> set[tuple[str, ...]]:
    from analysis.text.tokenize import tokenize

    norms = [t.norm for t in tokenize(text)]
    return {tuple(norms[i:i + SHINGLE]) for i in range(len(norms) - SHINGLE + 1)}


@pytest.mark.shared
def test_sibling_strata_hold_no_earlier_gold_sentence_nor_its_8_token_runs(saudinewsnet_dir):
    zips: dict[str, list] = {}

    def sentence_text(s: dict) -> str:
        if s["zip"] not in zips:
            with zipfile.ZipFile(saudinewsnet_dir / s["zip"]) as zf:
                zips[s["zip"]] = json.loads(zf.read(zf.namelist()[0]))
        return zips[s["zip"]][s["article"]]["content"][s["start"]:s["end"]]

    earlier = json.loads(DEV.read_text(encoding="utf-8"))["sentences"]
    earlier += [s for r in ROUNDS for n in r
                for s in json.loads((BLIND_DIR / n).read_text(encoding="utf-8"))["sentences"]]
    siblings = [s for name, (strata, _) in FILES.items() if strata <= SIBLING_STRATA
                for s in json.loads((BLIND_DIR / name).read_text(encoding="utf-8"))["sentences"]]
    assert siblings
    base_runs = set().union(*(_shingles(sentence_text(s)) for s in earlier))
    sibling_runs = {id(s): _shingles(sentence_text(s)) for s in siblings}
    for s in siblings:
        before = [e for e in siblings if SIBLING_ROUND[e["stratum"]] < SIBLING_ROUND[s["stratum"]]]
        starts = {(e["zip"], e["article"], e["start"]) for e in earlier + before}
        runs = base_runs.union(*(sibling_runs[id(e)] for e in before))
        assert (s["zip"], s["article"], s["start"]) not in starts, s
        assert not sibling_runs[id(s)] & runs, s
