"""``python -m analysis corpus ...``: add, validate, verify, recover, list, release, diff, cite, export.

Thin layer: parses arguments, calls :mod:`analysis.corpus`, formats output.
Every file it writes goes through :mod:`analysis.outputs` (never inside a
corpus; an existing file only with ``--force``). ``add`` lives in
:mod:`analysis.corpus.cli_add`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from analysis.cli import add_command, add_corpus_arg
from analysis.corpus.cite import STYLES, cite, load_info
from analysis.corpus.cli_add import P, register_add
from analysis.corpus.store import CorpusStore
from analysis.errors import AnalysisError
from analysis.outputs import csv_text, guard_output, write_text


def _add_out(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--out", type=Path, default=None, metavar="FILE",
                   help=f"write the {what} here (outside the corpus) instead of standard output")
    p.add_argument("--force", action="store_true", help="replace an existing --out file")


def _emit(text: str, args: argparse.Namespace, what: str) -> None:
    if args.out is None:
        sys.stdout.write(text)
        return
    print(f"wrote {write_text(args.out, text, force=args.force, what=what)}")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``corpus`` command group."""
    group = add_command(
        subparsers, "corpus", help="manage the versioned corpus",
        examples=[f"{P} list", f"{P} add article.txt --rights 'CC BY 4.0' --published 2023-09-20",
                  f"{P} release 0.2.0 --message 'two articles added'", f"{P} cite --style bibtex"],
        description="Add documents, check the corpus, cut and cite releases. "
                    "Run 'python -m analysis corpus COMMAND --help' for each command.",
    )
    sub = group.add_subparsers(dest="corpus_command", metavar="COMMAND")
    group.set_defaults(func=lambda args: group.print_help() or 2)

    register_add(sub)

    p = add_command(sub, "validate", func=_validate, help="check schema and consistency of the working tree",
                    examples=[f"{P} validate", f"{P} validate --corpus /data/acn"])
    add_corpus_arg(p)

    p = add_command(sub, "verify", func=_verify, help="check every sha256 of a release against the files",
                    examples=[f"{P} verify", f"{P} verify 0.1.0"],
                    description="Check every text and the metadata table against a release manifest "
                                "(the latest by default), the manifest itself (schema, its own hash, the "
                                "hash its successor and git tag recorded), datapackage.json, CHANGELOG.md, "
                                "and that the corpus holds no symlinks, special, temporary or stray files; "
                                "exits 1 naming each problem.")
    add_corpus_arg(p)
    p.add_argument("version", nargs="?", default=None)

    p = add_command(sub, "recover", func=_recover,
                    help="complete or roll back an interrupted add/release (after a crash or kill -9)",
                    examples=[f"{P} recover", f"{P} recover --corpus /data/acn"],
                    description=(
                        "A write killed part-way leaves the journal .transaction.json and .tmp-* files. "
                        "recover completes the write when every staged file had reached the disk "
                        "(the journal says 'committing'), and otherwise rolls it back; then it removes "
                        "every .tmp-* file in the corpus. The next add/release/remove/set does the same "
                        "automatically when it takes the writer lock."))
    add_corpus_arg(p)

    p = add_command(sub, "list", func=_list, help="table of documents",
                    examples=[f"{P} list", f"{P} list --format json --version 0.1.0",
                              f"{P} list --format csv --out documents.csv"])
    add_corpus_arg(p)
    p.add_argument("--version", default=None, help="a release (default: working tree)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    _add_out(p, "list")

    p = add_command(sub, "release", func=_release, help="cut an immutable release",
                    examples=[f"{P} release 0.1.0 --message 'seed article'",
                              f"{P} release 0.2.0 --date 2024-05-01 --tag"],
                    description=(
                        "Write releases/VERSION.json and update CHANGELOG.md. The bump must match the "
                        "change since the latest release: major when documents were removed, minor "
                        "when added, patch for corrections only. Existing manifests are never "
                        "overwritten. --tag commits the corpus directory (only it) and creates the "
                        "annotated git tag corpus-vVERSION; without --tag nothing touches git (tag "
                        "later with 'corpus tag VERSION' after committing)."))
    add_corpus_arg(p)
    p.add_argument("version")
    p.add_argument("--date", default=None, help="release date YYYY-MM-DD (default: today)")
    p.add_argument("--message", default="", help="one paragraph for the changelog")
    p.add_argument("--tag", action="store_true", help="commit the corpus directory and tag corpus-vVERSION")

    p = add_command(sub, "tag", func=_tag, help="git-tag a committed release as corpus-vVERSION",
                    examples=[f"git add corpus && git commit -m 'corpus 0.1.0' && {P} tag 0.1.0"])
    add_corpus_arg(p)
    p.add_argument("version")

    p = add_command(sub, "diff", func=_diff, help="doc ids added, removed and changed between versions",
                    examples=[f"{P} diff 0.1.0 0.2.0", f"{P} diff 0.1.0 working"])
    add_corpus_arg(p)
    p.add_argument("old")
    p.add_argument("new", help="a version, or 'working' for the working tree")

    p = add_command(sub, "cite", func=_cite, help="citation for a corpus version",
                    examples=[f"{P} cite", f"{P} cite 0.1.0 --style bibtex", f"{P} cite --style cff"])
    add_corpus_arg(p)
    p.add_argument("version", nargs="?", default=None, help="default: the latest release")
    p.add_argument("--style", choices=STYLES, default="apa")
    _add_out(p, "citation")

    p = add_command(sub, "export", func=_export, help="self-contained citable bundle of a release",
                    examples=[f"{P} export 0.1.0 --out acn-corpus-0.1.0"],
                    description="Write a release, with its ancestors, as a corpus folder that validates "
                                "and verifies on its own (see analysis.corpus.export). --out may not lie "
                                "inside a corpus; --force replaces an earlier bundle, never anything else.")
    add_corpus_arg(p)
    p.add_argument("version")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="new or empty directory outside the corpus")
    p.add_argument("--force", action="store_true", help="replace an earlier bundle at --out")

    p = add_command(sub, "remove", func=_remove, help="remove documents (a major change at the next release)",
                    examples=[f"{P} remove snn_0123456789abcdef"])
    add_corpus_arg(p)
    p.add_argument("doc_ids", nargs="+", metavar="DOC_ID")

    p = add_command(sub, "set", func=_set, help="correct a document's metadata (a patch change)",
                    examples=[f"{P} set 000_e3af78f8bd1dea90 --outlet 'Al-Araby Al-Jadeed' --notes '...'"])
    add_corpus_arg(p)
    p.add_argument("doc_id")
    for name in ("title", "outlet", "url", "published", "date-precision", "date-source", "language",
                 "retrieved", "rights", "notes"):
        p.add_argument(f"--{name}", default=None)


