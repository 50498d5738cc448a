"""Import filled coding sheets into the corpus, and read them back.

A filled sheet is validated row by row; every problem is collected, and if
there is any, nothing is stored and :class:`SheetError` lists them all. A
valid sheet is stored in canonical form, atomically, as::

    corpus/annotations/<what>/<coder>/<sha12>.csv    the coding (see STORED_COLUMNS)
    corpus/annotations/<what>/<coder>/<sha12>.json   coder, date, sheet sha256, versions

where ``sha12`` is the start of the sha256 of the sheet file as received.
The canonical CSV is UTF-8 without BOM and without the RTL marks; sentence
rows are resolved into ``added`` rows with real offsets, and ``in_unit``
names the sentence each added item was found in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
from pathlib import Path
from typing import Callable

import pandas as pd

from analysis.coding.codebook import NO, WHATS, YES, Variable, scheme
from analysis.coding.sheets import (CODER_EXTRA, ROW_TYPES, columns, kwic, parse_unit_id, schema_path,
                                    text_version, unit_id, unrtl)
from analysis.errors import AnalysisError
from analysis.paths import ANNOTATIONS_DIR

CODER_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_BOOL = Variable("item", "boolean", "")


def stored_columns(what: str) -> list[str]:
    """Columns of a stored coding file.

    Example:
        >>> stored_columns("actors")[-3:]
        ['code_labels', 'code_note', 'in_unit']
    """
    return [c for c in columns(what) if c not in ("code_match", "code_occurrence")] + ["in_unit"]


def complete_columns(rows: pd.DataFrame, what: str) -> pd.DataFrame:
    """Add any stored column that ``rows`` lacks, as blanks (for hand-made frames).

    Example:
        >>> complete_columns(pd.DataFrame({"code_item": ["yes"]}), "actors")["code_actor"].tolist()
        ['']
    """
    return rows.reindex(columns=list(dict.fromkeys([*rows.columns, *stored_columns(what)])), fill_value="")


class SheetError(AnalysisError):
    """A sheet that cannot be imported; ``problems`` has one line per problem."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems


def read_sheet(path: Path) -> tuple[pd.DataFrame, bytes]:
    """Read a sheet as strings: UTF-8 with or without BOM; ``,``, ``;`` or tab separated.

    Returns:
        The cells (blank cells are ``""``) and the file's bytes.

    Raises:
        AnalysisError: If the file is missing, not UTF-8, or not a table.
    """
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise AnalysisError(f"no such file: {path}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AnalysisError(
            f"{path} is not UTF-8 ({exc.reason} at byte {exc.start}); in Excel use "
            "'Save As' > 'CSV UTF-8 (Comma delimited)'"
        ) from None
    header = text.split("\n", 1)[0]
    sep = max([",", ";", "\t"], key=header.count)
    try:
        df = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise AnalysisError(f"{path} is not a readable CSV table: {exc}") from None
    df.columns = [str(c).strip() for c in df.columns]
    return df.map(lambda c: c.replace("\r\n", "\n")), data


def _guess_what(df: pd.DataFrame) -> str:
    found = {p[0] for p in map(parse_unit_id, df.get("unit_id", pd.Series(dtype=str))) if p}
    if len(found) == 1 and next(iter(found)) in WHATS:
        return found.pop()
    return max(WHATS, key=lambda w: len(set(columns(w)) & set(df.columns)))


def _column_problems(df: pd.DataFrame, what: str) -> list[str]:
    wanted = columns(what)
    problems = [f"missing column {c!r}" for c in wanted if c not in df.columns and c not in CODER_EXTRA]
    problems += [f"unknown column {c!r} (a {what} sheet has: {', '.join(wanted)})"
                 for c in df.columns if c not in wanted]
    found = {p[0] for p in map(parse_unit_id, df["unit_id"]) if p} if "unit_id" in df.columns else set()
    if len(found) > 1:
        problems.append(f"unit_ids of several kinds ({', '.join(sorted(found))}): one sheet codes one kind")
    return problems


