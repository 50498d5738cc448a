"""Reading and checking a filled coding sheet, row by row, before anything is stored.

:func:`read_sheet` reads what a spreadsheet saved (UTF-8 with or without
BOM; ``,``, ``;`` or tab separated; cells that the one CSV writer
neutralised against formula injection are restored). :func:`validate_sheet`
collects every problem of every row, so a coder fixes a sheet in one pass;
:mod:`analysis.coding.store` stores a sheet only when there is none.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Callable

import pandas as pd

from analysis.coding.codebook import NO, WHATS, YES, Variable, scheme
from analysis.coding.sheets import CODER_EXTRA, ROW_TYPES, columns, kwic, parse_unit_id, unit_id, unrtl
from analysis.errors import AnalysisError
from analysis.outputs import unneutralise

_BOOL = Variable("item", "boolean", "")


def stored_columns(what: str) -> list[str]:
    """Columns of a stored coding file.

    Example:
        >>> stored_columns("actors")[-3:]
        ['code_labels', 'code_note', 'in_unit']
    """
    return [c for c in columns(what) if c not in ("code_match", "code_occurrence")] + ["in_unit"]


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
    return df.map(lambda c: unneutralise(c.replace("\r\n", "\n"))), data


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
    # ASCII digits only: str.isdigit() also accepts "²" and "٣", which int() refuses or reads.
    value = value.strip()
    return int(value) if value.isascii() and value.isdigit() else None


def _number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


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
        low, high = values.get("low", ""), values.get("high", "")
        if _number(low) is not None and _number(high) is not None and _number(low) > _number(high):
            bad(f"code_low {low} is greater than code_high {high}")
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


__all__ = ["SheetError", "stored_columns", "read_sheet", "validate_sheet", "sheet_error"]
