"""Hand-made golden annotations as a coder, so that ``evaluate`` can score them.

A golden file (``tests/golden/seed_*.json``) lists every item of a document,
made by hand without looking at the system. :func:`import_golden` turns it
into the coding a careful coder would have given: it exports a full sheet
(no sampling) of the system's items in the golden documents, answers each
item with the golden item it overlaps most (``code_item`` yes and the golden
values) or ``no``, adds the golden items no system item overlaps, and stores
the result through the same validation as any sheet, as coder ``gold``.

Golden files hold ``{"doc_id", "sha256", "rows": [...]}`` (the kind is
taken from the file name: ``*terms*``, ``*casualties*``, ``*actors*``) or a
dict with a list per kind (``{"terms": [...], "actors": [...]}``, e.g. a
framing file giving the voice of terms). Rows need ``start`` and ``end`` and
may give ``text`` (checked against the corpus) and any codebook variable;
variables a file does not give stay uncoded. Several files about the same
kind are merged by span.

The golden coding reflects the system at import time: import again after the
pipeline changes (the coder's earlier golden coding is replaced).
"""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd

from analysis.coding.codebook import NO, NONE, WHATS, YES, Variable, format_number, scheme
from analysis.coding.evaluate import match_items
from analysis.coding.export import sheet_bytes, text_version
from analysis.coding.sheets import build_sheet, columns
from analysis.coding.store import sheet_error, store_coding, validate_sheet
from analysis.errors import AnalysisError

GOLD_CODER = "gold"


def _kind_of(path: Path) -> str | None:
    return next((w for w in WHATS if w in path.stem), None)


def _gold_value(var: Variable, value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return NONE
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, (list, tuple)):
        value = "|".join(map(str, value)) or NONE
    if isinstance(value, (int, float)) and var.level == "interval":
        return format_number(float(value))
    return var.canonical(str(value)) or NONE


def read_golden(paths: Iterable[Path]) -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    """Golden items per kind, and the text sha256 each file states per document.

    Returns:
        ``({what: items}, {doc_id: sha256})``; items have ``doc_id, start,
        end, text`` and a column per codebook variable the files give
        (canonical strings).

    Raises:
        AnalysisError: For an unreadable file, a row without offsets, a value
            outside the codebook, or two files disagreeing on a value.

    Example:
        >>> import tempfile
        >>> p = Path(tempfile.mkdtemp()) / "seed_terms.json"
        >>> _ = p.write_text(json.dumps({"doc_id": "d1", "rows": [
        ...     {"start": 0, "end": 4, "text": "abcd", "key": "labels/x", "clitics": []}]}))
        >>> items, shas = read_golden([p])
        >>> items["terms"].values.tolist()
        [['d1', 0, 4, 'abcd', 'labels/x']]
    """
    merged: dict[str, dict[tuple, dict]] = {}
    shas: dict[str, str] = {}
    for path in paths:
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise AnalysisError(f"cannot read golden file {path}: {exc}") from None
        if "rows" in data:
            kind = _kind_of(path)
            if kind is None:
                raise AnalysisError(f"{path.name}: cannot tell the kind from the name (use *terms*, "
                                    f"*casualties* or *actors*, or a dict with a list per kind)")
            lists = {kind: data["rows"]}
        else:
            lists = {w: data[w] for w in WHATS if isinstance(data.get(w), list)}
            if not lists:
                raise AnalysisError(f"{path.name}: no 'rows' and no list named {', '.join(WHATS)}")
        if data.get("doc_id") and data.get("sha256"):
            shas[data["doc_id"]] = data["sha256"]
        for what, rows in lists.items():
            sch = scheme(what)
            items = merged.setdefault(what, {})
            for i, row in enumerate(rows):
                where = f"{path.name}: {what} row {i + 1}"
                doc_id = row.get("doc_id") or data.get("doc_id")
                if not doc_id or not isinstance(row.get("start"), int) or not isinstance(row.get("end"), int):
                    raise AnalysisError(f"{where}: needs doc_id, start and end (integers)")
                item = items.setdefault((doc_id, row["start"], row["end"]),
                                        {"doc_id": doc_id, "start": row["start"], "end": row["end"],
                                         "text": row.get("text")})
                for var in sch.variables:
                    if var.name not in row:
                        continue
                    try:
                        value = _gold_value(var, row[var.name])
                    except ValueError as exc:
                        raise AnalysisError(f"{where}: {var.name}: {exc}") from None
                    if item.get(var.name, value) != value:
                        raise AnalysisError(f"{where}: {var.name} {value!r} contradicts {item[var.name]!r} "
                                            "given for the same span by another file")
                    item[var.name] = value
    frames = {}
    for what, items in merged.items():
        names = [v for v in scheme(what).names if any(v in it for it in items.values())]
        frames[what] = pd.DataFrame(sorted(items.values(), key=lambda r: (r["doc_id"], r["start"], r["end"])),
                                    columns=["doc_id", "start", "end", "text", *names])
    return frames, shas


