"""Shingle sets and MinHash signatures of many documents, computed once.

:func:`compute_signatures` streams documents in batches (memory is bounded by
a batch, not the corpus), shingles them (:func:`analysis.reuse.shingles.shingle_ids`)
and computes each one's datasketch ``MinHash`` signature, in up to two
processes. :class:`Signatures` packs the results in three arrays and
round-trips through bytes, so a corpus version's signatures can be cached
under :func:`analysis.paths.cache_dir` (derived data, never in the corpus).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any, Iterable, Iterator

import numpy as np

from analysis.errors import AnalysisError
from analysis.reuse.shingles import ReuseParams, shingle_ids

#: Documents read at a time (memory is bounded by a batch).
BATCH = 2000
#: Texts per worker task.
CHUNK = 250


@dataclass(frozen=True, slots=True)
class DocInfo:
    """What clustering needs of a document besides its text."""

    doc_id: str
    outlet: str
    published: str


@dataclass(frozen=True)
class Signatures:
    """Shingle ids and MinHash values of documents, in input order.

    Attributes:
        params: The parameters they were computed with.
        infos: One :class:`DocInfo` per document.
        offsets: ``ids[offsets[i]:offsets[i + 1]]`` are document ``i``'s shingle ids (sorted).
        ids: All shingle ids, concatenated.
        values: ``len(infos) x num_perm`` MinHash values (a document without
            words has no shingles and is never a candidate).
    """

    params: ReuseParams
    infos: list[DocInfo]
    offsets: np.ndarray
    ids: np.ndarray
    values: np.ndarray

    def __len__(self) -> int:
        return len(self.infos)

    def shingles(self, i: int) -> np.ndarray:
        """Document ``i``'s sorted shingle ids."""
        return self.ids[self.offsets[i]:self.offsets[i + 1]]

    def n_shingles(self, i: int) -> int:
        return int(self.offsets[i + 1] - self.offsets[i])

    def subset(self, indices: list[int]) -> "Signatures":
        """The signatures of documents ``indices`` (in that order).

        Example:
            >>> s = compute_signatures([("a", "نص أول هنا", "", ""), ("b", "نص ثان هناك", "", "")],
            ...                        ReuseParams(shingle=2))  # synthetic
            >>> t = s.subset([1])
            >>> [d.doc_id for d in t.infos], bool((t.shingles(0) == s.shingles(1)).all())
            (['b'], True)
        """
        sizes = np.diff(self.offsets)[indices]
        offsets = np.zeros(len(indices) + 1, dtype=np.int64)
        np.cumsum(sizes, out=offsets[1:])
        ids = np.concatenate([self.shingles(i) for i in indices]) if len(indices) else self.ids[:0]
        return Signatures(self.params, [self.infos[i] for i in indices], offsets, ids,
                          self.values[indices])

    def to_bytes(self) -> bytes:
        """The signatures as one ``.npz`` file's bytes (see :meth:`from_bytes`)."""
        buf = io.BytesIO()
        header = json.dumps({"params": self.params.as_dict(),
                             "infos": [[d.doc_id, d.outlet, d.published] for d in self.infos]},
                            ensure_ascii=False)
        np.savez(buf, header=np.frombuffer(header.encode("utf-8"), dtype=np.uint8),
                 offsets=self.offsets, ids=self.ids, values=self.values)
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> "Signatures":
        """Read what :meth:`to_bytes` wrote.

        Example:
            >>> s = compute_signatures([("d1", "نص قصير للتجربة فقط", "x", "2015")], ReuseParams())  # synthetic
            >>> t = Signatures.from_bytes(s.to_bytes())
            >>> t.infos == s.infos and bool((t.values == s.values).all()), t.params == s.params
            (True, True)
        """
        with np.load(io.BytesIO(data)) as npz:
            header = json.loads(npz["header"].tobytes().decode("utf-8"))
            return cls(ReuseParams(**header["params"]), [DocInfo(*row) for row in header["infos"]],
                       npz["offsets"], npz["ids"], npz["values"])