def _int(value: str) -> int | None:
    value = value.strip()
    return int(value) if value.isdigit() else None


def validate_sheet(
    df: pd.DataFrame, text_of: Callable[[str], str | None]
) -> tuple[str, pd.DataFrame, list[str]]:
    """Check a filled sheet and turn it into stored form.

    Args:
        df: The sheet's cells as strings (see :func:`read_sheet`).
        text_of: ``doc_id -> text``, or None for an unknown document.

    Returns:
        ``(what, stored rows, problems)``. ``problems`` has one line per
        problem, ``row N (unit): ...`` with N the spreadsheet row (the header
        is row 1); the stored rows are only meaningful when it is empty.

    Example:
        >>> text = "قتل 20 شخصا."  # synthetic
        >>> sheet = pd.DataFrame([dict(unit_id="actors:d1:4-6", row_type="item", doc_id="d1", start="4",
        ...     end="6", left="", match="20", right="", auto_actor="x", auto_labels="none",
        ...     code_item="yes", code_actor="y", code_labels="")])
        >>> what, rows, problems = validate_sheet(sheet, {"d1": text}.get)
        >>> what, problems, rows["code_actor"].tolist()
        ('actors', [], ['y'])
        >>> sheet.loc[0, "end"] = "7"
        >>> for problem in validate_sheet(sheet, {"d1": text}.get)[2]:
        ...     print(problem)
        row 2 (actors:d1:4-6): doc_id, start, end (d1, 4, 7) do not match unit_id actors:d1:4-6 (was the row edited?)
        row 2 (actors:d1:4-6): match '20' is not the text at 4-7 ('20 '); offsets and match must not be edited
    """
    what = _guess_what(df)
    problems = _column_problems(df, what)
    if problems:
        return what, pd.DataFrame(columns=stored_columns(what)), problems
    sch = scheme(what)
    df = df.reindex(columns=columns(what), fill_value="")
    out: list[dict] = []
    seen_units: dict[str, int] = {}
    sentence_verdict: dict[str, str] = {}
    emitted: set[str] = set()
    added_spans: set[tuple] = set()
    for i, raw in enumerate(df.to_dict("records")):
        line = i + 2
        cells = {k: ("" if v is None else str(v)) for k, v in raw.items()}
        if not any(cells[c].strip() for c in cells):
            continue  # spreadsheets leave blank rows behind
        label = cells["unit_id"].strip() or "new row"
        errs: list[str] = []

        def bad(msg: str) -> None:
            errs.append(f"row {line} ({label}): {msg}")

        row_type = cells["row_type"].strip()
        if row_type not in ROW_TYPES:
            bad(f"row_type {row_type!r} is not one of {', '.join(ROW_TYPES)}")
            problems += errs
            continue
        doc_id = cells["doc_id"].strip()
        start, end = _int(cells["start"]), _int(cells["end"])
        if row_type != "added":
            parsed = parse_unit_id(cells["unit_id"].strip())
            if parsed is None:
                bad(f"unit_id {cells['unit_id']!r} is malformed (was the row edited?)")
            else:
                p_what, p_doc, p_start, p_end, p_sentence = parsed
                if p_sentence != (row_type == "sentence"):
                    bad(f"row_type {row_type} does not match unit_id")
                if (p_doc, p_start, p_end) != (doc_id, start, end):
                    bad(f"doc_id, start, end ({doc_id}, {cells['start']}, {cells['end']}) do not match "
                        f"unit_id {cells['unit_id']} (was the row edited?)")
        text = text_of(doc_id) if doc_id else None
        if text is None:
            bad(f"no document {doc_id!r} in the corpus" if doc_id else "doc_id is empty")
        elif start is None or end is None or not 0 <= start < end <= len(text):
            bad(f"start, end ({cells['start']!r}, {cells['end']!r}) are not offsets in {doc_id} "
                f"(0 <= start < end <= {len(text)})")
        elif text[start:end] not in (unrtl(cells["match"]), cells["match"]):
            bad(f"match {unrtl(cells['match'])!r} is not the text at {start}-{end} "
                f"({text[start:end]!r}); offsets and match must not be edited")
        values: dict[str, str] = {}
        for name, var in [("item", _BOOL), *((v.name, v) for v in sch.variables)]:
            try:
                values[name] = var.canonical(cells[f"code_{name}"])
            except ValueError as exc:
                bad(f"code_{name}: {exc}")
        coded = [n for n in sch.names if values.get(n)]
        item = values.get("item", "")
        code_match = cells["code_match"].strip()
        if row_type == "item":
            if coded and not item:
                bad(f"code_item is empty but {', '.join('code_' + n for n in coded)} filled: "
                    "say yes (a real item) or no")
            if code_match:
                bad("code_match is only for sentence rows (items the system missed)")
            if label in seen_units:
                bad(f"unit_id appears twice (rows {seen_units[label]} and {line})")
            seen_units.setdefault(label, line)
        if row_type == "sentence":
            if label in sentence_verdict and not item == YES == sentence_verdict[label]:
                bad("this sentence appears more than once; copy a sentence row only to list several missed "
                    "items, each with code_item yes")
            sentence_verdict[label] = item
            if item == NO and code_match:
                bad("code_match is filled but code_item is no")
            if item == YES and not code_match:
                bad("code_item is yes but code_match is empty: copy the missed item's words from match")
            if coded and not item:
                bad("code values are filled but code_item is empty")
            occurrence = _int(cells["code_occurrence"]) if cells["code_occurrence"].strip() else 1
            if not occurrence:
                bad(f"code_occurrence {cells['code_occurrence']!r} is not a whole number from 1")
        if row_type == "added" and item == NO:
            bad("an added row is an item: code_item must be yes (or blank)")
        if errs:
            problems += errs
            continue
        assert text is not None and start is not None and end is not None
        base = {c: "" for c in stored_columns(what)}
        auto = {f"auto_{n}": cells[f"auto_{n}"].strip() for n in sch.names}
        code = {f"code_{n}": (values[n] if item == YES else "") for n in sch.names}
        note = cells["code_note"].strip()
        if row_type == "item":
            left, match, right = kwic(text, start, end)
            out.append({**base, "unit_id": label, "row_type": "item", "doc_id": doc_id, "start": start,
                        "end": end, "left": left, "match": match, "right": right, **auto,
                        "code_item": item, **code, "code_note": note})
            continue
        if row_type == "sentence":
            if label not in emitted:
                emitted.add(label)
                left, match, right = kwic(text, start, end)
                out.append({**base, "unit_id": label, "row_type": "sentence", "doc_id": doc_id, "start": start,
                            "end": end, "left": left, "match": match, "right": right, "code_item": item})
            if item != YES:
                continue
            words, sentence, pos = unrtl(code_match), text[start:end], -1
            for _ in range(occurrence):
                pos = sentence.find(words, pos + 1)
                if pos < 0:
                    break
            if pos < 0:
                times = "" if occurrence == 1 else f"{occurrence} times "
                problems.append(f"row {line} ({label}): code_match {words!r} does not occur {times}in the sentence")
                continue
            start, end, in_unit = start + pos, start + pos + len(words), label
        else:
            in_unit = ""
        key = (doc_id, start, end, tuple(code.values()))
        if key in added_spans:
            problems.append(f"row {line} ({label}): the same added item is listed twice")
            continue
        added_spans.add(key)
        left, match, right = kwic(text, start, end)
        out.append({**base, "unit_id": unit_id(what, doc_id, start, end), "row_type": "added", "doc_id": doc_id,
                    "start": start, "end": end, "left": left, "match": match, "right": right,
                    "code_item": YES, **{k: values[k[5:]] for k in code}, "code_note": note, "in_unit": in_unit})
    if not problems and not any(r["code_item"] for r in out):
        problems.append("no row is coded (code_item is empty everywhere)")
    rows = pd.DataFrame(out, columns=stored_columns(what))
    return what, rows, problems


