"""Throughput of the text + lexicon layers against camel-tools' tokenizer.

Measures tokens per CPU second of this process (``time.process_time``, so
other load on a shared machine matters less), on the same texts, in one run each:

(a) camel-tools ``simple_word_tokenize`` alone;
(b) our pipeline: ``tokenize`` (offsets + normalization per token) and
    clitic-aware matching of every shipped lexicon;
(c) the full framing annotation: (b) plus sentences, actors with their
    noun-phrase labels, quotes and sourcing, and the voice of every term
    (:func:`analysis.framing.analyze_framing`), goal c/a >= 0.33;
(d) everything :func:`analysis.annotate.annotate` does: (c) plus casualty claims.

Texts: the ``content`` field of every article in
``../shared/data/saudinewsnet/*.zip`` (zips of JSON arrays) when present,
else the seed article repeated. The goal is ratio b/a >= 0.5. This is a
benchmark, not a test: it prints numbers and never fails on speed.

Usage::

    .venv/bin/python benchmarks/bench_annotate.py [--max-docs N] [--data DIR]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from common import SAUDINEWSNET, saudinewsnet_texts, seed_text  # also puts the repo on sys.path

from camel_tools.tokenizers.word import simple_word_tokenize  # noqa: E402

from analysis.lexicon import Matcher, load_lexicons  # noqa: E402
from analysis.text.tokenize import tokenize  # noqa: E402


def load_texts(data: Path, max_docs: int | None) -> tuple[list[str], str]:
    texts = saudinewsnet_texts(data, max_docs)
    if texts:
        return texts, f"SaudiNewsNet ({data})"
    return [seed_text()] * 500, "seed article x500"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=SAUDINEWSNET)
    parser.add_argument("--max-docs", type=int, default=None)
    parser.add_argument("--skip-full", action="store_true", help="measure (a) and (b) only")
    args = parser.parse_args()

    texts, source = load_texts(args.data, args.max_docs)
    chars = sum(map(len, texts))
    print(f"texts: {len(texts)} from {source}, {chars:,} characters")

    t0 = time.process_time()
    n_a = 0
    for text in texts:
        n_a += len(simple_word_tokenize(text))
    t_a = time.process_time() - t0

    lexicons = load_lexicons()
    matcher = Matcher(lexicons, backend="rules")
    t0 = time.process_time()
    n_b = hits = 0
    for text in texts:
        tokens = tokenize(text)
        n_b += len(tokens)
        hits += len(matcher.match(tokens, text=text))
    t_b = time.process_time() - t0

    rate_a, rate_b = n_a / t_a, n_b / t_b
    print(f"(a) camel-tools simple_word_tokenize: {n_a:,} tokens in {t_a:.2f}s = {rate_a:,.0f} tokens/s")
    print(f"(b) tokenize + normalize + lexicon match ({', '.join(l.tag for l in lexicons)}; "
          f"backend {matcher.backend.describe()}): {n_b:,} tokens, {hits:,} hits in {t_b:.2f}s "
          f"= {rate_b:,.0f} tokens/s")
    print(f"ratio b/a = {rate_b / rate_a:.2f} (goal >= 0.5)")
    if args.skip_full:
        return

    from analysis.annotate import Pipeline, annotate
    from analysis.framing import analyze_framing
    from analysis.text.sentences import split_sentences

    pipeline = Pipeline.load(backend="rules")
    t0 = time.process_time()
    n_c = 0
    for text in texts:
        tokens = tokenize(text)
        n_c += len(tokens)
        # as annotate() does it: the lexicon and framing matchers in one pass (Pipeline.matchers)
        hits, framing_hits = pipeline.matchers.match(tokens, text=text)
        analyze_framing(text, tokens, split_sentences(text, tokens), hits, registry=pipeline.registry,
                        backend=pipeline.backend, cues=pipeline.cues, framing_hits=framing_hits)
    t_c = time.process_time() - t0
    rate_c = n_c / t_c
    print(f"(c) (b) + framing (actors, quotes, term voice): {n_c:,} tokens in {t_c:.2f}s "
          f"= {rate_c:,.0f} tokens/s; ratio c/a = {rate_c / rate_a:.2f} (goal >= 0.33)")

    t0 = time.process_time()
    n_d = claims = 0
    for text in texts:
        result = annotate(text, pipeline=pipeline)
        n_d += len(result.tokens)
        claims += len(result.casualties)
    t_d = time.process_time() - t0
    rate_d = n_d / t_d
    print(f"(d) full annotate (c + casualty claims): {n_d:,} tokens, {claims:,} claims in {t_d:.2f}s "
          f"= {rate_d:,.0f} tokens/s; ratio d/a = {rate_d / rate_a:.2f}")
    print(f"SUMMARY bench_annotate: full annotate / camel-tools simple_word_tokenize throughput = "
          f"{rate_d / rate_a:.2f} (goal >= 0.33) on {len(texts)} texts; tokenize+lexicon b/a = "
          f"{rate_b / rate_a:.2f} (goal >= 0.5)")


if __name__ == "__main__":
    main()
