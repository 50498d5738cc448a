"""Time per token of the casualty stage alone (:func:`analysis.casualties.extract_claims`).

Tokens, sentences and the framing stage's quotes and actor mentions are
computed before the clock starts, so only claim extraction is timed. Three
measurements, in one run (compare ratios, not absolute times, on a shared
machine):

(a) SaudiNewsNet: the ``content`` of the first ``--max-docs`` articles of
    ``../shared/data/saudinewsnet/*.zip``; microseconds per token.
(b) Length scaling: the seed article once and repeated ``--repeat`` times
    (paragraphs joined by a blank line). The framing items of the repeated
    text are the seed's, shifted by each copy's offset, so that the framing
    stage's own cost or scaling does not enter. Goal: time per token at 400x
    within 1.5x of 1x.
(c) One long sentence: the seed with its sentence-ending punctuation and line
    breaks turned into spaces, repeated to about 200,000 characters, against
    the same text at its own length once. Goal: within 1.5x as well.

A benchmark, not a test: it prints numbers and never fails on speed.

Usage::

    .venv/bin/python benchmarks/bench_casualties.py [--max-docs N] [--repeat N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from analysis.casualties import extract_claims  # noqa: E402
from analysis.framing import analyze_text  # noqa: E402
from analysis.text.sentences import split_sentences  # noqa: E402
from analysis.text.tokenize import tokenize  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SAUDINEWSNET as DEFAULT_DATA  # noqa: E402
from common import saudinewsnet_texts  # noqa: E402

SEED = REPO.parent / "shared" / "seed" / "000_e3af78f8bd1dea90.txt"


def prepared(text: str, quotes=None, mentions=None) -> tuple:
    """Everything extract_claims takes, computed outside the clock."""
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    if quotes is None:
        framing = analyze_text(text)
        quotes, mentions = list(framing.quotes), list(framing.actors)
    return text, tokens, sentences, quotes, mentions


def shifted(items: list, offset: int) -> list:
    """Framing records moved ``offset`` characters to the right."""
    out = []
    for item in items:
        changes = {}
        for name in ("start", "end", "content_start", "content_end", "speaker_start",
                     "speaker_end", "cue_start", "cue_end"):
            value = getattr(item, name, None)
            if isinstance(value, int):
                changes[name] = value + offset
        try:
            out.append(replace(item, **changes))
        except TypeError:
            out.append(item)
    return out


def repeated(text: str, times: int, quotes: list, mentions: list) -> tuple:
    sep = "\n\n"
    whole = sep.join([text] * times)
    qs, ms = [], []
    for k in range(times):
        offset = k * (len(text) + len(sep))
        qs += shifted(quotes, offset)
        ms += shifted(mentions, offset)
    return prepared(whole, qs, ms)


def timed(cases: list[tuple], rounds: int = 1) -> tuple[float, float, int, int]:
    """(best wall seconds, best CPU seconds over ``rounds``, tokens, claims).

    CPU time (``time.process_time``) is reported beside wall time because the
    machine is shared: other processes stretch wall time, much less CPU time.
    """
    n_tokens = sum(len(c[1]) for c in cases)
    best = best_cpu = float("inf")
    n_claims = 0
    for _ in range(rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        n_claims = 0
        for text, tokens, sentences, quotes, mentions in cases:
            n_claims += len(extract_claims(text, tokens, sentences, quotes=quotes,
                                           actor_mentions=mentions))
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best, best_cpu, n_tokens, n_claims


def report(label: str, seconds: float, cpu: float, tokens: int, claims: int) -> float:
    """Print one line; return CPU microseconds per token."""
    per, per_cpu = seconds / max(tokens, 1) * 1e6, cpu / max(tokens, 1) * 1e6
    print(f"{label:<40} {tokens:>8} tokens {claims:>5} claims {seconds:7.3f} s "
          f"{per:7.2f} us/token wall {per_cpu:7.2f} us/token CPU")
    return per_cpu


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--seed", type=Path, default=SEED)
    parser.add_argument("--max-docs", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=400)
    parser.add_argument("--long-chars", type=int, default=200_000)
    args = parser.parse_args(argv)

    seed = args.seed.read_text(encoding="utf-8")
    one = prepared(seed)
    _, _, _, quotes, mentions = one
    per_1 = report("seed x1 (best of 5)", *timed([one], rounds=5))
    per_n = report(f"seed x{args.repeat}", *timed([repeated(seed, args.repeat, quotes, mentions)]))
    print(f"  length scaling x{args.repeat}/x1 (CPU): {per_n / per_1:.2f} (goal <= 1.5)")

    flat = re.sub(r"[.!?؟\n]+", " ", seed)
    short = prepared(flat, [], [])
    long_text = " ".join([flat] * max(1, args.long_chars // len(flat)))
    long_case = prepared(long_text, [], [])
    n_sent = len(long_case[2])
    per_s = report("one sentence, seed length (best of 5)", *timed([short], rounds=5))
    per_l = report(f"one sentence, {len(long_text):,} chars ({n_sent} sent.)", *timed([long_case]))
    print(f"  sentence-length scaling (CPU): {per_l / per_s:.2f} (goal <= 1.5)")

    if args.data.exists():
        texts = saudinewsnet_texts(args.data, args.max_docs)
        cases = [prepared(t) for t in texts]
        report(f"SaudiNewsNet, {len(cases)} docs (best of 3)", *timed(cases, rounds=3))
    else:
        print(f"SaudiNewsNet not found at {args.data}: skipped")


if __name__ == "__main__":
    main()
