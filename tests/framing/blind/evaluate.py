"""Score the quotes layer on the blind quotes gold (issue 13).

Usage (from the worktree)::

    python tests/framing/blind/evaluate.py            # aggregates only
    python tests/framing/blind/evaluate.py --errors   # also every miss, with its context

Runs :func:`analysis.annotate.annotate` on each whole article of
``blind_gold.json`` (text read from ``../shared/data/saudinewsnet``; never
stored) and reports:

* cue precision / recall: a system quote matches a gold statement when their
  cue spans overlap (one-to-one, in text order);
* kind accuracy on matched cues;
* speaker right: on a matched cue, the system's speaker span overlaps the gold
  speaker span, or both have no speaker. A system record that names a speaker
  (``speaker`` or ``speaker_text``) but has no ``speaker_start``/``speaker_end``
  is located by finding its ``speaker_text`` in the cue's sentence (nearest
  occurrence); the output says how many records needed this fallback.

Example:
    >>> _overlap((3, 8), (7, 9)), _overlap((3, 8), (8, 9))
    (True, False)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import zipfile
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GOLD = Path(__file__).with_name("blind_gold.json")
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"


@lru_cache(maxsize=32)
def _articles(path: str) -> list:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read(zf.namelist()[0]))


def article_text(article: dict, data_dir: Path = DATA) -> str:
    """The original ``content`` of a gold article, checked against its sha256."""
    text = _articles(str(data_dir / article["zip"]))[article["index"]]["content"]
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != article["sha256"]:
        raise SystemExit(f"error: {article['zip']}#{article['index']} does not match its sha256")
    return text


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _system_span(quote, annotation) -> tuple[tuple[int, int] | None, bool]:
    """(speaker span or None, whether the span had to be located from speaker_text)."""
    start, end = getattr(quote, "speaker_start", None), getattr(quote, "speaker_end", None)
    if start is not None and end is not None:
        return (start, end), False
    surface = getattr(quote, "speaker_text", None)
    if not surface:
        return None, False
    i = annotation.sentence_of(quote.start)
    lo, hi = (annotation.sentences[i].start, annotation.sentences[i].end) if i >= 0 else (0, len(annotation.text))
    found, pos = [], annotation.text.find(surface, lo)
    while 0 <= pos and pos + len(surface) <= hi:
        found.append(pos)
        pos = annotation.text.find(surface, pos + 1)
    if not found:
        return None, True
    best = min(found, key=lambda p: abs(p - quote.start))
    return (best, best + len(surface)), True


def evaluate(gold: dict, data_dir: Path = DATA, *, errors: list | None = None) -> dict:
    """Counts and rates of the quotes layer on the blind gold; ``errors`` collects misses."""
    from analysis.annotate import annotate

    c = dict(articles=0, gold=0, system=0, matched=0, kind_right=0, speaker_right=0, fallback=0)
    for art in gold["articles"]:
        text = article_text(art, data_dir)
        ann = annotate(text, doc_id=f"{art['zip']}#{art['index']}")
        quotes = sorted(ann.quotes, key=lambda q: q.start)
        c["articles"] += 1
        c["gold"] += len(art["statements"])
        c["system"] += len(quotes)
        used: set[int] = set()
        for g in art["statements"]:
            cue = (g["cue_start"], g["cue_end"])
            k = next((k for k, q in enumerate(quotes) if k not in used and _overlap(cue, (q.start, q.end))), None)
            if k is None:
                if errors is not None:
                    errors.append(("missed", text, g, None))
                continue
            used.add(k)
            q = quotes[k]
            c["matched"] += 1
            c["kind_right"] += q.kind == g["kind"]
            span, fell_back = _system_span(q, ann)
            c["fallback"] += fell_back
            named = span is not None or q.speaker is not None or getattr(q, "speaker_text", None) is not None
            gspan = None if g["speaker_start"] is None else (g["speaker_start"], g["speaker_end"])
            right = _overlap(span, gspan) or (gspan is None and not named)
            c["speaker_right"] += right
            if errors is not None and (q.kind != g["kind"] or not right):
                errors.append(("kind" if q.kind != g["kind"] else "speaker", text, g, q))
        if errors is not None:
            errors.extend(("spurious", text, None, q) for k, q in enumerate(quotes) if k not in used)
    c["cue_precision"] = c["matched"] / c["system"] if c["system"] else 1.0
    c["cue_recall"] = c["matched"] / c["gold"] if c["gold"] else 1.0
    c["kind_accuracy"] = c["kind_right"] / c["matched"] if c["matched"] else 1.0
    c["speaker_right_rate"] = c["speaker_right"] / c["matched"] if c["matched"] else 1.0
    return c


def _show(kind: str, text: str, g: dict | None, q) -> str:
    at = g["cue_start"] if g else q.start
    ctx = text[max(0, at - 60):at + 80].replace("\n", " ")
    gold = "" if g is None else (f"gold {g['kind']} speaker="
                                 f"{text[g['speaker_start']:g['speaker_end']] if g['speaker_start'] is not None else None!r}")
    sys_ = "" if q is None else (f"system {q.kind} speaker={q.speaker!r} text={getattr(q, 'speaker_text', None)!r} "
                                 f"span={getattr(q, 'speaker_start', None)},{getattr(q, 'speaker_end', None)}")
    return f"[{kind}] @{at} {gold} | {sys_}\n    ...{ctx}..."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Score the quotes layer on the blind quotes gold (aggregates only unless --errors).",
        epilog="example: python tests/framing/blind/evaluate.py --errors")
    parser.add_argument("--errors", action="store_true", help="also print every miss with its context")
    parser.add_argument("--data", type=Path, default=DATA, help="SaudiNewsNet zip folder (default ../shared/...)")
    parser.add_argument("--gold", type=Path, action="append",
                        help="gold file(s) to score, merged (default blind_gold.json; the second split is "
                             "--gold blind_gold_2a.json --gold blind_gold_2b.json)")
    args = parser.parse_args(argv)
    if not any(args.data.glob("*.zip")):
        print(f"error: no SaudiNewsNet zips in {args.data}", file=sys.stderr)
        return 2
    paths = args.gold or [GOLD]
    gold = json.loads(paths[0].read_text(encoding="utf-8"))
    for extra in paths[1:]:
        gold["articles"] = gold["articles"] + json.loads(extra.read_text(encoding="utf-8"))["articles"]
    errs: list | None = [] if args.errors else None
    c = evaluate(gold, args.data, errors=errs)
    print(f"blind quotes gold {gold['version']}: {c['articles']} articles, {c['gold']} gold statements, "
          f"{c['system']} system quotes, {c['matched']} matched")
    print(f"cue precision  {c['cue_precision']:.3f} ({c['matched']}/{c['system']})")
    print(f"cue recall     {c['cue_recall']:.3f} ({c['matched']}/{c['gold']})")
    print(f"kind accuracy  {c['kind_accuracy']:.3f} ({c['kind_right']}/{c['matched']}, on matched cues)")
    print(f"speaker right  {c['speaker_right_rate']:.3f} ({c['speaker_right']}/{c['matched']}, on matched cues; "
          f"{c['speaker_right'] / c['gold'] if c['gold'] else 1.0:.3f} of all gold statements)")
    if c["fallback"]:
        print(f"note: {c['fallback']} matched system records had no speaker_start/speaker_end; their span was "
              f"located from speaker_text in the cue's sentence")
    else:
        print("note: speaker spans taken from speaker_start/speaker_end (no speaker_text fallback needed)")
    for item in errs or ():
        print(_show(*item))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
