"""Commands ``coding export|import|import-golden|agreement|codebook`` and ``evaluate``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.cli import (add_command, add_corpus_arg, add_force_arg, add_format_args, add_pipeline_args,
                          pipeline_options, write_frame)
from analysis.coding.codebook import WHATS

DEFAULT_GOLDEN = Path("tests") / "golden"


def _export(args: argparse.Namespace) -> int:
    from analysis.coding.export import export_sheet, key_path, schema_path

    sheet = export_sheet(args.corpus, args.what, args.out, sample=args.sample, seed=args.seed,
                         add_random_sentences=args.add_random_sentences, window=args.window,
                         version=args.version, blind=args.blind, force=args.force, **pipeline_options(args))
    info = sheet.info
    print(f"wrote {args.out}: {info['n_items_in_sheet']} of {info['n_items']} {args.what} items, "
          f"{info['n_sentences_in_sheet']} random sentences; allowed values in {schema_path(args.out)}")
    if args.blind:
        print(f"blind sheet: the automatic values are in {key_path(args.out)}; keep that file away from "
              "coders and import the sheet with it")
    return 0


def _codebook(args: argparse.Namespace) -> int:
    from analysis.coding.definitions import codebook_markdown
    from analysis.outputs import write_text

    text = codebook_markdown()
    if args.out is None:
        sys.stdout.write(text)
    else:
        write_text(args.out, text, force=args.force, what="codebook")
        print(f"wrote {args.out}")
    return 0


def _display(df):
    """Numbers rounded to 3 decimals for the terminal; files keep them exact."""
    return df.round(3)


def _import(args: argparse.Namespace) -> int:
    from analysis.coding.store import SheetError, import_sheet

    try:
        path = import_sheet(args.sheet, args.corpus, coder=args.coder, schema=args.schema,
                            no_schema=args.no_schema, key=args.key, allow_same_sheet=args.allow_same_sheet,
                            version=args.version)
    except SheetError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise
    print(f"stored {path}")
    return 0


def _import_golden(args: argparse.Namespace) -> int:
    from analysis.coding.golden import import_golden
    from analysis.coding.store import SheetError
    from analysis.errors import AnalysisError

    files = args.files or sorted(DEFAULT_GOLDEN.glob("seed_*.json"))
    if not files:
        raise AnalysisError(f"no golden files given and none in {DEFAULT_GOLDEN}/seed_*.json")
    try:
        stored = import_golden(args.corpus, files, coder=args.coder)
    except SheetError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise
    for what, path in stored.items():
        print(f"{what}: stored {path}")
    return 0


def _agreement(args: argparse.Namespace) -> int:
    from analysis.coding.agreement import agreement_table

    from analysis.coding.store import coding_versions

    table = agreement_table(args.corpus, what=args.what)
    write_frame(table if args.out else _display(table), args.format, args.out, kind="agreement",
                versions=coding_versions(args.corpus, args.what), force=args.force)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from analysis.coding.evaluate import evaluate

    from analysis.coding.store import coding_versions

    result = evaluate(args.corpus, gold=args.gold, what=args.what)
    versions = coding_versions(args.corpus, args.what)
    write_frame(result.scores if args.out else _display(result.scores), args.format, args.out, kind="evaluation",
                versions=versions, force=args.force)
    if args.disagreements:
        write_frame(result.disagreements, "csv", args.disagreements, kind="disagreements", versions=versions,
                    force=args.force)
        print(f"{len(result.disagreements)} disagreements written to {args.disagreements}", file=sys.stderr)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``coding`` (export, import, import-golden, agreement, codebook) and ``evaluate``."""
    coding = add_command(
        subparsers, "coding",
        help="human coding sheets and inter-coder agreement",
        description=(
            "Export coding sheets of the automatic annotations, import sheets filled by\n"
            "coders (stored under corpus/annotations/), and report Krippendorff's alpha."
        ),
        examples=[
            "python -m analysis coding export --what casualties --sample 200 --seed 1 --out sheet.csv",
            "python -m analysis coding import sheet.csv --coder rana",
            "python -m analysis coding agreement --what casualties",
        ],
    )
    sub = coding.add_subparsers(dest="coding_command", metavar="COMMAND", required=True)

    p = add_command(
        sub, "export", func=_export,
        help="write a coding sheet (CSV for Excel/LibreOffice) and its .schema.json",
        description=(
            "Write one row per automatic annotation (or a random sample), with key word in\n"
            "context, the system's values (auto_*) and empty columns for the coder (code_*).\n"
            "--add-random-sentences adds sentences where the system found nothing, so that\n"
            "coders can list what it missed. The CSV is UTF-8 with a byte-order mark (Excel\n"
            "needs it for Arabic); context cells start with U+200F so they read right to left.\n"
            "The same corpus, options and --seed always give the same file."
        ),
        examples=[
            "python -m analysis coding export --what terms --out terms_sheet.csv",
            "python -m analysis coding export --what casualties --sample 200 --seed 7 "
            "--add-random-sentences 50 --out casualties_sheet.csv",
        ],
    )
    p.add_argument("--what", choices=WHATS, required=True, help="kind of annotation to code")
    p.add_argument("--sample", type=int, default=None, metavar="N", help="keep N random items (default: all)")
    p.add_argument("--seed", type=int, default=0, metavar="S", help="seed of the random draws (default: 0)")
    p.add_argument("--add-random-sentences", type=int, default=0, metavar="K",
                   help="add K random sentences without annotations, for measuring recall")
    p.add_argument("--window", type=int, default=80, metavar="CHARS", help="context either side (default: 80)")
    add_pipeline_args(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.csv", help="sheet to write")
    p.add_argument("--blind", action="store_true",
                   help="leave out every auto_* column so coders are not anchored by the tool's answers; "
                        "the automatic values go to FILE.key.csv, which import reads back")
    add_force_arg(p)
    add_corpus_arg(p)

    p = add_command(
        sub, "import", func=_import,
        help="validate a filled sheet and store it as one coder's coding",
        description=(
            "Check every row (columns, allowed values, offsets against the text) and store\n"
            "the sheet under corpus/annotations/<what>/<coder>/. Every problem is listed, one\n"
            "per line; if there is any, nothing is stored and the exit status is 1.\n"
            "Accepts UTF-8 with or without byte-order mark, separated by , ; or tab."
        ),
        examples=["python -m analysis coding import casualties_sheet.csv --coder rana",
                  "python -m analysis coding import filled_by_rana.csv --coder rana "
                  "--schema casualties_sheet.schema.json"],
    )
    p.add_argument("sheet", type=Path, help="the filled sheet (CSV)")
    p.add_argument("--coder", required=True, help="coder name, [A-Za-z0-9._-]")
    p.add_argument("--schema", type=Path, default=None, metavar="FILE",
                   help="the exported .schema.json, recorded with the coding "
                        "(default: <sheet stem>.schema.json beside the sheet; required)")
    p.add_argument("--no-schema", action="store_true",
                   help="store the sheet without its .schema.json (no export record: versions, sampling)")
    p.add_argument("--key", type=Path, default=None, metavar="FILE",
                   help="a blind sheet's .key.csv (default: <sheet stem>.key.csv beside the sheet)")
    p.add_argument("--allow-same-sheet", action="store_true",
                   help="store a sheet whose bytes are already stored under another coder")
    p.add_argument("--version", default=None,
                   help="corpus release of the offsets (default: from the .schema.json)")
    add_corpus_arg(p)

    p = add_command(
        sub, "import-golden", func=_import_golden,
        help="store hand-made golden annotations (tests/golden/seed_*.json) as coder 'gold'",
        description=(
            "Answer a full sheet of the golden documents from golden JSON files and store it\n"
            "as a coder (replacing that coder's earlier golden coding), so that 'evaluate\n"
            "--gold gold' scores the system against them."
        ),
        examples=["python -m analysis coding import-golden --corpus corpus",
                  "python -m analysis coding import-golden tests/golden/seed_terms.json --coder gold"],
    )
    p.add_argument("files", nargs="*", type=Path, help=f"golden files (default: {DEFAULT_GOLDEN}/seed_*.json)")
    p.add_argument("--coder", default="gold", help="coder name to store under (default: gold)")
    add_corpus_arg(p)

    p = add_command(
        sub, "agreement", func=_agreement,
        help="Krippendorff's alpha between coders, per variable",
        description=(
            "Krippendorff's alpha (nominal for labels, interval for figures) between all\n"
            "coders who coded the same units, per variable, with a bootstrap 95% confidence\n"
            "interval, the numbers of units, coders and pairable values, and the plain\n"
            "percentage of agreeing pairs. Items a coder added by hand are units too: a coder\n"
            "who coded the same sentence or document without adding it said 'no'.\n"
            "Printed numbers are rounded to 3 decimals; files written with --out keep them exact."
        ),
        examples=["python -m analysis coding agreement",
                  "python -m analysis coding agreement --what casualties --format json --out alpha.json"],
    )
    p.add_argument("--what", choices=WHATS, default=None, help="only this kind (default: all coded)")
    add_corpus_arg(p)
    add_format_args(p)

    p = add_command(
        subparsers, "evaluate", func=_evaluate,
        help="precision, recall and F1 of the automatic annotations against a coder",
        description=(
            "Score the automatic items of a coder's sheets against that coder: terms match on\n"
            "key + overlapping span, actors on actor + overlap, casualties on category + value;\n"
            "other variables (voice ...) count when the items match and the labels are equal.\n"
            "Each row also gives Krippendorff's alpha between the system and the coder (as two\n"
            "coders) with a bootstrap 95% interval and the number of units. Printed numbers are\n"
            "rounded to 3 decimals; --out keeps them exact. --disagreements writes every error\n"
            "with its context."
        ),
        examples=["python -m analysis evaluate --gold gold",
                  "python -m analysis evaluate --gold rana --what casualties --disagreements errors.csv"],
    )
    p.add_argument("--gold", required=True, metavar="CODER", help="the coder taken as the reference")
    p.add_argument("--what", choices=WHATS, default=None, help="only this kind (default: all coded)")
    p.add_argument("--disagreements", type=Path, default=None, metavar="FILE.csv",
                   help="write the disagreements (with context) here")
    add_corpus_arg(p)
    add_format_args(p)

    p = add_command(
        sub, "codebook", func=_codebook,
        help="write the coding codebook (definitions, examples, decision rules) as Markdown",
        description=(
            "Render analysis/coding/data/codebook.yml: every variable of every kind, each label\n"
            "with a definition and an Arabic example, and the decision rules for hard cases\n"
            "(shared figures, subsets, vague counts, martyr wording, agentless deaths). Coding\n"
            "sheets' .schema.json files carry the same definitions."
        ),
        examples=["python -m analysis coding codebook --out codebook.md"],
    )
    p.add_argument("--out", type=Path, default=None, metavar="FILE.md", help="write here (default: stdout)")
    add_force_arg(p)


__all__ = ["register"]
