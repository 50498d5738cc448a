"""Corpus.reuse and Corpus.tables(dedupe="cluster") on a corpus with one edited copy."""

from __future__ import annotations

import pytest

from analysis import Corpus
from analysis.errors import AnalysisError
from analysis.paths import cache_dir


def test_reuse_finds_the_copy_and_its_three_edits(reuse_corpus):
    result = Corpus(reuse_corpus).reuse("0.1.0", backend="rules")
    assert result.pairs[["doc_a", "doc_b", "cluster"]].values.tolist() == [["c1", "w1", 1]]
    assert result.clusters.set_index("doc_id")["origin"].to_dict() == {"c1": "c1", "w1": "c1"}  # tie: Copier < Wire
    assert sorted(result.edits["kind"]) == ["casualty_changed", "quotedness_changed", "term_only_in_one"]
    reuse = result.versions["reuse"]
    assert (reuse["threshold"], reuse["shingle"], reuse["num_perm"]) == (0.5, 5, 128)
    assert result.versions["corpus"] == "0.1.0" and "lexicons" in result.versions


def test_reuse_parameters_are_recorded(reuse_corpus):
    result = Corpus(reuse_corpus).reuse(threshold=0.9, shingle=3, num_perm=64, edits=False)
    assert result.pairs.empty and result.edits is None
    assert {k: result.versions["reuse"][k] for k in ("threshold", "shingle", "num_perm")} == \
        {"threshold": 0.9, "shingle": 3, "num_perm": 64}


def test_signatures_are_cached_beside_the_corpus_not_inside(reuse_corpus):
    first = Corpus(reuse_corpus).reuse(edits=False)
    cached = list((cache_dir(reuse_corpus) / "reuse").glob("signatures-*.npz"))
    assert len(cached) == 1 and reuse_corpus not in cached[0].parents
    again = Corpus(reuse_corpus).reuse(edits=False)
    assert again.pairs.equals(first.pairs) and again.clusters.equals(first.clusters)


def test_tables_dedupe_cluster_keeps_the_origin(reuse_corpus):
    corpus = Corpus(reuse_corpus)
    full = corpus.tables(backend="rules")
    deduped = corpus.tables(backend="rules", dedupe="cluster")
    assert sorted(full.documents["doc_id"]) == ["c1", "o1", "w1"]
    assert sorted(deduped.documents["doc_id"]) == ["c1", "o1"]
    assert set(deduped.terms["doc_id"]) <= {"c1", "o1"}
    assert deduped.versions["dedupe"]["documents_dropped"] == 1
    assert deduped.versions["dedupe"]["mode"] == "cluster"


def test_dedupe_within_a_selection_keeps_its_earliest_member(reuse_corpus):
    only_wire = Corpus(reuse_corpus).tables(backend="rules", outlet="Wire", dedupe="cluster")
    assert only_wire.documents["doc_id"].tolist() == ["w1"]
    assert only_wire.versions["filters"] == {"outlet": ["Wire"]}


def test_unknown_dedupe_mode_is_an_error(reuse_corpus):
    with pytest.raises(AnalysisError, match="dedupe='story' is not supported"):
        Corpus(reuse_corpus).tables(backend="rules", dedupe="story")
