"""Length scaling of the framing stages: time per token at 1x .. 400x the seed.

The seed article is repeated ``k`` times (paragraphs joined by a newline), the
text and lexicon layers run once, and then each framing stage is timed on its
own, in the same process and run:

* ``context``: :class:`~analysis.framing.context.DocContext` (the framing matcher);
* ``actors``: :func:`~analysis.framing.actors.find_mentions`;
* ``quotes``: :func:`~analysis.framing.quotes.pair_quotes` +
  :func:`~analysis.framing.quotes.find_quotes`;
* ``voice``: :func:`~analysis.framing.voice.term_voices`.

It prints microseconds per token for each stage and the ratio of the largest
repetition to 1x (goal for ``quotes``: within 1.5x, issue 13; every stage
should be linear, issue 14). Timings on a shared machine are noisy: compare
ratios from the same run. The 1x figure is the best of several repeats so that
start-up costs do not flatter the ratio; the garbage collector is off while a
stage runs, as in :mod:`timeit`, and time is the process's CPU time
(:func:`time.process_time`), since other jobs share the machine's cores. A benchmark, not a test: it never fails.

Usage::

    .venv/bin/python benchmarks/bench_framing.py [--reps 1 10 100 400]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from analysis.framing.actors import find_mentions  # noqa: E402
from analysis.framing.context import DocContext  # noqa: E402
from analysis.framing.quotes import find_quotes, pair_quotes  # noqa: E402
from analysis.framing.voice import term_voices  # noqa: E402
from analysis.lexicon import Matcher, load_lexicons  # noqa: E402
from analysis.text.sentences import split_sentences  # noqa: E402
from analysis.text.tokenize import tokenize  # noqa: E402

SEED = REPO.parent / "shared" / "seed" / "000_e3af78f8bd1dea90.txt"
STAGES = ("context", "actors", "quotes", "voice")


def seed_text() -> str:
    path = SEED if SEED.exists() else REPO / "corpus" / "texts" / SEED.name
    return path.read_text(encoding="utf-8").strip()


def time_stages(text: str, matcher: Matcher, repeats: int) -> tuple[int, dict[str, float]]:
    """Best-of-``repeats`` seconds per stage on ``text``; returns (tokens, seconds)."""
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    hits = matcher.match(tokens)
    best = {s: float("inf") for s in STAGES}
    for _ in range(repeats):
        gc.collect()
        gc.disable()  # as timeit does: a collection of the big text's objects is not the stage's cost
        t0 = time.process_time()
        ctx = DocContext.build(text, tokens, sentences, hits)
        t1 = time.process_time()
        mentions = find_mentions(ctx)
        t2 = time.process_time()
        pairs = pair_quotes(ctx)
        quotes = find_quotes(ctx, mentions, pairs)
        t3 = time.process_time()
        term_voices(ctx, mentions, quotes, pairs)
        t4 = time.process_time()
        gc.enable()
        for stage, dt in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            best[stage] = min(best[stage], dt)
    return len(tokens), best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, nargs="+", default=[1, 10, 100, 400],
                        help="how many copies of the seed to join (default: 1 10 100 400)")
    args = parser.parse_args(argv)
    seed = seed_text()
    matcher = Matcher(load_lexicons(), backend="rules")
    time_stages(seed, matcher, 3)  # warm caches (registry, cue matcher)
    per_token: dict[int, dict[str, float]] = {}
    print(f"{'copies':>7} {'tokens':>8} " + " ".join(f"{s + ' us/tok':>16}" for s in STAGES))
    for k in args.reps:
        n, secs = time_stages("\n".join([seed] * k), matcher, 20 if k == 1 else (5 if k <= 10 else 3))
        per_token[k] = {s: secs[s] / n * 1e6 for s in STAGES}
        print(f"{k:>7} {n:>8} " + " ".join(f"{per_token[k][s]:>16.2f}" for s in STAGES))
    lo, hi = min(per_token), max(per_token)
    print(f"ratio {hi}x / {lo}x per token: " + ", ".join(
        f"{s} {per_token[hi][s] / per_token[lo][s]:.2f}" for s in STAGES) + "  (goal quotes <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
