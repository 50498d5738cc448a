"""``keyness``, ``collocations`` and ``show``: discovery beyond the lexicon, from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.cli import (
    add_command, add_corpus_arg, add_filter_args, add_force_arg, add_format_args, add_pipeline_args,
    filter_options, open_corpus, pipeline_options, write_frame,
)
from analysis.errors import AnalysisError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the discovery commands."""
    p = add_command(
        subparsers, "keyness", func=_keyness,
        help="words a group of documents uses more than the rest (chi2, Yates, G2, PMI)",
        description="Keyness of clitic-stripped, normalized words in a target group of documents "
                    "against a reference group (default: every other document), with quanteda's "
                    "columns (feature, statistic, p, n_target, n_reference) plus the most frequent "
                    "spelling and an example's doc_id/start/end.",
        examples=["python -m analysis keyness --target outlet=okaz --measure lr --top 20",
                  "python -m analysis keyness --target outlet=was --reference outlet=okaz --out was.csv",
                  "python -m analysis keyness --target-since 2015-08-01 --top 30 --candidates cand.yml"],
    )
    _corpus_options(p)
    p.add_argument("--target", action="append", default=None, metavar="COLUMN=VALUE",
                   help="target documents: a metadata column and value, e.g. outlet=okaz (repeatable)")
    p.add_argument("--reference", action="append", default=None, metavar="COLUMN=VALUE",
                   help="reference documents (default: every document not in the target)")
    p.add_argument("--target-since", default=None, metavar="DATE", help="target: published on or after DATE")
    p.add_argument("--target-until", default=None, metavar="DATE", help="target: published on or before DATE")
    p.add_argument("--measure", choices=("chi2", "chi2_yates", "lr", "pmi"), default="chi2",
                   help="chi2 (default, as quanteda), chi2_yates, lr (G2) or pmi")
    p.add_argument("--min-count", type=int, default=5, metavar="N", help="drop rarer words (default 5)")
    p.add_argument("--surface", action="store_true",
                   help="count surface tokens (normalized, clitics kept) instead of clitic-stripped words")
    _output_options(p)

    p = add_command(
        subparsers, "collocations", func=_collocations,
        help="words around an actor's mentions by outlet (PMI, logDice, G2), or multi-word expressions",
        description="With --actor: the words most associated with the actor's mentions within "
                    "--window tokens in the sentence, by outlet (mentions from the actors table). "
                    "Without: two-word collocations scored like quanteda's textstat_collocations.",
        examples=["python -m analysis collocations --actor azerbaijan --window 5 --top 20",
                  "python -m analysis collocations --min-count 10 --top 50 --candidates cand.yml"],
    )
    _corpus_options(p)
    p.add_argument("--actor", action="append", default=None, metavar="ID",
                   help="actor id from the registry (repeatable); without it, multi-word collocations")
    p.add_argument("--window", type=int, default=5, metavar="K", help="tokens on each side (default 5)")
    p.add_argument("--by", default="outlet", metavar="COLUMN",
                   help="group by this document column (default outlet; 'none' for one group)")
    p.add_argument("--min-count", type=int, default=3, metavar="N", help="minimum co-occurrences (default 3)")
    _output_options(p)

    p = add_command(
        subparsers, "show", func=_show,
        help="one original article with its annotations highlighted, as self-contained HTML",
        description="Renders one document right to left: loaded terms by family and voice, actor "
                    "mentions underlined with labels, statements with cue and speaker, casualty "
                    "figures boxed (hover for value, hedge, source). Offsets come from the tables.",
        examples=["python -m analysis show 000_e3af78f8bd1dea90 --out doc.html",
                  "python -m analysis show 000_e3af78f8bd1dea90 --version 0.1.0 --backend rules --out doc.html"],
    )
    p.add_argument("doc_id", metavar="DOC", help="the document id")
    add_corpus_arg(p)
    add_pipeline_args(p)
    p.add_argument("--out", type=Path, default=None, metavar="FILE",
                   help="write the page here (default: standard output); never inside a corpus folder")
    add_force_arg(p)


