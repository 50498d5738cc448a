"""Score the casualty stage on the blind strata F and G.

Run from the repository root::

    python tests/casualties/blind/evaluate.py           # aggregate numbers only
    python tests/casualties/blind/evaluate.py --errors  # also every mismatch

It scores the code of the checkout it lives in (the repository root goes first
on ``sys.path``). Each sampled article is annotated once with
``analysis.annotate.annotate(text).casualties`` (rules backend, the framing
quotes and mentions included, as the pipeline runs it). Matching is the one of
``tests/casualties/test_dev_gold.py``: a system claim is a true positive when
it starts inside a sampled sentence, overlaps a gold figure's span and has the
same category and value (``None`` for vague figures); each gold figure
matches at most once. Hedge accuracy (and bounds accuracy, ``low`` and
``high`` both equal) is taken over the true positives.

``--errors`` prints the sentences' text to the terminal: never paste it into
a committed file (SaudiNewsNet is CC BY-NC-SA).
"""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GOLD = Path(__file__).with_name("blind_gold.json")
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"


def _articles(gold: dict, data_dir: Path) -> dict[tuple[str, int], str]:
    zips: dict[str, list] = {}
    out = {}
    for s in gold["sentences"]:
        if s["zip"] not in zips:
            with zipfile.ZipFile(data_dir / s["zip"]) as zf:
                zips[s["zip"]] = json.loads(zf.read(zf.namelist()[0]))
        out[(s["zip"], s["article"])] = zips[s["zip"]][s["article"]]["content"]
    return out


def score(gold: dict, data_dir: Path = DATA, *, errors: list | None = None) -> dict[str, dict[str, int]]:
    """Counts per stratum and ``all``: tp, fp, fn, hedge_ok, bounds_ok.

    Args:
        gold: The parsed ``blind_gold.json``.
        data_dir: The SaudiNewsNet folder of zips.
        errors: When a list, each mismatch is appended to it as a dict.

    Returns:
        ``{stratum: {"tp": …, "fp": …, "fn": …, "hedge_ok": …, "bounds_ok": …}}``.
    """
    from analysis.annotate import Pipeline, annotate

    pipeline = Pipeline.load(backend="rules")
    texts = _articles(gold, data_dir)
    claims = {key: annotate(text, pipeline=pipeline).casualties for key, text in texts.items()}
    by_sentence: dict[int, list[dict]] = defaultdict(list)
    for f in gold["figures"]:
        by_sentence[f["sentence"]].append(f)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(
        ("tp", "fp", "fn", "hedge_ok", "bounds_ok"), 0))
    for k, s in enumerate(gold["sentences"]):
        key = (s["zip"], s["article"])
        found = [c for c in claims[key] if s["start"] <= c.start < s["end"]]
        figures = by_sentence[k]
        used: dict[int, object] = {}
        row = dict.fromkeys(("tp", "fp", "fn", "hedge_ok", "bounds_ok"), 0)
        for c in found:
            match = [i for i, f in enumerate(figures) if i not in used
                     and f["start"] < c.end and c.start < f["end"]
                     and f["category"] == c.category and f["value"] == c.value]
            if match:
                f = figures[match[0]]
                used[match[0]] = c
                row["tp"] += 1
                row["hedge_ok"] += f["hedge"] == c.hedge
                row["bounds_ok"] += (f["low"], f["high"]) == (c.low, c.high)
                if errors is not None and f["hedge"] != c.hedge:
                    errors.append({"kind": "hedge", "sentence": k, "gold": f, "claim": c})
            else:
                row["fp"] += 1
                if errors is not None:
                    errors.append({"kind": "fp", "sentence": k, "claim": c})
        row["fn"] = len(figures) - len(used)
        if errors is not None:
            errors.extend({"kind": "fn", "sentence": k, "gold": f}
                          for i, f in enumerate(figures) if i not in used)
        for name in (s["stratum"], "all"):
            for field, n in row.items():
                counts[name][field] += n
    return dict(counts)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def wilson(k: int, n: int) -> tuple[float, float]:
    """The Wilson score 95% interval of a proportion ``k / n`` (``(0.0, 1.0)`` when ``n`` is 0).

    Example:
        >>> [round(x, 3) for x in wilson(90, 100)]
        [0.826, 0.945]
    """
    from scipy.stats import binomtest

    if n == 0:
        return 0.0, 1.0
    interval = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    return float(interval.low), float(interval.high)


def report(counts: dict[str, dict[str, int]]) -> str:
    """One line per stratum: P, R, hedge and bounds accuracy, and P's and R's Wilson 95% intervals."""
    lines = []
    for name in sorted(counts, key=lambda n: (n == "all", n)):
        c = counts[name]
        p_low, p_high = wilson(c["tp"], c["tp"] + c["fp"])
        r_low, r_high = wilson(c["tp"], c["tp"] + c["fn"])
        lines.append(
            f"[{name}] tp={c['tp']} fp={c['fp']} fn={c['fn']} "
            f"precision={_ratio(c['tp'], c['tp'] + c['fp']):.3f} "
            f"recall={_ratio(c['tp'], c['tp'] + c['fn']):.3f} "
            f"hedge_accuracy={_ratio(c['hedge_ok'], c['tp']):.3f} "
            f"bounds_accuracy={_ratio(c['bounds_ok'], c['tp']):.3f} "
            f"precision_95ci={p_low:.3f}-{p_high:.3f} recall_95ci={r_low:.3f}-{r_high:.3f}")
    return "\n".join(lines)


def _show(err: dict, gold: dict, texts: dict) -> str:
    s = gold["sentences"][err["sentence"]]
    text = texts[(s["zip"], s["article"])]
    head = f"{err['kind'].upper()} {s['stratum']} #{err['sentence']} {s['zip']}:{s['article']}"
    parts = [head, "  " + text[s["start"]:s["end"]].replace("\n", " ")]
    if "gold" in err:
        f = err["gold"]
        parts.append(f"  gold  {text[f['start']:f['end']]!r} {f['category']} {f['value']} {f['hedge']}")
    if "claim" in err:
        c = err["claim"]
        parts.append(f"  found {c.text!r} {c.category} {c.value} {c.hedge}")
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="also print every mismatch (shows text)")
    parser.add_argument("--data", type=Path, default=DATA, help="SaudiNewsNet folder of zips")
    parser.add_argument("--gold", type=Path, action="append",
                        help="gold file(s) to score, merged (default blind_gold.json, strata F and G; the "
                             "second round is --gold blind_gold_H.json --gold blind_gold_I.json)")
    args = parser.parse_args(argv)
    if not any(args.data.glob("*.zip")):
        print(f"error: no SaudiNewsNet zips in {args.data}", file=sys.stderr)
        return 2
    gold = {"sentences": [], "figures": []}
    for path in args.gold or [GOLD]:
        part = json.loads(path.read_text(encoding="utf-8"))
        offset = len(gold["sentences"])
        gold["sentences"] += part["sentences"]
        gold["figures"] += [{**f, "sentence": f["sentence"] + offset} for f in part["figures"]]
    errors: list | None = [] if args.errors else None
    counts = score(gold, args.data, errors=errors)
    print(report(counts))
    if errors:
        texts = _articles(gold, args.data)
        for err in errors:
            print(_show(err, gold, texts))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
