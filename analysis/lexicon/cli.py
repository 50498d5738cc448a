"""Commands of the lexicon stage: ``kwic`` and ``lexicons``.

``kwic`` is a thin layer over :meth:`analysis.Corpus.kwic` (the one KWIC,
:func:`analysis.lexicon.kwic.kwic`), with the shared pipeline options and
filters of :mod:`analysis.cli`.
"""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from analysis.cli import (add_command, add_corpus_arg, add_filter_args, add_format_args, add_lexicon_args,
                          add_pipeline_args, filter_options, lexicon_paths, open_corpus, write_frame)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``kwic`` and ``lexicons`` commands."""
    p = add_command(
        subparsers, "kwic",
        help="keyword in context for a lexicon key or a word, clitic-aware",
        description=(
            "Show every match of PATTERN with its context. PATTERN is a lexicon key\n"
            "(labels/separatist), a key prefix (labels), or Arabic words or phrases\n"
            "separated by '|'; words are matched with their clitics (و، ف، ب، ل، ك،\n"
            "ال، لل; pronoun suffixes) but not inflected (a key brings all its forms).\n"
            "Documents are those of --version (the latest release by default; --version\n"
            "working includes unreleased documents) that pass the filters."
        ),
        examples=[
            "python -m analysis kwic labels/separatist --window 5",
            "python -m analysis kwic labels --format json --out labels_kwic.json",
            "python -m analysis kwic 'انفصاليين|انفصاليون' --corpus corpus --version working",
            "python -m analysis kwic places/karabakh --lexicon my_places.yml --since 2023-09",
        ],
        func=_kwic,
    )
    p.add_argument("pattern", metavar="PATTERN", help="lexicon key, key prefix, or word")
    p.add_argument("--window", type=int, default=5, metavar="N", help="tokens of context per side (default 5)")
    add_corpus_arg(p)
    add_pipeline_args(p)
    add_filter_args(p)
    add_format_args(p)

    p = add_command(
        subparsers, "lexicons",
        help="list lexicons, their versions and keys (validates the files)",
        examples=[
            "python -m analysis lexicons",
            "python -m analysis lexicons --lexicon my_terms.yml --format json",
        ],
        func=_lexicons,
    )
    add_lexicon_args(p)
    add_format_args(p)


def _kwic(args: argparse.Namespace) -> int:
    df = open_corpus(args).kwic(args.pattern, version=args.version, window=args.window,
                                lexicons=lexicon_paths(args), backend=args.backend, **filter_options(args))
    if df.empty and "/" not in args.pattern:
        # The commonest surprise: a word pattern is not inflected.
        print("no matches; a word is matched with its clitics but not inflected "
              "(إرهابي does not find الإرهابية): list forms with '|' or use a lexicon key "
              "such as labels/terrorist (see: python -m analysis lexicons)", file=sys.stderr)
    write_frame(df, args.format, args.out, versions=df.attrs["versions"], kind="kwic", force=args.force)
    return 0


def _lexicons(args: argparse.Namespace) -> int:
    from analysis import __version__
    from analysis.corpus.ids import text_sha256
    from analysis.lexicon.loader import load_lexicons

    rows, versions = [], {}
    for lex in load_lexicons(lexicon_paths(args)):
        versions[lex.name] = {"version": lex.version, "sha256": text_sha256(lex.path.read_bytes())}
        for key in lex.keys:
            entries = [e for e in lex.entries if e.key == key]
            rows.append((lex.name, lex.version, key, len(entries),
                         sum(len(e.all_forms) for e in entries), str(lex.path)))
    df = pd.DataFrame(rows, columns=["lexicon", "version", "key", "lemmas", "forms", "path"])
    write_frame(df, args.format, args.out, versions={"package": __version__, "lexicons": versions},
                kind="lexicons", force=args.force)
    return 0
