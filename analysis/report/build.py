"""Build ``reports/<corpus-version>/``: figures, tables, notebooks, methods, citation.

Layout of one report::

    reports/0.1.0/
      figures/<name>.png, <name>.svg    every figure of notebooks 01-04
      tables/<name>.csv, <name>.tex     the numbers behind each figure, and more
      notebooks/<name>.html             every notebook, executed on this corpus version
      articles/<doc_id>.html, index.html  highlighted article views (all documents, or a stable sample)
      methods.md                        paste-ready methods paragraph + provenance table
      codebook.md                       the coding codebook (as `coding codebook` writes it)
      data_dictionary/<table>.json      Frictionless schemas of the corpus tables; data_dictionary.md
      CITATION.cff, citation.bib        the corpus version's citation

      .analysis-report.json             marker: this folder is a report (and what made it)

Tables are byte-identical across runs on the same inputs (see
:mod:`analysis.report.tables`); figures are reproducible too (fixed SVG
salt, no dates in metadata). Every file goes through :mod:`analysis.outputs`.
The folder is assembled beside the target and swapped in at the end, so an
interrupted run never leaves half a report; only a folder carrying the
marker is ever replaced (:mod:`analysis.report.folder`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pandas as pd

from analysis.errors import AnalysisError
from analysis.outputs import write_text
from analysis.paths import DEFAULT_REPORTS
from analysis.report import summaries as S


@dataclass
class Context:
    """What the figure and table builders read: the tables plus corpus facts."""

    tables: object  # analysis.tables.CorpusTables
    manifests: list[dict]
    names: object = None  # analysis.report.figures.labels.Names; None: the shipped data files
    corpus: object = None  # analysis.Corpus, for what is computed from the texts (reuse, discovery)
    options: dict = field(default_factory=dict)  # lexicons, actors, cues, backend
    _reuse: object = field(default=None, repr=False)

    @property
    def version(self) -> str:
        return self.tables.versions["corpus"]

    def reuse(self):
        """Notebook 06's text reuse of this version (computed once per report)."""
        if self._reuse is None and self.corpus is not None:
            self._reuse = self.corpus.reuse(self.version, **self.options)
        return self._reuse

    @property
    def documents(self) -> pd.DataFrame:
        return self.tables.documents

    @property
    def family_terms(self) -> pd.DataFrame:
        return S.select_keys(self.tables.terms, S.LOADED_FAMILIES)

    def outlet_keyness(self) -> pd.DataFrame:
        """Notebook 07's keyness: the outlet with most documents against all the others."""
        from analysis.discovery.explore import outlet_keyness
        from analysis.discovery.keyness import KEYNESS_COLUMNS
        from analysis.discovery.run import corpus_dfm

        if self.corpus is None:
            return pd.DataFrame(columns=KEYNESS_COLUMNS)
        return outlet_keyness(corpus_dfm(self.corpus, self.version,
                                         backend=self.options.get("backend", "auto")))

    def reuse_table(self, name: str) -> pd.DataFrame:
        """One of notebook 06's summaries: ``by_outlet``, ``copy_matrix`` or ``edit_kinds``."""
        from analysis.reuse import summaries as R

        result = self.reuse()
        if name == "edit_kinds":
            return R.edit_kinds(result.edits if result is not None else None)
        clusters = result.clusters if result is not None else pd.DataFrame(
            columns=["doc_id", "cluster", "outlet", "origin", "is_origin"])
        if name == "by_outlet":
            metadata = self.corpus.metadata(self.version) if self.corpus is not None else self.documents
            return R.outlet_reuse_share(clusters, metadata.assign(
                outlet=metadata["outlet"].fillna("").astype(str)))
        matrix = R.copy_matrix(clusters)  # origin outlet x copying outlet: a column for the CSV
        return matrix.reset_index() if len(matrix) else pd.DataFrame(columns=["origin outlet"])



