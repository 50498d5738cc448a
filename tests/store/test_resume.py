"""An interrupted run resumes: finished shards are kept, a half-written shard is never read."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

import analysis.store.engines as engines
from analysis.corpus import CorpusStore
from analysis.store import StoreLayout, read_table
from analysis.store.layout import TABLES
from analysis.tables import corpus_tables
from tests.store.conftest import assert_same_tables, one_pass_tables

RUN = dict(progress=False, backend="rules", shard_size=2, workers=1)  # 13 documents: shards 0..6


def _markers(store):
    return {i: StoreLayout(store).marker_path(i).stat().st_mtime_ns for i in StoreLayout(store).done_shards()}


def _store_of(corpus_dir):
    (store,) = [p for p in (corpus_dir.parent / ".cache" / "tables" / corpus_dir.name).iterdir()
                if (p / "plan.json").exists()]
    return store


def _count_shards(monkeypatch):
    annotated = []
    real = engines.annotate_shard

    def counting(task, docs, **kwargs):
        annotated.append(task.index)
        return real(task, docs, **kwargs)

    monkeypatch.setattr(engines, "annotate_shard", counting)
    return annotated


def test_resume_after_a_crash_in_the_middle_of_a_shard(small_corpus, monkeypatch):
    real_write = StoreLayout.write_part

    def crash_on_quotes_of_shard_3(self, table, index, data):
        if (table, index) == ("quotes", 3):
            raise OSError("simulated crash")
        real_write(self, table, index, data)

    monkeypatch.setattr(StoreLayout, "write_part", crash_on_quotes_of_shard_3)
    with pytest.raises(OSError, match="simulated crash"):
        corpus_tables(small_corpus, "working", **RUN)
    store = _store_of(small_corpus)
    layout = StoreLayout(store)
    assert sorted(layout.done_shards()) == [0, 1, 2] and not layout.is_complete()
    assert layout.part_path("terms", 3).exists() and not layout.part_path("quotes", 3).exists()
    # The half-written shard is invisible to readers.
    first_six = sorted(d.doc_id for d in CorpusStore(small_corpus).documents())[:6]
    assert list(read_table(store, "documents")["doc_id"]) == first_six
    assert set(read_table(store, "terms")["doc_id"]) <= set(first_six)

    monkeypatch.setattr(StoreLayout, "write_part", real_write)
    before = _markers(store)
    annotated = _count_shards(monkeypatch)
    resumed = corpus_tables(small_corpus, "working", **RUN)
    assert annotated == [3, 4, 5, 6]
    assert {i: t for i, t in _markers(store).items() if i in before} == before
    assert not resumed.cached and resumed.store == store
    assert_same_tables(resumed, one_pass_tables(small_corpus, None))


CHILD = textwrap.dedent("""
    import sys, time
    from analysis.store.layout import StoreLayout
    from analysis.tables import corpus_tables

    real_write = StoreLayout.write_part

    def hang_on_quotes_of_shard_2(self, table, index, data):
        if (table, index) == ("quotes", 2):
            time.sleep(600)  # killed here, with shard 2 half-written
        real_write(self, table, index, data)

    if __name__ == "__main__":
        StoreLayout.write_part = hang_on_quotes_of_shard_2
        corpus_tables(sys.argv[1], "working", progress=False, backend="rules", shard_size=2, workers=1)
""")


def test_resume_after_kill_9_of_a_real_run(small_corpus, tmp_path, monkeypatch):
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    child = subprocess.Popen([sys.executable, str(script), str(small_corpus)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    cache = small_corpus.parent / ".cache" / "tables" / small_corpus.name
    deadline = time.monotonic() + 120
    try:
        while not list(cache.glob("*/actors/part-000002.parquet")):
            assert child.poll() is None, child.stderr.read().decode()[-2000:]
            assert time.monotonic() < deadline, "the child never reached shard 2"
            time.sleep(0.05)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    store = _store_of(small_corpus)
    layout = StoreLayout(store)
    assert sorted(layout.done_shards()) == [0, 1]
    assert [t for t in TABLES if layout.part_path(t, 2).exists()] == ["documents", "terms", "actors"]

    before = _markers(store)
    annotated = _count_shards(monkeypatch)
    resumed = corpus_tables(small_corpus, "working", **RUN)
    assert annotated == [2, 3, 4, 5, 6]
    assert {i: t for i, t in _markers(store).items() if i in before} == before
    assert_same_tables(resumed, one_pass_tables(small_corpus, None))
    again = corpus_tables(small_corpus, "working", **RUN)
    assert again.cached and annotated == [2, 3, 4, 5, 6]


def test_a_resumed_store_keeps_its_shard_size(small_corpus, monkeypatch):
    real_write = StoreLayout.write_part

    def crash_on_shard_1(self, table, index, data):
        if index == 1:
            raise OSError("simulated crash")
        real_write(self, table, index, data)

    monkeypatch.setattr(StoreLayout, "write_part", crash_on_shard_1)
    with pytest.raises(OSError):
        corpus_tables(small_corpus, "working", **RUN)
    monkeypatch.setattr(StoreLayout, "write_part", real_write)
    annotated = _count_shards(monkeypatch)
    resumed = corpus_tables(small_corpus, "working", **{**RUN, "shard_size": 5})
    assert annotated == [1, 2, 3, 4, 5, 6]
    assert_same_tables(resumed, one_pass_tables(small_corpus, None))
