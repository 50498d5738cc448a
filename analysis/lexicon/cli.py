"""Commands of the lexicon stage: ``kwic`` and ``lexicons``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from analysis.cli import add_command, add_corpus_arg, write_frame
from analysis.errors import AnalysisError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``kwic`` and ``lexicons`` commands."""
    p = add_command(
        subparsers, "kwic",
        help="keyword in context for a lexicon key or a word, clitic-aware",
        description=(
            "Show every match of PATTERN with its context. PATTERN is a lexicon key\n"
            "(labels/separatist), a key prefix (labels), or Arabic words or phrases\n"
            "separated by '|'; words are matched with their clitics (و، ف، ب، ل، ك،\n"
            "ال، لل; pronoun suffixes) but not inflected (a key brings all its forms)."
        ),
        examples=[
            "python -m analysis kwic labels/separatist --window 5",
            "python -m analysis kwic labels --format json --out labels_kwic.json",
            "python -m analysis kwic 'انفصاليين|انفصاليون' --corpus corpus",
            "python -m analysis kwic places/karabakh --lexicon my_places.yml",
        ],
        func=_kwic,
    )
    p.add_argument("pattern", metavar="PATTERN", help="lexicon key, key prefix, or word")
    p.add_argument("--window", type=int, default=5, metavar="N", help="tokens of context per side (default 5)")
    add_corpus_arg(p)
    p.add_argument("--release", default=None, metavar="VERSION",
                   help="read a corpus release instead of the working tree")
    _add_lexicon_args(p)
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.add_argument("--out", type=Path, default=None, metavar="FILE", help="write here instead of standard output")

    p = add_command(
        subparsers, "lexicons",
        help="list lexicons, their versions and keys (validates the files)",
        examples=[
            "python -m analysis lexicons",
            "python -m analysis lexicons --lexicon my_terms.yml --format json",
        ],
        func=_lexicons,
    )
    _add_lexicon_args(p)
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.add_argument("--out", type=Path, default=None, metavar="FILE")


def _add_lexicon_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lexicon", action="append", type=Path, default=None, metavar="FILE",
                   help="lexicon YAML file or folder (repeatable); default: the shipped lexicons")
    p.add_argument("--with-shipped", action="store_true",
                   help="use --lexicon files in addition to the shipped lexicons")
    p.add_argument("--backend", default="auto", metavar="NAME",
                   help="morphology backend: auto (default: calima when installed, else rules), "
                        "rules, calima, or a DB file path")


def _lexicons_from(args: argparse.Namespace):
    from analysis.lexicon.loader import load_lexicons

    if args.lexicon is None:
        return load_lexicons()
    extra = load_lexicons(args.lexicon)
    return (load_lexicons() + extra) if args.with_shipped else extra


def _kwic(args: argparse.Namespace) -> int:
    from analysis.corpus import CorpusStore
    from analysis.lexicon.kwic import kwic

    lexicons = _lexicons_from(args)
    if not Path(args.corpus).is_dir():
        raise AnalysisError(f"no corpus directory {args.corpus} (use --corpus DIR)")
    docs = CorpusStore(args.corpus).documents(args.release)
    df = kwic(docs, args.pattern, window=args.window, lexicons=lexicons, backend=args.backend)
    if df.empty and "/" not in args.pattern:
        # The commonest surprise: a word pattern is not inflected.
        print("no matches; a word is matched with its clitics but not inflected "
              "(إرهابي does not find الإرهابية): list forms with '|' or use a lexicon key "
              "such as labels/terrorist (see: python -m analysis lexicons)", file=sys.stderr)
    write_frame(df, args.format, args.out)
    return 0


def _lexicons(args: argparse.Namespace) -> int:
    rows = []
    for lex in _lexicons_from(args):
        for key in lex.keys:
            entries = [e for e in lex.entries if e.key == key]
            rows.append((lex.name, lex.version, key, len(entries),
                         sum(len(e.all_forms) for e in entries), str(lex.path)))
    df = pd.DataFrame(rows, columns=["lexicon", "version", "key", "lemmas", "forms", "path"])
    write_frame(df, args.format, args.out)
    return 0
