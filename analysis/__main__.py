"""Command-line entry point: ``python -m analysis COMMAND ...``.

The CLI is a thin layer: each stage's ``cli.register`` adds its commands, and
every user-facing failure becomes one ``error: ...`` line and exit status 1.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import warnings

from analysis import __version__
from analysis.errors import AnalysisError

# Order here is the order of the pipeline, and of the --help listing.
COMMAND_MODULES = [
    "analysis.corpus.cli",
    "analysis.lexicon.cli",
    "analysis.annotate_cli",
    "analysis.framing.cli",
    "analysis.framing.discover_cli",
    "analysis.casualties.cli",
    "analysis.reuse.cli",
    "analysis.report.cli",
    "analysis.coding.cli",
    "analysis.discovery.cli",
]


def build_parser() -> argparse.ArgumentParser:
    """Build the top-level parser with every stage's commands."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Arabic conflict-news corpus and analysis toolkit.",
        epilog=(
            "Examples:\n"
            "  python -m analysis corpus list\n"
            "  python -m analysis kwic labels/separatist --window 5\n"
            "  python -m analysis terms --lexicon my.yml --version working --outlet X\n"
            "  python -m analysis annotate --text-file article.txt --format json\n"
            "  python -m analysis report --corpus corpus\n"
            "Corpus-wide commands read --version (default: the latest release; 'working' for the\n"
            "working tree) and share --lexicon, --actors, --cues, --backend and the filters\n"
            "--doc, --outlet, --since, --until.\n"
            "Run 'python -m analysis COMMAND --help' for a command's options and examples."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0 if args.command is None else 2
    try:
        with warnings.catch_warnings():
            # A warning the package raises (e.g. a page's dates disagree) is one line, like errors.
            warnings.simplefilter("always", UserWarning)
            warnings.showwarning = _show_warning
            status = args.func(args)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return int(status or 0)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    print(f"warning: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
