"""Krippendorff's alpha: the package against the literature, and our wrapper against the package."""

from __future__ import annotations

import math

import krippendorff
import numpy as np
import pandas as pd
import pytest

from analysis.coding.agreement import agreement, alpha, reliability_matrix

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
