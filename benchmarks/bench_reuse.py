"""Text reuse on SaudiNewsNet: clustering time and memory, LSH recall against brute force.

Four measurements, in one run (a shared machine: compare ratios, and read the
load average printed with them):

(a) Cold clustering of the whole corpus: shingles and MinHash signatures of
    every document (up to two processes), LSH candidates, exact-Jaccard
    verification, components. Wall time and peak RSS (this process and,
    separately, the largest worker; and this process plus its workers,
    sampled every 0.2 s). Goal: < 60 s, < 1.5 GB. CPU seconds are printed too:
    on a loaded machine wall time mostly measures the other processes.
(b) Warm clustering: the same from the version's cached signatures.
(c) Recall against brute force on ``--sample`` documents (default 3,000, a
    fixed-seed random sample): exact Jaccard of all pairs by one sparse
    product; recall of pairs with Jaccard >= 0.7, precision at the threshold.
(d) With ``--edits``: the framing edits of every clustered pair (only the
    clustered documents are annotated) and what they show: share of
    articles in a cluster, who copies SPA (``was``) most, the most frequent
    edit kinds.

The corpus is ``--corpus`` (default ``/work/snn/corpus``, a SaudiNewsNet
corpus built with ``python -m analysis corpus add``); without it the zips in
``../shared/data/saudinewsnet`` are read directly (then (b) is skipped).

A benchmark, not a test: it prints numbers and never fails on speed.

Usage::

    .venv/bin/python benchmarks/bench_reuse.py [--corpus DIR] [--sample N] [--edits] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from analysis.reuse import ReuseParams, find_clusters  # noqa: E402
from analysis.reuse.evaluate import lsh_accuracy  # noqa: E402
from analysis.reuse.signatures import compute_signatures  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "saudinewsnet"


def zip_documents(folder: Path):
    """``(doc_id, text, outlet, published)`` of every non-empty SaudiNewsNet article."""
    for path in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in sorted(archive.namelist()):
                for n, row in enumerate(json.loads(archive.read(name))):
                    if (row.get("content") or "").strip():
                        yield (f"{path.stem}_{n:05d}", row["content"], row.get("source") or "",
                               (row.get("date_extracted") or "")[:10])


def cpu_seconds() -> float:
    """CPU time of this process and its finished workers (less load-dependent than wall time)."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


class TreeRss:
    """Peak RSS of this process plus all its workers, sampled every 0.2 s (psutil)."""

    def __init__(self) -> None:
        import threading

        import psutil

        self.peak = 0
        self._me = psutil.Process()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.wait(0.2):
            total = 0
            for proc in [self._me, *self._me.children(recursive=True)]:
                try:
                    total += proc.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return round(self.peak / 2**20)


def peak_mb() -> tuple[float, float]:
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/work/snn/corpus"))
    parser.add_argument("--version", default="latest")
    parser.add_argument("--sample", type=int, default=3000)
    parser.add_argument("--edits", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    params = ReuseParams()
    out: dict = {"params": params.as_dict(), "load_before": os.getloadavg()[0]}

    corpus = None
    if (args.corpus / "metadata.csv").is_file():
        from analysis import Corpus

        corpus = Corpus(args.corpus)
        version = corpus.version(args.version)
        documents = corpus.store.documents(None if version == "working" else version)
        out["source"] = f"{args.corpus} {version}"
    elif SHARED.is_dir():
        documents = zip_documents(SHARED)
        out["source"] = str(SHARED)
    else:
        print("no corpus and no ../shared/data/saudinewsnet: nothing to measure")
        return 0

    tree = TreeRss()
    start, cpu = time.perf_counter(), cpu_seconds()
    signatures = compute_signatures(documents, params)
    signed = time.perf_counter()
    clustering = find_clusters(signatures, params)
    done = time.perf_counter()
    self_mb, child_mb = peak_mb()
    out["cold"] = {"peak_tree_rss_mb": tree.stop(),"documents": len(signatures), "seconds": round(done - start, 1),
                   "cpu_seconds": round(cpu_seconds() - cpu, 1),
                   "signatures_seconds": round(signed - start, 1), "lsh_verify_components_seconds":
                   round(done - signed, 1), "peak_rss_mb": round(self_mb), "peak_worker_rss_mb": round(child_mb),
                   "candidates": clustering.n_candidates, "pairs": len(clustering.pairs),
                   "clustered_documents": len(clustering.clusters),
                   "clusters": int(clustering.clusters["cluster"].nunique()) if len(clustering.clusters) else 0,
                   "load": os.getloadavg()[0]}
    print("cold:", out["cold"], flush=True)

    if corpus is not None:
        from analysis.reuse.corpus_reuse import corpus_signatures

        corpus_signatures(corpus, version, params)  # fills the cache (computes once more if empty)
        start, cpu = time.perf_counter(), cpu_seconds()
        warm = find_clusters(corpus_signatures(corpus, version, params), params)
        out["warm"] = {"seconds": round(time.perf_counter() - start, 1), "cpu_seconds": round(cpu_seconds() - cpu, 1),
                       "same_pairs": bool(warm.pairs.equals(clustering.pairs)), "load": os.getloadavg()[0]}
        print("warm:", out["warm"], flush=True)

    picked = sorted(random.Random(15).sample(range(len(signatures)), min(args.sample, len(signatures))))
    subset = signatures.subset(picked)
    start = time.perf_counter()
    sample_clusters = find_clusters(subset, params)
    accuracy = lsh_accuracy(sample_clusters, subset, at=0.7)
    out["brute_force"] = {"documents": len(picked), **accuracy,
                          "seconds": round(time.perf_counter() - start, 1)}
    print("brute force:", out["brute_force"], flush=True)

    if args.edits and corpus is not None:
        from analysis.reuse.search import find_reuse
        from analysis.reuse.summaries import copiers_of, edit_kinds

        start, cpu = time.perf_counter(), cpu_seconds()
        result = find_reuse(signatures, params=params, pipeline_options={"backend": "auto"},
                            texts=lambda ids: {d.doc_id: d.text for d in corpus.store.documents(
                                None if version == "working" else version) if d.doc_id in ids})
        kinds = edit_kinds(result.edits)
        out["edits"] = {"seconds": round(time.perf_counter() - start, 1), "cpu_seconds": round(cpu_seconds() - cpu, 1),
                        "rows": len(result.edits), "annotated_documents": len(result.clusters),
                        "share_in_cluster": round(len(result.clusters) / len(signatures), 4),
                        "copiers_of_was": copiers_of(result.clusters, "was").head(8).values.tolist(),
                        "kinds": kinds[["kind", "edits", "pairs"]].values.tolist(),
                        "peak_rss_mb": round(peak_mb()[0]), "peak_worker_rss_mb": round(peak_mb()[1])}
        print("edits:", out["edits"], flush=True)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
