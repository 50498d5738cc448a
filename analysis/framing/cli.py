"""Commands of the framing stage: ``actors``, ``quotes``, ``terms`` and ``actor-registry``."""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from analysis.cli import add_command, add_corpus_arg, add_format_args, read_text_arg, write_frame
from analysis.errors import AnalysisError

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


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``actors``, ``quotes``, ``terms`` and ``actor-registry``."""
    for name, (summary, description) in _ROWS.items():
        p = add_command(
            subparsers, name, help=summary, description=description,
            examples=[
                f"python -m analysis {name} --corpus corpus --format csv --out {name}.csv",
                f"python -m analysis {name} --doc 000_e3af78f8bd1dea90 --format json",
                f"python -m analysis {name} --text-file article.txt --format json",
                f"python -m analysis {name} --corpus corpus --format parquet --out {name}.parquet",
            ],
            func=_rows,
        )
        p.set_defaults(kind=name)
        source = p.add_mutually_exclusive_group()
        source.add_argument("--doc", metavar="ID", help="only this document of the corpus")
        source.add_argument("--text-file", type=Path, metavar="FILE",
                            help="analyze one UTF-8 text file instead of a corpus")
        add_corpus_arg(p)
        p.add_argument("--release", default=None, metavar="VERSION",
                       help="corpus release (default: the latest, else the working tree)")
        p.add_argument("--actors-file", type=Path, default=None, metavar="FILE",
                       help="actor registry YAML (default: the shipped one)")
        add_format_args(p)

    p = add_command(
        subparsers, "actor-registry",
        help="list (and validate) the actor registry",
        examples=[
            "python -m analysis actor-registry",
            "python -m analysis actor-registry --actors-file my_actors.yml --format json",
        ],
        func=_registry,
    )
    p.add_argument("--actors-file", type=Path, default=None, metavar="FILE")
    add_format_args(p)


def _rows(args: argparse.Namespace) -> int:
    if args.text_file is not None:
        df = text_rows(read_text_arg(args.text_file), args.kind, actors_path=args.actors_file,
                       doc_id=args.text_file.stem)
    else:
        from analysis.tables import corpus_tables

        if not Path(args.corpus).is_dir():
            raise AnalysisError(f"no corpus folder at {args.corpus} (use --corpus DIR or --text-file FILE)")
        tables = corpus_tables(args.corpus, args.release, actors_path=args.actors_file, progress=False)
        if args.doc is not None:
            if args.doc not in set(tables.documents["doc_id"]):
                raise AnalysisError(f"no document {args.doc!r} in {args.corpus}")
            tables = tables.for_doc(args.doc)
        df = tables.frame(args.kind)
    write_frame(df, args.format, args.out)
    return 0


def text_rows(text: str, kind: str, *, actors_path: Path | None = None, doc_id: str = "") -> pd.DataFrame:
    """Rows of one kind (``actors``, ``quotes``, ``terms``) for a single text.

    The text goes through :func:`analysis.annotate.annotate` and the rows
    through the corpus tables' flattening, so columns are exactly those of
    :mod:`analysis.tables`.

    Example:
        >>> text_rows("وقال بوتين إن الهدنة صامدة.", "quotes", doc_id="x")[["doc_id", "speaker", "kind"]].to_dict("records")  # synthetic
        [{'doc_id': 'x', 'speaker': 'putin', 'kind': 'indirect'}]
    """
    from analysis.annotate import Pipeline, annotate
    from analysis.tables import annotation_rows, item_frame

    pipeline = Pipeline.load(actors_path=actors_path)
    return item_frame(kind, annotation_rows(annotate(text, doc_id=doc_id, pipeline=pipeline))[kind])


def _registry(args: argparse.Namespace) -> int:
    from analysis.framing.registry import load_registry

    reg = load_registry(args.actors_file)
    df = pd.DataFrame([{
        "registry": reg.tag, "id": a.id, "type": a.type, "name_ar": a.name_ar, "name_en": a.name_en,
        "parent": a.parent, "role": a.role, "aliases": "|".join(a.names + a.nisba + a.nisba_forms),
    } for a in reg.actors])
    write_frame(df, args.format, args.out)
    return 0


__all__ = ["register", "text_rows"]
