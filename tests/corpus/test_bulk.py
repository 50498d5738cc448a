"""Bulk input: bounded reads and damaged archives (issue 11, defects 5, 11, 12)."""

import io
import json
import zipfile

import pytest

from analysis.corpus.bulk import from_bulk
from analysis.corpus.safe_io import InputLimits
from analysis.errors import AnalysisError

from .conftest import RIGHTS, tree_hash

# synthetic
ROW = "قصفت الطائرات مواقع في ريف المدينة."


def _zip(path, members: dict[str, bytes], **kw):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, **kw) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _items(path, limits=InputLimits(), mapping=None):
    return list(from_bulk([path], mapping=mapping or {"text": "t"}, meta={"rights": RIGHTS}, limits=limits))


def test_zip_with_bad_crc_is_one_line_error(tmp_path):
    path = _zip(tmp_path / "crc.zip", {"x.json": json.dumps([{"t": ROW}], ensure_ascii=False).encode()})
    data = bytearray(path.read_bytes())
    data[data.index(b"PK\x01\x02") - 30] ^= 0xFF  # a byte inside the member's compressed data... or its CRC
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as z:  # make sure the damage is what Python reports as a bad CRC or bad data
        with pytest.raises(Exception):
            z.read("x.json")
    with pytest.raises(AnalysisError, match="cannot be read from the zip") as info:
        _items(path)
    assert "\n" not in str(info.value)


def test_encrypted_zip_member_is_one_line_error(tmp_path):
    path = _zip(tmp_path / "enc.zip", {"x.json": b"[]"})
    data = bytearray(path.read_bytes())
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):  # set the 'encrypted' flag bit in both headers
        i = data.index(sig)
        flag_at = i + (6 if sig == b"PK\x03\x04" else 8)
        data[flag_at] |= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(AnalysisError, match="x.json is encrypted"):
        _items(path)


def test_nested_bracket_json_in_a_zip_is_one_line_error(tmp_path):
    path = _zip(tmp_path / "nest.zip", {"x.json": b"[" * 200000})
    with pytest.raises(AnalysisError, match="nested too deeply"):
        _items(path)


def test_zip_bomb_is_refused_before_unpacking(tmp_path):
    path = _zip(tmp_path / "bomb.zip", {"x.json": b"[" + b" " * 3_000_000 + b"]"})
    assert path.stat().st_size < 100_000
    with pytest.raises(AnalysisError, match="unpacks to 3000002 bytes, more than the limit of 1000000 "
                                            r"\(raise it with --max-archive-bytes\)"):
        _items(path, InputLimits(archive_bytes=1_000_000))


def test_zip_with_too_many_members_is_refused(tmp_path):
    path = _zip(tmp_path / "many.zip", {f"{i}.json": b"[]" for i in range(12)})
    with pytest.raises(AnalysisError, match="holds 12 members, more than the limit of 10"):
        _items(path, InputLimits(archive_members=10))


def test_row_text_over_the_document_limit_is_rejected(tmp_path):
    path = tmp_path / "rows.json"
    path.write_text(json.dumps([{"t": ROW * 50}, {"t": ROW}], ensure_ascii=False), encoding="utf-8")
    first, second = _items(path, InputLimits(doc_bytes=1000))
    assert "larger than the limit of 1000 bytes (raise it with --max-doc-bytes)" in first.reason
    assert second.data == ROW.encode()


def test_csv_field_over_the_limit_is_one_line_error(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("t\n\"" + "x" * 5000 + "\"\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match=r"field larger than field limit \(1000\)\) \(raise the limit with --max-csv-field\)"):
        _items(path, InputLimits(csv_field=1000))


@pytest.mark.parametrize("value, kind", [(12345, "int"), (1.5, "float"), ({"a": 1}, "dict"), ([ROW], "list"),
                                         (True, "bool")])
def test_non_string_json_values_are_refused(tmp_path, value, kind):
    path = tmp_path / "rows.json"
    path.write_text(json.dumps([{"t": value, "o": "x"}, {"t": ROW, "o": 7}]), encoding="utf-8")
    (first,) = _items(path)[:1]
    assert f"column 't' holds a JSON {kind}, not a string" in first.reason
    second = _items(path, mapping={"text": "t", "outlet": "o"})[1]
    assert "column 'o' holds a JSON int" in second.reason


def test_latin_text_needs_language(tmp_path):
    path = tmp_path / "rows.json"
    path.write_text(json.dumps([{"t": "The army said the talks would resume next week.", "l": ""},
                                {"t": "The army said the talks would resume.", "l": "en"}]), encoding="utf-8")
    first, second = _items(path, mapping={"text": "t", "language": "l"})
    assert "almost all Latin script" in first.reason and "--language" in first.reason
    assert second.meta["language"] == "en"


def test_bulk_title_control_characters_are_cleaned_with_a_note(tmp_path):
    path = tmp_path / "rows.json"
    path.write_text(json.dumps([{"t": ROW, "h": "عنوان\tالخبر\x1a"}], ensure_ascii=False), encoding="utf-8")  # synthetic
    (doc,) = _items(path, mapping={"text": "t", "title": "h"})
    assert doc.meta["title"] == "عنوان الخبر"
    assert "title: 2 control character(s) replaced by spaces" in doc.meta["notes"]


def test_add_dev_zero_is_refused_quickly_and_corpus_unchanged(corpus, run_cli):
    before = tree_hash(corpus.root)
    status, _, err = run_cli("corpus", "add", "/dev/zero", "--corpus", corpus.root, "--rights", RIGHTS, "--id", "z")
    assert (status, err) == (1, "error: /dev/zero is not a regular file\n")
    assert tree_hash(corpus.root) == before


def test_text_file_over_the_document_limit_is_refused(corpus, run_cli, tmp_path):
    before = tree_hash(corpus.root)
    big = tmp_path / "big.txt"
    big.write_text(ROW * 100, encoding="utf-8")
    status, _, err = run_cli("corpus", "add", big, "--corpus", corpus.root, "--rights", RIGHTS,
                             "--max-doc-bytes", "1KB")
    assert status == 1 and err == f"error: {big} is larger than the limit of 1000 bytes (raise it with --max-doc-bytes)\n"
    assert tree_hash(corpus.root) == before
    status, _, err = run_cli("corpus", "add", big, "--corpus", corpus.root, "--rights", RIGHTS, "--max-doc-bytes", "1MB")
    assert status == 0, err
