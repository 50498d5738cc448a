"""CSV and LaTeX export: byte-stable, fixed floats, LaTeX-safe Arabic; notebook displays."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.report import tables as T


def test_csv_fixed_floats_ints_and_missing():
    df = pd.DataFrame({"a": ["عكاظ", None], "n": [1, 2], "share": [1 / 3, np.nan],
                       "value": [12.0, np.nan], "flag": [True, False]})  # synthetic
    assert T.to_csv(df) == "a,n,share,value,flag\nعكاظ,1,0.3333,12,true\n,2,,,false\n"


def test_csv_same_bytes_for_different_dtypes_of_same_values():
    a = pd.DataFrame({"n": [1, 2], "s": ["x", "y"]})
    b = pd.DataFrame({"n": pd.Series([1, 2], dtype="Int64"), "s": pd.Series(["x", "y"], dtype=object)})
    assert T.to_csv(a) == T.to_csv(b)


@pytest.mark.parametrize("text,expected", [
    ("50% & $5_000 #1", r"50\% \& \$5\_000 \#1"),
    ("a{b}~^\\", r"a\{b\}\textasciitilde{}\textasciicircum{}\textbackslash{}"),
    ("قوات الأمن", r"\textarabic{قوات الأمن}"),  # synthetic
    ("key: الإرهابيين (3)", r"key: \textarabic{الإرهابيين} (3)"),  # synthetic
    (">200; ≥32 <5", r"\textgreater{}200; ≥32 \textless{}5"),
    ("", ""),
])
def test_latex_escape(text, expected):
    assert T.latex_escape(text) == expected


def test_latex_table_has_caption_label_and_cut_note():
    df = pd.DataFrame({"actor": [f"a_{i}" for i in range(5)], "n": range(5)})
    tex = T.to_latex(df, caption="Actors 100%", label="tab:x", max_rows=3)
    assert r"\caption{Actors 100\% (first 3 of 5 rows; the CSV file has all rows)}" in tex
    assert r"\label{tab:x}" in tex and r"\toprule" in tex
    assert "a\\_2 & 2 \\\\" in tex and "a\\_3" not in tex
    assert r"\begin{tabular}{lr}" in tex


def test_write_table_is_byte_identical_on_rerun(tmp_path):
    df = pd.DataFrame({"outlet": ["الرياض", "عكاظ"], "share": [0.25, 0.75]})  # synthetic
    first = [p.read_bytes() for p in T.write_table(df, tmp_path / "a" / "t", caption="c")]
    second = [p.read_bytes() for p in T.write_table(df.copy(), tmp_path / "b" / "t", caption="c")]
    assert first == second
    assert b"\r\n" not in first[0]


def test_kwic_display_puts_following_context_left_of_term():
    k = pd.DataFrame({"doc_id": ["a"], "start": [0], "end": [3], "outlet": ["X"], "key": ["k"],
                      "voice": ["own"], "markers": [""], "left": ["قبل"], "match": ["كلمة"],
                      "right": ["بعد"]})  # synthetic
    styler = T.kwic_display(k)
    cols = list(styler.data.columns)
    assert cols.index(T.KWIC_HEADERS["right"]) < cols.index(T.KWIC_HEADERS["match"]) < cols.index(T.KWIC_HEADERS["left"])
    assert "direction: rtl" in styler.to_html()


def test_kwic_display_of_nothing_is_the_empty_frame():
    empty = pd.DataFrame(columns=["left", "match", "right"])
    assert T.kwic_display(empty) is empty


def test_report_tables_neutralise_formula_cells_and_keep_negative_numbers():
    df = pd.DataFrame({"text": ["=HYPERLINK(A1)", "+1", "@SUM(A1)", "-5 قتلى", "نص"],  # synthetic
                       "n": [-3, 1, 2, 3, 4]})
    rows = T.to_csv(df).splitlines()
    assert rows[1:] == ["'=HYPERLINK(A1),-3", "'+1,1", "'@SUM(A1),2", "'-5 قتلى,3", "نص,4"]


def test_write_table_refuses_a_path_inside_a_corpus(tmp_path):
    from analysis.errors import AnalysisError

    corpus = tmp_path / "corpus"
    (corpus / "texts").mkdir(parents=True)
    (corpus / "metadata.csv").write_text("doc_id\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match="inside the corpus folder"):
        T.write_table(pd.DataFrame({"a": [1]}), corpus / "tables" / "t", caption="c")
    assert not (corpus / "tables").exists()
