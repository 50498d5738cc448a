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
import json
import re
from pathlib import Path
from typing import Callable

import pandas as pd

from analysis.coding.codebook import WHATS, scheme
from analysis.coding.export import key_path, schema_path, text_version
from analysis.coding.sheets import ROW_TYPES
from analysis.coding.validate import SheetError, read_sheet, sheet_error, stored_columns, validate_sheet
from analysis.errors import AnalysisError
from analysis.outputs import csv_text, unneutralise
from analysis.paths import ANNOTATIONS_DIR

CODER_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def complete_columns(rows: pd.DataFrame, what: str) -> pd.DataFrame:
    """Add any stored column that ``rows`` lacks, as blanks (for hand-made frames).

    Example:
        >>> complete_columns(pd.DataFrame({"code_item": ["yes"]}), "actors")["code_actor"].tolist()
        ['']
    """
    return rows.reindex(columns=list(dict.fromkeys([*rows.columns, *stored_columns(what)])), fill_value="")


def check_coder(coder: str) -> str:
    """Return ``coder`` if usable as a directory name, else raise.

    Example:
        >>> check_coder("rana.k")
        'rana.k'
    """
    if not isinstance(coder, str) or not CODER_RE.fullmatch(coder):
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
    with corpus_lock(Path(corpus_dir)):
        with Transaction(Path(corpus_dir)) as tx:
            if replace:
                for old in sorted((Path(corpus_dir) / folder).glob("*")):
                    tx.delete(folder / old.name)
            tx.write(rel, csv_text(rows).encode("utf-8"), exclusive=True)
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
    no_schema: bool = False,
    key: Path | None = None,
    allow_same_sheet: bool = False,
    version: str | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Validate a filled sheet and store it under ``annotations/<what>/<coder>/``.

    Args:
        path: The filled sheet (CSV; see :mod:`analysis.coding.sheets`).
        corpus_dir: The corpus the sheet was exported from.
        coder: The coder's name (``[A-Za-z0-9._-]``).
        schema: The sheet's ``.schema.json`` as exported, for provenance
            (versions, sampling, blind); default ``<sheet stem>.schema.json``
            beside the sheet. Required unless ``no_schema``.
        no_schema: Import without the schema file (the export record is then
            empty, and the sidecar says so).
        key: For a blind sheet, the ``.key.csv`` written at export (the
            automatic values kept away from coders); default beside the sheet.
        allow_same_sheet: Store a sheet whose bytes are already stored under
            another coder (normally a mistake: one coder counted twice).
        version: Corpus release the offsets refer to; None takes it from the
            sheet's ``.schema.json`` (the working tree when there is none).
        now: Import time to record (tests); default now, UTC.

    Returns:
        The stored CSV's path.

    Raises:
        SheetError: If any row is invalid; ``.problems`` lists every problem.
            Nothing is stored.
        AnalysisError: For a missing corpus or schema, a bad coder name, or a
            sheet already imported (for this coder, or another one).

    Example:
        >>> import_sheet(Path("sheet.csv"), Path("corpus"), coder="rana")  # doctest: +SKIP
        PosixPath('corpus/annotations/terms/rana/3f9a0c2d1b7e.csv')
    """
    check_coder(coder)
    df, data = read_sheet(Path(path))
    sha256 = hashlib.sha256(data).hexdigest()
    export_info = _export_info(Path(path), schema, no_schema=no_schema)
    if export_info.get("blind"):
        df = _with_key(df, Path(key) if key else key_path(Path(path)))
    if not allow_same_sheet:
        for other in sorted((Path(corpus_dir) / ANNOTATIONS_DIR).glob(f"*/*/{sha256[:12]}.csv")):
            if other.parent.name != coder:
                raise AnalysisError(f"this sheet (sha256 {sha256[:12]}) is already stored for coder "
                                    f"{other.parent.name!r}: {other}; each coder codes their own copy "
                                    "(pass --allow-same-sheet if this is really intended)")
    if version is None:
        version = text_version(export_info.get("versions"))
    what, rows, problems = validate_sheet(df, _texts(Path(corpus_dir), version))
    if problems:
        raise sheet_error(str(path), problems)
    return store_coding(Path(corpus_dir), what, coder, rows, sha256=sha256,
                        source=Path(path).name, export_info=export_info, now=now)


def _export_info(path: Path, schema: Path | None, *, no_schema: bool) -> dict:
    if no_schema:
        return {"schema": "imported with --no-schema: no export record"}
    spath = Path(schema) if schema else schema_path(path)
    if not spath.is_file():
        raise AnalysisError(f"no schema file {spath} beside the sheet: import the .schema.json written at "
                            "export with it (--schema FILE), or pass --no-schema to store it without provenance")
    try:
        info = json.loads(spath.read_text(encoding="utf-8")).get("info", {})
    except (json.JSONDecodeError, UnicodeDecodeError, AttributeError):
        raise AnalysisError(f"{spath} is not a valid schema file; restore the exported one") from None
    return info if isinstance(info, dict) else {}


def _with_key(df: pd.DataFrame, path: Path) -> pd.DataFrame:
    """A blind sheet's rows with the automatic values put back from its key file."""
    if not path.is_file():
        raise AnalysisError(f"{path} not found: a blind sheet is imported with the .key.csv written at "
                            "export (--key FILE)")
    keyed, _ = read_sheet(path)
    if "unit_id" not in keyed.columns:
        raise AnalysisError(f"{path} is not a key file (no unit_id column)")
    auto = [c for c in keyed.columns if c.startswith("auto_")]
    if any(c in df.columns for c in auto):
        raise AnalysisError("the sheet is marked blind but has auto_* columns: was it exported with --blind?")
    lookup = keyed.drop_duplicates("unit_id").set_index("unit_id")[auto]
    filled = lookup.reindex(df["unit_id"]).fillna("").reset_index(drop=True)
    out = pd.concat([df.reset_index(drop=True), filled], axis=1)
    out.loc[out["row_type"] != "item", auto] = ""
    return out


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
    for w, csv_path, meta in _stored_sheets(corpus_dir, what):
        df = pd.read_csv(csv_path, dtype=str, keep_default_na=False).map(unneutralise)
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


def coding_versions(corpus_dir: Path, what: str | None = None) -> dict:
    """What an agreement or evaluation table was computed from: the package and every stored sheet.

    Each sheet is listed with its coder, import time, sha256 and the versions
    its export carried (corpus, data files, package), so a score table says
    which codings and which system output made it.

    Example:
        >>> coding_versions(Path("/nonexistent"))["sheets"]
        []
    """
    from analysis import __version__

    sheets = [{"what": w, "coder": meta["coder"], "sheet": csv_path.stem, "imported_at": meta["imported_at"],
               "sha256": meta.get("sheet", {}).get("sha256"), "export": meta.get("export", {}).get("versions")}
              for w, csv_path, meta in _stored_sheets(corpus_dir, what)]
    return {"package": __version__, "sheets": sheets}


def _stored_sheets(corpus_dir: Path, what: str | None):
    """``(what, sheet CSV path, its sidecar)`` of every stored coding, by kind then path."""
    for w in ([what] if what else WHATS):
        scheme(w)
        for csv_path in sorted((Path(corpus_dir) / ANNOTATIONS_DIR / w).glob("*/*.csv")):
            yield w, csv_path, json.loads(csv_path.with_suffix(".json").read_text(encoding="utf-8"))


__all__ = ["ANNOTATIONS_DIR", "SheetError", "stored_columns", "read_sheet", "validate_sheet", "check_coder",
           "store_coding", "import_sheet", "load_coding", "complete_columns", "coding_versions"]
