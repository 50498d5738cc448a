import pytest

from analysis.corpus import CorpusStore, load_corpus
from analysis.errors import AnalysisError

from .conftest import TEXT_C, new_doc, tree_hash


def test_export_is_a_verifiable_bundle(released, tmp_path):
    (released.root / "README.md").write_text("# data statement\n", encoding="utf-8")
    out = tmp_path / "bundle"
    from analysis.corpus.export import export_release

    export_release(released, "0.1.0", out)
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert names == ["CHANGELOG.md", "CITATION.cff", "README.md", "bundle.json", "datapackage.json", "metadata.csv",
                     "releases/0.1.0.json", "texts/a1.txt", "texts/b1.txt"]
    assert (out / "releases" / "0.1.0.json").read_bytes() == released.manifest_path("0.1.0").read_bytes()
    assert (out / "CHANGELOG.md").read_bytes() == (released.root / "CHANGELOG.md").read_bytes()
    bundle = CorpusStore(out)
    assert bundle.verify("0.1.0") == [] and bundle.validate() == []
    assert bundle.manifest_sha256("0.1.0") == released.manifest_sha256("0.1.0")
    assert [d.text for d in load_corpus(out, "0.1.0")] == [d.text for d in released.documents("0.1.0")]
    assert "0.1.0" in (out / "CITATION.cff").read_text(encoding="utf-8")


def test_export_refuses_non_empty_dir(released, tmp_path, run_cli):
    out = tmp_path / "full"
    out.mkdir()
    (out / "x").write_text("x")
    status, _, err = run_cli("corpus", "export", "0.1.0", "--out", out, "--corpus", released.root)
    assert status == 1 and "not empty" in err
    assert sorted(p.name for p in out.iterdir()) == ["x"]
    with pytest.raises(AnalysisError, match="no release 9.9.9"):
        from analysis.corpus.export import export_release

        export_release(released, "9.9.9", tmp_path / "new")


def test_export_changelog_stops_at_the_exported_version(released, tmp_path, run_cli):
    from analysis.corpus.export import export_release

    changelog_010 = (released.root / "CHANGELOG.md").read_bytes()
    released.add([new_doc("c1", TEXT_C)])
    released.release("0.2.0", date="2024-03-01", message="c1 added")
    old = export_release(released, "0.1.0", tmp_path / "old")
    # byte-identical to the changelog written when 0.1.0 was cut; 0.2.0 is not mentioned
    assert (old / "CHANGELOG.md").read_bytes() == changelog_010
    assert "0.2.0" not in (old / "CHANGELOG.md").read_text(encoding="utf-8")
    assert sorted(p.name for p in (old / "releases").iterdir()) == ["0.1.0.json"]
    status, _, err = run_cli("corpus", "export", "0.2.0", "--out", tmp_path / "new", "--corpus", released.root)
    assert status == 0, err
    new = (tmp_path / "new" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert new.encode() == (released.root / "CHANGELOG.md").read_bytes()
    assert new.index("## 0.2.0") < new.index("## 0.1.0") and "c1 added" in new
    assert (tmp_path / "new" / "releases" / "0.2.0.json").read_bytes() == \
        released.manifest_path("0.2.0").read_bytes()
    assert CorpusStore(tmp_path / "new").verify("0.2.0") == []


def test_export_names_a_missing_ancestor_manifest(released, tmp_path):
    from analysis.corpus.export import export_release

    released.add([new_doc("c1", TEXT_C)])
    released.release("0.2.0", date="2024-03-01")
    released.manifest_path("0.1.0").unlink()
    with pytest.raises(AnalysisError, match="ancestor 0.1.0 is missing"):
        export_release(released, "0.2.0", tmp_path / "x")
    assert not (tmp_path / "x").exists()


def test_export_bundle_of_a_later_release_validates_and_verifies(released, tmp_path, run_cli):
    """Issue 10: ``corpus export 0.2.0 --out b`` carries the releases up to 0.2.0."""
    released.remove(["b1"])
    released.release("1.0.0", date="2024-03-01")
    released.add([new_doc("c1", TEXT_C)])
    released.release("1.1.0", date="2024-03-02")
    out = tmp_path / "b"
    status, _, err = run_cli("corpus", "export", "1.1.0", "--out", out, "--corpus", released.root)
    assert status == 0, err
    assert run_cli("corpus", "validate", "--corpus", out)[0] == 0
    for version in ("0.1.0", "1.0.0", "1.1.0"):
        status, _, err = run_cli("corpus", "verify", version, "--corpus", out)
        assert status == 0, (version, err)
    assert [d.doc_id for d in load_corpus(out, "0.1.0")] == ["a1", "b1"]


def test_export_refuses_an_out_inside_the_corpus(released, run_cli):
    before = tree_hash(released.root)
    for out in (released.root / "bundle", released.root / "texts" / "b"):
        status, _, err = run_cli("corpus", "export", "0.1.0", "--out", out, "--corpus", released.root)
        assert status == 1 and err.startswith("error: refusing to write the bundle") and err.count("\n") == 1
    assert tree_hash(released.root) == before


def test_export_force_replaces_only_an_earlier_bundle(released, tmp_path, run_cli):
    out = tmp_path / "b"
    assert run_cli("corpus", "export", "0.1.0", "--out", out, "--corpus", released.root)[0] == 0
    status, _, err = run_cli("corpus", "export", "0.1.0", "--out", out, "--corpus", released.root)
    assert status == 1 and "--force" in err
    status, _, err = run_cli("corpus", "export", "0.1.0", "--out", out, "--corpus", released.root, "--force")
    assert status == 0, err
    assert CorpusStore(out).verify("0.1.0") == []
    other = tmp_path / "papers"
    other.mkdir()
    (other / "draft.tex").write_text("x")
    status, _, err = run_cli("corpus", "export", "0.1.0", "--out", other, "--corpus", released.root, "--force")
    assert status == 1 and "not an export bundle" in err
    assert (other / "draft.tex").read_text() == "x"
