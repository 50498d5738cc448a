"""Keyness statistics against hand-computed 2×2 textbook formulas."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse
from scipy.stats import chi2_contingency

from analysis.discovery.dfm import FEATURE_COLUMNS, Dfm
from analysis.discovery.keyness import contingency_statistic, group_mask, keyness
from analysis.errors import AnalysisError


def fixed_dfm() -> Dfm:
    """Two target documents (outlet t) and two reference documents (outlet r).

    Column totals: x: target 10, reference 5; y: target 20, reference 45;
    z: target 70, reference 150. Target tokens T = 100, reference R = 200, N = 300.
    """
    matrix = sparse.csr_matrix(np.array([
        [6, 12, 32],   # target
        [4, 8, 38],    # target
        [5, 40, 55],   # reference
        [0, 5, 95],    # reference
    ]))
    features = pd.DataFrame([(f, f, 0, 0, 1, "d", 0, 1, False) for f in ("x", "y", "z")], columns=FEATURE_COLUMNS)
    docvars = pd.DataFrame({"doc_id": ["d1", "d2", "d3", "d4"], "outlet": ["t", "t", "r", "r"],
                            "published": ["2015-07-01", "2015-07-20", "2015-08-01", "2015-08-05"]})
    return Dfm(matrix, features, docvars, {"package": "test"})


# Feature x: a=10, b=5, c=T-a=90, d=R-b=195, N=300.
#   ad - bc = 10*195 - 5*90 = 1950 - 450 = 1500
#   margins: a+b=15, c+d=285, a+c=100, b+d=200; product 15*285*100*200 = 85_500_000
#   chi2       = 300 * 1500**2 / 85_500_000               = 675_000_000 / 85_500_000 = 7.894736...
#   chi2_yates = 300 * (1500 - 300/2)**2 / 85_500_000     = 546_750_000 / 85_500_000 = 6.394736...
#   expected: E11 = 15*100/300 = 5, E12 = 15*200/300 = 10, E21 = 285*100/300 = 95, E22 = 285*200/300 = 190
#   G2  = 2*(10 ln(10/5) + 5 ln(5/10) + 90 ln(90/95) + 195 ln(195/190))
#   PMI = ln(a / E11) = ln(10/5) = ln 2
# Feature y: a=20, b=45, c=80, d=155: ad - bc = 3100 - 3600 = -500 (target uses it less: negative sign)
#   margins 65, 235, 100, 200; product 305_500_000; E11 = 65*100/300 = 21.666...
#   chi2       = -(300 * 500**2 / 305_500_000)             = -75_000_000 / 305_500_000
#   chi2_yates = -(300 * (500 - 150)**2 / 305_500_000)     = -36_750_000 / 305_500_000
#   G2  = -2*(20 ln(20/(65*100/300)) + 45 ln(45/(65*200/300)) + 80 ln(80/(235*100/300)) + 155 ln(155/(235*200/300)))
#   PMI = ln(20 / (65*100/300)) = ln(60/65)
HAND = {
    ("x", "chi2"): 675_000_000 / 85_500_000,
    ("x", "chi2_yates"): 546_750_000 / 85_500_000,
    ("x", "lr"): 2 * (10 * math.log(10 / 5) + 5 * math.log(5 / 10) + 90 * math.log(90 / 95)
                      + 195 * math.log(195 / 190)),
    ("x", "pmi"): math.log(2),
    ("y", "chi2"): -75_000_000 / 305_500_000,
    ("y", "chi2_yates"): -36_750_000 / 305_500_000,
    ("y", "lr"): -2 * (20 * math.log(20 / (65 * 100 / 300)) + 45 * math.log(45 / (65 * 200 / 300))
                       + 80 * math.log(80 / (235 * 100 / 300)) + 155 * math.log(155 / (235 * 200 / 300))),
    ("y", "pmi"): math.log(60 / 65),
}


@pytest.mark.parametrize("feature,measure", sorted(HAND))
def test_statistic_equals_the_hand_computed_2x2_formula(feature, measure):
    table = keyness(fixed_dfm(), {"outlet": "t"}, measure=measure).set_index("feature")
    assert table.loc[feature, "statistic"] == pytest.approx(HAND[feature, measure], rel=1e-12)
    assert table.loc[feature, "measure"] == measure


def test_counts_and_p_values():
    table = keyness(fixed_dfm(), {"outlet": "t"}, measure="chi2").set_index("feature")
    assert table[["n_target", "n_reference"]].loc["x"].tolist() == [10, 5]
    assert table[["n_target", "n_reference"]].loc["z"].tolist() == [70, 150]
    # p of chi2 with 1 df: P(X > s) = erfc(sqrt(s / 2)).
    s = 675_000_000 / 85_500_000
    assert table.loc["x", "p"] == pytest.approx(math.erfc(math.sqrt(s / 2)), rel=1e-9)
    assert math.isnan(keyness(fixed_dfm(), {"outlet": "t"}, measure="pmi").set_index("feature").loc["x", "p"])


def test_sorted_most_key_first_and_columns_like_quanteda():
    table = keyness(fixed_dfm(), {"outlet": "t"}, measure="lr")
    assert list(table.columns[:5]) == ["feature", "statistic", "p", "n_target", "n_reference"]
    assert table["feature"].iloc[0] == "x"
    assert table["statistic"].is_monotonic_decreasing


def test_yates_correction_is_clamped_at_zero_when_the_difference_is_below_n_over_2():
    # a=1, b=2, c=99, d=198: ad - bc = 198 - 198 = 0 -> |0| - 150 < 0 -> 0, not (150)^2.
    stat, p = contingency_statistic([1], [2], [99], [198], measure="chi2_yates")
    assert stat[0] == 0 and p[0] == 1


def test_reversing_the_groups_flips_the_sign():
    forward = keyness(fixed_dfm(), {"outlet": "t"}, measure="lr").set_index("feature")["statistic"]
    backward = keyness(fixed_dfm(), {"outlet": "r"}, measure="lr").set_index("feature")["statistic"]
    assert np.allclose(forward.sort_index(), -backward.sort_index())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 400), min_size=4, max_size=4))
def test_chi2_and_g2_agree_with_scipy(cells):
    a, b, c, d = cells
    observed = np.array([[a, b], [c, d]])
    for measure, kwargs in (("chi2", {"correction": False}), ("chi2_yates", {"correction": True}),
                            ("lr", {"correction": False, "lambda_": "log-likelihood"})):
        expected = chi2_contingency(observed, **kwargs)[0]
        stat, _ = contingency_statistic([a], [b], [c], [d], measure=measure)
        assert abs(stat[0]) == pytest.approx(expected, rel=1e-9, abs=1e-9)


def test_groups_by_date_range_and_explicit_reference():
    dfm = fixed_dfm()
    assert group_mask(dfm.docvars, since="2015-07-10", until="2015-08-01").tolist() == [False, True, True, False]
    table = keyness(dfm, {"doc_id": "d1"}, reference={"doc_id": ["d3"]}, measure="chi2").set_index("feature")
    assert table.loc["x", ["n_target", "n_reference"]].tolist() == [6, 5]
    late = keyness(dfm, {"outlet": "t"}, since="2015-07-15", measure="chi2")
    assert late.set_index("feature").loc["x", ["n_target", "n_reference"]].tolist() == [4, 5]
    assert late.attrs["versions"]["keyness"]["n_target_docs"] == 1
    assert late.attrs["versions"]["keyness"]["n_reference_docs"] == 2


@pytest.mark.parametrize("target,message", [
    ({"outlet": "nobody"}, "target group has no documents"),
    ({"nope": "t"}, "no document column 'nope'"),
    ([True, True, True, True], "reference group has no documents"),
])
def test_bad_groups_are_one_clear_error(target, message):
    with pytest.raises(AnalysisError, match=message):
        keyness(fixed_dfm(), target)


def test_unknown_measure_is_refused():
    with pytest.raises(AnalysisError, match="unknown keyness measure"):
        keyness(fixed_dfm(), {"outlet": "t"}, measure="tfidf")


def test_excluding_stop_words_equals_removing_them_from_the_matrix():
    from analysis.discovery.dfm import build_dfm

    docs = [("a", "قال إن الجيش في القرية في الليل", {"outlet": "x"}),  # synthetic
            ("b", "قال الوزير إن الهدنة صامدة", {"outlet": "y"})]  # synthetic
    kept = keyness(build_dfm(docs, backend="rules"), {"outlet": "x"}, measure="lr", exclude_stopwords=True)
    removed = keyness(build_dfm(docs, backend="rules", remove_stopwords=True), {"outlet": "x"}, measure="lr")
    pd.testing.assert_frame_equal(kept, removed)
