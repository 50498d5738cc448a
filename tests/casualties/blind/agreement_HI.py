"""Inter-coder agreement on the blind casualty strata H and I (issue 12).

Run from the repository root, with the first coder's two gold files as
arguments (they live on other branches until the lead merges them)::

    git show goldH:tests/casualties/blind/blind_gold_H.json > /tmp/first_H.json
    git show goldI:tests/casualties/blind/blind_gold_I.json > /tmp/first_I.json
    python tests/casualties/blind/agreement_HI.py /tmp/first_H.json /tmp/first_I.json

The second coder's file is ``second_coder_HI.json`` (``--second`` to change
it). Only the sentences both coders annotated count (matched by zip, article
and sentence start); the first coder's figures outside them are ignored.

Figures are matched as ``evaluate.py`` matches system claims to gold, with
the second coder in the place of the system: a second-coder figure agrees
with an unused first-coder figure of the same sentence whose span overlaps
it and whose category and value (``None`` when vague) are equal; each figure
matches at most once. Printed per stratum and for ``all``: figures found by
both, only by the first, only by the second, F1 between the coders, hedge and
bounds (``low``, ``high``) agreement over the matched figures, and
Krippendorff's alpha (nominal).

Alpha units: every matched pair is one unit (both coders give its
``category|value``); the remaining figures of a sentence are paired when
their spans overlap (one unit, two different labels), and every figure left
is a unit the other coder labelled ``none``. ``alpha_figures`` uses these
units only; ``alpha_sentences`` adds one ``none``/``none`` unit for each
shared sentence in which neither coder found a figure.

The texts are read from ``../shared/data/saudinewsnet`` (as ``evaluate.py``
does) only to check every sentence and figure against its sha256; ``--show``
also prints each disagreement with its sentence to the terminal: never paste
that into a committed file (SaudiNewsNet is CC BY-NC-SA).

Example:
    >>> a = [{"start": 0, "end": 5, "category": "killed", "value": 3}]
    >>> b = [{"start": 2, "end": 6, "category": "killed", "value": 3}]
    >>> match(a, b)
    [(0, 0)]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SECOND = HERE / "second_coder_HI.json"
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"
NONE = "none"


def _overlap(f: dict, g: dict) -> bool:
    return f["start"] < g["end"] and g["start"] < f["end"]


def match(first: list[dict], second: list[dict]) -> list[tuple[int, int]]:
    """One-to-one agreeing pairs (first index, second index), as ``evaluate.py``.

    Args:
        first: The first coder's figures of one sentence.
        second: The second coder's figures of the same sentence.

    Returns:
        The pairs with overlapping spans and equal category and value.

    Example:
        >>> match([{"start": 0, "end": 2, "category": "injured", "value": None}],
        ...       [{"start": 0, "end": 2, "category": "killed", "value": None}])
        []
    """
    used: set[int] = set()
    pairs = []
    for j, g in enumerate(second):
        hits = [i for i, f in enumerate(first) if i not in used and _overlap(f, g)
                and f["category"] == g["category"] and f["value"] == g["value"]]
        if hits:
            used.add(hits[0])
            pairs.append((hits[0], j))
    return pairs


def label(f: dict | None) -> str:
    """The nominal value of a figure for alpha: ``category|value`` or ``none``."""
    return NONE if f is None else f"{f['category']}|{f['value']}"


def _units(first: list[dict], second: list[dict], pairs: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """Alpha units of one sentence: (first coder's label, second coder's label)."""
    units = [(label(first[i]), label(second[j])) for i, j in pairs]
    left_a = [i for i in range(len(first)) if i not in {i for i, _ in pairs}]
    left_b = [j for j in range(len(second)) if j not in {j for _, j in pairs}]
    for i in list(left_a):
        near = [j for j in left_b if _overlap(first[i], second[j])]
        if near:
            units.append((label(first[i]), label(second[near[0]])))
            left_a.remove(i)
            left_b.remove(near[0])
    units += [(label(first[i]), NONE) for i in left_a]
    units += [(NONE, label(second[j])) for j in left_b]
    return units


def alpha(units: list[tuple[str, str]]) -> float | None:
    """Krippendorff's alpha (nominal) of two coders, ``None`` without the package."""
    try:
        import krippendorff
    except ImportError:
        return None
    if not units:
        return None
    values = sorted({v for unit in units for v in unit})
    code = {v: k for k, v in enumerate(values)}
    data = [[code[a] for a, _ in units], [code[b] for _, b in units]]
    if len(values) < 2:
        return 1.0
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _texts(sentences: list[dict], data_dir: Path) -> dict[tuple[str, int], str]:
    zips: dict[str, list] = {}
    out = {}
    for s in sentences:
        if s["zip"] not in zips:
            with zipfile.ZipFile(data_dir / s["zip"]) as zf:
                zips[s["zip"]] = json.loads(zf.read(zf.namelist()[0]))
        out[(s["zip"], s["article"])] = zips[s["zip"]][s["article"]]["content"]
    return out


def _by_sentence(gold: dict) -> dict[tuple[str, int, int], tuple[dict, list[dict]]]:
    figures: dict[int, list[dict]] = defaultdict(list)
    for f in gold["figures"]:
        figures[f["sentence"]].append(f)
    return {(s["zip"], s["article"], s["start"]): (s, sorted(figures[k], key=lambda f: (f["start"], f["end"])))
            for k, s in enumerate(gold["sentences"])}


