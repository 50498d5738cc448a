"""corpus_tables(): corpus-wide frames, offsets back to the originals, the Parquet cache."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from analysis.corpus import CorpusStore, NewDocument
from analysis.tables import COLUMNS, DOCUMENT_COLUMNS, corpus_tables
from tests.conftest import REPO_ROOT

# synthetic
EXTRA = {
    "t1": "قال الجيش في بيان إن 4 مسلحين قتلوا في اشتباكات مع قوات الأمن.",
    "t2": "أعلنت الحكومة وقف إطلاق النار ووصفت المتمردين بـ\"الإرهابيين\".",
}


@pytest.fixture()
def corpus_dir(tmp_path):
    target = tmp_path / "corpus"
    shutil.copytree(REPO_ROOT / "corpus", target)
    CorpusStore(target).add([
        NewDocument(doc_id, text.encode("utf-8"),
                    {"rights": "CC0-1.0 (synthetic test text)", "language": "ar",
                     "published": "2024-01-0" + doc_id[-1]},
                    origin="test")
        for doc_id, text in EXTRA.items()
    ])
    return target


def _texts(corpus_dir):
    return {d.doc_id: d.text for d in CorpusStore(corpus_dir).documents()}


def test_columns_follow_the_contract_and_offsets_round_trip(corpus_dir):
    tables = corpus_tables(corpus_dir, "working", progress=False, cache=False, backend="rules")
    assert list(tables.documents.columns[: len(DOCUMENT_COLUMNS)]) == DOCUMENT_COLUMNS
    texts = _texts(corpus_dir)
    for kind, columns in COLUMNS.items():
        frame = tables.frame(kind)
        assert list(frame.columns[: len(columns)]) == columns, kind
        assert len(frame), kind
        for row in frame.itertuples():
            if kind != "quotes":
                assert texts[row.doc_id][row.start:row.end] == row.text
    assert set(tables.documents.doc_id) == set(texts)
    assert tables.versions["corpus"] == "working"


def test_latest_release_is_the_default_version(corpus_dir):
    tables = corpus_tables(corpus_dir, progress=False, cache=False, backend="rules")
    assert tables.versions["corpus"] == "0.1.0"
    assert tables.versions["corpus_manifest_sha256"] == CorpusStore(corpus_dir).manifest_sha256("0.1.0")
    assert list(tables.documents.doc_id) == ["000_e3af78f8bd1dea90"]


def test_cache_returns_identical_frames(corpus_dir):
    first = corpus_tables(corpus_dir, "working", progress=False, backend="rules")
    second = corpus_tables(corpus_dir, "working", progress=False, backend="rules")
    assert not first.cached and second.cached
    for kind in ("documents", *COLUMNS):
        pd.testing.assert_frame_equal(first.frame(kind), second.frame(kind))


def test_cache_key_follows_data_file_content(corpus_dir, tmp_path):
    lexicon = tmp_path / "mine.yml"
    lexicon.write_text('name: mine\nversion: "1.0.0"\nentries:\n  x/army:\n    - lemma: جيش\n',
                       encoding="utf-8")
    before = corpus_tables(corpus_dir, "working", progress=False, lexicon_paths=[lexicon], backend="rules")
    # Same version string, different content: the cache must not answer.
    lexicon.write_text('name: mine\nversion: "1.0.0"\nentries:\n  x/gov:\n    - lemma: حكومة\n',
                       encoding="utf-8")
    after = corpus_tables(corpus_dir, "working", progress=False, lexicon_paths=[lexicon], backend="rules")
    assert not after.cached
    assert set(before.terms.key) == {"x/army"} and set(after.terms.key) == {"x/gov"}


def test_parallel_workers_give_the_same_tables(corpus_dir):
    one = corpus_tables(corpus_dir, "working", progress=False, cache=False, backend="rules", workers=1)
    two = corpus_tables(corpus_dir, "working", progress=False, cache=False, backend="rules", workers=2,
                        shard_size=1)
    for kind in ("documents", *COLUMNS):
        pd.testing.assert_frame_equal(one.frame(kind), two.frame(kind))


def test_local_workers_default_to_the_cpu_count(corpus_dir, monkeypatch):
    import analysis.store.engines as engines

    started = []

    class Recording(engines.cf.ProcessPoolExecutor):
        def __init__(self, max_workers=None, *args, **kwargs):
            started.append(max_workers)
            super().__init__(max_workers, *args, **kwargs)

    monkeypatch.setattr(engines.os, "cpu_count", lambda: 3)
    monkeypatch.setattr(engines.cf, "ProcessPoolExecutor", Recording)
    three = corpus_tables(corpus_dir, "working", progress=False, cache=False, backend="rules", shard_size=1)
    assert started == [3]
    one = corpus_tables(corpus_dir, "working", progress=False, cache=False, backend="rules", workers=1)
    for kind in ("documents", *COLUMNS):
        pd.testing.assert_frame_equal(one.frame(kind), three.frame(kind))


def test_versions_name_the_code(corpus_dir):
    from analysis.store import code_sha256

    tables = corpus_tables(corpus_dir, "working", progress=False, cache=False, backend="rules")
    assert tables.versions["code_sha256"] == code_sha256()


def test_column_order_is_fixed_and_documented():
    from analysis.tables import ITEM_DOCUMENT_COLUMNS, table_columns, table_dtypes

    for kind, columns in COLUMNS.items():
        full = table_columns(kind)
        assert full[: len(columns) + 4] == (*columns, *ITEM_DOCUMENT_COLUMNS), kind
        assert len(set(full)) == len(full) and set(table_dtypes(kind)) == set(full), kind
        assert ", ".join(columns) in " ".join(__import__("analysis.tables").tables.__doc__.split()), kind
    assert table_columns("actors")[-2:] == ("first_token", "last_token")


def test_for_doc_restricts_every_table(corpus_dir):
    tables = corpus_tables(corpus_dir, "working", progress=False, cache=False, backend="rules")
    one = tables.for_doc("t1")
    assert set(one.documents.doc_id) == {"t1"}
    assert set(one.casualties.doc_id) <= {"t1"} and len(one.casualties) == 1
