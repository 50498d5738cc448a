"""The versioned corpus: original texts, metadata, releases.

Public API (other stages depend on these names)::

    from analysis.corpus import CorpusStore, Document, load_corpus
    corpus = CorpusStore("corpus")
    for doc in corpus.documents("0.1.0"):   # or documents() for the working tree
        doc.doc_id, doc.text, doc.meta

Example:
    >>> from analysis.corpus import CorpusStore
    >>> CorpusStore("corpus").latest_release()  # doctest: +SKIP
    '0.1.0'
"""

from analysis.corpus.store import AddReport, CorpusStore, Document, NewDocument, Rejected, load_corpus

__all__ = ["CorpusStore", "Document", "NewDocument", "Rejected", "AddReport", "load_corpus"]
