"""Figures of the validation notebook: alpha and precision/recall per variable."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

#: Krippendorff's (2004) rule of thumb: rely on variables with alpha >= .800,
#: draw tentative conclusions only from those with alpha >= .667.
ALPHA_THRESHOLDS = (0.667, 0.800)


def _empty(ax, message: str):
    ax.text(0.5, 0.5, message, ha="center", va="center", wrap=True, transform=ax.transAxes)
    ax.set_axis_off()
    return ax


def plot_agreement(table: pd.DataFrame, ax=None):
    """Horizontal bars of alpha per kind and variable, with the .667 and .800 lines.

    Args:
        table: :func:`analysis.coding.agreement.agreement` output.
        ax: Axes to draw on; a new figure when None.

    Returns:
        The axes.

    Example:
        >>> ax = plot_agreement(pd.DataFrame(columns=["what", "variable", "alpha"]))
        >>> ax.texts[0].get_text()
        'no human coding yet'
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.3 * max(len(table), 4) + 1))
    defined = table.dropna(subset=["alpha"]) if len(table) else table
    if defined.empty:
        return _empty(ax, "no human coding yet" if table.empty else "alpha undefined: need two coders per unit")
    labels = defined["what"] + " · " + defined["variable"]
    ax.barh(labels, defined["alpha"], color="#4c72b0")
    for x in ALPHA_THRESHOLDS:
        ax.axvline(x, color="grey", linestyle="--", linewidth=1)
    ax.set_xlim(min(0.0, float(defined["alpha"].min())), 1.0)
    ax.invert_yaxis()
    ax.set_xlabel("Krippendorff's alpha")
    return ax


def plot_scores(scores: pd.DataFrame, ax=None):
    """Grouped bars of precision, recall and F1 per kind and variable.

    Example:
        >>> ax = plot_scores(pd.DataFrame(columns=["what", "variable", "precision", "recall", "f1"]))
        >>> ax.texts[0].get_text()
        'no gold coding yet'
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.45 * max(len(scores), 4) + 1))
    if scores.empty:
        return _empty(ax, "no gold coding yet")
    labels = (scores["what"] + " · " + scores["variable"]).tolist()
    height = 0.27
    for i, (col, color) in enumerate((("precision", "#4c72b0"), ("recall", "#dd8452"), ("f1", "#55a868"))):
        ax.barh([y + (i - 1) * height for y in range(len(labels))], scores[col].fillna(0), height=height,
                label=col, color=color)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlim(0, 1)
    ax.invert_yaxis()
    ax.legend(loc="lower right")
    ax.set_xlabel("score against the gold coder")
    return ax


__all__ = ["plot_agreement", "plot_scores", "ALPHA_THRESHOLDS"]
