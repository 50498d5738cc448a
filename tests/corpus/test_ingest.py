import csv
import io
import json
import zipfile

import pytest

from analysis.corpus import CorpusStore, NewDocument, Rejected
from analysis.corpus.ingest import check_bytes, from_bulk, from_html, from_text_file, parse_mapping
from analysis.errors import AnalysisError

from .conftest import RIGHTS, TEXT_A, TEXT_B, TEXT_C

# synthetic
ARABIC = ("أعلنت الحكومة وقف إطلاق النار اعتبارا من اليوم الأربعاء في المدينة، وقال مصدر عسكري "
          "إن المعارك توقفت بعد ثلاثة أيام من القتال العنيف.\n")
ROWS = [  # synthetic
    {"content": TEXT_A, "title": "عنوان", "url": "http://example.org/1", "source": "outlet1",
     "date_extracted": "2015-07-21 02:51:32"},
    {"content": TEXT_B, "title": "", "url": "", "source": "outlet2", "date_extracted": "2015-07-22 10:00:00"},
]
MAP = parse_mapping("text=content,title=title,url=url,outlet=source,published=date_extracted")


def test_check_bytes_keeps_utf8_unchanged():
    data = "\r\nنص  \n".encode()  # synthetic
    assert check_bytes(data, source="x") == (data, [])


@pytest.mark.parametrize("data, message", [
    (b"", "x is empty"),
    (b" \n\t", "x is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks binary"),
    (b"\x01\x02\x03\x04\x05a", "looks binary"),
    (b"\xef\xbb\xbf" + ARABIC.encode(), "byte-order mark; texts are stored byte-exact, so pass --strip-bom"),
    (ARABIC.encode("cp1256") * 2, "is not UTF-8 (detected cp1256)"),
])
def test_check_bytes_refuses(data, message):
    with pytest.raises(AnalysisError, match=message.replace("(", r"\(").replace(")", r"\)")):
        check_bytes(data, source="x")


def test_stray_control_characters_are_kept_and_noted():
    data = "نص\x1a طويل بما يكفي".encode()  # synthetic
    assert check_bytes(data, source="x") == (data, ["text contains 1 control character(s) (U+001A), kept as received"])


def test_strip_bom_records_it():
    data, notes = check_bytes(b"\xef\xbb\xbf" + ARABIC.encode(), source="x", strip_bom=True)
    assert data == ARABIC.encode() and notes == ["UTF-8 byte-order mark removed on ingest (--strip-bom)"]


def test_convert_encoding_records_it():
    data, notes = check_bytes(ARABIC.encode("cp1256") * 2, source="x", convert_encoding="auto")
    assert data.decode("utf-8") == ARABIC * 2
    assert notes[0].startswith("converted from cp1256 to UTF-8 on ingest")


def test_text_file_id_defaults_to_stem(tmp_path):
    p = tmp_path / "doc-7.txt"
    p.write_bytes(TEXT_A.encode())
    assert from_text_file(p, meta={}).doc_id == "doc-7"
    assert from_text_file(p, doc_id="other", meta={}).doc_id == "other"


@pytest.mark.parametrize("spec, message", [
    ("title=title", "must name the text column"),
    ("text=content,author=author", "unknown field 'author'"),
    ("text", "bad --map entry"),
    ("text=a,text=b", "twice"),
])
def test_bad_mapping(spec, message):
    with pytest.raises(AnalysisError, match=message):
        parse_mapping(spec)


def _zip(tmp_path, rows, name="2015-07-21"):
    path = tmp_path / f"{name}.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(f"{name}.json", json.dumps(rows, ensure_ascii=False))
    return path


