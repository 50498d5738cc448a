"""SaudiNewsNet annotated into the store: wall time, peak memory at 5k, 15k and 30k documents; resume after kill -9.

Each size runs in a fresh subprocess (the first N documents of the corpus, in
doc_id order, into a fresh store), while this process samples the memory of
that subprocess and all of its workers every 0.2 s (summed PSS, so pages that
forked workers share with their parent count once; the main process's own max
RSS is printed too), and the CPU seconds of all its processes, a figure that
other load on a shared machine hardly changes (wall time on an idle machine
with W cores is at least CPU seconds / W). Goals (issue
14): all of SaudiNewsNet in < 60 s on a 2-core machine, peak RSS < 1 GB and
within 20% across sizes. Then the resume check: a run of ``--resume-size``
documents is killed (``SIGKILL`` to its whole process group) once half of its
shards are done, and rerun; the shards finished before the kill must not be
redone, and the tables must equal those of the uninterrupted run.

The corpus is built once, outside any repository (see README, "SaudiNewsNet")::

    python -m analysis corpus add ../shared/data/saudinewsnet/*.zip --corpus /work/snn/corpus \\
      --id-prefix snn --map text=content,title=title,url=url,outlet=source,published=date_extracted,\\
    retrieved=date_extracted --date-source inferred \\
      --rights 'CC BY-NC-SA 4.0; research use only (SaudiNewsNet)' --skip-invalid
    python -m analysis corpus release 0.1.0 --corpus /work/snn/corpus --message SaudiNewsNet

Usage::

    .venv/bin/python benchmarks/bench_store.py --corpus /work/snn/corpus [--sizes 5000,15000,30000]
        [--engine local|dask] [--workers N] [--resume-size 5000 | --no-resume]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import REPO

#: $ACN_SNN_CORPUS, else the first of these that holds a corpus.
CANDIDATES = [Path(p) for p in (os.environ.get("ACN_SNN_CORPUS"), "/work/snn/corpus", "/tmp/snn/corpus") if p]
DEFAULT_CORPUS = next((p for p in CANDIDATES if (p / "metadata.csv").is_file()), CANDIDATES[-1])


def child(args: argparse.Namespace) -> None:
    """Annotate the first ``--size`` documents into ``--where`` and print a JSON summary."""
    import itertools
    import resource

    from analysis.annotate import Pipeline
    from analysis.corpus import CorpusStore
    from analysis.store import build_store, code_sha256

    corpus = CorpusStore(args.corpus)
    total = len(corpus.manifest(args.version)["documents"])
    size = min(args.size, total)
    options = {"backend": "rules"}
    pipeline = Pipeline.load(**options)
    start = time.perf_counter()
    build_store(itertools.islice(corpus.documents(args.version), size), args.where,
                versions={"bench": size, "code_sha256": code_sha256(), **pipeline.versions}, options=options, pipeline=pipeline,
                n_documents=size, engine=args.engine, workers=args.workers, progress=True)
    mine, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"documents": size, "seconds": time.perf_counter() - start,
                      "cpu_seconds": mine.ru_utime + mine.ru_stime + workers.ru_utime + workers.ru_stime,
                      "self_maxrss_mb": mine.ru_maxrss / 1024}))


class TreeMemory:
    """Peak summed memory (PSS where the OS reports it) of a process and its descendants, sampled in a thread."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.peak = 0
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
                self.peak = max(self.peak, sum(_rss(p) for p in procs))
            except psutil.Error:
                pass
            self._stop.wait(self.interval)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak / 2**20


def _rss(process) -> int:
    # PSS, not RSS: forked workers share the parent's pages, and summing RSS
    # would count those once per worker.
    try:
        info = process.memory_full_info()
        return getattr(info, "pss", info.rss)
    except Exception:  # noqa: BLE001 - a worker that just exited
        return 0


def launch(args: argparse.Namespace, size: int, where: Path) -> subprocess.Popen:
    cmd = [sys.executable, __file__, "--child", "--corpus", str(args.corpus), "--version", args.version,
           "--size", str(size), "--where", str(where), "--engine", args.engine]
    if args.workers:
        cmd += ["--workers", str(args.workers)]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=REPO, start_new_session=True)


def run_size(args: argparse.Namespace, size: int, where: Path) -> dict:
    started = time.perf_counter()
    proc = launch(args, size, where)
    memory = TreeMemory(proc.pid)
    out, _ = proc.communicate()
    peak = memory.stop()
    if proc.returncode != 0:
        raise SystemExit(f"run of {size} documents failed (exit {proc.returncode})")
    result = json.loads(out.strip().splitlines()[-1])
    result.update(wall=time.perf_counter() - started, peak_tree_rss_mb=peak)
    return result


