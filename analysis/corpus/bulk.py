"""Bulk input for ``corpus add``: rows of JSON arrays, JSONL, CSV and zips of those.

Everything is read through bounds (:class:`analysis.corpus.safe_io.InputLimits`):
a plain bulk file and a zip's total uncompressed size are capped (checked
against the zip's declared sizes first, then counted while decompressing, so
a lying header cannot slip through), as are members per zip, bytes per row
text and per CSV field. Damaged input -- a bad CRC, an encrypted member, JSON
nested past Python's recursion limit -- is one ``AnalysisError`` line. JSON
values must be strings (or null): a number or object would otherwise be
stored as its Python repr.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import stat
import zipfile
import zlib
from pathlib import Path
from typing import Iterable, Iterator

from analysis.corpus.ids import DEFAULT_ID_TEMPLATE, check_id, check_id_template, derive_id
from analysis.corpus.ingest import _with_notes, apply_language, check_bytes, one_line
from analysis.corpus.records import USER_FIELDS, NewDocument, Rejected
from analysis.corpus.safe_io import InputLimits, read_bounded, read_input_file
from analysis.errors import AnalysisError

TABULAR = (".json", ".jsonl", ".csv")


def _records(path: Path, limits: InputLimits) -> Iterator[tuple[str, Iterable[dict], list[str] | None]]:
    """Yield ``(origin, rows, columns)`` for a bulk file; columns known for CSV only."""
    suffix = path.suffix.lower()
    if suffix != ".zip":
        data = read_input_file(path, limit=limits.archive_bytes, flag="--max-archive-bytes")
        yield from _parse_tabular(path.name, suffix, data, limits)
        return
    try:
        archive = zipfile.ZipFile(_regular_file(path))
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError) as exc:
        raise AnalysisError(f"{path} is not a readable zip file ({exc})") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.archive_members:
            raise AnalysisError(f"{path} holds {len(infos)} members, more than the limit of "
                                f"{limits.archive_members} (raise it with --max-members)")
        members = sorted((i for i in infos if Path(i.filename).suffix.lower() in TABULAR and not i.is_dir()),
                         key=lambda i: i.filename)
        if not members:
            raise AnalysisError(f"{path} holds no .json, .jsonl or .csv file")
        declared = sum(i.file_size for i in members)
        if declared > limits.archive_bytes:
            raise AnalysisError(f"{path} unpacks to {declared} bytes, more than the limit of "
                                f"{limits.archive_bytes} (raise it with --max-archive-bytes)")
        budget = limits.archive_bytes
        for info in members:
            origin = f"{path.name}:{info.filename}"
            data = _read_member(archive, info, origin, budget)
            budget -= len(data)
            yield from _parse_tabular(origin, Path(info.filename).suffix.lower(), data, limits)


def _regular_file(path: Path) -> Path:
    """``path`` if it is a regular file (a zip is opened by name, as it must be seekable)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise AnalysisError(f"{path} is not a regular file")
    except FileNotFoundError:
        raise AnalysisError(f"no such file: {path}") from None
    return path


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, origin: str, budget: int) -> bytes:
    if info.flag_bits & 0x1:
        raise AnalysisError(f"{origin} is encrypted; decrypt the archive first")
    try:
        with archive.open(info) as member:
            return read_bounded(member, limit=budget, what=f"{origin} (with the members before it)",
                                flag="--max-archive-bytes")
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError) as exc:
        raise AnalysisError(f"{origin} cannot be read from the zip ({exc})") from None


