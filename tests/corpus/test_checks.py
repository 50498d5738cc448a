"""validate and verify: no blind spots (issue 11, defects 7 and 8)."""

import json
import os

import pytest

from .conftest import TEXT_C, new_doc, tree_hash


def _edit_manifest(store, version, change):
    path = store.manifest_path(version)
    manifest = json.loads(path.read_bytes())
    change(manifest)
    path.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def test_text_replaced_by_symlink_to_identical_file_fails_verify_and_validate(released, tmp_path):
    path = released.text_path("a1")
    outside = tmp_path / "outside.txt"
    outside.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(outside)
    assert "not a regular file: texts/a1.txt" in released.verify("0.1.0")
    assert any(p.startswith("texts/a1.txt: symlink") for p in released.validate())
    assert any(p.startswith("texts/a1.txt: symlink") for p in released.verify("0.1.0"))


def test_symlink_inside_the_corpus_pointing_inside_is_flagged(released):
    (released.root / "archive").mkdir()
    (released.root / "archive" / "link.txt").symlink_to(released.text_path("b1"))
    assert any(p.startswith("archive/link.txt: symlink") for p in released.validate())


def test_fifo_in_the_corpus_is_flagged(released):
    os.mkfifo(released.root / "texts" / "pipe.txt")
    assert any(p.startswith("texts/pipe.txt: not a regular file") for p in released.validate())


def test_add_never_writes_through_a_symlinked_texts_folder(corpus, tmp_path):
    from analysis.errors import AnalysisError

    elsewhere = tmp_path / "elsewhere"
    (corpus.root / "texts").rename(elsewhere)
    (corpus.root / "texts").symlink_to(elsewhere)
    before = tree_hash(elsewhere)
    with pytest.raises(AnalysisError, match="symlink"):
        corpus.add([new_doc("c1", TEXT_C)])
    assert tree_hash(elsewhere) == before


def test_stray_temp_files_anywhere_fail_validate(released):
    (released.root / "releases" / ".tmp-0.2.0.json.1.aa").write_bytes(b"{")
    (released.root / ".tmp-metadata.csv.9.bb").write_bytes(b"x")
    problems = released.validate()
    assert "releases/.tmp-0.2.0.json.1.aa: temporary file left by an interrupted write; run 'corpus recover'" in problems
    assert any(p.startswith(".tmp-metadata.csv.9.bb: temporary file") for p in problems)


def test_stray_files_in_the_corpus_fail_validate_and_verify(released):
    (released.root / "report").mkdir()
    (released.root / "report" / "index.html").write_text("x")
    (released.root / "bundle.csv").write_text("x")
    for problems in (released.validate(), released.verify()):
        assert "report: unexpected folder in the corpus" in problems
        assert "bundle.csv: unexpected file in the corpus" in problems


@pytest.mark.parametrize("edit, problem", [
    (lambda m: m.update(n_documents=7), "n_documents is 7 but 2 documents are listed"),
    (lambda m: m["documents"].pop("b1"), "n_documents is 2 but 1 documents are listed"),
    (lambda m: m.update(message="rewritten"), "content_sha256 does not match"),
])
def test_edited_manifest_fails_verify(released, edit, problem):
    _edit_manifest(released, "0.1.0", edit)
    problems = released.verify("0.1.0")
    assert len(problems) >= 1 and problem in problems[0]


def test_entry_deleted_with_n_documents_fixed_fails_verify(released):
    def drop(m):
        m["documents"].pop("b1")
        m["n_documents"] = 1

    _edit_manifest(released, "0.1.0", drop)
    assert "content_sha256 does not match" in released.verify("0.1.0")[0]


def test_edited_parent_manifest_is_caught_by_its_successor(released):
    from analysis.corpus.manifest import content_sha256

    released.add([new_doc("c1", TEXT_C)])
    released.release("0.2.0", date="2024-03-01")

    def forge(m):  # an edit that also forges the self-hash
        m["message"] = "forged"
        m["content_sha256"] = content_sha256(m)

    _edit_manifest(released, "0.1.0", forge)
    assert "changed: releases/0.1.0.json (its sha256 is not the one recorded in release 0.2.0)" in released.verify("0.2.0")


def test_changed_datapackage_and_changelog_fail_verify(released):
    with open(released.root / "CHANGELOG.md", "a", encoding="utf-8") as fh:
        fh.write("\n## 9.9.9 (2024-01-01)\n")
    dp = released.root / "datapackage.json"
    dp.write_bytes(dp.read_bytes().replace(b'"title"', b'"Title"', 1))
    problems = released.verify()
    assert "changed: CHANGELOG.md (differs from the one generated from releases/*.json)" in problems
    assert "changed: datapackage.json" in problems


@pytest.mark.parametrize("content", [b"{}", b"[]", b"not json", b'{"version": "0.1.0"}', b"[" * 100000])
def test_damaged_manifest_is_one_line_in_verify_validate_and_add(released, content, run_cli):
    released.manifest_path("0.1.0").write_bytes(content)
    before = tree_hash(released.root)
    for command in (("verify",), ("validate",), ("add", released.root.parent / "c.txt", "--rights", "x")):
        (released.root.parent / "c.txt").write_text(TEXT_C, encoding="utf-8")
        status, out, err = run_cli("corpus", *command, "--corpus", released.root)
        assert status == 1, command
        assert err.count("\n") == 1 and err.startswith("error: "), (command, err)
        assert "Traceback" not in out + err
        assert "releases/0.1.0.json" in out + err
    assert tree_hash(released.root) == before


def test_manifest_not_the_one_in_the_git_tag_fails_verify(released, tmp_path):
    import shutil
    import subprocess

    from analysis.corpus.manifest import content_sha256

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = released.root.parent
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "corpus"], check=True)
    # the message form analysis.corpus.vcs.tag_release writes
    subprocess.run([*git, "tag", "-a", "corpus-v0.1.0", "-m",
                    f"corpus 0.1.0 (manifest sha256 {released.manifest_sha256('0.1.0')})"], check=True)
    assert released.verify("0.1.0") == []

    def forge(m):
        m["message"] = "forged"
        m["content_sha256"] = content_sha256(m)

    _edit_manifest(released, "0.1.0", forge)
    assert "changed: releases/0.1.0.json (its sha256 is not the one in git tag corpus-v0.1.0)" in released.verify("0.1.0")


def test_release_is_refused_while_a_stray_file_sits_in_the_corpus(corpus):
    """Defect 2: 'release --tag' runs 'git add -A', which would commit whatever was written inside."""
    from analysis.errors import AnalysisError

    (corpus.root / "terms.csv").write_text("x")
    before = tree_hash(corpus.root)
    with pytest.raises(AnalysisError, match="terms.csv: unexpected file in the corpus"):
        corpus.release("0.1.0", date="2024-02-01")
    assert tree_hash(corpus.root) == before
