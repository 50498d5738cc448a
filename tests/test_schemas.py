"""The data dictionary: every table's columns, types and order are those of its schema."""

from __future__ import annotations

import json

import pytest

from analysis import schemas
from analysis.tables import TABLE_NAMES, table_columns, table_dtypes

FRICTIONLESS_TYPE = {"str": "string", "int64": "integer", "Int64": "integer", "bool": "boolean",
                     "boolean": "boolean", "float64": "number"}


@pytest.mark.parametrize("kind", schemas.KINDS)
def test_every_field_has_a_name_a_type_and_a_one_line_description(kind):
    schema = schemas.load(kind)
    assert schema["name"] == kind and schema["description"]
    names = [f["name"] for f in schema["fields"]]
    assert len(names) == len(set(names))
    for field in schema["fields"]:
        assert set(field) == {"name", "type", "description"}, field
        assert field["type"] in {"string", "integer", "boolean", "number"}
        assert field["description"].strip() and "\n" not in field["description"], field["name"]


@pytest.mark.parametrize("kind", TABLE_NAMES)
def test_schema_lists_the_tables_columns_in_order_with_their_types(kind):
    # Defect: 14 of the 30 casualty columns were undocumented, and extras came in alphabetical order.
    assert schemas.field_names(kind) == list(table_columns(kind))
    types = {f["name"]: f["type"] for f in schemas.load(kind)["fields"]}
    assert {c: FRICTIONLESS_TYPE[d] for c, d in table_dtypes(kind).items()} == types


def test_item_tables_carry_the_documents_context_columns():
    for kind in ("terms", "actors", "quotes", "casualties"):
        assert {"outlet", "published", "date_precision", "title"} <= set(schemas.field_names(kind))


def test_schemas_ship_as_json_files_in_the_package():
    for kind in schemas.KINDS:
        assert json.loads(schemas.path(kind).read_text(encoding="utf-8"))["name"] == kind


def test_problems_names_a_bad_cell(tmp_path):
    bad = tmp_path / "k.csv"
    bad.write_text("doc_id,start,end,left,match,right,key\na,x,2,l,m,r,k\n", encoding="utf-8")
    found = schemas.problems(bad, "kwic")
    assert len(found) == 1 and "type-error" in found[0] and "start" in found[0]
    swapped = tmp_path / "s.csv"
    swapped.write_text("doc_id,end,start,left,match,right,key\na,2,1,l,m,r,k\n", encoding="utf-8")
    assert schemas.problems(swapped, "kwic")


def _code_columns() -> dict[str, list[str]]:
    from analysis.coding.agreement import COLUMNS as AGREEMENT
    from analysis.coding.evaluate import DISAGREEMENT_COLUMNS, SCORE_COLUMNS
    from analysis.discovery.collocations import ACTOR_COLUMNS, MULTIWORD_COLUMNS
    from analysis.discovery.keyness import KEYNESS_COLUMNS
    from analysis.framing.discover_cli import LISTING_COLUMNS
    from analysis.reuse.clusters import CLUSTER_COLUMNS
    from analysis.reuse.edits import EDIT_COLUMNS
    from analysis.reuse.search import REUSE_COLUMNS

    return {"speaker_candidates": LISTING_COLUMNS, "keyness": KEYNESS_COLUMNS, "collocations": MULTIWORD_COLUMNS,
            "actor_collocations": ACTOR_COLUMNS, "reuse_pairs": REUSE_COLUMNS, "reuse_clusters": CLUSTER_COLUMNS,
            "reuse_edits": EDIT_COLUMNS, "agreement": AGREEMENT, "evaluation": SCORE_COLUMNS,
            "disagreements": DISAGREEMENT_COLUMNS}


@pytest.mark.parametrize("kind", sorted(_code_columns()))
def test_discovery_reuse_and_coding_schemas_list_the_codes_columns_in_order(kind):
    # Defect: these ten exported tables had no schema, so their columns were described nowhere.
    assert schemas.field_names(kind) == list(_code_columns()[kind])


def test_every_command_that_writes_a_table_names_its_schema():
    # Each write_frame call in the package passes kind=..., so every export carries its schema.
    import ast

    from tests.conftest import REPO_ROOT

    missing = []
    for path in sorted((REPO_ROOT / "analysis").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "write_frame":
                if not any(k.arg == "kind" for k in node.keywords):
                    missing.append(f"{path.relative_to(REPO_ROOT)}:{node.lineno}")
    assert missing == []
