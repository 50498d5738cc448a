"""Arabic Conflict News: a versioned corpus and clitic-aware analysis toolkit.

The package is laid out as the pipeline it runs::

    corpus/      original bytes, metadata, release manifests; journaled writes, recover, verify
    text/        normalize -> tokens (with offsets) -> sentences; clitics; morphology
    lexicon/     YAML lexicons, clitic-aware longest-match, KWIC
    framing/     actors and their labels, quotes and sourcing, voice of loaded terms
    casualties/  Arabic numerals, casualty claims (grammar as versioned YAML)
    annotate.py  one document -> one Annotation (the only place stages meet)
    store/       sharded Parquet annotation store, local and Dask engines, DuckDB views
    tables.py    corpus-wide tables, read lazily from the store
    api.py       Corpus: the researcher's entry point; every command goes through it
    schemas/     the data dictionary (Frictionless table schemas)
    report/      figures, tables, methods.md, article views
    coding/      human coding sheets (blind or not), codebook, agreement, evaluation
    reuse/       near-duplicate clusters (MinHash LSH) and framing edits between copies
    discovery/   document-feature matrix, keyness, collocations, highlighted article view

From a notebook::

    from analysis import Corpus
    c = Corpus("corpus")
    t = c.tables(c.latest, lexicons=["my_terms.yml"])

Every annotation row carries ``doc_id, start, end`` with
``text[start:end] == surface`` on the original, unnormalized text.
"""

__version__ = "0.2.0"

__all__ = ["Corpus", "__version__"]


def __getattr__(name: str):
    # ``from analysis import Corpus`` without importing pandas for every
    # ``python -m analysis --help``.
    if name == "Corpus":
        from analysis.api import Corpus

        return Corpus
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
