"""Figures of notebook 03: loaded terms by voice, distancing markers, over time."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from analysis.report.figures.labels import L, bilingual
from analysis.report.figures.style import (
    PALETTE, annotate_bars, is_empty, new_figure, styled, two_legends, set_ylabel, nothing,
)
from analysis.report.summaries import ranked

@styled
def term_voice(table: pd.DataFrame, *, top_outlets: int = 10) -> Figure:
    """Loaded terms in the outlet's own voice vs reported, per term (and outlet).

    Takes :func:`summaries.term_voice` with or without ``by_outlet``; with
    outlets, each term gets one panel whose rows are outlets.

    Example:
        >>> t = pd.DataFrame({"key": ["k", "k"], "voice": ["own", "reported"], "n": [1, 3],
        ...                   "share": [0.25, 0.75]})
        >>> term_voice(t).axes[0].get_xlabel()
        'Uses / عدد الاستخدامات'
    """
    title = "Own vs reported voice / صوت الوسيلة مقابل الكلام المنقول"
    if is_empty(table):
        return nothing(title, "No loaded term from the lexicons occurs in this corpus version.")
    frame = table if "outlet" in table.columns else table.assign(outlet="(all)")
    keys = sorted(frame["key"].unique())
    classes = ("own", "own_quoted", "scare_quote", "so_called", "reported")
    voices = sorted(frame["voice"].unique(),
                    key=lambda v: (classes.index(v) if v in classes else len(classes), v))
    fixed = {"own": "#08519c", "own_quoted": "#6baed6", "scare_quote": "#fd8d3c",
             "so_called": "#d62728", "reported": "#969696"}
    colors = {v: fixed.get(v, PALETTE[i % len(PALETTE)]) for i, v in enumerate(voices)}
    outlets = ranked(frame.groupby("outlet")["n"].sum(), top_outlets)
    ncols = min(len(keys), 3)
    nrows = int(np.ceil(len(keys) / ncols))
    fig = Figure(figsize=(4.0 * ncols + 1.5, max(2.4, 0.3 * len(outlets) + 1.4) * nrows + 0.6),
                 layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False, sharey=True)
    y = np.arange(len(outlets))[::-1]
    for ax, key in zip(axes.flat, keys):
        sub = frame[frame["key"] == key].pivot_table(index="outlet", columns="voice", values="n",
                                                     aggfunc="sum", fill_value=0)
        sub = sub.reindex(index=outlets, columns=voices, fill_value=0)
        left = np.zeros(len(outlets))
        for voice in voices:
            vals = sub[voice].to_numpy()
            ax.barh(y, vals, left=left, color=colors[voice], label=bilingual(voice))
            left += vals
        ax.set_title(bilingual(key), fontsize=10)
        ax.set_xlabel(L["uses"])
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    for ax in axes.flat[len(keys):]:
        ax.set_axis_off()
    axes[0, 0].set_yticks(y, [bilingual(o) for o in outlets])
    set_ylabel(axes[0, 0], L["outlet"] if "outlet" in table.columns else "")
    handles, labels = axes.flat[0].get_legend_handles_labels()
    fig.legend(handles, labels, title=L["voice"], loc="outside lower center",
               ncols=min(4, len(voices)), fontsize=8, title_fontsize=8, frameon=False)
    fig.suptitle(title, x=0.01, ha="left", fontsize=11)
    return fig


@styled
def term_markers(table: pd.DataFrame) -> Figure:
    """Distancing markers per term: inside quotes, scare quotes, "so-called".

    Takes corpus-wide :func:`summaries.term_markers`.

    Example:
        >>> t = pd.DataFrame({"key": ["k"], "n": [2], "share_quoted": [0.5],
        ...                   "share_scare_quote": [0.0], "share_so_called": [0.5]})
        >>> term_markers(t).axes[0].get_xlabel()
        'Share of uses / نسبة الاستخدامات'
    """
    title = "Distancing markers / علامات التحفّظ"
    if is_empty(table):
        return nothing(title, "No loaded term from the lexicons occurs in this corpus version.")
    flags = ["quoted", "scare_quote", "so_called"]
    keys = table["key"].tolist()
    fig, ax = new_figure(7.2, max(2.8, 0.75 * len(keys) + 1.6))
    y = np.arange(len(keys))[::-1]
    h = 0.8 / len(flags)
    for i, f in enumerate(flags):
        vals = table[f"share_{f}"].astype(float).to_numpy()
        bars = ax.barh(y + (1 - i) * h, vals, height=h, color=PALETTE[i], label=bilingual(f))
        annotate_bars(ax, bars, [f"{v:.0%}" for v in vals])
    ax.set_yticks(y, [f"{bilingual(k)}\nn = {n:,}" for k, n in zip(keys, table["n"])])
    ax.set_xlim(0, 1.15)
    ax.set_xlabel(L["marker_share"])
    set_ylabel(ax, L["key"])
    ax.set_title(title)
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center", ncols=3, fontsize=8,
               frameon=False)
    return fig


@styled
def terms_over_time(table: pd.DataFrame, *, top: int = 6) -> Figure:
    """Loaded-term uses per period: colour per term, solid own voice, dashed reported.

    Takes :func:`summaries.terms_over_time` (summed over outlets here).

    Example:
        >>> t = pd.DataFrame({"period": ["2015-07-21"], "unit": ["day"], "outlet": ["X"],
        ...                   "key": ["k"], "voice": ["own"], "n": [2]})
        >>> terms_over_time(t).axes[0].get_ylabel().splitlines()
        ['Uses', 'عدد الاستخدامات']
    """
    title = "Loaded terms over time / المصطلحات المشحونة عبر الزمن"
    if is_empty(table):
        return nothing(title, "No loaded term occurs in a document with a publication date.")
    unit = table["unit"].iloc[0]
    periods = sorted(table["period"].unique())
    keys = ranked(table.groupby("key")["n"].sum(), top)
    styles = {"own": "-", "reported": "--"}
    fig, ax = new_figure(max(6.4, min(14.0, 0.28 * len(periods) + 4.5)), 4.2)
    x = np.arange(len(periods))
    voices = sorted(table["voice"].unique(), key=lambda v: (v not in styles, v))
    for i, key in enumerate(keys):
        sub = table[table["key"] == key]
        for voice in voices:
            series = sub[sub["voice"] == voice].groupby("period")["n"].sum().reindex(periods, fill_value=0)
            if series.sum() == 0:
                continue
            ax.plot(x, series.to_numpy(), styles.get(voice, ":"), marker="o", markersize=3,
                    color=PALETTE[i % len(PALETTE)])
    step = max(1, len(x) // 16)
    ax.set_xticks(x[::step], periods[::step], rotation=45 if len(x) > 3 else 0,
                  ha="right" if len(x) > 3 else "center", rotation_mode="anchor")
    ax.set_xlim(-0.5, len(x) - 0.5)
    ax.set_ylim(bottom=0)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(f"Publication date ({unit}) / تاريخ النشر")
    set_ylabel(ax, L["uses"])
    ax.set_title(title)
    two_legends(ax, L["key"], [(bilingual(k), {"color": PALETTE[i % len(PALETTE)], "lw": 2})
                                for i, k in enumerate(keys)],
                 L["voice"], [(bilingual(v), {"color": "#444444", "ls": styles.get(v, ":")})
                              for v in voices], kind="line")
    return fig
