"""Commands of the framing stage: ``actors``, ``quotes``, ``terms`` and ``actor-registry``.

``actors``, ``quotes`` and ``terms`` are thin layers over
:meth:`analysis.Corpus.tables`: the shared pipeline options and filters of
:mod:`analysis.cli`, one table out.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from analysis.rows import text_rows
from analysis.cli import (add_command, add_corpus_arg, add_filter_args, add_format_args, add_pipeline_args,
                          filter_options, note_if_nothing_selected, open_corpus, pipeline_from_args,
                          pipeline_options, read_text_arg, refuse_with_text_file, write_frame)

_ROWS = {
    "actors": ("actor mentions with their labels",
               "Noun phrases naming a party, resolved to actor ids of the registry, with the\n"
               "labels attached inside them (separatist, Armenian...)."),
    "quotes": ("reported statements: speaker, cue, kind (direct | indirect | according_to)",
               "One row per reported statement: the cue, the speaker (registry actor id or\n"
               "empty when none is identifiable), the kind and the content offsets."),
    "terms": ("loaded terms with their voice (own | reported), quotes and target",
              "Every loaded-term hit with voice, quoted, scare_quote, so_called,\n"
              "attributed_to (the speaker whose statement contains it) and target."),
}
_SOURCE = ("\n\nRows come from the corpus tables (analysis.Corpus.tables) of --version, the\n"
           "latest release by default; --version working includes unreleased documents.\n"
           "Columns: see analysis/schemas/{kind}.json.")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``actors``, ``quotes``, ``terms`` and ``actor-registry``."""
    for name, (summary, description) in _ROWS.items():
        p = add_command(
            subparsers, name, help=summary, description=description + _SOURCE.format(kind=name),
            examples=[
                f"python -m analysis {name} --corpus corpus --format csv --out {name}.csv",
                f"python -m analysis {name} --doc 000_e3af78f8bd1dea90 --format json",
                f"python -m analysis {name} --lexicon my.yml --version working --outlet X",
                f"python -m analysis {name} --text-file article.txt --format json",
                f"python -m analysis {name} --corpus corpus --format parquet --out {name}.parquet",
            ],
            func=_rows,
        )
        p.set_defaults(kind=name)
        p.add_argument("--text-file", type=Path, metavar="FILE",
                       help="analyze one UTF-8 text file instead of a corpus")
        add_corpus_arg(p)
        add_pipeline_args(p)
        add_filter_args(p)
        add_format_args(p)

    p = add_command(
        subparsers, "actor-registry",
        help="list (and validate) the actor registry",
        examples=[
            "python -m analysis actor-registry",
            "python -m analysis actor-registry --actors my_actors.yml --format json",
        ],
        func=_registry,
    )
    p.add_argument("--actors", type=Path, default=None, metavar="FILE",
                   help="actor registry YAML (default: the shipped one)")
    add_format_args(p)


def _rows(args: argparse.Namespace) -> int:
    if args.text_file is not None:
        refuse_with_text_file(args)
        pipeline = pipeline_from_args(args)
        df = text_rows(read_text_arg(args.text_file), args.kind, pipeline=pipeline, doc_id=args.text_file.stem)
        versions = dict(pipeline.versions, text_file=str(args.text_file))
    else:
        corpus = open_corpus(args)
        tables = corpus.tables(args.version, **pipeline_options(args), **filter_options(args))
        df, versions = tables.frame(args.kind), tables.versions
        note_if_nothing_selected(corpus, args, len(tables.documents))
    write_frame(df, args.format, args.out, versions=versions, kind=args.kind, force=args.force)
    return 0


def _registry(args: argparse.Namespace) -> int:
    from analysis import __version__
    from analysis.corpus.ids import text_sha256
    from analysis.framing.registry import load_registry

    reg = load_registry(args.actors)
    df = pd.DataFrame([{
        "registry": reg.tag, "id": a.id, "type": a.type, "name_ar": a.name_ar, "name_en": a.name_en,
        "parent": a.parent, "role": a.role, "aliases": "|".join(a.names + a.nisba + a.nisba_forms),
    } for a in reg.actors])
    versions = {"package": __version__, "actors": {
        "name": reg.name, "version": reg.version,
        "sha256": text_sha256(reg.path.read_bytes()) if reg.path else None}}
    write_frame(df, args.format, args.out, versions=versions, kind="actor_registry", force=args.force)
    return 0


__all__ = ["register", "text_rows"]
