"""Near-duplicate pairs and clusters: MinHash LSH (datasketch), verified by exact Jaccard.

1. Every document's shingles (:func:`analysis.reuse.shingles.shingle_ids`)
   get a datasketch ``MinHash`` signature; signatures go into a
   ``MinHashLSH`` index at the Jaccard threshold, so only documents that
   share an LSH bucket become candidate pairs (never all pairs).
2. Each candidate pair is verified on the exact shingle sets: it is kept when
   its Jaccard similarity reaches the threshold, so precision against brute
   force is 1 by construction; LSH only costs recall (measured in
   ``tests/reuse`` and ``benchmarks/bench_reuse.py``).
3. Clusters are the connected components of the verified pairs
   (``scipy.sparse.csgraph.connected_components``). A cluster's likely
   origin is its earliest document by ``published``, ties broken by outlet
   name and then doc_id; this is an inference (``origin_inferred``), since a
   publication date says nothing of who wrote the text first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Sequence

import numpy as np
import pandas as pd

from analysis.errors import AnalysisError
from analysis.reuse.shingles import ReuseParams, jaccard
from analysis.reuse.signatures import DocInfo, Signatures, compute_signatures, minhash

ORIGIN_BASIS = "earliest published; ties by outlet name"
PAIR_COLUMNS = ["doc_a", "doc_b", "jaccard", "containment", "containment_b_in_a", "cluster",
                "outlet_a", "outlet_b", "published_a", "published_b", "shingles_a", "shingles_b"]
CLUSTER_COLUMNS = ["doc_id", "cluster", "size", "outlet", "published", "origin", "is_origin",
                   "origin_inferred", "origin_basis"]


@dataclass(frozen=True)
class Clustering:
    """Verified near-duplicate pairs and their clusters.

    Attributes:
        params: The :class:`~analysis.reuse.shingles.ReuseParams` used.
        pairs: One row per verified pair (``PAIR_COLUMNS``); ``doc_a`` is the
            earlier of the two in origin order; ``containment`` is the share
            of ``doc_a``'s shingles found in ``doc_b`` (``doc_a`` inside
            ``doc_b``), ``containment_b_in_a`` the converse.
        clusters: One row per document in a cluster of two or more (``CLUSTER_COLUMNS``).
        n_documents: Documents searched.
        n_candidates: Candidate pairs the LSH index proposed (before verification).
    """

    params: ReuseParams
    pairs: pd.DataFrame
    clusters: pd.DataFrame
    n_documents: int
    n_candidates: int


def origin_key(info: DocInfo) -> tuple:
    """Sort key of origin order: published (missing last), outlet name, doc_id.

    Example:
        >>> sorted([DocInfo("b", "okaz", "2015-07-21"), DocInfo("a", "was", "2015-07-21"),
        ...         DocInfo("c", "aawsat", "")], key=origin_key)[0].doc_id
        'b'
    """
    return (not info.published, info.published or "", info.outlet or "", info.doc_id)


def find_clusters(documents: Iterable[Any] | Signatures, params: ReuseParams | None = None, *,
                  workers: int | None = None) -> Clustering:
    """Cluster near-duplicate documents.

    Args:
        documents: :class:`analysis.corpus.Document` objects (``doc_id``,
            ``text``, ``meta`` with ``outlet`` and ``published``),
            ``(doc_id, text, outlet, published)`` tuples, or their
            :class:`~analysis.reuse.signatures.Signatures` computed before.
        params: Threshold, shingle size, permutations (default :class:`ReuseParams`);
            with signatures, only the threshold may differ from theirs.
        workers: Processes computing shingles and signatures (see
            :func:`~analysis.reuse.signatures.compute_signatures`). Results do not depend on it.

    Returns:
        The :class:`Clustering`.

    Example:
        >>> text = "أعلنت وزارة الدفاع اليوم أن القوات سيطرت على المدينة بعد معارك عنيفة استمرت يومين"  # synthetic
        >>> c = find_clusters([("d1", text, "was", "2015-07-21"),
        ...                    ("d2", text + " وفق مصادر محلية", "okaz", "2015-07-21"),
        ...                    ("d3", "خبر آخر تماما لا علاقة له بما سبق من كلام", "was", "2015-07-22")])
        >>> c.pairs[["doc_a", "doc_b", "jaccard", "containment", "containment_b_in_a"]].round(2).values.tolist()
        [['d2', 'd1', 0.77, 0.77, 1.0]]
        >>> c.clusters[["doc_id", "origin", "is_origin"]].values.tolist()
        [['d2', 'd2', True], ['d1', 'd2', False]]
    """
    from datasketch import MinHashLSH

    params = params or ReuseParams()
    if isinstance(documents, Signatures):
        signatures = documents
        if (signatures.params.shingle, signatures.params.num_perm, signatures.params.seed) != \
                (params.shingle, params.num_perm, params.seed):
            raise AnalysisError("these signatures were computed with other shingle/num_perm/seed")
    else:
        signatures = compute_signatures(documents, params, workers=workers)
    lsh = MinHashLSH(threshold=params.threshold, num_perm=params.num_perm)
    signed = [(i, minhash(params, values=signatures.values[i]))
              for i in range(len(signatures)) if signatures.n_shingles(i)]
    with lsh.insertion_session() as session:
        for i, sketch in signed:
            session.insert(i, sketch, check_duplication=False)
    candidates = set()
    for i, sketch in signed:
        found = lsh.query(sketch)
        candidates.update((i, j) if i < j else (j, i) for j in found if j != i)
    verified = []
    for i, j in sorted(candidates):
        score, common = jaccard(signatures.shingles(i), signatures.shingles(j))
        if score >= params.threshold:
            verified.append((i, j, score, common))
    pairs, clusters = _tables(verified, signatures)
    return Clustering(params, pairs, clusters, len(signatures), len(candidates))


def components(n: int, edges: Sequence[tuple[int, int]]) -> np.ndarray:
    """Connected-component label of each of ``n`` nodes (scipy.sparse.csgraph).

    Example:
        >>> components(6, [(0, 1), (3, 4), (1, 2)]).tolist()
        [0, 0, 0, 1, 1, 2]
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    if not edges:
        return np.arange(n)
    rows, cols = np.array(edges, dtype=np.int64).T
    graph = coo_matrix((np.ones(len(rows), dtype=np.int8), (rows, cols)), shape=(n, n))
    return connected_components(graph, directed=False)[1]


