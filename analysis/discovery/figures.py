"""The keyness bar chart, in the style of quanteda's ``textplot_keyness``.

The most key features of the target point right, those of the reference
(the most negative statistics) point left, each labelled with its most
frequent spelling; axis labels are bilingual. Drawn with the report's style
(:mod:`analysis.report.figures.style`), so it looks like the report's figures.

Example:
    >>> import pandas as pd
    >>> t = pd.DataFrame({"feature": ["جيش", "هدنه"], "surface": ["الجيش", "الهدنة"],
    ...                   "statistic": [12.0, -3.5], "measure": ["lr", "lr"]})
    >>> fig = keyness_plot(t, n=5, target="okaz", reference="rest")
    >>> fig.axes[0].get_xlabel()
    'G² (log-likelihood) / نسبة الأرجحية اللوغاريتمية'
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from analysis.report.figures.style import PALETTE, new_figure, nothing, styled

MEASURE_LABELS = {
    "chi2": "χ² / مربع كاي",
    "chi2_yates": "χ² with Yates's correction / مربع كاي مع تصحيح ييتس",
    "lr": "G² (log-likelihood) / نسبة الأرجحية اللوغاريتمية",
    "pmi": "PMI / المعلومات المتبادلة النقطية",
}


@styled
def keyness_plot(table: pd.DataFrame, *, n: int = 15, target: str | None = None, reference: str | None = None,
                 show_reference: bool = True) -> Figure:
    """Horizontal bars of the ``n`` most key features of the target (and of the reference).

    Args:
        table: From :func:`analysis.discovery.keyness.keyness` (sorted, most key first).
        n: Features per side.
        target, reference: Group names for the legend (default: the outlet
            in ``table.attrs["target"]`` against "other outlets").
        show_reference: Also draw the reference's ``n`` most key features.

    Returns:
        The figure (``Nothing found`` when the table is empty).
    """
    if table is None or not len(table):
        return nothing("Keyness / الكلمات المفتاحية", table.attrs.get("note") if table is not None else None)
    target = target or table.attrs.get("target", "target")
    reference = reference or ("other outlets" if "target" in table.attrs else "reference")
    top = table[table["statistic"] > 0].head(n)
    bottom = table[table["statistic"] < 0].tail(n) if show_reference else table.iloc[0:0]
    rows = pd.concat([top, bottom])
    measure = str(table["measure"].iloc[0])
    fig, ax = new_figure(7.5, 0.32 * len(rows) + 1.6)
    y = np.arange(len(rows))[::-1]
    colours = [PALETTE[0] if s > 0 else PALETTE[7] for s in rows["statistic"]]
    ax.barh(y, rows["statistic"], color=colours, height=0.7)
    span = float(rows["statistic"].abs().max() or 1)
    for yi, value, label in zip(y, rows["statistic"], rows["surface"].fillna(rows["feature"])):
        offset = span * 0.02 * (1 if value > 0 else -1)
        ax.text(value + offset, yi, str(label), va="center", ha="left" if value > 0 else "right", fontsize=9)
    ax.axvline(0, color="#333", linewidth=0.8)
    ax.set_yticks([])
    ax.set_xlim(-span * 1.45 if len(bottom) else 0, span * 1.45)
    ax.set_xlabel(MEASURE_LABELS.get(measure, measure))
    ax.set_title(f"Keyness: {target} vs {reference} / الكلمات المفتاحية")
    handles = [Patch(color=PALETTE[0]), Patch(color=PALETTE[7])]
    ax.legend(handles[: 2 if len(bottom) else 1], [f"{target} / الهدف", f"{reference} / المرجع"],
              loc="lower right", frameon=False, fontsize=9)
    return fig


__all__ = ["keyness_plot", "MEASURE_LABELS"]
