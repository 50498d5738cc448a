"""Bilingual figures: one function per figure, each returning a matplotlib Figure.

Every function takes a summary table from :mod:`analysis.report.summaries`
and draws it; none of them computes anything a reader could not look up in
that table. Axis labels are bilingual ("Actor / الفاعل"). Arabic is shaped
and laid out right to left by matplotlib (>= 3.11); the font is DejaVu Sans,
which ships with matplotlib, so a figure looks the same on every machine. An
empty table gives a figure that says so ("Nothing found / لا توجد نتائج")
rather than an exception or a blank axis.

Figures are made with :class:`matplotlib.figure.Figure`, not ``pyplot``:
nothing is kept in global state, so building hundreds in a report does not
leak memory, and a notebook shows each figure exactly once (as the cell's value).

Example:
    >>> import pandas as pd
    >>> from analysis.report import figures, summaries
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["عكاظ", ""]})
    >>> fig = figures.documents_per_outlet(summaries.documents_per_outlet(docs))
    >>> fig.axes[0].get_ylabel().splitlines()
    ['Outlet', 'الوسيلة الإعلامية']
"""

from __future__ import annotations

import functools
import textwrap
from pathlib import Path
from typing import Callable, Iterable

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from analysis import __version__
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

# English / Arabic axis and legend vocabulary, shared by every figure.
L = {
    "outlet": "Outlet / الوسيلة الإعلامية",
    "documents": "Documents / عدد الوثائق",
    "date": "Publication date / تاريخ النشر",
    "field": "Metadata field / حقل البيانات الوصفية",
    "present": "Share of documents with the field / نسبة الوثائق",
    "tokens": "Words per document / عدد الكلمات في الوثيقة",
    "actor": "Actor / الفاعل",
    "mentions": "Mentions / عدد الإشارات",
    "label": "Label / الوصف",
    "speaker": "Quoted speaker / المتحدث المقتبس",
    "quote_share": "Share of quotes / حصة الاقتباسات",
    "about": "Actor mentioned in the quote / الفاعل المذكور في الاقتباس",
    "sentences": "Sentences / عدد الجمل",
    "key": "Lexicon term / المصطلح",
    "uses": "Uses / عدد الاستخدامات",
    "voice": "Voice / الصوت",
    "marker_share": "Share of uses / نسبة الاستخدامات",
    "source": "Attributed source / المصدر المنسوب إليه",
    "claims": "Claims / عدد الادعاءات",
    "hedge": "Hedge / صيغة التقريب",
    "agency_share": "Share of claims / نسبة الادعاءات",
    "figure": "Reported figure / الرقم المعلن",
    "category": "Category / الفئة",
}
# Known data values shown with a translation; anything else is shown as is.
VALUES = {
    "own": "own voice / صوت الوسيلة",
    "reported": "reported / منقول",
    "(unknown)": "unknown / غير معروف",
    "(unattributed)": "unattributed / غير منسوب",
    "(unresolved)": "unresolved / غير محدد الهوية",
    "own_quoted": "own voice, in quotes / بين علامتي تنصيص",
    "exact": "exact / رقم محدد",
    "range": "range / نطاق",
    "vague": "vague / غير محدد",
    "evacuated": "evacuated / تم إجلاؤهم",
    "killed_or_injured": "killed or injured / قتلى أو جرحى",
    "kidnapped": "kidnapped / مختطفون",
    "(none)": "none / بلا",
    "quoted": "inside a quote / داخل اقتباس",
    "scare_quote": "scare quotes / علامات تنصيص تشكيكية",
    "so_called": '"so-called" / ما يسمى',
    "perpetrator": "named perpetrator / فاعل مسمّى",
    "named": "named perpetrator / فاعل مسمّى",
    "agentless": "agentless / بلا فاعل",
    "cause": "inanimate cause / سبب غير حي",
    "inanimate": "inanimate cause / سبب غير حي",
    "at_least": "at least / على الأقل",
    "about": "about / نحو",
    "approximately": "approximately / حوالي",
    "more_than": "more than / أكثر من",
    "up_to": "up to / حتى",
    "killed": "killed / قتلى",
    "injured": "injured / جرحى",
    "wounded": "wounded / جرحى",
    "dead": "dead / قتلى",
    "missing": "missing / مفقودون",
    "displaced": "displaced / نازحون",
    "detained": "detained / معتقلون",
}


