"""The one output guard, atomic writer and CSV writer (analysis/outputs.py)."""

import pandas as pd
import pytest

from analysis.errors import AnalysisError
from analysis.outputs import csv_text, guard_output, neutralise, unneutralise, write_csv, write_text


@pytest.fixture
def corpus_dir(tmp_path):
    c = tmp_path / "c"
    (c / "texts").mkdir(parents=True)
    (c / "metadata.csv").write_text("doc_id\n")
    return c


@pytest.mark.parametrize("rel", ["metadata.csv", "texts/a.txt", "new/sub/file.csv", "."])
def test_refuses_any_path_inside_a_corpus(corpus_dir, rel):
    with pytest.raises(AnalysisError, match="inside the corpus folder"):
        guard_output(corpus_dir / rel, force=True)


def test_refuses_a_symlink_that_points_into_a_corpus(corpus_dir, tmp_path):
    link = tmp_path / "innocent"
    link.symlink_to(corpus_dir / "texts")
    with pytest.raises(AnalysisError, match="inside the corpus folder"):
        write_text(link / "x.csv", "boom", force=True)
    assert not (corpus_dir / "texts" / "x.csv").exists()


def test_existing_file_needs_force(tmp_path):
    out = tmp_path / "t.csv"
    write_text(out, "one")
    with pytest.raises(AnalysisError, match="--force"):
        write_text(out, "two")
    write_text(out, "two", force=True)
    assert out.read_text() == "two"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]  # no temp file left


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1 x", "@SUM(A1)", "\t=1", "\r=1"])
def test_formula_cells_are_neutralised_and_round_trip(cell):
    assert neutralise(cell) == "'" + cell
    assert unneutralise(neutralise(cell)) == cell


def test_numbers_and_ordinary_text_untouched(tmp_path):
    df = pd.DataFrame({"text": ["مقتل 3", "'quoted"], "value": [-3, 5]})
    assert csv_text(df) == "text,value\nمقتل 3,-3\n'quoted,5\n"
    path = write_csv(df, tmp_path / "x.csv", bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbftext,value\n")
