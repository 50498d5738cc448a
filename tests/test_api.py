"""analysis.Corpus: one way to resolve versions, documents, options and filters."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import Corpus
from analysis.errors import AnalysisError
from analysis.lexicon.kwic import kwic
from tests.two_versions import make_two_version_corpus, write_lexicon


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seed_text) -> Corpus:
    root = tmp_path_factory.mktemp("api")
    return Corpus(make_two_version_corpus(root / "corpus", seed_text))


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory):
    return write_lexicon(tmp_path_factory.mktemp("lexicon"))


def test_releases_and_the_default_version(corpus):
    assert corpus.releases == ["0.1.0"] and corpus.latest == "0.1.0"
    assert corpus.version() == corpus.version(None) == corpus.version("latest") == "0.1.0"
    assert [d.doc_id for d in corpus.documents()] == ["r1"]
    assert [d.doc_id for d in corpus.documents("working")] == ["r1", "u1"]
    assert corpus.metadata("working")["doc_id"].tolist() == ["r1", "u1"]


def test_terms_doc_says_an_unreleased_document_is_unreleased(corpus):
    # Defect: 'terms --doc ID' said "no such document" for a document added after the release.
    with pytest.raises(AnalysisError, match=r"'u1' is not in release 0\.1\.0: it is unreleased.*'working'"):
        corpus.tables(doc="u1", backend="rules")
    with pytest.raises(AnalysisError, match="unreleased"):
        corpus.documents(doc=["r1", "u1"])
    assert corpus.tables("working", doc="u1", backend="rules").documents["doc_id"].tolist() == ["u1"]


def test_unknown_version_and_document_are_one_clear_error(corpus):
    with pytest.raises(AnalysisError, match=r"no release 0\.9\.0 .*releases: 0\.1\.0"):
        corpus.tables("0.9.0")
    with pytest.raises(AnalysisError, match="no document 'nope'"):
        corpus.documents("working", doc="nope")
    with pytest.raises(AnalysisError, match="no corpus at"):
        Corpus(corpus.path.parent / "missing")


def test_filters_apply_to_every_table_alike(corpus):
    full = corpus.tables("working", backend="rules")
    for filters, kept in [({"outlet": "Beta"}, ["u1"]), ({"since": "2023-10"}, ["u1"]),
                          ({"until": "2023-09-30"}, ["r1"]), ({"doc": ["r1", "u1"]}, ["r1", "u1"]),
                          ({"since": "2023", "until": "2023-12"}, ["r1", "u1"]),
                          ({"outlet": "Alpha", "since": "2023-10-01"}, [])]:
        t = corpus.tables("working", backend="rules", **filters)
        assert t.documents["doc_id"].tolist() == kept, filters
        for kind in ("terms", "actors", "quotes", "casualties"):
            expected = full.frame(kind)[full.frame(kind)["doc_id"].isin(kept)].reset_index(drop=True)
            pd.testing.assert_frame_equal(t.frame(kind), expected, obj=f"{kind} {filters}")
        assert t.versions["filters"] and t.versions["corpus"] == "working"


def test_bad_dates_are_refused(corpus):
    with pytest.raises(AnalysisError, match="not a date"):
        corpus.tables("working", since="September")
    with pytest.raises(AnalysisError, match="after --until"):
        corpus.documents("working", since="2024", until="2023")


def test_a_custom_lexicon_reaches_the_tables(corpus, lexicon):
    t = corpus.tables("working", lexicons=[lexicon], backend="rules")
    assert set(t.terms["key"]) == {"x/army", "x/separatist"}
    assert set(t.terms["doc_id"]) == {"r1", "u1"}
    assert list(t.versions["lexicons"]) == ["mine"]


def test_kwic_of_a_key_finds_exactly_the_terms_table_rows(corpus, lexicon):
    # One matcher: the KWIC and the tables must agree on every hit of a key.
    for lexicons in (None, [lexicon]):
        t = corpus.tables("working", lexicons=lexicons, backend="rules")
        key = "labels/separatist" if lexicons is None else "x/separatist"
        k = corpus.kwic(key, version="working", lexicons=lexicons, backend="rules")
        terms = t.terms[t.terms["key"] == key]
        assert len(k) > 2
        assert k[["doc_id", "start", "end"]].values.tolist() == terms[["doc_id", "start", "end"]].values.tolist()


def test_kwic_filters_and_version(corpus):
    both = corpus.kwic("labels/separatist", version="working", backend="rules")
    only_beta = corpus.kwic("labels/separatist", version="working", outlet="Beta", backend="rules")
    assert set(both["doc_id"]) == {"r1", "u1"} and set(only_beta["doc_id"]) == {"u1"}
    assert set(corpus.kwic("labels/separatist", backend="rules")["doc_id"]) == {"r1"}
    direct = kwic(corpus.documents("working", outlet="Beta"), "labels/separatist", window=5)
    pd.testing.assert_frame_equal(only_beta, direct)


def test_pipeline_options_show_in_versions(corpus, lexicon):
    p = corpus.pipeline(lexicons=[lexicon], backend="rules")
    assert list(p.versions["lexicons"]) == ["mine"] and p.versions["backend"] == "rules"


@pytest.mark.parametrize("options,message", [
    ({"engine": "nope"}, "unknown engine 'nope'"),
    ({"dedupe": "nope"}, "dedupe='nope' is not supported"),
    ({"scheduler": "tcp://127.0.0.1:1"}, "--scheduler needs --engine dask"),
])
def test_unsupported_run_options_are_one_clear_error(corpus, options, message):
    # engine=/scheduler= reach corpus_tables and dedupe= the reuse stage through Corpus.tables.
    with pytest.raises(AnalysisError, match=message):
        corpus.tables("working", backend="rules", **options)


def test_sql_runs_over_the_same_tables_as_tables(corpus):
    tables = corpus.tables("working", backend="rules")
    counts = corpus.sql("SELECT doc_id, count(*) AS n FROM terms GROUP BY 1 ORDER BY 1", "working",
                        backend="rules")
    assert dict(zip(counts["doc_id"], counts["n"])) == tables.terms.groupby("doc_id").size().to_dict()
    by_outlet = corpus.sql("SELECT outlet, count(*) AS n FROM casualties GROUP BY 1", "working", backend="rules")
    assert int(by_outlet["n"].sum()) == len(tables.casualties) > 0


def test_readme_from_a_notebook_section_runs(tmp_path, monkeypatch, repo_root):
    import re
    import shutil

    from tests.two_versions import MY_LEXICON

    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    section = readme.split("## From a notebook", 1)[1].split("\n## ", 1)[0]
    code, = re.findall(r"```python\n(.*?)```", section, re.S)
    shutil.copytree(repo_root / "corpus", tmp_path / "corpus")
    (tmp_path / "my_terms.yml").write_text(MY_LEXICON, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    assert namespace["t"].versions["corpus"] == "0.1.0" and list(namespace["t"].versions["lexicons"]) == ["mine"]
    assert len(namespace["t"].terms) > 0 and len(namespace["k"]) > 0


def test_before_the_first_release_latest_is_the_working_tree(tmp_path):
    from analysis.corpus import CorpusStore, NewDocument

    store = CorpusStore(tmp_path / "corpus")
    store.add([NewDocument("d1", "قتل 3 مدنيين".encode(), {"rights": "CC0-1.0", "language": "ar"}, "d1")])  # synthetic
    c = Corpus(store.root)
    assert c.releases == [] and c.latest is None
    assert c.version() == "working" and c.tables(backend="rules").versions["corpus"] == "working"
    with pytest.raises(AnalysisError, match=r"no release 0\.1\.0 .*releases: none yet"):
        c.documents("0.1.0")
