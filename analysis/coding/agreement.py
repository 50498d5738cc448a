"""Inter-coder reliability: Krippendorff's alpha per variable.

Alpha is computed by the ``krippendorff`` package (Castro 2017), checked in
the tests against the worked example of Krippendorff (2011), "Computing
Krippendorff's Alpha-Reliability": nominal 0.743, interval 0.849.

Units and values, for each kind of annotation:

* ``item`` — every automatic item a coder saw: ``yes``/``no`` (nominal);
  and every item a coder *added* by hand (a figure the system missed): ``yes``
  for the coders who added it, ``no`` for every other coder who coded the
  sentence it was found in (or, for an item added as a free row, any row of
  its document). So a unit coded by one coder and missed by another counts as
  a disagreement on presence, not as nothing.
* each codebook variable — the items a coder called real (``code_item`` yes,
  automatic or added): the coder's value, nominal for labels, interval for
  figures. ``none`` is a label for nominal variables but missing for interval
  ones (it is not a number).
* ``missed`` — every random sentence a coder answered: the number of items
  the coder found the system missed there (interval).

A blank cell is missing data, which alpha handles. Alpha is undefined (NaN,
with a note) when no unit has two coders' values, or when every value is the
same (no variation to be explained).

Every alpha comes with a bootstrap 95% confidence interval
(:func:`bootstrap_alpha`): units are resampled with replacement
(:data:`BOOTSTRAP_SAMPLES` times, fixed seed, so the interval is
reproducible) and the 2.5th and 97.5th percentiles of the resampled alphas are
reported. This follows Hayes & Krippendorff (2007) in reporting the sampling
distribution of alpha; their KALPHA macro resamples pairs of values within
the coincidence matrix, whereas resampling units, as Zapf et al. (2016)
recommend, keeps each unit's values together.
"""

from __future__ import annotations

from pathlib import Path

import krippendorff
import numpy as np
import pandas as pd

from analysis.coding.codebook import NONE, WHATS, YES, scheme
from analysis.coding.store import complete_columns

COLUMNS = ["what", "variable", "level", "alpha", "alpha_ci_low", "alpha_ci_high", "n_units", "n_coders",
           "n_values", "percent_agreement", "note"]
BOOTSTRAP_SAMPLES = 1000
BOOTSTRAP_SEED = 20070101  # Hayes & Krippendorff 2007: a fixed seed keeps intervals reproducible


def reliability_matrix(values: pd.DataFrame) -> pd.DataFrame:
    """Coders x units matrix from long data (``coder, unit_id, value``); missing is NaN.

    Example:
        >>> long = pd.DataFrame({"coder": ["a", "b", "a"], "unit_id": ["u1", "u1", "u2"],
        ...                      "value": ["yes", "no", "yes"]})
        >>> reliability_matrix(long).fillna("-").values.tolist()
        [['yes', 'yes'], ['no', '-']]
    """
    if values.empty:
        return pd.DataFrame()
    return values.pivot(index="coder", columns="unit_id", values="value").sort_index().sort_index(axis=1)


def alpha(matrix: pd.DataFrame, level: str) -> tuple[float, str]:
    """Krippendorff's alpha of a coders x units matrix, or NaN and why.

    Args:
        matrix: Values (strings, or numbers for ``interval``); NaN = missing.
        level: ``nominal`` or ``interval``.

    Returns:
        ``(alpha, note)``; the note is empty when alpha is defined.

    Example:
        >>> m = pd.DataFrame([["a", "a", "b"], ["a", "a", "a"]])
        >>> round(alpha(m, "nominal")[0], 3)
        0.0
        >>> alpha(pd.DataFrame([["a", "a"], ["a", "a"]]), "nominal")
        (nan, 'every value is the same: alpha is undefined')
    """
    data, value_domain, note = _numeric(matrix, level)
    if note:
        return float("nan"), note
    return _alpha(data, value_domain, level), ""


def _numeric(matrix: pd.DataFrame, level: str) -> tuple[np.ndarray, np.ndarray, str]:
    """Coders x units floats (labels as indices), the value domain, and why alpha is undefined."""
    values = matrix.to_numpy(dtype=object)
    present = pd.notna(matrix).to_numpy()
    if not (present.sum(axis=0) >= 2).any():
        return np.empty((0, 0)), np.empty(0), "no unit has values from two coders"
    if level == "interval":
        data = np.where(present, values, np.nan).astype(float)
    else:
        domain = sorted({v for v in values[present]})
        index = {v: i for i, v in enumerate(domain)}
        data = np.array([[index[v] if ok else np.nan for v, ok in zip(row, mask)]
                         for row, mask in zip(values, present)], dtype=float)
    pairable = data[:, (~np.isnan(data)).sum(axis=0) >= 2]
    if len(np.unique(pairable[~np.isnan(pairable)])) < 2:
        return data, np.empty(0), "every value is the same: alpha is undefined"
    value_domain = np.unique(data[~np.isnan(data)]) if level == "interval" else np.arange(len(domain), dtype=float)
    return pairable, value_domain, ""


