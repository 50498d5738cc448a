"""The written codebook (analysis/coding/data/codebook.yml) and its Markdown rendering."""

from __future__ import annotations

import pytest
import yaml

from analysis.__main__ import main
from analysis.coding.codebook import SCHEMES
from analysis.coding.definitions import CODEBOOK_FILE, codebook_markdown, load_definitions
from analysis.coding.export import sheet_schema
from analysis.errors import AnalysisError

HARD_CASES = ("Shared figures", "Subsets", "Vague counts", "Martyr wording", "Agentless deaths")


def test_every_variable_and_label_of_every_scheme_is_defined_with_an_example():
    book = load_definitions()
    for what, sch in SCHEMES.items():
        for var in sch.variables:
            assert book.variable(what, var.name)["definition"]
            for label in var.labels or ():
                body = book.label(what, var.name, label)
                assert body["definition"] and any("\u0600" <= ch <= "\u06ff" for ch in body["example"])


def test_markdown_covers_every_label_and_the_hard_cases():
    text = codebook_markdown()
    for sch in SCHEMES.values():
        for var in sch.variables:
            assert f"### `{var.name}`" in text
            for label in var.labels or ():
                assert f"| `{label}` |" in text
    for title in HARD_CASES:
        assert f"### {title}" in text
    assert load_definitions().sha256[:12] in text


def _edited(tmp_path, edit):
    data = yaml.safe_load(CODEBOOK_FILE.read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "codebook.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize("edit, problem", [
    (lambda d: d["kinds"]["casualties"]["variables"]["category"]["labels"].pop("killed"),
     "labels differ from the scheme (missing: killed"),
    (lambda d: d["kinds"]["casualties"]["variables"]["hedge"]["labels"].update(
        {"roughly": {"definition": "x", "example": "نحو"}}), "not in the scheme: roughly"),
    (lambda d: d["kinds"]["terms"]["variables"].update({"colour": {"definition": "x"}}),
     "not a variable of the terms scheme"),
    (lambda d: d["kinds"]["actors"]["variables"]["actor"].pop("definition"), "needs a definition"),
])
def test_a_codebook_that_drifts_from_the_schemes_is_refused(tmp_path, edit, problem):
    with pytest.raises(AnalysisError, match=problem.replace("(", r"\(")):
        load_definitions(_edited(tmp_path, edit))


def test_sheet_schema_carries_the_same_definitions():
    schema = sheet_schema("casualties")
    book = load_definitions()
    assert schema["variables"]["category"]["labels"]["killed"] == book.label("casualties", "category", "killed")[
        "definition"]
    assert schema["codebook"]["version"] == book.version and schema["blind"] is False


def test_cli_writes_the_codebook_and_refuses_to_overwrite_without_force(tmp_path, capsys):
    out = tmp_path / "codebook.md"
    assert main(["coding", "codebook", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == codebook_markdown()
    assert main(["coding", "codebook", "--out", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["coding", "codebook", "--out", str(out), "--force"]) == 0


def test_cli_codebook_refuses_a_path_inside_a_corpus(corpus_dir, capsys):
    assert main(["coding", "codebook", "--out", str(corpus_dir / "codebook.md")]) == 1
    assert "inside the corpus folder" in capsys.readouterr().err
    assert not (corpus_dir / "codebook.md").exists()
