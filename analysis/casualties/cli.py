"""``python -m analysis casualties``: casualty claims of a corpus as a table."""

from __future__ import annotations

import argparse

from analysis.cli import add_command, add_corpus_arg, add_format_args, write_frame


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``casualties`` command."""
    parser = add_command(
        subparsers,
        "casualties",
        help="extract casualty figures (one row per figure)",
        description=(
            "Extract every casualty figure: category, value, hedge, victim group, "
            "parent figure, source, perpetrator, cause. Columns: see "
            "analysis.casualties.frame.claims_frame."
        ),
        examples=[
            "python -m analysis casualties --format csv",
            "python -m analysis casualties --doc 000_e3af78f8bd1dea90 --format json",
            "python -m analysis casualties --corpus corpus --format parquet --out claims.parquet",
            "python -m analysis casualties --text-file article.txt --format json",
        ],
        func=run,
    )
    add_corpus_arg(parser)
    parser.add_argument("--doc", action="append", metavar="ID",
                        help="only this document (repeatable)")
    parser.add_argument("--version", default=None, metavar="X.Y.Z",
                        help="read a corpus release instead of the working tree")
    parser.add_argument("--text-file", default=None, metavar="FILE",
                        help="read one UTF-8 text file instead of a corpus")
    add_format_args(parser)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path
    from types import SimpleNamespace

    from analysis.casualties.frame import claims_frame
    from analysis.cli import read_text_arg
    from analysis.errors import AnalysisError

    if args.text_file:
        path = Path(args.text_file)
        docs = [SimpleNamespace(doc_id=path.stem, text=read_text_arg(path))]
    else:
        from analysis.corpus.store import load_corpus

        if not Path(args.corpus).is_dir():
            raise AnalysisError(f"no corpus directory: {args.corpus}")
        docs = load_corpus(args.corpus, args.version)
        if args.doc:
            wanted = set(args.doc)
            docs = [d for d in docs if d.doc_id in wanted]
            missing = wanted - {d.doc_id for d in docs}
            if missing:
                raise AnalysisError(f"no such document: {', '.join(sorted(missing))}")
    write_frame(claims_frame(docs), args.format, args.out)
    return 0


__all__ = ["register", "run"]
