"""The data dictionary: a Frictionless table schema for every table the package exports.

One JSON file per table in this folder: the corpus tables (``documents``,
``terms``, ``actors``, ``quotes``, ``casualties``), ``kwic``, ``lexicons``,
``actor_registry``, ``speaker_candidates``, the discovery tables
(``keyness``, ``collocations``, ``actor_collocations``), the reuse tables
(``reuse_pairs``, ``reuse_clusters``, ``reuse_edits``) and the coding tables
(``agreement``, ``evaluation``, ``disagreements``): every table a command
exports. Each
field has a ``name``, a Frictionless ``type`` (``string``, ``integer``,
``boolean``, ``number``) and a one-line ``description``; ``missingValues`` is
``[""]`` (a missing value is an empty cell, never ``NaN``).

Field order is the table's column order. For the item tables it is: the core
columns (``doc_id, start, end`` ... ``sentence``, as in
:data:`analysis.tables.COLUMNS`), then the document's ``outlet, published,
date_precision, title``, then the remaining fields of the stage's record in
their declared order -- never alphabetical, so a new field does not move the
others.

Exports carry their schema (:mod:`analysis.exports`): in the CSV sidecar
``<file>.meta.json``, under ``analysis.schema`` in Parquet metadata, and by
name in JSON.

Example:
    >>> [f["name"] for f in load("kwic")["fields"]][:4]
    ['doc_id', 'start', 'end', 'left']
    >>> describe("documents").iloc[0].tolist()
    ['doc_id', 'string', 'Document id; the text is texts/<doc_id>.txt.']
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis.errors import AnalysisError

SCHEMA_DIR = Path(__file__).resolve().parent
KINDS = ("documents", "terms", "actors", "quotes", "casualties", "kwic", "lexicons", "actor_registry",
         "speaker_candidates", "keyness", "collocations", "actor_collocations", "reuse_pairs", "reuse_clusters",
         "reuse_edits", "agreement", "evaluation", "disagreements")


def load(kind: str) -> dict:
    """The Frictionless table schema of table ``kind`` (a fresh dict).

    Raises:
        AnalysisError: For a table without a schema.
    """
    return copy.deepcopy(_read(kind))


def field_names(kind: str) -> list[str]:
    """The columns of table ``kind``, in order.

    Example:
        >>> field_names("lexicons")
        ['lexicon', 'version', 'key', 'lemmas', 'forms', 'path']
    """
    return [f["name"] for f in _read(kind)["fields"]]


def describe(kind: str) -> pd.DataFrame:
    """The data dictionary of one table: ``name``, ``type``, ``description`` per column."""
    return pd.DataFrame([{k: f[k] for k in ("name", "type", "description")} for f in _read(kind)["fields"]])


def path(kind: str) -> Path:
    """The JSON file of table ``kind``'s schema."""
    if kind not in KINDS:
        raise AnalysisError(f"no schema for table {kind!r} (schemas: {', '.join(KINDS)})")
    return SCHEMA_DIR / f"{kind}.json"


def problems(path: Path | str, kind: str, *, limit: int = 20) -> list[str]:
    """Check an export (CSV, JSON or Parquet) against table ``kind``'s schema with Frictionless.

    The header must list the schema's fields in order, and every cell must
    have its field's type.

    Returns:
        One line per problem (at most ``limit``); empty when the file is valid.
    """
    import frictionless

    path = Path(path)
    schema = frictionless.Schema.from_descriptor(load(kind))
    if path.suffix == ".csv":
        resource = frictionless.Resource(path=path.name, basepath=str(path.parent), schema=schema, format="csv")
        report = frictionless.validate(resource)
    else:
        report = frictionless.Resource(data=_rows(path, field_names(kind)), schema=schema).validate()
    found = report.flatten(["rowNumber", "fieldName", "type", "note"])
    return [f"{path.name}: {t} (row {r}, field {f}): {n}" for r, f, t, n in found[:limit]]


def _rows(path: Path, fields: list[str]) -> list[list]:
    if path.suffix == ".parquet":
        frame = pd.read_parquet(path)
        rows = json.loads(frame.to_json(orient="values", force_ascii=False))
        return [list(frame.columns), *rows]
    data = json.loads(path.read_text(encoding="utf-8"))
    records = data["rows"] if isinstance(data, dict) else data
    header = list(records[0]) if records else fields  # JSON rows are objects: no header without a row
    return [header, *[[r.get(h) for h in header] for r in records]]


@lru_cache(maxsize=None)
def _read(kind: str) -> dict:
    return json.loads(path(kind).read_text(encoding="utf-8"))


__all__ = ["KINDS", "SCHEMA_DIR", "load", "field_names", "describe", "path", "problems"]