def test_bulk_zip_rows_and_ids(tmp_path):
    items = list(from_bulk([_zip(tmp_path, ROWS)], mapping=MAP, meta={"rights": RIGHTS}, id_prefix="snn"))
    assert all(isinstance(i, NewDocument) for i in items)
    assert items[0].data == TEXT_A.encode()
    assert items[0].doc_id == "snn_" + __import__("hashlib").sha256(TEXT_A.encode()).hexdigest()[:16]
    assert items[0].meta["published"] == "2015-07-21 02:51:32"  # cut to the day by the store
    assert items[0].origin == "2015-07-21.zip:2015-07-21.json#1"
    assert "url" not in items[1].meta  # empty stays unknown
    # ids are stable across re-reads
    again = list(from_bulk([_zip(tmp_path, ROWS)], mapping=MAP, meta={"rights": RIGHTS}, id_prefix="snn"))
    assert [i.doc_id for i in again] == [i.doc_id for i in items]


def test_bulk_formats_agree(tmp_path):
    jsonl = tmp_path / "rows.jsonl"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS), encoding="utf-8")
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(ROWS[0]))
    w.writeheader()
    w.writerows(ROWS)
    csv_path = tmp_path / "rows.csv"
    csv_path.write_text(buf.getvalue(), encoding="utf-8")
    ids = {p.suffix: [i.doc_id for i in from_bulk([p], mapping=MAP, meta={})] for p in (jsonl, csv_path)}
    assert ids[".jsonl"] == ids[".csv"] and len(ids[".csv"]) == 2


def test_csv_mapping_naming_missing_column(tmp_path):
    p = tmp_path / "rows.csv"
    p.write_text("body,headline\nنص,عنوان\n", encoding="utf-8")  # synthetic
    with pytest.raises(AnalysisError, match=r"missing column\(s\) content \(columns: body, headline\)"):
        list(from_bulk([p], mapping=parse_mapping("text=content"), meta={}))


def test_bulk_bad_rows_are_rejected_not_raised(tmp_path):
    rows = ROWS + [{**ROWS[0], "content": "  "}, {**ROWS[0], "content": "\ufeff" + TEXT_C}]
    items = list(from_bulk([_zip(tmp_path, rows)], mapping=MAP, meta={}))
    assert [type(i) for i in items] == [NewDocument, NewDocument, Rejected, Rejected]
    assert items[2].reason == "text is empty"


def test_bulk_into_corpus_skips_duplicates_and_counts_invalid(tmp_path):
    rows = ROWS + [ROWS[0], {**ROWS[0], "content": ""}]
    c = CorpusStore(tmp_path / "c")
    items = from_bulk([_zip(tmp_path, rows)], mapping=MAP, meta={"rights": RIGHTS, "language": "ar"})
    with pytest.raises(AnalysisError, match="#4: text is empty"):
        c.add(items, duplicates="skip")
    assert not c.root.exists()
    items = from_bulk([_zip(tmp_path, rows)], mapping=MAP, meta={"rights": RIGHTS, "language": "ar"})
    report = c.add(items, duplicates="skip", invalid="skip")
    assert (len(report.added), len(report.duplicates), len(report.skipped)) == (2, 1, 1)
    assert c.validate() == []
    meta = c.metadata().set_index("title")
    assert meta.loc["عنوان", "published"] == "2015-07-21"
    assert meta.loc["عنوان", "date_precision"] == "day"


HTML = """<!doctype html><html><head><meta charset="utf-8">
<title>عنوان الخبر</title><meta property="og:site_name" content="موقع تجريبي">
<link rel="canonical" href="https://example.org/news/1"></head>
<body><nav>الرئيسية</nav><article><h1>عنوان الخبر</h1>
<p>{p}</p><p>{p}</p><p>{p}</p></article><footer>حقوق النشر</footer></body></html>
""".format(p=ARABIC.strip())  # synthetic


def test_html_extraction(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    doc = from_html(p, meta={"rights": RIGHTS})
    text = doc.data.decode()
    assert "أعلنت الحكومة" in text and "حقوق النشر" not in text
    assert doc.meta["title"] == "عنوان الخبر"
    assert doc.meta["url"] == "https://example.org/news/1"
    assert "trafilatura" in doc.meta["notes"]
    assert doc.doc_id == "page"


def test_html_without_text(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><body></body></html>", encoding="utf-8")
    with pytest.raises(AnalysisError, match="no main text"):
        from_html(p, meta={})
