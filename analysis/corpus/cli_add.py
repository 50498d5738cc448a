"""``python -m analysis corpus add``: its long help, options and the call into ingest.

Split from :mod:`analysis.corpus.cli` (the other corpus commands) because
``add`` alone has two dozen options.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.cli import add_command, add_corpus_arg
from analysis.corpus import ingest
from analysis.corpus.ids import DEFAULT_ID_TEMPLATE, check_plain
from analysis.corpus.metadata import DATE_PRECISIONS, DATE_SOURCES
from analysis.corpus.safe_io import InputLimits, parse_size
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


def _size(value: str) -> int:
    try:
        return parse_size(value)
    except AnalysisError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register_add(sub: argparse._SubParsersAction) -> None:
    """Add ``corpus add`` to the corpus command group."""
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
    p.add_argument("--language", default="", help="BCP-47 tag (default: ar; required for a text that is "
                                                  "almost all Latin script)")
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
    limits = InputLimits()
    p.add_argument("--max-doc-bytes", type=_size, default=limits.doc_bytes, metavar="SIZE",
                   help="largest document: a .txt/.html file or one row's text (default: 5MB)")
    p.add_argument("--max-members", type=int, default=limits.archive_members, metavar="N",
                   help=f"most members in one zip (default: {limits.archive_members})")
    p.add_argument("--max-archive-bytes", type=_size, default=limits.archive_bytes, metavar="SIZE",
                   help="most uncompressed bytes in one zip, and largest plain bulk file (default: 256MB)")
    p.add_argument("--max-csv-field", type=_size, default=limits.csv_field, metavar="SIZE",
                   help="largest CSV field (default: 5MB)")


def _meta(args: argparse.Namespace) -> dict:
    fields = ("title", "outlet", "url", "published", "date_precision", "date_source",
              "language", "retrieved", "rights", "notes")
    return {f: getattr(args, f) for f in fields if getattr(args, f)}


def _add(args: argparse.Namespace) -> int:
    corpus = CorpusStore(args.corpus)
    corpus.check_root()
    meta = _meta(args)
    for name, value in meta.items():
        if name != "notes":
            check_plain(value, what=f"--{name.replace('_', '-')}")
    if args.id:
        check_plain(args.id, what="--id")
    limits = InputLimits(doc_bytes=args.max_doc_bytes, archive_members=args.max_members,
                         archive_bytes=args.max_archive_bytes, csv_field=args.max_csv_field)
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
        items = ingest.from_bulk(inputs, mapping=ingest.parse_mapping(args.mapping), meta=meta, limits=limits,
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
            items = ingest.from_folder(inputs[0], meta=meta, strip_bom=args.strip_bom, limits=limits,
                                       convert_encoding=args.convert_encoding)
            total = sum(1 for _ in inputs[0].glob("*.txt"))
        elif kind == "html":
            items = [ingest.from_html(p, doc_id=args.id, meta=meta, limits=limits) for p in inputs]
        else:
            items = [ingest.from_text_file(p, doc_id=args.id, meta=meta, strip_bom=args.strip_bom, limits=limits,
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



__all__ = ["register_add"]
