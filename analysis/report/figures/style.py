"""Shared drawing helpers: the reproducible style, empty figures, bars, heatmaps, legends, saving."""

from __future__ import annotations

import functools
import io
import textwrap
from pathlib import Path
from typing import Callable, Iterable

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from analysis import __version__
from analysis.outputs import write_bytes
from analysis.report.figures.labels import Names, bilingual
from analysis.report.summaries import ranked

NOTHING = "Nothing found / لا توجد نتائج"
FONT = "DejaVu Sans"

# Reproducible output: fixed font, fixed SVG ids, glyphs as paths (no font
# needed to view an SVG), no dates in the files.
STYLE = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT],
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.titlelocation": "left",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "svg.hashsalt": "arabic-conflict-news",
    "svg.fonttype": "path",
    "image.cmap": "Blues",
}
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf"]


def styled(func: Callable[..., Figure]) -> Callable[..., Figure]:
    """Draw under :data:`STYLE` without touching the caller's rcParams."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs) -> Figure:
        with matplotlib.rc_context(STYLE):
            return func(*args, **kwargs)
    return wrapper


def plotted(fig: Figure, frame: pd.DataFrame) -> Figure:
    """Attach the data a figure draws, one row per mark, as ``fig.plotted``.

    Every figure function of the report does this, so a test (or a reader)
    can check exactly what a figure counts without reading pixels.

    Example:
        >>> fig = plotted(Figure(), pd.DataFrame({"actor": ["un"], "n": [2]}))
        >>> fig.plotted.to_dict("records")
        [{'actor': 'un', 'n': 2}]
    """
    fig.plotted = frame.reset_index(drop=True)
    return fig


def new_figure(width: float, height: float) -> tuple[Figure, object]:
    fig = Figure(figsize=(width, height), layout="constrained")
    return fig, fig.add_subplot()


def set_ylabel(ax, text: str) -> None:
    """Vertical axis label with English and Arabic on two lines, so it is never clipped."""
    ax.set_ylabel(text.replace(" / ", "\n"))


def bar_height(n: int, two_lines: bool = False) -> float:
    return max(2.6, (0.48 if two_lines else 0.32) * n + 1.5)


@styled
def nothing(title: str, detail: str | None = None) -> Figure:
    """A figure that says there is nothing to show, and why.

    Example:
        >>> fig = nothing("Actors / الفاعلون")
        >>> fig.axes[0].texts[0].get_text()
        'Nothing found / لا توجد نتائج'
    """
    fig, ax = new_figure(6.4, 2.4)
    ax.set_axis_off()
    ax.text(0.5, 0.58, NOTHING, ha="center", va="center", fontsize=14, transform=ax.transAxes)
    if detail:
        ax.text(0.5, 0.3, "\n".join(textwrap.wrap(detail, 70)), ha="center", va="center",
                fontsize=9, color="#555555", transform=ax.transAxes)
    ax.set_title(title)
    return plotted(fig, pd.DataFrame())


def is_empty(frame: pd.DataFrame | None) -> bool:
    return frame is None or len(frame) == 0


def annotate_bars(ax, bars, labels: Iterable[str]) -> None:
    for bar, label in zip(bars, labels):
        ax.annotate(label, (bar.get_x() + bar.get_width(), bar.get_y() + bar.get_height() / 2),
                    xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)


def barh(title: str, items: list[str], values: list[float], *, xlabel: str, ylabel: str,
         notes: list[str] | None = None, color: str = PALETTE[0], xlim: float | None = None,
         footnote: str | None = None, names: Names | None = None) -> Figure:
    """Horizontal bars, largest on top, each annotated; ``fig.plotted`` is ``item, label, value``."""
    labels = [bilingual(n, names) for n in items]
    lines = max((lab.count("\n") + 1 for lab in labels), default=1)
    fig, ax = new_figure(7.2, bar_height(len(items), lines > 1) + 0.12 * len(items) * max(0, lines - 2))
    y = np.arange(len(items))[::-1]
    bars = ax.barh(y, values, color=color)
    ax.set_yticks(y, labels, fontsize=9 if len(items) > 12 else None)
    annotate_bars(ax, bars, notes or [f"{v:g}" for v in values])
    top = xlim if xlim is not None else (max(values) if len(values) else 1) or 1
    ax.set_xlim(0, top * 1.15)
    if xlim is None:  # counts: no 0.5-document ticks
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(xlabel)
    set_ylabel(ax, ylabel)
    ax.set_title(title)
    if footnote:
        fig.supxlabel(footnote, x=0.01, ha="left", fontsize=8, color="#555555")
    return plotted(fig, pd.DataFrame({"item": items, "label": labels, "value": values}))


@styled
def heatmap(matrix: pd.DataFrame, *, title: str, xlabel: str, ylabel: str,
            names: Names | None = None, note: str | None = None) -> Figure:
    """A count matrix as a heatmap with the count written in every non-zero cell.

    ``fig.plotted`` is the matrix in long form: ``row, column, n`` for every
    non-zero cell. ``note`` goes under the figure (e.g. which rows are shown).

    Example:
        >>> m = pd.DataFrame([[1, 0], [2, 3]], index=["a", "b"], columns=["x", "y"])
        >>> len(heatmap(m, title="t", xlabel="x", ylabel="y").axes)
        2
    """
    if is_empty(matrix) or matrix.to_numpy().sum() == 0:
        return nothing(title)
    n_rows, n_cols = matrix.shape
    columns = [bilingual(c, names, one_line=n_cols > 1) for c in matrix.columns]
    rows = [bilingual(r, names) for r in matrix.index]
    # Room for every row label's lines and for the rotated column labels.
    lines = max(lab.count("\n") + 1 for lab in rows)
    tilted = 0.045 * max(len(c) for c in columns) if n_cols > 1 else 0.3
    fig, ax = new_figure(max(5.0, 0.62 * n_cols + 4.0),
                         max(2.8, (0.17 * lines + 0.2) * n_rows + 1.6 + tilted))
    data = matrix.to_numpy()
    im = ax.imshow(data, aspect="auto", cmap="Blues", vmin=0)
    ax.set_xticks(range(n_cols), columns,
                  rotation=45 if n_cols > 1 else 0, ha="right" if n_cols > 1 else "center",
                  rotation_mode="anchor")
    ax.set_yticks(range(n_rows), rows)
    peak = data.max()
    for i in range(n_rows):
        for j in range(n_cols):
            if data[i, j]:
                ax.text(j, i, f"{data[i, j]:g}", ha="center", va="center", fontsize=8,
                        color="white" if data[i, j] > peak * 0.6 else "black")
    ax.spines[:].set_visible(False)
    ax.set_xlabel(xlabel)
    set_ylabel(ax, ylabel)
    ax.set_title(title)
    fig.colorbar(im, ax=ax, shrink=0.8, label="n")
    if note:
        fig.supxlabel(note, x=0.01, ha="left", fontsize=8, color="#555555")
    long = matrix.rename_axis(index="row", columns="column").stack().rename("n").reset_index()
    return plotted(fig, long[long["n"] != 0])


def two_legends(ax, title1: str, entries1: list, title2: str, entries2: list, *, kind: str) -> None:
    """Two legends right of the axes: colour (e.g. outlet) and line/marker style (e.g. voice).

    Separate legends keep Arabic and English values out of one mixed-direction string.
    """
    from matplotlib.lines import Line2D

    def handles(entries):
        if kind == "line":
            return [Line2D([], [], **style) for _, style in entries]
        return [Line2D([], [], ls="", markersize=6, **style) for _, style in entries]

    fig = ax.get_figure()
    fig.legend(handles(entries1), [e[0] for e in entries1], title=title1, fontsize=7,
               title_fontsize=8, loc="outside right upper", frameon=False)
    fig.legend(handles(entries2), [e[0] for e in entries2], title=title2, fontsize=7,
               title_fontsize=8, loc="outside right lower", frameon=False)


def shown_note(frame: pd.DataFrame, top: int, **kinds: str) -> str | None:
    """"Shown: top 15 of 49 labels, top 15 of 51 actors." for the columns cut to ``top``.

    ``kinds`` maps a column of ``frame`` to the plural noun it counts.

    Example:
        >>> shown_note(pd.DataFrame({"actor": list("abc")}), 2, actor="actors")
        'Shown: top 2 of 3 actors.'
    """
    parts = [f"top {top} of {frame[col].nunique():,} {noun}" for col, noun in kinds.items()
             if frame[col].nunique() > top]
    return "Shown: " + ", ".join(parts) + "." if parts else None


def top_columns(wide: pd.DataFrame, top: int) -> pd.DataFrame:
    """Keep the ``top`` columns by total (ties by name); sum the rest into 'other / أخرى'."""
    keep = ranked(wide.sum(), top)
    out = wide[keep].copy()
    rest = [c for c in wide.columns if c not in keep]
    if rest:
        out["other / أخرى"] = wide[rest].sum(axis=1)
    return out


def save(fig: Figure, stem: Path, *, formats: Iterable[str] = ("png", "svg"),
         force: bool = False) -> list[Path]:
    """Write a figure as PNG and SVG (or PDF) with reproducible metadata.

    SVG ids come from a fixed salt and carry no date; PNG and PDF metadata
    name the package instead of the matplotlib build, and PDFs carry no date.

    Args:
        fig: The figure.
        stem: Output path without suffix (``reports/0.1.0/figures/actor_mentions``).
        formats: Any of ``png``, ``svg``, ``pdf``.
        force: Replace existing files.

    Returns:
        The written paths.

    Raises:
        AnalysisError: A path inside a corpus folder, or an existing file
            without ``force`` (files go through :func:`analysis.outputs.write_bytes`).
    """
    software = f"arabic-conflict-news {__version__}"
    metadata = {
        "png": {"Software": software},
        "svg": {"Date": None, "Creator": software},
        "pdf": {"CreationDate": None, "ModDate": None, "Creator": software, "Producer": software},
    }
    written = []
    stem = Path(stem)
    with matplotlib.rc_context(STYLE):
        for fmt in formats:
            buffer = io.BytesIO()
            fig.savefig(buffer, format=fmt, metadata=metadata[fmt], bbox_inches="tight",
                        pad_inches=0.15)
            written.append(write_bytes(stem.with_suffix(f".{fmt}"), buffer.getvalue(), force=force,
                                       what="figure"))
    return written
