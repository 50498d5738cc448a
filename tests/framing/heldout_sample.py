"""Draw the SaudiNewsNet paragraphs of the framing held-out gold.

Run ``.venv/bin/python tests/framing/heldout_sample.py`` to print the sample
with character offsets (for annotating; the text itself is never committed).
The draw is fixed and independent of the framing rules:

* only days that the development gold (``dev_gold.json``, split ``dev``) does
  not draw from, so every paragraph comes from another issue of its paper;
* a paragraph is a newline-delimited block of 100 to 500 characters;
* stratum ``T`` (seed 11, 16 paragraphs): the comparison form holds a loaded
  term stem (إرهابي، متمرد، ميليشيا، انفصالي، مسلحين، احتلال);
* stratum ``Q`` (seed 12, 8 paragraphs): no such stem, but a reporting cue
  (قال، أكد، أعلن، أوضح، أشار، ذكر، صرح، بحسب، وفقا…) as a word;
* at most three paragraphs per outlet and one per article.

``--split heldout2`` draws the second held-out set (seeds 21 and 22, 14 ``T``
and 7 ``Q`` paragraphs). Every day of the corpus is already used by ``dev``
or ``heldout``, so day-disjointness from both is impossible; the unit kept
apart is the *issue* (day, outlet) instead: no issue that any ``dev`` or
``heldout`` paragraph comes from, no article of either, and no paragraph
sharing an eight-word run with an annotated one (the same wire story
reprinted by another paper).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import zipfile
from pathlib import Path

from analysis.text.normalize import normalize

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "saudinewsnet"
DEV_GOLD = Path(__file__).with_name("dev_gold.json")
PER_OUTLET = 3
STRATA = {"T": (11, 16), "Q": (12, 8)}
STRATA2 = {"T": (21, 14), "Q": (22, 7)}
SHINGLE = 8
TERM_RE = re.compile(r"ارهابي|متمرد|ميليشي|مليشي|انفصالي|مسلحين|احتلال")
CUE_RE = re.compile(
    r"(?:^|\s)[وف]?(?:قال|قالت|اكد|اكدت|اعلن|اعلنت|اوضح|اوضحت|اشار|اشارت|ذكر|ذكرت|صرح|"
    r"افاد|افادت|بحسب|حسب|حسبما|وفقا|نقلا)(?=\s|$)"
)


def paragraphs(content: str):
    """(start, length) of every newline-delimited block, surrounding spaces kept."""
    pos = 0
    for block in content.split("\n"):
        yield pos, len(block)
        pos += len(block) + 1


def _articles(zpath: Path) -> list:
    with zipfile.ZipFile(zpath) as zf:
        return json.loads(zf.read(zf.namelist()[0]))


def shingles(text: str) -> set[tuple[str, ...]]:
    words = normalize(text).split()
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def candidates(stratum: str, dev_days: set[str], skip_issues: frozenset = frozenset()):
    for zpath in sorted(DATA.glob("*.zip")):
        if zpath.stem in dev_days:
            continue
        articles = _articles(zpath)
        for index, art in enumerate(articles):
            if (zpath.name, art.get("source", "")) in skip_issues:
                continue
            content = art.get("content") or ""
            for start, length in paragraphs(content):
                if not 100 <= len(content[start:start + length].strip()) <= 500:
                    continue
                norm = normalize(content[start:start + length])
                has_term = bool(TERM_RE.search(norm))
                if (stratum == "T" and has_term) or (stratum == "Q" and not has_term and CUE_RE.search(norm)):
                    yield zpath.name, index, art.get("source", ""), start, length, content[start:start + length]


def draw(split: str = "heldout") -> list[dict]:
    gold = json.loads(DEV_GOLD.read_text(encoding="utf-8"))["paragraphs"]
    if split == "heldout":
        dev_days = {p["zip"].removesuffix(".zip") for p in gold if p.get("split", "dev") == "dev"}
        strata, skip_issues, seen = STRATA, frozenset(), set()
    elif split == "heldout2":
        earlier = [p for p in gold if p["split"] in ("dev", "heldout")]
        dev_days, strata, seen = set(), STRATA2, set()
        issues = set()
        for p in earlier:
            art = _articles(DATA / p["zip"])[p["index"]]
            issues.add((p["zip"], art.get("source", "")))
            seen |= shingles(art["content"][p["para_start"]:p["para_start"] + p["para_len"]])
        skip_issues = frozenset(issues)
    else:
        raise SystemExit(f"unknown split {split}")
    out: list[dict] = []
    per_outlet: dict[str, int] = {}
    articles: set[tuple[str, int]] = set()
    for stratum, (seed, n) in strata.items():
        pool = list(candidates(stratum, dev_days, skip_issues))
        random.Random(seed).shuffle(pool)
        taken = 0
        for zname, index, outlet, start, length, text in pool:
            if taken == n:
                break
            if per_outlet.get(outlet, 0) >= PER_OUTLET or (zname, index) in articles:
                continue
            if seen and shingles(text) & seen:
                continue
            per_outlet[outlet] = per_outlet.get(outlet, 0) + 1
            articles.add((zname, index))
            taken += 1
            out.append(dict(stratum=stratum, zip=zname, index=index, outlet=outlet, para_start=start,
                            para_len=length, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), text=text))
    return out


if __name__ == "__main__":
    import sys

    for n, para in enumerate(draw(sys.argv[2] if sys.argv[1:2] == ["--split"] else "heldout")):
        print(f"===== {n} {para['stratum']} {para['zip']} {para['index']} {para['outlet']} "
              f"{para['para_start']}+{para['para_len']}")
        print(para["text"])
