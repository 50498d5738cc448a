"""Precision, recall and F1 of the automatic annotations against one coder.

The gold coder's stored sheets define both sides, over exactly what that
coder saw:

* **system items**: the automatic items of the coder's sheets that the coder
  answered (``code_item`` yes or no), with their ``auto_*`` values;
* **gold items**: the items the coder called real (with their ``code_*``
  values), plus the items the coder added (missed by the system).

Items are paired one to one within a document. Pairs are candidates when
the scheme's ``match_on`` variables are equal and, where the scheme asks for
it, the spans overlap: terms match on key + overlap, actors on actor id +
overlap, casualties on category + value (the nearest claim wins). Among
candidates, the largest overlap (then the smallest distance) is paired first.

Rows of the score table, per kind:

* ``span`` — detection alone: any overlapping pair counts;
* ``item`` — the match criterion above (the headline figure);
* one row per other variable (e.g. ``voice``) — end to end: a system item
  counts as correct when it is paired *and* the variable has the same value
  (exact label; numbers compared as numbers). Precision is over system items
  with a value, recall over gold items with a value. Variables the coder
  never coded are left out.

Every row also gives Krippendorff's alpha between the system and the coder,
taken as two coders, with its bootstrap 95% interval and the number of units
(:func:`analysis.coding.agreement.alpha_with_interval`): for ``item``, the
presence of each item (system items the coder answered, and items the coder
added, which the system says are absent); for a variable, the two values of
each paired item. ``span`` has no alpha (it is a detection count).

Recall from sampled sheets is recall over the sampled sentences only; the
sheet's ``.schema.json`` records the population sizes needed to weight it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.coding.codebook import NONE, WHATS, YES, scheme
from analysis.coding.store import complete_columns
from analysis.errors import AnalysisError

SCORE_COLUMNS = ["what", "variable", "match", "tp", "n_system", "n_gold", "precision", "recall", "f1",
                 "alpha", "alpha_ci_low", "alpha_ci_high", "n_units"]
_SYSTEM, _GOLD = "system", "gold"
DISAGREEMENT_COLUMNS = ["what", "variable", "kind", "doc_id", "start", "end", "system", "gold",
                        "left", "match", "right", "unit_id", "note"]


@dataclass(frozen=True)
class Evaluation:
    """Scores and the disagreements behind them.

    Attributes:
        scores: One row per kind and variable: ``what, variable, match`` (the
            criterion, in words), ``tp, n_system, n_gold, precision, recall, f1``.
        disagreements: One row per error: ``what, variable, kind``
            (false_positive | false_negative | wrong_value), ``doc_id, start,
            end, system, gold`` (values), ``left, match, right`` (context),
            ``unit_id``, ``note`` (the coder's note).
    """

    scores: pd.DataFrame
    disagreements: pd.DataFrame


def match_items(system: pd.DataFrame, gold: pd.DataFrame, *, keys: tuple[str, ...] = (),
                overlap: bool = True) -> list[tuple[int, int]]:
    """Pair system and gold items one to one.

    Args:
        system, gold: Items with ``doc_id, start, end`` and the ``keys`` columns.
        keys: Columns that must be equal in a pair.
        overlap: Require overlapping spans.

    Returns:
        ``(system index, gold index)`` pairs (DataFrame index labels).

    Example:
        >>> s = pd.DataFrame({"doc_id": ["d", "d"], "start": [0, 10], "end": [5, 15], "key": ["a", "b"]})
        >>> g = pd.DataFrame({"doc_id": ["d", "d"], "start": [1, 10], "end": [4, 14], "key": ["a", "c"]})
        >>> match_items(s, g, keys=("key",))
        [(0, 0)]
        >>> match_items(s, g)
        [(0, 0), (1, 1)]
    """
    candidates = []
    gold_by_doc = {d: grp for d, grp in gold.groupby("doc_id")}
    for si, s in system.iterrows():
        grp = gold_by_doc.get(s["doc_id"])
        if grp is None:
            continue
        for gi, g in grp.iterrows():
            if any(s[k] != g[k] for k in keys):
                continue
            ov = min(s["end"], g["end"]) - max(s["start"], g["start"])
            if overlap and ov <= 0:
                continue
            distance = abs(s["start"] - g["start"]) + abs(s["end"] - g["end"])
            candidates.append((-ov, distance, si, gi))
    used_s: set = set()
    used_g: set = set()
    pairs = []
    for _, _, si, gi in sorted(candidates, key=lambda c: (c[0], c[1], str(c[2]), str(c[3]))):
        if si in used_s or gi in used_g:
            continue
        used_s.add(si)
        used_g.add(gi)
        pairs.append((si, gi))
    return sorted(pairs, key=lambda p: (str(p[0]), str(p[1])))


def _prf(tp: int, n_system: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_system if n_system else float("nan")
    r = tp / n_gold if n_gold else float("nan")
    f = 2 * p * r / (p + r) if n_system and n_gold and (p + r) else (0.0 if n_system and n_gold else float("nan"))
    return p, r, f


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    try:
        return float(a) == float(b)
    except ValueError:
        return False


def _describe(row: pd.Series, prefix: str, names: tuple[str, ...]) -> str:
    return " ".join(f"{n}={row[prefix + n]}" for n in names)


def evaluate_coding(coding: pd.DataFrame, *, gold: str, what: str | None = None) -> Evaluation:
    """Score the automatic items of ``gold``'s sheets against ``gold``'s coding.

    Args:
        coding: Stored coding (:func:`analysis.coding.store.load_coding`).
        gold: The coder taken as the reference.
        what: Only this kind; None for every kind ``gold`` coded.

    Returns:
        An :class:`Evaluation`.

    Raises:
        AnalysisError: If ``gold`` has coded nothing (of ``what``).

    Example:
        >>> rows = [dict(row_type="item", doc_id="d", start=0, end=5, auto_key="a", code_item="yes",
        ...              code_key="a", auto_voice="own", code_voice="quoted"),
        ...         dict(row_type="item", doc_id="d", start=9, end=12, auto_key="b", code_item="no",
        ...              code_key="", auto_voice="own", code_voice="")]
        >>> coding = pd.DataFrame(rows).assign(what="terms", coder="g", unit_id="u", left="", match="",
        ...                                    right="", code_note="", in_unit="")
        >>> ev = evaluate_coding(coding, gold="g")
        >>> ev.scores.set_index("variable").loc[["item", "voice"], ["tp", "n_system", "n_gold", "precision"]]  # doctest: +NORMALIZE_WHITESPACE
                  tp  n_system  n_gold  precision
        variable
        item       1         2       1        0.5
        voice      0         2       1        0.0
    """
    if coding.empty or not (coding["coder"] == gold).any():
        raise AnalysisError(f"coder {gold!r} has no stored coding; import a sheet with 'coding import --coder {gold}'")
    mine = coding[coding["coder"] == gold]
    whats = [what] if what else [w for w in WHATS if (mine["what"] == w).any()]
    scores: list[dict] = []
    errors: list[dict] = []
    for w in whats:
        sch = scheme(w)
        rows = complete_columns(mine[mine["what"] == w], w)
        if rows.empty:
            raise AnalysisError(f"coder {gold!r} has coded no {w}")
        system = rows[(rows["row_type"] == "item") & (rows["code_item"] != "")]
        gold_items = rows[((rows["row_type"] == "item") & (rows["code_item"] == YES)) | (rows["row_type"] == "added")]
        sys_keyed = system.assign(**{n: system[f"auto_{n}"] for n in sch.names})
        gold_keyed = gold_items.assign(**{n: gold_items[f"code_{n}"] for n in sch.names})

        def context(row: pd.Series) -> dict:
            return {k: row[k] for k in ("doc_id", "start", "end", "left", "match", "right", "unit_id")}

        span_pairs = match_items(sys_keyed, gold_keyed, overlap=True)
        n_s, n_g = len(system), len(gold_items)
        scores.append(dict(what=w, variable="span", match="overlap", tp=len(span_pairs), n_system=n_s,
                           n_gold=n_g, **dict(zip(("precision", "recall", "f1"), _prf(len(span_pairs), n_s, n_g)))))
        pairs = match_items(sys_keyed, gold_keyed, keys=sch.match_on, overlap=sch.overlap)
        criterion = " + ".join([*sch.match_on, *(["overlap"] if sch.overlap else [])])
        # Units are rows of the coder's coding: each system item (the system says present, the coder
        # yes or no) and each item the coder added (the system says absent).
        added_rows = rows.index[rows["row_type"] == "added"]
        presence = pd.DataFrame(
            [(_SYSTEM, i, YES) for i in system.index] + [(_GOLD, i, v) for i, v in system["code_item"].items()]
            + [(who, i, YES if who == _GOLD else "no") for i in added_rows for who in (_SYSTEM, _GOLD)],
            columns=["coder", "unit_id", "value"])
        scores.append(dict(what=w, variable="item", match=criterion, tp=len(pairs), n_system=n_s, n_gold=n_g,
                           **dict(zip(("precision", "recall", "f1"), _prf(len(pairs), n_s, n_g))),
                           **_alpha_of(presence, "nominal")))
        paired_s = {s for s, _ in pairs}
        paired_g = {g for _, g in pairs}
        for si, s in system.iterrows():
            if si not in paired_s:
                errors.append(dict(what=w, variable="item", kind="false_positive", system=_describe(
                    s, "auto_", sch.match_on), gold="" if s["code_item"] != YES else _describe(
                    s, "code_", sch.match_on), note=s["code_note"], **context(s)))
        for gi, g in gold_items.iterrows():
            if gi not in paired_g:
                errors.append(dict(what=w, variable="item", kind="false_negative", system="",
                                   gold=_describe(g, "code_", sch.match_on), note=g["code_note"], **context(g)))
        for v in sch.variables:
            if v.name in sch.match_on:
                continue
            has_s = system[f"auto_{v.name}"] != ""
            has_g = gold_items[f"code_{v.name}"] != ""
            if not has_g.any():
                continue
            tp = unknown_s = unknown_g = 0
            both: list[tuple[str, str, object]] = []
            for si, gi in pairs:
                a, b = system.at[si, f"auto_{v.name}"], gold_items.at[gi, f"code_{v.name}"]
                if not a or not b:
                    # One side was not coded: the pair says nothing about this variable.
                    unknown_s, unknown_g = unknown_s + bool(a), unknown_g + bool(b)
                    continue
                unit = gi  # pairs are one to one: the gold row names the unit
                if v.alpha_level != "interval" or NONE not in (a, b):
                    both += [(_SYSTEM, unit, a), (_GOLD, unit, b)]
                if _same(a, b):
                    tp += 1
                else:
                    g = gold_items.loc[gi]
                    errors.append(dict(what=w, variable=v.name, kind="wrong_value", system=a, gold=b,
                                       note=g["code_note"], **context(g)))
            n_sv, n_gv = int(has_s.sum()) - unknown_s, int(has_g.sum()) - unknown_g
            long = pd.DataFrame(both, columns=["coder", "unit_id", "value"])
            if v.alpha_level == "interval":
                long["value"] = long["value"].astype(float)
            scores.append(dict(what=w, variable=v.name, match="item + exact value", tp=tp, n_system=n_sv, n_gold=n_gv,
                               **dict(zip(("precision", "recall", "f1"), _prf(tp, n_sv, n_gv))),
                               **_alpha_of(long, v.alpha_level)))
    dis = pd.DataFrame(errors, columns=DISAGREEMENT_COLUMNS)
    dis = dis.sort_values(["what", "doc_id", "start", "end", "variable"], kind="mergesort").reset_index(drop=True)
    # n_units is missing on the span row (no alpha there): an integer column with gaps, never 4.0.
    table = pd.DataFrame(scores, columns=SCORE_COLUMNS).astype({"n_units": "Int64"})
    return Evaluation(table, dis)


def _alpha_of(values: pd.DataFrame, level: str) -> dict:
    from analysis.coding.agreement import alpha_with_interval

    result = alpha_with_interval(values, level)
    return {k: result[k] for k in ("alpha", "alpha_ci_low", "alpha_ci_high", "n_units")}


def evaluate(corpus_dir: Path, *, gold: str, what: str | None = None) -> Evaluation:
    """:func:`evaluate_coding` over the coding stored in ``corpus_dir``.

    Example:
        >>> evaluate(Path("corpus"), gold="gold").scores  # doctest: +SKIP
    """
    from analysis.coding.store import load_coding

    return evaluate_coding(load_coding(Path(corpus_dir), what), gold=gold, what=what)


__all__ = ["Evaluation", "match_items", "evaluate_coding", "evaluate", "SCORE_COLUMNS", "DISAGREEMENT_COLUMNS"]
