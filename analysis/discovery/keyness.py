"""Keyness: which features a target group of documents uses more than a reference.

For each feature the 2×2 contingency table is::

                  target    reference
    feature         a           b
    other words     c           d          N = a + b + c + d

with ``a + c`` the target's tokens and ``b + d`` the reference's. Expected
counts are ``E_ij = row_i × col_j / N``. Measures (as in quanteda's
``textstat_keyness``):

``chi2``        ``N (ad − bc)² / ((a+b)(c+d)(a+c)(b+d))`` (Pearson, no correction)
``chi2_yates``  ``N (max(0, |ad − bc| − N/2))² / ((a+b)(c+d)(a+c)(b+d))``
``lr``          ``G² = 2 Σ O ln(O/E)`` over the four cells (``0 ln 0 = 0``)
``pmi``         ``ln(a / E_11)`` (natural log; ``−inf`` when ``a = 0``)

``chi2``, ``chi2_yates`` and ``lr`` are signed: negative when the target uses
the feature less than expected (``a < E_11``), as quanteda reports them; their
``p`` is the upper tail of χ² with one degree of freedom. ``pmi`` has no
test, its ``p`` is missing.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

import numpy as np
import pandas as pd
from scipy import stats

from analysis.discovery.dfm import Dfm
from analysis.errors import AnalysisError

MEASURES = ("chi2", "chi2_yates", "lr", "pmi")
#: Columns of a keyness table, quanteda's first, then the KWIC link.
KEYNESS_COLUMNS = ["feature", "statistic", "p", "n_target", "n_reference", "surface", "measure",
                   "doc_id", "start", "end"]

Group = Mapping[str, Any] | Iterable[bool] | np.ndarray


def group_mask(docvars: pd.DataFrame, group: Group | None = None, *, since: str | None = None,
               until: str | None = None, date_column: str = "published") -> np.ndarray:
    """Boolean mask of the documents in a group.

    Args:
        docvars: :attr:`Dfm.docvars`.
        group: A boolean sequence (one per document), or a mapping
            ``{column: value or list of values}`` (``{"outlet": "okaz"}``);
            ``None`` selects every document.
        since, until: Keep documents whose ``date_column`` (``YYYY-MM-DD``,
            or a prefix such as ``YYYY-MM``) falls in the range, inclusive.
        date_column: The date column.

    Example:
        >>> dv = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["x", "y", "x"],
        ...                    "published": ["2015-07-01", "2015-08-02", "2015-08-09"]})
        >>> group_mask(dv, {"outlet": "x"}).tolist(), group_mask(dv, since="2015-08").tolist()
        ([True, False, True], [False, True, True])
    """
    n = len(docvars)
    if group is None:
        mask = np.ones(n, dtype=bool)
    elif isinstance(group, Mapping):
        mask = np.ones(n, dtype=bool)
        for column, value in group.items():
            if column not in docvars.columns:
                raise AnalysisError(f"no document column {column!r} (columns: {', '.join(docvars.columns)})")
            values = [value] if isinstance(value, (str, int, float)) else list(value)
            mask &= docvars[column].astype(str).isin([str(v) for v in values]).to_numpy()
    else:
        mask = np.asarray(list(group) if not isinstance(group, np.ndarray) else group, dtype=bool)
        if mask.shape != (n,):
            raise AnalysisError(f"a group mask needs one value per document ({n}), got {mask.shape}")
    if since or until:
        dates = docvars[date_column].fillna("").astype(str)
        if since:
            mask &= (dates.str[: len(since)] >= since).to_numpy() & (dates != "").to_numpy()
        if until:
            mask &= (dates.str[: len(until)] <= until).to_numpy() & (dates != "").to_numpy()
    return mask


def keyness(
    dfm: Dfm,
    target: Group,
    *,
    reference: Group | None = None,
    measure: str = "chi2",
    min_count: int = 1,
    since: str | None = None,
    until: str | None = None,
    exclude_stopwords: bool = False,
) -> pd.DataFrame:
    """Keyness of every feature in ``target`` documents against ``reference`` documents.

    Args:
        dfm: The document-feature matrix.
        target: The target group (see :func:`group_mask`).
        reference: The reference group; default every document not in the target.
        measure: ``chi2``, ``chi2_yates``, ``lr`` or ``pmi`` (module docstring).
        min_count: Drop features with fewer tokens in target and reference together.
        since, until: Restrict both groups to a date range.
        exclude_stopwords: Leave the stop-word features (``features["stop"]``)
            out of the table and of the group totals, as if they had been
            removed from the matrix.

    Returns:
        :data:`KEYNESS_COLUMNS`, most key first (ties by feature); ``attrs["versions"]``
        says how the matrix was made and which groups were compared.

    Example:
        >>> from analysis.discovery.dfm import build_dfm
        >>> docs = [("a", "هجوم هجوم قصف", {"outlet": "x"}), ("b", "قصف هدنة", {"outlet": "y"})]  # synthetic
        >>> k = keyness(build_dfm(docs, backend="rules"), {"outlet": "x"}, measure="lr")
        >>> k[["feature", "n_target", "n_reference"]].values.tolist()
        [['هجوم', 2, 0], ['قصف', 1, 1], ['هدنه', 0, 1]]
    """
    if measure not in MEASURES:
        raise AnalysisError(f"unknown keyness measure {measure!r} (choose from {', '.join(MEASURES)})")
    in_range = group_mask(dfm.docvars, None, since=since, until=until)
    target_mask = group_mask(dfm.docvars, target) & in_range
    reference_mask = (~target_mask if reference is None else group_mask(dfm.docvars, reference)) & in_range
    if (target_mask & reference_mask).any():
        raise AnalysisError("the target and reference groups share documents")
    if not target_mask.any():
        raise AnalysisError("the target group has no documents")
    if not reference_mask.any():
        raise AnalysisError("the reference group has no documents")
    a = np.asarray(dfm.matrix[target_mask].sum(axis=0)).ravel().astype(np.float64)
    b = np.asarray(dfm.matrix[reference_mask].sum(axis=0)).ravel().astype(np.float64)
    keep = np.ones(len(a), dtype=bool)
    if exclude_stopwords and "stop" in dfm.features.columns:
        keep = ~dfm.features["stop"].to_numpy(dtype=bool)
    statistic, p = contingency_statistic(a, b, a[keep].sum() - a, b[keep].sum() - b, measure=measure)
    table = pd.DataFrame({
        "feature": dfm.features["feature"], "statistic": statistic, "p": p,
        "n_target": a.astype(np.int64), "n_reference": b.astype(np.int64),
        "surface": dfm.features["surface"], "measure": measure,
        "doc_id": dfm.features["doc_id"], "start": dfm.features["start"], "end": dfm.features["end"],
    })
    table = table[keep & ((table["n_target"] + table["n_reference"]) >= max(min_count, 1)).to_numpy()]
    table = table.sort_values(["statistic", "feature"], ascending=[False, True], kind="mergesort")
    table = table.reset_index(drop=True)
    table.attrs["versions"] = {**dfm.versions, "keyness": {
        "measure": measure, "target": _describe(target), "reference": _describe(reference),
        "since": since, "until": until, "min_count": min_count, "exclude_stopwords": exclude_stopwords,
        "n_target_docs": int(target_mask.sum()), "n_reference_docs": int(reference_mask.sum()),
    }}
    return table


def contingency_statistic(a, b, c, d, *, measure: str) -> tuple[np.ndarray, np.ndarray]:
    """The keyness statistic and its p-value for arrays of 2×2 tables (cells as in the module docstring).

    Example:
        >>> s, p = contingency_statistic(np.array([10.]), np.array([5.]), np.array([90.]),
        ...                              np.array([195.]), measure="chi2")
        >>> round(float(s[0]), 4), round(float(p[0]), 4)
        (7.8947, 0.005)
    """
    a, b, c, d = (np.asarray(x, dtype=np.float64) for x in (a, b, c, d))
    n = a + b + c + d
    row1, row2, col1, col2 = a + b, c + d, a + c, b + d
    denominator = row1 * row2 * col1 * col2
    e11 = row1 * col1 / n
    sign = np.where(a >= e11, 1.0, -1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        if measure == "chi2":
            value = np.where(denominator > 0, n * (a * d - b * c) ** 2 / denominator, 0.0)
        elif measure == "chi2_yates":
            excess = np.maximum(0.0, np.abs(a * d - b * c) - n / 2)
            value = np.where(denominator > 0, n * excess ** 2 / denominator, 0.0)
        elif measure == "lr":
            cells = ((a, row1 * col1), (b, row1 * col2), (c, row2 * col1), (d, row2 * col2))
            value = 2 * sum(np.where(o > 0, o * np.log(o * n / margin), 0.0) for o, margin in cells)
            value = np.maximum(value, 0.0)  # rounding can leave -1e-13 for a perfectly expected table
        elif measure == "pmi":
            return np.log(a / e11), np.full(a.shape, np.nan)
        else:
            raise AnalysisError(f"unknown keyness measure {measure!r}")
    return sign * value, stats.chi2.sf(value, 1)


def _describe(group) -> Any:
    if group is None:
        return "rest"
    if isinstance(group, Mapping):
        return {k: (v if isinstance(v, (str, int, float)) else list(v)) for k, v in group.items()}
    return "mask"


__all__ = ["keyness", "group_mask", "contingency_statistic", "MEASURES", "KEYNESS_COLUMNS"]
