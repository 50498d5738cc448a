"""Figures of notebook 04: casualty claims by source, hedges, agency, timeline."""

from __future__ import annotations

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from analysis.report.figures.labels import L, bilingual
from analysis.report.figures.style import (
    PALETTE, bar_height, barh, is_empty, new_figure, styled, two_legends, set_ylabel, nothing,
)
from analysis.report.summaries import ranked

@styled
def figures_by_source(table: pd.DataFrame, *, top: int = 15) -> Figure:
    """Casualty claims per attributed source, stacked by category.

    Takes :func:`summaries.figures_by_source`.

    Example:
        >>> t = pd.DataFrame({"source": ["ministry"], "category": ["killed"], "n_claims": [2],
        ...                   "min": [3.0], "median": [4.0], "max": [5.0]})
        >>> figures_by_source(t).axes[0].get_ylabel().splitlines()
        ['Attributed source', 'المصدر المنسوب إليه']
    """
    title = "Casualty claims by source / ادعاءات الضحايا حسب المصدر"
    if is_empty(table):
        return nothing(title, "No casualty claim found in this corpus version.")
    wide = table.pivot_table(index="source", columns="category", values="n_claims",
                             aggfunc="sum", fill_value=0)
    sources = ranked(wide.sum(axis=1), top)
    wide = wide.loc[sources]
    fig, ax = new_figure(7.6, bar_height(len(sources), True) + 0.6)
    y = np.arange(len(sources))[::-1]
    left = np.zeros(len(sources))
    for i, cat in enumerate(sorted(wide.columns)):
        vals = wide[cat].to_numpy()
        ax.barh(y, vals, left=left, color=PALETTE[i % len(PALETTE)], label=bilingual(cat))
        left += vals
    ranges = table.groupby("source").agg(lo=("min", "min"), hi=("max", "max"))
    notes = []
    for s in sources:
        lo, hi = ranges.loc[s, "lo"], ranges.loc[s, "hi"]
        notes.append("" if pd.isna(lo) else (f"{lo:,.0f}" if lo == hi else f"{lo:,.0f}–{hi:,.0f}"))
    for yy, total, note in zip(y, left, notes):
        ax.annotate(note, (total, yy), xytext=(3, 0), textcoords="offset points", va="center",
                    fontsize=8)
    ax.set_yticks(y, [bilingual(s) for s in sources])
    ax.set_xlim(0, max(left.max(), 1) * 1.25)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(L["claims"])
    set_ylabel(ax, L["source"])
    # The note sits under the title, where it cannot collide with the legend
    # below the axes however many categories there are.
    ax.set_title(title, pad=16)
    ax.text(0.0, 1.01, "Numbers at bar ends: range of reported figures / "
            "الأرقام عند أطراف الأعمدة: نطاق الأرقام المعلنة", transform=ax.transAxes,
            fontsize=7, color="#555555", va="bottom")
    fig.legend(title=L["category"], fontsize=8, title_fontsize=8, loc="outside lower center",
               ncols=min(4, len(wide.columns)), frameon=False)
    return fig


@styled
def hedge_counts(table: pd.DataFrame) -> Figure:
    """Claims per hedge ("at least", "about", ...), from :func:`summaries.hedge_counts`.

    Example:
        >>> t = pd.DataFrame({"hedge": ["(none)"], "category": ["killed"], "n_claims": [2],
        ...                   "share": [1.0]})
        >>> hedge_counts(t).axes[0].get_ylabel().splitlines()
        ['Hedge', 'صيغة التقريب']
    """
    title = "Hedged figures / الأرقام المقرونة بصيغ التقريب"
    if is_empty(table):
        return nothing(title, "No casualty claim found in this corpus version.")
    per = table.groupby("hedge")["n_claims"].sum().reset_index()
    per = per.sort_values(["n_claims", "hedge"], ascending=[False, True], kind="mergesort")
    total = per["n_claims"].sum()
    notes = [f"{n:,} ({n / total:.0%})" for n in per["n_claims"]]
    return barh(title, per["hedge"].tolist(), per["n_claims"].tolist(), xlabel=L["claims"],
                 ylabel=L["hedge"], notes=notes, color=PALETTE[1])


