import hashlib
import json

import pytest

from analysis.corpus import CorpusStore, dedup
from analysis.corpus.dedup import KeyCache, dedup_key, key_cache_path, normalizer_version
from analysis.errors import AnalysisError

from .conftest import TEXT_A, TEXT_B, TEXT_C, new_doc, tree_hash


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _write_cache(path, keys, *, normalizer=None, fmt=1):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"format": fmt, "normalizer": normalizer or normalizer_version(), "keys": keys}))


@pytest.fixture
def count_normalized(monkeypatch):
    """Record every text the cache had to normalize."""
    calls: list[str] = []
    real = dedup.dedup_key

    def counting(text, normalize=None):
        calls.append(text)
        return real(text, normalize)

    monkeypatch.setattr(dedup, "dedup_key", counting)
    return calls


def test_whitespace_variants_share_a_key():
    assert dedup_key(TEXT_A) == dedup_key(" ".join(TEXT_A.split()) + "\n\n")
    assert dedup_key(TEXT_A) != dedup_key(TEXT_B)


def test_cache_lives_beside_the_corpus(tmp_path):
    assert key_cache_path(tmp_path / "corpus") == tmp_path / ".cache" / "tables" / "corpus" / "dedup-keys.json"
    assert CorpusStore(tmp_path / "corpus").key_cache_path == key_cache_path(tmp_path / "corpus")


def test_key_cache_round_trip_hits_and_misses(tmp_path, count_normalized):
    path = tmp_path / "k" / "keys.json"
    cache = KeyCache.load(path)
    assert len(cache) == 0
    a, b = TEXT_A.encode(), TEXT_B.encode()
    assert cache.key(a) == dedup_key(TEXT_A) and cache.key(b) == dedup_key(TEXT_B)
    assert (cache.hits, cache.misses) == (0, 2)
    assert cache.key(a, sha256=_sha(TEXT_A)) == dedup_key(TEXT_A) and cache.hits == 1
    assert cache.save() and path.is_file()
    stored = json.loads(path.read_bytes())
    assert stored["normalizer"] == normalizer_version()
    assert stored["keys"] == {_sha(TEXT_A): dedup_key(TEXT_A), _sha(TEXT_B): dedup_key(TEXT_B)}
    count_normalized.clear()
    again = KeyCache.load(path)
    assert again.key(a) == dedup_key(TEXT_A) and (again.hits, again.misses) == (1, 0)
    assert count_normalized == []
    # keep= prunes entries of texts no longer in use
    assert again.save(keep={_sha(TEXT_A)})
    assert list(json.loads(path.read_bytes())["keys"]) == [_sha(TEXT_A)]


@pytest.mark.parametrize("content", [
    b"",
    b"\xff\xfe not utf-8",
    b'{"format": 1, "normalizer": ',  # truncated write
    b"[]",
    b'{"format": 99, "keys": {}}',
    "SHAPE",
    "BAD_HEX",
    "OTHER_NORMALIZER",
], ids=["empty", "binary", "truncated", "list", "format", "keys-not-dict", "bad-entry", "other-normalizer"])
def test_unusable_cache_is_ignored_and_replaced(tmp_path, content):
    path = tmp_path / "keys.json"
    good = {_sha(TEXT_A): dedup_key(TEXT_C)}  # deliberately wrong: must never be answered
    if content == "SHAPE":
        content = json.dumps({"format": 1, "normalizer": normalizer_version(), "keys": [1, 2]}).encode()
    elif content == "BAD_HEX":
        content = json.dumps({"format": 1, "normalizer": normalizer_version(),
                              "keys": {**good, "x" * 64: dedup_key(TEXT_B)}}).encode()
    elif content == "OTHER_NORMALIZER":
        content = json.dumps({"format": 1, "normalizer": "0" * 64, "keys": good}).encode()
    path.write_bytes(content)
    cache = KeyCache.load(path)
    assert len(cache) == 0
    assert cache.key(TEXT_A.encode()) == dedup_key(TEXT_A) and cache.misses == 1
    assert cache.save()
    assert KeyCache.load(path).key(TEXT_A.encode()) == dedup_key(TEXT_A)


