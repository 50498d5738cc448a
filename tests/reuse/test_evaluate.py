"""LSH recall and precision against brute-force exact Jaccard."""

from __future__ import annotations

import pytest

from analysis.reuse import ReuseParams, find_clusters
from analysis.reuse.evaluate import exact_pairs, lsh_accuracy
from analysis.reuse.signatures import compute_signatures
from tests.reuse.conftest import saudinewsnet_sample


def test_exact_pairs_match_pairwise_jaccard():
    # synthetic: numbered words make every shingle distinct and overlaps exact.
    docs = [(f"d{n}", " ".join(f"ك{w}" for w in range(n, n + 20)), "x", "2015") for n in range(0, 12, 2)]
    signatures = compute_signatures(docs, ReuseParams(shingle=2))
    found = exact_pairs(signatures, 0.0)
    for (a, b), score in found.items():
        i, j = int(a[1:]), int(b[1:])
        shared = max(0, 19 - abs(i - j))
        assert score == pytest.approx(shared / (38 - shared))
    assert len(found) == sum(1 for i in range(0, 12, 2) for j in range(i + 2, 12, 2) if j - i < 19)


@pytest.mark.shared
@pytest.mark.slow
def test_lsh_recall_against_brute_force_on_saudinewsnet(saudinewsnet_dir):
    """Two SaudiNewsNet days: recall >= 0.95 of pairs with Jaccard >= 0.7, precision 1.0."""
    docs = saudinewsnet_sample(saudinewsnet_dir, ["2015-07-23", "2015-07-24"])
    params = ReuseParams()
    signatures = compute_signatures(docs, params)
    accuracy = lsh_accuracy(find_clusters(signatures, params), signatures, at=0.7)
    assert accuracy["true_pairs"] > 20  # the sample holds wire copies to find
    assert accuracy["recall"] >= 0.95, accuracy
    assert accuracy["precision"] == 1.0, accuracy
