"""Draw the SaudiNewsNet sentences that the casualty dev gold annotates.

Run ``.venv/bin/python tests/casualties/devgold_sample.py`` to print the
sample of A to C, or ``... devgold_sample.py D [N]`` (or ``E``) for stratum D (E) (for annotating; the text itself is never committed). The draw is fixed
(seed 5) and independent of the extractor: a sentence qualifies when its
comparison form contains a casualty trigger stem and a number (digits or a
common number word) by the plain regexes below, and at most ``PER_OUTLET``
sentences come from one outlet, so that no outlet's house style dominates.

Stratum ``A`` (the first 60) takes every such sentence; most hold no figure,
which tests precision. Stratum ``B`` (the next draw, seed 6) asks for a casualty
trigger word within four tokens of a number, to bring in enough sentences that
do report figures. Stratum ``C`` (seed 7, drawn like B) was annotated after
the rules had been adjusted on A and B, as a held-out check. Stratum ``D``
(seed 8, drawn like B) is a second blind check, annotated before the extractor
was run on it: it excludes every article of A to C and every (outlet, day)
pair that A to C drew from, so that it reads other issues of each paper.
Stratum ``E`` (seed 9, drawn like B) is the third blind check, drawn after
the rules had been fixed on D: it excludes every article and (outlet, day)
pair of A to D (``devgold_sample.py E 80``).
"""

from __future__ import annotations

import json
import random
import re
import sys
import zipfile
from pathlib import Path

from analysis.text.normalize import normalize
from analysis.text.sentences import split_sentences
from analysis.text.tokenize import tokenize

SEEDS = {"A": 5, "B": 6, "C": 7, "D": 8, "E": 9}
PER_OUTLET = 6
#: E allows more per outlet: after A to D, six per outlet leave fewer than 40
#: sentences with a figure. The order is the same, so E's first six per outlet
#: are what a cap of six would draw.
PER_OUTLET_BY_STRATUM = {"E": 8}
TRIGGER_RE = re.compile(
    r"قتل|قتيل|مقتل|مصرع|حتف|شهيد|شهداء|استشهاد|جرح|جريح|اصاب|اصيب|مصاب|ضحايا|"
    r"اجلاء|نزوح|نازح|مفقود|فقدان|اعتقال|معتقل|اسير|اسري|خطف|مخطوف|اختطاف|القبض"
)
NUMBER_RE = re.compile(
    r"\d|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مائ|الف|الاف|اثن|واحد|عشرات|مئات"
)


NEAR = 4


def candidate_sentences(data_dir: Path, stratum: str = "A"):
    """Yield (zip name, article index, url, outlet, start, end) of qualifying sentences."""
    for zpath in sorted(data_dir.glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            articles = json.loads(zf.read(zf.namelist()[0]))
        for index, art in enumerate(articles):
            text = art.get("content") or ""
            if not TRIGGER_RE.search(normalize(text)):
                continue
            tokens = tokenize(text)
            for s in split_sentences(text, tokens):
                norm = normalize(text[s.start:s.end])
                if len(norm) > 400:
                    continue  # run-on pages without punctuation are not sentences
                if not (TRIGGER_RE.search(norm) and NUMBER_RE.search(norm)):
                    continue
                if stratum in ("B", "C", "D", "E") and not _near(tokens[s.first_token:s.last_token]):
                    continue
                yield zpath.name, index, art.get("url", ""), art.get("source", ""), s.start, s.end


def _near(tokens) -> bool:
    norms = [t.norm for t in tokens]
    trig = [i for i, w in enumerate(norms) if TRIGGER_RE.search(w)]
    nums = [i for i, w in enumerate(norms) if NUMBER_RE.fullmatch(w) or re.fullmatch(r"\d+", w)
            or re.fullmatch(r"[وبل]?(" + NUMBER_RE.pattern + r")\w{0,3}", w)]
    return any(abs(a - b) <= NEAR for a in trig for b in nums)


def draw(data_dir: Path, n: int, stratum: str = "A", exclude=(), *,
         exclude_articles=(), exclude_issues=()) -> list[dict]:
    """The fixed random sample of ``n`` sentences of one stratum.

    ``exclude`` holds (zip, article, start) of sentences already drawn,
    ``exclude_articles`` (zip, article) and ``exclude_issues`` (outlet, zip).
    """
    exclude, exclude_articles, exclude_issues = set(exclude), set(exclude_articles), set(exclude_issues)
    cap = PER_OUTLET_BY_STRATUM.get(stratum, PER_OUTLET)
    pool = [c for c in candidate_sentences(data_dir, stratum)
            if (c[0], c[1], c[4]) not in exclude and (c[0], c[1]) not in exclude_articles
            and (c[3], c[0]) not in exclude_issues]
    rng = random.Random(SEEDS[stratum])
    rng.shuffle(pool)
    per_outlet: dict[str, int] = {}
    out = []
    for zname, index, url, outlet, start, end in pool:
        if per_outlet.get(outlet, 0) >= cap:
            continue
        per_outlet[outlet] = per_outlet.get(outlet, 0) + 1
        out.append({"zip": zname, "article": index, "url": url, "outlet": outlet,
                    "start": start, "end": end, "stratum": stratum})
        if len(out) == n:
            break
    return out


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "saudinewsnet"
    if sys.argv[1:2] in (["D"], ["E"]):
        # D and E exclude the sentences stored in dev_gold.json for every
        # earlier stratum (authoritative: a redraw of A to C after a
        # text-layer change may differ), their articles and (outlet, day) pairs.
        name = sys.argv[1]
        stored = json.loads(Path(__file__).with_name("dev_gold.json").read_text(encoding="utf-8"))
        earlier = [x for x in stored["sentences"] if x["stratum"] < name]
        d = draw(root, int(sys.argv[2]) if len(sys.argv) > 2 else 60, name,
                 exclude_articles=[(x["zip"], x["article"]) for x in earlier],
                 exclude_issues=[(x["outlet"], x["zip"]) for x in earlier])
        json.dump(d, sys.stdout, ensure_ascii=False, indent=1)
        sys.exit(0)
    a = draw(root, 60, "A")
    b = draw(root, 40, "B", exclude=[(x["zip"], x["article"], x["start"]) for x in a])
    c = draw(root, 30, "C", exclude=[(x["zip"], x["article"], x["start"]) for x in a + b])
    json.dump(a + b + c, sys.stdout, ensure_ascii=False, indent=1)