def test_add_builds_the_cache_then_normalizes_only_new_texts(corpus, count_normalized):
    path = corpus.key_cache_path
    assert path.is_file() and not path.is_relative_to(corpus.root)
    assert set(json.loads(path.read_bytes())["keys"]) == {_sha(TEXT_A), _sha(TEXT_B)}
    path.unlink()
    corpus.add([new_doc("c1", TEXT_C)])  # cache missing: every text is normalized
    assert sorted(count_normalized) == sorted([TEXT_A, TEXT_B, TEXT_C])
    count_normalized.clear()
    corpus.add([new_doc("d1", TEXT_C + " إضافة")])  # synthetic
    assert count_normalized == [TEXT_C + " إضافة"]  # synthetic
    assert len(json.loads(path.read_bytes())["keys"]) == 4


def test_cache_is_consulted_by_sha256_and_normalizer_version(corpus):
    path = corpus.key_cache_path
    # Plant a false key for a1's bytes: only a cache hit could make TEXT_C a duplicate of a1.
    _write_cache(path, {_sha(TEXT_A): dedup_key(TEXT_C), _sha(TEXT_B): dedup_key(TEXT_B)})
    with pytest.raises(AnalysisError, match="exact duplicate of a1"):
        corpus.add([new_doc("c1", TEXT_C)])
    # The same entries under another normalizer version are never used.
    _write_cache(path, {_sha(TEXT_A): dedup_key(TEXT_C), _sha(TEXT_B): dedup_key(TEXT_B)}, normalizer="0" * 64)
    assert corpus.add([new_doc("c1", TEXT_C)]).added == ["c1"]
    assert json.loads(path.read_bytes())["keys"][_sha(TEXT_A)] == dedup_key(TEXT_A)


def test_corrupted_cache_still_refuses_duplicates(corpus):
    path = corpus.key_cache_path
    path.write_bytes(b'{"format": 1, "keys": {"')
    before = tree_hash(corpus.root)
    with pytest.raises(AnalysisError, match="exact duplicate of a1"):
        corpus.add([new_doc("a2", " ".join(TEXT_A.split()))])
    assert tree_hash(corpus.root) == before
    # the failed add still repaired the cache for the texts in the corpus
    assert json.loads(path.read_bytes())["keys"] == {_sha(TEXT_A): dedup_key(TEXT_A), _sha(TEXT_B): dedup_key(TEXT_B)}
    report = corpus.add([new_doc("a2", TEXT_A), new_doc("c1", TEXT_C)], duplicates="skip")
    assert report.added == ["c1"] and report.duplicates == [("a2", "a1")]


def test_unwritable_cache_does_not_stop_an_add(corpus):
    path = corpus.key_cache_path
    path.unlink()
    path.mkdir()  # neither readable nor replaceable as a file
    assert corpus.add([new_doc("c1", TEXT_C)]).added == ["c1"]
    with pytest.raises(AnalysisError, match="exact duplicate of c1"):
        corpus.add([new_doc("c2", TEXT_C)])
    assert path.is_dir() and list(path.iterdir()) == []


def test_changed_text_is_not_answered_from_the_cache(corpus):
    # The cache knows a1's key, but the file on disk no longer matches metadata.csv.
    corpus.text_path("a1").write_bytes(TEXT_C.encode())
    with pytest.raises(AnalysisError, match="does not match its sha256"):
        corpus.add([new_doc("c1", TEXT_C)])


def test_replaced_texts_get_fresh_keys_and_old_entries_are_pruned(corpus):
    corpus.remove(["a1"])
    corpus.add([new_doc("a1", TEXT_C)])  # same id, new bytes
    keys = json.loads(corpus.key_cache_path.read_bytes())["keys"]
    assert keys == {_sha(TEXT_C): dedup_key(TEXT_C), _sha(TEXT_B): dedup_key(TEXT_B)}
    assert corpus.add([new_doc("a9", TEXT_A)]).added == ["a9"]  # no longer a duplicate
    with pytest.raises(AnalysisError, match="exact duplicate of a1"):
        corpus.add([new_doc("c9", TEXT_C)])


def test_failed_add_caches_no_key_of_uncommitted_texts(corpus):
    with pytest.raises(AnalysisError, match="missing required field"):
        corpus.add([new_doc("c1", TEXT_C), new_doc("bad", TEXT_C + "!", rights="")])
    assert _sha(TEXT_C) not in json.loads(corpus.key_cache_path.read_bytes())["keys"]