# name -> (caption, builder). Order is the order of the notebooks.
TABLES: dict[str, tuple[str, Callable[[Context], pd.DataFrame]]] = {
    "release_history": ("Corpus releases", lambda c: S.release_history(c.manifests)),
    "documents_per_outlet": ("Documents per outlet", lambda c: S.documents_per_outlet(c.documents)),
    "documents_over_time": ("Documents per publication period and outlet",
                            lambda c: S.documents_over_time(c.documents)),
    "metadata_completeness": ("Metadata completeness", lambda c: S.metadata_completeness(c.documents)),
    "text_lengths": ("Text lengths per outlet (words = tokens)", lambda c: S.text_lengths(c.documents)),
    "actor_mentions": ("Actor mentions", lambda c: S.actor_mentions(c.tables.actors)),
    "label_actor_counts": ("Labels attached to actors",
                           lambda c: S.label_actor_counts(c.tables.actors)),
    "share_of_voice": ("Quotes per speaker (share of voice)",
                       lambda c: S.share_of_voice(c.tables.quotes)),
    "share_of_voice_by_outlet": ("Quotes per speaker within each outlet",
                                 lambda c: S.share_of_voice(c.tables.quotes, c.documents, by_outlet=True)),
    "quoted_about": ("Actor mentions inside each speaker's quotes",
                     lambda c: S.quoted_about(c.tables.quotes, c.tables.actors)),
    "actor_term_cooccurrence": ("Actors and loaded terms in the same sentence, by voice",
                                lambda c: S.actor_term_cooccurrence(c.tables.actors, c.tables.terms)),
    "term_voice_by_outlet": ("Loaded terms by voice and outlet",
                             lambda c: S.term_voice(c.family_terms, c.documents, by_outlet=True)),
    "term_markers": ("Distancing markers on loaded terms", lambda c: S.term_markers(c.family_terms)),
    "term_markers_all_keys": ("Distancing markers for every lexicon key",
                              lambda c: S.term_markers(c.tables.terms)),
    "terms_over_time": ("Loaded terms per period, outlet and voice",
                        lambda c: S.terms_over_time(c.family_terms, c.documents)),
    "casualty_claims": ("Casualty claims", lambda c: S.claims_table(c.tables.casualties, c.documents)),
    "casualties_by_source": ("Casualty figures by attributed source",
                             lambda c: S.figures_by_source(c.tables.casualties)),
    "casualty_hedges": ("Hedges on casualty figures", lambda c: S.hedge_counts(c.tables.casualties)),
    "casualty_subsets": ("Casualty claims that are subsets of another claim",
                         lambda c: S.claim_subsets(c.tables.casualties)),
    "casualty_agency": ("Agency in killed claims (and injured claims naming a perpetrator) by outlet",
                        lambda c: S.agency_breakdown(c.tables.casualties, c.documents)),
    "casualty_agency_left_out": ("Casualty claims the agency figure does not count",
                                 lambda c: S.agency_left_out(c.tables.casualties)),
    "casualty_timeline": ("Reported casualty figures by date and outlet",
                          lambda c: S.casualty_timeline(c.tables.casualties, c.documents)),
    "casualty_timeline_left_out": ("Casualty claims the timeline does not plot",
                                   lambda c: S.timeline_left_out(c.tables.casualties, c.documents)),
    "reuse_by_outlet": ("Share of each outlet's articles that copy another outlet's",
                        lambda c: c.reuse_table("by_outlet")),
    "reuse_copy_matrix": ("Copies by origin outlet (rows) and copying outlet (columns)",
                          lambda c: c.reuse_table("copy_matrix")),
    "reuse_edit_kinds": ("Framing edits between copies, by kind", lambda c: c.reuse_table("edit_kinds")),
    "discovery_keyness": ("Keyness: the outlet with most documents against all other outlets",
                          lambda c: c.outlet_keyness()),
    "casualty_outlet_comparison": ("Casualty figures each outlet reported for the same date and category",
                                   lambda c: S.outlet_comparison(c.tables.casualties, c.documents)),
}


# figure name -> (function in analysis.report.figures, or "module:function" of another
# stage's figure, the table it draws, the table of what it leaves out). ``None`` as the
# table: the documents table itself.
FIGURES: dict[str, tuple[str, str | None, str | None]] = {
    "documents_per_outlet": ("documents_per_outlet", "documents_per_outlet", None),
    "documents_over_time": ("documents_over_time", "documents_over_time", None),
    "metadata_completeness": ("metadata_completeness", "metadata_completeness", None),
    "text_lengths": ("text_lengths", None, None),
    "actor_mentions": ("actor_mentions", "actor_mentions", None),
    "label_actor_heatmap": ("label_actor_heatmap", "label_actor_counts", None),
    "share_of_voice": ("share_of_voice", "share_of_voice", None),
    "quoted_about": ("quoted_about", "quoted_about", None),
    "actor_term_cooccurrence": ("actor_term_heatmap", "actor_term_cooccurrence", None),
    "term_voice_by_outlet": ("term_voice", "term_voice_by_outlet", None),
    "term_markers": ("term_markers", "term_markers", None),
    "terms_over_time": ("terms_over_time", "terms_over_time", None),
    "casualties_by_source": ("figures_by_source", "casualties_by_source", None),
    "casualty_hedges": ("hedge_counts", "casualty_hedges", None),
    "casualty_agency": ("agency_breakdown", "casualty_agency", "casualty_agency_left_out"),
    "casualty_timeline": ("casualty_timeline", "casualty_timeline", "casualty_timeline_left_out"),
    "reuse_by_outlet": ("analysis.reuse.figures:reuse_share", "reuse_by_outlet", None),
    "reuse_copy_matrix": ("analysis.report.build:copy_matrix_figure", "reuse_copy_matrix", None),
    "reuse_edit_kinds": ("analysis.reuse.figures:edit_kinds", "reuse_edit_kinds", None),
    "discovery_keyness": ("analysis.discovery.figures:keyness_plot", "discovery_keyness", None),
}


