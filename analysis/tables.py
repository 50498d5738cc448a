"""Corpus-wide DataFrames: one row per item, ``doc_id, start, end`` on every row.

:func:`corpus_tables` annotates every document of a corpus version and returns
a :class:`CorpusTables`. Results are cached as Parquet under
:func:`analysis.paths.cache_dir`, keyed by the corpus manifest, the package
version and the content of every data file, so a cache can never answer for
different inputs.

Columns (in this order; stage-specific extras may follow):

``documents``
    doc_id, title, outlet, url, published, date_precision, date_source,
    n_chars, n_tokens, n_sentences
``terms``
    doc_id, start, end, text, key, lemma, clitics, sentence, voice, quoted,
    scare_quote, so_called, attributed_to, target
``actors``
    doc_id, start, end, text, actor, alias, labels, sentence
``quotes``
    doc_id, start, end, speaker, speaker_text, cue, kind, content_start,
    content_end, sentence
``casualties``
    doc_id, start, end, text, category, value, low, high, hedge, group,
    parent, source, perpetrator, cause, agency, sentence

List-valued fields (``clitics``, ``labels``) are joined with ``|`` so that
every table is flat and writes identically to CSV and Parquet.
"""

from __future__ import annotations

import hashlib
import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import pandas as pd

from analysis.paths import cache_dir as default_cache_dir

DOCUMENT_COLUMNS = [
    "doc_id", "title", "outlet", "url", "published", "date_precision", "date_source",
    "n_chars", "n_tokens", "n_sentences",
]
COLUMNS = {
    "terms": ["doc_id", "start", "end", "text", "key", "lemma", "clitics", "sentence", "voice",
              "quoted", "scare_quote", "so_called", "attributed_to", "target"],
    "actors": ["doc_id", "start", "end", "text", "actor", "alias", "labels", "sentence"],
    "quotes": ["doc_id", "start", "end", "speaker", "speaker_text", "cue", "kind",
               "content_start", "content_end", "sentence"],
    "casualties": ["doc_id", "start", "end", "text", "category", "value", "low", "high", "hedge",
                   "group", "parent", "source", "perpetrator", "cause", "agency", "sentence"],
}
ITEM_KINDS = tuple(COLUMNS)
_CACHE_FORMAT = 2  # bump when the table layout or dtypes change


@dataclass
class CorpusTables:
    """The corpus-wide tables for one corpus version.

    Attributes:
        versions: corpus version and manifest sha256, package, lexicon and
            actor-registry versions, morphology backend.
        documents, terms, actors, quotes, casualties: DataFrames, columns as
            in the module docstring.
    """

    versions: dict[str, Any]
    documents: pd.DataFrame
    terms: pd.DataFrame
    actors: pd.DataFrame
    quotes: pd.DataFrame
    casualties: pd.DataFrame
    cached: bool = field(default=False, compare=False)

    def frame(self, kind: str) -> pd.DataFrame:
        """The table named ``kind`` (``documents``, ``terms``, ``actors``, ...)."""
        return getattr(self, kind)

    def for_doc(self, doc_id: str) -> "CorpusTables":
        """The same tables restricted to one document."""
        return CorpusTables(
            self.versions,
            **{k: self.frame(k)[self.frame(k)["doc_id"] == doc_id].reset_index(drop=True)
               for k in ("documents", *ITEM_KINDS)},
        )


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
) -> CorpusTables:
    """Annotate a corpus version and return its tables.

    Args:
        corpus_dir: The corpus folder.
        version: A release (``"0.1.0"``); ``None`` means the latest release,
            or the working tree (version ``"working"``) when there is none.
        progress: Show a progress bar on stderr while annotating.
        cache: Read and write the Parquet cache.
        lexicon_paths, actors_path, cues_path, backend: As for
            :meth:`analysis.annotate.Pipeline.load`.
        workers: Processes for annotation; ``None`` uses up to two for corpora
            above 200 documents. Output does not depend on it.

    Returns:
        The :class:`CorpusTables`.

    Example:
        >>> t = corpus_tables("corpus", progress=False, backend="rules")  # doctest: +SKIP
        >>> t.versions["corpus"]  # doctest: +SKIP
        '0.1.0'
    """
    from analysis.annotate import Pipeline
    from analysis.corpus import CorpusStore

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
    versions = {"corpus": version, "corpus_manifest_sha256": manifest_sha, **pipeline.versions}
    key = hashlib.sha256(
        json.dumps([_CACHE_FORMAT, versions], sort_keys=True).encode()
    ).hexdigest()[:20]
    where = default_cache_dir(corpus_dir) / key
    if cache and (where / "versions.json").exists():
        return _read_cache(where)

    documents = list(corpus.documents(None if version == "working" else version))
    rows: dict[str, list[dict]] = {k: [] for k in ITEM_KINDS}
    doc_rows = []
    for doc, result in _annotate_all(documents, options, pipeline, progress, workers):
        doc_rows.append(_document_row(doc, result["n_tokens"], result["n_sentences"]))
        for kind in ITEM_KINDS:
            rows[kind].extend(result[kind])

    tables = CorpusTables(
        versions=versions,
        documents=_frame(doc_rows, DOCUMENT_COLUMNS, sort=["doc_id"]),
        **{k: _frame(rows[k], COLUMNS[k]) for k in ITEM_KINDS},
    )
    if cache:
        _write_cache(where, tables)
    return tables


