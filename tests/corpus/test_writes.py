"""Writing: row building, releases; the defects of issue 11 that live in analysis.corpus.writes."""

import pytest

from analysis.corpus.writes import build_row, is_blank
from analysis.errors import AnalysisError

from .conftest import RIGHTS, TEXT_C, new_doc, tree_hash

META = {"rights": RIGHTS, "language": "ar"}


@pytest.mark.parametrize("text", ["\u2003\u200b\u00a0\n", "\u200f\u200e\ufeff ", "\u3000\u2060\t", "\u200c\u200d"])
def test_text_of_only_unicode_whitespace_or_zero_width_marks_is_refused_as_empty(corpus, text):
    before = tree_hash(corpus.root)
    assert is_blank(text)
    with pytest.raises(AnalysisError, match="empty"):
        corpus.add([new_doc("w1", text)])
    assert tree_hash(corpus.root) == before


def test_text_with_marks_and_letters_is_not_blank():
    assert not is_blank("\u200fنص")  # synthetic


@pytest.mark.parametrize("given, stored", [("٢٠١٥-٠٧-٢١", "2015-07-21"), ("۲۰۱۵-۰۷", "2015-07"), ("٢٠١٥", "2015")])
def test_arabic_indic_date_is_normalised_to_ascii_with_a_note(given, stored):
    row = build_row("d1", TEXT_C.encode(), {**META, "published": given})
    assert row["published"] == stored
    assert f"published date given in Arabic-Indic digits ({given})" in row["notes"]


@pytest.mark.parametrize("given", ["२०१५-०७-२१", "１２３４"])  # Devanagari, fullwidth: refused, not stored verbatim
def test_other_scripts_digits_in_dates_are_refused(given):
    with pytest.raises(AnalysisError, match="invalid published date"):
        build_row("d1", TEXT_C.encode(), {**META, "published": given})


def test_non_string_metadata_value_is_refused():
    with pytest.raises(AnalysisError, match="title must be a string, got int"):
        build_row("d1", TEXT_C.encode(), {**META, "title": 12})


@pytest.mark.parametrize("field", ["title", "outlet", "rights"])
def test_control_characters_in_title_and_outlet_are_refused(corpus, field):
    before = tree_hash(corpus.root)
    with pytest.raises(AnalysisError, match="control character"):
        corpus.add([new_doc("c1", TEXT_C, **{field: "a\x1b[31mb"})])
    assert tree_hash(corpus.root) == before


def test_release_message_cannot_inject_a_changelog_section(corpus):
    before = tree_hash(corpus.root)
    with pytest.raises(AnalysisError, match="--message contains a control character"):
        corpus.release("0.1.0", date="2024-02-01", message="ok\n## 9.9.9 (2024-01-01)\n\nforged")
    assert tree_hash(corpus.root) == before


@pytest.mark.parametrize("version", ["0.1.0\n", "0.1.0\r", " 0.1.0", "0.1.0 "])
def test_release_version_with_trailing_newline_is_refused(corpus, version):
    before = tree_hash(corpus.root)
    with pytest.raises(AnalysisError, match="invalid version"):
        corpus.release(version, date="2024-02-01")
    assert tree_hash(corpus.root) == before


def test_release_records_its_own_hash_and_its_parents(released):
    from analysis.corpus.manifest import content_sha256

    released.add([new_doc("c1", TEXT_C)])
    m = released.release("0.2.0", date="2024-03-01")
    assert m["content_sha256"] == content_sha256(m)
    assert m["parent_manifest_sha256"] == released.manifest_sha256("0.1.0")
