"""The metadata table: fields, Frictionless descriptor, deterministic CSV.

``metadata.csv`` has one row per document, sorted by doc_id, columns in
:data:`FIELDS` order, ``\\n`` line endings, UTF-8 without BOM, so that the same
content always gives the same bytes (and the same sha256 in a manifest).

Unknown stays unknown: free-text fields (title, outlet, url, notes) and dates
(published, retrieved) are left empty; the enums use ``unknown``. Nothing is
ever invented to fill a gap.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from typing import Iterable

from analysis.corpus.ids import ID_PATTERN, check_id, check_plain
from analysis.errors import AnalysisError

DATE_PRECISIONS = ("day", "month", "year", "unknown")
DATE_SOURCES = ("metadata", "inferred", "unknown")
SEMVER_PATTERN = r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$"
LANGUAGE_PATTERN = r"^(und|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$"
PUBLISHED_PATTERN = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
RETRIEVED_PATTERN = r"^(\d{4}-\d{2}-\d{2})?$"
URL_PATTERN = r"^(https?://[^\x00-\x20\x7f]+)?$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"

# (name, frictionless type, description, constraints). Order is the CSV column order.
SCHEMA_FIELDS: list[tuple[str, str, str, dict]] = [
    ("doc_id", "string", "Stable id; the text is texts/<doc_id>.txt.",
     {"required": True, "unique": True, "pattern": ID_PATTERN}),
    ("title", "string", "Headline as published; empty when unknown.", {}),
    ("outlet", "string", "Publishing outlet; empty when unknown.", {}),
    ("url", "string", "Source URL; empty when unknown.", {"pattern": URL_PATTERN}),
    ("published", "string",
     "Publication date as YYYY-MM-DD, YYYY-MM or YYYY (see date_precision); empty when unknown.",
     {"pattern": PUBLISHED_PATTERN}),
    ("date_precision", "string", "Precision of published.",
     {"required": True, "enum": list(DATE_PRECISIONS)}),
    ("date_source", "string",
     "Where published comes from: the source's metadata, inferred (see notes), or unknown.",
     {"required": True, "enum": list(DATE_SOURCES)}),
    ("language", "string", "BCP-47 language tag of the text (und when unknown).",
     {"required": True, "pattern": LANGUAGE_PATTERN}),
    ("retrieved", "string", "Date the text was retrieved, YYYY-MM-DD; empty when unknown.",
     {"pattern": RETRIEVED_PATTERN}),
    ("rights", "string", "Licence or rights statement for the text.", {"required": True}),
    ("sha256", "string", "sha256 of the stored text bytes.",
     {"required": True, "pattern": SHA256_PATTERN}),
    ("n_chars", "integer", "Length of the text in Unicode code points.",
     {"required": True, "minimum": 1}),
    ("added_in", "string", "Corpus version that first released the document; empty until released.",
     {"pattern": f"^({SEMVER_PATTERN[1:-1]})?$"}),
    ("notes", "string", "Provenance notes: inferred dates, conversions, gaps.", {}),
]
FIELDS: tuple[str, ...] = tuple(f[0] for f in SCHEMA_FIELDS)
REQUIRED = tuple(f[0] for f in SCHEMA_FIELDS if f[3].get("required"))
# Always used with fullmatch: "$" alone would also accept a final "\n".
_PATTERNS = {f[0]: re.compile(f[3]["pattern"]) for f in SCHEMA_FIELDS if "pattern" in f[3]}
ONE_LINE_FIELDS = ("doc_id", "title", "outlet", "url", "published", "language", "retrieved", "rights")
# Arabic-Indic (U+0660-0669) and Eastern Arabic-Indic (U+06F0-06F9) digits -> ASCII.
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


def ascii_digits(value: str) -> str:
    """``value`` with Arabic-Indic digits replaced by ASCII ones.

    Example:
        >>> ascii_digits("٢٠١٥-٠٧-٢١")
        '2015-07-21'
    """
    return value.translate(ARABIC_DIGITS)


def datapackage_descriptor(*, name: str = "arabic-conflict-news-corpus",
                           title: str = "Arabic Conflict News corpus") -> dict:
    """The Frictionless data-package descriptor for ``metadata.csv``.

    Example:
        >>> d = datapackage_descriptor()
        >>> [f["name"] for f in d["resources"][0]["schema"]["fields"]][:3]
        ['doc_id', 'title', 'outlet']
    """
    fields = []
    for fname, ftype, desc, cons in SCHEMA_FIELDS:
        field = {"name": fname, "type": ftype, "description": desc}
        if cons:
            field["constraints"] = dict(cons)
        fields.append(field)
    return {
        "name": name,
        "title": title,
        "resources": [{
            "name": "metadata",
            "path": "metadata.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {"delimiter": ",", "lineTerminator": "\n", "quoteChar": "\"",
                        "doubleQuote": True, "header": True},
            "schema": {"fields": fields, "primaryKey": ["doc_id"], "missingValues": [""]},
        }],
    }


def datapackage_bytes() -> bytes:
    """Deterministic bytes of ``datapackage.json``."""
    return (json.dumps(datapackage_descriptor(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def row_bytes(row: dict) -> bytes:
    """One CSV line for ``row`` (in FIELDS order), as stored; used for per-row hashes.

    Example:
        >>> row_bytes({"doc_id": "a", "n_chars": 3, "title": "x, y"})
        b'a,"x, y",,,,,,,,,,3,,\\n'
    """
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([_cell(row.get(f, "")) for f in FIELDS])
    return buf.getvalue().encode("utf-8")


def _cell(value) -> str:
    return "" if value is None else str(value)


def serialize(rows: Iterable[dict]) -> bytes:
    """Serialize rows to the canonical CSV bytes (sorted by doc_id, header first).

    Example:
        >>> serialize([{"doc_id": "b"}, {"doc_id": "a"}]).decode().splitlines()[1:]
        ['a,,,,,,,,,,,,,', 'b,,,,,,,,,,,,,']
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(FIELDS)
    for row in sorted(rows, key=lambda r: r["doc_id"]):
        writer.writerow([_cell(row.get(f, "")) for f in FIELDS])
    return buf.getvalue().encode("utf-8")


