"""Arabic Conflict News: a versioned corpus and clitic-aware analysis toolkit.

The package is laid out as the pipeline it runs::

    corpus/      original bytes, metadata, release manifests
    text/        normalize -> tokens (with offsets) -> sentences; clitics; morphology
    lexicon/     YAML lexicons, clitic-aware longest-match, KWIC
    framing/     actors and their labels, quotes and sourcing, voice of loaded terms
    casualties/  Arabic numerals, casualty claims
    annotate.py  one document -> one Annotation (the only place stages meet)
    tables.py    corpus-wide DataFrames
    report/      figures, tables, methods.md
    coding/      human coding sheets, agreement, evaluation

From a notebook::

    from analysis import Corpus
    c = Corpus("corpus")
    t = c.tables(c.latest, lexicons=["my_terms.yml"])

Every annotation row carries ``doc_id, start, end`` with
``text[start:end] == surface`` on the original, unnormalized text.
"""

__version__ = "0.1.0"

__all__ = ["Corpus", "__version__"]


def __getattr__(name: str):
    # ``from analysis import Corpus`` without importing pandas for every
    # ``python -m analysis --help``.
    if name == "Corpus":
        from analysis.api import Corpus

        return Corpus
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