def _alpha(data: np.ndarray, value_domain: np.ndarray, level: str) -> float:
    return float(krippendorff.alpha(reliability_data=data, value_domain=value_domain, level_of_measurement=level))


def bootstrap_alpha(matrix: pd.DataFrame, level: str, *, samples: int = BOOTSTRAP_SAMPLES,
                    seed: int = BOOTSTRAP_SEED, confidence: float = 0.95) -> tuple[float, float]:
    """Percentile bootstrap interval of alpha, resampling units with replacement.

    Only units with values from two or more coders are resampled (the others
    do not enter alpha). Resamples where alpha is undefined are dropped.

    Returns:
        ``(low, high)``, or NaNs when alpha is undefined on the data.

    Example:
        >>> m = pd.DataFrame([["a", "a", "b", "b", "a"], ["a", "b", "b", "b", "a"]])
        >>> low, high = bootstrap_alpha(m, "nominal", samples=200)
        >>> bool(low <= alpha(m, "nominal")[0] <= high)
        True
    """
    data, value_domain, note = _numeric(matrix, level)
    if note:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    n = data.shape[1]
    values = []
    for _ in range(samples):
        resampled = data[:, rng.integers(0, n, size=n)]
        if len(np.unique(resampled[~np.isnan(resampled)])) < 2:
            continue  # alpha is undefined on a resample without variation
        values.append(_alpha(resampled, value_domain, level))
    if not values:
        return float("nan"), float("nan")
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(values, [tail, 100 - tail])
    return float(low), float(high)


def alpha_with_interval(values: pd.DataFrame, level: str) -> dict:
    """Alpha, its bootstrap 95% interval, units, coders, pairable values and percent agreement.

    Args:
        values: ``coder, unit_id, value`` rows.
        level: ``nominal`` or ``interval``.

    Example:
        >>> long = pd.DataFrame({"coder": ["sys", "gold"] * 3, "unit_id": ["u1", "u1", "u2", "u2", "u3", "u3"],
        ...                      "value": ["a", "a", "b", "b", "a", "b"]})
        >>> r = alpha_with_interval(long, "nominal")
        >>> round(r["alpha"], 3), r["n_units"], r["n_coders"]
        (0.444, 3, 2)
    """
    matrix = reliability_matrix(values)
    if matrix.empty:
        return dict(alpha=float("nan"), alpha_ci_low=float("nan"), alpha_ci_high=float("nan"), n_units=0,
                    n_coders=0, n_values=0, percent_agreement=float("nan"), note="not coded")
    a, note = alpha(matrix, level)
    low, high = bootstrap_alpha(matrix, level)
    pairable = matrix.loc[:, matrix.notna().sum(axis=0) >= 2]
    return dict(alpha=a, alpha_ci_low=low, alpha_ci_high=high, n_units=int(pairable.shape[1]),
                n_coders=int((pairable.notna().sum(axis=1) > 0).sum()),
                n_values=int(pairable.notna().sum().sum()), percent_agreement=_percent_agreement(pairable),
                note=note)


def _percent_agreement(matrix: pd.DataFrame) -> float:
    agree = pairs = 0.0
    for unit in matrix.columns:
        vals = matrix[unit].dropna().tolist()
        m = len(vals)
        if m < 2:
            continue
        counts = pd.Series(vals).value_counts()
        agree += float((counts * (counts - 1)).sum()) / (m - 1)
        pairs += m
    return agree / pairs if pairs else float("nan")


