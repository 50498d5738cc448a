"""Reading the store: DuckDB views over the finished shards, and pyarrow reads with a filter."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.errors import AnalysisError
from analysis.store import StoreLayout, connect, read_table
from analysis.tables import TABLE_NAMES, CorpusTables, corpus_tables


@pytest.fixture()
def tables(small_corpus):
    return corpus_tables(small_corpus, "working", progress=False, backend="rules", shard_size=4)


def _per_outlet(frame: pd.DataFrame) -> dict[str, int]:
    return {k: int(v) for k, v in frame.groupby("outlet").size().items()}


def test_sql_counts_casualties_per_outlet(tables):
    rows = connect(tables.store).sql("SELECT outlet, count(*) FROM casualties GROUP BY 1").fetchall()
    expected = _per_outlet(tables.casualties)
    assert dict(rows) == expected and len(expected) >= 3


def test_every_table_is_a_view_with_the_frames_rows_and_columns(tables):
    con = tables.connect()
    for kind in TABLE_NAMES:
        frame = tables.frame(kind)
        assert [r[0] for r in con.sql(f"DESCRIBE {kind}").fetchall()] == list(frame.columns), kind
        assert con.sql(f"SELECT count(*) FROM {kind}").fetchall() == [(len(frame),)], kind
    joined = con.sql("SELECT d.outlet, sum(c.value) FROM casualties c JOIN documents d USING (doc_id) "
                     "GROUP BY 1 ORDER BY 1").fetchall()
    expected = tables.casualties.groupby("outlet")["value"].sum()
    assert joined == [(k, int(v)) for k, v in expected.items()]


def test_tables_held_in_memory_are_queried_the_same_way(tables):
    in_memory = CorpusTables(tables.versions, **{k: tables.frame(k) for k in TABLE_NAMES})
    query = "SELECT outlet, count(*) FROM casualties GROUP BY 1 ORDER BY 1"
    assert in_memory.connect().sql(query).fetchall() == tables.connect().sql(query).fetchall()


def test_views_leave_out_a_shard_without_its_done_marker(tables):
    expected = tables.documents.doc_id.drop(index=range(4, 8)).tolist()
    StoreLayout(tables.store).marker_path(1).unlink()
    con = connect(tables.store)
    assert [r[0] for r in con.sql("SELECT doc_id FROM documents").fetchall()] == expected
    assert list(read_table(tables.store, "documents").doc_id) == expected


def test_read_table_filters_by_document(tables):
    frame = read_table(tables.store, "quotes", doc_ids=["syn002", "syn009"])
    full = tables.quotes
    pd.testing.assert_frame_equal(frame, full[full.doc_id.isin(["syn002", "syn009"])].reset_index(drop=True))


def test_an_unknown_table_is_a_one_line_error(tables):
    with pytest.raises(AnalysisError, match="no table 'claims'"):
        read_table(tables.store, "claims")
    with pytest.raises(AnalysisError, match="no table 'claims'"):
        tables.frame("claims")
