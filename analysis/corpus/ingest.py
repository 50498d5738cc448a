"""Turn input files into :class:`~analysis.corpus.store.NewDocument` items.

Supported inputs:

* ``.txt`` — one document; its bytes are stored exactly (after the checks below).
* a folder — every ``*.txt`` in it (sorted), one document each.
* ``.html`` / ``.htm`` — main text and metadata extracted with trafilatura;
  the stored text is the extracted text, and notes say so.
* ``.json`` (array of objects), ``.jsonl``, ``.csv`` and ``.zip`` files holding
  those — bulk rows, read through a column mapping such as
  ``text=content,title=title,url=url,outlet=source,published=date_extracted``.

Byte checks (:func:`check_bytes`), applied to every text:

* empty or whitespace-only: refused;
* binary (NUL bytes, mostly control characters, or no detectable text encoding):
  refused; a few stray control characters (common in scraped news) are kept and
  counted in notes;
* UTF-8 byte-order mark: refused, because originals are stored byte-exact,
  unless ``strip_bom`` (``--strip-bom``), which removes it and records that in notes;
* not UTF-8 (e.g. windows-1256): refused with the encoding charset-normalizer
  detects and an ``iconv`` hint, unless ``convert_encoding`` (``--convert-encoding``),
  which converts to UTF-8 and records the source encoding and the sha256 of the
  original bytes in notes.

Document ids: single files use their file name stem (``--id`` overrides);
bulk rows use ``--id-template``, default ``{prefix}_{sha16}`` where ``sha16``
is the first 16 hex digits of the sha256 of the row's text as UTF-8 bytes, so
re-ingesting the same row always gives the same id; or ``id=COLUMN`` in the map.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Iterable, Iterator

from analysis.corpus.ids import DEFAULT_ID_TEMPLATE, check_id, derive_id, text_sha256
from analysis.corpus.store import USER_FIELDS, NewDocument, Rejected
from analysis.errors import AnalysisError

BOM = b"\xef\xbb\xbf"
BULK_SUFFIXES = (".json", ".jsonl", ".csv", ".zip")
HTML_SUFFIXES = (".html", ".htm")
MAP_FIELDS = ("text", "id", *USER_FIELDS)
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def check_bytes(data: bytes, *, source: str, strip_bom: bool = False,
                convert_encoding: str | None = None) -> tuple[bytes, list[str]]:
    """Check text bytes and return what to store plus notes on any change.

    Args:
        data: Bytes as received.
        source: Name for messages.
        strip_bom: Remove a leading UTF-8 BOM instead of refusing.
        convert_encoding: ``"auto"`` (use the detected encoding) or a codec
            name: convert non-UTF-8 input instead of refusing.

    Returns:
        ``(bytes_to_store, notes)``; without options the bytes are unchanged.

    Raises:
        AnalysisError: Empty, binary, BOM or non-UTF-8 input (one line each).

    Example:
        >>> check_bytes("نص".encode(), source="a.txt")  # synthetic
        (b'\\xd9\\x86\\xd8\\xb5', [])
        >>> check_bytes(b"\\xef\\xbb\\xbfx", source="a.txt", strip_bom=True)[1]
        ['UTF-8 byte-order mark removed on ingest (--strip-bom)']
    """
    notes: list[str] = []
    if not data.strip():
        raise AnalysisError(f"{source} is empty")
    if data.startswith(BOM):
        if not strip_bom:
            raise AnalysisError(
                f"{source} starts with a UTF-8 byte-order mark; texts are stored byte-exact, "
                "so pass --strip-bom to remove it (recorded in notes)"
            )
        data = data[len(BOM):]
        notes.append("UTF-8 byte-order mark removed on ingest (--strip-bom)")
        if not data.strip():
            raise AnalysisError(f"{source} is empty apart from its byte-order mark")
    if b"\x00" in data:
        raise AnalysisError(f"{source} looks binary (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        detected = _detect_encoding(data)
        if detected is None:
            raise AnalysisError(f"{source} looks binary: it is not UTF-8 and no text encoding was detected") from None
        if convert_encoding is None:
            raise AnalysisError(
                f"{source} is not UTF-8 (detected {detected}); convert it first, e.g. "
                f"'iconv -f {detected} -t utf-8 {source}', or pass --convert-encoding "
                "to convert on ingest (recorded in notes)"
            ) from None
        codec = detected if convert_encoding == "auto" else convert_encoding
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError) as exc:
            raise AnalysisError(f"{source} cannot be decoded as {codec}: {exc}") from None
        notes.append(
            f"converted from {codec} to UTF-8 on ingest (charset-normalizer detected {detected}); "
            f"original bytes sha256 {text_sha256(data)}"
        )
        data = text.encode("utf-8")
    controls = _CONTROL_RE.findall(text)
    if controls:
        # Scraped news often carries a few stray controls (SUB, U+001A, from old
        # encoding conversions); keep them as received, but binary data is mostly controls.
        if len(controls) > 0.1 * len(text):
            raise AnalysisError(f"{source} looks binary (it is mostly control characters), not text")
        kinds = ", ".join(sorted({f"U+{ord(ch):04X}" for ch in controls}))
        notes.append(f"text contains {len(controls)} control character(s) ({kinds}), kept as received")
    return data, notes


def _detect_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else best.encoding


def parse_mapping(spec: str) -> dict[str, str]:
    """Parse ``field=column,...`` into ``{field: column}``; ``text`` is required.

    Example:
        >>> parse_mapping("text=content,outlet=source")
        {'text': 'content', 'outlet': 'source'}
    """
    mapping: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in (spec or "").split(","))):
        fname, sep, column = part.partition("=")
        fname, column = fname.strip(), column.strip()
        if not sep or not fname or not column:
            raise AnalysisError(f"bad --map entry {part!r}: use FIELD=COLUMN")
        if fname not in MAP_FIELDS:
            raise AnalysisError(f"--map names unknown field {fname!r}; fields: {', '.join(MAP_FIELDS)}")
        if fname in mapping:
            raise AnalysisError(f"--map gives field {fname!r} twice")
        mapping[fname] = column
    if "text" not in mapping:
        raise AnalysisError("--map must name the text column, e.g. --map text=content")
    return mapping


def from_text_file(path: Path, *, doc_id: str | None = None, meta: dict,
                   strip_bom: bool = False, convert_encoding: str | None = None) -> NewDocument:
    """One ``.txt`` file as a document; the id defaults to the file name stem.

    Example:
        >>> import tempfile
        >>> p = Path(tempfile.mkdtemp()) / "d1.txt"; _ = p.write_bytes("نص".encode())  # synthetic
        >>> from_text_file(p, meta={"rights": "CC0"}).doc_id
        'd1'
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise AnalysisError(f"no such file: {path}") from None
    data, notes = check_bytes(data, source=str(path), strip_bom=strip_bom, convert_encoding=convert_encoding)
    return NewDocument(check_id(doc_id or path.stem), data, _with_notes(meta, notes), str(path))