def _check(gold: dict, texts: dict) -> None:
    for s in gold["sentences"]:
        text = texts[(s["zip"], s["article"])]
        if _sha(text[s["start"]:s["end"]]) != s["sha256"]:
            raise SystemExit(f"error: sentence {s['zip']}:{s['article']}@{s['start']} does not match its sha256")
    for f in gold["figures"]:
        s = gold["sentences"][f["sentence"]]
        if _sha(texts[(s["zip"], s["article"])][f["start"]:f["end"]]) != f["sha256"]:
            raise SystemExit(f"error: figure {s['zip']}:{s['article']}@{f['start']} does not match its sha256")


def compare(first: dict, second: dict, *, show: dict | None = None) -> dict[str, dict]:
    """Agreement counts and units per stratum and ``all``.

    Args:
        first: The first coder's gold (H and I merged).
        second: The second coder's gold.
        show: When a dict of article texts, each disagreement is printed.

    Returns:
        ``{stratum: {"sentences", "both", "only_first", "only_second",
        "hedge_ok", "bounds_ok", "units", "empty"}}``.
    """
    a_all, b_all = _by_sentence(first), _by_sentence(second)
    out: dict[str, dict] = defaultdict(lambda: {"sentences": 0, "both": 0, "only_first": 0, "only_second": 0,
                                                "hedge_ok": 0, "bounds_ok": 0, "units": [], "empty": 0})
    for key, (s, b) in b_all.items():
        if key not in a_all:
            continue
        a = a_all[key][1]
        pairs = match(a, b)
        row = {"sentences": 1, "both": len(pairs), "only_first": len(a) - len(pairs),
               "only_second": len(b) - len(pairs),
               "hedge_ok": sum(a[i]["hedge"] == b[j]["hedge"] for i, j in pairs),
               "bounds_ok": sum((a[i]["low"], a[i]["high"]) == (b[j]["low"], b[j]["high"]) for i, j in pairs),
               "units": _units(a, b, pairs), "empty": int(not a and not b)}
        for name in (s["stratum"], "all"):
            for field, n in row.items():
                out[name][field] += n
        if show is not None:
            _print_disagreements(s, a, b, pairs, show)
    return dict(out)


def _print_disagreements(s: dict, a: list[dict], b: list[dict], pairs: list, texts: dict) -> None:
    text = texts[(s["zip"], s["article"])]
    bad_a = [f for i, f in enumerate(a) if i not in {i for i, _ in pairs}]
    bad_b = [f for j, f in enumerate(b) if j not in {j for _, j in pairs}]
    bad_h = [(a[i], b[j]) for i, j in pairs if a[i]["hedge"] != b[j]["hedge"]]
    if not (bad_a or bad_b or bad_h):
        return
    print(f"{s['stratum']} rank {s['rank']} {s['outlet']} {s['zip']}:{s['article']}")
    print("  " + text[s["start"]:s["end"]].replace("\n", " "))
    for tag, fs in (("first ", bad_a), ("second", bad_b)):
        for f in fs:
            print(f"  {tag} {text[f['start']:f['end']]!r} {f['category']} {f['value']} {f['hedge']}")
    for f, g in bad_h:
        print(f"  hedge  {text[f['start']:f['end']]!r} first {f['hedge']} second {g['hedge']}")


def report(counts: dict[str, dict]) -> str:
    """One line per stratum with the counts, F1, hedge agreement and alphas."""
    lines = []
    for name in sorted(counts, key=lambda n: (n == "all", n)):
        c = counts[name]
        both, a_only, b_only = c["both"], c["only_first"], c["only_second"]
        f1 = 2 * both / (2 * both + a_only + b_only) if both + a_only + b_only else 1.0
        figures_alpha = alpha(c["units"])
        sentences_alpha = alpha(c["units"] + [(NONE, NONE)] * c["empty"])
        fmt = lambda x: "n/a" if x is None else f"{x:.3f}"  # noqa: E731
        lines.append(
            f"[{name}] sentences={c['sentences']} first={both + a_only} second={both + b_only} "
            f"both={both} only_first={a_only} only_second={b_only} f1={f1:.3f} "
            f"hedge_agreement={c['hedge_ok']}/{both} bounds_agreement={c['bounds_ok']}/{both} "
            f"alpha_figures={fmt(figures_alpha)} (units={len(c['units'])}) "
            f"alpha_sentences={fmt(sentences_alpha)} (units={len(c['units']) + c['empty']})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="example:\n  python tests/casualties/blind/agreement_HI.py /tmp/first_H.json /tmp/first_I.json")
    parser.add_argument("first", type=Path, nargs="+", help="the first coder's gold files (blind_gold_H.json, "
                                                             "blind_gold_I.json), merged")
    parser.add_argument("--second", type=Path, default=SECOND, help="the second coder's file")
    parser.add_argument("--data", type=Path, default=DATA, help="SaudiNewsNet folder of zips")
    parser.add_argument("--show", action="store_true", help="print each disagreement with its text (terminal only)")
    args = parser.parse_args(argv)
    if not any(args.data.glob("*.zip")):
        print(f"error: no SaudiNewsNet zips in {args.data}", file=sys.stderr)
        return 2
    first = {"sentences": [], "figures": []}
    for path in args.first:
        part = json.loads(path.read_text(encoding="utf-8"))
        offset = len(first["sentences"])
        first["sentences"] += part["sentences"]
        first["figures"] += [{**f, "sentence": f["sentence"] + offset} for f in part["figures"]]
    second = json.loads(args.second.read_text(encoding="utf-8"))
    texts = _texts(first["sentences"] + second["sentences"], args.data)
    _check(first, texts)
    _check(second, texts)
    counts = compare(first, second, show=texts if args.show else None)
    print(report(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