def copy_matrix_figure(table: pd.DataFrame):
    """Notebook 06's "who copies whom" heatmap from the report's table (origin outlet as a column)."""
    from analysis.reuse.figures import copy_matrix

    matrix = table.set_index("origin outlet") if len(table) else pd.DataFrame()
    matrix.columns.name = "copying outlet"
    return copy_matrix(matrix)


def draw_figure(name: str, ctx: Context, frames: dict[str, pd.DataFrame]):
    """Draw the report figure ``name`` from the report's tables (``frames``), as the report does."""
    from analysis.report import figures as F

    function, table, left_out = FIGURES[name]
    data = ctx.documents if table is None else frames[table]
    if ":" in function:  # another stage's figure, drawn in the report's style
        import importlib

        module, _, attr = function.partition(":")
        return getattr(importlib.import_module(module), attr)(data)
    options = {"names": ctx.names} | ({"left_out": frames[left_out]} if left_out else {})
    return getattr(F, function)(data, **options)


@dataclass
class Report:
    """What :func:`build_report` wrote."""

    path: Path
    version: str
    figures: list[Path] = field(default_factory=list)
    tables: list[Path] = field(default_factory=list)
    notebooks: list[Path] = field(default_factory=list)
    articles: list[Path] = field(default_factory=list)
    seconds: float = 0.0


def build_report(
    corpus_dir: Path | str = "corpus",
    version: str | None = None,
    out: Path | str = DEFAULT_REPORTS,
    *,
    notebooks: bool = True,
    progress: bool = True,
    cache: bool = True,
    formats: tuple[str, ...] = ("png", "svg"),
    date: str | None = None,
    jobs: int | None = None,
    lexicons: list[Path] | None = None,
    actors: Path | None = None,
    cues: Path | None = None,
    backend: str = "auto",
    workers: int | None = None,
    engine: str | None = None,
    scheduler: str | None = None,
    gold: str = "gold",
) -> Report:
    """Write the full report for one corpus version to ``out/<version>/``.

    Args:
        corpus_dir: The corpus folder.
        version: A release, ``"working"``, or ``None``/``"latest"``: the
            latest release (the working tree, reported as ``working``, before
            the first release). Read through :meth:`analysis.Corpus.tables`.
        out: Parent folder of the report folders; never inside a corpus.
        notebooks: Execute ``notebooks/*.ipynb`` on this corpus version and
            export them as HTML.
        progress: Show a progress bar while annotating.
        cache: Use the Parquet table cache (see :mod:`analysis.tables`).
        formats: Figure formats besides each other (``png``, ``svg``, ``pdf``).
        date: Date stated in ``methods.md`` (default: today).
        jobs: Notebooks executed at once.
        lexicons: Lexicon files or folders (default: the shipped ones); figures
            name lexicon keys from these.
        actors: Actor registry file (default: the shipped one); figures name
            actors from this registry.
        cues: Reporting-cue file (default: the shipped one).
        backend: Morphology backend (``auto``, ``rules``, ``calima``).
        workers, engine, scheduler: Where annotation runs (see :meth:`analysis.Corpus.tables`).
        gold: The reference coder the validation notebook compares against.

    Returns:
        A :class:`Report` listing the files.

    Raises:
        AnalysisError: Unknown corpus or version; an ``out`` inside a corpus;
            something other than a report at ``out/<version>`` (only a folder
            carrying :data:`analysis.report.folder.MARKER` is ever replaced);
            or a notebook that fails (the rest of the report is still
            written, the failing notebook's HTML shows the traceback).

    Example:
        >>> r = build_report("corpus", out="/tmp/reports", notebooks=False)  # doctest: +SKIP
        >>> sorted(p.name for p in r.path.iterdir())  # doctest: +SKIP
        ['CITATION.cff', 'citation.bib', 'figures', 'methods.md', 'tables']
    """
    from analysis.api import Corpus
    from analysis.report import figures as F
    from analysis.report import dictionary, folder
    from analysis.report.articles import write_articles
    from analysis.report.data import manifests
    from analysis.report.figures.labels import Names
    from analysis.report.tables import write_table

    started = time.monotonic()
    corpus_dir = Path(corpus_dir)
    corpus = Corpus(corpus_dir)
    # Refuse a bad target before the (long) annotation run, and again at the swap.
    folder.check_target(out, corpus.version(version))
    options = {"lexicons": lexicons, "actors": actors, "cues": cues, "backend": backend}
    tables = corpus.tables(version, progress=progress, cache=cache, workers=workers, engine=engine,
                           scheduler=scheduler, **options)
    version = tables.versions["corpus"]
    final = folder.check_target(out, version)
    ctx = Context(tables, manifests(corpus), names=Names.load(actors=actors, lexicons=lexicons),
                  corpus=corpus, options=options)

    work = folder.start(out, version)
    report = Report(Path(out) / version, version)
    try:
        frames = {name: build(ctx) for name, (_, build) in TABLES.items()}
        for name, (caption, _) in TABLES.items():
            report.tables += write_table(frames[name], work / "tables" / name,
                                         caption=f"{caption} (corpus version {version})")
        for name in FIGURES:
            report.figures += F.save(draw_figure(name, ctx, frames), work / "figures" / name,
                                     formats=formats)
        dictionary.write(work)
        report.articles = write_articles(work, corpus, tables)
        _write_provenance(work, corpus_dir, tables, date=date, options=options)
        failures = _write_notebooks(work, report, corpus_dir, version, {**options, "gold_coder": gold},
                                    jobs=jobs) if notebooks else []
        folder.write_marker(work, tables.versions)
        folder.finish(work, final)
    except BaseException:
        folder.discard(work)
        raise
    rel = lambda paths: [report.path / p.relative_to(work) for p in paths]  # noqa: E731
    report.figures, report.tables, report.notebooks, report.articles = (
        rel(report.figures), rel(report.tables), rel(report.notebooks), rel(report.articles))
    report.seconds = time.monotonic() - started
    if failures:
        raise AnalysisError(f"report written to {report.path}, but notebook(s) failed: " + "; ".join(failures))
    return report


