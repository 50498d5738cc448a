"""``python -m analysis reuse``: near-duplicate copies across outlets and their framing edits.

A thin layer over :meth:`analysis.Corpus.reuse`: the reuse table (one row per
verified pair) goes to ``--out`` (or standard output), the framing-edit table
to ``--edits`` and the cluster table to ``--clusters``, all through
:func:`analysis.cli.write_frame` (so through :mod:`analysis.outputs`), each
carrying the versions and the reuse parameters.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from analysis.cli import add_command, add_corpus_arg, add_format_args, add_pipeline_args, open_corpus, \
    pipeline_options, write_frame
from analysis.errors import AnalysisError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``reuse`` command."""
    parser = add_command(
        subparsers,
        "reuse",
        help="find wire copies and near-duplicates across outlets, and the framing edits between copies",
        description=(
            "Cluster near-duplicate documents of --version (MinHash LSH over word shingles of the\n"
            "normalized text, verified by exact Jaccard) and write the reuse table: doc_a, doc_b,\n"
            "jaccard, containment (share of doc_a inside doc_b), containment_b_in_a, cluster,\n"
            "n_changed_tokens. --edits also annotates the clustered documents (only those) and\n"
            "writes one row per annotation that differs between two aligned copies; --clusters\n"
            "writes each clustered document with its inferred origin (earliest published; ties\n"
            "by outlet name). --engine dask computes the MinHash signatures on Dask; the\n"
            "clustered documents are annotated in local processes."
        ),
        examples=[
            "python -m analysis reuse --version 0.1.0 --format csv --out reuse.csv --edits edits.csv",
            "python -m analysis reuse --threshold 0.7 --shingle 4 --num-perm 256 --format parquet "
            "--out reuse.parquet --clusters clusters.parquet",
        ],
        func=run,
    )
    add_corpus_arg(parser)
    add_pipeline_args(parser)
    parser.add_argument("--threshold", type=float, default=0.5, metavar="J",
                        help="Jaccard similarity on shingles a pair must reach (default: 0.5)")
    parser.add_argument("--shingle", type=int, default=5, metavar="K", help="words per shingle (default: 5)")
    parser.add_argument("--num-perm", type=int, default=128, metavar="N",
                        help="MinHash permutations (default: 128)")
    parser.add_argument("--edits", type=Path, default=None, metavar="FILE",
                        help="also write the framing-edit table here (same --format)")
    parser.add_argument("--clusters", type=Path, default=None, metavar="FILE",
                        help="also write the cluster table here (same --format)")
    add_format_args(parser)


def run(args: argparse.Namespace) -> int:
    if args.format == "parquet" and (args.edits or args.clusters) and args.out is None:
        raise AnalysisError("--format parquet needs --out FILE")
    outputs = [p for p in (args.out, args.edits, args.clusters) if p is not None]
    if len({p.resolve() for p in outputs}) < len(outputs):
        raise AnalysisError("--out, --edits and --clusters must be different files")
    options = pipeline_options(args)
    result = open_corpus(args).reuse(
        args.version, threshold=args.threshold, shingle=args.shingle, num_perm=args.num_perm,
        edits=args.edits is not None, lexicons=options["lexicons"], actors=options["actors"],
        cues=options["cues"], backend=options["backend"], workers=options.get("workers"),
        engine=options.get("engine"), scheduler=options.get("scheduler"))
    if args.edits is not None:
        write_frame(result.edits, args.format, args.edits, versions=result.versions, kind="reuse_edits",
                    force=args.force)
    if args.clusters is not None:
        write_frame(result.clusters, args.format, args.clusters, versions=result.versions, kind="reuse_clusters",
                    force=args.force)
    write_frame(result.pairs, args.format, args.out, versions=result.versions, kind="reuse_pairs", force=args.force)
    return 0


__all__ = ["register", "run"]
