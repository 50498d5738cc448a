"""``python -m analysis corpus ...``: add, validate, verify, list, release, diff, cite, export.

Thin layer: parses arguments, calls :mod:`analysis.corpus`, formats output.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from analysis.cli import add_command, add_corpus_arg, write_frame
from analysis.corpus import ingest
from analysis.corpus.cite import STYLES, cite, load_info
from analysis.corpus.ids import DEFAULT_ID_TEMPLATE
from analysis.corpus.metadata import DATE_PRECISIONS, DATE_SOURCES
from analysis.corpus.store import CorpusStore
from analysis.errors import AnalysisError

P = "python -m analysis corpus"
SNN_EXAMPLE = (
    f"{P} add ../shared/data/saudinewsnet/*.zip --id-prefix snn "
    "--map text=content,title=title,url=url,outlet=source,published=date_extracted,retrieved=date_extracted "
    "--date-source inferred --rights 'CC BY-NC-SA 4.0; research use only (SaudiNewsNet)' --skip-invalid"
)


def _wrap(text: str, *, indent: int, first: int, width: int = 78) -> str:
    """Wrap ``text`` for help output that starts ``first`` columns into a line."""
    import textwrap

    lines = textwrap.wrap(" " * first + text, width=width, subsequent_indent=" " * indent)
    return "\n".join(lines)[first:]


ADD_DESCRIPTION = f"""\
Add documents in one all-or-nothing transaction: every input is added, or
(on any error) the corpus is left byte-identical.

Inputs (one kind per call):
  FILE.txt ...      one document per file; its bytes are stored exactly
  FOLDER            every *.txt in it (sorted), one document each
  PAGE.html/.htm    main text and metadata extracted with trafilatura
  FILE.json/.jsonl/.csv/.zip
                    bulk: one document per row (JSON array or JSONL of
                    objects, CSV with a header, or a zip of such files),
                    read through --map