def _tables(verified, signatures: Signatures) -> tuple[pd.DataFrame, pd.DataFrame]:
    infos = signatures.infos
    labels = components(len(infos), [(i, j) for i, j, _, _ in verified])
    members: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        members.setdefault(int(label), []).append(i)
    groups = [sorted(m, key=lambda i: origin_key(infos[i])) for m in members.values() if len(m) > 1]
    groups.sort(key=lambda m: origin_key(infos[m[0]]))
    cluster_of, rows = {}, []
    for number, group in enumerate(groups, start=1):
        origin = infos[group[0]].doc_id
        for i in group:
            cluster_of[i] = number
            info = infos[i]
            rows.append((info.doc_id, number, len(group), info.outlet, info.published, origin,
                         info.doc_id == origin, True, ORIGIN_BASIS))
    clusters = pd.DataFrame(rows, columns=CLUSTER_COLUMNS)
    pair_rows = []
    for i, j, score, common in verified:
        a, b = sorted((i, j), key=lambda k: origin_key(infos[k]))
        pair_rows.append((infos[a].doc_id, infos[b].doc_id, score, common / signatures.n_shingles(a),
                          common / signatures.n_shingles(b), cluster_of[a], infos[a].outlet, infos[b].outlet,
                          infos[a].published, infos[b].published, signatures.n_shingles(a),
                          signatures.n_shingles(b)))
    pairs = pd.DataFrame(pair_rows, columns=PAIR_COLUMNS)
    if len(pairs):
        pairs = pairs.sort_values(["cluster", "doc_a", "doc_b"], kind="mergesort").reset_index(drop=True)
    return pairs, clusters


__all__ = ["Clustering", "DocInfo", "ORIGIN_BASIS", "PAIR_COLUMNS", "CLUSTER_COLUMNS",
           "components", "find_clusters", "origin_key"]
