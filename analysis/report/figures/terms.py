"""Figures of notebook 03: loaded terms by voice, distancing markers, over time."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from analysis.report.figures.labels import L, Names, bilingual
from analysis.report.figures.style import (
    PALETTE, annotate_bars, is_empty, new_figure, nothing, plotted, set_ylabel, styled,
)
from analysis.report.summaries import VOICE_CLASSES, ranked

# One colour and one marker per voice class, shared by every terms figure.
VOICE_COLORS = {"own": "#08519c", "own_quoted": "#6baed6", "scare_quote": "#fd8d3c",
                "so_called": "#d62728", "reported": "#969696"}
VOICE_MARKERS = {"own": "o", "own_quoted": "D", "scare_quote": "v", "so_called": "X",
                 "reported": "s"}


def _voices(values) -> list[str]:
    """Voice classes in :data:`VOICE_CLASSES` order, unknown ones after, by name."""
    return sorted(set(values), key=lambda v: (VOICE_CLASSES.index(v) if v in VOICE_CLASSES
                                              else len(VOICE_CLASSES), v))


@styled
def term_voice(table: pd.DataFrame, *, top_outlets: int = 10, names: Names | None = None) -> Figure:
    """Loaded terms in the outlet's own voice vs reported, per term (and outlet).

    Takes :func:`summaries.term_voice` with or without ``by_outlet``; with
    outlets, each term gets one panel whose rows are outlets. ``fig.plotted``:
    ``key, outlet, voice, n`` per bar segment.

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
    voices = _voices(frame["voice"])
    colors = {v: VOICE_COLORS.get(v, PALETTE[i % len(PALETTE)]) for i, v in enumerate(voices)}
    outlets = ranked(frame.groupby("outlet")["n"].sum(), top_outlets)
    ncols = min(len(keys), 3)
    nrows = int(np.ceil(len(keys) / ncols))
    fig = Figure(figsize=(4.0 * ncols + 1.5, max(2.4, 0.3 * len(outlets) + 1.4) * nrows + 0.6),
                 layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False, sharey=True)
    y = np.arange(len(outlets))[::-1]
    drawn = []
    for ax, key in zip(axes.flat, keys):
        sub = frame[frame["key"] == key].pivot_table(index="outlet", columns="voice", values="n",
                                                     aggfunc="sum", fill_value=0)
        sub = sub.reindex(index=outlets, columns=voices, fill_value=0)
        left = np.zeros(len(outlets))
        for voice in voices:
            vals = sub[voice].to_numpy()
            ax.barh(y, vals, left=left, color=colors[voice], label=bilingual(voice, names))
            left += vals
            drawn += [(key, o, voice, int(v)) for o, v in zip(outlets, vals) if v]
        ax.set_title(bilingual(key, names), fontsize=10)
        ax.set_xlabel(L["uses"])
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    for ax in axes.flat[len(keys):]:
        ax.set_axis_off()
    axes[0, 0].set_yticks(y, [bilingual(o, names) for o in outlets])
    set_ylabel(axes[0, 0], L["outlet"] if "outlet" in table.columns else "")
    handles, labels = axes.flat[0].get_legend_handles_labels()
    fig.legend(handles, labels, title=L["voice"], loc="outside lower center",
               ncols=min(4, len(voices)), fontsize=8, title_fontsize=8, frameon=False)
    fig.suptitle(title, x=0.01, ha="left", fontsize=11)
    return plotted(fig, pd.DataFrame(drawn, columns=["key", "outlet", "voice", "n"]))


