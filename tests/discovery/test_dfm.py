"""Document-feature matrix: clitic variants merge, surfaces and KWIC links point into originals."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from analysis.discovery.dfm import NOT_A_WORD, STOP_WORD, build_dfm, feature_kwic
from analysis.discovery.features import FeatureOptions, choose_features
from analysis.discovery.stopwords import load_stopwords
from analysis.errors import AnalysisError
from analysis.text.morphology import get_backend

TINY_DB = Path(__file__).parents[1] / "text" / "data" / "tiny_morph.db"
LOOSE = FeatureOptions(min_stem_count=1)

DOCS = [  # synthetic
    ("a", "قال الانفصاليون إن الانفصاليين والانفصاليين للانفصاليين وبالانفصاليين انسحبوا.", {"outlet": "x"}),
    ("b", "وقال وزير الدفاع إن الوزارة والوزارة تتابع.", {"outlet": "y"}),
    ("c", "كان الجيش في المدينة وفي القرية، وكانت الحكومة وحكومتها حاضرة.", {"outlet": "y"}),
]


@pytest.mark.parametrize("word,feature", [
    # proclitic sequences collapse onto one attested stem
    ("الانفصاليين", "انفصاليين"),
    ("والانفصاليين", "انفصاليين"),
    ("للانفصاليين", "انفصاليين"),
    ("وبالانفصاليين", "انفصاليين"),
    ("وقال", "قال"),
    ("والوزاره", "وزاره"),
    # a stop-word stem is accepted although short; a stop word itself is never split
    ("وفي", "في"),
    ("كان", "كان"),
    ("وكانت", "كانت"),
    # enclitic with teh marbuta restored
    ("وحكومتها", "حكومه"),
])
def test_clitic_variants_map_to_one_feature(word, feature):
    dfm = build_dfm(DOCS, backend="rules", options=LOOSE)
    assert dfm.types[word] == feature


@pytest.mark.parametrize("counts,word,expected,why", [
    ({"وزاره": 400, "زاره": 3}, "وزاره", "وزاره", "stem hundreds of times rarer than the word"),
    ({"الله": 50, "له": 90}, "الله", "الله", "the article never attaches to a pronoun-preposition"),
    ({"ايرانيه": 20, "ايراني": 30}, "ايرانيه", "ايرانيه", "written with ة: the ه is no pronoun"),
    ({"بلاده": 20, "بلاد": 30}, "بلاده", "بلاد", "enclitic ه on a noun"),
    ({"السعوديه": 500, "للسعوديه": 50}, "السعوديه", "سعوديه", "the definite form attests the stem"),
    ({"السعوديه": 500, "للسعوديه": 50}, "للسعوديه", "سعوديه", "joins its definite form"),
    ({"الذي": 900, "ذي": 40}, "الذي", "الذي", "a stop word is never split"),
])
def test_feature_rules(counts, word, expected, why):
    stop = load_stopwords().words
    mapping = choose_features(counts, backend=get_backend("rules"), stop=stop,
                              teh_marbuta=frozenset({"ايرانيه"}))
    assert mapping[word] == expected, why


def test_surface_tokens_when_clitics_are_not_stripped():
    dfm = build_dfm(DOCS, backend="rules", options=FeatureOptions(strip_clitics=False))
    assert {"والانفصاليين", "للانفصاليين", "الانفصاليين"} <= set(dfm.features["feature"])


def test_counts_surface_and_kwic_link_point_into_the_original():
    texts = {d: t for d, t, _ in DOCS}
    dfm = build_dfm(DOCS, backend="rules", options=LOOSE)
    row = dfm.features.set_index("feature").loc["انفصاليين"]
    assert row.n == 4 and row.doc_freq == 1 and row.n_types == 4  # الانفصاليون (nominative) is another form
    assert texts[row.doc_id][row.start:row.end] == row.surface
    for r in dfm.features.itertuples():
        assert texts[r.doc_id][r.start:r.end] == r.surface
    assert int(dfm.matrix.sum()) == int(dfm.features["n"].sum())
    assert dfm.docvars["outlet"].tolist() == ["x", "y", "y"]


def test_stop_words_are_removed_and_recorded():
    full = build_dfm(DOCS, backend="rules", options=LOOSE)
    lean = build_dfm(DOCS, backend="rules", remove_stopwords=True, options=LOOSE, keep_tokens=True)
    assert {"في", "كان", "ان"} <= set(full.features["feature"])
    assert not {"في", "كان", "ان"} & set(lean.features["feature"])
    assert lean.versions["stopwords"]["version"] == load_stopwords().version
    assert len(lean.versions["stopwords"]["sha256"]) == 64 and lean.versions["stopwords_removed"]
    assert (lean.tokens.ids == STOP_WORD).any() and (lean.tokens.ids == NOT_A_WORD).any()


def test_documents_are_streamed_once():
    consumed = []

    def docs():
        for d in DOCS:
            consumed.append(d[0])
            yield d

    dfm = build_dfm(docs(), backend="rules")
    assert consumed == ["a", "b", "c"] and dfm.shape[0] == 3


def test_token_stream_keeps_positions_and_sentences():
    dfm = build_dfm(DOCS, backend="rules", options=LOOSE, keep_tokens=True)
    stream = dfm.tokens
    assert stream.doc_ptr.tolist()[0] == 0 and len(stream.ids) == stream.doc_ptr[-1]
    first = stream.ids[stream.doc_ptr[0]:stream.doc_ptr[1]]
    col = dfm.column("انفصاليين")
    assert (first == col).sum() == 4
    third = stream.sentence[stream.doc_ptr[2]:stream.doc_ptr[3]]
    assert third.max() == 0  # one sentence


def test_same_input_same_matrix():
    one = build_dfm(DOCS, backend="rules")
    two = build_dfm(list(reversed(DOCS))[::-1], backend="rules")
    assert (one.matrix != two.matrix).nnz == 0 and one.features.equals(two.features)


def test_calima_lemmas_are_the_features():
    backend = get_backend(TINY_DB)
    dfm = build_dfm([("a", "الانفصاليون والانفصاليين قوات", {})], backend=backend)  # synthetic
    assert dfm.versions["backend"] == "calima"
    assert dfm.types["والانفصاليين"] == dfm.types["الانفصاليون"]
    assert "tiny_morph.db" in dfm.versions["backend_version"]


def test_feature_kwic_uses_every_merged_spelling():
    dfm = build_dfm(DOCS, backend="rules", options=LOOSE)
    table = feature_kwic(DOCS, dfm, "انفصاليين", window=1)
    assert len(table) == 4
    with pytest.raises(AnalysisError, match="no feature"):
        feature_kwic(DOCS, dfm, "غير_موجود")


def test_empty_corpus_gives_an_empty_matrix():
    dfm = build_dfm([], backend="rules")
    assert dfm.shape == (0, 0) and np.asarray(dfm.matrix.sum()) == 0


def test_workers_and_chunking_do_not_change_the_matrix():
    from analysis.discovery.stream import stream_counts

    records = [(d, t, m) for d, t, m in DOCS] * 3
    one = stream_counts(records, wanted=("outlet",), keep_tokens=True, workers=1, chunk_docs=256)
    two = stream_counts(records, wanted=("outlet",), keep_tokens=True, workers=2, chunk_docs=2)
    assert one.surfaces == two.surfaces and one.first == two.first
    assert (one.matrix() != two.matrix()).nnz == 0
    for a, b in zip(one.token_stream(), two.token_stream()):  # ids, sentences, offsets, doc pointer
        assert np.array_equal(a, b)
    serial = build_dfm(DOCS, backend="rules")
    parallel = build_dfm(DOCS, backend="rules", workers=2)
    assert (serial.matrix != parallel.matrix).nnz == 0 and serial.features.equals(parallel.features)


def test_a_lone_tatweel_is_not_a_feature():
    # regression: "ـ" normalizes to "" and became an empty feature on SaudiNewsNet
    dfm = build_dfm([("a", "قال ـ الجيش ـ إن", {})], backend="rules")  # synthetic
    assert "" not in set(dfm.features["feature"])
    assert int(dfm.matrix.sum()) == 3


@pytest.mark.parametrize("word", ["ولي", "والي"])
def test_whole_words_are_never_split(word):
    # regression: on SaudiNewsNet "ولي العهد" (crown prince) came out as the features "لي عهد"
    from analysis.text.normalize import normalize

    counts = {normalize(word): 3000, "لي": 1500, "الي": 90000, "عهد": 4000}
    sw = load_stopwords()
    mapping = choose_features(counts, backend=get_backend("rules"), stop=sw.words, whole=sw.whole)
    assert mapping[normalize(word)] == normalize(word)
    assert mapping["عهد"] == "عهد"


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

WORDS = ["الجيش", "والجيش", "للجيش", "قال", "وقال", "هدنة", "الهدنة", "في", "وفي", "ـ", "،", "3", "«"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join), min_size=1, max_size=4))
def test_every_word_token_is_counted_once_and_links_point_into_the_text(texts):
    from analysis.text.tokenize import tokenize

    docs = [(f"d{i}", t, {}) for i, t in enumerate(texts)]  # synthetic
    dfm = build_dfm(docs, backend="rules", options=LOOSE)
    words = sum(1 for t in texts for tok in tokenize(t) if tok.kind == "word" and tok.norm)
    assert int(dfm.matrix.sum()) == words == int(dfm.features["n"].sum())
    by_id = dict((d, t) for d, t, _ in docs)
    for r in dfm.features.itertuples():
        assert by_id[r.doc_id][r.start:r.end] == r.surface
