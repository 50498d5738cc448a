"""Streaming documents into surface counts, in chunks, optionally in worker processes.

A chunk of documents is tokenized (:func:`analysis.text.tokenize.tokenize`)
into :class:`ChunkCounts`: the chunk's own vocabulary of word surfaces (as
written) and, per document, the ids and counts of the surfaces it holds.
:class:`SurfaceCounts` merges chunks in document order into one vocabulary
and one documents × surfaces CSR matrix, remapping each chunk's local ids
with one array lookup. Work per chunk is linear in its tokens; at most
``2 × workers`` chunks are in flight, so memory is bounded by a few chunks
plus the matrix and the vocabulary.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Iterable, Iterator

import numpy as np
from scipy import sparse

from analysis.text.sentences import split_sentences
from analysis.text.tokenize import tokenize

#: Token code of a token that is not a word (punctuation, number, symbol).
NOT_A_WORD = -1
CHUNK_DOCS = 256


@dataclass
class ChunkCounts:
    """Surface counts of one chunk of documents (local ids).

    Attributes:
        rows: ``{"doc_id": ..., <docvars>}`` per document.
        surfaces: The chunk's word surfaces, in order of first occurrence.
        norms: Normalized form of each surface.
        first: ``(document index in chunk, start, end)`` of each surface's first occurrence.
        indptr, indices, counts: CSR rows (documents × local surfaces).
        ids: Local surface id of every token (:data:`NOT_A_WORD` for others), or ``None``.
        sentence: Sentence index of every token, or ``None``.
        offsets: ``(start, end)`` of every token in its original text (two columns), or ``None``.
        n_tokens: Tokens per document.
    """

    rows: list[dict]
    surfaces: list[str]
    norms: list[str]
    first: list[tuple[int, int, int]]
    indptr: np.ndarray
    indices: np.ndarray
    counts: np.ndarray
    ids: np.ndarray | None
    sentence: np.ndarray | None
    offsets: np.ndarray | None
    n_tokens: np.ndarray


def count_chunk(records: list[tuple[str, str, dict]], wanted: tuple[str, ...], keep_tokens: bool) -> ChunkCounts:
    """Tokenize one chunk of ``(doc_id, text, meta)`` records into :class:`ChunkCounts`.

    Example:
        >>> c = count_chunk([("a", "قال الجيش، قال", {"outlet": "x"})], ("outlet",), False)  # synthetic
        >>> c.surfaces, c.counts.tolist(), c.rows
        (['قال', 'الجيش'], [2, 1], [{'doc_id': 'a', 'outlet': 'x'}])
    """
    local: dict[str, int] = {}
    surfaces: list[str] = []
    norms: list[str] = []
    first: list[tuple[int, int, int]] = []
    indptr, indices, counts, id_parts, sentence_parts, offset_parts, n_tokens = [0], [], [], [], [], [], []
    rows = []
    get = local.get
    for d, (doc_id, text, meta) in enumerate(records):
        rows.append({"doc_id": doc_id, **{k: meta.get(k) for k in wanted}})
        tokens = tokenize(text)
        # A "word" that normalizes to nothing (a lone tatweel) is no word.
        sids = [get(t.text, -2) if t.kind == "word" and t.norm else NOT_A_WORD for t in tokens]
        if -2 in sids:
            for i, sid in enumerate(sids):
                if sid != -2:
                    continue
                tok = tokens[i]
                sid = local.get(tok.text)
                if sid is None:
                    sid = local[tok.text] = len(surfaces)
                    surfaces.append(tok.text)
                    norms.append(tok.norm)
                    first.append((d, tok.start, tok.end))
                sids[i] = sid
        ids = np.asarray(sids, dtype=np.int32)
        present, n = np.unique(ids[ids >= 0], return_counts=True)
        indices.append(present.astype(np.int32))
        counts.append(n.astype(np.int32))
        indptr.append(indptr[-1] + len(present))
        n_tokens.append(len(tokens))
        if keep_tokens:
            id_parts.append(ids)
            sentence = np.zeros(len(tokens), dtype=np.int32)
            for s in split_sentences(text, tokens):
                sentence[s.first_token:s.last_token] = s.index
            sentence_parts.append(sentence)
            offset_parts.append(np.array([(t.start, t.end) for t in tokens], dtype=np.int32).reshape(-1, 2))
    return ChunkCounts(rows, surfaces, norms, first, np.asarray(indptr, dtype=np.int64), _cat(indices),
                       _cat(counts), _cat(id_parts) if keep_tokens else None,
                       _cat(sentence_parts) if keep_tokens else None,
                       np.concatenate(offset_parts) if keep_tokens and offset_parts else None,
                       np.asarray(n_tokens, dtype=np.int64))


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts).astype(np.int32, copy=False) if parts else np.zeros(0, dtype=np.int32)


class SurfaceCounts:
    """Chunks merged in document order: one surface vocabulary, one CSR matrix."""

    def __init__(self, keep_tokens: bool) -> None:
        self.keep_tokens = keep_tokens
        self.ids: dict[str, int] = {}
        self.surfaces: list[str] = []
        self.norms: list[str] = []
        self.first: list[tuple[int, int, int]] = []
        self.rows: list[dict] = []
        self._indptr = [np.zeros(1, dtype=np.int64)]
        self._indices: list[np.ndarray] = []
        self._counts: list[np.ndarray] = []
        self._token_ids: list[np.ndarray] = []
        self._sentences: list[np.ndarray] = []
        self._offsets: list[np.ndarray] = []
        self._doc_ptr = [np.zeros(1, dtype=np.int64)]

    def add(self, chunk: ChunkCounts) -> None:
        """Merge the next chunk."""
        base = len(self.rows)
        remap = np.empty(len(chunk.surfaces), dtype=np.int32)
        for i, surface in enumerate(chunk.surfaces):
            gid = self.ids.get(surface)
            if gid is None:
                gid = self.ids[surface] = len(self.surfaces)
                self.surfaces.append(surface)
                self.norms.append(chunk.norms[i])
                d, start, end = chunk.first[i]
                self.first.append((base + d, start, end))
            remap[i] = gid
        self.rows.extend(chunk.rows)
        self._indptr.append(self._indptr[-1][-1] + chunk.indptr[1:])
        self._indices.append(remap[chunk.indices])
        self._counts.append(chunk.counts)
        if self.keep_tokens:
            ids = chunk.ids.copy()
            words = ids >= 0
            ids[words] = remap[ids[words]]
            self._token_ids.append(ids)
            self._sentences.append(chunk.sentence)
            if chunk.offsets is not None:
                self._offsets.append(chunk.offsets)
            self._doc_ptr.append(self._doc_ptr[-1][-1] + np.cumsum(chunk.n_tokens))

    def matrix(self) -> sparse.csr_matrix:
        """Documents × surfaces counts."""
        indptr = np.concatenate(self._indptr)
        out = sparse.csr_matrix((_cat(self._counts), _cat(self._indices), indptr),
                                shape=(len(self.rows), len(self.surfaces)))
        out.sort_indices()
        return out

    def token_stream(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Surface id, sentence and ``(start, end)`` of every token, and the document pointer."""
        offsets = np.concatenate(self._offsets) if self._offsets else np.zeros((0, 2), dtype=np.int32)
        return _cat(self._token_ids), _cat(self._sentences), offsets, np.concatenate(self._doc_ptr)


