"""Corpus-wide DataFrames: one row per item, ``doc_id, start, end`` on every row.

:func:`corpus_tables` annotates every document of a corpus version into the
annotation store (:mod:`analysis.store`: one Parquet file per table per shard
of documents, under :func:`analysis.paths.cache_dir`) and returns a
:class:`CorpusTables` that reads each table when it is first used. The store
is keyed by the corpus manifest, the content of every data file and the hash
of the package's own code, so it can never answer for different inputs; an
interrupted run resumes from its finished shards.

Columns, in this order:

``documents``
    doc_id, title, outlet, url, published, date_precision, date_source,
    n_chars, n_tokens, n_sentences
``terms``
    doc_id, start, end, text, key, lemma, clitics, sentence, voice,
    quoted, scare_quote, so_called, attributed_to, target
``actors``
    doc_id, start, end, text, actor, alias, labels, sentence
``quotes``
    doc_id, start, end, speaker, speaker_text, cue, kind, content_start,
    content_end, sentence
``casualties``
    doc_id, start, end, text, category, value, low, high, hedge, group,
    parent, source, perpetrator, cause, agency, sentence

then, on every item table, the document's ``outlet, published,
date_precision, title`` (:data:`ITEM_DOCUMENT_COLUMNS`), then the remaining
fields of the stage's record in their declared order (:data:`RECORDS`: e.g.
``first_token, last_token`` for actors; ``speaker_start, speaker_end, rule,
addressee`` for quotes). :func:`table_columns` gives the full list.

Dtypes are fixed per column, whatever the data (:func:`table_dtypes`): text
is ``str``; offsets and counts that are always present are ``int64``, those
that may be missing (``value``, ``high``, ``speaker_start`` ...) nullable
``Int64``; flags ``bool``, or nullable ``boolean`` when they may be missing.
List-valued fields (``clitics``, ``labels``) are joined with ``|`` so that
every table is flat and writes identically to CSV and Parquet. Rows are
sorted by ``doc_id, start, end`` (then ``key`` / ``category``).
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from analysis.paths import cache_dir as default_cache_dir
from analysis.store.columns import (COLUMNS, DOCUMENT_COLUMNS, ITEM_DOCUMENT_COLUMNS, ITEM_KINDS, RECORDS,
                                    TABLE_NAMES, annotation_rows, document_frame, document_row, empty_frame,
                                    item_frame, table_columns, table_dtypes)

_CACHE_FORMAT = 3  # bump when the table layout or dtypes change


def _table(kind: str) -> property:
    def get(self) -> pd.DataFrame:
        if self._frames.get(kind) is None:
            from analysis.store import read_table

            self._frames[kind] = read_table(self.store, kind) if self.store else empty_frame(kind)
        return self._frames[kind]

    def put(self, frame: pd.DataFrame) -> None:
        self._frames[kind] = frame

    return property(get, put, doc=f"The ``{kind}`` table (read from the store on first use).")


class CorpusTables:
    """The corpus-wide tables for one corpus version.

    Tables are DataFrames read from the annotation store the first time they
    are used (or given directly, as in tests). :meth:`connect` queries them
    with SQL without loading them.

    Attributes:
        versions: corpus version and manifest sha256, package, lexicon,
            actor-registry and cue versions, morphology backend, ``code_sha256``.
        documents, terms, actors, quotes, casualties: DataFrames, columns as
            in the module docstring.
        store: The store folder the tables are read from, or ``None``.
        cached: True when the store was complete before this call.

    Example:
        >>> t = CorpusTables({"corpus": "working"})
        >>> len(t.casualties), list(t.documents.columns[:2])
        (0, ['doc_id', 'title'])
    """

    documents = _table("documents")
    terms = _table("terms")
    actors = _table("actors")
    quotes = _table("quotes")
    casualties = _table("casualties")

    def __init__(self, versions: dict[str, Any], documents: pd.DataFrame | None = None,
                 terms: pd.DataFrame | None = None, actors: pd.DataFrame | None = None,
                 quotes: pd.DataFrame | None = None, casualties: pd.DataFrame | None = None,
                 *, cached: bool = False, store: Path | str | None = None) -> None:
        self.versions = versions
        self.cached = cached
        self.store = Path(store) if store is not None else None
        self._frames = {"documents": documents, "terms": terms, "actors": actors,
                        "quotes": quotes, "casualties": casualties}

    def __repr__(self) -> str:
        loaded = [k for k, v in self._frames.items() if v is not None]
        return f"CorpusTables(corpus={self.versions.get('corpus')!r}, store={self.store}, loaded={loaded})"

    def frame(self, kind: str) -> pd.DataFrame:
        """The table named ``kind`` (``documents``, ``terms``, ``actors``, ...)."""
        if kind not in TABLE_NAMES:
            from analysis.errors import AnalysisError

            raise AnalysisError(f"no table {kind!r}; tables: {', '.join(TABLE_NAMES)}")
        return getattr(self, kind)

    def for_doc(self, doc_id: str) -> "CorpusTables":
        """The same tables restricted to one document (read alone from the store when not loaded)."""
        from analysis.store import read_table

        frames = {}
        for kind in TABLE_NAMES:
            frame = self._frames.get(kind)
            if frame is None and self.store is not None:
                frames[kind] = read_table(self.store, kind, doc_ids=[doc_id])
            else:
                frame = self.frame(kind)
                frames[kind] = frame[frame["doc_id"] == doc_id].reset_index(drop=True)
        return CorpusTables(self.versions, **frames)

    def connect(self):
        """A DuckDB connection with every table as a view (see :func:`analysis.store.connect`).

        Example:
            >>> CorpusTables({}).connect().sql("SELECT count(*) FROM terms").fetchall()
            [(0,)]
        """
        from analysis.store.dataset import connect, register_frames

        if self.store is not None:
            return connect(self.store)
        import duckdb

        return register_frames(duckdb.connect(), {k: self.frame(k) for k in TABLE_NAMES})


def corpus_tables(
    corpus_dir: Path | str,
    version: str | None = None,
    *,
    progress: bool = True,
    cache: bool = True,
    lexicon_paths: Iterable[Path] | None = None,
    actors_path: Path | None = None,
    cues_path: Path | None = None,
    backend: str = "auto",
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    shard_size: int | None = None,
) -> CorpusTables:
    """Annotate a corpus version into the store and return its tables.

    Args:
        corpus_dir: The corpus folder.
        version: A release (``"0.1.0"``); ``None`` means the latest release,
            or the working tree (version ``"working"``) when there is none.
        progress: Show a progress bar (documents per second) on stderr.
        cache: Keep the store under :func:`analysis.paths.cache_dir` and reuse
            it; ``False`` annotates into a temporary store and loads every table.
        lexicon_paths, actors_path, cues_path, backend: As for
            :meth:`analysis.annotate.Pipeline.load`.
        workers: Processes; ``None`` uses ``os.cpu_count()``. Output does not
            depend on it.
        engine: ``local`` (processes on this machine) or ``dask``.
        scheduler: A Dask scheduler address; without it ``engine="dask"``
            starts a LocalCluster of ``workers`` processes.
        shard_size: Documents per shard of a new store (default 500).

    Returns:
        The :class:`CorpusTables`.

    Example:
        >>> t = corpus_tables("corpus", progress=False, backend="rules")  # doctest: +SKIP
        >>> t.versions["corpus"], t.connect().sql("SELECT count(*) FROM casualties").fetchall()  # doctest: +SKIP
        ('0.1.0', [(9,)])
    """
    from analysis.annotate import Pipeline
    from analysis.corpus import CorpusStore
    from analysis.store import build_store, code_sha256

    corpus_dir = Path(corpus_dir)
    corpus = CorpusStore(corpus_dir)
    version, manifest_sha = _resolve_version(corpus, version)
    options = {
        "lexicon_paths": [str(p) for p in lexicon_paths] if lexicon_paths else None,
        "actors_path": str(actors_path) if actors_path else None,
        "cues_path": str(cues_path) if cues_path else None,
        "backend": backend,
    }
    pipeline = Pipeline.load(**options)
    versions = {"corpus": version, "corpus_manifest_sha256": manifest_sha, **pipeline.versions,
                "code_sha256": code_sha256()}
    key = hashlib.sha256(json.dumps([_CACHE_FORMAT, versions], sort_keys=True).encode()).hexdigest()[:20]
    run = dict(versions=versions, options=options, pipeline=pipeline,
               n_documents=_document_count(corpus, version),
               shard_size=shard_size, engine=engine, scheduler=scheduler, workers=workers, progress=progress)
    documents = corpus.documents(None if version == "working" else version)
    if not cache:
        with tempfile.TemporaryDirectory(prefix="analysis-tables-") as tmp:
            build_store(documents, Path(tmp) / key, **run)
            lazy = CorpusTables(versions, store=Path(tmp) / key)
            return CorpusTables(versions, **{k: lazy.frame(k) for k in TABLE_NAMES})
    where = default_cache_dir(corpus_dir) / key
    cached = build_store(documents, where, **run)
    return CorpusTables(versions, cached=cached, store=where)


def _resolve_version(corpus, version: str | None) -> tuple[str, str]:
    if version is None:
        version = corpus.latest_release() or "working"
    if version == "working":
        # An unreleased corpus is identified by its metadata table, which
        # holds the sha256 of every text.
        return "working", hashlib.sha256(corpus.metadata().to_csv(index=False).encode()).hexdigest()
    return version, corpus.manifest_sha256(version)


def _document_count(corpus, version: str) -> int:
    if version == "working":
        return len(corpus.metadata())
    return len(corpus.manifest(version)["documents"])


__all__ = ["CorpusTables", "corpus_tables", "annotation_rows", "document_row", "item_frame",
           "document_frame", "empty_frame", "table_columns", "table_dtypes", "COLUMNS",
           "DOCUMENT_COLUMNS", "ITEM_DOCUMENT_COLUMNS", "RECORDS", "TABLE_NAMES"]
