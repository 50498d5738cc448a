"""The versioned stop-word list: valid, normalized, one entry per word, errors with file:line."""

from __future__ import annotations

import pytest

from analysis.discovery.stopwords import STOPWORDS_FILE, load_stopwords
from analysis.errors import AnalysisError
from analysis.text.normalize import normalize


def test_shipped_list_is_valid_and_versioned():
    sw = load_stopwords()
    assert sw.path == STOPWORDS_FILE and sw.version and len(sw.sha256) == 64
    assert {normalize(w) for w in ("في", "إلى", "الذي", "كان", "هذه")} <= sw.words
    # content words stay: outlets differ in exactly these
    assert not {normalize(w) for w in ("قال", "أعلن", "وزير", "انفصالي", "إرهابي")} & sw.words


def test_no_entry_carries_a_clitic_that_the_features_strip():
    # Features are clitic-stripped, so "وفي" could never match; every entry is a bare word.
    sw = load_stopwords()
    assert not [w for w in sw.words if w.startswith("و") and w[1:] in sw.words]


@pytest.mark.parametrize("body,message", [
    ("name: x\nversion: 1\n", "missing field 'words'"),
    ("name: x\nversion: 1\nwords: {a: [في, في]}\n", ":3: 'في' is listed twice"),
    ("name: x\nversion: 1\nwords: {a: [إلى, الى]}\n", "listed twice"),
    ("name: x\nversion: 1\nwords: {a: [في من]}\n", "must be one word"),
    ("name: X!\nversion: 1\nwords: {a: [في]}\n", "must match"),
    ("name: x\nversion: 1\nlist: []\nwords: {a: [في]}\n", "unknown field 'list'"),
])
def test_problems_name_file_and_line(tmp_path, body, message):
    path = tmp_path / "sw.yml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(AnalysisError, match=message) as info:
        load_stopwords(path)
    assert str(info.value).startswith(str(path))


def test_whole_words_are_not_stop_words(tmp_path):
    sw = load_stopwords()
    assert normalize("ولي") in sw.whole and normalize("ولي") not in sw.words
    path = tmp_path / "sw.yml"
    path.write_text("name: x\nversion: 1\nwords: {a: [في]}\nwhole_words: [في]\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match="both a stop word and a whole word"):
        load_stopwords(path)
