"""Figures of notebook 01: documents per outlet and over time, metadata, text lengths."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from analysis.report.figures.labels import L, Names, bilingual
from analysis.report.figures.style import (
    PALETTE, barh, is_empty, new_figure, nothing, plotted, set_ylabel, styled, top_columns,
)


@styled
def documents_per_outlet(counts: pd.DataFrame, *, top: int = 20, names: Names | None = None) -> Figure:
    """Documents per outlet (from :func:`summaries.documents_per_outlet`).

    Example:
        >>> fig = documents_per_outlet(pd.DataFrame(columns=["outlet", "n_documents", "share"]))
        >>> fig.axes[0].texts[0].get_text()
        'Nothing found / لا توجد نتائج'
    """
    title = "Documents per outlet / الوثائق حسب الوسيلة الإعلامية"
    if is_empty(counts):
        return nothing(title, "The corpus version has no documents.")
    shown = counts.head(top)
    foot = f"Top {top} of {len(counts)} outlets." if len(counts) > top else None
    return barh(title, shown["outlet"].tolist(), shown["n_documents"].tolist(),
                xlabel=L["documents"], ylabel=L["outlet"], footnote=foot, names=names,
                notes=[f"{n:,} ({s:.0%})" for n, s in zip(shown["n_documents"], shown["share"])])


@styled
def documents_over_time(counts: pd.DataFrame, *, top: int = 8, names: Names | None = None) -> Figure:
    """Documents per day/month/year, stacked by outlet (from :func:`summaries.documents_over_time`).

    The ``top`` largest outlets get their own colour; the rest are stacked as
    "other". ``fig.plotted``: ``period, outlet, n_documents`` per bar segment.

    Example:
        >>> c = pd.DataFrame({"period": ["2015-07-21"], "unit": ["day"], "outlet": ["X"],
        ...                   "n_documents": [3]})
        >>> documents_over_time(c).axes[0].get_xlabel()
        'Publication date (day) / تاريخ النشر'
    """
    title = "Documents over time / الوثائق عبر الزمن"
    if is_empty(counts):
        return nothing(title, "No document has a publication date at this precision.")
    unit = counts["unit"].iloc[0]
    wide = top_columns(counts.pivot_table(index="period", columns="outlet", values="n_documents",
                                          aggfunc="sum", fill_value=0), top)
    fig, ax = new_figure(max(6.4, min(14.0, 0.28 * len(wide) + 4.0)), 4.2)
    x = np.arange(len(wide))
    bottom = np.zeros(len(wide))
    for i, outlet in enumerate(wide.columns):
        ax.bar(x, wide[outlet].to_numpy(), bottom=bottom, label=bilingual(outlet, names),
               color=PALETTE[i % len(PALETTE)], width=0.8)
        bottom += wide[outlet].to_numpy()
    step = max(1, len(x) // 16)
    ax.set_xticks(x[::step], wide.index[::step], rotation=45 if len(x) > 3 else 0,
                  ha="right" if len(x) > 3 else "center", rotation_mode="anchor")
    ax.set_xlabel(f"Publication date ({unit}) / تاريخ النشر")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    set_ylabel(ax, L["documents"])
    ax.set_title(title)
    fig.legend(title=L["outlet"], fontsize=8, title_fontsize=8, loc="outside right upper",
               frameon=False)
    long = wide.rename_axis(index="period", columns="outlet").stack().rename("n_documents")
    return plotted(fig, long[long > 0].reset_index())


@styled
def metadata_completeness(table: pd.DataFrame, *, names: Names | None = None) -> Figure:
    """Share of documents with each metadata field (from :func:`summaries.metadata_completeness`).

    Example:
        >>> t = pd.DataFrame({"field": ["title"], "n_present": [1], "n_missing": [0],
        ...                   "share_present": [1.0]})
        >>> bool(metadata_completeness(t).axes[0].get_xlim()[1] > 1)
        True
    """
    title = "Metadata completeness / اكتمال البيانات الوصفية"
    if is_empty(table) or table["share_present"].isna().all():
        return nothing(title, "The corpus version has no documents.")
    notes = [f"{p:,} / {p + m:,}" for p, m in zip(table["n_present"], table["n_missing"])]
    return barh(title, table["field"].tolist(), table["share_present"].tolist(),
                xlabel=L["present"], ylabel=L["field"], notes=notes, xlim=1.0, names=names)


@styled
def text_lengths(documents: pd.DataFrame, *, names: Names | None = None) -> Figure:
    """Histogram of words (tokens) per document, with the median marked.

    ``fig.plotted``: ``low, high, n_documents`` per bin.

    Args:
        documents: The documents table (``n_tokens``).

    Example:
        >>> text_lengths(pd.DataFrame({"n_tokens": [120, 300, 310]})).axes[0].get_xlabel()
        'Words per document / عدد الكلمات في الوثيقة'
    """
    title = "Text lengths / أطوال النصوص"
    if is_empty(documents):
        return nothing(title, "The corpus version has no documents.")
    n = documents["n_tokens"].astype(float).to_numpy()
    fig, ax = new_figure(6.4, 3.6)
    bins = min(40, max(1, int(np.sqrt(len(n)) * 2)))
    counts, edges, _ = ax.hist(n, bins=bins, range=(0, max(1.0, float(n.max())) * 1.02),
                               color=PALETTE[0], edgecolor="white")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    med = float(np.median(n))
    ax.axvline(med, color=PALETTE[3], linestyle="--")
    ax.annotate(f"median = {med:g} / الوسيط", (med, 1), xycoords=("data", "axes fraction"),
                xytext=(4, -12), textcoords="offset points", fontsize=8, color=PALETTE[3])
    ax.set_xlabel(L["tokens"])
    set_ylabel(ax, L["documents"])
    ax.set_title(f"{title} (n = {len(n):,})")
    return plotted(fig, pd.DataFrame({"low": edges[:-1], "high": edges[1:],
                                      "n_documents": counts.astype(int)}))
