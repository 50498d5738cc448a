import os

import pytest

from analysis.corpus import CorpusStore, Document, load_corpus
from analysis.corpus import atomic
from analysis.corpus.atomic import corpus_lock
from analysis.errors import AnalysisError

from .conftest import RIGHTS, TEXT_A, TEXT_B, TEXT_C, new_doc, tree_hash


def test_texts_are_stored_byte_exact(corpus):
    assert corpus.text_path("a1").read_bytes() == TEXT_A.encode("utf-8")
    assert corpus.get("a1") == Document("a1", TEXT_A, corpus.get("a1").meta)


def test_documents_and_metadata(corpus):
    docs = list(corpus.documents())
    assert [d.doc_id for d in docs] == ["a1", "b1"]
    assert docs[0].meta["outlet"] == "Test Outlet" and docs[0].meta["n_chars"] == len(TEXT_A)
    df = corpus.metadata()
    assert list(df["doc_id"]) == ["a1", "b1"]
    assert df["n_chars"].dtype == "int64"
    assert not df.isna().any().any()
    # unknown stays unknown
    b = df.set_index("doc_id").loc["b1"]
    assert (b["outlet"], b["url"], b["published"], b["date_precision"], b["date_source"]) == ("", "", "", "unknown", "unknown")


def test_document_is_frozen(corpus):
    with pytest.raises(AttributeError):
        corpus.get("a1").text = "x"


def test_get_unknown_and_unsafe_ids(corpus):
    with pytest.raises(AnalysisError, match="no document 'zz'"):
        corpus.get("zz")
    with pytest.raises(AnalysisError, match="unsafe"):
        corpus.get("../metadata")


def test_reading_missing_corpus_is_a_clear_error(tmp_path):
    with pytest.raises(AnalysisError, match="no corpus at"):
        list(CorpusStore(tmp_path / "nope").documents())


def test_release_reading_and_load_corpus(released):
    assert released.versions() == ["0.1.0"] and released.latest_release() == "0.1.0"
    docs = load_corpus(released.root, "0.1.0")
    assert [(d.doc_id, d.text) for d in docs] == [("a1", TEXT_A), ("b1", TEXT_B)]
    assert docs[0].meta["added_in"] == "0.1.0"
    assert len(released.manifest_sha256("0.1.0")) == 64


def test_reading_a_release_checks_hashes(released):
    path = released.text_path("a1")
    path.write_bytes(path.read_bytes().replace("5".encode(), "6".encode()))
    with pytest.raises(AnalysisError, match="text of a1 in release 0.1.0 is not available"):
        list(released.documents("0.1.0"))
    with pytest.raises(AnalysisError, match="does not match its sha256"):
        released.get("a1")


def test_verify_names_changed_and_missing_files(released):
    assert released.verify() == []
    data = bytearray(released.text_path("a1").read_bytes())
    data[0] ^= 1  # one byte
    released.text_path("a1").write_bytes(bytes(data))
    released.text_path("b1").unlink()
    assert released.verify("0.1.0") == ["changed: texts/a1.txt", "missing: texts/b1.txt"]


def test_validate_clean_and_broken(corpus):
    assert corpus.validate() == []
    corpus.text_path("a1").write_bytes(TEXT_A.encode() + b" ")
    (corpus.root / "texts" / "stray.txt").write_bytes(b"x")
    (corpus.root / "texts" / "notes.md").write_bytes(b"x")
    problems = corpus.validate()
    assert "a1: sha256 of texts/a1.txt does not match metadata" in problems
    assert any("a1: n_chars" in p for p in problems)
    assert "texts/stray.txt: no row in metadata.csv" in problems
    assert "texts/notes.md: unexpected file" in problems
    corpus.text_path("b1").unlink()
    assert "b1: texts/b1.txt is missing" in corpus.validate()


def test_validate_flags_non_canonical_metadata(corpus):
    path = corpus.root / "metadata.csv"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert any("canonical" in p for p in corpus.validate())