def fill_from_gold(rows: pd.DataFrame, gold: pd.DataFrame, what: str) -> pd.DataFrame:
    """Answer an exported sheet the way the golden items say.

    Args:
        rows: Item rows of a sheet (:func:`analysis.coding.sheets.build_sheet`).
        gold: Golden items of the same documents (:func:`read_golden`).
        what: The kind.

    Returns:
        The sheet with ``code_*`` filled, plus an ``added`` row per golden
        item that no system item overlaps.

    Example:
        >>> sheet = pd.DataFrame([dict(unit_id="actors:d:0-3", row_type="item", doc_id="d", start=0, end=3,
        ...     left="", match="abc", right="", auto_actor="x", auto_labels="none")])
        >>> gold = pd.DataFrame([dict(doc_id="d", start=1, end=3, text="bc", actor="y"),
        ...                      dict(doc_id="d", start=5, end=6, text="e", actor="z")])
        >>> filled = fill_from_gold(sheet, gold, "actors")
        >>> filled[["row_type", "code_item", "code_actor", "code_labels"]].values.tolist()
        [['item', 'yes', 'y', ''], ['added', 'yes', 'z', '']]
    """
    sch = scheme(what)
    out = rows.reindex(columns=columns(what), fill_value="").fillna("").copy()
    coded = [n for n in sch.names if n in gold.columns]
    out["code_item"] = NO
    pairs = match_items(out, gold, overlap=True)
    for si, gi in pairs:
        out.at[si, "code_item"] = YES
        for n in coded:
            out.at[si, f"code_{n}"] = gold.at[gi, n] if isinstance(gold.at[gi, n], str) else ""
    paired = {gi for _, gi in pairs}
    added = []
    for gi, g in gold.iterrows():
        if gi in paired:
            continue
        row = {c: "" for c in columns(what)}
        row.update(row_type="added", doc_id=g["doc_id"], start=int(g["start"]), end=int(g["end"]),
                   match=g["text"] if isinstance(g["text"], str) else "", code_item=YES)
        row.update({f"code_{n}": g[n] for n in coded if isinstance(g[n], str)})
        added.append(row)
    return pd.concat([out, pd.DataFrame(added, columns=columns(what))], ignore_index=True)


def import_golden(
    corpus_dir: Path,
    paths: Iterable[Path],
    *,
    coder: str = GOLD_CODER,
    tables: Mapping[str, pd.DataFrame] | None = None,
    versions: Mapping | None = None,
) -> dict[str, Path]:
    """Store golden files as the coding of ``coder`` (replacing its earlier coding).

    Args:
        corpus_dir: A corpus that holds the golden documents.
        paths: Golden JSON files (see module docs).
        coder: Coder name to store under.
        tables: ``what -> automatic table``; None runs
            :meth:`analysis.Corpus.tables` (latest version, shipped data files; cached).
        versions: Versions of ``tables`` (when given).

    Returns:
        ``what -> stored CSV path``.

    Raises:
        AnalysisError: If a golden document is missing from the corpus or its
            text differs from the one annotated, or an offset does not match.

    Example:
        >>> import_golden(Path("corpus"), sorted(Path("tests/golden").glob("seed_*.json")))  # doctest: +SKIP
        {'terms': PosixPath('corpus/annotations/terms/gold/5d0c7e1a9b2f.csv')}
    """
    from analysis.corpus import CorpusStore

    paths = [Path(p) for p in paths]
    if not paths:
        raise AnalysisError("no golden files given")
    gold, shas = read_golden(paths)
    if tables is None:
        from analysis.api import Corpus

        loaded = Corpus(corpus_dir).tables()
        tables = {w: loaded.frame(w) for w in WHATS}
        versions = loaded.versions
    corpus = CorpusStore(corpus_dir)
    stored = {}
    for what, items in gold.items():
        texts = {}
        for doc_id in sorted(set(items["doc_id"])):
            try:
                texts[doc_id] = corpus.get(doc_id, text_version(versions)).text
            except AnalysisError as exc:
                raise AnalysisError(f"golden document {doc_id} is not usable: {exc}") from None
            want = shas.get(doc_id)
            if want and hashlib.sha256(texts[doc_id].encode("utf-8")).hexdigest() != want:
                raise AnalysisError(f"the corpus text of {doc_id} is not the one the golden files annotate "
                                    f"(sha256 {want[:12]}…)")
        problems = []
        for i, g in items.iterrows():
            surface = texts[g["doc_id"]][g["start"]:g["end"]]
            if not isinstance(g["text"], str):
                items.at[i, "text"] = surface
            elif g["text"] != surface:
                problems.append(f"{what} {g['doc_id']}:{g['start']}-{g['end']}: golden text {g['text']!r} "
                                f"is not the text there ({surface!r})")
        if problems:
            raise sheet_error(", ".join(p.name for p in paths), problems)
        system = tables[what][tables[what]["doc_id"].isin(set(texts))]
        sheet = build_sheet(system, texts, what, versions=versions)
        filled = fill_from_gold(sheet.rows, items, what)
        data = sheet_bytes(filled)
        _, rows, problems = validate_sheet(filled.astype(str), texts.get)
        if problems:
            raise sheet_error(", ".join(p.name for p in paths), problems)
        stored[what] = store_coding(Path(corpus_dir), what, coder, rows, sha256=hashlib.sha256(data).hexdigest(),
                                    source=", ".join(p.name for p in paths), export_info=sheet.info, replace=True)
    return stored


__all__ = ["GOLD_CODER", "read_golden", "fill_from_gold", "import_golden"]
