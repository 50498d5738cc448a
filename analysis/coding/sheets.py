"""Coding sheets: export automatic annotations for human coders.

A coding sheet is a CSV file with one row per automatic annotation (``item``
rows) and, optionally, random sentences in which the system found nothing
(``sentence`` rows), so that coders can report what it missed. Columns, in
order:

=================  ===========================================================
``unit_id``        ``<what>:<doc_id>:<start>-<end>`` (``#2`` ... when two items
                   share a span; ``:s<start>-<end>`` for a sentence). Stable
                   across samples, so sheets of different coders line up.
``row_type``       ``item``, ``sentence``, or ``added`` (a row a coder adds
                   with its own ``doc_id, start, end, match``).
``doc_id, start,   Where the item is: ``text[start:end] == match``.
end``
``left, match,     Key word in context: up to ``window`` characters either side,
right``            newlines shown as ``¶``.
``auto_<var>``     The system's value of each codebook variable.
``code_item``      Coder: ``yes`` = a real item, ``no`` = not one. In a
                   sentence row: ``yes`` = this row records an item the system
                   missed, ``no`` = the sentence has none.
``code_<var>``     Coder: the value of each variable (blank = not coded).
``code_match``     Sentence rows only: the missed item's words, copied exactly
                   from ``match``. For two missed items in one sentence, copy
                   the row.
``code_occurrence`` Which occurrence of ``code_match`` in the sentence (blank = 1).
``code_note``      Free text, kept but never scored.
=================  ===========================================================

Spreadsheet safety (import undoes both):

* The file is UTF-8 **with** a byte-order mark (``utf-8-sig``): Excel needs
  the BOM to read a CSV as UTF-8 when it is double-clicked, and shows Arabic
  as mojibake without it. LibreOffice, pandas and R read it either way, and
  import accepts files with or without it (and ``,``, ``;`` or tab separators,
  since Excel in some locales saves with ``;``).
* Every ``left``/``match``/``right`` cell starts with U+200F RIGHT-TO-LEFT
  MARK. Spreadsheets pick a cell's direction from its first strong
  character; the mark makes a context that starts with a digit, Latin word or
  punctuation still read right to left. Isolates (U+2067…U+2069) would not do
  this: the bidi algorithm skips isolated text when it picks a paragraph's
  direction. The mark also stops Excel from reading a context that starts with
  ``=``, ``+``, ``-`` or ``@`` as a formula.

Export is deterministic: the same tables, ``seed`` and options give the same
bytes. A companion ``<sheet>.schema.json`` documents every column, the allowed
values of every variable, the versions that produced the annotations and the
sampling (population sizes, for estimating recall).
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

import numpy as np
import pandas as pd

from analysis.coding.codebook import Scheme, auto_value, scheme
from analysis.errors import AnalysisError

RLM = "\u200f"
#: Sheet files are written with a BOM for Excel; reading accepts both.
SHEET_ENCODING = "utf-8-sig"
SCHEMA_FORMAT = "acn-coding-sheet/1"
ROW_TYPES = ("item", "sentence", "added")
BASE_COLUMNS = ["unit_id", "row_type", "doc_id", "start", "end", "left", "match", "right"]
CODER_EXTRA = ["code_match", "code_occurrence", "code_note"]
_UNIT_RE = re.compile(r"^(?P<what>[a-z]+):(?P<doc>[^:]+):(?P<s>s?)(?P<start>\d+)-(?P<end>\d+)(#\d+)?$")
_NEWLINES = re.compile(r"\s*\n\s*")


def columns(what: str) -> list[str]:
    """The sheet's columns, in order, for ``what``.

    Example:
        >>> columns("actors")  # doctest: +NORMALIZE_WHITESPACE
        ['unit_id', 'row_type', 'doc_id', 'start', 'end', 'left', 'match', 'right',
         'auto_actor', 'auto_labels', 'code_item', 'code_actor', 'code_labels',
         'code_match', 'code_occurrence', 'code_note']
    """
    names = scheme(what).names
    return [*BASE_COLUMNS, *(f"auto_{n}" for n in names), "code_item",
            *(f"code_{n}" for n in names), *CODER_EXTRA]


def rtl(cell: str) -> str:
    """Mark a text cell right-to-left for spreadsheets (see module docs).

    Example:
        >>> rtl("20 قتيلا") == "\\u200f20 قتيلا"
        True
    """
    return RLM + cell


def unrtl(cell: str) -> str:
    """Undo :func:`rtl`: drop one leading U+200F if present.

    Only the mark the export added is removed, so marks inside the original
    text survive.

    Example:
        >>> unrtl(rtl("نص")) == "نص", unrtl("نص") == "نص"
        (True, True)
    """
    return cell[1:] if cell.startswith(RLM) else cell


def kwic(text: str, start: int, end: int, *, window: int = 80) -> tuple[str, str, str]:
    """Left context, match and right context, cut at word boundaries.

    Newlines in the contexts are shown as `` ¶ `` so that each row stays one
    line in a spreadsheet; the match is exact.

    Example:
        >>> kwic("قال الجيش إن 20 قتيلا سقطوا أمس", 13, 21, window=8)  # synthetic
        ('إن ', '20 قتيلا', ' سقطوا')
    """
    left = text[max(0, start - window):start]
    if start - window > 0 and " " in left:
        left = left[left.index(" ") + 1:]
    right = text[end:end + window]
    if end + window < len(text) and " " in right:
        right = right[:right.rindex(" ")]
    return _NEWLINES.sub(" ¶ ", left), text[start:end], _NEWLINES.sub(" ¶ ", right)


def unit_id(what: str, doc_id: str, start: int, end: int, *, sentence: bool = False, n: int = 1) -> str:
    """The stable id of a coding unit.

    Example:
        >>> unit_id("terms", "d1", 4, 9), unit_id("terms", "d1", 4, 9, n=2)
        ('terms:d1:4-9', 'terms:d1:4-9#2')
        >>> unit_id("terms", "d1", 0, 30, sentence=True)
        'terms:d1:s0-30'
    """
    return f"{what}:{doc_id}:{'s' if sentence else ''}{start}-{end}" + (f"#{n}" if n > 1 else "")


def parse_unit_id(value: str) -> tuple[str, str, int, int, bool] | None:
    """``(what, doc_id, start, end, is_sentence)`` of a unit id, or None if malformed.

    Example:
        >>> parse_unit_id("casualties:d1:s10-40")
        ('casualties', 'd1', 10, 40, True)
    """
    m = _UNIT_RE.match(value)
    if not m:
        return None
    return m["what"], m["doc"], int(m["start"]), int(m["end"]), bool(m["s"])


@dataclass
class Sheet:
    """An exported coding sheet and what to say about it.

    Attributes:
        what: The kind of annotation.
        rows: The sheet, columns as :func:`columns`.
        info: Provenance and sampling: ``versions``, ``seed``, ``sample``,
            ``n_items`` (population), ``n_sentences_unannotated`` (population),
            ``window``.
    """

    what: str
    rows: pd.DataFrame
    info: dict = field(default_factory=dict)

    def schema(self) -> dict:
        """The companion ``.schema.json`` content (see :func:`sheet_schema`)."""
        return sheet_schema(self.what, self.info)


def _with_unit_ids(table: pd.DataFrame, what: str) -> pd.DataFrame:
    table = table.sort_values(["doc_id", "start", "end"], kind="mergesort").reset_index(drop=True)
    n = table.groupby(["doc_id", "start", "end"], sort=False).cumcount() + 1
    ids = [unit_id(what, d, int(s), int(e), n=int(k))
           for d, s, e, k in zip(table["doc_id"], table["start"], table["end"], n)]
    return table.assign(unit_id=ids)


def _unannotated_sentences(table: pd.DataFrame, texts: Mapping[str, str]) -> list[tuple[str, int, int]]:
    from analysis.text.sentences import split_sentences

    spans: dict[str, list[tuple[int, int]]] = {}
    for d, s, e in zip(table["doc_id"], table["start"], table["end"]):
        spans.setdefault(d, []).append((int(s), int(e)))
    found = []
    for doc_id in sorted(texts):
        items = spans.get(doc_id, [])
        for sent in split_sentences(texts[doc_id]):
            if not any(s < sent.end and sent.start < e for s, e in items):
                found.append((doc_id, sent.start, sent.end))
    return found


def build_sheet(
    table: pd.DataFrame,
    texts: Mapping[str, str],
    what: str,
    *,
    sample: int | None = None,
    seed: int = 0,
    add_random_sentences: int = 0,
    window: int = 80,
    versions: Mapping | None = None,
) -> Sheet:
    """Build a coding sheet from an automatic annotation table.

    Args:
        table: Rows of ``corpus_tables(...).<what>``: ``doc_id, start, end``
            and a column per codebook variable.
        texts: ``doc_id -> text`` for every document of the corpus (random
            sentences are drawn from all of them).
        what: ``terms``, ``casualties`` or ``actors``.
        sample: Keep this many items, drawn at random without replacement;
            None keeps all.
        seed: Seed of the draw (items first, then sentences).
        add_random_sentences: Add this many random sentences that contain no
            item of ``table``, for finding what the system missed.
        window: Context characters either side.
        versions: Versions that made ``table``, recorded in ``info``.

    Returns:
        A :class:`Sheet`, rows sorted by document and position.

    Raises:
        AnalysisError: If a column is missing, an item's document is not in
            ``texts``, or a system label is not in the codebook.

    Example:
        >>> text = "قال الجيش إن 20 قتيلا سقطوا. وعاد الهدوء."  # synthetic
        >>> table = pd.DataFrame([dict(doc_id="d1", start=13, end=21, category="killed", value=20,
        ...     low=None, high=None, hedge="exact", group=None, source="الجيش", perpetrator=None,
        ...     agency="agentless")])
        >>> sheet = build_sheet(table, {"d1": text}, "casualties", add_random_sentences=1)
        >>> sheet.rows[["unit_id", "row_type", "auto_value"]].values.tolist()
        [['casualties:d1:13-21', 'item', '20'], ['casualties:d1:s29-41', 'sentence', '']]
    """
    sch: Scheme = scheme(what)
    missing = [c for c in ["doc_id", "start", "end", *sch.names] if c not in table.columns]
    if missing:
        raise AnalysisError(f"the {what} table has no column {', '.join(missing)}")
    table = _with_unit_ids(table, what)
    absent = sorted(set(table["doc_id"]) - set(texts))
    if absent:
        raise AnalysisError(f"{len(absent)} documents of the {what} table are not in the corpus, e.g. {absent[0]}")
    rng = np.random.default_rng(seed)
    chosen = table
    if sample is not None:
        if sample < 1:
            raise AnalysisError("--sample must be at least 1")
        keep = np.sort(rng.choice(len(table), size=min(sample, len(table)), replace=False))
        chosen = table.iloc[keep]
    rows = []
    for rec in chosen.itertuples(index=False):
        row = rec._asdict()
        start, end = int(row["start"]), int(row["end"])
        left, match, right = kwic(texts[row["doc_id"]], start, end, window=window)
        out = dict(unit_id=row["unit_id"], row_type="item", doc_id=row["doc_id"], start=start, end=end,
                   left=left, match=match, right=right)
        for v in sch.variables:
            out[f"auto_{v.name}"] = auto_value(v, row[v.name])
        rows.append(out)
    n_unannotated = 0
    if add_random_sentences:
        pool = _unannotated_sentences(table, texts)
        n_unannotated = len(pool)
        picks = rng.choice(len(pool), size=min(add_random_sentences, len(pool)), replace=False) if pool else []
        for i in sorted(picks):
            doc_id, start, end = pool[i]
            left, match, right = kwic(texts[doc_id], start, end, window=window)
            rows.append(dict(unit_id=unit_id(what, doc_id, start, end, sentence=True), row_type="sentence",
                             doc_id=doc_id, start=start, end=end, left=left, match=match, right=right))
    df = pd.DataFrame(rows, columns=columns(what), dtype=object).fillna("")
    df = df.astype({"start": int, "end": int})
    df = df.sort_values(["doc_id", "start", "end", "unit_id"], kind="mergesort").reset_index(drop=True)
    info = dict(versions=dict(versions or {}), seed=seed, sample=sample, window=window,
                add_random_sentences=add_random_sentences, n_items=len(table), n_items_in_sheet=len(chosen),
                n_sentences_unannotated=n_unannotated,
                n_sentences_in_sheet=int((df["row_type"] == "sentence").sum()))
    return Sheet(what, df, info)


def sheet_schema(what: str, info: Mapping | None = None) -> dict:
    """The companion JSON: columns, allowed values, conventions, provenance.

    Example:
        >>> s = sheet_schema("terms")
        >>> s["variables"]["voice"]["allowed"]
        ['own', 'reported', 'none']
        >>> s["encoding"]
        'utf-8-sig'
    """
    sch = scheme(what)
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
        "columns": columns(what),
        "variables": {
            v.name: {"level": v.level, "alpha_level": v.alpha_level, "description": v.description,
                     "allowed": v.allowed()}
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
    out = rows.copy()
    for col in ("left", "match", "right"):
        if col in out.columns:
            out[col] = [rtl(str(c)) for c in out[col]]
    buf = io.StringIO()
    out.to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue().encode(SHEET_ENCODING)


def write_sheet(sheet: Sheet, out: Path, *, force: bool = False) -> Path:
    """Write ``out`` and its ``.schema.json`` (through :mod:`analysis.outputs`); return the schema path."""
    from analysis.outputs import guard_output, write_bytes, write_text

    out = Path(out)
    if out.suffix.lower() != ".csv":
        raise AnalysisError(f"--out must name a .csv file, got {out}")
    spath = guard_output(schema_path(out), force=force, what="sheet schema")
    write_bytes(out, sheet_bytes(sheet.rows), force=force, what="sheet")
    write_text(spath, json.dumps(sheet.schema(), ensure_ascii=False, indent=1) + "\n", force=force)
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
        force: Replace an existing sheet.
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
    write_sheet(sheet, out, force=force)
    return sheet


__all__ = ["RLM", "SHEET_ENCODING", "ROW_TYPES", "columns", "rtl", "unrtl", "kwic", "unit_id", "parse_unit_id",
           "Sheet", "build_sheet", "sheet_schema", "schema_path", "sheet_bytes", "write_sheet", "load_table", "text_version",
           "export_sheet"]
