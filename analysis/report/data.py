"""One call that gives a notebook everything it reads: :func:`load`.

Example:
    >>> from analysis.report.data import load
    >>> d = load("corpus", progress=False)  # doctest: +SKIP
    >>> d.version, len(d.tables.documents)  # doctest: +SKIP
    ('0.1.0', 1)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.report import summaries as S


@dataclass
class ReportData:
    """A corpus version and its tables, as the notebooks and the report read them.

    Attributes:
        corpus: The :class:`analysis.corpus.CorpusStore`.
        version: The corpus version analysed (``working`` before the first release).
        tables: The :class:`analysis.tables.CorpusTables`.
    """

    corpus: object
    version: str
    tables: object

    @property
    def manifests(self) -> list[dict]:
        """Every release manifest, oldest first."""
        return [self.corpus.manifest(v) for v in self.corpus.versions()]

    def text(self, doc_id: str) -> str:
        """The original text of one document in this version."""
        return self.corpus.get(doc_id, None if self.version == "working" else self.version).text

    def summary(self) -> str:
        """One sentence on the corpus version (see :func:`summaries.corpus_summary`)."""
        return S.corpus_summary(self.tables.documents, self.tables.versions)

    def kwic(self, key: str | None = None, *, voice: str | None = None,
             outlet: str | None = None, window: int = 40, limit: int | None = 50) -> pd.DataFrame:
        """Keyword in context for loaded-term uses; see :func:`summaries.term_kwic`.

        Args:
            key: Lexicon key or prefix (``labels/terrorist``, ``labels``); None for all.
            voice: ``own`` or ``reported`` (None for both).
            outlet: Keep one outlet.
            window: Context characters on each side.
            limit: At most this many lines.
        """
        return S.term_kwic(self.tables.terms, self.text, key=key, voice=voice, outlet=outlet,
                           documents=self.tables.documents, window=window, limit=limit)


def load(corpus_dir: Path | str = "corpus", version: str | None = None, *,
         progress: bool = True, cache: bool = True) -> ReportData:
    """Load a corpus version and its annotation tables (cached after the first run).

    Args:
        corpus_dir: The corpus folder.
        version: A release; ``None`` for the latest (the working tree before any release).
        progress: Progress bar while annotating.
        cache: Use the Parquet cache.
    """
    from analysis.corpus import CorpusStore
    from analysis.errors import AnalysisError
    from analysis.tables import corpus_tables

    corpus = CorpusStore(corpus_dir)
    if not corpus.exists():
        raise AnalysisError(f"no corpus at {corpus_dir} (expected metadata.csv there)")
    tables = corpus_tables(corpus_dir, version, progress=progress, cache=cache)
    return ReportData(corpus, tables.versions["corpus"], tables)
