"""Reuse search over a corpus version, with its signatures cached beside the corpus.

Shingling is the slow step (it tokenizes every text), so a version's
:class:`~analysis.reuse.signatures.Signatures` are written once to
``<cache_dir>/reuse/<key>.npz`` (:func:`analysis.paths.cache_dir`; derived
data, never inside the corpus). The key covers the corpus manifest, the
shingle size, permutations and seed, and the code of ``analysis/text`` and
``analysis/reuse``, so a cache never answers for other inputs. The threshold
is not in the key: clustering at another threshold reuses the signatures.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Iterable

from analysis.errors import AnalysisError
from analysis.reuse.search import ReuseResult, find_reuse
from analysis.reuse.shingles import ReuseParams
from analysis.reuse.signatures import Signatures, compute_signatures

_SIGNATURE_FORMAT = 1
DEDUPE_MODES = ("cluster",)


def corpus_reuse(corpus, version: str | None = None, *, params: ReuseParams | None = None,
                 edits: bool = True, pipeline_options: dict | None = None, cache: bool = True,
                 workers: int | None = None, engine: str | None = None,
                 scheduler: str | None = None) -> ReuseResult:
    """:func:`~analysis.reuse.search.find_reuse` over a version of an :class:`analysis.Corpus`.

    ``engine``/``scheduler`` say where signatures are computed (see
    :func:`~analysis.reuse.signatures.compute_signatures`); the clustered
    documents are annotated in local processes.

    Example:
        >>> from analysis import Corpus
        >>> r = corpus_reuse(Corpus("corpus"), cache=False, pipeline_options={"backend": "rules"})
        >>> r.n_documents, len(r.pairs), r.versions["corpus"], r.versions["reuse"]["threshold"]
        (1, 0, '0.1.0', 0.5)
    """
    params = params or ReuseParams()
    resolved = corpus.version(version)
    signatures = corpus_signatures(corpus, resolved, params, cache=cache, workers=workers,
                                   engine=engine or "local", scheduler=scheduler)
    return find_reuse(signatures, params=params, texts=lambda ids: _texts(corpus, resolved, ids),
                      edits=edits, pipeline_options=pipeline_options,
                      versions=corpus.provenance(resolved), workers=workers)


def corpus_signatures(corpus, version: str, params: ReuseParams, *, cache: bool = True,
                      workers: int | None = None, engine: str = "local",
                      scheduler: str | None = None) -> Signatures:
    """The signatures of every document of a resolved version (from the cache when there)."""
    from analysis.outputs import write_bytes

    where = _cache_path(corpus, version, params)
    if cache and where.is_file():
        return Signatures.from_bytes(where.read_bytes())
    store_version = None if version == "working" else version
    signatures = compute_signatures(corpus.store.documents(store_version), params, workers=workers,
                                    engine=engine, scheduler=scheduler)
    if cache:
        write_bytes(where, signatures.to_bytes(), force=True, what="reuse cache")
    return signatures


def dedupe_tables(corpus, version: str, tables, dedupe: Any, *, cache: bool = True):
    """``tables`` keeping one document per reuse cluster (``dedupe="cluster"``).

    Clusters are those of the whole version at the default parameters; among
    the documents ``tables`` holds, each cluster keeps its earliest in origin
    order (the origin, when it is there). ``versions["dedupe"]`` records the
    mode, the parameters and how many documents were dropped.

    Raises:
        AnalysisError: For an unknown mode.
    """
    from analysis.api import restrict

    if dedupe not in DEDUPE_MODES:
        raise AnalysisError(f"dedupe={dedupe!r} is not supported (use one of: {', '.join(DEDUPE_MODES)})")
    result = corpus_reuse(corpus, version, edits=False, cache=cache)
    ids = list(tables.documents["doc_id"])
    kept = result.kept(ids)
    deduped = restrict(tables, kept)
    deduped.versions["dedupe"] = {"mode": dedupe, **result.versions["reuse"],
                                  "documents_before": len(ids), "documents_dropped": len(ids) - len(kept)}
    return deduped


def _texts(corpus, version: str, wanted: Iterable[str]) -> dict[str, str]:
    wanted = set(wanted)
    if not wanted:
        return {}
    store_version = None if version == "working" else version
    return {d.doc_id: d.text for d in corpus.store.documents(store_version) if d.doc_id in wanted}


def _cache_path(corpus, version: str, params: ReuseParams) -> Path:
    from analysis.paths import PACKAGE_DIR, cache_dir
    from analysis.store.codehash import code_sha256

    key = {"format": _SIGNATURE_FORMAT, **corpus.provenance(version), "shingle": params.shingle,
           "num_perm": params.num_perm, "seed": params.seed,
           "code": [code_sha256(PACKAGE_DIR / "text"), code_sha256(PACKAGE_DIR / "reuse")]}
    digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:20]
    return cache_dir(corpus.path) / "reuse" / f"signatures-{digest}.npz"


__all__ = ["DEDUPE_MODES", "corpus_reuse", "corpus_signatures", "dedupe_tables"]
