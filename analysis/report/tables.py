"""Citable tables: byte-stable CSV and LaTeX, and readable Arabic KWIC displays.

The same DataFrame always gives the same bytes: rows keep the deterministic
order the summary functions give them, floats have a fixed format, line
endings are ``\\n``, and nothing time-dependent is written. A table cited in a
paper can therefore be regenerated and compared with ``cmp``.

LaTeX output is a ``table`` float built with :meth:`pandas.io.formats.style.Styler.to_latex`
(booktabs rules). Arabic runs are wrapped in ``\\textarabic{...}`` -- the
polyglossia command -- so that XeLaTeX/LuaLaTeX set them right to left in an
Arabic font; the file header says how to define it for other setups.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import __version__
from analysis.outputs import csv_text, neutralise, write_bytes

FLOAT_FORMAT = "{:.4f}"
LATEX_MAX_ROWS = 60
_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_ARABIC_RUN = re.compile(rf"[{_ARABIC}](?:[{_ARABIC}\s\u060c\u061b\u061f\d.,:()-]*[{_ARABIC}])?")
_LATEX_SPECIAL = {
    "\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
    "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
    # Casualty figures carry hedge signs (>200); with OT1 fonts a bare > prints as ¿.
    "<": r"\textless{}", ">": r"\textgreater{}",
}
_LATEX_RE = re.compile("|".join(re.escape(k) for k in _LATEX_SPECIAL))


def _cell(value) -> str:
    """One value as text: integers without a decimal point, floats with :data:`FLOAT_FORMAT`."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        return "" if np.isnan(value) else FLOAT_FORMAT.format(float(value))
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d") if value == value.normalize() else value.isoformat()
    return str(value)


