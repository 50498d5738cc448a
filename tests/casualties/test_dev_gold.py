"""Precision and recall of claim extraction on the SaudiNewsNet dev gold.

``dev_gold.json`` holds offsets and labels only (never text): the sampled
sentences (zip, article index, url, outlet, start, end, stratum) and the
hand-annotated figures (article offsets, category, value, hedge). See
``README_dev_gold.md``. A system claim is a true positive when it lies in a
sampled sentence, overlaps a gold figure's span, and has the same category and
value (``None`` for vague figures); each gold figure matches at most once.
"""

from __future__ import annotations

import json
import zipfile
from collections import defaultdict
from pathlib import Path

import pytest

from analysis.casualties.claims import extract_claims

GOLD = Path(__file__).with_name("dev_gold.json")

pytestmark = pytest.mark.shared


def score(gold: dict, data_dir: Path) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) per stratum and overall."""
    articles: dict[str, list] = {}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    claims_cache: dict[tuple[str, int], list] = {}
    for k, s in enumerate(gold["sentences"]):
        if s["zip"] not in articles:
            with zipfile.ZipFile(data_dir / s["zip"]) as zf:
                articles[s["zip"]] = json.loads(zf.read(zf.namelist()[0]))
        key = (s["zip"], s["article"])
        if key not in claims_cache:
            claims_cache[key] = extract_claims(articles[s["zip"]][s["article"]]["content"])
        found = [c for c in claims_cache[key] if s["start"] <= c.start < s["end"]]
        figures = [f for f in gold["figures"] if f["sentence"] == k]
        used: set[int] = set()
        tp = fp = 0
        for c in found:
            match = [i for i, f in enumerate(figures) if i not in used
                     and f["start"] < c.end and c.start < f["end"]
                     and f["category"] == c.category and f["value"] == c.value]
            if match:
                used.add(match[0])
                tp += 1
            else:
                fp += 1
        fn = len(figures) - len(used)
        for name in (s["stratum"], "all"):
            counts[name][0] += tp
            counts[name][1] += fp
            counts[name][2] += fn
    return {k: tuple(v) for k, v in counts.items()}


def test_dev_gold_precision_recall(saudinewsnet_dir, capsys):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    assert len({f["sentence"] for f in gold["figures"]}) >= 40
    result = score(gold, saudinewsnet_dir)
    with capsys.disabled():
        for name in sorted(result):
            tp, fp, fn = result[name]
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            print(f"\ncasualty dev gold [{name}]: tp={tp} fp={fp} fn={fn} "
                  f"precision={p:.3f} recall={r:.3f}")
    tp, fp, fn = result["all"]
    assert tp / (tp + fp) >= 0.95
    assert tp / (tp + fn) >= 0.90


def test_gold_file_holds_no_text():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    allowed_sentence = {"zip", "article", "url", "outlet", "start", "end", "stratum"}
    allowed_figure = {"sentence", "start", "end", "category", "value", "hedge"}
    assert all(set(s) <= allowed_sentence for s in gold["sentences"])
    assert all(set(f) <= allowed_figure for f in gold["figures"])