def _corpus_options(p: argparse.ArgumentParser) -> None:
    add_corpus_arg(p)
    add_pipeline_args(p)
    add_filter_args(p)
    p.add_argument("--keep-stopwords", action="store_true",
                   help="keep function words (analysis/discovery/data/stopwords_ar.yml)")


def _output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--top", type=int, default=50, metavar="N",
                   help="rows to keep (per outlet and actor for --actor); 0 keeps all (default 50)")
    p.add_argument("--candidates", type=Path, default=None, metavar="FILE",
                   help="also write the rows as a lexicon-candidate YAML stub to curate")
    add_format_args(p)


def _pairs(values: list[str] | None, what: str) -> dict[str, list[str]] | None:
    if not values:
        return None
    out: dict[str, list[str]] = {}
    for value in values:
        column, sep, wanted = value.partition("=")
        if not sep or not column or not wanted:
            raise AnalysisError(f"{what} {value!r} must be COLUMN=VALUE, e.g. outlet=okaz")
        out.setdefault(column, []).append(wanted)
    return out


def _dfm(args: argparse.Namespace, *, keep_tokens: bool, strip_clitics: bool = True):
    from analysis.discovery.run import corpus_dfm

    workers = getattr(args, "workers", None) or 1
    return corpus_dfm(open_corpus(args), args.version, backend=args.backend, strip_clitics=strip_clitics,
                      remove_stopwords=not args.keep_stopwords, keep_tokens=keep_tokens, workers=workers,
                      **filter_options(args))


def _finish(args: argparse.Namespace, table, source: str, *, kind: str) -> int:
    from analysis.discovery.candidates import write_candidates

    versions = table.attrs.get("versions", {})
    if args.candidates is not None:
        write_candidates(table, args.candidates, source=source, top=len(table) or 1, force=args.force)
    write_frame(table, args.format, args.out, versions=versions, kind=kind, force=args.force)
    return 0


def _keyness(args: argparse.Namespace) -> int:
    from analysis.discovery.keyness import group_mask, keyness
    from analysis.discovery.run import top_rows

    target = _pairs(args.target, "--target")
    if target is None and not (args.target_since or args.target_until):
        raise AnalysisError("give the target group: --target COLUMN=VALUE, --target-since or --target-until")
    dfm = _dfm(args, keep_tokens=False, strip_clitics=not args.surface)
    mask = group_mask(dfm.docvars, target, since=args.target_since, until=args.target_until)
    reference = _pairs(args.reference, "--reference")
    table = keyness(dfm, mask, reference=reference, measure=args.measure, min_count=args.min_count)
    table.attrs["versions"]["keyness"]["target"] = {"groups": target, "since": args.target_since,
                                                    "until": args.target_until}
    return _finish(args, top_rows(table, args.top), "python -m analysis keyness " + " ".join(sys.argv[2:]),
                   kind="keyness")


def _collocations(args: argparse.Namespace) -> int:
    from analysis.discovery.collocations import actor_collocations, collocations
    from analysis.discovery.run import top_rows

    dfm = _dfm(args, keep_tokens=True)
    source = "python -m analysis collocations " + " ".join(sys.argv[2:])
    if not args.actor:
        return _finish(args, top_rows(collocations(dfm, min_count=args.min_count), args.top), source,
                       kind="collocations")
    tables = open_corpus(args).tables(args.version, **pipeline_options(args), **filter_options(args))
    by = None if args.by == "none" else args.by
    table = actor_collocations(dfm, tables.actors, window=args.window, by=by, min_count=args.min_count,
                               actor=args.actor)
    table.attrs["versions"].update({k: v for k, v in tables.versions.items() if k not in table.attrs["versions"]})
    return _finish(args, top_rows(table, args.top, by=["group", "actor"]), source, kind="actor_collocations")


def _show(args: argparse.Namespace) -> int:
    options = pipeline_options(args)
    view = open_corpus(args).show(args.doc_id, version=args.version, lexicons=options["lexicons"],
                                  actors=options["actors"], cues=options["cues"], backend=options["backend"])
    if args.out is None:
        sys.stdout.write(view.html)
    else:
        view.save(args.out, force=args.force)
    return 0


__all__ = ["register"]
