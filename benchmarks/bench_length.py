"""Time per token of annotate() and of each of its stages as one document grows.

The seed article (550 tokens) repeated 1x, 10x, 100x and 400x (copies joined
by a blank line, so the 400x text is one 220,000-token article). For each
length: microseconds per token of the whole ``annotate`` and of each stage
(tokenize, sentences, lexicon, framing, casualties), and the ratio to 1x.
Goal (issue 14): annotate's time per token at 400x within 1.5x of 1x.
Short texts are timed as the best of several runs, so that timer noise does
not decide the ratio. A last line repeats 1x and the longest text with
Python's cyclic garbage collector paused: the difference between the two
ratios is the collector scanning a heap that grows with the document, not
the stages' own algorithms.

Usage::

    .venv/bin/python benchmarks/bench_length.py [--multiples 1,10,100,400] [--backend rules]
"""

from __future__ import annotations

import argparse

from common import STAGES, best_of, per_token_us, repeated, seed_text, stage_seconds

from analysis.text import tokenize


def measure(text: str, pipeline, repeat: int) -> tuple[float, dict[str, float], int]:
    """(annotate seconds, stage seconds, tokens): each the best of ``repeat`` runs."""
    from analysis.annotate import annotate

    total = best_of(lambda: annotate(text, pipeline=pipeline), repeat)
    stages: dict[str, float] = {}
    tokens = 0
    for _ in range(repeat):
        seconds, tokens = stage_seconds(text, pipeline)
        stages = {s: min(stages.get(s, float("inf")), seconds[s]) for s in STAGES}
    return total, stages, tokens


def table(rows: list[tuple[str, float, dict[str, float], int]], *, label: str) -> dict[str, float]:
    """Print per-token times and ratios to the first row; return annotate's ratio per row label."""
    base_total, base_stages, base_tokens = rows[0][1], rows[0][2], rows[0][3]
    base = {"annotate": per_token_us(base_total, base_tokens),
            **{s: per_token_us(base_stages[s], base_tokens) for s in STAGES}}
    print(f"{label:>10} {'tokens':>9} {'annotate':>16} " + " ".join(f"{s:>16}" for s in STAGES))
    ratios = {}
    for name, total, stages, tokens in rows:
        cells = [("annotate", per_token_us(total, tokens))] + [(s, per_token_us(stages[s], tokens)) for s in STAGES]
        print(f"{name:>10} {tokens:>9,} " + " ".join(
            f"{us:8.1f}us {us / base[k]:5.2f}x" if base[k] else f"{us:8.1f}us    - " for k, us in cells))
        ratios[name] = cells[0][1] / base["annotate"]
    return ratios


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--multiples", default="1,10,100,400", help="comma-separated repetitions of the seed")
    parser.add_argument("--backend", default="rules")
    args = parser.parse_args(argv)

    from analysis.annotate import Pipeline

    pipeline = Pipeline.load(backend=args.backend)
    seed = seed_text()
    rows = []
    multiples = [int(m) for m in args.multiples.split(",")]
    for multiple in multiples:
        repeat = 20 if multiple == 1 else 5 if multiple <= 10 else 1
        total, stages, tokens = measure(repeated(seed, multiple), pipeline, repeat)
        rows.append((f"{multiple}x", total, stages, tokens))
        print(f"  measured {multiple}x: annotate {total:.2f}s", flush=True)
    print("time per token (ratio to the first row):")
    ratios = table(rows, label="seed")
    last = rows[-1][0]
    gc_paused = ratio_without_gc(seed, multiples[-1], pipeline)
    print(f"SUMMARY bench_length: annotate per-token time {last} / 1x = {ratios[last]:.2f} (goal <= 1.5); "
          f"{last} annotate took {rows[-1][1]:.2f} CPU s for {rows[-1][3]:,} tokens; "
          f"with the garbage collector paused {gc_paused:.2f}")


def ratio_without_gc(seed: str, multiple: int, pipeline) -> float:
    """annotate's per-token time at ``multiple`` / 1x with ``gc`` disabled."""
    import gc

    from analysis.annotate import annotate

    long_text = repeated(seed, multiple)
    gc.collect()
    gc.disable()
    try:
        one = best_of(lambda: annotate(seed, pipeline=pipeline), 20) / len(tokenize(seed))
        many = best_of(lambda: annotate(long_text, pipeline=pipeline), 1) / len(tokenize(long_text))
    finally:
        gc.enable()
    return many / one


if __name__ == "__main__":
    main()