def parse(data: bytes, *, source: str = "metadata.csv") -> dict[str, dict]:
    """Parse canonical CSV bytes into ``{doc_id: row}``; values are strings, n_chars an int.

    Raises:
        AnalysisError: On a wrong header, a malformed n_chars, or a repeated doc_id.

    Example:
        >>> parse(serialize([{"doc_id": "a", "n_chars": 2}]))["a"]["n_chars"]
        2
    """
    text = data.decode("utf-8")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        return {}
    if tuple(header) != FIELDS:
        raise AnalysisError(f"{source}: header is {','.join(header)!r}, expected {','.join(FIELDS)!r}")
    rows: dict[str, dict] = {}
    for line_no, values in enumerate(reader, start=2):
        if len(values) != len(FIELDS):
            raise AnalysisError(f"{source}:{line_no}: {len(values)} columns, expected {len(FIELDS)}")
        row = dict(zip(FIELDS, values))
        try:
            row["n_chars"] = int(row["n_chars"])
        except ValueError:
            raise AnalysisError(f"{source}:{line_no}: n_chars {row['n_chars']!r} is not an integer") from None
        if row["doc_id"] in rows:
            raise AnalysisError(f"{source}:{line_no}: doc_id {row['doc_id']!r} appears twice")
        rows[row["doc_id"]] = row
    return rows


