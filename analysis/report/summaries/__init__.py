"""Small summary tables over the corpus-wide DataFrames.

Every function takes frames from :func:`analysis.tables.corpus_tables` (or
frames with the same columns) and returns a new DataFrame that is sorted
deterministically, has a documented column set, and is empty -- never an
error -- when there is nothing to count. The notebooks display these tables
next to the figures drawn from them, and the report writes them as CSV and
LaTeX, so a number in a figure can always be looked up.

One module per notebook, sharing :mod:`.common`::

    common.py      missing-value labels, stable sorting, publication dates and time bins
    corpus.py      01: documents, outlets, dates, metadata completeness, lengths, releases
    actors.py      02: actor mentions, labels, share of voice, who is quoted about whom
    terms.py       03: loaded terms by voice and marker, over time; voice for KWIC lines
    casualties.py  04: claims, sources, hedges, subsets, agency, timeline (and what each leaves out)
    comparison.py  04: outlets compared, per publication date and category

Missing values stay visible: a document without an outlet is counted under
:data:`UNKNOWN`, a quote without an identified speaker under
:data:`UNRESOLVED`; nothing is silently dropped.
"""

from analysis.report.summaries.actors import (
    actor_mentions, label_actor_counts, pivot, quoted_about, share_of_voice,
)
from analysis.report.summaries.casualties import (
    AGENCY_AGENT_CATEGORIES, AGENCY_CATEGORIES, agency_breakdown, agency_left_out,
    casualty_timeline, claim_subsets, claims_table, figures_by_source, hedge_counts,
    timeline_left_out,
)
from analysis.report.summaries.comparison import OUTLET_COMPARISON_COLUMNS, outlet_comparison
from analysis.report.summaries.common import (
    METADATA_FIELDS, NONE, UNATTRIBUTED, UNKNOWN, UNRESOLVED, parse_published, ranked, time_bin,
)
from analysis.report.summaries.corpus import (
    corpus_summary, documents_over_time, documents_per_outlet, metadata_completeness,
    release_history, text_lengths,
)
from analysis.report.summaries.terms import (
    LOADED_FAMILIES, VOICE_CLASSES, actor_term_cooccurrence, kwic_with_voice, select_keys,
    term_keys, term_markers, terms_over_time, term_voice,
)

__all__ = [
    "METADATA_FIELDS", "NONE", "UNATTRIBUTED", "UNKNOWN", "UNRESOLVED", "parse_published", "ranked",
    "time_bin",
    "corpus_summary", "documents_over_time", "documents_per_outlet", "metadata_completeness",
    "release_history", "text_lengths",
    "actor_mentions", "label_actor_counts", "pivot", "quoted_about", "share_of_voice",
    "LOADED_FAMILIES", "VOICE_CLASSES", "actor_term_cooccurrence", "kwic_with_voice", "select_keys",
    "term_keys", "term_markers", "terms_over_time", "term_voice",
    "AGENCY_AGENT_CATEGORIES", "AGENCY_CATEGORIES", "OUTLET_COMPARISON_COLUMNS", "agency_breakdown",
    "agency_left_out", "casualty_timeline", "claim_subsets", "claims_table", "figures_by_source",
    "hedge_counts", "outlet_comparison", "timeline_left_out",
]
