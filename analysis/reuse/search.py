"""Text reuse across documents: clusters, the reuse table, the framing-edit table.

:func:`find_reuse` runs the whole search on any documents; the researcher's
entry point is :meth:`analysis.Corpus.reuse` (through :func:`corpus_reuse`,
which caches a version's signatures beside the corpus).

Only documents in a cluster are aligned and annotated (one
:class:`analysis.annotate.Pipeline` per process), never the whole corpus.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable, Iterable

import pandas as pd

from analysis import __version__
from analysis.errors import AnalysisError
from analysis.reuse.align import align
from analysis.reuse.clusters import ORIGIN_BASIS, Clustering, find_clusters
from analysis.reuse.edits import EDIT_COLUMNS, framing_edits
from analysis.reuse.shingles import ReuseParams
from analysis.reuse.signatures import Signatures

REUSE_COLUMNS = ["doc_a", "doc_b", "jaccard", "containment", "containment_b_in_a", "cluster",
                 "n_changed_tokens", "outlet_a", "outlet_b", "published_a", "published_b"]
METHOD = ("MinHash LSH (datasketch) over word shingles of the normalized text; candidates verified "
          "by exact Jaccard; clusters = connected components of verified pairs; copies aligned by "
          "rapidfuzz Levenshtein opcodes over tokens")


@dataclass(frozen=True)
class ReuseResult:
    """The result of a reuse search.

    Attributes:
        versions: What made it: corpus version (when from a corpus), package,
            ``reuse`` (threshold, shingle, num_perm, seed, origin basis, method)
            and, with edits, the pipeline's data-file versions.
        pairs: The reuse table, one row per verified pair (``REUSE_COLUMNS``):
            ``doc_a`` precedes ``doc_b`` in origin order; ``containment`` is
            the share of ``doc_a``'s shingles in ``doc_b`` (``doc_a`` inside
            ``doc_b``), ``containment_b_in_a`` the converse;
            ``n_changed_tokens`` counts tokens replaced, deleted or inserted.
        clusters: One row per clustered document (see
            :data:`analysis.reuse.clusters.CLUSTER_COLUMNS`), with its inferred origin.
        edits: The framing-edit table (:data:`analysis.reuse.edits.EDIT_COLUMNS`),
            or ``None`` when edits were not asked for.
        n_documents: Documents searched.
        n_candidates: LSH candidate pairs before verification.
    """

    versions: dict[str, Any]
    pairs: pd.DataFrame
    clusters: pd.DataFrame
    edits: pd.DataFrame | None
    n_documents: int
    n_candidates: int

    def kept(self, doc_ids: Iterable[str]) -> list[str]:
        """``doc_ids`` with one document per cluster: the earliest (origin order) among them.

        Documents in no cluster are all kept; order is preserved.

        Example:
            >>> c = pd.DataFrame({"doc_id": ["b", "a", "c"], "cluster": [1, 1, 2]})
            >>> ReuseResult({}, pd.DataFrame(), c, None, 3, 1).kept(["a", "b", "c", "d"])
            ['b', 'c', 'd']
        """
        ids = list(doc_ids)
        wanted = set(ids)
        rank = {d: n for n, d in enumerate(self.clusters["doc_id"])}
        cluster_of = dict(zip(self.clusters["doc_id"], self.clusters["cluster"]))
        first: dict[int, str] = {}
        for doc_id in sorted((d for d in wanted if d in cluster_of), key=rank.__getitem__):
            first.setdefault(cluster_of[doc_id], doc_id)
        keep = set(first.values())
        return [d for d in ids if d not in cluster_of or d in keep]


def find_reuse(
    documents: Iterable[Any] | Signatures,
    *,
    params: ReuseParams | None = None,
    texts: Callable[[set[str]], dict[str, str]] | None = None,
    edits: bool = True,
    pipeline_options: dict | None = None,
    versions: dict | None = None,
    workers: int | None = None,
) -> ReuseResult:
    """Cluster near-duplicates, align each verified pair, and list the framing edits.

    Args:
        documents: ``Document`` objects, ``(doc_id, text, outlet, published)``
            tuples, or precomputed :class:`Signatures` (then ``texts`` is required).
        params: Threshold, shingle size, permutations.
        texts: Returns the texts of the given doc ids (for alignment); default:
            the texts of ``documents`` kept in memory.
        edits: Annotate the clustered documents and compute the framing edits.
        pipeline_options: ``lexicon_paths``, ``actors_path``, ``cues_path``,
            ``backend`` for :meth:`analysis.annotate.Pipeline.load`.
        versions: Extra provenance (e.g. the corpus version).
        workers: Processes (signatures, annotation); results do not depend on it.

    Example:
        >>> text = "أعلنت وزارة الدفاع أن المعارك مع الانفصاليين أسفرت عن مقتل 32 شخصا على الأقل في الإقليم أمس"  # synthetic
        >>> copy = text.replace("32", "27")
        >>> r = find_reuse([("a", text, "was", "2015-07-21"), ("b", copy, "okaz", "2015-07-22")],
        ...                params=ReuseParams(threshold=0.3), pipeline_options={"backend": "rules"})
        >>> r.pairs[["doc_a", "doc_b", "n_changed_tokens"]].values.tolist()
        [['a', 'b', 2]]
        >>> r.edits[["kind", "text_a", "text_b"]].values.tolist()
        [['casualty_changed', '32 شخصا', '27 شخصا']]
    """
    params = params or ReuseParams()
    if texts is None:
        if isinstance(documents, Signatures):
            raise AnalysisError("find_reuse with signatures needs texts= (they hold no text)")
        documents = list(documents)
        kept = {d[0] if isinstance(d, tuple) else d.doc_id: d[1] if isinstance(d, tuple) else d.text
                for d in documents}
        texts = lambda ids: {i: kept[i] for i in ids}  # noqa: E731
    clustering = find_clusters(documents, params, workers=workers)
    options = dict(pipeline_options or {})
    tasks = _tasks(clustering, texts)
    results = _run(tasks, options if edits else None, workers)
    changed = {}
    edit_rows: list[dict] = []
    for counts, rows in results:
        changed.update(counts)
        edit_rows.extend(rows)
    pairs = clustering.pairs.copy()
    pairs["n_changed_tokens"] = [changed[(a, b)] for a, b in zip(pairs["doc_a"], pairs["doc_b"])]
    pairs = pairs[REUSE_COLUMNS]
    made = {**(versions or {}), "package": __version__,
            "reuse": {**params.as_dict(), "origin_basis": ORIGIN_BASIS, "origin_inferred": True,
                      "method": METHOD, **_library_versions()}}
    if edits:
        from analysis.annotate import Pipeline

        made.update({k: v for k, v in Pipeline.load(**options).versions.items() if k != "package"})
    edit_frame = pd.DataFrame(edit_rows, columns=EDIT_COLUMNS) if edits else None
    return ReuseResult(made, pairs, clustering.clusters, edit_frame, clustering.n_documents,
                       clustering.n_candidates)


def _tasks(clustering: Clustering, texts) -> list[tuple]:
    members = clustering.clusters.groupby("cluster", sort=True)["doc_id"].apply(list)
    pairs = clustering.pairs.groupby("cluster", sort=True)
    wanted = set(clustering.clusters["doc_id"])
    found = texts(wanted) if wanted else {}
    return [(int(c), {d: found[d] for d in members[c]},
             list(zip(group["doc_a"], group["doc_b"]))) for c, group in pairs]


_WORKER_OPTIONS: dict | None = None
_WORKER_PIPELINE = None


def _init(options: dict | None) -> None:
    global _WORKER_OPTIONS, _WORKER_PIPELINE
    _WORKER_OPTIONS, _WORKER_PIPELINE = options, None


def _run(tasks: list[tuple], options: dict | None, workers: int | None) -> list:
    if workers is None:
        workers = min(2, os.cpu_count() or 1) if len(tasks) > 50 and options is not None else 1
    if workers <= 1:
        _init(options)
        return [_cluster_edits(t) for t in tasks]
    with ProcessPoolExecutor(workers, initializer=_init, initargs=(options,)) as pool:
        return list(pool.map(_cluster_edits, tasks, chunksize=8))


def _cluster_edits(task: tuple) -> tuple[dict, list[dict]]:
    """Align (and, with a pipeline, annotate and compare) one cluster's pairs."""
    global _WORKER_PIPELINE
    cluster, texts, pairs = task
    if _WORKER_OPTIONS is None:
        from analysis.text import tokenize

        tokens = {d: tokenize(t) for d, t in texts.items()}
        return {(a, b): align(tokens[a], tokens[b]).n_changed_tokens for a, b in pairs}, []
    from analysis.annotate import Pipeline, annotate

    if _WORKER_PIPELINE is None:
        _WORKER_PIPELINE = Pipeline.load(**_WORKER_OPTIONS)
    annotations = {d: annotate(t, doc_id=d, pipeline=_WORKER_PIPELINE) for d, t in texts.items()}
    counts, rows = {}, []
    for a, b in pairs:
        alignment = align(annotations[a].tokens, annotations[b].tokens)
        counts[(a, b)] = alignment.n_changed_tokens
        rows.extend(framing_edits(annotations[a], annotations[b], cluster=cluster, alignment=alignment))
    return counts, rows


def _library_versions() -> dict[str, str]:
    from importlib.metadata import version

    return {"datasketch": version("datasketch"), "rapidfuzz": version("rapidfuzz")}


__all__ = ["METHOD", "REUSE_COLUMNS", "ReuseResult", "find_reuse"]