def _text_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Every cell formatted as a string, so output does not depend on dtypes.

    A float column whose values are all whole numbers (counts, casualty
    figures stored as floats because some are missing) is written without
    decimals; any other float column with :data:`FLOAT_FORMAT`.
    """
    out = pd.DataFrame(index=range(len(df)))
    for col in df.columns:
        values = df[col].tolist()
        floats = [v for v in values if isinstance(v, (float, np.floating)) and not np.isnan(v)]
        whole = bool(floats) and all(float(v).is_integer() for v in floats)
        out[col] = [str(int(v)) if whole and isinstance(v, (float, np.floating)) and not np.isnan(v)
                    else _cell(v) for v in values]
    return out


def to_csv(df: pd.DataFrame) -> str:
    """A DataFrame as deterministic CSV text (no index, ``\\n`` line ends, fixed floats).

    Written by the package's one CSV writer, :func:`analysis.outputs.csv_text`.
    Text cells a spreadsheet would read as a formula (``= + - @``) are
    neutralised with :func:`analysis.outputs.neutralise` before the numbers
    are formatted, so ``-3`` in a numeric column stays a number.

    Example:
        >>> frame = pd.DataFrame({"outlet": ["عكاظ", "=cmd()"], "n": [2, -1], "share": [2 / 3, 0.5]})
        >>> print(to_csv(frame), end="")
        outlet,n,share
        عكاظ,2,0.6667
        '=cmd(),-1,0.5000
    """
    text_columns = [c for c in df.columns if not pd.api.types.is_numeric_dtype(df[c].dtype)]
    safe = df.assign(**{c: df[c].map(neutralise) for c in text_columns}) if text_columns else df
    return csv_text(_text_frame(safe), neutralise_cells=False)


def latex_escape(text: str) -> str:
    r"""Escape LaTeX specials and wrap Arabic runs in ``\textarabic{}``.

    Example:
        >>> latex_escape("labels/terrorist: إرهابي_1 & 50%")
        'labels/terrorist: \\textarabic{إرهابي}\\_1 \\& 50\\%'
    """
    escaped = _LATEX_RE.sub(lambda m: _LATEX_SPECIAL[m.group()], text)
    return _ARABIC_RUN.sub(lambda m: r"\textarabic{" + m.group() + "}", escaped)


def to_latex(df: pd.DataFrame, *, caption: str, label: str,
             max_rows: int = LATEX_MAX_ROWS) -> str:
    r"""A DataFrame as a LaTeX ``table`` (booktabs), via ``Styler.to_latex``.

    Long tables are cut at ``max_rows`` with a note in the caption; the CSV
    beside it has every row.

    Args:
        df: The table.
        caption: Table caption (plain text; escaped here).
        label: ``\label`` key, e.g. ``tab:actor-mentions``.
        max_rows: Rows to keep.

    Example:
        >>> tex = to_latex(pd.DataFrame({"actor": ["الحوثيون"], "n": [3]}), caption="Actors",
        ...                label="tab:a")
        >>> r"\textarabic{الحوثيون} & 3 \\" in tex
        True
    """
    n = len(df)
    shown = df.head(max_rows)
    if n > max_rows:
        caption = f"{caption} (first {max_rows} of {n} rows; the CSV file has all rows)"
    text = _text_frame(shown).map(latex_escape)
    text.columns = [latex_escape(str(c)) for c in shown.columns]
    numeric = [pd.api.types.is_numeric_dtype(shown[c].dtype) and not pd.api.types.is_bool_dtype(shown[c].dtype)
               for c in shown.columns]
    styler = text.style.hide(axis="index")
    body = styler.to_latex(
        caption=latex_escape(caption), label=label, hrules=True, position_float="centering",
        column_format="".join("r" if num else "l" for num in numeric) or "l",
    )
    header = (
        f"% Generated by arabic-conflict-news {__version__}. Arabic text is wrapped in\n"
        "% \\textarabic{} (polyglossia: \\setotherlanguage{arabic}; compile with XeLaTeX or\n"
        "% LuaLaTeX). Without polyglossia: \\providecommand{\\textarabic}[1]{#1}.\n"
        "% Needs \\usepackage{booktabs}.\n"
    )
    return header + body


def write_table(df: pd.DataFrame, stem: Path | str, *, caption: str,
                label: str | None = None, force: bool = False) -> list[Path]:
    """Write ``<stem>.csv`` and ``<stem>.tex`` (through :mod:`analysis.outputs`).

    Args:
        df: The table, already in its final row order.
        stem: Path without suffix.
        caption: LaTeX caption.
        label: LaTeX label (default ``tab:<stem name>``).
        force: Replace existing files.

    Returns:
        The two written paths.

    Raises:
        AnalysisError: A path inside a corpus folder, or an existing file without ``force``.
    """
    stem = Path(stem)
    csv_path, tex_path = stem.with_suffix(".csv"), stem.with_suffix(".tex")
    tex = to_latex(df, caption=caption, label=label or f"tab:{stem.name.replace('_', '-')}")
    write_bytes(csv_path, to_csv(df).encode("utf-8"), force=force, what="table")
    write_bytes(tex_path, tex.encode("utf-8"), force=force, what="table")
    return [csv_path, tex_path]


# --------------------------------------------------------------------------- notebook display

KWIC_HEADERS = {"right": "after / بعد", "match": "term / المصطلح", "left": "before / قبل"}


def kwic_display(kwic: pd.DataFrame):
    """A KWIC table laid out for Arabic: following context | term | preceding context.

    Arabic reads right to left, so the text BEFORE a term sits to its right
    and the text AFTER it to its left; each side is aligned against the term.
    Works in JupyterLab and in exported HTML (no widgets).

    Args:
        kwic: From :func:`analysis.report.summaries.term_kwic`.

    Returns:
        A pandas ``Styler`` (or the empty DataFrame itself when there are no lines).

    Example:
        >>> k = pd.DataFrame({"doc_id": ["a"], "start": [0], "end": [3], "outlet": ["X"],
        ...     "key": ["k"], "voice": ["own"], "markers": [""], "left": ["قال"],
        ...     "match": ["الإرهابيون"], "right": ["إن"]})  # synthetic
        >>> "direction: rtl" in kwic_display(k).to_html()
        True
    """
    if kwic is None or kwic.empty:
        return kwic
    meta = [c for c in kwic.columns if c not in ("left", "match", "right", "start", "end")]
    frame = kwic[meta + ["right", "match", "left"]].rename(columns=KWIC_HEADERS)
    after, term, before = KWIC_HEADERS["right"], KWIC_HEADERS["match"], KWIC_HEADERS["left"]
    rtl = [("direction", "rtl"), ("white-space", "nowrap"), ("unicode-bidi", "plaintext")]
    return (
        frame.style.hide(axis="index")
        .set_properties(subset=[after], **{"text-align": "right"})
        .set_properties(subset=[term], **{"text-align": "center", "font-weight": "bold",
                                          "background-color": "#fff3c4"})
        .set_properties(subset=[before], **{"text-align": "left"})
        .set_properties(subset=[after, term, before], **dict(rtl))
        .set_table_styles([{"selector": "th", "props": [("text-align", "center")]}])
    )


_DATE_LIKE = re.compile(r"^\d{4}(-\d{2}){0,2}$")


def show(df: pd.DataFrame, *, caption: str | None = None, precision: int = 3,
         columns: list[str] | None = None, long_text: int = 40):
    """A summary table for a notebook page: no index, Arabic right-to-left, nothing runs off.

    Whole numbers print as integers (``7000``, not ``7000.000``) even in a
    float column; dates and numbers never wrap (``2023-09-20`` stays on one
    line); text columns whose values are longer than ``long_text``
    characters wrap inside a bounded width, so a wide table fits the page.

    Args:
        df: The table.
        caption: Table caption.
        precision: Decimals of non-whole floats.
        columns: Show only these columns (those present), in this order.
        long_text: Characters above which a text column wraps.

    Example:
        >>> html = show(pd.DataFrame({"actor": ["الحوثيون"], "n": [1.0],  # synthetic
        ...                           "published": ["2023-09-20"]})).to_html()
        >>> "direction: rtl" in html, ">1<" in html, "white-space: nowrap" in html
        (True, True, True)
    """
    if columns is not None:
        df = df[[c for c in columns if c in df.columns]]
    formats = {}
    for c in df.columns:
        if pd.api.types.is_float_dtype(df[c].dtype):
            values = df[c].dropna()
            formats[c] = "{:.0f}" if len(values) and (values % 1 == 0).all() else f"{{:.{precision}f}}"
    styler = df.style.hide(axis="index").format(formats, na_rep="", precision=precision)
    text = [c for c in df.columns if not pd.api.types.is_numeric_dtype(df[c].dtype)]
    lengths = {c: df[c].astype(str).str.len().max() if len(df) else 0 for c in text}
    wrapping = [c for c in text if lengths[c] > long_text
                and not df[c].astype(str).str.match(_DATE_LIKE).all()]
    unbroken = [c for c in df.columns if c not in wrapping]
    if len(df):
        if text:
            styler = styler.set_properties(subset=text, **{
                "unicode-bidi": "plaintext", "direction": "rtl", "text-align": "right"})
        if unbroken:
            styler = styler.set_properties(subset=unbroken, **{"white-space": "nowrap"})
        if wrapping:
            styler = styler.set_properties(subset=wrapping, **{
                "white-space": "normal", "min-width": "12em", "max-width": "24em"})
    styler = styler.set_table_styles([{"selector": "", "props": [("font-size", "0.85em")]},
                                      {"selector": "th", "props": [("white-space", "nowrap")]}])
    if caption:
        styler = styler.set_caption(caption)
    return styler
