"""Figures of notebook 06 and the report: reuse shares, who copies whom, edit kinds.

Drawn with the report's shared style (:mod:`analysis.report.figures.style`),
bilingual labels, and a "nothing found" figure when there is nothing to show.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from analysis.report.figures.style import barh, heatmap, is_empty, nothing, styled

LABELS = {
    "outlet": "Outlet / الوسيلة الإعلامية",
    "share": "Share of the outlet's articles reusing another outlet's / نسبة المقالات المنقولة",
    "origin": "Outlet of the likely origin / وسيلة المصدر المرجّح",
    "copier": "Copying outlet / الوسيلة الناقلة",
    "kind": "Framing edit / نوع التعديل",
    "edits": "Edits / عدد التعديلات",
}


@styled
def reuse_share(share: pd.DataFrame) -> Figure:
    """Bars: each outlet's share of articles that reuse another outlet's (from ``outlet_reuse_share``).

    Example:
        >>> reuse_share(pd.DataFrame(columns=["outlet", "share_reusing", "reuse_other"])).axes[0].texts[0].get_text()
        'Nothing found / لا توجد نتائج'
    """
    title = "Reuse of other outlets' articles / النقل عن وسائل أخرى"
    if is_empty(share) or not share["reuse_other"].sum():
        return nothing(title, "No document is a near-duplicate of another outlet's.")
    return barh(title, share["outlet"].tolist(), share["share_reusing"].tolist(), xlabel=LABELS["share"],
                ylabel=LABELS["outlet"], notes=[f"{s:.1%} ({n})" for s, n in
                                                zip(share["share_reusing"], share["reuse_other"])],
                xlim=max(share["share_reusing"].max(), 0.01))


def copy_matrix(matrix: pd.DataFrame) -> Figure:
    """Heatmap: copies by origin outlet (rows) and copying outlet (columns), from ``copy_matrix``."""
    title = "Who copies whom / من ينقل عمّن"
    if is_empty(matrix):
        return nothing(title, "No reuse clusters in this version.")
    return heatmap(matrix, title=title, xlabel=LABELS["copier"], ylabel=LABELS["origin"])


@styled
def edit_kinds(kinds: pd.DataFrame) -> Figure:
    """Bars: framing edits by kind (from ``edit_kinds``)."""
    title = "Framing edits between copies / تعديلات التأطير بين النسخ"
    if is_empty(kinds):
        return nothing(title, "No framing edits: no aligned copies differ in their annotations.")
    return barh(title, kinds["label"].tolist(), kinds["edits"].tolist(), xlabel=LABELS["edits"],
                ylabel=LABELS["kind"])


__all__ = ["copy_matrix", "edit_kinds", "reuse_share"]
