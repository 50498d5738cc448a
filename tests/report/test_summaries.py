"""Summary tables: counts, edge cases (empty, blanks, coarse dates), deterministic order."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.report import summaries as S

from .conftest import make_tables

EMPTY_CASES = [
    ("documents_per_outlet", lambda t: S.documents_per_outlet(t.documents)),
    ("documents_over_time", lambda t: S.documents_over_time(t.documents)),
    ("text_lengths", lambda t: S.text_lengths(t.documents)),
    ("actor_mentions", lambda t: S.actor_mentions(t.actors)),
    ("label_actor_counts", lambda t: S.label_actor_counts(t.actors)),
    ("share_of_voice", lambda t: S.share_of_voice(t.quotes)),
    ("share_of_voice_by_outlet", lambda t: S.share_of_voice(t.quotes, t.documents, by_outlet=True)),
    ("quoted_about", lambda t: S.quoted_about(t.quotes, t.actors)),
    ("actor_term_cooccurrence", lambda t: S.actor_term_cooccurrence(t.actors, t.terms)),
    ("term_voice", lambda t: S.term_voice(t.terms, t.documents, by_outlet=True)),
    ("term_markers", lambda t: S.term_markers(t.terms)),
    ("terms_over_time", lambda t: S.terms_over_time(t.terms, t.documents)),
    ("claims_table", lambda t: S.claims_table(t.casualties, t.documents)),
    ("figures_by_source", lambda t: S.figures_by_source(t.casualties)),
    ("hedge_counts", lambda t: S.hedge_counts(t.casualties)),
    ("claim_subsets", lambda t: S.claim_subsets(t.casualties)),
    ("agency_breakdown", lambda t: S.agency_breakdown(t.casualties, t.documents)),
    ("casualty_timeline", lambda t: S.casualty_timeline(t.casualties, t.documents)),
    ("outlet_comparison", lambda t: S.outlet_comparison(t.casualties, t.documents)),
]


@pytest.mark.parametrize("name,build", EMPTY_CASES, ids=[c[0] for c in EMPTY_CASES])
def test_empty_tables_give_empty_frames_with_columns(name, build, empty):
    out = build(empty)
    assert out.empty and len(out.columns) > 0


@pytest.mark.parametrize("name,build", EMPTY_CASES, ids=[c[0] for c in EMPTY_CASES])
def test_same_input_same_output(name, build, tables):
    pd.testing.assert_frame_equal(build(tables), build(make_tables(6)))


@pytest.mark.parametrize("name,build", EMPTY_CASES, ids=[c[0] for c in EMPTY_CASES])
def test_row_order_does_not_depend_on_input_order(name, build, tables):
    shuffled = make_tables(6)
    for kind in ("documents", "terms", "actors", "quotes", "casualties"):
        frame = getattr(shuffled, kind)
        setattr(shuffled, kind, frame.iloc[::-1].reset_index(drop=True))
    pd.testing.assert_frame_equal(build(tables).reset_index(drop=True),
                                  build(shuffled).reset_index(drop=True), check_dtype=False)


def test_blank_outlet_counts_as_unknown(tables):
    out = S.documents_per_outlet(tables.documents)
    assert set(out["outlet"]) == {"عكاظ", "الرياض", S.UNKNOWN}  # synthetic
    assert out["n_documents"].sum() == 6
    assert out["share"].sum() == pytest.approx(1.0)


@pytest.mark.parametrize("published,precision,unit,expected", [
    (["2015-07-21", "2015-07-22"], ["day", "day"], None, ["2015-07-21", "2015-07-22"]),
    (["2015-07-21", "2015-07"], ["day", "month"], "day", ["2015-07-21"]),
    (["2015-07-21", "2015-07"], ["day", "month"], "month", ["2015-07"]),
    (["2015", "2016"], ["year", "year"], None, ["2015", "2016"]),
    (["2015-07", "2015-08"], ["month", "month"], None, ["2015-07", "2015-08"]),
    (["", ""], ["unknown", "unknown"], None, []),
])
def test_documents_over_time_respects_date_precision(published, precision, unit, expected):
    docs = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"], "published": published,
                         "date_precision": precision})
    out = S.documents_over_time(docs, unit=unit)
    assert out["period"].tolist() == expected


def test_time_bin_scales_with_span():
    assert S.time_bin(pd.to_datetime(["2015-07-21", "2015-08-11"])) == "day"
    assert S.time_bin(pd.to_datetime(["2015-01-01", "2016-06-01"])) == "month"
    assert S.time_bin(pd.to_datetime(["2001-01-01", "2016-06-01"])) == "year"
    assert S.time_bin([]) == "day"


def test_metadata_completeness_counts_blanks_as_missing(tables):
    out = S.metadata_completeness(tables.documents).set_index("field")
    assert out.loc["title", "n_present"] == 3
    assert out.loc["outlet", "n_missing"] == 2
    assert out.loc["published (day precision)", "share_present"] == 1.0


def test_label_actor_counts_split_joined_labels(tables):
    out = S.label_actor_counts(tables.actors)
    rows = {(r.label, r.actor): r.n for r in out.itertuples()}
    assert rows == {("militia", "houthis"): 6, ("terrorist", "houthis"): 3}


def test_quoted_about_needs_mention_inside_content():
    quotes = pd.DataFrame({"doc_id": ["a", "a"], "speaker": ["un", None],
                           "content_start": [10, 100], "content_end": [40, 120]})
    actors = pd.DataFrame({"doc_id": ["a", "a", "a", "b"], "start": [12, 35, 105, 12],
                           "end": [20, 45, 110, 20], "actor": ["houthis", "saudi", "un", "houthis"]})
    out = S.quoted_about(quotes, actors)
    # saudi straddles the content end; doc b has no quote
    assert out.values.tolist() == [[S.UNRESOLVED, "un", 1, 1], ["un", "houthis", 1, 1]]


def test_share_of_voice_by_outlet_sums_to_one_per_outlet(tables):
    out = S.share_of_voice(tables.quotes, tables.documents, by_outlet=True)
    assert out.groupby("outlet")["share"].sum().round(9).eq(1.0).all()


def test_term_voice_shares_within_key(tables):
    out = S.term_voice(tables.terms)
    assert out.groupby("key")["share"].sum().round(9).eq(1.0).all()


def test_term_voice_classes_are_exclusive_and_ordered(tables):
    out = S.term_voice(tables.terms)
    sep = out[out["key"] == "labels/separatist"]
    # 6 own-voice uses: so-called wins over scare quotes, which wins over plain own voice
    assert sep[["voice", "n"]].values.tolist() == [["own", 2], ["scare_quote", 2], ["so_called", 2]]
    assert out.loc[out["key"] == "labels/terrorist", "voice"].tolist() == ["reported"]


def test_select_keys_keeps_families_only(tables):
    kept = S.select_keys(tables.terms, S.LOADED_FAMILIES)
    assert set(kept["key"]) == {"labels/terrorist", "labels/separatist"}


def test_term_markers_counts_flags(tables):
    out = S.term_markers(tables.terms).set_index("key")
    assert out.loc["labels/separatist", "n_scare_quote"] == 3
    assert out.loc["labels/separatist", "n_so_called"] == 2
    assert out.loc["labels/terrorist", "share_quoted"] == 1.0


def test_kwic_with_voice_joins_the_terms_table_and_filters_by_voice():
    from analysis.lexicon.kwic import kwic

    text = "قال المتحدث إن الإرهابيين هاجموا القرية و«الإرهابيين» فروا"  # synthetic
    lines = kwic([("a", text)], "labels/terrorist", window=2)
    first, second = (text.index("الإرهابيين"), text.rindex("الإرهابيين"))
    terms = pd.DataFrame({"doc_id": ["a", "a"], "start": [first, second], "end": [first + 10, second + 10],
                          "voice": ["reported", "own"], "quoted": [False, True],
                          "scare_quote": [False, True], "so_called": [False, False]})
    docs = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"]})
    out = S.kwic_with_voice(lines, terms, docs)
    assert out[["start", "voice", "markers", "outlet"]].values.tolist() == [
        [first, "reported", "", "X"], [second, "own", "quoted scare_quote", "X"]]
    assert out["left"].iloc[0] == lines["left"].iloc[0]  # the one KWIC's context, unchanged
    assert S.kwic_with_voice(lines, terms, docs, voice="own")["start"].tolist() == [second]
    assert S.kwic_with_voice(lines, terms.iloc[:0], docs)["voice"].tolist() == [S.UNKNOWN] * 2


def test_claim_subsets_resolve_parent_by_offset(tables):
    out = S.claim_subsets(tables.casualties)
    assert len(out) == 6
    assert (out["parent_text"] == "مقتل 12 شخصا").all()  # synthetic


def test_casualty_timeline_skips_subsets(tables):
    out = S.casualty_timeline(tables.casualties, tables.documents)
    assert len(out) == 6 and (out["figure"] >= 12).all()


def test_agency_breakdown_derives_agency_when_column_missing():
    c = pd.DataFrame({"doc_id": ["a", "a", "a"], "category": ["killed"] * 3,
                      "perpetrator": ["x", None, None], "cause": [None, "قذيفة", None]})  # synthetic
    out = S.agency_breakdown(c)
    assert dict(zip(out["agency"], out["n_claims"])) == {"agentless": 1, "inanimate": 1, "named": 1}


@pytest.mark.parametrize("category,agency,parent,counted", [
    ("killed", "agentless", None, True),
    ("killed", "inanimate", None, True),
    ("killed", "named", 0, False),          # a subset restates part of a toll
    ("injured", "named", None, True),       # injured only where a perpetrator is named
    ("injured", "inanimate", None, False),
    ("injured", "agentless", None, False),
    ("evacuated", "named", None, False),    # peacekeepers evacuating civilians kill no one
    ("detained", "named", None, False),
    ("killed_or_injured", "named", None, False),
])
def test_agency_counts_killed_claims_and_injured_claims_naming_a_perpetrator(
        category, agency, parent, counted):
    c = pd.DataFrame({"doc_id": ["a"], "category": [category], "agency": [agency], "parent": [parent]})
    out = S.agency_breakdown(c, pd.DataFrame({"doc_id": ["a"], "outlet": ["X"]}))
    assert int(out["n_claims"].sum()) == int(counted)
    assert int(S.agency_left_out(c)["n_claims"].sum()) == int(not counted)


def test_agency_breakdown_and_left_out_account_for_every_claim(tables):
    counted = S.agency_breakdown(tables.casualties, tables.documents)
    left = S.agency_left_out(tables.casualties)
    assert counted["n_claims"].sum() + left["n_claims"].sum() == len(tables.casualties)
    assert (counted.groupby("outlet")["share"].sum().round(9) == 1).all()
    assert (counted["n_outlet"] == counted.groupby("outlet")["n_claims"].transform("sum")).all()
    assert left.values.tolist() == [["subset of another claim", 6]]


def test_timeline_left_out_accounts_for_every_claim(tables):
    plotted = S.casualty_timeline(tables.casualties, tables.documents)
    left = S.timeline_left_out(tables.casualties, tables.documents)
    assert len(plotted) + left["n_claims"].sum() == len(tables.casualties)
    assert dict(left.values.tolist()) == {"subset of another claim": 6}


def test_claims_table_is_the_casualty_table_with_outlet_and_date(tables):
    out = S.claims_table(tables.casualties, tables.documents)
    cols = list(tables.casualties.columns)
    assert list(out.columns) == cols[:3] + ["outlet", "published"] + cols[3:]
    assert len(out) == len(tables.casualties)
    first = out.iloc[0]
    doc = tables.documents.set_index("doc_id").loc[first["doc_id"]]
    assert first["published"] == doc["published"]


@pytest.mark.parametrize("published,precision", [
    ("0001-01-01", "day"), ("9999-12-31", "day"), ("0001-01", "month"), ("0001", "year"),
])
def test_report_on_a_document_published_0001_01_01_counts_it_undated(published, precision):
    docs = pd.DataFrame({"doc_id": ["a", "b"], "published": [published, "2023-09-20"],
                         "date_precision": [precision, "day"], "outlet": ["X", "X"], "n_tokens": [1, 2]})
    parsed = S.parse_published(docs)
    assert parsed["precision"].tolist() == ["unknown", "day"]
    assert S.corpus_summary(docs).endswith("published 2023-09-20 (1 undated).")
    assert S.documents_over_time(docs)["n_documents"].tolist() == [1]


def test_figures_by_source_uses_range_midpoint():
    c = pd.DataFrame({"doc_id": ["a"], "source": ["ministry"], "category": ["killed"],
                      "value": [None], "low": [10], "high": [20]})
    assert S.figures_by_source(c)["median"].tolist() == [15.0]


@pytest.mark.parametrize("n_docs,expected", [
    (0, "Corpus version 0.1.0: no documents."),
    (1, "Corpus version 0.1.0: 1 document (90 words) from 1 outlet, published 2015-07-21."),
])
def test_corpus_summary_reads_well_at_any_size(n_docs, expected):
    t = make_tables(n_docs)
    assert S.corpus_summary(t.documents, t.versions) == expected


def test_release_history_semver_order():
    out = S.release_history([{"version": "0.10.0"}, {"version": "0.9.1"}, {"version": "1.0.0"}])
    assert out["version"].tolist() == ["0.9.1", "0.10.0", "1.0.0"]


def test_actor_term_cooccurrence_counts_sentences_of_loaded_terms_only(tables):
    out = S.actor_term_cooccurrence(tables.actors, tables.terms)
    # places/karabakh shares sentence 1 with "un" too, but is not a loaded-term family
    assert out.values.tolist() == [["houthis", "labels/terrorist", "reported", 6],
                                   ["un", "labels/separatist", "own", 6]]
    every_key = S.actor_term_cooccurrence(tables.actors, tables.terms, keys=None)
    assert "places/karabakh" in set(every_key["key"])


def test_actor_term_cooccurrence_blank_actor_unresolved_and_no_sentence_dropped():
    a = pd.DataFrame({"doc_id": ["d", "d", "d"], "sentence": [0, 0, None], "actor": ["x", "", "y"]})
    t = pd.DataFrame({"doc_id": ["d", "d"], "sentence": [0, None], "key": ["labels/terrorist"] * 2,
                      "voice": ["own", "own"]})
    out = S.actor_term_cooccurrence(a, t)
    assert out[["actor", "n_sentences"]].values.tolist() == [[S.UNRESOLVED, 1], ["x", 1]]


def test_outlet_comparison_lines_up_outlets_per_date_and_category(tables):
    out = S.outlet_comparison(tables.casualties, tables.documents)
    assert list(out.columns) == S.OUTLET_COMPARISON_COLUMNS
    first = out.iloc[0]
    assert (first["published"], first["outlet"], first["category"]) == ("2015-07-21", S.UNKNOWN, "killed")
    # d0 (عكاظ) and d5 (blank outlet) share a date; subsets are listed, never the top value
    assert out[out["published"] == "2015-07-21"]["outlet"].tolist() == [S.UNKNOWN, "عكاظ"]  # synthetic
    row = out[out["doc_ids"] == "d5"].iloc[0]
    assert (row["figures"], row["top_value"], row["sources"]) == ("≥17; 5", 17, "ministry;unattributed")


def test_outlet_comparison_keeps_claims_of_documents_without_metadata():
    c = pd.DataFrame({"doc_id": ["zz"], "start": [0], "end": [3], "category": [None], "value": [None],
                      "hedge": ["vague"], "parent": [None], "source": [None], "perpetrator": [None],
                      "vague_default": [10]})
    out = S.outlet_comparison(c, pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "published": ["2020"]}))
    assert out[["published", "category", "outlet", "figures"]].values.tolist() == [
        ["", S.UNKNOWN, S.UNKNOWN, "vague(10)"]]
    assert pd.isna(out["top_value"].iloc[0])
