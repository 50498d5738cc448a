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
