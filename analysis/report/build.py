"""Build ``reports/<corpus-version>/``: figures, tables, notebooks, methods, citation.

Layout of one report::

    reports/0.1.0/
      figures/<name>.png, <name>.svg    every figure of notebooks 01-04
      tables/<name>.csv, <name>.tex     the numbers behind each figure, and more
      notebooks/<name>.html             every notebook, executed on this corpus version
      methods.md                        paste-ready methods paragraph + provenance table
      CITATION.cff, citation.bib        the corpus version's citation

Tables are byte-identical across runs on the same inputs (see
:mod:`analysis.report.tables`); figures are reproducible too (fixed SVG
salt, no dates in metadata). The folder is assembled beside the target and
swapped in at the end, so an interrupted run never leaves half a report.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pandas as pd

from analysis.errors import AnalysisError
from analysis.paths import DEFAULT_REPORTS
from analysis.report import summaries as S


@dataclass
class Context:
    """What the figure and table builders read: the tables plus corpus facts."""

    tables: object  # analysis.tables.CorpusTables
    manifests: list[dict]
    texts: Callable[[], dict[str, str]] | None = None

    @property
    def documents(self) -> pd.DataFrame:
        return self.tables.documents

    @property
    def family_terms(self) -> pd.DataFrame:
        return S.select_keys(self.tables.terms, S.LOADED_FAMILIES)


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
    "casualty_agency": ("Agency in casualty claims by outlet",
                        lambda c: S.agency_breakdown(c.tables.casualties, c.documents)),
    "casualty_timeline": ("Reported casualty figures by date and outlet",
                          lambda c: S.casualty_timeline(c.tables.casualties, c.documents)),
    "casualty_outlet_comparison": ("Casualty figures each outlet reported for the same date and category",
                                   lambda c: S.outlet_comparison(c.tables.casualties, c.documents)),
}


def _figures() -> dict[str, Callable[[Context, dict[str, pd.DataFrame]], object]]:
    from analysis.report import figures as F

    return {
        "documents_per_outlet": lambda c, t: F.documents_per_outlet(t["documents_per_outlet"]),
        "documents_over_time": lambda c, t: F.documents_over_time(t["documents_over_time"]),
        "metadata_completeness": lambda c, t: F.metadata_completeness(t["metadata_completeness"]),
        "text_lengths": lambda c, t: F.text_lengths(c.documents),
        "actor_mentions": lambda c, t: F.actor_mentions(t["actor_mentions"]),
        "label_actor_heatmap": lambda c, t: F.label_actor_heatmap(t["label_actor_counts"]),
        "share_of_voice": lambda c, t: F.share_of_voice(t["share_of_voice"]),
        "quoted_about": lambda c, t: F.quoted_about(t["quoted_about"]),
        "actor_term_cooccurrence": lambda c, t: F.actor_term_heatmap(t["actor_term_cooccurrence"]),
        "term_voice_by_outlet": lambda c, t: F.term_voice(t["term_voice_by_outlet"]),
        "term_markers": lambda c, t: F.term_markers(t["term_markers"]),
        "terms_over_time": lambda c, t: F.terms_over_time(t["terms_over_time"]),
        "casualties_by_source": lambda c, t: F.figures_by_source(t["casualties_by_source"]),
        "casualty_hedges": lambda c, t: F.hedge_counts(t["casualty_hedges"]),
        "casualty_agency": lambda c, t: F.agency_breakdown(t["casualty_agency"]),
        "casualty_timeline": lambda c, t: F.casualty_timeline(t["casualty_timeline"]),
    }


@dataclass
class Report:
    """What :func:`build_report` wrote."""

    path: Path
    version: str
    figures: list[Path] = field(default_factory=list)
    tables: list[Path] = field(default_factory=list)
    notebooks: list[Path] = field(default_factory=list)
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
) -> Report:
    """Write the full report for one corpus version to ``out/<version>/``.

    Args:
        corpus_dir: The corpus folder.
        version: A release; ``None`` means the latest release (or the
            working tree, reported as ``working``, before the first release).
        out: Parent folder of the report folders.
        notebooks: Execute ``notebooks/*.ipynb`` on this corpus version and
            export them as HTML.
        progress: Show a progress bar while annotating.
        cache: Use the Parquet table cache (see :mod:`analysis.tables`).
        formats: Figure formats besides each other (``png``, ``svg``, ``pdf``).
        date: Date stated in ``methods.md`` (default: today).
        jobs: Notebooks executed at once.

    Returns:
        A :class:`Report` listing the files.

    Raises:
        AnalysisError: Unknown corpus or version, or a notebook that fails
            (the rest of the report is still written, the failing notebook's
            HTML shows the traceback).

    Example:
        >>> r = build_report("corpus", out="/tmp/reports", notebooks=False)  # doctest: +SKIP
        >>> sorted(p.name for p in r.path.iterdir())  # doctest: +SKIP
        ['CITATION.cff', 'citation.bib', 'figures', 'methods.md', 'tables']
    """
    from analysis.corpus import CorpusStore
    from analysis.report import figures as F
    from analysis.report import methods
    from analysis.report import notebooks as nbrun
    from analysis.report.tables import write_table
    from analysis.tables import corpus_tables

    started = time.monotonic()
    corpus_dir = Path(corpus_dir)
    corpus = CorpusStore(corpus_dir)
    if not corpus.exists():
        raise AnalysisError(f"no corpus at {corpus_dir} (expected metadata.csv there)")
    if version is not None and version != "working":
        corpus.manifest(version)  # friendly error for an unknown version
    tables = corpus_tables(corpus_dir, version, progress=progress, cache=cache)
    version = tables.versions["corpus"]
    manifests = [corpus.manifest(v) for v in corpus.versions()]
    ctx = Context(tables, manifests)

    out = Path(out)
    final = out / version
    work = out / f".{version}.tmp{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    report = Report(final, version)
    try:
        frames = {name: build(ctx) for name, (_, build) in TABLES.items()}
        for name, (caption, _) in TABLES.items():
            report.tables += write_table(frames[name], work / "tables" / name,
                                         caption=f"{caption} (corpus version {version})")
        for name, draw in _figures().items():
            report.figures += F.save(draw(ctx, frames), work / "figures" / name, formats=formats)

        info = methods.provenance(tables.versions, date=date, counts={
            k: len(tables.frame(k)) for k in ("documents", "terms", "actors", "quotes", "casualties")})
        cites = methods.corpus_citations(corpus_dir, version)
        command = f"python -m analysis report --corpus {corpus_dir} --version {version}"
        (work / "methods.md").write_text(
            methods.methods_markdown(info, citation=cites and cites["apa"], command=command),
            encoding="utf-8")
        if cites:
            (work / "CITATION.cff").write_text(cites["cff"], encoding="utf-8")
            (work / "citation.bib").write_text(cites["bibtex"], encoding="utf-8")

        failures = []
        if notebooks:
            paths = nbrun.notebook_paths()
            params = {"corpus_dir": str(corpus_dir.resolve()),
                      "corpus_version": None if version == "working" else version}
            (work / "notebooks").mkdir()
            for run in nbrun.execute(paths, params, jobs=jobs):
                html = work / "notebooks" / f"{run.path.stem}.html"
                html.write_text(nbrun.to_html(run.notebook), encoding="utf-8")
                report.notebooks.append(html)
                if run.error:
                    failures.append(f"{run.path.name}: {run.error}")
        _swap(work, final)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    rel = lambda paths: [final / p.relative_to(work) for p in paths]  # noqa: E731
    report.figures, report.tables, report.notebooks = (
        rel(report.figures), rel(report.tables), rel(report.notebooks))
    report.seconds = time.monotonic() - started
    if failures:
        raise AnalysisError(f"report written to {final}, but notebook(s) failed: " + "; ".join(failures))
    return report


def _swap(work: Path, final: Path) -> None:
    """Replace ``final`` by ``work`` with one rename (the old report is removed after)."""
    old = None
    if final.exists():
        old = final.with_name(f".{final.name}.old{os.getpid()}")
        os.replace(final, old)
    os.replace(work, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
