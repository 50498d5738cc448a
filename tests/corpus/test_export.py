import pytest

from analysis.corpus import Corpus, load_corpus
from analysis.errors import AnalysisError


def test_export_is_a_verifiable_bundle(released, tmp_path):
    (released.root / "README.md").write_text("# data statement\n", encoding="utf-8")
    out = tmp_path / "bundle"
    from analysis.corpus.export import export_release

    export_release(released, "0.1.0", out)
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert names == ["CITATION.cff", "README.md", "datapackage.json", "metadata.csv",
                     "releases/0.1.0.json", "texts/a1.txt", "texts/b1.txt"]
    bundle = Corpus(out)
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
