"""build_store / corpus_tables: shards give the one-pass tables, whatever the shard size or worker count."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.errors import AnalysisError
from analysis.store import StoreLayout, build_store
from analysis.tables import TABLE_NAMES, corpus_tables
from tests.store.conftest import assert_same_tables, one_pass_tables


@pytest.mark.parametrize("shard_size, workers", [(500, 1), (1, 1), (4, 2), (5, 3)])
def test_store_gives_the_one_pass_tables(small_corpus, shard_size, workers):
    tables = corpus_tables(small_corpus, "working", progress=False, backend="rules",
                           shard_size=shard_size, workers=workers)
    assert not tables.cached
    assert_same_tables(tables, one_pass_tables(small_corpus, None))
    n_shards = -(-13 // shard_size)
    assert sorted(StoreLayout(tables.store).done_shards()) == list(range(n_shards))
    assert len(list((tables.store / "casualties").glob("part-*.parquet"))) == n_shards


@pytest.mark.shared
def test_store_gives_the_one_pass_tables_on_saudinewsnet(snn_sample):
    tables = corpus_tables(snn_sample, "0.1.0", progress=False, backend="rules", shard_size=17, workers=2)
    reference = one_pass_tables(snn_sample, "0.1.0")
    assert len(reference["documents"]) > 100 and len(reference["casualties"]) > 10
    assert_same_tables(tables, reference)


def test_second_call_reads_the_complete_store(small_corpus):
    first = corpus_tables(small_corpus, "working", progress=False, backend="rules", shard_size=3)
    second = corpus_tables(small_corpus, "working", progress=False, backend="rules", shard_size=3)
    assert not first.cached and second.cached and first.store == second.store
    assert_same_tables(first, second)


def test_tables_load_on_first_use(small_corpus):
    corpus_tables(small_corpus, "working", progress=False, backend="rules", shard_size=4)
    tables = corpus_tables(small_corpus, "working", progress=False, backend="rules")
    assert tables.cached and all(v is None for v in tables._frames.values())
    assert len(tables.quotes) and tables._frames["quotes"] is tables.quotes
    assert tables._frames["terms"] is None


def test_item_tables_carry_the_document_columns(small_corpus):
    tables = corpus_tables(small_corpus, "working", progress=False, backend="rules", shard_size=5)
    documents = tables.documents.set_index("doc_id")
    for kind in ("terms", "actors", "quotes", "casualties"):
        frame = tables.frame(kind)
        assert len(frame), kind
        for column in ("outlet", "published", "date_precision", "title"):
            expected = documents.loc[frame["doc_id"], column].reset_index(drop=True)
            pd.testing.assert_series_equal(frame[column], expected, check_names=False, obj=f"{kind}.{column}")


def test_for_doc_reads_only_that_document(small_corpus):
    tables = corpus_tables(small_corpus, "working", progress=False, backend="rules", shard_size=4)
    lazy = corpus_tables(small_corpus, "working", progress=False, backend="rules")
    one = lazy.for_doc("syn005")
    assert lazy._frames["casualties"] is None  # read through a filter, not by loading the table
    for kind in TABLE_NAMES:
        full = tables.frame(kind)
        pd.testing.assert_frame_equal(one.frame(kind), full[full.doc_id == "syn005"].reset_index(drop=True))
    assert len(one.casualties)


def test_a_corpus_without_documents_has_typed_empty_tables(tmp_path):
    where = tmp_path / "store"
    assert build_store([], where, versions={}, options={"backend": "rules"}, progress=False) is False
    assert StoreLayout(where).is_complete()


@pytest.mark.parametrize("kwargs, message", [
    ({"engine": "spark"}, "unknown engine"),
    ({"scheduler": "tcp://x:1"}, "needs --engine dask"),
    ({"workers": 0}, "at least 1"),
    ({"shard_size": 0}, "at least 1"),
])
def test_bad_run_options_are_one_line_errors(tmp_path, kwargs, message):
    with pytest.raises(AnalysisError, match=message):
        build_store([], tmp_path / "s", versions={}, options={"backend": "rules"}, progress=False, **kwargs)
