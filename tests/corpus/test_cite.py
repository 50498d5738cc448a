import pytest
import yaml

from analysis.corpus.cite import DEFAULT_INFO, cite, load_info
from analysis.errors import AnalysisError

SHA = "0123456789abcdef" * 4


def test_defaults_without_corpus_yml(tmp_path):
    assert load_info(tmp_path / "corpus") == DEFAULT_INFO


def test_corpus_yml_is_used_and_errors_name_the_line(tmp_path):
    (tmp_path / "corpus.yml").write_text(
        "title: T\nauthors:\n  - family-names: Haddad\n    given-names: Lina Maria\n  - name: Team X\n", encoding="utf-8")
    info = load_info(tmp_path)
    apa = cite(info, version="1.2.3", date="2024-05-06", manifest_sha256=SHA, style="apa")
    assert apa == "Haddad, L. M., & Team X. (2024). T (Version 1.2.3; manifest sha256 0123456789ab) [Data set]."
    (tmp_path / "corpus.yml").write_text("title: [unclosed\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match=r"corpus.yml:\d+: invalid YAML"):
        load_info(tmp_path)


def test_cff_is_valid_yaml_with_version_and_hash():
    doc = yaml.safe_load(cite(DEFAULT_INFO, version="0.1.0", date="2024-01-02", manifest_sha256=SHA, style="cff"))
    assert doc["cff-version"] == "1.2.0" and doc["type"] == "dataset"
    assert doc["version"] == "0.1.0" and doc["title"] == "Arabic Conflict News corpus"
    assert doc["identifiers"][0]["value"] == f"sha256:{SHA}"


def test_bibtex():
    text = cite(DEFAULT_INFO, version="0.1.0", date="2024-01-02", manifest_sha256=SHA, style="bibtex")
    assert text.startswith("@misc{acn_corpus_0_1_0,") and SHA in text and text.endswith("}")
    assert "author = {{Arabic Conflict News contributors}}" in text


def test_repo_corpus_cites_its_manifest(run_cli, repo_root):
    status, out, _ = run_cli("corpus", "cite", "0.1.0", "--corpus", repo_root / "corpus")
    from analysis.corpus import CorpusStore

    assert status == 0 and CorpusStore(repo_root / "corpus").manifest_sha256("0.1.0")[:12] in out
