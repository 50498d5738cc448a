"""The ``speaker-candidates`` command: unresolved speakers of a corpus, in context, and a registry stub.

It reads the corpus quotes table (:meth:`analysis.Corpus.tables`), ranks the
speaker phrases the registry does not resolve (:mod:`analysis.framing.discover`),
shows each of the top ones in context with the package's one KWIC
(:func:`analysis.lexicon.kwic.kwic`), and with ``--stub FILE`` writes a YAML
fragment of candidate actors to edit (through :func:`analysis.outputs.write_text`:
never inside a corpus, and an existing file only with ``--force``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from analysis.cli import (add_command, add_corpus_arg, add_filter_args, add_format_args, add_pipeline_args,
                          filter_options, open_corpus, pipeline_options, write_frame)
from analysis.errors import AnalysisError

#: Columns of the listing: one row per KWIC line of each ranked phrase.
LISTING_COLUMNS = ["rank", "phrase", "quotes", "documents", "unnamed", "doc_id", "start", "end", "left", "match",
                   "right"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``speaker-candidates``."""
    p = add_command(
        subparsers, "speaker-candidates",
        help="speakers the actor registry does not resolve, by frequency, in context",
        description=(
            "List the speaker phrases of reported statements that the actor registry cannot\n"
            "resolve (speaker empty, speaker_text set), most frequent first, each with a few\n"
            "lines of keyword-in-context; --stub writes candidate actors as YAML to edit and\n"
            "merge into a registry. Unnamed sources (مصدر، مصادر محلية) are listed but never\n"
            "proposed as actors."
        ),
        examples=[
            "python -m analysis speaker-candidates --corpus corpus --top 30 --stub candidates.yml",
            "python -m analysis speaker-candidates --corpus corpus --outlet X --format json --out speakers.json",
            "python -m analysis speaker-candidates --corpus corpus --actors my_actors.yml --examples 5",
        ],
        func=run,
    )
    add_corpus_arg(p)
    add_pipeline_args(p)
    add_filter_args(p)
    add_format_args(p)
    p.add_argument("--top", type=int, default=20, metavar="N", help="list the N most frequent phrases (default 20)")
    p.add_argument("--examples", type=int, default=3, metavar="K",
                   help="keyword-in-context lines per phrase (default 3)")
    p.add_argument("--window", type=int, default=6, metavar="W", help="context words on each side (default 6)")
    p.add_argument("--min-count", type=int, default=1, metavar="M", help="only phrases with at least M statements")
    p.add_argument("--stub", type=Path, default=None, metavar="FILE",
                   help="also write candidate actors as a YAML registry fragment (never inside a corpus)")


def listing(phrases: pd.DataFrame, documents, *, top: int, examples: int, window: int) -> pd.DataFrame:
    """The top phrases with up to ``examples`` KWIC lines each (one row per line; a phrase never met keeps one row).

    Example:
        >>> from analysis.framing.discover import unresolved_speakers
        >>> q = pd.DataFrame({"doc_id": ["d"], "speaker": [None], "speaker_text": ["بلدية ستيباناكرت"]})
        >>> docs = [("d", "ودعت بلدية ستيباناكرت السكان إلى البقاء")]  # synthetic
        >>> listing(unresolved_speakers(q), docs, top=5, examples=2, window=1)[["phrase", "left", "right"]].values.tolist()
        [['بلدية ستيباناكرت', 'ودعت', 'السكان']]
    """
    from analysis.lexicon.kwic import kwic

    texts = {str(d[0]) if isinstance(d, tuple) else str(d.doc_id): (d[1] if isinstance(d, tuple) else d.text)
             for d in documents}
    rows = []
    for rank, row in enumerate(phrases.head(top).itertuples(index=False), 1):
        base = {"rank": rank, "phrase": row.phrase, "quotes": row.quotes, "documents": row.documents,
                "unnamed": row.unnamed}
        docs = [(d, texts[d]) for d in row.doc_ids if d in texts]
        lines = kwic(docs, row.phrase, window=window).head(examples) if docs else pd.DataFrame()
        if lines.empty:
            rows.append({**base, "doc_id": row.doc_ids[0], "start": None, "end": None, "left": "", "match": "",
                         "right": ""})
        for line in lines.itertuples(index=False):
            rows.append({**base, "doc_id": line.doc_id, "start": line.start, "end": line.end, "left": line.left,
                         "match": line.match, "right": line.right})
    return pd.DataFrame(rows, columns=LISTING_COLUMNS).astype({"start": "Int64", "end": "Int64"})


def run(args: argparse.Namespace) -> int:
    from analysis.framing.cues import load_cues
    from analysis.framing.discover import candidate_stub, unresolved_speakers
    from analysis.outputs import write_text

    for name in ("top", "examples", "min_count"):
        if getattr(args, name) < 1:
            raise AnalysisError(f"--{name.replace('_', '-')} must be 1 or more")
    corpus = open_corpus(args)
    tables = corpus.tables(args.version, **pipeline_options(args), **filter_options(args))
    phrases = unresolved_speakers(tables.frame("quotes"), cues=load_cues(args.cues), min_count=args.min_count)
    documents = corpus.documents(args.version, **filter_options(args))
    table = listing(phrases, documents, top=args.top, examples=args.examples, window=args.window)
    if args.stub is not None:
        source = f"corpus {args.corpus} version {tables.versions.get('corpus', args.version)}"
        write_text(args.stub, candidate_stub(phrases, source=source, limit=args.top), force=args.force,
                   what="candidate actors")
    write_frame(table, args.format, args.out, versions=tables.versions, kind="speaker_candidates", force=args.force)
    return 0


__all__ = ["register", "listing", "run", "LISTING_COLUMNS"]
