"""Is the output of a speed change identical? Digests of annotate() on a SaudiNewsNet sample.

A mechanism-only change (caching, indexing, faster tokenization) must give
byte-identical output. This script annotates every ``--step``-th SaudiNewsNet
article (a sample across outlets and years) and writes one line per article:
its index and the sha256 of its tokens (offsets, surface, normalized form,
kind) and of its ``Annotation.to_dict()`` (every term, actor, quote and
casualty record, as the tables get them). Only digests are written, never
SaudiNewsNet text. Run it before the change with ``--save``, after it with
``--compare``; it prints the articles that differ and exits 1 if any do.

Usage::

    .venv/bin/python benchmarks/check_identity.py --save /tmp/before.txt
    .venv/bin/python benchmarks/check_identity.py --compare /tmp/before.txt
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from common import SAUDINEWSNET, saudinewsnet_texts  # also puts the repo on sys.path


def digests(texts: list[str], step: int) -> list[str]:
    """``index token-sha256 annotation-sha256`` of every ``step``-th text."""
    from analysis.annotate import Pipeline, annotate

    pipeline = Pipeline.load(backend="rules")
    lines = []
    for index in range(0, len(texts), step):
        result = annotate(texts[index], doc_id=str(index), pipeline=pipeline)
        tokens = json.dumps([(t.start, t.end, t.text, t.norm, t.kind) for t in result.tokens], ensure_ascii=False)
        record = result.to_dict()
        record.pop("versions")  # the package version and data-file hashes are not output of the change
        items = json.dumps(record, ensure_ascii=False, sort_keys=True)
        lines.append(f"{index} {_sha(tokens)} {_sha(items)}")
    return lines


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--save", type=Path, help="write the digests here")
    what.add_argument("--compare", type=Path, help="compare with digests saved earlier")
    parser.add_argument("--data", type=Path, default=SAUDINEWSNET)
    parser.add_argument("--step", type=int, default=75, help="every STEP-th article (default 75: ~400 of 30k)")
    args = parser.parse_args()
    texts = saudinewsnet_texts(args.data)
    if not texts:
        print(f"no SaudiNewsNet texts in {args.data}", file=sys.stderr)
        return 2
    lines = digests(texts, args.step)
    if args.save:
        args.save.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} digests written to {args.save}")
        return 0
    before = args.compare.read_text(encoding="utf-8").splitlines()
    differ = [f"{old}  ->  {new}" for old, new in zip(before, lines) if old != new]
    if len(before) != len(lines):
        differ.append(f"{len(before)} articles before, {len(lines)} now")
    for line in differ:
        print("DIFFERS", line)
    print(f"SUMMARY check_identity: {len(lines)} articles, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
