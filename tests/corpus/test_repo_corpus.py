"""The corpus shipped in the repository: seed bytes, metadata, release 0.1.0."""

import hashlib

import pytest

from analysis.corpus import CorpusStore

from .conftest import SEED_ID, SEED_SHA256


@pytest.fixture(scope="module")
def repo_corpus(repo_root):
    return CorpusStore(repo_root / "corpus")


def test_seed_bytes_match_the_known_hash(repo_corpus):
    data = repo_corpus.text_path(SEED_ID).read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_SHA256
    assert not data.endswith(b"\n")


def test_seed_matches_the_shared_file(repo_corpus, shared_dir):
    shared = (shared_dir / "seed" / f"{SEED_ID}.txt").read_bytes()
    assert repo_corpus.text_path(SEED_ID).read_bytes() == shared


def test_seed_metadata_is_honest(repo_corpus):
    meta = repo_corpus.get(SEED_ID, "0.1.0").meta
    assert (meta["title"], meta["outlet"], meta["url"], meta["retrieved"]) == ("", "", "", "")
    assert (meta["published"], meta["date_precision"], meta["date_source"]) == ("2023-09-20", "day", "inferred")
    assert meta["language"] == "ar" and meta["added_in"] == "0.1.0"
    assert meta["rights"] == "unknown; supplied with the project brief for research use"
    assert "اليوم الأربعاء" in meta["notes"] and "20 September 2023" in meta["notes"]


def test_validate_and_verify_exit_zero(run_cli, repo_root):
    corpus_dir = repo_root / "corpus"
    assert run_cli("corpus", "validate", "--corpus", corpus_dir)[0] == 0
    assert run_cli("corpus", "verify", "--corpus", corpus_dir)[0] == 0
    assert run_cli("corpus", "verify", "0.1.0", "--corpus", corpus_dir)[0] == 0


def test_release_0_1_0(repo_corpus):
    assert "0.1.0" in repo_corpus.versions()
    m = repo_corpus.manifest("0.1.0")
    assert m["parent"] is None and m["documents"][SEED_ID]["sha256"] == SEED_SHA256
    assert (repo_corpus.root / "README.md").is_file() and (repo_corpus.root / "CHANGELOG.md").is_file()


def test_verify_fails_on_a_tampered_copy(repo_corpus, tmp_path, run_cli):
    import shutil

    copy = tmp_path / "corpus"
    shutil.copytree(repo_corpus.root, copy)
    path = copy / "texts" / f"{SEED_ID}.txt"
    data = bytearray(path.read_bytes())
    data[10] ^= 1
    path.write_bytes(bytes(data))
    status, out, _ = run_cli("corpus", "verify", "--corpus", copy)
    assert status == 1 and f"changed: texts/{SEED_ID}.txt" in out
