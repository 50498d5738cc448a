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

One module per notebook, sharing :mod:`.style` (drawing) and :mod:`.labels`
(vocabulary)::

    labels.py      bilingual axis labels, known values, actor and lexicon-term names
    style.py       the reproducible style, empty figures, bars, heatmaps, legends, save()
    corpus.py      01: documents per outlet and over time, metadata, text lengths
    actors.py      02: actor mentions, labels x actors, share of voice, quoted about
    terms.py       03: own vs reported voice, distancing markers, terms over time
    casualties.py  04: claims by source, hedges, agency, reported figures over time

Example:
    >>> import pandas as pd
    >>> from analysis.report import figures, summaries
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["عكاظ", ""]})
    >>> fig = figures.documents_per_outlet(summaries.documents_per_outlet(docs))
    >>> fig.axes[0].get_ylabel().splitlines()
    ['Outlet', 'الوسيلة الإعلامية']
"""

from analysis.report.figures.actors import (
    actor_mentions, actor_term_heatmap, label_actor_heatmap, quoted_about, share_of_voice,
)
from analysis.report.figures.casualties import (
    agency_breakdown, casualty_timeline, figures_by_source, hedge_counts,
)
from analysis.report.figures.corpus import (
    documents_over_time, documents_per_outlet, metadata_completeness, text_lengths,
)
from analysis.report.figures.labels import L, VALUES, Names, bilingual, shipped_names, wrap
from analysis.report.figures.style import FONT, NOTHING, PALETTE, STYLE, heatmap, nothing, plotted, save
from analysis.report.figures.terms import term_markers, term_voice, terms_over_time

__all__ = [
    "FONT", "L", "NOTHING", "PALETTE", "STYLE", "VALUES", "Names", "bilingual", "heatmap",
    "nothing", "plotted", "save", "shipped_names", "wrap",
    "documents_over_time", "documents_per_outlet", "metadata_completeness", "text_lengths",
    "actor_mentions", "actor_term_heatmap", "label_actor_heatmap", "quoted_about", "share_of_voice",
    "term_markers", "term_voice", "terms_over_time",
    "agency_breakdown", "casualty_timeline", "figures_by_source", "hedge_counts",
]
