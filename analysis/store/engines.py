"""Fill a store: shards of streamed documents, annotated here, in local processes, or on Dask.

:func:`build_store` reads documents one at a time, cuts them into shards of
``shard_size`` and hands each unfinished shard to an engine. At most
``2 × workers`` shards are in flight, so memory is bounded by shards, not by
the corpus. Engines differ only in where :func:`~analysis.store.shards.annotate_shard`
runs; the files they write, and so the tables, are the same.

``engine="local"``
    ``workers`` processes on this machine (default ``os.cpu_count()``); one
    worker, or a single shard, runs in this process.
``engine="dask"``
    ``dask.distributed`` futures: on the cluster at ``scheduler``
    (``tcp://host:8786``), or on a ``LocalCluster`` of ``workers`` processes
    started for the run. Workers write their shards into the same store
    folder, which must therefore be on a path they all share.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import itertools
import math
import os
from pathlib import Path
from typing import Any, Iterable, Iterator

from analysis.errors import AnalysisError
from analysis.store.codehash import code_sha256
from analysis.store.layout import STORE_FORMAT, StoreLayout
from analysis.store.shards import ShardDocument, ShardTask, annotate_shard, pipeline_for

DEFAULT_SHARD_SIZE = 500
ENGINES = ("local", "dask")


def build_store(
    documents: Iterable[Any],
    where: Path | str,
    *,
    versions: dict[str, Any],
    options: dict[str, Any],
    pipeline=None,
    n_documents: int | None = None,
    shard_size: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int | None = None,
    progress: bool = True,
) -> bool:
    """Annotate ``documents`` into the store at ``where``, resuming an interrupted run.

    Args:
        documents: Objects with ``doc_id``, ``text`` and ``meta``, in doc_id
            order (:meth:`analysis.corpus.CorpusStore.documents`), read lazily.
        where: The store folder (its name is the cache key).
        versions: What made the annotation, stored in ``versions.json``.
        options: Keyword arguments of :meth:`analysis.annotate.Pipeline.load`.
        pipeline: The already loaded pipeline for ``options`` (reused in this process).
        n_documents: How many documents there are (progress bar, worker count).
        shard_size: Documents per shard for a new store (an existing one keeps its own).
        engine: ``local`` or ``dask``.
        scheduler: Address of a Dask scheduler (``engine="dask"`` only).
        workers: Processes (local, or a Dask LocalCluster); ``None``: ``os.cpu_count()``.
        progress: Show a progress bar (documents per second) on stderr.

    Returns:
        True when the store was already complete (nothing was annotated).

    Example:
        >>> import tempfile
        >>> from analysis.store.shards import ShardDocument
        >>> where = Path(tempfile.mkdtemp()) / "key"
        >>> docs = [ShardDocument("d1", "قتل 12 شخصا.", {})]  # synthetic
        >>> build_store(docs, where, versions={}, options={"backend": "rules"}, progress=False)
        False
        >>> build_store(docs, where, versions={}, options={"backend": "rules"}, progress=False)
        True
    """
    if engine not in ENGINES:
        raise AnalysisError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise AnalysisError("--scheduler needs --engine dask")
    if workers is not None and workers < 1:
        raise AnalysisError(f"workers must be at least 1, not {workers}")
    layout = StoreLayout(Path(where))
    if layout.is_complete():
        return True
    shard_size = _plan(layout, versions, shard_size)
    if pipeline is not None:
        pipeline_for(options, loaded=pipeline)
    done = layout.done_shards()
    workers = workers or os.cpu_count() or 1
    if engine == "local" and n_documents is not None:
        workers = min(workers, max(1, math.ceil(n_documents / shard_size) - len(done)))
    task = ShardTask(str(layout.root), 0, options, code_sha256())
    counts = {"shards": 0, "documents": 0}
    pending = _pending(_shards(documents, shard_size, counts), done, task)
    with _progress(progress, n_documents, sum(s.get("n_documents", 0) for s in done.values())) as bar:
        if engine == "local" and workers == 1:
            for shard_task, docs in pending:
                annotate_shard(shard_task, docs, on_document=bar.update)
        else:
            with _executor(engine, workers, scheduler) as executor:
                _run(executor, pending, limit=2 * workers, bar=bar)
    layout.mark_complete(counts["shards"], counts["documents"])
    return False


def _plan(layout: StoreLayout, versions: dict, shard_size: int | None) -> int:
    plan = layout.read_json("plan.json")
    if isinstance(plan, dict) and plan.get("format") == STORE_FORMAT and isinstance(plan.get("shard_size"), int):
        return plan["shard_size"]  # resuming: the shards already written fix the layout
    shard_size = DEFAULT_SHARD_SIZE if shard_size is None else shard_size
    if shard_size < 1:
        raise AnalysisError(f"shard size must be at least 1, not {shard_size}")
    layout.write_json("versions.json", versions)
    layout.write_json("plan.json", {"format": STORE_FORMAT, "shard_size": shard_size})
    return shard_size


def _shards(documents: Iterable[Any], size: int, counts: dict) -> Iterator[tuple[int, list[ShardDocument]]]:
    stream = iter(documents)
    for index in itertools.count():
        batch = [ShardDocument(d.doc_id, d.text, _meta(d.meta)) for d in itertools.islice(stream, size)]
        if not batch:
            return
        counts["shards"] += 1
        counts["documents"] += len(batch)
        yield index, batch


def _meta(meta: dict) -> dict:
    from analysis.store.columns import DOCUMENT_COLUMNS

    return {k: meta.get(k) for k in DOCUMENT_COLUMNS if k in meta}


def _pending(shards, done: dict[int, dict], task: ShardTask) -> Iterator[tuple[ShardTask, list[ShardDocument]]]:
    for index, docs in shards:
        summary = done.get(index)
        if summary and (summary.get("n_documents"), summary.get("first"), summary.get("last")) == (
                len(docs), docs[0].doc_id, docs[-1].doc_id):
            continue
        yield ShardTask(task.root, index, task.options, task.code_sha256), docs


def _run(executor, pending, *, limit: int, bar) -> None:
    in_flight: dict[cf.Future, int] = {}
    try:
        for shard_task, docs in pending:
            while len(in_flight) >= limit:
                _collect(in_flight, bar, cf.FIRST_COMPLETED)
            in_flight[executor.submit(annotate_shard, shard_task, docs)] = len(docs)
        while in_flight:
            _collect(in_flight, bar, cf.FIRST_COMPLETED)
    finally:
        for future in in_flight:
            future.cancel()


def _collect(in_flight: dict, bar, when) -> None:
    finished, _ = cf.wait(list(in_flight), return_when=when)
    for future in finished:
        n = in_flight.pop(future)
        future.result()  # a worker's error stops the run here
        bar.update(n)


@contextlib.contextmanager
def _executor(engine: str, workers: int, scheduler: str | None):
    if engine == "local":
        with cf.ProcessPoolExecutor(workers) as pool:
            yield pool
        return
    from analysis.store.cluster import dask_client

    with dask_client(scheduler, workers) as client:
        yield client.get_executor()


@contextlib.contextmanager
def _progress(enabled: bool, total: int | None, initial: int):
    from tqdm import tqdm

    bar = tqdm(total=total, initial=initial, desc="annotating", unit="doc", disable=not enabled,
               smoothing=0.1)
    try:
        yield bar
    finally:
        bar.close()


__all__ = ["build_store", "DEFAULT_SHARD_SIZE", "ENGINES"]
