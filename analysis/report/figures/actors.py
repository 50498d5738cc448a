"""Figures of notebook 02: actor mentions, labels, share of voice, quoted about, actors x terms."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from analysis.report.figures.labels import L, Names, bilingual
from analysis.report.figures.style import (
    PALETTE, barh, heatmap, is_empty, nothing, plotted, set_ylabel, shown_note, styled,
)
from analysis.report.summaries import VOICE_CLASSES, pivot, ranked


@styled
def actor_mentions(counts: pd.DataFrame, *, top: int = 20,
                   names: Names | None = None) -> Figure:
    """Mentions per actor (from :func:`summaries.actor_mentions`).

    Example:
        >>> c = pd.DataFrame({"actor": ["houthis"], "n_mentions": [4], "n_documents": [2]})
        >>> actor_mentions(c).axes[0].get_ylabel().splitlines()
        ['Actor', 'الفاعل']
    """
    title = "Actor mentions / الإشارات إلى الفاعلين"
    if is_empty(counts):
        return nothing(title, "No actor from the registry is mentioned in this corpus version.")
    shown = counts.head(top)
    foot = f"Top {top} of {len(counts)} actors." if len(counts) > top else None
    notes = [f"{m:,} in {d:,} doc." for m, d in zip(shown["n_mentions"], shown["n_documents"])]
    return barh(title, shown["actor"].tolist(), shown["n_mentions"].tolist(),
                xlabel=L["mentions"], ylabel=L["actor"], notes=notes, footnote=foot, names=names)


@styled
def label_actor_heatmap(counts: pd.DataFrame, *, top: int = 15,
                        names: Names | None = None) -> Figure:
    """Which labels are attached to which actors (from :func:`summaries.label_actor_counts`).

    Example:
        >>> c = pd.DataFrame({"label": ["terrorist"], "actor": ["x"], "n": [2]})
        >>> label_actor_heatmap(c).axes[0].get_xlabel()
        'Actor / الفاعل'
    """
    title = "Labels attached to actors / الأوصاف المُلحقة بالفاعلين"
    if is_empty(counts):
        return nothing(title, "No labelled actor mention in this corpus version.")
    return heatmap(pivot(counts, "label", "actor", "n", top=top), title=title,
                   xlabel=L["actor"], ylabel=L["label"], names=names,
                   note=shown_note(counts, top, label="labels", actor="actors"))


@styled
def share_of_voice(table: pd.DataFrame, *, top: int = 15,
                   names: Names | None = None) -> Figure:
    """Share of quotes per speaker (from :func:`summaries.share_of_voice`, corpus-wide).

    Example:
        >>> t = pd.DataFrame({"speaker": ["un"], "n_quotes": [2], "share": [1.0]})
        >>> share_of_voice(t).axes[0].get_xlabel()
        'Share of quotes / حصة الاقتباسات'
    """
    title = "Share of voice / حصة الصوت"
    if is_empty(table):
        return nothing(title, "No quotation found in this corpus version.")
    shown = table.head(top)
    foot = f"Top {top} of {len(table)} speakers." if len(table) > top else None
    notes = [f"{s:.0%} (n = {n:,})" for s, n in zip(shown["share"], shown["n_quotes"])]
    return barh(title, shown["speaker"].tolist(), shown["share"].tolist(),
                xlabel=L["quote_share"], ylabel=L["speaker"], notes=notes, xlim=1.0,
                footnote=foot, color=PALETTE[2], names=names)


@styled
def quoted_about(counts: pd.DataFrame, *, top: int = 15,
                 names: Names | None = None) -> Figure:
    """Who is quoted about whom (from :func:`summaries.quoted_about`).

    Example:
        >>> c = pd.DataFrame({"speaker": ["un"], "actor": ["x"], "n_mentions": [1], "n_quotes": [1]})
        >>> quoted_about(c).axes[0].get_ylabel().splitlines()
        ['Quoted speaker', 'المتحدث المقتبس']
    """
    title = "Who is quoted about whom / من يُقتبس كلامه عن من"
    if is_empty(counts):
        return nothing(title, "No actor is mentioned inside a quotation in this corpus version.")
    return heatmap(pivot(counts, "speaker", "actor", "n_mentions", top=top), title=title,
                   xlabel=L["about"], ylabel=L["speaker"], names=names,
                   note=shown_note(counts, top, speaker="speakers", actor="actors mentioned"))


@styled
def actor_term_heatmap(table: pd.DataFrame, *, top_actors: int = 15, top_keys: int = 8,
                       names: Names | None = None) -> Figure:
    """Actors × loaded terms in the same sentence, one panel per voice.

    Takes :func:`summaries.actor_term_cooccurrence`; ``fig.plotted`` holds
    its rows that are drawn (top actors and terms). Each cell is the number
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
    if is_empty(table) or table["n_sentences"].sum() == 0:
        return nothing(title, "No registry actor shares a sentence with a loaded term "
                              "in this corpus version.")

    actors = ranked(table.groupby("actor")["n_sentences"].sum(), top_actors)
    keys = ranked(table.groupby("key")["n_sentences"].sum(), top_keys)
    classes = VOICE_CLASSES
    voices = sorted(table["voice"].unique(),
                    key=lambda v: (classes.index(v) if v in classes else len(classes), v))
    panels = [table[table["voice"] == v].pivot_table(
        index="actor", columns="key", values="n_sentences", aggfunc="sum", fill_value=0
    ).reindex(index=actors, columns=keys, fill_value=0).to_numpy() for v in voices]
    peak = max(int(p.max()) for p in panels) or 1
    labels = [bilingual(a, names) for a in actors]
    two_lines = any("\n" in lab for lab in labels)
    fig = Figure(figsize=(len(voices) * (0.62 * len(keys) + 1.0) + 4.0,
                          max(3.6, (0.55 if two_lines else 0.4) * len(actors) + 3.2)),
                 layout="constrained")
    axes = fig.subplots(1, len(voices), squeeze=False, sharey=True)[0]
    for ax, voice, data in zip(axes, voices, panels):
        im = ax.imshow(data, aspect="auto", cmap="Blues", vmin=0, vmax=peak)
        ax.set_xticks(range(len(keys)), [bilingual(k, names, one_line=True) for k in keys], rotation=45, ha="right",
                      rotation_mode="anchor")
        for i in range(len(actors)):
            for j in range(len(keys)):
                if data[i, j]:
                    ax.text(j, i, f"{data[i, j]:g}", ha="center", va="center", fontsize=8,
                            color="white" if data[i, j] > peak * 0.6 else "black")
        ax.spines[:].set_visible(False)
        ax.set_title(bilingual(voice, names), fontsize=10)
        ax.set_xlabel(L["key"])
    axes[0].set_yticks(range(len(actors)), labels, fontsize=9 if two_lines else None)
    set_ylabel(axes[0], L["actor"])
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
    drawn = table[table["actor"].isin(actors) & table["key"].isin(keys) & (table["n_sentences"] > 0)]
    return plotted(fig, drawn[["actor", "key", "voice", "n_sentences"]])