def _parse_tabular(origin: str, suffix: str, data: bytes,
                   limits: InputLimits) -> Iterator[tuple[str, Iterable[dict], list[str] | None]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AnalysisError(f"{origin} is not UTF-8 ({exc.reason} at byte {exc.start})") from None
    if suffix == ".csv":
        with _csv_field_limit(limits.csv_field):
            reader = csv.DictReader(io.StringIO(text, newline=""))
            try:
                columns = list(reader.fieldnames or [])
            except csv.Error as exc:
                raise _csv_error(origin, exc) from None
        yield origin, _csv_rows(reader, origin, limits), columns
    elif suffix == ".jsonl":
        rows = []
        for n, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                rows.append(_json(line, f"{origin}:{n}"))
        yield origin, rows, None
    else:
        rows = _json(text, origin)
        if isinstance(rows, dict):
            lists = [v for v in rows.values() if isinstance(v, list)]
            if len(lists) != 1:
                raise AnalysisError(f"{origin}: expected a JSON array of objects")
            rows = lists[0]
        if not isinstance(rows, list):
            raise AnalysisError(f"{origin}: expected a JSON array of objects")
        yield origin, rows, None


@contextlib.contextmanager
def _csv_field_limit(limit: int):
    old = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(old)


def _csv_error(origin: str, exc: csv.Error) -> AnalysisError:
    hint = " (raise the limit with --max-csv-field)" if "larger than field limit" in str(exc) else ""
    return AnalysisError(f"{origin}: malformed CSV ({exc}){hint}")


def _csv_rows(reader: csv.DictReader, origin: str, limits: InputLimits) -> Iterator[dict]:
    with _csv_field_limit(limits.csv_field):
        try:
            yield from reader
        except csv.Error as exc:
            raise _csv_error(f"{origin}:{reader.line_num}", exc) from None


def _json(text: str, origin: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnalysisError(f"{origin}: invalid JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise AnalysisError(f"{origin}: JSON nested too deeply to read") from None


def _value(record: dict, column: str) -> str:
    value = record[column]
    if value is None:
        return ""
    if not isinstance(value, str):
        raise AnalysisError(f"column {column!r} holds a JSON {type(value).__name__}, not a string; "
                            "convert it to text first")
    return value


def from_bulk(
    paths: list[Path],
    *,
    mapping: dict[str, str],
    meta: dict,
    id_template: str = DEFAULT_ID_TEMPLATE,
    id_prefix: str = "doc",
    strip_bom: bool = False,
    limits: InputLimits = InputLimits(),
) -> Iterator[NewDocument | Rejected]:
    """Documents from bulk rows, one per row, through a column mapping.

    Args:
        paths: ``.json``, ``.jsonl``, ``.csv`` or ``.zip`` files.
        mapping: ``{field: column}`` from :func:`analysis.corpus.ingest.parse_mapping`.
        meta: Constant metadata for every row (mapped columns win when non-empty).
        id_template: ``str.format`` template of plain fields (see
            :func:`analysis.corpus.ids.derive_id`); extra fields ``prefix`` and
            ``file`` (the input file's stem). Ignored when the mapping has ``id``.
        id_prefix: Value of ``{prefix}``.
        strip_bom: As in :func:`analysis.corpus.ingest.check_bytes`.
        limits: Input bounds.

    Yields:
        A :class:`NewDocument` per good row, a :class:`Rejected` per bad row.

    Raises:
        AnalysisError: For a malformed template, a mapping naming a column the
            file lacks, or unreadable or oversized input.

    Example:
        >>> import tempfile
        >>> p = Path(tempfile.mkdtemp()) / "rows.json"
        >>> _ = p.write_text('[{"t": "نص"}, {"t": 5}]', encoding="utf-8")  # synthetic
        >>> [type(x).__name__ for x in from_bulk([p], mapping={"text": "t"}, meta={"rights": "CC0"})]
        ['NewDocument', 'Rejected']
    """
    if "id" not in mapping:
        check_id_template(id_template, fields=[*USER_FIELDS, "prefix", "file"])
    for path in paths:
        for origin, rows, columns in _records(path, limits):
            if columns is not None:
                missing = [c for c in mapping.values() if c not in columns]
                if missing:
                    raise AnalysisError(
                        f"{origin}: --map names missing column(s) {', '.join(missing)} "
                        f"(columns: {', '.join(columns)})"
                    )
            for n, record in enumerate(rows, start=1):
                where = f"{origin}#{n}"
                if not isinstance(record, dict):
                    yield Rejected(where, "row is not an object")
                    continue
                missing = [c for c in mapping.values() if c not in record]
                if missing:
                    if n == 1:
                        raise AnalysisError(
                            f"{where}: --map names missing column(s) {', '.join(missing)} "
                            f"(columns: {', '.join(map(str, record))})"
                        )
                    yield Rejected(where, f"row lacks column(s) {', '.join(missing)}")
                    continue
                try:
                    yield _document(record, where, origin, mapping=mapping, meta=meta, id_template=id_template,
                                    id_prefix=id_prefix, strip_bom=strip_bom, limits=limits)
                except AnalysisError as exc:
                    yield Rejected(where, str(exc))


def _document(record: dict, where: str, origin: str, *, mapping, meta, id_template, id_prefix, strip_bom,
              limits: InputLimits) -> NewDocument:
    values = {f: _value(record, c) for f, c in mapping.items()}
    raw = values.pop("text").encode("utf-8")
    if len(raw) > limits.doc_bytes:
        raise AnalysisError(f"text is larger than the limit of {limits.doc_bytes} bytes "
                            "(raise it with --max-doc-bytes)")
    data, notes = check_bytes(raw, source="text", strip_bom=strip_bom)
    row_meta = {**meta, **{k: one_line(v, what=k, notes=notes) for k, v in values.items()
                           if k != "id" and v.strip()}}
    row_meta = apply_language(row_meta, data.decode("utf-8"), source="text")
    if "id" in values:
        doc_id = check_id(values["id"].strip())
    else:
        doc_id = derive_id(id_template, data=data, fields={
            **{f: row_meta.get(f, "") for f in USER_FIELDS},
            "prefix": id_prefix, "file": Path(origin.split(":")[-1]).stem,
        })
    return NewDocument(doc_id, data, _with_notes(row_meta, notes), where)


__all__ = ["from_bulk", "TABULAR"]