def from_folder(path: Path, *, meta: dict, strip_bom: bool = False,
                convert_encoding: str | None = None) -> Iterator[NewDocument | Rejected]:
    """Every ``*.txt`` in a folder (sorted), ids from file name stems."""
    files = sorted(path.glob("*.txt"))
    if not files:
        raise AnalysisError(f"{path} holds no .txt files")
    for f in files:
        try:
            yield from_text_file(f, meta=meta, strip_bom=strip_bom, convert_encoding=convert_encoding)
        except AnalysisError as exc:
            yield Rejected(str(f), str(exc))


def from_html(path: Path, *, doc_id: str | None = None, meta: dict) -> NewDocument:
    """Main text and metadata of a saved web page, extracted with trafilatura.

    Explicit ``meta`` values win over what the page says. The publication
    date is chosen among every candidate the page offers by
    :mod:`analysis.corpus.dates` (structured metadata, then the URL, then
    trafilatura's guess); the choice and the candidates go into ``notes``, and
    a disagreement is warned about (:class:`PageDateWarning`) and recorded.
    """
    import warnings

    import trafilatura

    from analysis.corpus.dates import choose_date, date_candidates

    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise AnalysisError(f"no such file: {path}") from None
    if not raw.strip():
        raise AnalysisError(f"{path} is empty")
    result = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    if result is None:
        raise AnalysisError(f"{path}: trafilatura found no main text in the page")
    found = result if isinstance(result, dict) else result.as_dict()
    text = (found.get("text") or "").strip()
    if not text:
        raise AnalysisError(f"{path}: trafilatura found no main text in the page")
    page = {
        "title": found.get("title") or "",
        "outlet": found.get("sitename") or "",
        "url": found.get("url") or "",
    }
    merged = {k: v for k, v in page.items() if v}
    notes = [f"main text extracted with trafilatura {trafilatura.__version__} from {path.name} "
             f"(sha256 {text_sha256(raw)})"]
    if not meta.get("published"):
        choice = choose_date(
            date_candidates(raw, url=meta.get("url") or page["url"] or None, text_guess=found.get("date")),
            retrieved=meta.get("retrieved") or None,
        )
        if choice.date:
            merged.update(published=choice.date, date_source=choice.date_source)
        notes.extend(choice.notes())
        for warning in choice.warnings:
            warnings.warn(f"{path.name}: {warning}", PageDateWarning, stacklevel=2)
    merged.update({k: v for k, v in meta.items() if v})
    data, more = check_bytes(text.encode("utf-8"), source=str(path))
    return NewDocument(check_id(doc_id or path.stem), data, _with_notes(merged, notes + more), str(path))


