"""Time per token of each annotate() stage on ONE sentence of growing length.

The seed article with its sentence-ending punctuation and line breaks turned
into spaces (about 550 tokens in one sentence), repeated 1x, 4x, 16x, 64x
and 256x (copies joined by a space, so it stays a single sentence of up to
~140,000 tokens). No stage may be superlinear in sentence length (issue 11
#6): each stage's time per token at the longest length should stay within
a small factor (goal 1.5x) of the shortest. The number of sentences the
splitter returns is printed, so a hard cap on sentence length shows.

Usage::

    .venv/bin/python benchmarks/bench_long_sentence.py [--multiples 1,4,16,64,256]
"""

from __future__ import annotations

import argparse

from bench_length import measure, table
from common import STAGES, one_sentence, seed_text


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--multiples", default="1,4,16,64,256")
    parser.add_argument("--backend", default="rules")
    args = parser.parse_args(argv)

    from analysis.annotate import Pipeline
    from analysis.text import split_sentences, tokenize

    pipeline = Pipeline.load(backend=args.backend)
    sentence = one_sentence(seed_text()).strip()
    rows = []
    for multiple in [int(m) for m in args.multiples.split(",")]:
        text = " ".join([sentence] * multiple)
        n_sentences = len(split_sentences(text, tokenize(text)))
        repeat = 10 if multiple == 1 else 3 if multiple <= 4 else 1
        total, stages, tokens = measure(text, pipeline, repeat)
        rows.append((f"{multiple}x", total, stages, tokens))
        print(f"  measured {multiple}x: {len(text):,} characters, {n_sentences} sentence(s), "
              f"annotate {total:.2f}s", flush=True)
    print("time per token in one sentence (ratio to the first row):")
    ratios = table(rows, label="sentence")
    base = rows[0]
    worst = max(STAGES, key=lambda s: (rows[-1][2][s] / rows[-1][3]) / max(base[2][s] / base[3], 1e-12))
    worst_ratio = (rows[-1][2][worst] / rows[-1][3]) / max(base[2][worst] / base[3], 1e-12)
    last = rows[-1][0]
    print(f"SUMMARY bench_long_sentence: annotate per-token time {last} / 1x = {ratios[last]:.2f}; "
          f"most superlinear stage: {worst} {worst_ratio:.2f}x (goal <= 1.5)")


if __name__ == "__main__":
    main()
