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

import re
import unicodedata
from pathlib import Path
from typing import Iterator

from analysis.corpus.ids import check_id, text_sha256
from analysis.corpus.records import USER_FIELDS, NewDocument, Rejected
from analysis.corpus.safe_io import InputLimits, read_input_file
from analysis.corpus.writes import is_blank
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
    if len(data) <= 64 * 1024 and is_blank(data.decode("utf-8", errors="ignore")) and b"\x00" not in data:
        raise AnalysisError(f"{source} is empty (only whitespace or invisible marks)")
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


def from_text_file(path: Path, *, doc_id: str | None = None, meta: dict, strip_bom: bool = False,
                   convert_encoding: str | None = None, limits: InputLimits = InputLimits()) -> NewDocument:
    """One ``.txt`` file as a document; the id defaults to the file name stem.

    Example:
        >>> import tempfile
        >>> p = Path(tempfile.mkdtemp()) / "d1.txt"; _ = p.write_bytes("نص".encode())  # synthetic
        >>> from_text_file(p, meta={"rights": "CC0"}).doc_id
        'd1'
    """
    data = read_input_file(path, limit=limits.doc_bytes, flag="--max-doc-bytes")
    data, notes = check_bytes(data, source=str(path), strip_bom=strip_bom, convert_encoding=convert_encoding)
    meta = apply_language(meta, data.decode("utf-8"), source=str(path))
    return NewDocument(check_id(doc_id or path.stem), data, _with_notes(meta, notes), str(path))


def from_folder(path: Path, *, meta: dict, strip_bom: bool = False, convert_encoding: str | None = None,
                limits: InputLimits = InputLimits()) -> Iterator[NewDocument | Rejected]:
    """Every ``*.txt`` in a folder (sorted), ids from file name stems."""
    files = sorted(path.glob("*.txt"))
    if not files:
        raise AnalysisError(f"{path} holds no .txt files")
    for f in files:
        try:
            yield from_text_file(f, meta=meta, strip_bom=strip_bom, convert_encoding=convert_encoding,
                                 limits=limits)
        except AnalysisError as exc:
            yield Rejected(str(f), str(exc))


def from_html(path: Path, *, doc_id: str | None = None, meta: dict,
              limits: InputLimits = InputLimits()) -> NewDocument:
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

    raw = read_input_file(path, limit=limits.doc_bytes, flag="--max-doc-bytes")
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
    notes: list[str] = []
    merged = {k: one_line(v, what=k, notes=notes) for k, v in page.items() if v}
    notes[:0] = [f"main text extracted with trafilatura {trafilatura.__version__} from {path.name} "
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
    merged = apply_language(merged, text, source=str(path))
    return NewDocument(check_id(doc_id or path.stem), data, _with_notes(merged, notes + more), str(path))


class PageDateWarning(UserWarning):
    """A saved page's date candidates disagree, or the date is the retrieval day."""


def one_line(value: str, *, what: str, notes: list[str]) -> str:
    """A title or outlet found in a file, with control characters (tabs, SUB) replaced by spaces.

    Values typed on the command line are refused instead (see
    :func:`analysis.corpus.ids.check_plain`); values found in pages and bulk
    rows are metadata, not the original text, so they are cleaned and a note says so.

    Example:
        >>> notes = []; one_line("عنوان" + chr(9) + "الخبر", what="title", notes=notes), notes  # synthetic
        ('عنوان الخبر', ['title: 1 control character(s) replaced by spaces'])
    """
    bad = sum(1 for ch in value if unicodedata.category(ch) in ("Cc", "Zl", "Zp"))
    if not bad:
        return value
    notes.append(f"{what}: {bad} control character(s) replaced by spaces")
    cleaned = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in value)
    return " ".join(cleaned.split())


def _script_shares(text: str) -> tuple[int, int]:
    latin = arabic = 0
    for ch in text:
        if not ch.isalpha():
            continue
        o = ord(ch)
        if o < 0x0250 or 0x1E00 <= o <= 0x1EFF:
            latin += 1
        elif 0x0600 <= o <= 0x08FF or 0xFB50 <= o <= 0xFEFF:
            arabic += 1
    return latin, arabic


def apply_language(meta: dict, text: str, *, source: str) -> dict:
    """``meta`` with ``language`` defaulted to ``ar``; a text almost all in Latin script needs it given.

    Raises:
        AnalysisError: When no language is given and over 90% of the letters
            are Latin (stored as ``ar`` it would be misread by every stage).

    Example:
        >>> apply_language({}, "قال مصدر عسكري", source="x")["language"]  # synthetic
        'ar'
        >>> apply_language({}, "The army said", source="x")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        analysis.errors.AnalysisError: x: the text is almost all Latin script (100% of its letters)...
    """
    if meta.get("language"):
        return meta
    latin, arabic = _script_shares(text)
    if latin and latin > 0.9 * (latin + arabic):
        share = round(100 * latin / (latin + arabic))
        raise AnalysisError(f"{source}: the text is almost all Latin script ({share}% of its letters); "
                            "pass --language (e.g. --language en) to add it, or --language ar if it is Arabic")
    return {**meta, "language": "ar"}


def _with_notes(meta: dict, notes: list[str]) -> dict:
    if not notes:
        return dict(meta)
    joined = "; ".join(filter(None, [meta.get("notes", "")] + notes))
    return {**meta, "notes": joined}


def from_bulk(paths: list[Path], **options) -> Iterator[NewDocument | Rejected]:
    """Bulk rows as documents: see :func:`analysis.corpus.bulk.from_bulk` (which builds on the checks here)."""
    from analysis.corpus.bulk import from_bulk as rows_of

    return rows_of(paths, **options)



__all__ = ["check_bytes", "InputLimits", "apply_language", "one_line", "parse_mapping", "from_text_file", "from_folder", "from_html", "PageDateWarning", "from_bulk",
           "BULK_SUFFIXES", "HTML_SUFFIXES", "MAP_FIELDS"]