def compute_signatures(documents: Iterable[Any], params: ReuseParams, *, workers: int | None = None,
                       engine: str = "local", scheduler: str | None = None) -> Signatures:
    """Shingle and sign ``documents`` (``Document`` objects or ``(doc_id, text, outlet, published)``).

    Args:
        documents: Any iterable; it is read once, in batches of :data:`BATCH`.
        params: Shingle size, permutations and seed.
        workers: Processes; ``None`` uses up to two (local) when there is more
            than one batch. Output does not depend on it.
        engine: ``local`` (processes on this machine) or ``dask`` (tasks of
            :data:`CHUNK` texts on ``dask.distributed``: the cluster at
            ``scheduler``, or a LocalCluster of ``workers`` processes).
        scheduler: A Dask scheduler address (``tcp://host:8786``).
    """
    if engine not in ("local", "dask"):
        raise AnalysisError(f"unknown engine {engine!r} (use local or dask)")
    infos: list[DocInfo] = []
    id_parts: list[np.ndarray] = []
    value_parts: list[np.ndarray] = []
    with contextlib.ExitStack() as stack:
        executor = None
        for n, batch in enumerate(_batches(iter(documents))):
            texts = []
            for d in batch:
                info, text = _info(d)
                infos.append(info)
                texts.append(text)
            # A full first batch means more follow: start the workers now, so this
            # process never tokenizes (and never holds the tokenizer's caches).
            if executor is None and n < 2 and (len(batch) == BATCH or n == 1 or engine == "dask"):
                executor = stack.enter_context(_executor(engine, workers, scheduler))
            chunks = [texts[k:k + CHUNK] for k in range(0, len(texts), CHUNK)]
            if executor is None:
                results = [_chunk_signatures(chunk, params) for chunk in chunks]
            else:
                futures = [executor.submit(_chunk_signatures, chunk, params) for chunk in chunks]
                results = [f.result() for f in futures]
            for chunk_result in results:
                for ids, values in chunk_result:
                    id_parts.append(ids)
                    value_parts.append(values)
    offsets = np.zeros(len(infos) + 1, dtype=np.int64)
    np.cumsum([len(p) for p in id_parts], out=offsets[1:])
    ids = np.concatenate(id_parts) if id_parts else np.empty(0, dtype=np.uint64)
    values = np.vstack(value_parts) if value_parts else np.empty((0, params.num_perm), dtype=np.uint64)
    return Signatures(params, infos, offsets, ids, values)


@contextlib.contextmanager
def _executor(engine: str, workers: int | None, scheduler: str | None):
    if engine == "dask":
        from analysis.store.cluster import dask_client

        with dask_client(scheduler, workers or os.cpu_count() or 1) as client:
            yield client.get_executor()
        return
    count = workers or min(2, os.cpu_count() or 1)
    if count <= 1:
        yield None
        return
    with ProcessPoolExecutor(count) as pool:
        yield pool


def _chunk_signatures(texts: list[str], params: ReuseParams) -> list[tuple[np.ndarray, np.ndarray]]:
    return [_signature(t, params) for t in texts]


_PERMUTATIONS: dict[tuple[int, int], np.ndarray] = {}


def minhash(params: ReuseParams, *, values: np.ndarray | None = None, ids: np.ndarray | None = None):
    """A datasketch ``MinHash`` (scheme ``affine64``) from stored ``values`` or shingle ``ids``.

    Example:
        >>> m = minhash(ReuseParams(num_perm=16), ids=np.array([1, 2, 3], dtype=np.uint64))
        >>> len(m.hashvalues), minhash(ReuseParams(num_perm=16), values=m.hashvalues).jaccard(m)
        (16, 1.0)
    """
    from datasketch import MinHash

    key = (params.num_perm, params.seed)
    if key not in _PERMUTATIONS:
        _PERMUTATIONS[key] = MinHash(num_perm=params.num_perm, seed=params.seed, hashfunc=int,
                                     scheme="affine64").permutations
    made = MinHash(num_perm=params.num_perm, seed=params.seed, hashfunc=int, scheme="affine64",
                   permutations=_PERMUTATIONS[key], hashvalues=values)
    if ids is not None:
        made.update_batch(ids.tolist())
    return made


def _signature(text: str, params: ReuseParams) -> tuple[np.ndarray, np.ndarray]:
    ids = shingle_ids(text, params.shingle)
    return ids, minhash(params, ids=ids).hashvalues


def _batches(items: Iterator[Any]) -> Iterator[list[Any]]:
    while batch := list(islice(items, BATCH)):
        yield batch


def _info(d: Any) -> tuple[DocInfo, str]:
    if isinstance(d, tuple):
        doc_id, text, outlet, published = d
    else:
        doc_id, text = d.doc_id, d.text
        outlet, published = d.meta.get("outlet"), d.meta.get("published")
    return DocInfo(str(doc_id), str(outlet or ""), str(published or "")), text


__all__ = ["BATCH", "CHUNK", "DocInfo", "Signatures", "compute_signatures", "minhash"]