def resume(args: argparse.Namespace, size: int, where: Path, reference: Path | None) -> None:
    from analysis.store import StoreLayout

    layout = StoreLayout(where)
    n_shards = -(-size // 500)
    proc = launch(args, size, where)
    while len(layout.done_shards()) < n_shards // 2:
        if proc.poll() is not None:
            raise SystemExit("the run finished before it could be killed; use a larger --resume-size")
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    before = {i: layout.marker_path(i).stat().st_mtime_ns for i in layout.done_shards()}
    print(f"killed (SIGKILL) after {len(before)} of {n_shards} shards", flush=True)
    result = run_size(args, size, where)
    after = {i: layout.marker_path(i).stat().st_mtime_ns for i in layout.done_shards()}
    kept = sum(after[i] == t for i, t in before.items())
    print(f"resumed: {result['seconds']:.1f}s, {len(after)} shards done, {kept} of {len(before)} "
          f"finished before the kill kept as they were", flush=True)
    if reference is not None and layout.read_json("versions.json") != StoreLayout(reference).read_json("versions.json"):
        print(f"the uninterrupted run at {reference} was made by other code or data; not compared")
        reference = None
    if reference is not None:
        import pandas as pd

        from analysis.store import TABLES, read_table

        for table in TABLES:
            pd.testing.assert_frame_equal(read_table(where, table), read_table(reference, table), obj=table)
        print(f"SUMMARY bench_store resume: {kept}/{len(before)} finished shards kept, "
              f"tables identical to the uninterrupted run: yes")
    else:
        print(f"SUMMARY bench_store resume: {kept}/{len(before)} finished shards kept")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--version", default="0.1.0")
    parser.add_argument("--sizes", default="5000,15000,30000")
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--workers", type=int, default=None, help="default: os.cpu_count()")
    parser.add_argument("--resume-size", type=int, default=5000)
    parser.add_argument("--no-resume", action="store_true")
    parser.add_argument("--work", type=Path, default=None, help="folder for the stores (default: a temp dir)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--where", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args)
    if not (args.corpus / "releases" / f"{args.version}.json").is_file():
        raise SystemExit(f"no release {args.version} at {args.corpus}; build it as the docstring says")

    from analysis.store import StoreLayout

    work = args.work or Path(tempfile.mkdtemp(prefix="bench-store-"))
    print(f"stores under {work}; engine {args.engine}, workers {args.workers or os.cpu_count()}", flush=True)
    results = {}
    for size in [int(s) for s in args.sizes.split(",")]:
        result = run_size(args, size, work / f"{args.engine}-{size}")
        results[size] = result
        print(f"{result['documents']:>6} docs: {result['seconds']:6.1f}s annotate+store "
              f"({result['documents'] / result['seconds']:.0f} docs/s), wall {result['wall']:.1f}s, "
              f"{result['cpu_seconds']:.0f} CPU s in all processes, "
              f"peak memory {result['peak_tree_rss_mb']:.0f} MB (PSS, all processes), "
              f"main process max RSS {result['self_maxrss_mb']:.0f} MB", flush=True)
    peaks = [r["peak_tree_rss_mb"] for r in results.values()]
    largest = results[max(results)]
    print(f"SUMMARY bench_store: {largest['documents']} docs in {largest['seconds']:.1f}s (goal < 60 s), "
          f"peak memory (PSS, all processes) max {max(peaks):.0f} MB (goal < 1024), spread {max(peaks) / min(peaks) - 1:.0%} "
          f"across {', '.join(str(r['documents']) for r in results.values())} docs (goal <= 20%)")
    other = "dask" if args.engine == "local" else "local"
    for size in results:
        twin = work / f"{other}-{size}"
        same_code = StoreLayout(twin).read_json("versions.json") == StoreLayout(
            work / f"{args.engine}-{size}").read_json("versions.json")
        if (twin / "complete.json").exists() and same_code:
            import pandas as pd

            from analysis.store import TABLES, read_table

            for table in TABLES:
                pd.testing.assert_frame_equal(read_table(work / f"{args.engine}-{size}", table),
                                              read_table(twin, table), obj=table)
            print(f"SUMMARY bench_store engines: {args.engine} == {other} tables at {size} docs: identical")
    if not args.no_resume:
        reference = work / f"{args.engine}-{args.resume_size}"
        resume(args, args.resume_size, work / f"resume-{args.engine}-{args.resume_size}",
               reference if (reference / "complete.json").exists() else None)


if __name__ == "__main__":
    main()
