"""What a notebook reads besides :class:`analysis.Corpus`: the release manifests.

The notebooks open the corpus with the researcher's API and take their tables
from it, exactly as a researcher would::

    from analysis import Corpus
    corpus = Corpus(corpus_dir)
    t = corpus.tables(corpus_version)

Example:
    >>> from analysis import Corpus
    >>> [m["version"] for m in manifests(Corpus("corpus"))]
    ['0.1.0']
"""

from __future__ import annotations


def manifests(corpus) -> list[dict]:
    """Every release manifest of an :class:`analysis.Corpus`, oldest first."""
    return [corpus.store.manifest(v) for v in corpus.releases]