def _write_provenance(work: Path, corpus_dir: Path, tables, *, date: str | None,
                      options: dict) -> None:
    """methods.md (with the command that remakes the report), codebook.md, the corpus citation."""
    from analysis.report import methods

    version = tables.versions["corpus"]
    info = methods.provenance(tables.versions, date=date, counts={
        k: len(tables.frame(k)) for k in ("documents", "terms", "actors", "quotes", "casualties")})
    cites = methods.corpus_citations(corpus_dir, version)
    command = " ".join([f"python -m analysis report --corpus {corpus_dir} --version {version}",
                        *(f"--lexicon {p}" for p in options["lexicons"] or ()),
                        *(f"--{k} {options[k]}" for k in ("actors", "cues") if options[k]),
                        *([f"--backend {options['backend']}"] if options["backend"] != "auto" else [])])
    write_text(work / "codebook.md", methods.codebook_markdown())
    write_text(work / "methods.md", methods.methods_markdown(
        info, citation=cites and cites["apa"], command=command, codebook=True))
    if cites:
        write_text(work / "CITATION.cff", cites["cff"])
        write_text(work / "citation.bib", cites["bibtex"])


def _write_notebooks(work: Path, report: Report, corpus_dir: Path, version: str,
                     options: dict, *, jobs: int | None) -> list[str]:
    """Execute every notebook on this corpus version and options; write its HTML; the failures.

    Paths reach the notebooks relative to ``notebooks/``, so the HTML shows
    no folder of the building machine.
    """
    from analysis.report import notebooks as nbrun

    relative = nbrun.relative_to_notebooks
    params = {**options, "corpus_dir": relative(corpus_dir), "corpus_version": version,
              "lexicons": [relative(p) for p in options["lexicons"]] if options["lexicons"] else None,
              "actors": relative(options["actors"]) if options["actors"] else None,
              "cues": relative(options["cues"]) if options["cues"] else None}
    failures = []
    for run in nbrun.execute(nbrun.notebook_paths(), params, jobs=jobs):
        html = work / "notebooks" / f"{run.path.stem}.html"
        report.notebooks.append(write_text(html, nbrun.to_html(run.notebook), what="notebook"))
        if run.error:
            failures.append(f"{run.path.name}: {run.error}")
    return failures