def sheet_error(source: str, problems: list[str]) -> SheetError:
    """One summarising :class:`SheetError` for a list of problems.

    Example:
        >>> str(sheet_error("s.csv", ["row 2 (u): bad", "row 2 (u): worse", "row 5 (v): bad"]))
        's.csv: 2 rows with errors (3 problems); nothing was stored'
    """
    n_rows = len({p.split(" (", 1)[0] for p in problems if p.startswith("row ")})
    where = f"{n_rows} row{'s' if n_rows != 1 else ''} with errors" if n_rows else problems[0]
    return SheetError(f"{source}: {where} ({len(problems)} problems); nothing was stored", problems)


def check_coder(coder: str) -> str:
    """Return ``coder`` if usable as a directory name, else raise.

    Example:
        >>> check_coder("rana.k")
        'rana.k'
    """
    if not CODER_RE.match(coder or ""):
        raise AnalysisError(f"coder name {coder!r}: use 1-64 characters from [A-Za-z0-9._-]")
    return coder


def _texts(corpus_dir: Path, version: str | None) -> Callable[[str], str | None]:
    from analysis.corpus import CorpusStore

    corpus = CorpusStore(corpus_dir)
    if not corpus.exists():
        raise AnalysisError(f"no corpus at {corpus_dir} (no metadata.csv)")
    cache: dict[str, str | None] = {}

    def text_of(doc_id: str) -> str | None:
        if doc_id not in cache:
            try:
                cache[doc_id] = corpus.get(doc_id, version).text
            except AnalysisError:
                cache[doc_id] = None
        return cache[doc_id]

    return text_of


