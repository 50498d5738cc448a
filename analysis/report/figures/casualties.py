"""Figures of notebook 04: casualty claims by source, hedges, agency, timeline."""

from __future__ import annotations

import textwrap

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from analysis.report.figures.labels import L, Names, bilingual
from analysis.report.figures.style import (
    PALETTE, bar_height, barh, is_empty, new_figure, nothing, plotted, set_ylabel, styled,
    two_legends,
)
from analysis.report.summaries import ranked


@styled
def figures_by_source(table: pd.DataFrame, *, top: int = 15, names: Names | None = None) -> Figure:
    """Casualty claims per attributed source, stacked by category.

    Takes :func:`summaries.figures_by_source`. ``fig.plotted``: ``source,
    category, n_claims`` per bar segment.

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
        ax.barh(y, vals, left=left, color=PALETTE[i % len(PALETTE)], label=bilingual(cat, names))
        left += vals
    ranges = table.groupby("source").agg(lo=("min", "min"), hi=("max", "max"))
    notes = []
    for s in sources:
        lo, hi = ranges.loc[s, "lo"], ranges.loc[s, "hi"]
        notes.append("" if pd.isna(lo) else (f"{lo:,.0f}" if lo == hi else f"{lo:,.0f}–{hi:,.0f}"))
    for yy, total, note in zip(y, left, notes):
        ax.annotate(note, (total, yy), xytext=(3, 0), textcoords="offset points", va="center",
                    fontsize=8)
    ax.set_yticks(y, [bilingual(s, names) for s in sources])
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
    long = wide.rename_axis(index="source", columns="category").stack().rename("n_claims")
    return plotted(fig, long[long > 0].reset_index())


@styled
def hedge_counts(table: pd.DataFrame, *, names: Names | None = None) -> Figure:
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
                ylabel=L["hedge"], notes=notes, color=PALETTE[1], names=names)


def _left_out_note(left_out: pd.DataFrame | None, names: Names | None) -> str | None:
    """"Left out: 2 evacuated; ..." from a ``reason, n_claims`` table: an English, an Arabic line.

    One language per line: a line mixing both directions would be reordered
    by the bidirectional algorithm and read wrongly.
    """
    if left_out is None or left_out.empty:
        return None
    english, arabic = [], []
    for reason, n in zip(left_out["reason"], left_out["n_claims"]):
        en, ar = _reason(reason, names)
        english.append(f"{int(n):,} {en}")
        arabic.append(f"{int(n):,} {ar}")
    return "\n".join(textwrap.wrap("Left out: " + "; ".join(english) + ".", 110)
                     + textwrap.wrap("مستبعد: " + "؛ ".join(arabic) + ".", 110))


def _note_below(fig: Figure, note: str | None) -> None:
    """A grey note under the axes, in the space the layout keeps for it."""
    if note:
        fig.supxlabel(note, x=0.01, ha="left", fontsize=7, color="#555555")


def _split(label: str) -> tuple[str, str]:
    """``'english / arabic'`` -> both halves (a label without a translation twice)."""
    en, sep, ar = label.partition(" / ")
    return (en, ar) if sep else (label, label)


def _reason(reason: str, names: Names | None) -> tuple[str, str]:
    """A left-out reason of the casualty summaries, in English and in Arabic."""
    if reason.startswith("category "):
        category, _, rest = reason.removeprefix("category ").partition(", ")
        en, ar = _split(bilingual(category, names))
        if rest:
            rest_en, rest_ar = _split(bilingual(rest, names))
            en, ar = f"{en} ({rest_en})", f"{ar} ({rest_ar})"
        return en, ar
    return _split(bilingual(reason, names))


@styled
def agency_breakdown(table: pd.DataFrame, *, left_out: pd.DataFrame | None = None, top: int = 15,
                     names: Names | None = None) -> Figure:
    """Who kills in the telling: named perpetrator / inanimate cause / agentless, per outlet.

    Takes :func:`summaries.agency_breakdown` (killed claims, and injured
    claims that name a perpetrator; subsets and other categories are not
    counted) and, for the note under the figure, :func:`summaries.agency_left_out`.
    Each outlet's bar is labelled with its number of claims ``n``.
    ``fig.plotted``: ``outlet, agency, n_claims, share`` per bar segment.

    Example:
        >>> t = pd.DataFrame({"outlet": ["X"], "agency": ["agentless"], "n_claims": [1],
        ...                   "share": [1.0], "n_outlet": [1]})
        >>> agency_breakdown(t).axes[0].get_xlabel()
        'Share of claims / نسبة الادعاءات'
    """
    title = "Who kills in the telling / إسناد القتل في روايات الضحايا"
    if is_empty(table):
        return nothing(title, "No killed claim (and no injured claim naming a perpetrator) "
                              "in this corpus version.")
    wide = table.pivot_table(index="outlet", columns="agency", values="n_claims",
                             aggfunc="sum", fill_value=0)
    outlets = ranked(wide.sum(axis=1), top)
    preferred = ["named", "perpetrator", "inanimate", "cause", "agentless"]
    agencies = sorted(wide.columns, key=lambda a: (preferred.index(a) if a in preferred else 99, a))
    wide = wide.loc[outlets, agencies]
    shares = wide.div(wide.sum(axis=1), axis=0)
    fig, ax = new_figure(7.6, bar_height(len(outlets), True) + 0.9)
    y = np.arange(len(outlets))[::-1]
    left = np.zeros(len(outlets))
    colors = {"named": PALETTE[3], "perpetrator": PALETTE[3], "inanimate": PALETTE[1],
              "cause": PALETTE[1], "agentless": "#7f7f7f"}
    for i, agency in enumerate(agencies):
        vals = shares[agency].to_numpy()
        bars = ax.barh(y, vals, left=left, color=colors.get(agency, PALETTE[(i + 4) % len(PALETTE)]),
                       label=bilingual(agency, names))
        for bar, n, share in zip(bars, wide[agency].to_numpy(), vals):
            if n and share >= 0.08:
                ax.text(bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height() / 2,
                        f"{n:,}", ha="center", va="center", fontsize=8, color="white")
        left += vals
    ax.set_yticks(y, [f"{bilingual(o, names)}\nn = {n:,}" for o, n in zip(outlets, wide.sum(axis=1))])
    ax.set_xlim(0, 1)
    ax.set_xlabel(L["agency_share"])
    set_ylabel(ax, L["outlet"])
    ax.text(0.0, 1.01, "Killed claims, and injured claims naming a perpetrator / "
            "ادعاءات القتل، والإصابة حين يُسمّى الفاعل", transform=ax.transAxes, fontsize=7,
            color="#555555", va="bottom")
    ax.set_title(title, pad=14)
    # Legend above, note below: neither can cover the other.
    fig.legend(*ax.get_legend_handles_labels(), loc="outside upper center",
               ncols=min(3, len(agencies)), fontsize=8, frameon=False)
    _note_below(fig, _left_out_note(left_out, names))
    long = wide.rename_axis(index="outlet", columns="agency").stack().rename("n_claims").reset_index()
    long["share"] = long["n_claims"] / long.groupby("outlet")["n_claims"].transform("sum")
    return plotted(fig, long[long["n_claims"] > 0])


def _dodged(table: pd.DataFrame, groups: list[str]) -> pd.DataFrame:
    """One point per (date, outlet, category, figure) with its claim count, dodged within a date.

    Claims with the same figure on the same day, outlet and category would
    hide each other: they become one point labelled with their count. The
    (outlet, category) series of one date are spread over +-0.3 day, so
    equal figures from different outlets or categories sit side by side.
    """
    points = (table.groupby(["date", "outlet", "category", "figure"], sort=True)
              .size().rename("n_claims").reset_index())
    points["series"] = points["outlet"].map({o: i for i, o in enumerate(groups)}) * 1000 + (
        points["category"].rank(method="dense").astype(int))
    slots = points.groupby("date")["series"].rank(method="dense").astype(int) - 1
    width = points.groupby("date")["series"].transform("nunique")
    offset_days = np.where(width > 1, (slots - (width - 1) / 2) * (0.6 / width.clip(lower=1)), 0.0)
    points["x"] = points["date"] + pd.to_timedelta(offset_days, unit="D")
    return points.drop(columns="series")


@styled
def casualty_timeline(table: pd.DataFrame, *, left_out: pd.DataFrame | None = None, top: int = 8,
                      names: Names | None = None) -> Figure:
    """Reported figures over publication date, one colour per outlet, one marker per category.

    Takes :func:`summaries.casualty_timeline` and, for the note under the
    figure, :func:`summaries.timeline_left_out`. Claims with the same figure
    (same day, outlet, category) are one point labelled with their count
    (``×2``); different series on one day are set side by side. The y axis
    is logarithmic when figures span more than two orders of magnitude.
    ``fig.plotted``: ``date, outlet, category, figure, n_claims, x`` per point.

    Example:
        >>> t = pd.DataFrame({"date": pd.to_datetime(["2015-07-21"] * 2), "outlet": ["X"] * 2,
        ...     "category": ["killed"] * 2, "figure": [7.0, 7.0], "hedge": ["(none)"] * 2,
        ...     "doc_id": ["a", "b"], "start": [0, 0]})
        >>> casualty_timeline(t).plotted[["figure", "n_claims"]].to_dict("records")
        [{'figure': 7.0, 'n_claims': 2}]
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
    points = _dodged(frame, groups)
    fig, ax = new_figure(8.4, 4.8)
    for i, outlet in enumerate(groups):
        for j, cat in enumerate(cats):
            sub = points[(points["outlet"] == outlet) & (points["category"] == cat)]
            if not sub.empty:
                ax.scatter(sub["x"], sub["figure"], s=30, alpha=0.85, zorder=3,
                           color=PALETTE[i % len(PALETTE)], marker=markers[j % len(markers)])
    if len(points) <= 40:
        for row in points.itertuples(index=False):
            label = f"{row.figure:,.0f}" + (f" ×{row.n_claims}" if row.n_claims > 1 else "")
            ax.annotate(label, (row.x, row.figure), xytext=(6, 0), textcoords="offset points",
                        va="center", fontsize=7, color="#333333")
    two_legends(ax, L["outlet"], [(bilingual(o, names), {"color": PALETTE[i % len(PALETTE)], "marker": "o"})
                                  for i, o in enumerate(groups)],
                L["category"], [(bilingual(c, names), {"color": "#444444", "marker": markers[j % len(markers)]})
                                for j, c in enumerate(cats)], kind="marker")
    values = points["figure"].to_numpy()
    if values.min() > 0 and values.max() / values.min() > 100:
        ax.set_yscale("log")
        ax.set_ylim(values.min() / 2, values.max() * 2)
    else:
        ax.set_ylim(bottom=0, top=values.max() * 1.15 + 1)
    dates = points["date"]
    span = (dates.max() - dates.min()).days
    pad = pd.Timedelta(days=max(1.0, span * 0.05))
    ax.set_xlim(dates.min() - pad, dates.max() + pad)
    # Ticks on whole days: a point offset within its day stays next to its date.
    ax.xaxis.set_major_locator(matplotlib.dates.DayLocator(interval=max(1, (span + 2) // 8))
                               if span <= 60 else matplotlib.dates.AutoDateLocator(maxticks=8))
    ax.xaxis.set_major_formatter(matplotlib.dates.DateFormatter("%Y-%m-%d"))
    for label in ax.get_xticklabels():
        label.set_rotation(30)
        label.set_ha("right")
    ax.set_xlabel(L["date"])
    set_ylabel(ax, L["figure"])
    ax.set_title(title)
    _note_below(fig, _left_out_note(left_out, names))
    return plotted(fig, points)
