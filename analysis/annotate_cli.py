"""``python -m analysis annotate``: annotate any text, in the corpus or not."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from analysis.cli import add_command, add_pipeline_args, pipeline_from_args, read_text_arg


def _run(args: argparse.Namespace) -> int:
    from analysis.annotate import annotate

    text = read_text_arg(args.text_file)
    doc_id = args.doc_id if args.doc_id is not None else args.text_file.stem
    result = annotate(text, doc_id=doc_id, pipeline=pipeline_from_args(args)).to_dict()
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1 if args.format == "json" else None)
    sys.stdout.write("\n")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers, "annotate",
        help="annotate a text file (terms, actors, quotes, casualties) as JSON",
        description=(
            "Annotate a UTF-8 text that need not be in the corpus. Prints one JSON object:\n"
            '{"versions": {...}, "tokens": N, "sentences": [...], "terms": [...],\n'
            ' "actors": [...], "quotes": [...], "casualties": [...]}.\n'
            "Every item has start/end character offsets into the file's text."
        ),
        examples=[
            "python -m analysis annotate --text-file article.txt --format json",
            "python -m analysis annotate --text-file article.txt --lexicon my_terms.yml --backend rules",
        ],
        func=_run,
    )
    parser.add_argument("--text-file", type=Path, required=True, metavar="F", help="UTF-8 text file")
    parser.add_argument("--doc-id", default=None, help="doc_id for the records (default: file stem)")
    parser.add_argument(
        "--format", choices=("json", "jsonl"), default="json",
        help="json: indented; jsonl: one line",
    )
    add_pipeline_args(parser, version=False)
