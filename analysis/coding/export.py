"""Writing coding sheets: the sheet file, its ``.schema.json`` and, for blind sheets, its key.

:func:`export_sheet` annotates the corpus (through the cached corpus tables),
builds a sheet with :func:`analysis.coding.sheets.build_sheet` and writes it
through :mod:`analysis.outputs` (never inside a corpus; replaced only with
``force``). Spreadsheet conventions (BOM, RTL marks) are described in
:mod:`analysis.coding.sheets`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Mapping

import pandas as pd

from analysis.coding.codebook import scheme
from analysis.coding.sheets import SCHEMA_FORMAT, SHEET_ENCODING, Sheet, build_sheet, columns, rtl
from analysis.errors import AnalysisError


def sheet_schema(what: str, info: Mapping | None = None) -> dict:
    """The companion JSON: columns, allowed values, conventions, provenance.

    Example:
        >>> s = sheet_schema("terms")
        >>> s["variables"]["voice"]["allowed"]
        ['own', 'reported', 'none']
        >>> s["encoding"]
        'utf-8-sig'
    """
    from analysis.coding.definitions import load_definitions

    sch = scheme(what)
    book = load_definitions()
    blind = bool((info or {}).get("blind"))
    return {
        "format": SCHEMA_FORMAT,
        "what": what,
        "encoding": SHEET_ENCODING,
        "conventions": {
            "blank": "not coded (missing)",
            "none": "the variable does not apply",
            "boolean": "yes or no",
            "set": "labels joined by |",
            "rtl": "left, match and right start with U+200F RIGHT-TO-LEFT MARK; import removes it",
            "row_type": {
                "item": "an automatic annotation: code_item yes (a real item) or no (a false detection)",
                "sentence": "a random sentence without annotations: code_item no (nothing missed) or yes "
                            "with code_match = the missed item's exact words (copy the row for each item)",
                "added": "an item added by hand: doc_id, start, end and match filled in",
            },
        },
        "columns": [c for c in columns(what) if not (blind and c.startswith("auto_"))],
        "blind": blind,
        "codebook": {"version": book.version, "sha256": book.sha256,
                     "rules": "python -m analysis coding codebook --out codebook.md"},
        "variables": {
            v.name: {"level": v.level, "alpha_level": v.alpha_level, "description": v.description,
                     "definition": book.variable(what, v.name)["definition"],
                     "allowed": v.allowed(),
                     "labels": {label: body["definition"]
                                for label, body in (book.variable(what, v.name).get("labels") or {}).items()}}
            for v in sch.variables
        },
        "match_on": list(sch.match_on),
        "info": dict(info or {}),
    }


def schema_path(sheet_path: Path) -> Path:
    """``sheet.csv`` -> ``sheet.schema.json``.

    Example:
        >>> schema_path(Path("out/sheet.csv")).as_posix()
        'out/sheet.schema.json'
    """
    return sheet_path.with_name(sheet_path.stem + ".schema.json")


def sheet_bytes(rows: pd.DataFrame) -> bytes:
    """The exact bytes of a sheet file: BOM, RTL marks on the context cells, ``\\n`` endings.

    Example:
        >>> sheet_bytes(pd.DataFrame({"left": ["أ"], "match": ["ب"], "right": [""]}))[:3]
        b'\\xef\\xbb\\xbf'
    """
    from analysis.outputs import csv_text

    out = rows.copy()
    for col in ("left", "match", "right"):
        if col in out.columns:
            out[col] = [rtl(str(c)) for c in out[col]]
    return csv_text(out).encode(SHEET_ENCODING)


def key_path(sheet_path: Path) -> Path:
    """``sheet.csv`` -> ``sheet.key.csv``: a blind sheet's automatic values.

    Example:
        >>> key_path(Path("out/sheet.csv")).as_posix()
        'out/sheet.key.csv'
    """
    return sheet_path.with_name(sheet_path.stem + ".key.csv")


def write_sheet(sheet: Sheet, out: Path, *, force: bool = False) -> Path:
    """Write ``out`` and its ``.schema.json`` (and, for a blind sheet, its ``.key.csv``).

    A blind sheet (``sheet.info["blind"]``) leaves out every ``auto_*``
    column, so coders are not anchored by the tool's answers; the automatic
    values go to ``<stem>.key.csv``, which the researcher keeps and import
    reads back. Every file goes through :mod:`analysis.outputs` (never inside
    a corpus; replaced only with ``force``).

    Returns:
        The schema path.
    """
    from analysis.outputs import guard_output, write_bytes

    out = Path(out)
    if out.suffix.lower() != ".csv":
        raise AnalysisError(f"--out must name a .csv file, got {out}")
    spath, kpath = schema_path(out), key_path(out)
    blind = bool(sheet.info.get("blind"))
    for path in (out, spath, *([kpath] if blind else [])):
        guard_output(path, force=force, what="coding sheet")
    auto = [c for c in sheet.rows.columns if c.startswith("auto_")]
    if blind:
        write_bytes(kpath, sheet_bytes(sheet.rows[["unit_id", *auto]]), force=force, what="coding sheet key")
    write_bytes(out, sheet_bytes(sheet.rows.drop(columns=auto) if blind else sheet.rows), force=force,
                what="coding sheet")
    write_bytes(spath, (json.dumps(sheet.schema(), ensure_ascii=False, indent=1) + "\n").encode("utf-8"),
                force=force, what="coding sheet schema")
    return spath


def load_table(corpus_dir: Path, what: str, *, version: str | None = None, **pipeline) -> tuple[pd.DataFrame, dict]:
    """The automatic ``what`` table of a corpus and its versions, via :meth:`analysis.Corpus.tables`.

    ``pipeline`` are its options (``lexicons``, ``actors``, ``cues``, ``backend``).
    ``versions["corpus"]`` names the version annotated (``working`` for the
    working tree); :func:`text_version` turns it into a corpus read argument.
    """
    from analysis.api import Corpus

    tables = Corpus(corpus_dir).tables(version, **pipeline)
    return tables.frame(what), dict(tables.versions)


def text_version(versions: Mapping | None) -> str | None:
    """The corpus release whose texts the offsets refer to; None for the working tree.

    Example:
        >>> text_version({"corpus": "0.1.0"}), text_version({"corpus": "working"}), text_version({})
        ('0.1.0', None, None)
    """
    version = (versions or {}).get("corpus")
    return None if version in (None, "working") else str(version)


def export_sheet(
    corpus_dir: Path,
    what: str,
    out: Path,
    *,
    sample: int | None = None,
    seed: int = 0,
    add_random_sentences: int = 0,
    window: int = 80,
    version: str | None = None,
    blind: bool = False,
    force: bool = False,
    **pipeline,
) -> Sheet:
    """Annotate the corpus (cached), build a sheet and write it with its schema.

    Args:
        corpus_dir: The corpus directory.
        what: ``terms``, ``casualties`` or ``actors``.
        out: The ``.csv`` to write; ``<stem>.schema.json`` is written beside it.
        sample, seed, add_random_sentences, window: As in :func:`build_sheet`.
        version: Corpus version (as for :meth:`analysis.Corpus.tables`; None: the latest release).
        blind: Leave every ``auto_*`` column out of the sheet (see :func:`write_sheet`).
        force: Replace existing files.
        pipeline: ``lexicons``, ``actors``, ``cues``, ``backend`` for :meth:`analysis.Corpus.tables`.

    Returns:
        The :class:`Sheet` written.

    Example:
        >>> export_sheet(Path("corpus"), "terms", Path("sheet.csv"), sample=100, seed=1)  # doctest: +SKIP
    """
    from analysis.corpus import CorpusStore

    scheme(what)
    table, versions = load_table(Path(corpus_dir), what, version=version, **pipeline)
    texts = {d.doc_id: d.text for d in CorpusStore(corpus_dir).documents(text_version(versions))}
    sheet = build_sheet(table, texts, what, sample=sample, seed=seed, add_random_sentences=add_random_sentences,
                        window=window, versions=versions)
    sheet.info["blind"] = blind
    write_sheet(sheet, out, force=force)
    return sheet


__all__ = ["sheet_schema", "schema_path", "key_path", "sheet_bytes", "write_sheet", "load_table", "text_version",
           "export_sheet"]
