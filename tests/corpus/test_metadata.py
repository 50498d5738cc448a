import datetime as dt

import pytest

from analysis.corpus import metadata as md
from analysis.errors import AnalysisError

GOOD = {"doc_id": "a", "published": "2023-09-20", "date_precision": "day", "date_source": "inferred",
        "language": "ar", "rights": "x", "sha256": "0" * 64, "n_chars": 3}
TODAY = dt.date(2024, 6, 1)


def test_serialization_is_deterministic_and_sorted():
    rows = [{**GOOD, "doc_id": "b", "title": 'a, "quoted"\ntitle'}, {**GOOD, "doc_id": "a"}]
    data = md.serialize(rows)
    assert data == md.serialize(list(reversed(rows)))
    assert b"\r" not in data
    assert data.splitlines()[0].decode() == ",".join(md.FIELDS)
    parsed = md.parse(data)
    assert list(parsed) == ["a", "b"]
    assert parsed["b"]["title"] == 'a, "quoted"\ntitle'
    assert md.serialize(parsed.values()) == data


def test_datapackage_matches_fields_and_is_stable():
    d = md.datapackage_descriptor()
    assert [f["name"] for f in d["resources"][0]["schema"]["fields"]] == list(md.FIELDS)
    assert md.datapackage_bytes() == md.datapackage_bytes()


def test_datapackage_is_accepted_by_frictionless(tmp_path):
    frictionless = pytest.importorskip("frictionless")
    (tmp_path / "datapackage.json").write_bytes(md.datapackage_bytes())
    (tmp_path / "metadata.csv").write_bytes(md.serialize([GOOD]))
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])


@pytest.mark.parametrize("value, expected", [
    ("2023-09-20", ("2023-09-20", "day")),
    ("2023-09", ("2023-09", "month")),
    ("2023", ("2023", "year")),
    ("2015-07-21 02:51:32", ("2015-07-21", "day")),
    ("2015-07-21T02:51:32Z", ("2015-07-21", "day")),
    ("", ("", "unknown")),
    ("unknown", ("", "unknown")),
])
def test_parse_date(value, expected):
    assert md.parse_date(value) == expected


@pytest.mark.parametrize("value", ["2023-02-30", "20/09/2023", "2023-13", "yesterday", "23-09-20"])
def test_parse_date_rejects(value):
    with pytest.raises(AnalysisError, match="invalid published date"):
        md.parse_date(value)


def test_valid_row_has_no_problems():
    assert md.validate_row(GOOD, today=TODAY) == []


@pytest.mark.parametrize("change, problem", [
    ({"published": "2024-06-02"}, "in the future"),
    ({"retrieved": "2025-01-01"}, "retrieved 2025-01-01 is in the future"),
    ({"date_precision": "week"}, "date_precision"),
    ({"date_source": "guess"}, "date_source"),
    ({"date_precision": "month"}, "has precision day, but date_precision is month"),
    ({"published": "", "date_precision": "unknown"}, "published is empty but date_source is inferred"),
    ({"date_source": "unknown"}, "date_source is unknown"),
    ({"language": "Arabic"}, "language"),
    ({"rights": ""}, "missing required field rights"),
    ({"sha256": "xyz"}, "sha256"),
    ({"url": "www.example.com"}, "url"),
    ({"n_chars": 0}, "n_chars"),
    ({"doc_id": "../a"}, "unsafe doc_id"),
])
def test_invalid_rows(change, problem):
    problems = md.validate_row({**GOOD, **change}, today=TODAY)
    assert any(problem in p for p in problems), problems


def test_month_in_progress_is_not_future():
    assert md.validate_row({**GOOD, "published": "2024-06", "date_precision": "month"}, today=TODAY) == []