def _long_values(coding: pd.DataFrame, what: str) -> dict[str, tuple[str, pd.DataFrame]]:
    """``variable -> (alpha level, long values)`` for one kind."""
    sch = scheme(what)
    rows = complete_columns(coding[coding["what"] == what], what)
    items = rows[(rows["row_type"] == "item") & (rows["code_item"] != "")]
    out: dict[str, tuple[str, pd.DataFrame]] = {
        "item": ("nominal", items[["coder", "unit_id"]].assign(value=items["code_item"]))
    }
    added = rows[rows["row_type"] == "added"]
    out["item"] = ("nominal", pd.concat([out["item"][1], _added_presence(rows, added)], ignore_index=True))
    real = pd.concat([items[items["code_item"] == YES], added], ignore_index=True)
    for v in sch.variables:
        col = real[f"code_{v.name}"]
        keep = (col != "") & ~((col == NONE) & (v.alpha_level == "interval"))
        value = col[keep].astype(float) if v.alpha_level == "interval" else col[keep]
        out[v.name] = (v.alpha_level, real.loc[keep, ["coder", "unit_id"]].assign(value=value))
    sentences = rows[(rows["row_type"] == "sentence") & (rows["code_item"] != "")]
    found = added[added["in_unit"] != ""].groupby(["coder", "in_unit"]).size()
    counts = [float(found.get((c, u), 0)) for c, u in zip(sentences["coder"], sentences["unit_id"])]
    out["missed"] = ("interval", sentences[["coder", "unit_id"]].assign(value=counts))
    return out


def _added_presence(rows: pd.DataFrame, added: pd.DataFrame) -> pd.DataFrame:
    """Presence values for hand-added items: yes for who added it, no for who saw its context."""
    if added.empty:
        return pd.DataFrame(columns=["coder", "unit_id", "value"])
    coded = rows[rows["code_item"] != ""]
    saw_sentence = set(zip(coded.loc[coded["row_type"] == "sentence", "coder"],
                           coded.loc[coded["row_type"] == "sentence", "unit_id"]))
    saw_document = set(zip(coded["coder"], coded["doc_id"]))
    coders = sorted(set(rows["coder"]))
    adders = added.groupby("unit_id")["coder"].agg(set)
    context = added.drop_duplicates("unit_id").set_index("unit_id")[["in_unit", "doc_id"]]
    out = []
    for unit, who in adders.items():
        in_unit, doc_id = context.at[unit, "in_unit"], context.at[unit, "doc_id"]
        for coder in coders:
            if coder in who:
                out.append((coder, unit, YES))
            elif (coder, in_unit) in saw_sentence if in_unit else (coder, doc_id) in saw_document:
                out.append((coder, unit, "no"))
    return pd.DataFrame(out, columns=["coder", "unit_id", "value"])


def agreement(coding: pd.DataFrame, *, what: str | None = None) -> pd.DataFrame:
    """Krippendorff's alpha between coders, per kind and variable.

    Args:
        coding: Stored coding of all coders (:func:`analysis.coding.store.load_coding`).
        what: Only this kind; None for every kind that has coding.

    Returns:
        One row per variable: ``what, variable, level`` (nominal|interval),
        ``alpha`` (NaN when undefined, see ``note``), ``alpha_ci_low`` and
        ``alpha_ci_high`` (bootstrap 95% interval), ``n_units`` (units with
        values from at least two coders), ``n_coders`` (coders with a value in
        those units), ``n_values`` (pairable values), ``percent_agreement``
        (observed share of agreeing pairs, for readers used to it) and ``note``.

    Example:
        >>> coding = pd.DataFrame({"what": "casualties", "coder": ["a", "b", "a", "b"],
        ...     "unit_id": ["u1", "u1", "u2", "u2"], "row_type": "item", "code_item": "yes",
        ...     "code_category": ["killed", "killed", "injured", "killed"], "in_unit": ""})
        >>> row = agreement(coding).set_index("variable").loc["category"]
        >>> round(float(row["alpha"]), 3), int(row["n_units"]), int(row["n_coders"])
        (0.0, 2, 2)
    """
    results = []
    if coding.empty:
        return pd.DataFrame(columns=COLUMNS)
    whats = [what] if what else [w for w in WHATS if (coding["what"] == w).any()]
    for w in whats:
        for variable, (level, long) in _long_values(coding, w).items():
            results.append(dict(what=w, variable=variable, level=level, **alpha_with_interval(long, level)))
    return pd.DataFrame(results, columns=COLUMNS)


def agreement_table(corpus_dir: Path, *, what: str | None = None) -> pd.DataFrame:
    """:func:`agreement` over the coding stored in ``corpus_dir``.

    Example:
        >>> agreement_table(Path("/nonexistent")).empty
        True
    """
    from analysis.coding.store import load_coding

    return agreement(load_coding(Path(corpus_dir), what), what=what)


__all__ = ["reliability_matrix", "alpha", "bootstrap_alpha", "alpha_with_interval", "agreement", "agreement_table"]
