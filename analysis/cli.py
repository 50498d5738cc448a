"""Shared helpers for the thin command-line layer.

Each stage has a ``cli.py`` with ``register(subparsers)``; it only parses
arguments, calls the library and formats output. :func:`add_command` makes
sure every command's ``--help`` ends with a runnable example.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable

import pandas as pd

from analysis.paths import DEFAULT_CORPUS

from analysis.exports import FORMATS


def add_command(
    subparsers: argparse._SubParsersAction,
    name: str,
    *,
    help: str,
    examples: list[str],
    func: Callable[[argparse.Namespace], int | None] | None = None,
    description: str | None = None,
) -> argparse.ArgumentParser:
    """Add a sub-command whose ``--help`` ends with examples.

    Args:
        subparsers: The parent's ``add_subparsers()`` result.
        name: Command name as typed by the user.
        help: One-line summary shown in the parent's command list.
        examples: Full command lines, shown under "Examples:".
        func: Called with the parsed namespace; returns an exit status.
        description: Longer text for the command's own ``--help``.

    Returns:
        The new parser, for adding arguments.
    """
    epilog = "Examples:\n" + "\n".join(f"  {e}" for e in examples)
    parser = subparsers.add_parser(
        name,
        help=f"{help} (e.g. {examples[0]})",
        description=description or help,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    if func is not None:
        parser.set_defaults(func=func)
    return parser


def add_corpus_arg(parser: argparse.ArgumentParser) -> None:
    """Add the common ``--corpus DIR`` option (default ``./corpus``)."""
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, metavar="DIR",
        help="corpus directory (default: ./corpus)",
    )


def add_format_args(parser: argparse.ArgumentParser, *, formats: tuple[str, ...] = FORMATS) -> None:
    """Add ``--format``, ``--out FILE`` and ``--force`` (every command that writes a table)."""
    parser.add_argument("--format", choices=formats, default="csv",
                        help="csv (default; a FILE.meta.json sidecar carries versions and schema), "
                             "json ({versions, schema, rows}) or parquet (versions in its metadata)")
    parser.add_argument(
        "--out", type=Path, default=None, metavar="FILE",
        help="write here instead of standard output (required for parquet); never inside a corpus folder",
    )
    add_force_arg(parser)


def add_force_arg(parser: argparse.ArgumentParser) -> None:
    """Add ``--force``: replace an existing output file (never corpus data)."""
    parser.add_argument("--force", action="store_true", help="replace output files that exist")


def write_frame(df: pd.DataFrame, fmt: str, out: Path | None, *, versions: dict | None = None,
                kind: str | None = None, force: bool = False) -> None:
    """Write a table as CSV, JSON or Parquet with its versions (see :mod:`analysis.exports`).

    Args:
        df: The table.
        fmt: ``csv``, ``json`` or ``parquet``.
        out: File to write, or ``None`` for standard output.
        versions: Provenance carried by the export (sidecar, JSON object, Parquet metadata).
        kind: The table's schema name in :mod:`analysis.schemas`, attached to the export.
        force: Replace an existing file.
    """
    from analysis.exports import write_table

    schema = None
    if kind is not None:
        from analysis import schemas

        schema = schemas.load(kind)
    write_table(df, fmt, out, versions=versions, schema=schema, force=force)


# -- the shared corpus options -------------------------------------------------

VERSION_HELP = (
    "corpus version: a release such as 0.1.0, 'latest' (default: the newest release; the working "
    "tree before the first release) or 'working' (the working tree, documents added since the last "
    "release included)"
)


def add_lexicon_args(parser: argparse.ArgumentParser) -> None:
    """Add ``--lexicon FILE`` (repeatable) and ``--with-shipped``."""
    parser.add_argument("--lexicon", action="append", type=Path, default=None, metavar="FILE",
                        help="lexicon YAML file or folder to use instead of the shipped lexicons (repeatable)")
    parser.add_argument("--with-shipped", action="store_true",
                        help="use the --lexicon files in addition to the shipped lexicons")


def add_pipeline_args(parser: argparse.ArgumentParser, *, version: bool = True) -> None:
    """Add the pipeline options every corpus-wide command shares.

    ``--version`` (unless ``version=False``), ``--lexicon`` (repeatable),
    ``--with-shipped``, ``--actors``, ``--cues`` and ``--backend``, and with
    ``--version`` the run options of :func:`add_run_args`; read them back
    with :func:`pipeline_options`.
    """
    if version:
        parser.add_argument("--version", default="latest", metavar="VERSION", help=VERSION_HELP)
        add_run_args(parser)
    add_lexicon_args(parser)
    parser.add_argument("--actors", type=Path, default=None, metavar="FILE",
                        help="actor registry YAML to use instead of the shipped one")
    parser.add_argument("--cues", type=Path, default=None, metavar="FILE",
                        help="reporting-cue YAML to use instead of the shipped one")
    parser.add_argument("--backend", default="auto", metavar="NAME",
                        help="morphology backend: auto (default: calima when installed, else rules), "
                             "rules, calima, or a camel-tools DB path")


def add_run_args(parser: argparse.ArgumentParser) -> None:
    """Add where corpus-wide annotation runs: ``--engine``, ``--scheduler``, ``--workers``."""
    parser.add_argument("--engine", choices=("local", "dask"), default=None,
                        help="annotate on this machine (local, the default) or on Dask (dask)")
    parser.add_argument("--scheduler", default=None, metavar="ADDRESS",
                        help="Dask scheduler address (tcp://HOST:8786); without it --engine dask "
                             "starts a local cluster of --workers processes")
    parser.add_argument("--workers", type=int, default=None, metavar="N",
                        help="annotation processes (default: the number of CPUs); output does not depend on it")


def add_filter_args(parser: argparse.ArgumentParser) -> None:
    """Add the document filters: ``--doc ID`` (repeatable), ``--outlet``, ``--since``, ``--until``."""
    parser.add_argument("--doc", action="append", default=None, metavar="ID",
                        help="only this document (repeatable)")
    parser.add_argument("--outlet", default=None, metavar="NAME",
                        help="only documents of this outlet (exactly as in metadata.csv)")
    parser.add_argument("--since", default=None, metavar="DATE",
                        help="only documents published on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)")
    parser.add_argument("--until", default=None, metavar="DATE",
                        help="only documents published on or before DATE (YYYY-MM-DD, YYYY-MM or YYYY)")


def lexicon_paths(args: argparse.Namespace) -> list[Path] | None:
    """The lexicon files ``--lexicon``/``--with-shipped`` name (``None``: the shipped ones)."""
    from analysis.paths import LEXICON_DIR

    if not args.lexicon:
        return None
    return [LEXICON_DIR, *args.lexicon] if args.with_shipped else list(args.lexicon)


def pipeline_options(args: argparse.Namespace) -> dict:
    """``lexicons``, ``actors``, ``cues``, ``backend`` (and ``engine``, ``scheduler``,
    ``workers`` when the command has them) for :meth:`analysis.Corpus.tables`."""
    options = {"lexicons": lexicon_paths(args), "actors": args.actors, "cues": args.cues,
               "backend": args.backend}
    for name in ("engine", "scheduler", "workers"):
        if getattr(args, name, None) is not None:
            options[name] = getattr(args, name)
    return options


def filter_options(args: argparse.Namespace) -> dict:
    """``doc``, ``outlet``, ``since``, ``until`` for :meth:`analysis.Corpus.tables`."""
    return {"doc": args.doc, "outlet": args.outlet, "since": args.since, "until": args.until}


def pipeline_from_args(args: argparse.Namespace):
    """The :class:`analysis.annotate.Pipeline` the pipeline options load."""
    from analysis.annotate import Pipeline

    options = pipeline_options(args)
    return Pipeline.load(lexicon_paths=options["lexicons"], actors_path=options["actors"],
                         cues_path=options["cues"], backend=options["backend"])


def open_corpus(args: argparse.Namespace):
    """The :class:`analysis.Corpus` at ``--corpus``."""
    from analysis.api import Corpus

    return Corpus(args.corpus)


def note_if_nothing_selected(corpus, args: argparse.Namespace, n_documents: int) -> None:
    """On stderr, say so when the filters leave no document (and which outlets there are)."""
    if n_documents or not any(getattr(args, n, None) for n in ("outlet", "since", "until")):
        return
    outlets = sorted(set(corpus.metadata(args.version)["outlet"]) - {""})
    print(f"note: no document of version {corpus.version(args.version)} passes the filters "
          f"(outlets: {', '.join(outlets) or 'none recorded'})", file=sys.stderr)


def refuse_with_text_file(args: argparse.Namespace) -> None:
    """Error when corpus-only options come with ``--text-file``."""
    from analysis.errors import AnalysisError

    given = [f"--{name}" for name in ("doc", "outlet", "since", "until")
             if getattr(args, name, None)]
    if getattr(args, "version", "latest") != "latest":
        given.append("--version")
    if given:
        raise AnalysisError(f"{', '.join(given)} select corpus documents; they cannot be used with --text-file")


def read_text_arg(path: Path) -> str:
    """Read a UTF-8 text file named on the command line, with a clear error."""
    from analysis.errors import AnalysisError

    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AnalysisError(f"no such file: {path}") from None
    except UnicodeDecodeError as exc:
        raise AnalysisError(f"{path} is not valid UTF-8 ({exc.reason} at byte {exc.start})") from None


__all__ = ["add_command", "add_corpus_arg", "add_format_args", "add_force_arg", "write_frame", "read_text_arg",
           "add_pipeline_args", "add_run_args", "add_lexicon_args", "add_filter_args", "pipeline_options", "filter_options",
           "lexicon_paths", "pipeline_from_args", "open_corpus", "refuse_with_text_file", "note_if_nothing_selected", "VERSION_HELP"]