class PageDateWarning(UserWarning):
    """A saved page's date candidates disagree, or the date is the retrieval day."""


def _with_notes(meta: dict, notes: list[str]) -> dict:
    if not notes:
        return dict(meta)
    joined = "; ".join(filter(None, [meta.get("notes", "")] + notes))
    return {**meta, "notes": joined}


def _records(path: Path) -> Iterator[tuple[str, Iterable[dict], list[str] | None]]:
    """Yield ``(origin, rows, columns)`` for a bulk file; columns known for CSV only."""
    suffix = path.suffix.lower()
    if suffix == ".zip":
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, FileNotFoundError) as exc:
            raise AnalysisError(f"{path} is not a readable zip file ({exc})") from None
        with archive:
            members = sorted(n for n in archive.namelist()
                             if Path(n).suffix.lower() in (".json", ".jsonl", ".csv") and not n.endswith("/"))
            if not members:
                raise AnalysisError(f"{path} holds no .json, .jsonl or .csv file")
            for name in members:
                yield from _parse_tabular(f"{path.name}:{name}", Path(name).suffix.lower(), archive.read(name))
        return
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise AnalysisError(f"no such file: {path}") from None
    yield from _parse_tabular(path.name, suffix, data)


def _parse_tabular(origin: str, suffix: str, data: bytes) -> Iterator[tuple[str, Iterable[dict], list[str] | None]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AnalysisError(f"{origin} is not UTF-8 ({exc.reason} at byte {exc.start})") from None
    if suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text, newline=""))
        yield origin, reader, list(reader.fieldnames or [])
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


def _json(text: str, origin: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnalysisError(f"{origin}: invalid JSON ({exc.msg} at line {exc.lineno})") from None


def from_bulk(
    paths: list[Path],
    *,
    mapping: dict[str, str],
    meta: dict,
    id_template: str = DEFAULT_ID_TEMPLATE,
    id_prefix: str = "doc",
    strip_bom: bool = False,
) -> Iterator[NewDocument | Rejected]:
    """Documents from bulk rows, one per row, through a column mapping.

    Args:
        paths: ``.json``, ``.jsonl``, ``.csv`` or ``.zip`` files.
        mapping: ``{field: column}`` from :func:`parse_mapping`.
        meta: Constant metadata for every row (mapped columns win when non-empty).
        id_template: ``str.format`` template for ids (see :func:`analysis.corpus.ids.derive_id`);
            extra fields ``prefix`` and ``file`` (the input file's stem). Ignored
            when the mapping has ``id``.
        id_prefix: Value of ``{prefix}``.
        strip_bom: As in :func:`check_bytes`.

    Yields:
        A :class:`NewDocument` per good row, a :class:`Rejected` per bad row.

    Raises:
        AnalysisError: When the mapping names a column the file lacks.
    """
    for path in paths:
        for origin, rows, columns in _records(path):
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
                values = {f: "" if record[c] is None else str(record[c]) for f, c in mapping.items()}
                try:
                    data, notes = check_bytes(values.pop("text").encode("utf-8"), source="text",
                                              strip_bom=strip_bom)
                    row_meta = {**meta, **{k: v for k, v in values.items() if k != "id" and v.strip()}}
                    if "id" in values:
                        doc_id = check_id(values["id"].strip())
                    else:
                        doc_id = derive_id(id_template, data=data, fields={
                            **{f: row_meta.get(f, "") for f in USER_FIELDS},
                            "prefix": id_prefix, "file": Path(origin.split(":")[-1]).stem,
                        })
                except AnalysisError as exc:
                    yield Rejected(where, str(exc))
                    continue
                yield NewDocument(doc_id, data, _with_notes(row_meta, notes), where)


__all__ = ["check_bytes", "parse_mapping", "from_text_file", "from_folder", "from_html", "PageDateWarning", "from_bulk",
           "BULK_SUFFIXES", "HTML_SUFFIXES", "MAP_FIELDS"]
