"""Clusters: LSH candidates verified by exact Jaccard, components, inferred origins."""

from __future__ import annotations

import pytest

from analysis.reuse.clusters import ORIGIN_BASIS, components, find_clusters
from analysis.reuse.shingles import ReuseParams

# synthetic: a base story; copies differ from it by a few words at the end.
BASE = ("أعلنت وزارة الداخلية اليوم أن قوات الأمن أحبطت محاولة تهريب كمية كبيرة من الأسلحة عبر الحدود "
        "الجنوبية وألقت القبض على خمسة أشخاص يشتبه في تورطهم في العملية")  # synthetic
UNRELATED = "هطلت أمطار غزيرة على المناطق الشمالية وتوقعت الأرصاد استمرار الطقس البارد حتى نهاية الأسبوع"  # synthetic


def _docs(rows):
    return [(doc_id, text, outlet, published) for doc_id, text, outlet, published in rows]


@pytest.mark.parametrize("members, origin", [
    ([("a", "was", "2015-07-21"), ("b", "okaz", "2015-07-22")], "a"),          # earliest wins
    ([("a", "was", "2015-07-22"), ("b", "okaz", "2015-07-21")], "b"),
    ([("a", "was", "2015-07-21"), ("b", "okaz", "2015-07-21")], "b"),          # tie: outlet name
    ([("a", "okaz", "2015-07-21"), ("b", "okaz", "2015-07-21")], "a"),         # then doc_id
    ([("a", "aawsat", ""), ("b", "was", "2015-07-25")], "b"),                  # undated last
])
def test_origin_is_earliest_published_then_outlet_name(members, origin):
    texts = [BASE, BASE + " مساء"]  # synthetic
    docs = [(doc_id, texts[n], outlet, published) for n, (doc_id, outlet, published) in enumerate(members)]
    result = find_clusters(docs, ReuseParams(threshold=0.5))
    assert result.clusters["origin"].unique().tolist() == [origin]
    assert result.clusters.set_index("doc_id")["is_origin"].to_dict() == {d: d == origin for d, _, _ in members}
    assert result.clusters["origin_basis"].unique().tolist() == [ORIGIN_BASIS]
    assert result.clusters["origin_inferred"].all()
    assert result.pairs["doc_a"].tolist() == [origin]


def test_clusters_are_connected_components_of_verified_pairs():
    # synthetic: five 10-word segments; a = S0 S1 S2, b = S1 S2 S3, c = S2 S3 S4, so a-b and
    # b-c share two segments (Jaccard 0.47 on 3-shingles) and a-c one (0.17).
    segments = [" ".join(f"كلمة{s}ب{w}" for w in range(10)) for s in range(5)]
    chain = [" ".join(segments[i:i + 3]) for i in (0, 1, 2)]
    docs = _docs([("a", chain[0], "x", "2015-07-21"), ("b", chain[1], "y", "2015-07-22"),
                  ("c", chain[2], "z", "2015-07-23"), ("u", UNRELATED, "x", "2015-07-21")])
    result = find_clusters(docs, ReuseParams(threshold=0.4, shingle=3))
    pairs = set(zip(result.pairs["doc_a"], result.pairs["doc_b"]))
    assert ("a", "b") in pairs and ("b", "c") in pairs and ("a", "c") not in pairs
    assert set(result.clusters["doc_id"]) == {"a", "b", "c"}
    assert result.clusters["cluster"].nunique() == 1 and (result.clusters["size"] == 3).all()


def test_every_reported_pair_reaches_the_threshold():
    docs = _docs([(f"d{n}", BASE + " " + " ".join(["إضافة"] * n), "x", f"2015-07-{10 + n}")
                  for n in range(8)] + [("u", UNRELATED, "x", "2015-07-01")])
    result = find_clusters(docs, ReuseParams(threshold=0.6))
    assert len(result.pairs) and (result.pairs["jaccard"] >= 0.6).all()
    assert "u" not in set(result.clusters["doc_id"])


def test_containment_is_reported_separately_from_similarity():
    longer = BASE + " " + UNRELATED  # an outlet adds a paragraph
    result = find_clusters(_docs([("wire", BASE, "was", "2015-07-21"), ("paper", longer, "okaz", "2015-07-22")]),
                           ReuseParams(threshold=0.5))
    row = result.pairs.iloc[0]
    assert (row["doc_a"], row["doc_b"]) == ("wire", "paper")
    assert row["containment"] == 1.0
    assert row["jaccard"] < row["containment"]
    assert row["containment_b_in_a"] == pytest.approx(row["jaccard"])


def test_documents_without_words_are_never_clustered():
    result = find_clusters(_docs([("a", "…", "x", "2015"), ("b", "…", "y", "2015"), ("c", "", "z", "2015")]))
    assert result.pairs.empty and result.clusters.empty and result.n_candidates == 0


def test_same_input_gives_identical_tables():
    docs = _docs([(f"d{n}", BASE + " " + "كلمة " * n, "x", "2015-07-21") for n in range(5)])
    one, two = find_clusters(docs), find_clusters(list(reversed(docs)))
    assert one.pairs.to_csv() == two.pairs.to_csv()
    assert one.clusters.to_csv() == two.clusters.to_csv()


def test_components_of_no_edges_are_singletons():
    assert components(3, []).tolist() == [0, 1, 2]
