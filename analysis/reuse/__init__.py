"""Text reuse across outlets: near-duplicate clusters, aligned copies, framing edits.

Wire copy from SPA, AFP or Reuters is reprinted by several outlets, often
edited. This stage finds those copies and reports how their framing differs:

* :mod:`~analysis.reuse.shingles` -- word shingles of the normalized text;
* :mod:`~analysis.reuse.signatures` -- datasketch MinHash signatures, cached per version;
* :mod:`~analysis.reuse.clusters` -- MinHash LSH candidates, exact-Jaccard
  verification, connected components, inferred origins;
* :mod:`~analysis.reuse.align` -- token alignment of two copies (rapidfuzz);
* :mod:`~analysis.reuse.edits` -- the annotations that differ between aligned copies;
* :mod:`~analysis.reuse.search` -- all of it: :func:`find_reuse` and :class:`ReuseResult`;
* :mod:`~analysis.reuse.corpus_reuse` -- over a corpus version, and ``dedupe="cluster"``;
* :mod:`~analysis.reuse.summaries` / :mod:`~analysis.reuse.figures` -- for notebook 06.

Example:
    >>> from analysis import Corpus
    >>> Corpus("corpus").reuse(backend="rules").clusters.empty
    True
"""

from analysis.reuse.clusters import ORIGIN_BASIS, Clustering, find_clusters
from analysis.reuse.corpus_reuse import corpus_reuse, dedupe_tables
from analysis.reuse.edits import EDIT_COLUMNS, framing_edits
from analysis.reuse.search import REUSE_COLUMNS, ReuseResult, find_reuse
from analysis.reuse.shingles import ReuseParams

__all__ = ["Clustering", "EDIT_COLUMNS", "ORIGIN_BASIS", "REUSE_COLUMNS", "ReuseParams",
           "ReuseResult", "corpus_reuse", "dedupe_tables", "find_clusters", "find_reuse",
           "framing_edits"]