def parse_date(value: str, *, what: str = "published") -> tuple[str, str]:
    """Normalize a user-supplied date and tell its precision.

    Accepts ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` and ISO date-times
    (``2015-07-21 02:51:32``, ``2015-07-21T02:51:32Z``), which are cut to the day.

    Returns:
        ``(date, precision)``, e.g. ``("2023-09-20", "day")``; ``("", "unknown")`` for empty input.

    Raises:
        AnalysisError: For an unparseable or impossible date.

    Example:
        >>> parse_date("2015-07-21 02:51:32")
        ('2015-07-21', 'day')
        >>> parse_date("2023-09")
        ('2023-09', 'month')
    """
    value = (value or "").strip()
    if not value or value.lower() == "unknown":
        return "", "unknown"
    # [0-9], not \d: \d also matches other scripts' digits, which would be stored verbatim.
    m = re.fullmatch(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2})(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}"
                     r"(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?)?)?", value)
    if not m:
        raise AnalysisError(f"invalid {what} date {value!r}: use YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = m.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise AnalysisError(f"invalid {what} date {value!r}: {exc}") from None
    if day:
        return f"{year}-{month}-{day}", "day"
    if month:
        return f"{year}-{month}", "month"
    return year, "year"


def validate_row(row: dict, *, today: dt.date | None = None) -> list[str]:
    """Check one metadata row against the schema and the date rules.

    Returns:
        Problems as short phrases (empty when the row is valid).

    Example:
        >>> validate_row({"doc_id": "a", "published": "2999-01-01", "date_precision": "day",
        ...               "date_source": "metadata", "language": "ar", "rights": "x",
        ...               "sha256": "0" * 64, "n_chars": 1})
        ['published 2999-01-01 is in the future']
    """
    today = today or dt.date.today()
    problems = []
    try:
        check_id(row.get("doc_id", ""))
    except AnalysisError as exc:
        problems.append(str(exc))
    for name in ONE_LINE_FIELDS[1:]:
        try:
            check_plain(_cell(row.get(name, "")), what=name)
        except AnalysisError as exc:
            problems.append(str(exc))
    for name in REQUIRED:
        if row.get(name) in (None, ""):
            problems.append(f"missing required field {name}")
    for name, pattern in _PATTERNS.items():
        value = _cell(row.get(name, ""))
        if name == "doc_id" or (value == "" and name in REQUIRED):
            continue
        if not pattern.fullmatch(value):
            problems.append(f"{name} {value!r} does not match {pattern.pattern}")
    precision, source = row.get("date_precision"), row.get("date_source")
    if precision not in (*DATE_PRECISIONS, None, ""):
        problems.append(f"date_precision {precision!r} not one of {', '.join(DATE_PRECISIONS)}")
    if source not in (*DATE_SOURCES, None, ""):
        problems.append(f"date_source {source!r} not one of {', '.join(DATE_SOURCES)}")
    n_chars = row.get("n_chars")
    if n_chars not in (None, "") and (not isinstance(n_chars, int) or n_chars < 1):
        problems.append(f"n_chars {n_chars!r} is not a positive integer")
    for name in ("published", "retrieved"):
        value = _cell(row.get(name, ""))
        if not value:
            continue
        try:
            date, prec = parse_date(value, what=name)
        except AnalysisError as exc:
            problems.append(str(exc))
            continue
        if _earliest_day(date) > today:
            problems.append(f"{name} {value} is in the future")
        if name == "published" and precision in DATE_PRECISIONS and prec != precision:
            problems.append(f"published {value!r} has precision {prec}, but date_precision is {precision}")
    if not row.get("published") and precision not in ("unknown", None, ""):
        problems.append(f"published is empty but date_precision is {precision}")
    if not row.get("published") and source not in ("unknown", None, ""):
        problems.append(f"published is empty but date_source is {source}")
    if row.get("published") and source == "unknown":
        problems.append("published is set but date_source is unknown (use metadata or inferred)")
    return problems


def _earliest_day(date: str) -> dt.date:
    # A month or year still in progress is not "in the future".
    parts = [int(p) for p in date.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


__all__ = [
    "FIELDS", "REQUIRED", "SCHEMA_FIELDS", "DATE_PRECISIONS", "DATE_SOURCES", "SEMVER_PATTERN",
    "datapackage_descriptor", "datapackage_bytes", "serialize", "parse", "row_bytes",
    "parse_date", "validate_row", "ascii_digits", "ONE_LINE_FIELDS",
]
