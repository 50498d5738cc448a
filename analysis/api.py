"""The researcher's API: ``from analysis import Corpus``.

:class:`Corpus` is the one entry point that every corpus-wide command, the
report and the notebooks go through. It composes the storage class
(:class:`analysis.corpus.CorpusStore`) and the corpus-wide tables
(:func:`analysis.tables.corpus_tables`) and resolves, in one place:

* the corpus **version**: ``"latest"`` (the default) is the newest release,
  or the working tree before the first release; ``"working"`` is the working
  tree (documents added since the last release included); any other value
  must be a release;
* the **pipeline options**: ``lexicons`` (files or folders, replacing the
  shipped lexicons), ``actors`` (registry YAML), ``cues`` (reporting-cue YAML)
  and ``backend``;
* the **filters** (:class:`analysis.selection.Selection`): ``doc`` (one id or
  several), ``outlet``, ``since`` and ``until``.

An unknown version or document id is one :class:`~analysis.errors.AnalysisError`
that says what exists; a document added after the last release is reported as
unreleased, with the hint to ask for ``version="working"``.

Example:
    >>> c = Corpus("corpus")
    >>> c.releases
    ['0.1.0']
    >>> [d.doc_id for d in c.documents()]
    ['000_e3af78f8bd1dea90']
    >>> t = c.tables(backend="rules")
    >>> t.versions["corpus"], len(t.documents)
    ('0.1.0', 1)
    >>> c.kwic("labels/separatist", window=2)[["match", "key"]].values.tolist()[:1]
    [['الانفصاليين', 'labels/separatist']]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from analysis import __version__
from analysis.errors import AnalysisError
from analysis.rows import text_rows
from analysis.selection import Selection, check_documents, restrict

LATEST = "latest"
WORKING = "working"

PathLike = str | Path


class Corpus:
    """A corpus folder, read as a researcher reads it.

    Args:
        path: The corpus folder (``corpus`` in a checkout).

    Raises:
        AnalysisError: If the folder holds no corpus.

    Example:
        >>> Corpus("corpus")
        Corpus('corpus')
        >>> Corpus("no/such/folder")
        Traceback (most recent call last):
        ...
        analysis.errors.AnalysisError: no corpus at no/such/folder (no metadata.csv); create one with 'python -m analysis corpus add FILE --corpus no/such/folder --rights ...'
    """

    def __init__(self, path: PathLike = "corpus") -> None:
        from analysis.corpus import CorpusStore

        self.path = Path(path)
        self.store = CorpusStore(self.path)
        self.store.require()

    def __repr__(self) -> str:
        return f"Corpus({str(self.path)!r})"

    # -- versions ----------------------------------------------------------
    @property
    def releases(self) -> list[str]:
        """Released versions, oldest first."""
        return self.store.versions()

    @property
    def latest(self) -> str | None:
        """The newest release, or ``None`` before the first one."""
        return self.store.latest_release()

    def version(self, version: str | None = LATEST) -> str:
        """Resolve a version argument to a release or ``"working"``.

        Args:
            version: ``"latest"`` or ``None`` (the newest release; the working
                tree before any release), ``"working"``, or a release.

        Raises:
            AnalysisError: For a version that is not released.

        Example:
            >>> c = Corpus("corpus")
            >>> c.version(), c.version("working")
            ('0.1.0', 'working')
            >>> c.version("9.9.9")
            Traceback (most recent call last):
            ...
            analysis.errors.AnalysisError: no release 9.9.9 in corpus (releases: 0.1.0; 'working' is the working tree)
        """
        if version is None or version == LATEST:
            return self.latest or WORKING
        if version == WORKING:
            return WORKING
        releases = self.releases
        if version not in releases:
            known = ", ".join(releases) or "none yet"
            raise AnalysisError(f"no release {version} in {self.path} (releases: {known}; "
                                f"'{WORKING}' is the working tree)")
        return version

    # -- documents ---------------------------------------------------------
    def metadata(self, version: str | None = LATEST) -> pd.DataFrame:
        """The metadata table of a version (columns of ``analysis.corpus.metadata.FIELDS``).

        Example:
            >>> Corpus("corpus").metadata()["doc_id"].tolist()
            ['000_e3af78f8bd1dea90']
        """
        resolved = self.version(version)
        return self.store.metadata(None if resolved == WORKING else resolved)

    def documents(self, version: str | None = LATEST, *, doc: str | Iterable[str] | None = None,
                  outlet: str | Iterable[str] | None = None, since: str | None = None,
                  until: str | None = None) -> list:
        """The documents (:class:`analysis.corpus.Document`) of a version that pass the filters.

        Example:
            >>> docs = Corpus("corpus").documents("0.1.0", since="2023-09")
            >>> [(d.doc_id, d.meta["published"]) for d in docs]
            [('000_e3af78f8bd1dea90', '2023-09-20')]
        """
        resolved = self.version(version)
        selection = Selection.of(doc=doc, outlet=outlet, since=since, until=until)
        ids = self.select(resolved, selection)
        store_version = None if resolved == WORKING else resolved
        if selection.empty:
            return list(self.store.documents(store_version))
        # Read only the selected texts: a few documents of a large corpus stay cheap.
        return [self.store.get(doc_id, store_version) for doc_id in ids]

    def select(self, version: str, selection: Selection) -> list[str]:
        """Ids of a resolved version's documents that pass ``selection``, sorted.

        Raises:
            AnalysisError: If ``selection`` names a document the version lacks
                (an unreleased one is called so).
        """
        meta = self.metadata(version)
        self._check_docs(version, selection.docs, set(meta["doc_id"]))
        return selection.doc_ids(meta)

    def _check_docs(self, version: str, wanted: Iterable[str] | None, present: set[str]) -> None:
        check_documents(self.store, version, wanted, present)

    # -- analysis ----------------------------------------------------------
    def pipeline(self, *, lexicons: Iterable[PathLike] | None = None, actors: PathLike | None = None,
                 cues: PathLike | None = None, backend: str = "auto"):
        """The :class:`analysis.annotate.Pipeline` these options load (for :func:`analysis.annotate.annotate`).

        Example:
            >>> p = Corpus("corpus").pipeline(backend="rules")
            >>> p.versions["backend"], sorted(p.versions["lexicons"])[:2]
            ('rules', ['events', 'institutions'])
        """
        from analysis.annotate import Pipeline

        return Pipeline.load(lexicon_paths=_paths(lexicons), actors_path=_path(actors),
                             cues_path=_path(cues), backend=backend)

    def tables(
        self,
        version: str | None = LATEST,
        *,
        lexicons: Iterable[PathLike] | None = None,
        actors: PathLike | None = None,
        cues: PathLike | None = None,
        backend: str = "auto",
        workers: int | None = None,
        doc: str | Iterable[str] | None = None,
        outlet: str | Iterable[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        progress: bool = False,
        cache: bool = True,
        engine: str | None = None,
        scheduler: str | None = None,
        dedupe: Any = None,
    ):
        """The corpus tables of a version (:class:`analysis.tables.CorpusTables`), filtered.

        Args:
            version: ``"latest"``/``None``, ``"working"`` or a release.
            lexicons: Lexicon YAML files or folders, replacing the shipped ones.
            actors: Actor registry YAML (default: the shipped one).
            cues: Reporting-cue YAML (default: the shipped one).
            backend: Morphology backend (``auto``, ``rules``, ``calima`` or a DB path).
            workers: Annotation processes (output does not depend on it).
            doc, outlet, since, until: Filters (:class:`analysis.selection.Selection`),
                applied to every table alike.
            progress: Progress bar on stderr while annotating.
            cache: Read and write the table cache.
            engine, scheduler: ``local`` (default) or ``dask``, and a Dask
                scheduler address (see :func:`analysis.tables.corpus_tables`).
            dedupe: ``"cluster"``: one document per text-reuse cluster, its origin
                (see :func:`analysis.reuse.dedupe_tables`); ``versions["dedupe"]`` says so.

        Returns:
            The tables; with filters, ``versions["filters"]`` records them.

        Example:
            >>> t = Corpus("corpus").tables(backend="rules", outlet="no such outlet")
            >>> len(t.documents), len(t.terms), t.versions["filters"]
            (0, 0, {'outlet': ['no such outlet']})
        """
        from analysis.tables import corpus_tables

        resolved = self.version(version)
        selection = Selection.of(doc=doc, outlet=outlet, since=since, until=until)
        tables = corpus_tables(
            self.path, resolved, progress=progress, cache=cache, lexicon_paths=_paths(lexicons),
            actors_path=_path(actors), cues_path=_path(cues), backend=backend, workers=workers,
            engine=engine or "local", scheduler=scheduler,
        )
        if not selection.empty:
            self._check_docs(resolved, selection.docs, set(tables.documents["doc_id"]))
            tables = restrict(tables, selection.doc_ids(tables.documents), filters=selection.as_dict())
        if dedupe is not None:
            from analysis.reuse import dedupe_tables

            tables = dedupe_tables(self, resolved, tables, dedupe, cache=cache)
        return tables

    def reuse(self, version: str | None = LATEST, *, threshold: float = 0.5, shingle: int = 5,
              num_perm: int = 128, edits: bool = True, lexicons: Iterable[PathLike] | None = None,
              actors: PathLike | None = None, cues: PathLike | None = None, backend: str = "auto",
              workers: int | None = None, cache: bool = True, engine: str | None = None,
              scheduler: str | None = None):
        """Text reuse in a version: clusters, reuse table, framing edits (see :mod:`analysis.reuse`).

        Example:
            >>> r = Corpus("corpus").reuse(backend="rules")
            >>> len(r.pairs), r.versions["reuse"]["threshold"], r.versions["reuse"]["shingle"]
            (0, 0.5, 5)
        """
        from analysis.reuse import ReuseParams, corpus_reuse

        options = {"lexicon_paths": _paths(lexicons), "actors_path": _path(actors),
                   "cues_path": _path(cues), "backend": backend}
        return corpus_reuse(self, version, params=ReuseParams(threshold=threshold, shingle=shingle,
                                                              num_perm=num_perm),
                            edits=edits, pipeline_options=options, cache=cache, workers=workers,
                            engine=engine, scheduler=scheduler)

    def kwic(
        self,
        pattern: str,
        *,
        version: str | None = LATEST,
        doc: str | Iterable[str] | None = None,
        outlet: str | Iterable[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        window: int = 5,
        lexicons: Iterable[PathLike] | None = None,
        backend: str = "auto",
    ) -> pd.DataFrame:
        """Keyword in context over a version's documents (see :func:`analysis.lexicon.kwic.kwic`).

        Args:
            pattern: A lexicon key or key prefix, or Arabic words separated by ``|``.
            version, doc, outlet, since, until: As for :meth:`tables`.
            window: Tokens of context on each side.
            lexicons, backend: As for :meth:`tables`.

        Returns:
            The KWIC table (:data:`analysis.lexicon.kwic.KWIC_COLUMNS`);
            ``table.attrs["versions"]`` says which corpus version, lexicons,
            backend, filters and pattern made it.

        Example:
            >>> k = Corpus("corpus").kwic("labels/separatist", window=1, since="2023-09-01")
            >>> list(k.columns)
            ['doc_id', 'start', 'end', 'left', 'match', 'right', 'key']
            >>> k.attrs["versions"]["corpus"], k.attrs["versions"]["filters"]
            ('0.1.0', {'since': '2023-09-01'})
        """
        from analysis.lexicon.kwic import kwic
        from analysis.lexicon.loader import load_lexicons
        from analysis.store import code_sha256
        from analysis.text.morphology import get_backend

        resolved = self.version(version)
        selection = Selection.of(doc=doc, outlet=outlet, since=since, until=until)
        loaded = load_lexicons(_paths(lexicons))
        matcher_backend = get_backend(backend)
        documents = self.documents(resolved, doc=doc, outlet=outlet, since=since, until=until)
        table = kwic(documents, pattern, window=window, lexicons=loaded, backend=matcher_backend)
        table.attrs["versions"] = {
            **self.provenance(resolved), "package": __version__,
            "lexicons": {lex.name: {"version": lex.version, "sha256": _sha256(lex.path)} for lex in loaded},
            "backend": matcher_backend.name, "backend_version": matcher_backend.version,
            "code_sha256": code_sha256(),
            **({"filters": selection.as_dict()} if not selection.empty else {}),
            "kwic": {"pattern": pattern, "window": window},
        }
        return table

    def show(self, doc_id: str, *, version: str | None = LATEST, **pipeline: Any):
        """One original article with its annotations highlighted (shows itself in JupyterLab).

        See :func:`analysis.discovery.view.show_document`; ``pipeline`` takes
        ``lexicons``, ``actors``, ``cues`` and ``backend`` as for :meth:`tables`.

        Example:
            >>> Corpus("corpus").show("000_e3af78f8bd1dea90", backend="rules").doc_id
            '000_e3af78f8bd1dea90'
        """
        from analysis.discovery.view import show_document

        return show_document(self, doc_id, version=version, **pipeline)

    def sql(self, query: str, version: str | None = LATEST, **options: Any) -> pd.DataFrame:
        """Run SQL over a version's tables, DuckDB views over the annotation store.

        The views read the store's Parquet files directly, so a query over a
        large corpus never loads its tables into pandas; only the result is.
        ``options`` are those of :meth:`tables` (pipeline options, filters, engine).

        Example:
            >>> Corpus("corpus").sql("SELECT count(*) AS n FROM terms WHERE key = 'labels/separatist'",
            ...                      backend="rules")["n"].tolist()
            [10]
        """
        return self.tables(version, **options).connect().sql(query).df()

    def provenance(self, version: str | None = LATEST) -> dict[str, str | None]:
        """``corpus`` (the resolved version) and ``corpus_manifest_sha256``, as the tables carry them.

        Example:
            >>> Corpus("corpus").provenance()["corpus"]
            '0.1.0'
        """
        from analysis.tables import _resolve_version

        resolved, sha = _resolve_version(self.store, self.version(version))
        return {"corpus": resolved, "corpus_manifest_sha256": sha}


def _paths(values: Iterable[PathLike] | PathLike | None) -> list[Path] | None:
    if values is None:
        return None
    if isinstance(values, (str, Path)):
        values = [values]
    paths = [Path(v) for v in values]
    return paths or None


def _sha256(path: Path | None) -> str | None:
    from analysis.corpus.ids import text_sha256

    return text_sha256(Path(path).read_bytes()) if path is not None else None


def _path(value: PathLike | None) -> Path | None:
    return Path(value) if value is not None else None


__all__ = ["Corpus", "restrict", "text_rows", "LATEST", "WORKING"]
