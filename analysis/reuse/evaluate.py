"""LSH against brute force: every pair's exact Jaccard, for recall and precision.

:func:`exact_pairs` computes the exact Jaccard similarity of *all* pairs of a
(small) set of signatures with one sparse matrix product (documents x
shingles, scipy), the ground truth that :func:`lsh_accuracy` compares a
:class:`~analysis.reuse.clusters.Clustering` with. Quadratic in the worst
case: for samples of a few thousand documents (tests, benchmarks), not corpora.
"""

from __future__ import annotations

import numpy as np

from analysis.reuse.clusters import Clustering
from analysis.reuse.signatures import Signatures


def exact_pairs(signatures: Signatures, threshold: float) -> dict[tuple[str, str], float]:
    """Every pair (doc ids sorted) with exact Jaccard >= ``threshold``, and its Jaccard.

    Example:
        >>> from analysis.reuse.shingles import ReuseParams
        >>> from analysis.reuse.signatures import compute_signatures
        >>> s = compute_signatures([("a", "و1 و2 و3 و4", "", ""), ("b", "و1 و2 و3 و5", "", ""),
        ...                         ("c", "ي1 ي2", "", "")], ReuseParams(shingle=2))  # synthetic
        >>> exact_pairs(s, 0.5)
        {('a', 'b'): 0.5}
    """
    from scipy.sparse import csr_matrix

    n = len(signatures)
    sizes = np.diff(signatures.offsets)
    _, columns = np.unique(signatures.ids, return_inverse=True)
    rows = np.repeat(np.arange(n), sizes)
    matrix = csr_matrix((np.ones(len(columns), dtype=np.int32), (rows, columns)),
                        shape=(n, int(columns.max()) + 1 if len(columns) else 0))
    common = (matrix @ matrix.T).tocoo()
    upper = common.row < common.col
    i, j, inter = common.row[upper], common.col[upper], common.data[upper]
    jaccard = inter / (sizes[i] + sizes[j] - inter)
    keep = jaccard >= threshold
    ids = [d.doc_id for d in signatures.infos]
    return {tuple(sorted((ids[a], ids[b]))): float(s) for a, b, s in zip(i[keep], j[keep], jaccard[keep])}


def lsh_accuracy(clustering: Clustering, signatures: Signatures, *, at: float = 0.7) -> dict[str, float]:
    """Recall of the pairs with exact Jaccard >= ``at``, and precision at the clustering's threshold.

    Returns:
        ``recall`` (share of brute-force pairs >= ``at`` that the LSH search
        reported), ``precision`` (share of reported pairs whose brute-force
        Jaccard reaches the threshold), ``true_pairs`` (brute force, >= ``at``),
        ``reported_pairs``, ``threshold``, ``at``.
    """
    threshold = clustering.params.threshold
    truth = exact_pairs(signatures, min(at, threshold))
    reported = {tuple(sorted(p)) for p in zip(clustering.pairs["doc_a"], clustering.pairs["doc_b"])}
    wanted = {p for p, s in truth.items() if s >= at}
    correct = {p for p in reported if truth.get(p, 0.0) >= threshold}
    return {
        "recall": len(wanted & reported) / len(wanted) if wanted else 1.0,
        "precision": len(correct) / len(reported) if reported else 1.0,
        "true_pairs": len(wanted), "reported_pairs": len(reported), "threshold": threshold, "at": at,
    }


__all__ = ["exact_pairs", "lsh_accuracy"]
