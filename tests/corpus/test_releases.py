import json
import subprocess

import pytest

from analysis.corpus import releases as rel
from analysis.corpus.vcs import tag_release
from analysis.errors import AnalysisError

from .conftest import TEXT_C, new_doc, tree_hash


def test_manifest_content(released):
    m = released.manifest("0.1.0")
    assert (m["version"], m["date"], m["parent"], m["n_documents"]) == ("0.1.0", "2024-02-01", None, 2)
    assert set(m["documents"]) == {"a1", "b1"}
    assert m["metadata"]["sha256"] == __import__("hashlib").sha256(
        (released.root / "metadata.csv").read_bytes()).hexdigest()
    raw = (released.root / "releases" / "0.1.0.json").read_bytes()
    assert raw == rel.manifest_bytes(json.loads(raw))


def test_existing_manifest_is_never_overwritten(released):
    before = tree_hash(released.root)
    with pytest.raises(AnalysisError, match="already exists"):
        released.release("0.1.0", date="2024-02-02")
    assert tree_hash(released.root) == before


@pytest.mark.parametrize("change, good, bad", [
    ("add", "0.2.0", ["0.1.1", "1.0.0", "0.3.0"]),
    ("remove", "1.0.0", ["0.2.0", "0.1.1"]),
    ("correct", "0.1.1", ["0.2.0", "1.0.0"]),
])
def test_bump_must_match_the_change(released, change, good, bad):
    if change == "add":
        released.add([new_doc("c1", TEXT_C)])
    elif change == "remove":
        released.remove(["b1"])
    else:
        released.update("b1", title="عنوان مصحح")  # synthetic
    before = tree_hash(released.root)
    for version in bad:
        with pytest.raises(AnalysisError, match=f"release {good} instead"):
            released.release(version, date="2024-03-01")
        assert tree_hash(released.root) == before
    m = released.release(good, date="2024-03-01")
    assert m["parent"] == "0.1.0"
    assert released.versions() == ["0.1.0", good]


def test_nothing_changed_and_older_version_refused(released):
    with pytest.raises(AnalysisError, match="nothing changed since 0.1.0"):
        released.release("0.1.1", date="2024-03-01")
    with pytest.raises(AnalysisError, match="not newer"):
        released.release("0.0.9", date="2024-03-01")
    with pytest.raises(AnalysisError, match="invalid version"):
        released.release("v1", date="2024-03-01")


def test_changelog_and_added_in(released):
    released.add([new_doc("c1", TEXT_C)])
    released.release("0.2.0", date="2024-03-01", message="one more")
    log = (released.root / "CHANGELOG.md").read_text(encoding="utf-8")
    assert log.index("## 0.2.0 (2024-03-01)") < log.index("## 0.1.0 (2024-02-01)")
    assert "- Added (1): `c1`" in log and "one more" in log
    assert released.get("c1").meta["added_in"] == "0.2.0"
    assert released.get("a1").meta["added_in"] == "0.1.0"
    # the previous release stays readable (its metadata table was archived)
    assert [d.doc_id for d in released.documents("0.1.0")] == ["a1", "b1"]
    assert released.verify("0.1.0") == [] and released.verify() == []
    d = released.diff("0.1.0", "0.2.0")
    assert (d.added, d.removed, d.changed_text) == (("c1",), (), ())


def test_release_refuses_invalid_corpus(corpus):
    corpus.text_path("a1").write_bytes(b"changed")
    with pytest.raises(AnalysisError, match="does not validate"):
        corpus.release("0.1.0", date="2024-01-05")
    assert corpus.versions() == []


def test_changelog_truncates_long_id_lists():
    docs = {f"d{i:03d}": {"sha256": str(i), "meta_sha256": "m"} for i in range(60)}
    text = rel.render_changelog([{"version": "0.1.0", "date": "2024-01-01", "parent": None, "documents": docs}])
    assert b"and 10 more (`python -m analysis corpus list --version 0.1.0`)" in text


def _git(cwd, *args):
    return subprocess.run(["git", "-C", str(cwd), *args], check=True, capture_output=True, text=True).stdout


def test_tag_release_in_git(tmp_path, corpus):
    repo = corpus.root.parent
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "t@example.org")
    _git(repo, "config", "user.name", "Test")
    corpus.release("0.1.0", date="2024-02-01")
    sha = corpus.manifest_sha256("0.1.0")
    with pytest.raises(AnalysisError, match="uncommitted"):
        tag_release(corpus.root, "0.1.0", manifest_sha256=sha)
    assert tag_release(corpus.root, "0.1.0", manifest_sha256=sha, commit=True) == "corpus-v0.1.0"
    assert "corpus-v0.1.0" in _git(repo, "tag")
    assert sha in _git(repo, "tag", "-n1", "corpus-v0.1.0")
    with pytest.raises(AnalysisError, match="already exists"):
        tag_release(corpus.root, "0.1.0", manifest_sha256=sha)


def test_tag_outside_git_is_refused(released, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(released.root.parent.parent))
    with pytest.raises(AnalysisError, match="not inside a git repository"):
        tag_release(released.root, "0.1.0", manifest_sha256="x")