def stream_counts(records: Iterable[tuple[str, str, dict]], *, wanted: tuple[str, ...], keep_tokens: bool,
                  workers: int = 1, chunk_docs: int = CHUNK_DOCS) -> SurfaceCounts:
    """Count every record's surfaces, chunk by chunk, in ``workers`` processes (1: here).

    Example:
        >>> docs = [("a", "قال الجيش", {}), ("b", "الجيش انسحب", {})]  # synthetic
        >>> merged = stream_counts(docs, wanted=(), keep_tokens=False, chunk_docs=1)
        >>> merged.surfaces, merged.matrix().toarray().tolist()
        (['قال', 'الجيش', 'انسحب'], [[1, 1, 0], [0, 1, 1]])
    """
    merged = SurfaceCounts(keep_tokens)
    chunks = _chunks(iter(records), chunk_docs)
    if workers <= 1:
        for chunk in chunks:
            merged.add(count_chunk(chunk, wanted, keep_tokens))
        return merged
    with ProcessPoolExecutor(workers) as pool:
        for result in _bounded_map(pool, chunks, wanted, keep_tokens, 2 * workers):
            merged.add(result)
    return merged


def _chunks(records: Iterator, size: int) -> Iterator[list]:
    while True:
        chunk = list(islice(records, size))
        if not chunk:
            return
        yield chunk


def _bounded_map(pool, chunks, wanted, keep_tokens, in_flight: int):
    # Executor.map would submit every chunk at once, reading the whole corpus
    # into memory; a window of futures keeps results in order and memory bounded.
    pending: deque = deque()
    for chunk in chunks:
        pending.append(pool.submit(count_chunk, chunk, wanted, keep_tokens))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


__all__ = ["ChunkCounts", "SurfaceCounts", "count_chunk", "stream_counts", "NOT_A_WORD"]
