"""What each report figure counts, on the seed (the shipped corpus): one test per figure.

Every figure exposes the data it draws as ``fig.plotted``; these tests check
it against counts taken straight from the corpus tables, so a figure that
draws the wrong rows (evacuations as killings, hidden overlapping points,
subsets dropped without a note) fails here.
"""

from __future__ import annotations

import re
import shutil

import pandas as pd
import pytest

from analysis.report import build as B
from analysis.report import summaries as S
from analysis.report.figures.labels import shipped_names


@pytest.fixture(scope="module")
def seed(repo_root, tmp_path_factory):
    """The report's context and tables for the shipped corpus (the seed article)."""
    from analysis.tables import corpus_tables

    if not (repo_root / "corpus" / "releases").is_dir():
        pytest.skip("the repository corpus has no release yet")
    corpus = tmp_path_factory.mktemp("seed") / "corpus"
    shutil.copytree(repo_root / "corpus", corpus)
    tables = corpus_tables(corpus, progress=False, cache=False, backend="rules")
    from analysis import Corpus

    ctx = B.Context(tables, [], names=shipped_names(), corpus=Corpus(corpus), options={"backend": "rules"})
    frames = {name: build(ctx) for name, (_, build) in B.TABLES.items()}
    return tables, ctx, frames


def draw(seed, name: str):
    tables, ctx, frames = seed
    return B.draw_figure(name, ctx, frames)


def _texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")) if t.get_text()]


def test_every_report_figure_has_a_test_here():
    tested = {n.removeprefix("test_").removesuffix("_on_the_seed")
              for n in globals() if n.startswith("test_") and n.endswith("_on_the_seed")}
    assert set(B.FIGURES) <= tested


@pytest.mark.parametrize("name", sorted(B.FIGURES))
def test_labels_are_bilingual_names_never_raw_keys_or_cut_off(seed, name):
    texts = _texts(draw(seed, name))
    assert not [t for t in texts if re.search(r"\b(labels|events|places|institutions)/\w", t)]
    assert not [t for t in texts if "…" in t]


def test_documents_per_outlet_on_the_seed(seed):
    tables = seed[0]
    fig = draw(seed, "documents_per_outlet")
    assert fig.plotted["value"].sum() == len(tables.documents) == 1
    assert fig.plotted["item"].tolist() == [S.UNKNOWN]  # the seed has no outlet


def test_documents_over_time_on_the_seed(seed):
    fig = draw(seed, "documents_over_time")
    assert fig.plotted.values.tolist() == [[seed[0].documents["published"].iloc[0], S.UNKNOWN, 1]]


def test_metadata_completeness_on_the_seed(seed):
    docs = seed[0].documents
    fig = draw(seed, "metadata_completeness")
    shares = dict(zip(fig.plotted["item"], fig.plotted["value"]))
    for field in S.METADATA_FIELDS:
        assert shares[field] == (docs[field].fillna("").astype(str).str.strip() != "").mean()
    assert shares["published (day precision)"] == 1.0


def test_text_lengths_on_the_seed(seed):
    n_tokens = int(seed[0].documents["n_tokens"].iloc[0])
    fig = draw(seed, "text_lengths")
    hit = fig.plotted[fig.plotted["n_documents"] > 0]
    assert hit["n_documents"].tolist() == [1]
    assert hit["low"].iloc[0] <= n_tokens <= hit["high"].iloc[0]


def test_actor_mentions_on_the_seed(seed):
    actors = seed[0].actors
    fig = draw(seed, "actor_mentions")
    resolved = actors["actor"].dropna()
    expected = resolved.value_counts()
    assert dict(zip(fig.plotted["item"], fig.plotted["value"])) == expected.to_dict()
    assert fig.plotted["value"].tolist() == sorted(expected.tolist(), reverse=True)


def test_label_actor_heatmap_on_the_seed(seed):
    actors = seed[0].actors
    pairs = [(label, a) for a, labels in zip(actors["actor"], actors["labels"].fillna(""))
             for label in str(labels).split("|") if label and isinstance(a, str)]
    fig = draw(seed, "label_actor_heatmap")
    assert fig.plotted["n"].sum() == len(pairs)
    assert set(zip(fig.plotted["row"], fig.plotted["column"])) == set(pairs)


def test_share_of_voice_on_the_seed(seed):
    quotes = seed[0].quotes
    fig = draw(seed, "share_of_voice")
    assert fig.plotted["value"].sum() == pytest.approx(1.0)
    top = quotes["speaker"].fillna(S.UNRESOLVED).value_counts()
    assert fig.plotted["value"].iloc[0] == pytest.approx(top.iloc[0] / len(quotes))


def test_quoted_about_on_the_seed(seed):
    tables = seed[0]
    inside = 0
    for q in tables.quotes.itertuples():
        same = tables.actors[tables.actors["doc_id"] == q.doc_id]
        inside += int(((same["start"] >= q.content_start) & (same["end"] <= q.content_end)).sum())
    fig = draw(seed, "quoted_about")
    assert fig.plotted["n"].sum() == inside > 0


def test_actor_term_cooccurrence_on_the_seed(seed):
    fig = draw(seed, "actor_term_cooccurrence")
    assert set(fig.plotted["voice"]) <= set(S.VOICE_CLASSES)
    assert set(fig.plotted["key"]) <= set(S.LOADED_FAMILIES)
    pd.testing.assert_frame_equal(
        fig.plotted.sort_values(["actor", "key", "voice"]).reset_index(drop=True),
        seed[2]["actor_term_cooccurrence"].sort_values(["actor", "key", "voice"]).reset_index(drop=True),
        check_dtype=False)  # the seed has fewer actors and terms than the figure's top-N


