"""Keyness and collocations over all of SaudiNewsNet, and what segmentation changes.

Documents come from the corpus at ``--corpus`` (default ``/work/snn/corpus``,
the SaudiNewsNet corpus built with ``python -m analysis corpus add``) when it
exists, else straight from the zips in ``../shared/data/saudinewsnet``
(``content``, outlet = ``source``, published = ``date_extracted``). Timed, in
one run (wall clock and this process' plus its workers' CPU time; on a shared
machine compare CPU times and ratios):

(a) building the clitic-stripped document-feature matrix with the token
    stream (:func:`analysis.discovery.build_dfm`, ``--workers`` processes);
(b) keyness of ``--outlet`` against every other outlet (G²);
(c) two-word collocations (lambda, z);
(d) collocations of the two most mentioned actors by outlet, when the
    corpus' actors table is given with ``--actors FILE.parquet`` (columns
    doc_id, actor, first_token, last_token; e.g. ``Corpus(...).tables().actors``
    saved once); annotating 30,000 articles is the annotation benchmark's
    business, not this one's.

Then the segmentation check of issue 16: the same keyness on surface tokens
(normalized, clitics kept), and how many of that list's top 50 are clitic
variants of another word of the list. Goal: (a)+(b)+(c)+(d) under 60 s.

A benchmark, not a test: it prints numbers and never fails on speed.

Usage::

    .venv/bin/python benchmarks/bench_discovery.py [--outlet okaz] [--workers 2] [--top 20]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import pandas as pd  # noqa: E402

from analysis.discovery import actor_collocations, build_dfm, clitic_variant_count, collocations, keyness  # noqa: E402
from analysis.discovery.explore import main_actors  # noqa: E402
from analysis.discovery.features import FeatureOptions  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data" / "saudinewsnet"
DEFAULT_CORPUS = Path("/work/snn/corpus")


def zip_records(data: Path):
    """``(doc_id, text, meta)`` of every non-empty article, zip by zip (streamed)."""
    for z in sorted(data.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in sorted(n for n in zf.namelist() if n.endswith(".json")):
                for i, article in enumerate(json.loads(zf.read(name).decode("utf-8"))):
                    content = article.get("content") or ""
                    if content.strip():
                        yield (f"{name}:{i}", content, {"outlet": article.get("source", ""),
                                                        "published": (article.get("date_extracted") or "")[:10]})


def records(corpus: Path, data: Path):
    if (corpus / "metadata.csv").is_file():
        from analysis.corpus import CorpusStore

        store = CorpusStore(corpus)
        return f"corpus {corpus} {store.latest_release()}", store.documents(store.latest_release())
    return f"zips in {data}", zip_records(data)


class Clock:
    def __init__(self) -> None:
        self.rows: list[tuple[str, float, float]] = []

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), _cpu()
        return self

    def lap(self, what: str) -> None:
        wall, cpu = time.perf_counter(), _cpu()
        self.rows.append((what, wall - self.wall, cpu - self.cpu))
        print(f"{what:<46} wall {wall - self.wall:7.1f} s   cpu {cpu - self.cpu:7.1f} s", flush=True)
        self.wall, self.cpu = wall, cpu

    def __exit__(self, *exc) -> None:
        wall = sum(r[1] for r in self.rows)
        cpu = sum(r[2] for r in self.rows)
        print(f"{'total':<46} wall {wall:7.1f} s   cpu {cpu:7.1f} s")


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def given_actors(given: Path | None) -> pd.DataFrame | None:
    # Never annotate here: asking Corpus.tables for an uncached corpus would
    # annotate 30,000 articles inside the timing.
    return pd.read_parquet(given) if given is not None and given.is_file() else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--outlet", default="okaz")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--actors", type=Path, default=None, help="actors table as Parquet")
    parser.add_argument("--skip-surface", action="store_true", help="skip the surface-token comparison")
    args = parser.parse_args()
    source, docs = records(args.corpus, args.data)
    print(f"documents: {source}; workers {args.workers}")
    pd.set_option("display.width", 200)
    with Clock() as clock:
        dfm = build_dfm(docs, backend="rules", keep_tokens=True, workers=args.workers)
        clock.lap(f"(a) dfm {dfm.shape[0]:,} docs x {dfm.shape[1]:,} features")
        key = keyness(dfm, {"outlet": args.outlet}, measure="lr", min_count=5, exclude_stopwords=True)
        clock.lap(f"(b) keyness {args.outlet} vs rest")
        phrases = collocations(dfm, min_count=5)
        clock.lap(f"(c) two-word collocations ({len(phrases):,})")
        actors = given_actors(args.actors)
        if actors is not None:
            chosen = main_actors(actors, 2)
            around = actor_collocations(dfm, actors, actor=chosen, window=5, min_count=5)
            clock.lap(f"(d) actor collocations {', '.join(chosen)} ({len(around):,})")
        else:
            print("(d) actor collocations: skipped (give the actors table with --actors FILE.parquet)")
    print(f"\ntokens {int(dfm.matrix.sum()):,}; features merging several types "
          f"{int((dfm.features['n_types'] > 1).sum()):,}")
    print(f"\ntop {args.top} keywords, {args.outlet} vs the rest (G2, clitic-stripped, stop words out):")
    print(key.head(args.top)[["feature", "surface", "statistic", "n_target", "n_reference"]].to_string())
    print("\ntop two-word collocations:")
    print(phrases.head(args.top)[["collocation", "features", "count", "lambda", "z"]].to_string())
    if actors is not None and len(around):
        print("\nactor collocations (top 5 per outlet and actor, first outlets):")
        print(around.groupby(["group", "actor"]).head(5).head(40)[
            ["group", "actor", "surface", "n", "log_dice", "pmi", "g2"]].to_string())
    if args.skip_surface:
        return
    start = time.perf_counter()
    _, docs = records(args.corpus, args.data)
    surface = build_dfm(docs, backend="rules", options=FeatureOptions(strip_clitics=False), workers=args.workers)
    surface_key = keyness(surface, {"outlet": args.outlet}, measure="lr", min_count=5, exclude_stopwords=True)
    print(f"\nsurface-token matrix {surface.shape[1]:,} features ({time.perf_counter() - start:.1f} s wall)")
    variants = clitic_variant_count(surface_key, dfm, n=50)
    print(f"surface top 50: {variants['variants']} are clitic variants of another word in the list; "
          f"{variants['with_clitics']} are a clitic-bearing spelling of a feature")
    print(json.dumps(variants["groups"], ensure_ascii=False))
    overlap = len(set(surface_key["feature"].head(50).map(dfm.types.get)) & set(key["feature"].head(50)))
    print(f"features shared by the two top-50 lists (surface mapped to features): {overlap}")
    print(surface_key.head(args.top)[["feature", "statistic", "n_target", "n_reference"]].to_string())


if __name__ == "__main__":
    main()