@styled
def agency_breakdown(table: pd.DataFrame, *, top: int = 15) -> Figure:
    """Named perpetrator / inanimate cause / agentless, as shares per outlet.

    Takes :func:`summaries.agency_breakdown`.

    Example:
        >>> t = pd.DataFrame({"outlet": ["X"], "agency": ["agentless"], "n_claims": [1],
        ...                   "share": [1.0]})
        >>> agency_breakdown(t).axes[0].get_xlabel()
        'Share of claims / نسبة الادعاءات'
    """
    title = "Who kills in the telling / إسناد الفعل في روايات الضحايا"
    if is_empty(table):
        return nothing(title, "No casualty claim found in this corpus version.")
    wide = table.pivot_table(index="outlet", columns="agency", values="n_claims",
                             aggfunc="sum", fill_value=0)
    outlets = ranked(wide.sum(axis=1), top)
    preferred = ["perpetrator", "named", "cause", "inanimate", "agentless"]
    agencies = sorted(wide.columns, key=lambda a: (preferred.index(a) if a in preferred else 99, a))
    wide = wide.loc[outlets, agencies]
    shares = wide.div(wide.sum(axis=1), axis=0)
    fig, ax = new_figure(7.6, bar_height(len(outlets)) + 0.5)
    y = np.arange(len(outlets))[::-1]
    left = np.zeros(len(outlets))
    for i, agency in enumerate(agencies):
        vals = shares[agency].to_numpy()
        ax.barh(y, vals, left=left, color=PALETTE[i % len(PALETTE)], label=bilingual(agency))
        left += vals
    ax.set_yticks(y, [f"{bilingual(o)}\nn = {n:,}" for o, n in zip(outlets, wide.sum(axis=1))])
    ax.set_xlim(0, 1)
    ax.set_xlabel(L["agency_share"])
    set_ylabel(ax, L["outlet"])
    ax.set_title(title)
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center",
               ncols=min(3, len(agencies)), fontsize=8, frameon=False)
    return fig


@styled
def casualty_timeline(table: pd.DataFrame, *, top: int = 8) -> Figure:
    """Reported figures over publication date, one colour per outlet, one marker per category.

    Takes :func:`summaries.casualty_timeline`. The y axis is logarithmic when
    figures span more than two orders of magnitude.

    Example:
        >>> t = pd.DataFrame({"date": pd.to_datetime(["2015-07-21"]), "outlet": ["X"],
        ...     "category": ["killed"], "figure": [7.0], "hedge": ["(none)"], "doc_id": ["a"],
        ...     "start": [0]})
        >>> casualty_timeline(t).axes[0].get_ylabel().splitlines()
        ['Reported figure', 'الرقم المعلن']
    """
    title = "Reported figures over time / الأرقام المعلنة عبر الزمن"
    if is_empty(table):
        return nothing(title, "No top-level casualty claim with a figure in a dated document.")
    outlets = ranked(table.groupby("outlet").size())
    keep = outlets[:top]
    frame = table.assign(outlet=table["outlet"].where(table["outlet"].isin(keep), "other / أخرى"))
    markers = ["o", "s", "^", "D", "v", "P", "X"]
    cats = sorted(frame["category"].unique())
    groups = keep + (["other / أخرى"] if len(outlets) > top else [])
    fig, ax = new_figure(8.0, 4.4)
    for i, outlet in enumerate(groups):
        for j, cat in enumerate(cats):
            sub = frame[(frame["outlet"] == outlet) & (frame["category"] == cat)]
            if not sub.empty:
                ax.scatter(sub["date"], sub["figure"], s=22, alpha=0.8,
                           color=PALETTE[i % len(PALETTE)], marker=markers[j % len(markers)])
    two_legends(ax, L["outlet"], [(bilingual(o), {"color": PALETTE[i % len(PALETTE)], "marker": "o"})
                                   for i, o in enumerate(groups)],
                 L["category"], [(bilingual(c), {"color": "#444444", "marker": markers[j % len(markers)]})
                                 for j, c in enumerate(cats)], kind="marker")
    values = frame["figure"].to_numpy()
    if values.min() > 0 and values.max() / values.min() > 100:
        ax.set_yscale("log")
    else:
        ax.set_ylim(bottom=0, top=values.max() * 1.15 + 1)
    dates = frame["date"]
    if dates.min() == dates.max():
        ax.set_xlim(dates.min() - pd.Timedelta(days=3), dates.max() + pd.Timedelta(days=3))
    ax.xaxis.set_major_formatter(matplotlib.dates.DateFormatter("%Y-%m-%d"))
    for label in ax.get_xticklabels():
        label.set_rotation(30)
        label.set_ha("right")
    ax.set_xlabel(L["date"])
    set_ylabel(ax, L["figure"])
    ax.set_title(title)
    return fig
