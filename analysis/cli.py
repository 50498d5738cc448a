"""Shared helpers for the thin command-line layer.

Each stage has a ``cli.py`` with ``register(subparsers)``; it only parses
arguments, calls the library and formats output. :func:`add_command` makes
sure every command's ``--help`` ends with a runnable example.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable

import pandas as pd

from analysis.paths import DEFAULT_CORPUS

FORMATS = ("csv", "json", "parquet")


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


def add_format_args(parser: argparse.ArgumentParser) -> None:
    """Add ``--format csv|json|parquet`` and ``--out FILE`` options."""
    parser.add_argument("--format", choices=FORMATS, default="csv")
    parser.add_argument(
        "--out", type=Path, default=None, metavar="FILE",
        help="write here instead of standard output (required for parquet)",
    )


def write_frame(df: pd.DataFrame, fmt: str, out: Path | None) -> None:
    """Write a DataFrame as CSV, JSON records or Parquet.

    JSON is written as a list of records with non-ASCII text kept readable.
    Parquet is binary and therefore needs ``out``.
    """
    from analysis.errors import AnalysisError

    if fmt == "parquet":
        if out is None:
            raise AnalysisError("--format parquet needs --out FILE")
        df.to_parquet(out, index=False)
        return
    if fmt == "csv":
        text = df.to_csv(index=False, lineterminator="\n")
    else:
        text = json.dumps(
            json.loads(df.to_json(orient="records", force_ascii=False)),
            ensure_ascii=False, indent=1,
        ) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")


def read_text_arg(path: Path) -> str:
    """Read a UTF-8 text file named on the command line, with a clear error."""
    from analysis.errors import AnalysisError

    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AnalysisError(f"no such file: {path}") from None
    except UnicodeDecodeError as exc:
        raise AnalysisError(f"{path} is not valid UTF-8 ({exc.reason} at byte {exc.start})") from None


__all__ = ["add_command", "add_corpus_arg", "add_format_args", "write_frame", "read_text_arg"]
