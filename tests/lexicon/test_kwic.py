"""KWIC: keys, key prefixes, clitic-aware words; the CLI command."""

import json

import pytest

from analysis.__main__ import main
from analysis.errors import AnalysisError
from analysis.lexicon.kwic import KWIC_COLUMNS, kwic
from analysis.lexicon.loader import load_lexicons

DOCS = [  # synthetic
    ("d1", "قال إن والانفصاليين وللانفصاليين رفضوا وقف إطلاق النار."),
    ("d2", "وصفتها بـ\"الإرهابية\" في إطار مكافحة الإرهاب.\nثم القوات المسلحة."),
]


def test_kwic_by_key():
    df = kwic(DOCS, "labels/separatist", window=2)
    assert list(df.columns) == KWIC_COLUMNS
    assert df["match"].tolist() == ["والانفصاليين", "وللانفصاليين"]
    assert df["left"].tolist() == ["قال إن", "إن والانفصاليين"]
    assert df["right"].tolist() == ["وللانفصاليين رفضوا", "رفضوا وقف"]
    for _, row in df.iterrows():
        text = dict(DOCS)[row.doc_id]
        assert text[row.start:row.end] == row.match


def test_kwic_by_prefix_uses_longest_match():
    df = kwic(DOCS, "labels", window=1)
    # مكافحة الإرهاب is contexts/counter_terrorism, so labels/ shows only the quoted term.
    assert list(zip(df["doc_id"], df["match"], df["key"])) == [
        ("d1", "والانفصاليين", "labels/separatist"),
        ("d1", "وللانفصاليين", "labels/separatist"),
        ("d2", "الإرهابية", "labels/terrorist"),
    ]
    assert df["left"].tolist()[-1] == '"'
    ctx = kwic(DOCS, "contexts", window=0)
    assert ctx["match"].tolist() == ["مكافحة الإرهاب"] and ctx["left"].tolist() == [""]


def test_kwic_by_word_is_clitic_aware():
    df = kwic(DOCS, "انفصاليين", window=1)
    assert df["match"].tolist() == ["والانفصاليين", "وللانفصاليين"]
    assert set(df["key"]) == {"word:انفصاليين"}
    # A word search is literal: no lexicon, so no stop phrases or longer entries apply.
    assert kwic(DOCS, "إرهابية|مسلحة", window=1)["match"].tolist() == ["الإرهابية", "المسلحة"]

def test_kwic_empty_and_errors():
    assert kwic(DOCS, "places", window=3).empty
    with pytest.raises(AnalysisError, match="no lexicon key"):
        kwic(DOCS, "nosuch/key")
    with pytest.raises(AnalysisError, match="neither"):
        kwic(DOCS, "...")
    with pytest.raises(AnalysisError, match="window"):
        kwic(DOCS, "labels", window=-1)


def test_kwic_with_user_lexicon(tmp_path):
    path = tmp_path / "mine.yml"
    path.write_text("name: mine\nversion: '2'\nentries:\n  my/refusal:\n    - lemma: رفض\n      forms: [رفضوا]\n",
                    encoding="utf-8")
    df = kwic(DOCS, "my", window=1, lexicons=load_lexicons([path]))
    assert df["match"].tolist() == ["رفضوا"]


def test_kwic_documents_objects():
    from analysis.corpus import Document

    docs = [Document(doc_id, text, {}) for doc_id, text in DOCS]
    assert len(kwic(docs, "labels/separatist")) == 2


def test_cli_kwic_on_corpus(repo_root, capsys, monkeypatch):
    corpus = repo_root / "corpus"
    if not (corpus / "metadata.csv").exists():
        pytest.skip("no corpus in the checkout")
    assert main(["kwic", "labels/separatist", "--window", "2", "--corpus", str(corpus), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    rows = data["rows"]
    assert data["versions"]["corpus"] == "0.1.0" and data["schema"] == "kwic"
    assert len(rows) == 10 and {r["key"] for r in rows} == {"labels/separatist"}
    assert main(["kwic", "nosuch", "--corpus", str(corpus)]) == 1
    assert "error: no lexicon key" in capsys.readouterr().err


def test_cli_help_ends_with_examples(capsys):
    with pytest.raises(SystemExit):
        main(["kwic", "--help"])
    out = capsys.readouterr().out
    assert out.rstrip().splitlines()[-1].strip().startswith("python -m analysis kwic")