@styled
def term_markers(table: pd.DataFrame, *, names: Names | None = None) -> Figure:
    """Distancing markers per term: inside quotes, scare quotes, "so-called".

    Takes corpus-wide :func:`summaries.term_markers`. ``fig.plotted``:
    ``key, marker, share`` per bar.

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
        bars = ax.barh(y + (1 - i) * h, vals, height=h, color=PALETTE[i], label=bilingual(f, names))
        annotate_bars(ax, bars, [f"{v:.0%}" for v in vals])
    ax.set_yticks(y, [f"{bilingual(k, names)}\nn = {n:,}" for k, n in zip(keys, table["n"])])
    ax.set_xlim(0, 1.15)
    ax.set_xlabel(L["marker_share"])
    set_ylabel(ax, L["key"])
    ax.set_title(title)
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center", ncols=3, fontsize=8,
               frameon=False)
    long = table.melt(id_vars=["key"], value_vars=[f"share_{f}" for f in flags], var_name="marker",
                      value_name="share")
    long["marker"] = long["marker"].str.removeprefix("share_")
    return plotted(fig, long)


@styled
def terms_over_time(table: pd.DataFrame, *, top: int = 6, names: Names | None = None) -> Figure:
    """Loaded-term uses per period: one panel per term, one colour and marker per voice.

    Takes :func:`summaries.terms_over_time` (summed over outlets here). Own
    voice and reported speech differ in colour AND marker, and are set side
    by side within each period (never on top of each other); each point is
    labelled with its count. ``fig.plotted``: ``key, period, voice, n, x``
    (``x`` is the point's dodged position, period index + offset).

    Example:
        >>> t = pd.DataFrame({"period": ["2015-07-21"] * 2, "unit": ["day"] * 2, "outlet": ["X"] * 2,
        ...                   "key": ["k"] * 2, "voice": ["own", "reported"], "n": [2, 2]})
        >>> fig = terms_over_time(t)
        >>> fig.plotted[["voice", "n", "x"]].values.tolist()
        [['own', 2, -0.15], ['reported', 2, 0.15]]
    """
    title = "Loaded terms over time / المصطلحات المشحونة عبر الزمن"
    if is_empty(table):
        return nothing(title, "No loaded term occurs in a document with a publication date.")
    unit = table["unit"].iloc[0]
    periods = sorted(table["period"].unique())
    keys = ranked(table.groupby("key")["n"].sum(), top)
    voices = _voices(table["voice"])
    width = 0.6 / len(voices)
    offsets = {v: round((i - (len(voices) - 1) / 2) * width, 6) for i, v in enumerate(voices)}
    ncols = min(len(keys), 3)
    nrows = int(np.ceil(len(keys) / ncols))
    panel_width = max(3.2, min(6.0, 0.3 * len(periods) + 2.4))
    fig = Figure(figsize=(panel_width * ncols + 1.0, 2.9 * nrows + 1.0), layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False, sharey=True)
    x = np.arange(len(periods))
    drawn = []
    for ax, key in zip(axes.flat, keys):
        sub = table[table["key"] == key]
        for i, voice in enumerate(voices):
            series = (sub[sub["voice"] == voice].groupby("period")["n"].sum()
                      .reindex(periods, fill_value=0).to_numpy())
            if series.sum() == 0:
                continue
            xs = x + offsets[voice]
            color = VOICE_COLORS.get(voice, PALETTE[i % len(PALETTE)])
            ax.plot(xs, series, color=color, marker=VOICE_MARKERS.get(voice, "^"), markersize=6,
                    lw=1.2, label=bilingual(voice, names))
            for xx, n in zip(xs, series):
                if n and len(periods) <= 12:
                    ax.annotate(f"{n:,}", (xx, n), xytext=(0, 5), textcoords="offset points",
                                ha="center", fontsize=7, color=color)
            drawn += [(key, p, voice, int(n), float(xx)) for p, n, xx in zip(periods, series, xs) if n]
        ax.set_title(bilingual(key, names), fontsize=10)
        ax.set_xlim(-0.6, len(x) - 0.4)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    for ax in axes.flat[len(keys):]:
        ax.set_axis_off()
    step = max(1, len(x) // 12)
    for i, ax in enumerate(axes.flat[:len(keys)]):
        lowest = i + ncols >= len(keys)  # no panel below it: its axis carries the dates
        ax.set_xticks(x[::step], periods[::step] if lowest else [], rotation=45 if len(x) > 3 else 0,
                      ha="right" if len(x) > 3 else "center", rotation_mode="anchor")
        if lowest:
            ax.set_xlabel(f"Publication date ({unit}) / تاريخ النشر")
    axes[0, 0].set_ylim(bottom=0, top=max(1, int(table.groupby(["key", "period", "voice"])["n"]
                                                  .sum().max())) * 1.25)
    set_ylabel(axes[0, 0], L["uses"])
    entries = {}
    for ax in axes.flat[:len(keys)]:
        for h, lab in zip(*ax.get_legend_handles_labels()):
            entries.setdefault(lab, h)
    fig.legend(list(entries.values()), list(entries), title=L["voice"], loc="outside right upper",
               fontsize=8, title_fontsize=8, frameon=False)
    fig.suptitle(title, x=0.01, ha="left", fontsize=11)
    return plotted(fig, pd.DataFrame(drawn, columns=["key", "period", "voice", "n", "x"]))
