"""Collocations by actor (PMI, logDice, G2) and two-word collocations (lambda, z), by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.discovery.collocations import actor_collocations, collocations
from analysis.discovery.dfm import build_dfm
from analysis.discovery.features import FeatureOptions
from analysis.errors import AnalysisError

LOOSE = FeatureOptions(min_stem_count=1)
# tokens: 0 قصف 1 الجيش 2 القرية 3 ثم 4 قصف 5 الجيش 6 المدينة 7 . | 8 انسحب 9 الجيش
TEXT = "قصف الجيش القرية ثم قصف الجيش المدينة. انسحب الجيش"  # synthetic
ARMY = pd.DataFrame({"doc_id": ["a"] * 3, "actor": ["army"] * 3,
                     "first_token": [1, 5, 9], "last_token": [2, 6, 10]})


def army(window: int, exclude_stopwords: bool = False, **kw) -> pd.DataFrame:
    dfm = build_dfm([("a", TEXT, {"outlet": "x"})], backend="rules", options=LOOSE, keep_tokens=True)
    return actor_collocations(dfm, ARMY, window=window, min_count=1, exclude_stopwords=exclude_stopwords,
                              **kw).set_index("feature")


def test_actor_measures_equal_the_hand_computation():
    table = army(1)
    # window 1 -> positions {0, 2, 4, 6, 8}: قصف twice, قريه, مدينه, انسحب; R = 5.
    # the text has N = 9 word tokens; قصف occurs C = 2 times; f_x = 3 mentions.
    row = table.loc["قصف"]
    assert (row.n, row.n_window, row.n_feature, row.n_group, row.mentions) == (2, 5, 2, 9, 3)
    assert row.pmi == pytest.approx(math.log2(2 / (5 * 2 / 9)))           # log2(O / E), E = R C / N
    assert row.log_dice == pytest.approx(14 + math.log2(2 * 2 / (3 + 2)))  # 14 + log2(2 O / (f_x + C))
    # 2x2: a = O = 2, b = C - O = 0, c = R - O = 3, d = N - R - C + O = 4; N = 9
    # E11 = 2*5/9, E21 = 7*5/9, E22 = 7*4/9 (b has O = 0: 0 ln 0 = 0)
    g2 = 2 * (2 * math.log(2 / (10 / 9)) + 3 * math.log(3 / (35 / 9)) + 4 * math.log(4 / (28 / 9)))
    assert row.g2 == pytest.approx(g2)
    assert "جيش" not in table.index  # a mention's own tokens are not its collocates


def test_windows_stay_in_the_sentence_and_overlaps_count_once():
    table = army(3)
    # mention 1 right window and mention 2 left window both cover tokens 2-4: counted once;
    # token 8 (next sentence) is outside mention 2's window; mention 3 sees only token 8.
    assert table.loc["قصف", "n"] == 2 and table.loc["قصف", "n_window"] == 6
    assert set(table.index) == {"قصف", "قريه", "ثم", "مدينه", "انسحب"}


def test_stop_words_are_neither_collocates_nor_counted():
    table = army(3, exclude_stopwords=True)
    assert "ثم" not in table.index
    assert table.loc["قصف", "n_window"] == 5 and table.loc["قصف", "n_group"] == 8


def test_an_empty_actor_list_gives_an_empty_table():
    dfm = build_dfm([("a", TEXT, {"outlet": "x"})], backend="rules", keep_tokens=True)
    assert actor_collocations(dfm, ARMY, actor=[]).empty


def test_groups_by_outlet():
    docs = [("a", TEXT, {"outlet": "x"}), ("b", TEXT, {"outlet": "y"})]
    dfm = build_dfm(docs, backend="rules", options=LOOSE, keep_tokens=True)
    mentions = pd.concat([ARMY, ARMY.assign(doc_id="b")])
    table = actor_collocations(dfm, mentions, window=1, min_count=1)
    assert sorted(table["group"].unique()) == ["x", "y"]
    assert table.groupby("group")["n"].sum().tolist() == [5, 5]


@pytest.mark.parametrize("kwargs,message", [
    ({"window": 0}, "window must be at least 1"),
    ({"actor": "nobody"}, "no mentions of nobody"),
    ({"by": "colour"}, "no document column 'colour'"),
])
def test_actor_errors(kwargs, message):
    dfm = build_dfm([("a", TEXT, {"outlet": "x"})], backend="rules", keep_tokens=True)
    with pytest.raises(AnalysisError, match=message):
        actor_collocations(dfm, ARMY, **kwargs)


def test_mentions_from_another_text_are_refused():
    dfm = build_dfm([("a", "قصف الجيش", {})], backend="rules", keep_tokens=True)  # synthetic
    with pytest.raises(AnalysisError, match="different texts"):
        actor_collocations(dfm, ARMY, by=None)


def test_without_the_token_stream_a_clear_error():
    dfm = build_dfm([("a", TEXT, {})], backend="rules")
    with pytest.raises(AnalysisError, match="keep_tokens"):
        collocations(dfm)


def test_multiword_lambda_and_z_by_hand():
    text = "قصف جوي. قصف جوي. قصف بري"  # synthetic
    dfm = build_dfm([("a", text, {})], backend="rules", keep_tokens=True)
    table = collocations(dfm, min_count=1).set_index("features")
    # pairs inside sentences: (قصف جوي) x2, (قصف بري) x1 -> 3 positions.
    # قصف جوي: n11 = 2, n12 = 3 - 2 = 1, n21 = 2 - 2 = 0, n22 = 3 - 2 - 1 - 0 = 0; each + 0.5
    lam = math.log(2.5 * 0.5 / (1.5 * 0.5))
    sigma = math.sqrt(1 / 2.5 + 1 / 1.5 + 1 / 0.5 + 1 / 0.5)
    assert table.loc["قصف جوي", "count"] == 2
    assert table.loc["قصف جوي", "lambda"] == pytest.approx(lam)
    assert table.loc["قصف جوي", "z"] == pytest.approx(lam / sigma)
    row = table.loc["قصف جوي"]
    assert text[row.start:row.end] == "قصف جوي"
    assert "جوي قصف" not in table.index  # a full stop breaks the sequence


def test_multiword_over_clitic_stripped_forms():
    text = "ما يسمى بالجيب الانفصالي، وما يسمى الجيب الانفصالي، لما يسمى للجيب الانفصالي"  # synthetic
    dfm = build_dfm([("a", text, {})], backend="rules", keep_tokens=True, options=LOOSE)
    table = collocations(dfm, min_count=3).set_index("features")
    assert table.loc["جيب انفصالي", "count"] == 3
    assert table.loc["جيب انفصالي", "collocation"].split()[1] == "الانفصالي"


def test_candidates_stub_loads_as_a_lexicon_and_is_written_safely(tmp_path, repo_root):
    from analysis.discovery.candidates import write_candidates
    from analysis.discovery.keyness import keyness
    from analysis.lexicon.loader import load_lexicon

    docs = [("a", TEXT, {"outlet": "x"}), ("b", "وقال الوزير إن الهدنة صامدة", {"outlet": "y"})]  # synthetic
    dfm = build_dfm(docs, backend="rules", keep_tokens=True, options=LOOSE)
    for table in (keyness(dfm, {"outlet": "x"}), collocations(dfm, min_count=1),
                  actor_collocations(dfm, ARMY, window=2, min_count=1)):
        path = write_candidates(table, tmp_path / "c.yml", source="test", top=3, force=True)
        lexicon = load_lexicon(path)
        assert lexicon.name == "candidates" and len(lexicon.entries) == 3
        assert all(e.key.startswith("candidates/c") for e in lexicon.entries)
    with pytest.raises(AnalysisError, match="exists"):
        write_candidates(table, tmp_path / "c.yml", source="test")
    with pytest.raises(AnalysisError, match="inside the corpus"):
        write_candidates(table, repo_root / "corpus" / "c.yml", source="test")
