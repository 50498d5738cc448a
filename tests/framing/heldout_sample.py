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


def candidates(stratum: str, dev_days: set[str]):
    for zpath in sorted(DATA.glob("*.zip")):
        if zpath.stem in dev_days:
            continue
        with zipfile.ZipFile(zpath) as zf:
            articles = json.loads(zf.read(zf.namelist()[0]))
        for index, art in enumerate(articles):
            content = art.get("content") or ""
            for start, length in paragraphs(content):
                if not 100 <= len(content[start:start + length].strip()) <= 500:
                    continue
                norm = normalize(content[start:start + length])
                has_term = bool(TERM_RE.search(norm))
                if (stratum == "T" and has_term) or (stratum == "Q" and not has_term and CUE_RE.search(norm)):
                    yield zpath.name, index, art.get("source", ""), start, length, content[start:start + length]


def draw() -> list[dict]:
    dev = json.loads(DEV_GOLD.read_text(encoding="utf-8"))["paragraphs"]
    dev_days = {p["zip"].removesuffix(".zip") for p in dev if p.get("split", "dev") == "dev"}
    out: list[dict] = []
    per_outlet: dict[str, int] = {}
    articles: set[tuple[str, int]] = set()
    for stratum, (seed, n) in STRATA.items():
        pool = list(candidates(stratum, dev_days))
        random.Random(seed).shuffle(pool)
        taken = 0
        for zname, index, outlet, start, length, text in pool:
            if taken == n:
                break
            if per_outlet.get(outlet, 0) >= PER_OUTLET or (zname, index) in articles:
                continue
            per_outlet[outlet] = per_outlet.get(outlet, 0) + 1
            articles.add((zname, index))
            taken += 1
            out.append(dict(stratum=stratum, zip=zname, index=index, outlet=outlet, para_start=start,
                            para_len=length, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), text=text))
    return out


if __name__ == "__main__":
    for n, para in enumerate(draw()):
        print(f"===== {n} {para['stratum']} {para['zip']} {para['index']} {para['outlet']} "
              f"{para['para_start']}+{para['para_len']}")
        print(para["text"])