def test_update_then_release_keeps_old_release_readable(released):
    released.update("b1", outlet="Corrected Outlet")
    assert released.get("b1").meta["outlet"] == "Corrected Outlet"
    # the released table was archived, so 0.1.0 still reads its own metadata
    assert released.get("b1", "0.1.0").meta["outlet"] == ""
    assert released.verify("0.1.0") == []
    assert released.diff("0.1.0").changed_meta == ("b1",)


def test_remove_archives_released_text(released):
    released.remove(["a1"])
    assert not released.text_path("a1").exists()
    assert released.get("a1", "0.1.0").text == TEXT_A
    assert released.verify("0.1.0") == []
    assert released.validate() == []
    assert [d.doc_id for d in released.documents()] == ["b1"]


def test_duplicate_refused_unless_forced(corpus):
    before = tree_hash(corpus.root)
    # same text after whitespace collapse
    with pytest.raises(AnalysisError, match="exact duplicate of a1"):
        corpus.add([new_doc("a2", TEXT_A.replace(" ", "  "))])
    assert tree_hash(corpus.root) == before
    report = corpus.add([new_doc("a2", TEXT_A.replace(" ", "  "))], duplicates="keep")
    assert report.forced_duplicates == [("a2", "a1")]


def test_duplicates_skipped_in_skip_mode(corpus):
    report = corpus.add([new_doc("c1", TEXT_C), new_doc("c2", TEXT_C), new_doc("a9", TEXT_A)], duplicates="skip")
    assert report.added == ["c1"]
    assert [existing for _, existing in report.duplicates] == ["c1", "a1"]


def test_duplicate_id_refused(corpus):
    before = tree_hash(corpus.root)
    with pytest.raises(AnalysisError, match="doc_id 'a1' already exists"):
        corpus.add([new_doc("a1", TEXT_C)])
    assert tree_hash(corpus.root) == before


def test_failed_first_add_leaves_no_directory(tmp_path):
    c = CorpusStore(tmp_path / "new")
    with pytest.raises(AnalysisError):
        c.add([new_doc("x", TEXT_A, published="2999-01-01")])
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize("fail_at", [1, 2, 3])
def test_interrupted_add_leaves_corpus_byte_identical(corpus, monkeypatch, fail_at):
    """Fail the n-th os.replace while placing files: earlier placements are rolled back."""
    before = tree_hash(corpus.root)
    real_replace = os.replace
    calls = {"n": 0}

    def flaky_replace(src, dst):
        calls["n"] += 1
        if calls["n"] == fail_at:
            raise OSError("disk full (simulated)")
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", flaky_replace)
    with pytest.raises(AnalysisError, match="simulated"):
        corpus.add([new_doc("c1", TEXT_C), new_doc("d1", TEXT_C + " إضافة")])  # synthetic
    monkeypatch.undo()
    assert tree_hash(corpus.root) == before
    assert corpus.validate() == []


def test_interrupted_while_staging_leaves_corpus_byte_identical(corpus):
    before = tree_hash(corpus.root)

    def items():
        yield new_doc("c1", TEXT_C)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        corpus.add(items())
    assert tree_hash(corpus.root) == before


def test_second_writer_is_refused(corpus):
    with corpus_lock(corpus.root):
        with pytest.raises(AnalysisError, match="another process"):
            corpus.add([new_doc("c1", TEXT_C)])


def test_bad_metadata_refused(corpus):
    before = tree_hash(corpus.root)
    for meta in ({"published": "2999-01-01"}, {"published": "2023-02-30"}, {"rights": ""}):
        with pytest.raises(AnalysisError):
            corpus.add([new_doc("c1", TEXT_C, **meta)])
    with pytest.raises(AnalysisError, match="unknown metadata field"):
        corpus.add([new_doc("c1", TEXT_C, author="x")])
    assert tree_hash(corpus.root) == before
    assert RIGHTS


def test_validate_runs_frictionless(corpus):
    path = corpus.root / "metadata.csv"
    # a non-integer n_chars breaks our parser; a bad enum is caught by both validators
    path.write_bytes(path.read_bytes().replace(b",day,", b",week,"))
    problems = corpus.validate()
    assert any(p.startswith("metadata.csv: frictionless constraint-error") and "date_precision" in p
               for p in problems), problems
    assert any(p.startswith("a1: date_precision 'week'") for p in problems)