def _store(corpus_dir: Path, what: str, coder: str, rows: pd.DataFrame, sidecar: dict, sha256: str, *,
           replace: bool) -> Path:
    from analysis.corpus.atomic import Transaction, corpus_lock

    folder = Path(ANNOTATIONS_DIR) / what / coder
    rel = folder / f"{sha256[:12]}.csv"
    target = Path(corpus_dir) / rel
    if target.exists():
        if replace:
            return target  # the same content is already the coder's only coding
        raise AnalysisError(f"this sheet is already imported for {coder}: {target}")
    buf = io.StringIO()
    rows.to_csv(buf, index=False, lineterminator="\n")
    with corpus_lock(Path(corpus_dir)):
        with Transaction(Path(corpus_dir)) as tx:
            if replace:
                for old in sorted((Path(corpus_dir) / folder).glob("*")):
                    tx.delete(folder / old.name)
            tx.write(rel, buf.getvalue().encode("utf-8"), exclusive=True)
            tx.write(rel.with_suffix(".json"),
                     (json.dumps(sidecar, ensure_ascii=False, indent=1) + "\n").encode("utf-8"), exclusive=True)
    return target


def store_coding(
    corpus_dir: Path,
    what: str,
    coder: str,
    rows: pd.DataFrame,
    *,
    sha256: str,
    source: str,
    export_info: dict | None = None,
    now: dt.datetime | None = None,
    replace: bool = False,
) -> Path:
    """Store already validated rows (stored form) with their sidecar, atomically.

    Args:
        corpus_dir: The corpus directory.
        what: The kind of annotation.
        coder: The coder's name.
        rows: Rows in stored form (see :func:`validate_sheet`).
        sha256: sha256 of the source; its first 12 digits name the files.
        source: The source's file name, for the sidecar.
        export_info: The ``info`` of the sheet's ``.schema.json``.
        now: Import time to record; default now, UTC.
        replace: Remove the coder's earlier coding of ``what`` in the same
            transaction (for derived coders such as ``gold``).

    Returns:
        The path of the stored CSV.
    """
    from analysis import __version__
    from analysis.corpus import CorpusStore

    check_coder(coder)
    counts = rows["row_type"].value_counts().to_dict()
    sidecar = {
        "coder": coder,
        "what": what,
        "imported_at": (now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds"),
        "sheet": {"name": source, "sha256": sha256},
        "corpus_version": CorpusStore(corpus_dir).latest_release(),
        "export": export_info or {},
        "package_version": __version__,
        "rows": {t: int(counts.get(t, 0)) for t in ROW_TYPES},
    }
    return _store(Path(corpus_dir), what, coder, rows, sidecar, sha256, replace=replace)


def import_sheet(
    path: Path,
    corpus_dir: Path,
    *,
    coder: str,
    schema: Path | None = None,
    version: str | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Validate a filled sheet and store it under ``annotations/<what>/<coder>/``.

    Args:
        path: The filled sheet (CSV; see :mod:`analysis.coding.sheets`).
        corpus_dir: The corpus the sheet was exported from.
        coder: The coder's name (``[A-Za-z0-9._-]``).
        schema: The sheet's ``.schema.json`` as exported, for provenance
            (versions, sampling); default ``<sheet stem>.schema.json`` beside
            the sheet, if it is there.
        version: Corpus release the offsets refer to; None takes it from the
            sheet's ``.schema.json`` (the working tree when there is none).
        now: Import time to record (tests); default now, UTC.

    Returns:
        The stored CSV's path.

    Raises:
        SheetError: If any row is invalid; ``.problems`` lists every problem.
            Nothing is stored.
        AnalysisError: For a missing corpus, a bad coder name, or a sheet
            already imported for this coder.

    Example:
        >>> import_sheet(Path("sheet.csv"), Path("corpus"), coder="rana")  # doctest: +SKIP
        PosixPath('corpus/annotations/terms/rana/3f9a0c2d1b7e.csv')
    """
    check_coder(coder)
    df, data = read_sheet(Path(path))
    export_info = {}
    spath = Path(schema) if schema else schema_path(Path(path))
    if schema and not spath.is_file():
        raise AnalysisError(f"no such file: {spath}")
    if spath.is_file():
        try:
            export_info = json.loads(spath.read_text(encoding="utf-8")).get("info", {})
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise AnalysisError(f"{spath} is not valid JSON; remove it or restore the exported one") from None
    if version is None:
        version = text_version(export_info.get("versions"))
    what, rows, problems = validate_sheet(df, _texts(Path(corpus_dir), version))
    if problems:
        raise sheet_error(str(path), problems)
    return store_coding(Path(corpus_dir), what, coder, rows, sha256=hashlib.sha256(data).hexdigest(),
                        source=Path(path).name, export_info=export_info, now=now)


def load_coding(corpus_dir: Path, what: str | None = None) -> pd.DataFrame:
    """Every stored coding of a corpus, one row per stored row.

    When a coder coded the same unit in several sheets, the latest import
    counts.

    Args:
        corpus_dir: The corpus directory.
        what: Only this kind; None for all.

    Returns:
        Columns ``what, coder, sheet, imported_at`` and the stored columns of
        each kind (cells are strings; ``start``/``end`` are ints). Empty (with
        those first four columns) when nothing is coded yet.

    Example:
        >>> load_coding(Path("/nonexistent")).empty
        True
    """
    frames = []
    for w in ([what] if what else WHATS):
        scheme(w)
        for csv_path in sorted((Path(corpus_dir) / ANNOTATIONS_DIR / w).glob("*/*.csv")):
            meta = json.loads(csv_path.with_suffix(".json").read_text(encoding="utf-8"))
            df = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
            df.insert(0, "imported_at", meta["imported_at"])
            df.insert(0, "sheet", csv_path.stem)
            df.insert(0, "coder", meta["coder"])
            df.insert(0, "what", w)
            frames.append(df)
    if not frames:
        return pd.DataFrame(columns=["what", "coder", "sheet", "imported_at"])
    df = pd.concat(frames, ignore_index=True).fillna("")
    df["start"] = df["start"].astype(int)
    df["end"] = df["end"].astype(int)
    key = df["in_unit"].where(df["in_unit"] != "", df["unit_id"])
    order = df["imported_at"] + "|" + df["sheet"]
    latest = order.groupby([df["what"], df["coder"], key]).transform("max")
    return df[order == latest].reset_index(drop=True)


__all__ = ["ANNOTATIONS_DIR", "SheetError", "stored_columns", "read_sheet", "validate_sheet", "check_coder",
           "store_coding", "import_sheet", "load_coding", "complete_columns"]
