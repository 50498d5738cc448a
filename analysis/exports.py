"""Tables written for a researcher, with the versions that made them.

One function, :func:`write_table`, writes a DataFrame as CSV, JSON or Parquet
through :mod:`analysis.outputs` (the one guard, atomic writer and CSV writer)
and attaches its provenance the way each format allows:

* **CSV**: the table itself, plus a sidecar ``<file>.meta.json`` holding
  ``{"versions": {...}, "schema": {...}}`` (standard output gets the table only);
* **JSON**: ``{"versions": {...}, "schema": "<kind>", "rows": [...]}``;
* **Parquet**: key-value metadata ``analysis.versions`` and
  ``analysis.schema`` (JSON strings) beside pandas' own entry.

``versions`` is what :class:`analysis.tables.CorpusTables` reports (corpus
version and manifest sha256, package, lexicons/actors/cues with version and
sha256, backend, and the filters applied); ``schema`` is the table's
Frictionless schema from :mod:`analysis.schemas` when it has one.

Example:
    >>> import pandas as pd, tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> _ = write_table(pd.DataFrame({"doc_id": ["a"]}), "csv", out, versions={"corpus": "0.1.0"})
    >>> read_versions(out)
    {'corpus': '0.1.0'}
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.errors import AnalysisError
from analysis.outputs import csv_text, guard_output, write_bytes, write_csv, write_text

FORMATS = ("csv", "json", "parquet")
VERSIONS_KEY = b"analysis.versions"
SCHEMA_KEY = b"analysis.schema"


def sidecar_path(path: Path | str) -> Path:
    """The ``<file>.meta.json`` written beside a CSV export."""
    path = Path(path)
    return path.with_name(path.name + ".meta.json")


def write_table(
    frame: pd.DataFrame,
    fmt: str,
    out: Path | str | None,
    *,
    versions: dict[str, Any] | None = None,
    schema: dict | None = None,
    force: bool = False,
) -> Path | None:
    """Write ``frame`` as ``fmt`` to ``out`` (``None``: standard output) with its versions.

    Args:
        frame: The table.
        fmt: ``csv``, ``json`` or ``parquet`` (Parquet needs ``out``).
        out: Target file; refused inside a corpus folder, or when it exists
            and ``force`` is false (see :func:`analysis.outputs.guard_output`).
        versions: Provenance to attach (``None``: none).
        schema: The table's Frictionless schema (a dict) to attach.
        force: Replace existing files (the CLI's ``--force``).

    Returns:
        The path written, or ``None`` for standard output.
    """
    if fmt not in FORMATS:
        raise AnalysisError(f"unknown format {fmt!r} (use one of {', '.join(FORMATS)})")
    if fmt == "parquet" and out is None:
        raise AnalysisError("--format parquet needs --out FILE")
    if fmt == "csv":
        if out is None:
            sys.stdout.write(csv_text(frame))
            return None
        meta = None
        if versions is not None or schema is not None:
            meta = sidecar_path(out)
            guard_output(meta, force=force, what="sidecar")
        guard_output(out, force=force)
        written = write_csv(frame, out, force=force)
        if meta is not None:
            write_text(meta, _json({"versions": versions, "schema": schema}, indent=1), force=force)
        return written
    if fmt == "json":
        rows = json.loads(frame.to_json(orient="records", force_ascii=False, date_format="iso"))
        body: Any = rows
        if versions is not None or schema is not None:
            body = {"versions": versions, "schema": (schema or {}).get("name"), "rows": rows}
        text = _json(body, indent=1)
        if out is None:
            sys.stdout.write(text)
            return None
        return write_text(out, text, force=force)
    return write_bytes(out, parquet_bytes(frame, versions=versions, schema=schema), force=force)


def parquet_bytes(frame: pd.DataFrame, *, versions: dict | None = None, schema: dict | None = None) -> bytes:
    """``frame`` as Parquet bytes, with versions and schema in the key-value metadata."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(frame, preserve_index=False)
    metadata = dict(table.schema.metadata or {})
    if versions is not None:
        metadata[VERSIONS_KEY] = _json(versions).encode()
    if schema is not None:
        metadata[SCHEMA_KEY] = _json(schema).encode()
    buf = io.BytesIO()
    pq.write_table(table.replace_schema_metadata(metadata), buf)
    return buf.getvalue()


def read_versions(path: Path | str) -> dict | None:
    """The versions an export carries (CSV sidecar, JSON object or Parquet metadata)."""
    path = Path(path)
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        raw = (pq.read_schema(path).metadata or {}).get(VERSIONS_KEY)
        return json.loads(raw) if raw else None
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        return data.get("versions") if isinstance(data, dict) else None
    meta = sidecar_path(path)
    return json.loads(meta.read_text(encoding="utf-8"))["versions"] if meta.is_file() else None


def _json(value: Any, *, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent, default=str) + "\n"


__all__ = ["FORMATS", "write_table", "parquet_bytes", "read_versions", "sidecar_path"]
