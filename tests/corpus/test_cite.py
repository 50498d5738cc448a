import json
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
import yaml
from bibtexparser.middlewares import LatexDecodingMiddleware

from analysis.corpus.cite import DEFAULT_INFO, LICENSE_SCOPE, cite, latex_escape, load_info
from analysis.errors import AnalysisError

SHA = "0123456789abcdef" * 4
# The official CITATION.cff 1.2.0 schema (citation-file-format.github.io, CC-BY-4.0), as shipped in
# cffconvert 2.0.0's wheel.
CFF_SCHEMA = json.loads((Path(__file__).parent / "data" / "cff-1.2.0.schema.json").read_text())
FULL = {
    **DEFAULT_INFO,
    "title": "Killed & injured: 50% of_all #reports — تغطية النزاع {المسلح}",
    "authors": [{"family-names": "Haddad", "given-names": "Lina"}, {"name": "Team & Co"}],
    "license": "CC-BY-4.0",
    "url": "https://example.org/acn_corpus?v=1%202",
    "doi": "10.5281/zenodo.1234567",
    "repository": "https://example.org/acn.git",
}


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


@pytest.mark.parametrize("license", ["mixed: see the rights column of metadata.csv", "CC BY 4.0", "MIT,",
                                     "GPL-2.0 WITH Classpath-exception-2.0"])
def test_license_that_is_not_spdx_is_refused(tmp_path, license):
    (tmp_path / "corpus.yml").write_text(yaml.safe_dump({"license": license}), encoding="utf-8")
    with pytest.raises(AnalysisError, match="not an SPDX expression"):
        load_info(tmp_path)


@pytest.mark.parametrize("license", ["CC-BY-4.0", "CC-BY-4.0 AND CC-BY-NC-SA-4.0", "MIT OR Apache-2.0"])
def test_spdx_expressions_are_accepted(tmp_path, license):
    (tmp_path / "corpus.yml").write_text(yaml.safe_dump({"license": license}), encoding="utf-8")
    assert load_info(tmp_path)["license"] == license


def test_malformed_doi_is_refused(tmp_path):
    (tmp_path / "corpus.yml").write_text("doi: zenodo 123\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match="not a DOI"):
        load_info(tmp_path)


@pytest.mark.parametrize("info", [DEFAULT_INFO, FULL, {**FULL, "license": "CC-BY-4.0 AND CC-BY-NC-SA-4.0"}])
def test_cff_validates_against_the_official_1_2_0_schema(info):
    doc = yaml.safe_load(cite(info, version="0.1.0", date="2024-01-02", manifest_sha256=SHA, style="cff"))
    jsonschema.validate(doc, CFF_SCHEMA)
    assert doc["cff-version"] == "1.2.0" and doc["type"] == "dataset" and doc["version"] == "0.1.0"
    assert doc["identifiers"][0]["value"] == f"sha256:{SHA}"
    assert LICENSE_SCOPE in doc["abstract"]


def test_cff_carries_url_doi_and_repository():
    doc = yaml.safe_load(cite(FULL, version="0.1.0", date="2024-01-02", manifest_sha256=SHA, style="cff"))
    assert (doc["url"], doc["doi"], doc["repository"]) == (FULL["url"], FULL["doi"], FULL["repository"])


def test_repo_cff_files_validate():
    root = Path(__file__).resolve().parents[2]
    jsonschema.validate(yaml.safe_load((root / "CITATION.cff").read_text()), CFF_SCHEMA)
    info = load_info(root / "corpus")
    jsonschema.validate(yaml.safe_load(cite(info, version="0.1.0", date="2024-01-02", manifest_sha256=SHA,
                                            style="cff")), CFF_SCHEMA)


def _parse(text: str) -> dict:
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    assert not library.failed_blocks, library.failed_blocks
    (entry,) = library.entries
    return entry


@pytest.mark.parametrize("style, entry_type", [("bibtex", "dataset"), ("bibtex-misc", "misc")])
def test_bibtex_escapes_special_characters_and_parses_back_to_the_same_fields(style, entry_type):
    text = cite(FULL, version="0.1.0", date="2024-01-02", manifest_sha256=SHA, style=style)
    entry = _parse(text)
    assert entry.entry_type == entry_type and entry.key == "acn_corpus_0_1_0"
    assert entry["title"] == FULL["title"]
    assert entry["author"] == "Haddad, Lina and Team & Co"
    assert entry["doi"] == FULL["doi"] and entry["url"] == FULL["url"]
    assert SHA in entry["note"] and LICENSE_SCOPE in entry["note"]
    assert r"\&" in text and r"\%" in text and r"of\_all" in text


def test_biblatex_dataset_has_version_and_date_and_misc_fallback_has_neither():
    dataset = _parse(cite(FULL, version="0.1.0", date="2024-01-02", manifest_sha256=SHA, style="bibtex"))
    misc = _parse(cite(FULL, version="0.1.0", date="2024-01-02", manifest_sha256=SHA, style="bibtex-misc"))
    assert (dataset["version"], dataset["date"]) == ("0.1.0", "2024-01-02")
    assert "version" not in misc.fields_dict and misc["year"] == "2024" and "Version 0.1.0" in misc["note"]


def test_latex_escape_covers_every_special_character():
    assert latex_escape(r"\&%$#_{}~^") == (r"\textbackslash{}\&\%\$\#\_\{\}\textasciitilde{}"
                                            r"\textasciicircum{}")


def test_apa_7_dataset_prefers_the_doi():
    apa = cite(FULL, version="0.1.0", date="2024-01-02", manifest_sha256=SHA, style="apa")
    assert apa.startswith("Haddad, L., & Team & Co. (2024). Killed & injured")
    assert apa.endswith("[Data set]. https://doi.org/10.5281/zenodo.1234567")
    no_doi = cite({**FULL, "doi": ""}, version="0.1.0", date="2024-01-02", manifest_sha256=SHA, style="apa")
    assert no_doi.endswith(f"[Data set]. {FULL['url']}")


def test_repo_corpus_cites_its_manifest(run_cli, repo_root):
    status, out, _ = run_cli("corpus", "cite", "0.1.0", "--corpus", repo_root / "corpus")
    from analysis.corpus import CorpusStore

    assert status == 0 and CorpusStore(repo_root / "corpus").manifest_sha256("0.1.0")[:12] in out
