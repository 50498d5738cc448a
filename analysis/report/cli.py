"""``python -m analysis report``: write the report folder for a corpus version."""

from __future__ import annotations

import argparse
from pathlib import Path

from analysis.cli import add_command, add_corpus_arg, add_pipeline_args, pipeline_options
from analysis.paths import DEFAULT_REPORTS


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``report`` command."""
    p = add_command(
        subparsers, "report", func=_report,
        help="figures, LaTeX/CSV tables, executed notebooks and methods.md for a corpus version",
        description=(
            "Write reports/<corpus-version>/: figures (PNG and SVG), tables (CSV and LaTeX), "
            "the notebooks in notebooks/ executed on this corpus version (HTML), methods.md "
            "(versions, manifest sha256, git commit: a paste-ready methods paragraph) and the "
            "corpus citation (CITATION.cff, citation.bib). Tables are byte-identical when re-run "
            "on the same inputs. An existing report for the version is replaced; any other folder "
            "there (one without the .analysis-report.json marker) is refused, and so is an --out "
            "inside a corpus folder."
        ),
        examples=[
            "python -m analysis report --corpus corpus",
            "python -m analysis report --corpus /tmp/snn/corpus --version 0.1.0 --out /tmp/reports",
            "python -m analysis report --corpus corpus --no-notebooks --formats png pdf",
            "python -m analysis report --corpus corpus --gold rana",
            "python -m analysis report --corpus corpus --version working --lexicon my_terms.yml "
            "--actors my_actors.yml",
        ],
    )
    add_corpus_arg(p)
    add_pipeline_args(p)
    p.add_argument("--out", type=Path, default=DEFAULT_REPORTS, metavar="DIR",
                   help=f"parent folder of the report (default: ./{DEFAULT_REPORTS})")
    p.add_argument("--no-notebooks", action="store_true", help="skip executing notebooks/*.ipynb")
    p.add_argument("--formats", nargs="+", choices=("png", "svg", "pdf"), default=["png", "svg"],
                   help="figure formats (default: png svg)")
    p.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="notebooks executed at once (default: up to 4)")
    p.add_argument("--gold", default="gold", metavar="CODER",
                   help="reference coder the validation notebook compares the automatic coding with "
                        "(default: gold)")
    p.add_argument("--no-cache", action="store_true", help="re-annotate instead of reading the table cache")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")


def _report(args: argparse.Namespace) -> int:
    from analysis.report.build import build_report

    r = build_report(args.corpus, args.version, args.out, notebooks=not args.no_notebooks,
                     progress=not args.no_progress, cache=not args.no_cache,
                     formats=tuple(args.formats), jobs=args.jobs, gold=args.gold,
                     **pipeline_options(args))
    n_fig = len({p.stem for p in r.figures})
    n_tab = len({p.stem for p in r.tables})
    print(f"wrote {r.path}: {n_fig} figures, {n_tab} tables, {len(r.notebooks)} notebooks, "
          f"methods.md ({r.seconds:.1f} s)")
    return 0
