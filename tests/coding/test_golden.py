"""The seed article's golden files, imported as coder 'gold' and scored by evaluate."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.coding.evaluate import evaluate
from analysis.coding.golden import import_golden, read_golden
from analysis.coding.store import load_coding
from analysis.errors import AnalysisError
from tests.conftest import REPO_ROOT, SEED_ID
from tests.coding.conftest import make_corpus, tree_hash

GOLDEN = sorted((REPO_ROOT / "tests" / "golden").glob("seed_*.json"))
TERMS_GOLDEN = REPO_ROOT / "tests" / "golden" / "seed_terms.json"


@pytest.fixture
def seed_corpus(tmp_path, seed_article):
    return make_corpus(tmp_path / "corpus", {SEED_ID: seed_article})


def _terms_table(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame([dict(doc_id=SEED_ID, start=r["start"], end=r["end"], text=r["text"], key=r["key"],
                              lemma=r["lemma"], clitics="|".join(r["clitics"]), sentence=0, voice=None,
                              quoted=False, scare_quote=False, so_called=False, attributed_to=None, target=None)
                         for r in rows])


def test_golden_terms_against_a_known_system(seed_corpus, seed_article):
    gold_rows = json.loads(TERMS_GOLDEN.read_text(encoding="utf-8"))["rows"]
    n = len(gold_rows)
    # A system that misses the first two terms, gets the key of the third wrong, and adds one false term.
    system = [dict(r) for r in gold_rows[2:]]
    system[0]["key"] = "labels/terrorist"
    start = seed_article.index("أذربيجان")
    system.append(dict(start=start, end=start + len("أذربيجان"), text="أذربيجان", key="places/karabakh",
                       lemma="أذربيجان", clitics=[]))
    stored = import_golden(seed_corpus, [TERMS_GOLDEN], tables={"terms": _terms_table(system)},
                           versions={"corpus": "working"})
    assert list(stored) == ["terms"]
    scores = evaluate(seed_corpus, gold="gold").scores.set_index("variable")
    print(f"\nseed terms, hand-made system:\n{scores.to_string()}")
    assert scores.loc["item", ["tp", "n_system", "n_gold"]].tolist() == [n - 3, n - 1, n]
    assert scores.loc["item", "precision"] == pytest.approx((n - 3) / (n - 1))
    assert scores.loc["item", "recall"] == pytest.approx((n - 3) / n)
    assert scores.loc["span", "tp"] == n - 2
    # Importing again replaces, never duplicates, the gold coding.
    before = tree_hash(seed_corpus)
    import_golden(seed_corpus, [TERMS_GOLDEN], tables={"terms": _terms_table(system)}, versions={"corpus": "working"})
    assert tree_hash(seed_corpus) == before
    assert len(load_coding(seed_corpus)) == (n - 1) + 2  # system items, and the 2 missed ones added


def test_golden_refuses_another_text(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", {SEED_ID: "نص آخر تماما لا علاقة له بالمقال"})  # synthetic
    with pytest.raises(AnalysisError, match="not the one the golden files annotate"):
        import_golden(corpus, [TERMS_GOLDEN], tables={"terms": _terms_table([])}, versions={})
    assert not (corpus / "annotations").exists()


def test_every_golden_file_reads():
    items, shas = read_golden(GOLDEN)
    assert "terms" in items and SEED_ID in shas
    for what, frame in items.items():
        assert (frame["doc_id"] == SEED_ID).all() and (frame["start"] < frame["end"]).all(), what


# Floors for the real system on the seed article (a development text: these guard
# against regressions, they are not figures to report). Terms recall is low
# because the gold also codes place names, which the terms table leaves out.
FLOORS = {  # (what, variable) -> (precision, recall); every other row: DEFAULT_FLOOR
    ("terms", "span"): (0.95, 0.6),
    ("terms", "item"): (0.95, 0.6),
}
DEFAULT_FLOOR = (0.9, 0.9)


def test_golden_against_the_pipeline(seed_corpus, capsys):
    """The real system on the seed article, scored against every golden file, with precision and recall floors."""
    from analysis.tables import corpus_tables

    tables = corpus_tables(seed_corpus, progress=False, cache=False, backend="rules")
    import_golden(seed_corpus, GOLDEN, tables={w: tables.frame(w) for w in ("terms", "casualties", "actors")},
                  versions=tables.versions)
    scores = evaluate(seed_corpus, gold="gold").scores
    with capsys.disabled():
        print(f"\nseed article, pipeline {tables.versions}:\n{scores.to_string()}")
    assert set(scores["what"]) == {"terms", "casualties", "actors"}
    assert (scores["n_gold"] > 0).all() and (scores["n_system"] > 0).all()
    for row in scores.itertuples():
        precision, recall = FLOORS.get((row.what, row.variable), DEFAULT_FLOOR)
        assert row.precision >= precision and row.recall >= recall, (row.what, row.variable, row.precision, row.recall)


def test_evaluation_n_units_stays_integer_when_the_span_row_has_none(seed_corpus, tmp_path):
    # Defect: the span row has no alpha, so n_units became a float column and was written as "4.0",
    # which the evaluation schema (integer) rejects.
    from analysis import schemas
    from analysis.exports import write_table

    gold_rows = json.loads(TERMS_GOLDEN.read_text(encoding="utf-8"))["rows"]
    import_golden(seed_corpus, [TERMS_GOLDEN], tables={"terms": _terms_table(gold_rows[1:])})
    scores = evaluate(seed_corpus, gold="gold").scores
    assert str(scores["n_units"].dtype) == "Int64"
    assert scores.loc[scores["variable"] == "span", "n_units"].isna().all()
    write_table(scores, "csv", tmp_path / "scores.csv", schema=schemas.load("evaluation"))
    assert schemas.problems(tmp_path / "scores.csv", "evaluation") == []


def test_import_golden_command_reads_the_system_through_the_corpus_api(seed_corpus, capsys):
    # Without given tables, the system side comes from Corpus.tables() (the one API), and the stored
    # sheet says which versions made it.
    from analysis import Corpus
    from analysis.__main__ import main

    assert main(["coding", "import-golden", str(TERMS_GOLDEN), "--corpus", str(seed_corpus)]) == 0
    stored = sorted((seed_corpus / "annotations" / "terms").glob("*/*.json"))
    assert len(stored) == 1
    sidecar = json.loads(stored[0].read_text(encoding="utf-8"))
    assert sidecar["export"]["versions"]["corpus"] == Corpus(seed_corpus).tables().versions["corpus"]
    scores = evaluate(seed_corpus, gold="gold").scores.set_index("variable")
    assert scores.loc["item", "n_system"] == len(Corpus(seed_corpus).tables().terms)