def _validate(args: argparse.Namespace) -> int:
    problems = CorpusStore(args.corpus).validate()
    for p in problems:
        print(p)
    if problems:
        raise AnalysisError(f"{args.corpus}: {len(problems)} problem(s)")
    print(f"{args.corpus}: valid")
    return 0


def _verify(args: argparse.Namespace) -> int:
    corpus = CorpusStore(args.corpus)
    version = corpus.resolve_version(args.version)
    problems = corpus.verify(version)
    for p in problems:
        print(p)
    if problems:
        raise AnalysisError(f"release {version}: {len(problems)} problem(s) (changed, missing, damaged or stray files)")
    print(f"release {version}: all {len(corpus.manifest(version)['documents'])} text(s), the metadata table, "
          "the manifest, datapackage.json and CHANGELOG.md verified")
    return 0


def _recover(args: argparse.Namespace) -> int:
    print(f"{args.corpus}: {CorpusStore(args.corpus).recover().describe()}")
    return 0


def _list(args: argparse.Namespace) -> int:
    if args.out is not None:
        guard_output(args.out, force=args.force, what="list")  # before any work
    df = CorpusStore(args.corpus).metadata(args.version)[["doc_id", "published", "outlet", "n_chars", "title"]]
    if args.format == "table":
        with pd.option_context("display.max_rows", None, "display.max_colwidth", 60, "display.width", 200):
            text = (df.to_string(index=False) if len(df) else "(no documents)") + "\n"
    elif args.format == "csv":
        text = csv_text(df)
    else:
        text = json.dumps(df.to_dict(orient="records"), ensure_ascii=False, indent=1) + "\n"
    _emit(text, args, "list")
    return 0


def _release(args: argparse.Namespace) -> int:
    from analysis.corpus.vcs import git_root, tag_release

    corpus = CorpusStore(args.corpus)
    if args.tag and git_root(corpus.root if corpus.root.exists() else Path.cwd()) is None:
        raise AnalysisError(f"--tag needs {corpus.root} inside a git repository")
    manifest = corpus.release(args.version, date=args.date, message=args.message)
    sha = corpus.manifest_sha256(args.version)
    print(f"released {args.version}: {manifest['n_documents']} document(s), manifest sha256 {sha}")
    if args.tag:
        print(f"tagged {tag_release(corpus.root, args.version, manifest_sha256=sha, commit=True)}")
    return 0


def _tag(args: argparse.Namespace) -> int:
    from analysis.corpus.vcs import tag_release

    corpus = CorpusStore(args.corpus)
    sha = corpus.manifest_sha256(args.version)
    print(f"tagged {tag_release(corpus.root, args.version, manifest_sha256=sha)}")
    return 0


def _diff(args: argparse.Namespace) -> int:
    d = CorpusStore(args.corpus).diff(args.old, None if args.new == "working" else args.new)
    for label, ids in (("added", d.added), ("removed", d.removed),
                       ("changed text", d.changed_text), ("changed metadata", d.changed_meta)):
        print(f"{label} ({len(ids)}):" + "".join(f"\n  {i}" for i in ids))
    return 0


def _cite(args: argparse.Namespace) -> int:
    corpus = CorpusStore(args.corpus)
    version = corpus.resolve_version(args.version)
    manifest = corpus.manifest(version)
    if args.out is not None:
        guard_output(args.out, force=args.force, what="citation")
    _emit(cite(load_info(corpus.root), version=version, date=manifest["date"],
               manifest_sha256=corpus.manifest_sha256(version), style=args.style) + "\n", args, "citation")
    return 0


def _export(args: argparse.Namespace) -> int:
    from analysis.corpus.export import export_release

    out = export_release(CorpusStore(args.corpus), args.version, args.out, force=args.force)
    print(f"exported release {args.version} to {out}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    ids = CorpusStore(args.corpus).remove(args.doc_ids)
    print(f"removed {len(ids)} document(s); the next release must be a major version")
    return 0


def _set(args: argparse.Namespace) -> int:
    fields = {k: v for k, v in vars(args).items()
              if k in ("title", "outlet", "url", "published", "date_precision", "date_source", "language",
                       "retrieved", "rights", "notes") and v is not None}
    if not fields:
        raise AnalysisError("nothing to set: pass at least one of --title, --outlet, ... --notes")
    CorpusStore(args.corpus).update(args.doc_id, **fields)
    print(f"updated {args.doc_id}: {', '.join(sorted(fields))}")
    return 0


__all__ = ["register"]