@functools.lru_cache(maxsize=1)
def actor_names() -> dict[str, str]:
    """Registry actor id -> two-line English / Arabic display name (``{}`` if unreadable).

    Example:
        >>> actor_names().get("russia", "Russia").split(chr(10))[0]
        'Russia'
    """
    try:
        from analysis.framing.registry import load_registry

        registry = load_registry()
    except Exception:  # noqa: BLE001 -- display names are a nicety, never a failure
        return {}
    return {a.id: f"{_short(a.name_en)}\n{_short(a.name_ar)}" for a in registry.actors}


def _short(text: str, limit: int = 42) -> str:
    return text if len(text) <= limit else text[:limit - 2] + "…"


def bilingual(value) -> str:
    """A data value as shown in a figure: translated when known, shortened when long.

    Registry actor ids become their English and Arabic names on two lines;
    the tables keep the ids.

    Example:
        >>> bilingual("own")
        'own voice / صوت الوسيلة'
        >>> bilingual("الجيش الأذربيجاني")
        'الجيش الأذربيجاني'
    """
    value = str(value)
    if value in VALUES:
        return VALUES[value]
    return actor_names().get(value) or _short(value)


def _styled(func: Callable[..., Figure]) -> Callable[..., Figure]:
    """Draw under :data:`STYLE` without touching the caller's rcParams."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs) -> Figure:
        with matplotlib.rc_context(STYLE):
            return func(*args, **kwargs)
    return wrapper


def _figure(width: float, height: float) -> tuple[Figure, object]:
    fig = Figure(figsize=(width, height), layout="constrained")
    return fig, fig.add_subplot()


def _ylabel(ax, text: str) -> None:
    """Vertical axis label with English and Arabic on two lines, so it is never clipped."""
    ax.set_ylabel(text.replace(" / ", "\n"))


def _bar_height(n: int, two_lines: bool = False) -> float:
    return max(2.6, (0.48 if two_lines else 0.32) * n + 1.5)


@_styled
def nothing(title: str, detail: str | None = None) -> Figure:
    """A figure that says there is nothing to show, and why.

    Example:
        >>> fig = nothing("Actors / الفاعلون")
        >>> fig.axes[0].texts[0].get_text()
        'Nothing found / لا توجد نتائج'
    """
    fig, ax = _figure(6.4, 2.4)
    ax.set_axis_off()
    ax.text(0.5, 0.58, NOTHING, ha="center", va="center", fontsize=14, transform=ax.transAxes)
    if detail:
        ax.text(0.5, 0.3, "\n".join(textwrap.wrap(detail, 70)), ha="center", va="center",
                fontsize=9, color="#555555", transform=ax.transAxes)
    ax.set_title(title)
    return fig


def _empty(frame: pd.DataFrame | None) -> bool:
    return frame is None or len(frame) == 0


def _annotate_bars(ax, bars, labels: Iterable[str]) -> None:
    for bar, label in zip(bars, labels):
        ax.annotate(label, (bar.get_x() + bar.get_width(), bar.get_y() + bar.get_height() / 2),
                    xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)


def _barh(title: str, names: list[str], values: list[float], *, xlabel: str, ylabel: str,
          notes: list[str] | None = None, color: str = PALETTE[0], xlim: float | None = None,
          footnote: str | None = None) -> Figure:
    """Horizontal bars, largest on top, each annotated."""
    labels = [bilingual(n) for n in names]
    fig, ax = _figure(7.2, _bar_height(len(names), any("\n" in lab for lab in labels)))
    y = np.arange(len(names))[::-1]
    bars = ax.barh(y, values, color=color)
    ax.set_yticks(y, labels, fontsize=9 if len(names) > 12 else None)
    _annotate_bars(ax, bars, notes or [f"{v:g}" for v in values])
    top = xlim if xlim is not None else (max(values) if len(values) else 1) or 1
    ax.set_xlim(0, top * 1.15)
    if xlim is None:  # counts: no 0.5-document ticks
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(xlabel)
    _ylabel(ax, ylabel)
    ax.set_title(title)
    if footnote:
        fig.text(0.01, 0.0, footnote, fontsize=8, color="#555555", va="bottom")
    return fig


@_styled
def heatmap(matrix: pd.DataFrame, *, title: str, xlabel: str, ylabel: str) -> Figure:
    """A count matrix as a heatmap with the count written in every non-zero cell.

    Example:
        >>> m = pd.DataFrame([[1, 0], [2, 3]], index=["a", "b"], columns=["x", "y"])
        >>> len(heatmap(m, title="t", xlabel="x", ylabel="y").axes)
        2
    """
    if _empty(matrix) or matrix.to_numpy().sum() == 0:
        return nothing(title)
    n_rows, n_cols = matrix.shape
    fig, ax = _figure(max(5.0, 0.62 * n_cols + 4.0), max(2.8, 0.5 * n_rows + 3.0))
    data = matrix.to_numpy()
    im = ax.imshow(data, aspect="auto", cmap="Blues", vmin=0)
    ax.set_xticks(range(n_cols), [bilingual(c) for c in matrix.columns],
                  rotation=45 if n_cols > 1 else 0, ha="right" if n_cols > 1 else "center",
                  rotation_mode="anchor")
    ax.set_yticks(range(n_rows), [bilingual(r) for r in matrix.index])
    peak = data.max()
    for i in range(n_rows):
        for j in range(n_cols):
            if data[i, j]:
                ax.text(j, i, f"{data[i, j]:g}", ha="center", va="center", fontsize=8,
                        color="white" if data[i, j] > peak * 0.6 else "black")
    ax.spines[:].set_visible(False)
    ax.set_xlabel(xlabel)
    _ylabel(ax, ylabel)
    ax.set_title(title)
    fig.colorbar(im, ax=ax, shrink=0.8, label="n")
    return fig


# --------------------------------------------------------------------------- 01 corpus

@_styled
def documents_per_outlet(counts: pd.DataFrame, *, top: int = 20) -> Figure:
    """Documents per outlet (from :func:`summaries.documents_per_outlet`).

    Example:
        >>> fig = documents_per_outlet(pd.DataFrame(columns=["outlet", "n_documents", "share"]))
        >>> fig.axes[0].texts[0].get_text()
        'Nothing found / لا توجد نتائج'
    """
    title = "Documents per outlet / الوثائق حسب الوسيلة الإعلامية"
    if _empty(counts):
        return nothing(title, "The corpus version has no documents.")
    shown = counts.head(top)
    foot = f"Top {top} of {len(counts)} outlets." if len(counts) > top else None
    return _barh(title, shown["outlet"].tolist(), shown["n_documents"].tolist(),
                 xlabel=L["documents"], ylabel=L["outlet"], footnote=foot,
                 notes=[f"{n:,} ({s:.0%})" for n, s in zip(shown["n_documents"], shown["share"])])


@_styled
def documents_over_time(counts: pd.DataFrame, *, top: int = 8) -> Figure:
    """Documents per day/month/year, stacked by outlet (from :func:`summaries.documents_over_time`).

    The ``top`` largest outlets get their own colour; the rest are stacked as "other".

    Example:
        >>> c = pd.DataFrame({"period": ["2015-07-21"], "unit": ["day"], "outlet": ["X"],
        ...                   "n_documents": [3]})
        >>> documents_over_time(c).axes[0].get_xlabel()
        'Publication date (day) / تاريخ النشر'
    """
    title = "Documents over time / الوثائق عبر الزمن"
    if _empty(counts):
        return nothing(title, "No document has a publication date at this precision.")
    unit = counts["unit"].iloc[0]
    wide = _top_columns(counts.pivot_table(index="period", columns="outlet", values="n_documents",
                                           aggfunc="sum", fill_value=0), top)
    fig, ax = _figure(max(6.4, min(14.0, 0.28 * len(wide) + 4.0)), 4.2)
    x = np.arange(len(wide))
    bottom = np.zeros(len(wide))
    for i, outlet in enumerate(wide.columns):
        ax.bar(x, wide[outlet].to_numpy(), bottom=bottom, label=bilingual(outlet),
               color=PALETTE[i % len(PALETTE)], width=0.8)
        bottom += wide[outlet].to_numpy()
    step = max(1, len(x) // 16)
    ax.set_xticks(x[::step], wide.index[::step], rotation=45 if len(x) > 3 else 0,
                  ha="right" if len(x) > 3 else "center", rotation_mode="anchor")
    ax.set_xlabel(f"Publication date ({unit}) / تاريخ النشر")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    _ylabel(ax, L["documents"])
    ax.set_title(title)
    fig.legend(title=L["outlet"], fontsize=8, title_fontsize=8, loc="outside right upper",
               frameon=False)
    return fig


def _two_legends(ax, title1: str, entries1: list, title2: str, entries2: list, *, kind: str) -> None:
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


def _top_columns(wide: pd.DataFrame, top: int) -> pd.DataFrame:
    """Keep the ``top`` columns by total (ties by name); sum the rest into 'other / أخرى'."""
    keep = ranked(wide.sum(), top)
    out = wide[keep].copy()
    rest = [c for c in wide.columns if c not in keep]
    if rest:
        out["other / أخرى"] = wide[rest].sum(axis=1)
    return out


@_styled
def metadata_completeness(table: pd.DataFrame) -> Figure:
    """Share of documents with each metadata field (from :func:`summaries.metadata_completeness`).

    Example:
        >>> t = pd.DataFrame({"field": ["title"], "n_present": [1], "n_missing": [0],
        ...                   "share_present": [1.0]})
        >>> bool(metadata_completeness(t).axes[0].get_xlim()[1] > 1)
        True
    """
    title = "Metadata completeness / اكتمال البيانات الوصفية"
    if _empty(table) or table["share_present"].isna().all():
        return nothing(title, "The corpus version has no documents.")
    notes = [f"{p:,} / {p + m:,}" for p, m in zip(table["n_present"], table["n_missing"])]
    return _barh(title, table["field"].tolist(), table["share_present"].tolist(),
                 xlabel=L["present"], ylabel=L["field"], notes=notes, xlim=1.0)


@_styled
def text_lengths(documents: pd.DataFrame) -> Figure:
    """Histogram of words (tokens) per document, with the median marked.

    Args:
        documents: The documents table (``n_tokens``).

    Example:
        >>> text_lengths(pd.DataFrame({"n_tokens": [120, 300, 310]})).axes[0].get_xlabel()
        'Words per document / عدد الكلمات في الوثيقة'
    """
    title = "Text lengths / أطوال النصوص"
    if _empty(documents):
        return nothing(title, "The corpus version has no documents.")
    n = documents["n_tokens"].astype(float).to_numpy()
    fig, ax = _figure(6.4, 3.6)
    bins = min(40, max(1, int(np.sqrt(len(n)) * 2)))
    ax.hist(n, bins=bins, range=(0, max(1.0, float(n.max())) * 1.02), color=PALETTE[0],
            edgecolor="white")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    med = float(np.median(n))
    ax.axvline(med, color=PALETTE[3], linestyle="--")
    ax.annotate(f"median = {med:g} / الوسيط", (med, 1), xycoords=("data", "axes fraction"),
                xytext=(4, -12), textcoords="offset points", fontsize=8, color=PALETTE[3])
    ax.set_xlabel(L["tokens"])
    _ylabel(ax, L["documents"])
    ax.set_title(f"{title} (n = {len(n):,})")
    return fig


# --------------------------------------------------------------------------- 02 actors

@_styled
def actor_mentions(counts: pd.DataFrame, *, top: int = 20) -> Figure:
    """Mentions per actor (from :func:`summaries.actor_mentions`).

    Example:
        >>> c = pd.DataFrame({"actor": ["houthis"], "n_mentions": [4], "n_documents": [2]})
        >>> actor_mentions(c).axes[0].get_ylabel().splitlines()
        ['Actor', 'الفاعل']
    """
    title = "Actor mentions / الإشارات إلى الفاعلين"
    if _empty(counts):
        return nothing(title, "No actor from the registry is mentioned in this corpus version.")
    shown = counts.head(top)
    foot = f"Top {top} of {len(counts)} actors." if len(counts) > top else None
    notes = [f"{m:,} in {d:,} doc." for m, d in zip(shown["n_mentions"], shown["n_documents"])]
    return _barh(title, shown["actor"].tolist(), shown["n_mentions"].tolist(),
                 xlabel=L["mentions"], ylabel=L["actor"], notes=notes, footnote=foot)


@_styled
def label_actor_heatmap(counts: pd.DataFrame, *, top: int = 15) -> Figure:
    """Which labels are attached to which actors (from :func:`summaries.label_actor_counts`).

    Example:
        >>> c = pd.DataFrame({"label": ["terrorist"], "actor": ["x"], "n": [2]})
        >>> label_actor_heatmap(c).axes[0].get_xlabel()
        'Actor / الفاعل'
    """
    from analysis.report.summaries import pivot

    title = "Labels attached to actors / الأوصاف المُلحقة بالفاعلين"
    if _empty(counts):
        return nothing(title, "No labelled actor mention in this corpus version.")
    return heatmap(pivot(counts, "label", "actor", "n", top=top), title=title,
                   xlabel=L["actor"], ylabel=L["label"])


@_styled
def share_of_voice(table: pd.DataFrame, *, top: int = 15) -> Figure:
    """Share of quotes per speaker (from :func:`summaries.share_of_voice`, corpus-wide).

    Example:
        >>> t = pd.DataFrame({"speaker": ["un"], "n_quotes": [2], "share": [1.0]})
        >>> share_of_voice(t).axes[0].get_xlabel()
        'Share of quotes / حصة الاقتباسات'
    """
    title = "Share of voice / حصة الصوت"
    if _empty(table):
        return nothing(title, "No quotation found in this corpus version.")
    shown = table.head(top)
    foot = f"Top {top} of {len(table)} speakers." if len(table) > top else None
    notes = [f"{s:.0%} (n = {n:,})" for s, n in zip(shown["share"], shown["n_quotes"])]
    return _barh(title, shown["speaker"].tolist(), shown["share"].tolist(),
                 xlabel=L["quote_share"], ylabel=L["speaker"], notes=notes, xlim=1.0,
                 footnote=foot, color=PALETTE[2])


@_styled
def quoted_about(counts: pd.DataFrame, *, top: int = 15) -> Figure:
    """Who is quoted about whom (from :func:`summaries.quoted_about`).

    Example:
        >>> c = pd.DataFrame({"speaker": ["un"], "actor": ["x"], "n_mentions": [1], "n_quotes": [1]})
        >>> quoted_about(c).axes[0].get_ylabel().splitlines()
        ['Quoted speaker', 'المتحدث المقتبس']
    """
    from analysis.report.summaries import pivot

    title = "Who is quoted about whom / من يُقتبس كلامه عن من"
    if _empty(counts):
        return nothing(title, "No actor is mentioned inside a quotation in this corpus version.")
    return heatmap(pivot(counts, "speaker", "actor", "n_mentions", top=top), title=title,
                   xlabel=L["about"], ylabel=L["speaker"])


@_styled
def actor_term_heatmap(table: pd.DataFrame, *, top_actors: int = 15, top_keys: int = 8) -> Figure:
    """Actors × loaded terms in the same sentence, one panel per voice.

    Takes :func:`summaries.actor_term_cooccurrence`. Each cell is the number
    of sentences in which the actor is mentioned and the term occurs in that
    voice (own voice / reported), as in the table; panels share one colour
    scale. Actors and terms are ordered by their totals over all panels.

    Example:
        >>> t = pd.DataFrame({"actor": ["x", "x"], "key": ["labels/terrorist"] * 2,
        ...                   "voice": ["own", "reported"], "n_sentences": [2, 1]})
        >>> [ax.get_title("left") for ax in actor_term_heatmap(t).axes[:2]]
        ['own voice / صوت الوسيلة', 'reported / منقول']
    """
    title = "Actors and loaded terms in one sentence / الفاعلون والمصطلحات المشحونة في جملة واحدة"
    if _empty(table) or table["n_sentences"].sum() == 0:
        return nothing(title, "No registry actor shares a sentence with a loaded term "
                              "in this corpus version.")

    actors = ranked(table.groupby("actor")["n_sentences"].sum(), top_actors)
    keys = ranked(table.groupby("key")["n_sentences"].sum(), top_keys)
    classes = ("own", "own_quoted", "scare_quote", "so_called", "reported")
    voices = sorted(table["voice"].unique(),
                    key=lambda v: (classes.index(v) if v in classes else len(classes), v))
    panels = [table[table["voice"] == v].pivot_table(
        index="actor", columns="key", values="n_sentences", aggfunc="sum", fill_value=0
    ).reindex(index=actors, columns=keys, fill_value=0).to_numpy() for v in voices]
    peak = max(int(p.max()) for p in panels) or 1
    labels = [bilingual(a) for a in actors]
    two_lines = any("\n" in lab for lab in labels)
    fig = Figure(figsize=(len(voices) * (0.62 * len(keys) + 1.0) + 4.0,
                          max(3.6, (0.55 if two_lines else 0.4) * len(actors) + 3.2)),
                 layout="constrained")
    axes = fig.subplots(1, len(voices), squeeze=False, sharey=True)[0]
    for ax, voice, data in zip(axes, voices, panels):
        im = ax.imshow(data, aspect="auto", cmap="Blues", vmin=0, vmax=peak)
        ax.set_xticks(range(len(keys)), [bilingual(k) for k in keys], rotation=45, ha="right",
                      rotation_mode="anchor")
        for i in range(len(actors)):
            for j in range(len(keys)):
                if data[i, j]:
                    ax.text(j, i, f"{data[i, j]:g}", ha="center", va="center", fontsize=8,
                            color="white" if data[i, j] > peak * 0.6 else "black")
        ax.spines[:].set_visible(False)
        ax.set_title(bilingual(voice), fontsize=10)
        ax.set_xlabel(L["key"])
    axes[0].set_yticks(range(len(actors)), labels, fontsize=9 if two_lines else None)
    _ylabel(axes[0], L["actor"])
    bar = fig.colorbar(im, ax=list(axes), shrink=0.8)
    bar.set_label(L["sentences"].replace(" / ", "\n"))
    bar.locator = MaxNLocator(integer=True)
    bar.update_ticks()
    fig.suptitle(title, x=0.01, ha="left", fontsize=11)
    shown = []
    if len(table["actor"].unique()) > top_actors:
        shown.append(f"top {top_actors} of {table['actor'].nunique()} actors")
    if len(table["key"].unique()) > top_keys:
        shown.append(f"top {top_keys} of {table['key'].nunique()} terms")
    if shown:
        fig.supxlabel("Shown: " + ", ".join(shown) + ".", x=0.01, ha="left", fontsize=8,
                      color="#555555")
    return fig


# --------------------------------------------------------------------------- 03 terms

@_styled
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
    if _empty(table):
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
    _ylabel(axes[0, 0], L["outlet"] if "outlet" in table.columns else "")
    handles, labels = axes.flat[0].get_legend_handles_labels()
    fig.legend(handles, labels, title=L["voice"], loc="outside lower center",
               ncols=min(4, len(voices)), fontsize=8, title_fontsize=8, frameon=False)
    fig.suptitle(title, x=0.01, ha="left", fontsize=11)
    return fig


@_styled
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
    if _empty(table):
        return nothing(title, "No loaded term from the lexicons occurs in this corpus version.")
    flags = ["quoted", "scare_quote", "so_called"]
    keys = table["key"].tolist()
    fig, ax = _figure(7.2, max(2.8, 0.75 * len(keys) + 1.6))
    y = np.arange(len(keys))[::-1]
    h = 0.8 / len(flags)
    for i, f in enumerate(flags):
        vals = table[f"share_{f}"].astype(float).to_numpy()
        bars = ax.barh(y + (1 - i) * h, vals, height=h, color=PALETTE[i], label=bilingual(f))
        _annotate_bars(ax, bars, [f"{v:.0%}" for v in vals])
    ax.set_yticks(y, [f"{bilingual(k)}\nn = {n:,}" for k, n in zip(keys, table["n"])])
    ax.set_xlim(0, 1.15)
    ax.set_xlabel(L["marker_share"])
    _ylabel(ax, L["key"])
    ax.set_title(title)
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center", ncols=3, fontsize=8,
               frameon=False)
    return fig


@_styled
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
    if _empty(table):
        return nothing(title, "No loaded term occurs in a document with a publication date.")
    unit = table["unit"].iloc[0]
    periods = sorted(table["period"].unique())
    keys = ranked(table.groupby("key")["n"].sum(), top)
    styles = {"own": "-", "reported": "--"}
    fig, ax = _figure(max(6.4, min(14.0, 0.28 * len(periods) + 4.5)), 4.2)
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
    _ylabel(ax, L["uses"])
    ax.set_title(title)
    _two_legends(ax, L["key"], [(bilingual(k), {"color": PALETTE[i % len(PALETTE)], "lw": 2})
                                for i, k in enumerate(keys)],
                 L["voice"], [(bilingual(v), {"color": "#444444", "ls": styles.get(v, ":")})
                              for v in voices], kind="line")
    return fig


# --------------------------------------------------------------------------- 04 casualties

@_styled
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
    if _empty(table):
        return nothing(title, "No casualty claim found in this corpus version.")
    wide = table.pivot_table(index="source", columns="category", values="n_claims",
                             aggfunc="sum", fill_value=0)
    sources = ranked(wide.sum(axis=1), top)
    wide = wide.loc[sources]
    fig, ax = _figure(7.6, _bar_height(len(sources), True) + 0.6)
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
    _ylabel(ax, L["source"])
    # The note sits under the title, where it cannot collide with the legend
    # below the axes however many categories there are.
    ax.set_title(title, pad=16)
    ax.text(0.0, 1.01, "Numbers at bar ends: range of reported figures / "
            "الأرقام عند أطراف الأعمدة: نطاق الأرقام المعلنة", transform=ax.transAxes,
            fontsize=7, color="#555555", va="bottom")
    fig.legend(title=L["category"], fontsize=8, title_fontsize=8, loc="outside lower center",
               ncols=min(4, len(wide.columns)), frameon=False)
    return fig


@_styled
def hedge_counts(table: pd.DataFrame) -> Figure:
    """Claims per hedge ("at least", "about", ...), from :func:`summaries.hedge_counts`.

    Example:
        >>> t = pd.DataFrame({"hedge": ["(none)"], "category": ["killed"], "n_claims": [2],
        ...                   "share": [1.0]})
        >>> hedge_counts(t).axes[0].get_ylabel().splitlines()
        ['Hedge', 'صيغة التقريب']
    """
    title = "Hedged figures / الأرقام المقرونة بصيغ التقريب"
    if _empty(table):
        return nothing(title, "No casualty claim found in this corpus version.")
    per = table.groupby("hedge")["n_claims"].sum().reset_index()
    per = per.sort_values(["n_claims", "hedge"], ascending=[False, True], kind="mergesort")
    total = per["n_claims"].sum()
    notes = [f"{n:,} ({n / total:.0%})" for n in per["n_claims"]]
    return _barh(title, per["hedge"].tolist(), per["n_claims"].tolist(), xlabel=L["claims"],
                 ylabel=L["hedge"], notes=notes, color=PALETTE[1])


@_styled
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
    if _empty(table):
        return nothing(title, "No casualty claim found in this corpus version.")
    wide = table.pivot_table(index="outlet", columns="agency", values="n_claims",
                             aggfunc="sum", fill_value=0)
    outlets = ranked(wide.sum(axis=1), top)
    preferred = ["perpetrator", "named", "cause", "inanimate", "agentless"]
    agencies = sorted(wide.columns, key=lambda a: (preferred.index(a) if a in preferred else 99, a))
    wide = wide.loc[outlets, agencies]
    shares = wide.div(wide.sum(axis=1), axis=0)
    fig, ax = _figure(7.6, _bar_height(len(outlets)) + 0.5)
    y = np.arange(len(outlets))[::-1]
    left = np.zeros(len(outlets))
    for i, agency in enumerate(agencies):
        vals = shares[agency].to_numpy()
        ax.barh(y, vals, left=left, color=PALETTE[i % len(PALETTE)], label=bilingual(agency))
        left += vals
    ax.set_yticks(y, [f"{bilingual(o)}\nn = {n:,}" for o, n in zip(outlets, wide.sum(axis=1))])
    ax.set_xlim(0, 1)
    ax.set_xlabel(L["agency_share"])
    _ylabel(ax, L["outlet"])
    ax.set_title(title)
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center",
               ncols=min(3, len(agencies)), fontsize=8, frameon=False)
    return fig


@_styled
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
    if _empty(table):
        return nothing(title, "No top-level casualty claim with a figure in a dated document.")
    outlets = ranked(table.groupby("outlet").size())
    keep = outlets[:top]
    frame = table.assign(outlet=table["outlet"].where(table["outlet"].isin(keep), "other / أخرى"))
    markers = ["o", "s", "^", "D", "v", "P", "X"]
    cats = sorted(frame["category"].unique())
    groups = keep + (["other / أخرى"] if len(outlets) > top else [])
    fig, ax = _figure(8.0, 4.4)
    for i, outlet in enumerate(groups):
        for j, cat in enumerate(cats):
            sub = frame[(frame["outlet"] == outlet) & (frame["category"] == cat)]
            if not sub.empty:
                ax.scatter(sub["date"], sub["figure"], s=22, alpha=0.8,
                           color=PALETTE[i % len(PALETTE)], marker=markers[j % len(markers)])
    _two_legends(ax, L["outlet"], [(bilingual(o), {"color": PALETTE[i % len(PALETTE)], "marker": "o"})
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
    _ylabel(ax, L["figure"])
    ax.set_title(title)
    return fig


# --------------------------------------------------------------------------- saving

def save(fig: Figure, stem: Path, *, formats: Iterable[str] = ("png", "svg")) -> list[Path]:
    """Write a figure as PNG and SVG (or PDF) with reproducible metadata.

    SVG ids come from a fixed salt and carry no date; PNG and PDF metadata
    name the package instead of the matplotlib build, and PDFs carry no date.

    Args:
        fig: The figure.
        stem: Output path without suffix (``reports/0.1.0/figures/actor_mentions``).
        formats: Any of ``png``, ``svg``, ``pdf``.

    Returns:
        The written paths.
    """
    software = f"arabic-conflict-news {__version__}"
    metadata = {
        "png": {"Software": software},
        "svg": {"Date": None, "Creator": software},
        "pdf": {"CreationDate": None, "ModDate": None, "Creator": software, "Producer": software},
    }
    written = []
    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    with matplotlib.rc_context(STYLE):
        for fmt in formats:
            path = stem.with_suffix(f".{fmt}")
            fig.savefig(path, format=fmt, metadata=metadata[fmt], bbox_inches="tight",
                        pad_inches=0.15)
            written.append(path)
    return written
