"""Krippendorff's alpha: the package against the literature, and our wrapper against the package."""

from __future__ import annotations

import math

import krippendorff
import numpy as np
import pandas as pd
import pytest

from analysis.coding.agreement import agreement, alpha, bootstrap_alpha, reliability_matrix

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
# 4 observers (A-D) x 12 units, missing values allowed. Published results:
# nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797.
NA = np.nan
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3],
    [NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA],
]
PUBLISHED = {"nominal": 0.743, "ordinal": 0.815, "interval": 0.849, "ratio": 0.797}


@pytest.mark.parametrize("level", sorted(PUBLISHED))
def test_package_reproduces_krippendorff_2011(level):
    value = krippendorff.alpha(reliability_data=KRIPPENDORFF_2011, level_of_measurement=level)
    print(f"\nKrippendorff 2011 {level}: package {value:.4f}, published {PUBLISHED[level]}")
    assert round(value, 3) == PUBLISHED[level]


def test_our_wrapper_on_krippendorff_2011():
    # Nominal values as labels (strings), the way coding sheets hold them.
    labels = pd.DataFrame([[None if math.isnan(v) else f"v{int(v)}" for v in row] for row in KRIPPENDORFF_2011])
    a_nom, note = alpha(labels, "nominal")
    assert note == "" and round(a_nom, 3) == 0.743
    a_int, _ = alpha(pd.DataFrame(KRIPPENDORFF_2011), "interval")
    assert round(a_int, 3) == 0.849


def test_nominal_by_hand_two_coders():
    # Coders a, b on 4 units: (x, x) (x, y) (y, y) (z, -), unit 4 has one value and does not count.
    # Coincidences: o_xx = 2, o_xy = o_yx = 1, o_yy = 2; n_x = 3, n_y = 3, n = 6.
    # alpha = 1 - (n - 1) * (o_xy + o_yx) / (n_x n_y + n_y n_x) = 1 - 5 * 2 / 18 = 4/9
    m = pd.DataFrame([["x", "x", "y", "z"], ["x", "y", "y", None]], index=["a", "b"])
    assert alpha(m, "nominal") == (pytest.approx(4 / 9), "")


@pytest.mark.parametrize("matrix, note", [
    ([["x", None], [None, "y"]], "no unit has values from two coders"),
    ([["x", "x"], ["x", "x"]], "every value is the same: alpha is undefined"),
])
def test_undefined_alpha(matrix, note):
    value, why = alpha(pd.DataFrame(matrix), "nominal")
    assert math.isnan(value) and why == note


def test_agreement_counts_units_coders_and_values():
    rows = []
    for coder, cats in {"a": ["killed", "injured", "killed"], "b": ["killed", "killed", None],
                        "c": [None, None, "killed"]}.items():
        for unit, cat in zip(["u1", "u2", "u3"], cats):
            if cat:
                rows.append(dict(what="casualties", coder=coder, unit_id=unit, row_type="item", code_item="yes",
                                 code_category=cat))
    table = agreement(pd.DataFrame(rows)).set_index("variable")
    row = table.loc["category"]
    assert (row["n_units"], row["n_coders"], row["n_values"]) == (3, 3, 6)
    # pairs: u1 (k,k) agree, u2 (i,k) disagree, u3 (k,k) agree -> 2 of 3 units agree
    assert row["percent_agreement"] == pytest.approx(4 / 6)
    assert table.loc["item", "note"] == "every value is the same: alpha is undefined"


def test_reliability_matrix_is_coders_by_units():
    long = pd.DataFrame({"coder": ["b", "a"], "unit_id": ["u2", "u1"], "value": [1.0, 2.0]})
    m = reliability_matrix(long)
    assert m.index.tolist() == ["a", "b"] and m.columns.tolist() == ["u1", "u2"]


def test_bootstrap_interval_on_krippendorff_2011_is_reproducible_and_brackets_alpha():
    labels = pd.DataFrame([[None if math.isnan(v) else f"v{int(v)}" for v in row] for row in KRIPPENDORFF_2011])
    low, high = bootstrap_alpha(labels, "nominal")
    assert (low, high) == bootstrap_alpha(labels, "nominal")  # fixed seed
    assert low < 0.743 < high <= 1.0
    i_low, i_high = bootstrap_alpha(pd.DataFrame(KRIPPENDORFF_2011), "interval")
    assert i_low < 0.849 < i_high <= 1.0
    print(f"\nKrippendorff 2011: nominal 0.743 [{low:.3f}, {high:.3f}], interval 0.849 [{i_low:.3f}, {i_high:.3f}]")


def _row(coder, unit, row_type, code_item, **more):
    return dict(what="casualties", coder=coder, unit_id=unit, row_type=row_type, code_item=code_item,
                doc_id="d1", in_unit=more.pop("in_unit", ""), **more)


def test_an_item_one_coder_added_counts_as_a_disagreement_on_presence():
    # Coders a and b answer three automatic items and one random sentence s1. Only a adds an item
    # found in s1 (a figure the system missed); b coded s1 and found nothing there.
    rows = [
        _row("a", "u1", "item", "yes"), _row("b", "u1", "item", "yes"),
        _row("a", "u2", "item", "yes"), _row("b", "u2", "item", "no"),
        _row("a", "u3", "item", "no"), _row("b", "u3", "item", "no"),
        _row("a", "s1", "sentence", "yes"), _row("b", "s1", "sentence", "no"),
        _row("a", "u4", "added", "yes", in_unit="s1", code_category="missing"),
    ]
    table = agreement(pd.DataFrame(rows)).set_index("variable")
    # item presence over 4 units: a = (y, y, n, y), b = (y, n, n, n).
    # Coincidences (m_u = 2, each ordered pair adds 1): o_yy = 2, o_nn = 2, o_yn = o_ny = 2;
    # n_y = n_n = 4, n = 8. alpha = 1 - (n - 1) (o_yn + o_ny) / (2 n_y n_n) = 1 - 7 * 4 / 32 = 1/8.
    # Without the added item (3 units) it would be 1 - 5 * 2 / 18 = 4/9: the miss was invisible.
    assert table.loc["item", "alpha"] == pytest.approx(1 / 8)
    assert table.loc["item", "n_units"] == 4
    # A coder who did not see the added item's sentence gives no value for it (missing, not "no").
    rows_c = rows + [_row("c", "u1", "item", "yes")]
    assert agreement(pd.DataFrame(rows_c)).set_index("variable").loc["item", "n_coders"] == 3
    matrix_units = agreement(pd.DataFrame(rows_c)).set_index("variable").loc["item", "n_values"]
    assert matrix_units == 9  # a: 4 values, b: 4, c: 1 (u1); c has none for u4