Document ids:
  .txt/.html        the file name stem (x/2023-09-20_a.txt -> 2023-09-20_a);
                    --id overrides it for a single input
  folder            each file's name stem
  bulk rows         --id-template, default '{DEFAULT_ID_TEMPLATE}', where sha16 is
                    the first 16 hex digits of the sha256 of the row's text as
                    UTF-8, so re-ingesting a row always gives the same id
                    (e.g. snn_0123456789abcdef with --id-prefix snn).
                    Template fields: prefix, sha16, sha256, file (the input
                    file's stem) and every metadata field, e.g.
                    --id-template '{{outlet}}_{{sha16}}'. Or take ids from a
                    column with id=COLUMN in --map.
  An id is 1-128 letters, digits, '.', '_' or '-', starting with a letter or
  digit.

Bulk column mapping, --map FIELD=COLUMN[,FIELD=COLUMN...]:
  FIELD is one of {_wrap(", ".join(ingest.MAP_FIELDS), indent=2, first=16)};
  COLUMN is a key of the JSON objects or a CSV header. text= is required.
  Mapped columns that are empty in a row fall back to the option of the same
  name (--outlet, --published, ...); unmapped fields come from the options.
  Example: for rows like
    {{"content": "...", "source": "okaz", "date": "2015-07-21"}}
  use --map text=content,outlet=source,published=date

Encodings and byte checks: texts are stored byte-exact as UTF-8. Empty and
binary inputs are refused. A UTF-8 byte-order mark is refused unless
--strip-bom (.txt, folders and bulk rows), which removes it. Non-UTF-8 text
(e.g. windows-1256) is refused naming the detected encoding and an iconv
command, unless --convert-encoding (.txt and folders; auto-detects, or give
the codec, e.g. --convert-encoding cp1256), which converts it to UTF-8. Both
options record the change in the document's notes; the converted document's
notes also keep the sha256 of the original bytes. Bulk files must be UTF-8
(a BOM at the start of a CSV/JSON file is fine); .html pages are decoded by
trafilatura.

Duplicates: texts equal after analysis.text.normalize and whitespace collapse
are refused unless --force; in bulk mode they are skipped and counted instead.
Invalid inputs (empty text, bad date, taken id) fail the whole add unless
--skip-invalid, which skips and counts them.

Progress: folders and bulk input show a progress bar on stderr when stderr is
a terminal (--no-progress turns it off).
"""


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

    p = add_command(
        sub, "add", func=_add, help="add .txt files, a folder, an .html page, or bulk JSON/JSONL/CSV/ZIP",
        examples=[
            f"{P} add ../shared/seed/000_e3af78f8bd1dea90.txt --rights unknown --published 2023-09-20 "
            "--date-source inferred --notes 'date inferred from the text'",
            f"{P} add page.html --rights 'CC BY 4.0'",
            f"{P} add articles/ --outlet 'Al Jazeera' --rights 'fair use, research only'",
            SNN_EXAMPLE,
        ],
        description=ADD_DESCRIPTION,
    )
    add_corpus_arg(p)
    p.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                   help=".txt file(s), a folder of .txt, .html/.htm, or .json/.jsonl/.csv/.zip (bulk)")
    p.add_argument("--id", help="doc_id for a single .txt/.html input (default: the file name stem)")
    p.add_argument("--title", default="")
    p.add_argument("--outlet", default="")
    p.add_argument("--url", default="")
    p.add_argument("--published", default="", help="YYYY-MM-DD, YYYY-MM or YYYY (empty: unknown)")
    p.add_argument("--date-precision", choices=DATE_PRECISIONS, default="",
                   help="defaults to the precision of --published")
    p.add_argument("--date-source", choices=DATE_SOURCES, default="",
                   help="metadata (default when a date is given) or inferred (say how in --notes)")
    p.add_argument("--language", default="ar", help="BCP-47 tag (default: ar)")
    p.add_argument("--retrieved", default="", help="retrieval date YYYY-MM-DD (empty: unknown)")
    p.add_argument("--rights", default="", help="licence or rights statement (required; 'unknown' is allowed)")
    p.add_argument("--notes", default="")
    p.add_argument("--map", dest="mapping", default="", metavar="FIELD=COLUMN,...",
                   help="bulk column mapping; text= is required (see above), "
                        "e.g. text=content,title=title,outlet=source")
    p.add_argument("--id-template", default=DEFAULT_ID_TEMPLATE, help=f"bulk ids (default: {DEFAULT_ID_TEMPLATE})")
    p.add_argument("--id-prefix", default="doc", help="value of {prefix} in --id-template (default: doc)")
    p.add_argument("--force", action="store_true", help="add exact duplicates anyway")
    p.add_argument("--skip-invalid", action="store_true", help="bulk: skip and count invalid rows")
    p.add_argument("--strip-bom", action="store_true", help="remove a leading UTF-8 BOM (recorded in notes)")
    p.add_argument("--convert-encoding", nargs="?", const="auto", default=None, metavar="ENCODING",
                   help="convert non-UTF-8 text (detected encoding, or ENCODING) to UTF-8; recorded in notes")
    p.add_argument("--no-progress", action="store_true", help="no progress bar (folders and bulk input)")

    p = add_command(sub, "validate", func=_validate, help="check schema and consistency of the working tree",
                    examples=[f"{P} validate", f"{P} validate --corpus /data/acn"])
    add_corpus_arg(p)

    p = add_command(sub, "verify", func=_verify, help="check every sha256 of a release against the files",
                    examples=[f"{P} verify", f"{P} verify 0.1.0"],
                    description="Check every text and the metadata table against a release manifest "
                                "(the latest by default); exits 1 naming each changed or missing file.")
    add_corpus_arg(p)
    p.add_argument("version", nargs="?", default=None)

    p = add_command(sub, "list", func=_list, help="table of documents",
                    examples=[f"{P} list", f"{P} list --format json --version 0.1.0"])
    add_corpus_arg(p)
    p.add_argument("--version", default=None, help="a release (default: working tree)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")

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

    p = add_command(sub, "export", func=_export, help="self-contained citable bundle of a release",
                    examples=[f"{P} export 0.1.0 --out acn-corpus-0.1.0"])
    add_corpus_arg(p)
    p.add_argument("version")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="new or empty directory")

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


def _meta(args: argparse.Namespace) -> dict:
    fields = ("title", "outlet", "url", "published", "date_precision", "date_source",
              "language", "retrieved", "rights", "notes")
    return {f: getattr(args, f) for f in fields if getattr(args, f)}


def _add(args: argparse.Namespace) -> int:
    corpus = CorpusStore(args.corpus)
    meta = _meta(args)
    if not meta.get("rights"):
        raise AnalysisError("missing required field rights: pass --rights (e.g. 'CC BY 4.0', or 'unknown')")
    inputs: list[Path] = args.inputs
    for path in inputs:
        if not path.exists():
            raise AnalysisError(f"no such file or folder: {path}")
    kinds = {_kind(p) for p in inputs}
    if len(kinds) > 1:
        raise AnalysisError("add one kind of input at a time (text files, a folder, html, or bulk files)")
    kind = kinds.pop()
    single = len(inputs) == 1 and kind in ("txt", "html")
    if not single and (args.id or args.title or args.url):
        raise AnalysisError("--id, --title and --url describe one document; use --map for bulk input")
    total = None
    if kind == "bulk":
        if not args.mapping:
            raise AnalysisError("bulk input needs --map, e.g. --map text=content,title=title")
        if args.convert_encoding:
            raise AnalysisError("--convert-encoding is for .txt files and folders; bulk files must be UTF-8 "
                                "(convert them first, e.g. with iconv)")
        items = ingest.from_bulk(inputs, mapping=ingest.parse_mapping(args.mapping), meta=meta,
                                 id_template=args.id_template, id_prefix=args.id_prefix,
                                 strip_bom=args.strip_bom)
        duplicates = "keep" if args.force else "skip"
        invalid = "skip" if args.skip_invalid else "error"
    else:
        if args.mapping:
            raise AnalysisError("--map is for bulk .json/.jsonl/.csv/.zip input")
        if kind == "folder":
            if len(inputs) > 1:
                raise AnalysisError("add one folder at a time")
            items = ingest.from_folder(inputs[0], meta=meta, strip_bom=args.strip_bom,
                                       convert_encoding=args.convert_encoding)
            total = sum(1 for _ in inputs[0].glob("*.txt"))
        elif kind == "html":
            items = [ingest.from_html(p, doc_id=args.id, meta=meta) for p in inputs]
        else:
            items = [ingest.from_text_file(p, doc_id=args.id, meta=meta, strip_bom=args.strip_bom,
                                           convert_encoding=args.convert_encoding) for p in inputs]
        duplicates = "keep" if args.force else "error"
        invalid = "skip" if args.skip_invalid else "error"
    report = _run_add(corpus, items, duplicates=duplicates, invalid=invalid,
                      progress=kind in ("bulk", "folder") and not args.no_progress, total=total)
    print(f"added {len(report.added)} document(s) to {corpus.root}")
    if report.duplicates:
        print(f"skipped {len(report.duplicates)} exact duplicate(s) (same normalized text; --force adds them)")
    for new_id, old_id in report.forced_duplicates:
        print(f"warning: {new_id} duplicates {old_id} (added because of --force)", file=sys.stderr)
    if report.skipped:
        reasons: dict[str, int] = {}
        for _, reason in report.skipped:
            key = reason.split(":")[0] if reason.startswith("unsafe") else reason
            reasons[key] = reasons.get(key, 0) + 1
        detail = "; ".join(f"{n} × {r}" for r, n in sorted(reasons.items(), key=lambda kv: -kv[1])[:5])
        print(f"skipped {len(report.skipped)} invalid row(s): {detail}")
    return 0


def _kind(path: Path) -> str:
    if path.is_dir():
        return "folder"
    suffix = path.suffix.lower()
    if suffix in ingest.HTML_SUFFIXES:
        return "html"
    if suffix in ingest.BULK_SUFFIXES:
        return "bulk"
    return "txt"


def _run_add(corpus: CorpusStore, items, *, duplicates: str, invalid: str, progress: bool, total: int | None = None):
    """Run the add, with a tqdm bar on stderr (one tick per input item) when ``progress``.

    ``total`` is the number of items when known (folders); bulk input streams,
    so its bar counts items and shows the rate.
    """
    if not progress:
        return corpus.add(items, duplicates=duplicates, invalid=invalid)
    from tqdm import tqdm

    # disable=None: no bar when stderr is not a terminal (logs, CI)
    with tqdm(total=total, unit=" docs", file=sys.stderr, desc="adding", mininterval=0.5, disable=None) as bar:
        return corpus.add(items, duplicates=duplicates, invalid=invalid, on_item=bar.update)


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
        raise AnalysisError(f"release {version}: {len(problems)} file(s) changed or missing")
    print(f"release {version}: all {len(corpus.manifest(version)['documents'])} text(s) and the metadata table verified")
    return 0


def _list(args: argparse.Namespace) -> int:
    df = CorpusStore(args.corpus).metadata(args.version)[["doc_id", "published", "outlet", "n_chars", "title"]]
    if args.format == "table":
        with pd.option_context("display.max_rows", None, "display.max_colwidth", 60, "display.width", 200):
            print(df.to_string(index=False) if len(df) else "(no documents)")
    else:
        write_frame(df, args.format, None)
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
    print(cite(load_info(corpus.root), version=version, date=manifest["date"],
               manifest_sha256=corpus.manifest_sha256(version), style=args.style))
    return 0


def _export(args: argparse.Namespace) -> int:
    from analysis.corpus.export import export_release

    out = export_release(CorpusStore(args.corpus), args.version, args.out)
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
