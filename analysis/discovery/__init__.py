"""Discovery beyond the lexicon: keyness, collocations and a highlighted article view.

Modules, in the order of the data flow::

    stopwords.py    the versioned Arabic stop-word list (data/stopwords_ar.yml)
    features.py     normalized types -> clitic-stripped features (or calima lemmas)
    stream.py       documents -> surface counts, in chunks, optionally in worker processes
    dfm.py          the document-feature matrix (scipy.sparse CSR), surfaces, KWIC links
    keyness.py      chi2, chi2 with Yates, G2, PMI of a target group against a reference
    collocations.py words around an actor's mentions (PMI, logDice, G2); two-word lambda/z
    candidates.py   lexicon candidates as a YAML stub to curate
    spans.py        annotation spans of one document, from the tables
    view.py         one original article as self-contained, right-to-left HTML
    figures.py      the keyness bar chart
    run.py          corpus-level calls shared by the CLI, notebook 07 and the benchmark
    explore.py      notebook helpers that never fail on a small corpus
    cli.py          keyness, collocations, show

Example:
    >>> from analysis import Corpus
    >>> from analysis.discovery import corpus_dfm, keyness
    >>> dfm = corpus_dfm(Corpus("corpus"), backend="rules")
    >>> dfm.features.columns[:3].tolist()
    ['feature', 'surface', 'n']
"""

from analysis.discovery.collocations import actor_collocations, collocations
from analysis.discovery.dfm import Dfm, build_dfm, feature_kwic
from analysis.discovery.keyness import group_mask, keyness
from analysis.discovery.run import clitic_variant_count, corpus_dfm, top_rows

__all__ = ["Dfm", "build_dfm", "feature_kwic", "keyness", "group_mask", "actor_collocations", "collocations",
           "corpus_dfm", "top_rows", "clitic_variant_count"]