def test_term_voice_by_outlet_on_the_seed(seed):
    family = S.select_keys(seed[0].terms, S.LOADED_FAMILIES)
    fig = draw(seed, "term_voice_by_outlet")
    assert fig.plotted["n"].sum() == len(family)
    assert fig.plotted.groupby("key")["n"].sum().to_dict() == family["key"].value_counts().to_dict()


def test_term_markers_on_the_seed(seed):
    family = S.select_keys(seed[0].terms, S.LOADED_FAMILIES)
    fig = draw(seed, "term_markers")
    for row in fig.plotted.itertuples():
        uses = family[family["key"] == row.key]
        assert row.share == pytest.approx(uses[row.marker].astype(bool).mean())


def test_terms_over_time_on_the_seed(seed):
    family = S.select_keys(seed[0].terms, S.LOADED_FAMILIES)
    fig = draw(seed, "terms_over_time")
    counts = fig.plotted.groupby(["key", "voice"])["n"].sum().to_dict()
    assert counts == family.groupby(["key", "voice"]).size().to_dict()
    # The seed uses "separatist" 5 times in its own voice and 5 times reported: the two
    # points must not sit on top of each other.
    same = fig.plotted.groupby(["key", "period", "n"])["x"].nunique()
    assert (same == fig.plotted.groupby(["key", "period", "n"]).size()).all()
    sep = fig.plotted[fig.plotted["key"] == "labels/separatist"]
    assert sorted(sep["voice"]) == ["own", "reported"] and sep["x"].nunique() == 2


def test_casualties_by_source_on_the_seed(seed):
    casualties = seed[0].casualties
    fig = draw(seed, "casualties_by_source")
    assert fig.plotted["n_claims"].sum() == len(casualties)
    by_source = casualties["source"].fillna(S.UNATTRIBUTED).value_counts().to_dict()
    assert fig.plotted.groupby("source")["n_claims"].sum().to_dict() == by_source


def test_casualty_hedges_on_the_seed(seed):
    casualties = seed[0].casualties
    fig = draw(seed, "casualty_hedges")
    assert dict(zip(fig.plotted["item"], fig.plotted["value"])) == (
        casualties["hedge"].fillna(S.NONE).value_counts().to_dict())


def test_casualty_agency_on_the_seed(seed):
    casualties = seed[0].casualties
    top = casualties[casualties["parent"].isna()]
    killed = top[top["category"] == "killed"]
    injured_named = top[(top["category"] == "injured") & (top["agency"] == "named")]
    fig = draw(seed, "casualty_agency")
    assert fig.plotted["n_claims"].sum() == len(killed) + len(injured_named) == 4
    assert dict(zip(fig.plotted["agency"], fig.plotted["n_claims"])) == (
        pd.concat([killed, injured_named])["agency"].value_counts().to_dict())
    # The seed's only named agent evacuates civilians: not a killing, so no "named" bar.
    assert "named" not in set(fig.plotted["agency"])
    left = seed[2]["casualty_agency_left_out"]
    assert fig.plotted["n_claims"].sum() + left["n_claims"].sum() == len(casualties)
    assert any("Left out: 2 evacuated" in t for t in _texts(fig))


def test_casualty_timeline_on_the_seed(seed):
    casualties = seed[0].casualties
    top = casualties[casualties["parent"].isna()]
    fig = draw(seed, "casualty_timeline")
    assert fig.plotted["n_claims"].sum() == len(top)
    # "32 killed" is reported twice: one point labelled x2, not two points on top of each other.
    assert fig.plotted.loc[fig.plotted["figure"] == 32, "n_claims"].tolist() == [2]
    assert not fig.plotted.duplicated(["x", "figure"]).any()
    assert any("32 ×2" in t for t in _texts(fig))
    n_subsets = int(casualties["parent"].notna().sum())
    assert any(f"Left out: {n_subsets} subsets of another claim" in t for t in _texts(fig))


def test_discovery_keyness_on_the_seed(seed):
    # One document without an outlet: keyness of one outlet against the others has nothing
    # to compare, and the figure says why instead of drawing an empty chart.
    table = seed[2]["discovery_keyness"]
    assert table.empty and "at least two outlets" in table.attrs["note"]
    texts = _texts(draw(seed, "discovery_keyness"))
    assert any("Nothing found" in t for t in texts) and any("two outlets" in t for t in texts)


def _says_nothing_found(seed, name) -> bool:
    return any("Nothing found" in t for t in _texts(draw(seed, name)))


# One document: no copies, no copy matrix, no edits -- and each reuse figure says so.
def test_reuse_by_outlet_on_the_seed(seed):
    table = seed[2]["reuse_by_outlet"]
    assert table[["documents", "in_cluster", "reuse_other"]].values.tolist() == [[1, 0, 0]]
    assert _says_nothing_found(seed, "reuse_by_outlet")


def test_reuse_copy_matrix_on_the_seed(seed):
    assert seed[2]["reuse_copy_matrix"].empty and _says_nothing_found(seed, "reuse_copy_matrix")


def test_reuse_edit_kinds_on_the_seed(seed):
    assert seed[2]["reuse_edit_kinds"].empty and _says_nothing_found(seed, "reuse_edit_kinds")