def annotation_rows(annotation) -> dict[str, Any]:
    """Flatten one :class:`analysis.annotate.Annotation` into table rows.

    Returns:
        ``{"n_tokens": int, "n_sentences": int, "terms": [...], "actors": [...],
        "quotes": [...], "casualties": [...]}`` where each row is a flat dict
        with ``doc_id`` and the index of the sentence holding ``start``.
    """
    data = annotation.to_dict()
    out: dict[str, Any] = {"n_tokens": data["tokens"], "n_sentences": len(data["sentences"])}
    for kind in ITEM_KINDS:
        items = []
        for item in data[kind]:
            row = {"doc_id": annotation.doc_id}
            for name, value in item.items():
                if name == "doc_id":
                    continue
                row[name] = "|".join(map(str, value)) if isinstance(value, list) else value
            row["sentence"] = annotation.sentence_of(row["start"])
            items.append(row)
        out[kind] = items
    return out


def item_frame(kind: str, rows: list[dict]) -> pd.DataFrame:
    """Rows of one item kind (from :func:`annotation_rows`) as a table with the columns above.

    Example:
        >>> list(item_frame("quotes", []).columns[:4])
        ['doc_id', 'start', 'end', 'speaker']
    """
    return _frame(rows, COLUMNS[kind])


# -- internals ---------------------------------------------------------------

_WORKER_PIPELINE = None


def _worker_init(options: dict) -> None:
    global _WORKER_PIPELINE
    from analysis.annotate import Pipeline

    _WORKER_PIPELINE = Pipeline.load(**options)


def _worker_annotate(doc_id: str, text: str) -> dict[str, Any]:
    from analysis.annotate import annotate

    return annotation_rows(annotate(text, doc_id=doc_id, pipeline=_WORKER_PIPELINE))


def _annotate_all(documents, options, pipeline, progress, workers) -> Iterator[tuple[Any, dict]]:
    from tqdm import tqdm

    from analysis.annotate import annotate

    if workers is None:
        workers = min(2, os.cpu_count() or 1) if len(documents) > 200 else 1
    bar = tqdm(total=len(documents), desc="annotating", unit="doc", disable=not progress)
    try:
        if workers <= 1:
            for doc in documents:
                yield doc, annotation_rows(annotate(doc.text, doc_id=doc.doc_id, pipeline=pipeline))
                bar.update()
            return
        with ProcessPoolExecutor(workers, initializer=_worker_init, initargs=(options,)) as pool:
            results = pool.map(
                _worker_annotate, [d.doc_id for d in documents], [d.text for d in documents],
                chunksize=32,
            )
            for doc, result in zip(documents, results):
                yield doc, result
                bar.update()
    finally:
        bar.close()


def _resolve_version(corpus, version: str | None) -> tuple[str, str | None]:
    if version is None:
        version = corpus.latest_release() or "working"
    if version == "working":
        return "working", _working_sha(corpus)
    return version, corpus.manifest_sha256(version)


def _working_sha(corpus) -> str:
    # An unreleased corpus is identified by its metadata table, which holds
    # the sha256 of every text.
    return hashlib.sha256(corpus.metadata().to_csv(index=False).encode()).hexdigest()


def _document_row(doc, n_tokens: int, n_sentences: int) -> dict[str, Any]:
    row = {c: doc.meta.get(c) for c in DOCUMENT_COLUMNS}
    row.update(doc_id=doc.doc_id, n_chars=len(doc.text), n_tokens=n_tokens, n_sentences=n_sentences)
    return row


def _frame(rows: list[dict], columns: list[str], sort: list[str] | None = None) -> pd.DataFrame:
    df = pd.DataFrame(rows)
    for column in columns:
        if column not in df.columns:
            df[column] = pd.Series([None] * len(df), dtype="object")
    extras = sorted(c for c in df.columns if c not in columns)
    df = df[columns + extras]
    for column in df.columns:
        # Offsets and counts with gaps would otherwise become floats (26.0).
        values = df[column]
        if values.dtype.kind == "f" and values.notna().any():
            present = values.dropna()
            if (present == present.round()).all():
                df[column] = values.astype("Int64")
    sort = sort or [c for c in ("doc_id", "start", "end", "key", "category") if c in df.columns]
    if len(df):
        df = df.sort_values(sort, kind="mergesort").reset_index(drop=True)
    return df


def _write_cache(where: Path, tables: CorpusTables) -> None:
    tmp = where.with_name(where.name + f".tmp{os.getpid()}")
    tmp.mkdir(parents=True, exist_ok=True)
    for kind in ("documents", *ITEM_KINDS):
        tables.frame(kind).to_parquet(tmp / f"{kind}.parquet", index=False)
    (tmp / "versions.json").write_text(json.dumps(tables.versions, sort_keys=True, indent=1))
    try:
        os.replace(tmp, where)
    except OSError:  # another process filled the cache first: theirs is equal
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)


def _read_cache(where: Path) -> CorpusTables:
    versions = json.loads((where / "versions.json").read_text())
    frames = {k: pd.read_parquet(where / f"{k}.parquet") for k in ("documents", *ITEM_KINDS)}
    return CorpusTables(versions=versions, cached=True, **frames)


__all__ = ["CorpusTables", "corpus_tables", "annotation_rows", "item_frame", "COLUMNS", "DOCUMENT_COLUMNS"]
