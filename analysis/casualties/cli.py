"""``python -m analysis casualties``: casualty claims of a corpus as a table.

A thin layer over :meth:`analysis.Corpus.tables`: the rows are exactly the
corpus tables' ``casualties`` table (one row per figure) for the same
version, options and filters.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from analysis.cli import (add_command, add_corpus_arg, add_filter_args, add_format_args, add_pipeline_args,
                          filter_options, note_if_nothing_selected, open_corpus, pipeline_from_args,
                          pipeline_options, read_text_arg, refuse_with_text_file, write_frame)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``casualties`` command."""
    parser = add_command(
        subparsers,
        "casualties",
        help="extract casualty figures (one row per figure)",
        description=(
            "Extract every casualty figure: category, value, hedge, victim group, parent\n"
            "figure, source, perpetrator, cause. Rows are the corpus tables' casualties\n"
            "table (analysis.Corpus.tables) of --version, the latest release by default;\n"
            "--version working includes unreleased documents. Columns: see\n"
            "analysis/schemas/casualties.json."
        ),
        examples=[
            "python -m analysis casualties --format csv",
            "python -m analysis casualties --doc 000_e3af78f8bd1dea90 --format json",
            "python -m analysis casualties --version working --since 2023-09 --outlet X",
            "python -m analysis casualties --corpus corpus --format parquet --out claims.parquet",
            "python -m analysis casualties --text-file article.txt --format json",
        ],
        func=run,
    )
    parser.add_argument("--text-file", type=Path, default=None, metavar="FILE",
                        help="read one UTF-8 text file instead of a corpus")
    add_corpus_arg(parser)
    add_pipeline_args(parser)
    add_filter_args(parser)
    add_format_args(parser)


def run(args: argparse.Namespace) -> int:
    if args.text_file is not None:
        from analysis.rows import text_rows

        refuse_with_text_file(args)
        pipeline = pipeline_from_args(args)
        df = text_rows(read_text_arg(args.text_file), "casualties", pipeline=pipeline,
                       doc_id=args.text_file.stem)
        versions = dict(pipeline.versions, text_file=str(args.text_file))
    else:
        corpus = open_corpus(args)
        tables = corpus.tables(args.version, **pipeline_options(args), **filter_options(args))
        df, versions = tables.casualties, tables.versions
        note_if_nothing_selected(corpus, args, len(tables.documents))
    write_frame(df, args.format, args.out, versions=versions, kind="casualties", force=args.force)
    return 0


__all__ = ["register", "run"]
