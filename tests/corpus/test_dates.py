"""Publication dates of saved pages: every candidate, a documented precedence, warnings."""

import os
import warnings
from pathlib import Path

import pytest

from analysis.corpus.dates import choose_date, date_candidates
from analysis.corpus.ingest import PageDateWarning, from_html

DATA = Path(__file__).parent / "data"
TRAP = DATA / "masthead_date_trap.html"  # synthetic, reproduces trafilatura's assabah page
RIGHTS = "CC0-1.0"


def page(head: str = "", body: str = "<p>نص</p>") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"  # synthetic


@pytest.mark.parametrize("html, source, date", [
    (page('<meta property="article:published_time" content="2023-09-20T08:15:00+04:00">'),
     "article:published_time", "2023-09-20"),
    (page('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
          '"datePublished": "2023-09-19T23:50:00Z"}]}</script>'), "json-ld datePublished", "2023-09-19"),
    (page(body='<span itemprop="datePublished" content="2023-09-18">أمس</span>'), "itemprop datePublished",
     "2023-09-18"),
    (page('<meta name="DC.date.issued" content="2023-09-17">'), "dc:date", "2023-09-17"),
    (page(body='<span property="dc:date" content="2019-02-08T00:00:00+01:00">الجمعة</span>'), "dc:date",
     "2019-02-08"),
    (page(body='<time datetime="2023-09-16T10:00">السبت</time>'), "time", "2023-09-16"),
])
def test_each_structured_field_is_a_metadata_candidate(html, source, date):
    (cand,) = date_candidates(html)
    assert (cand.source, cand.kind, cand.date) == (source, "metadata", date)


def test_broken_json_ld_is_ignored_not_fatal():
    assert date_candidates(page('<script type="application/ld+json">{"datePublished": </script>')) == []


def test_precedence_metadata_then_url_then_text():
    html = page('<meta property="article:published_time" content="2023-09-20">')
    cands = date_candidates(html, url="https://example.org/2023/09/21/story", text_guess="2023-09-22")
    assert [c.kind for c in cands] == ["metadata", "url", "text"]
    assert choose_date(cands).chosen.source == "article:published_time"
    assert choose_date(cands[1:]).chosen.source == "url"
    only_text = choose_date(cands[2:])
    assert (only_text.date, only_text.date_source) == ("2023-09-22", "inferred")
    assert choose_date([]).date_source == "unknown"


def test_candidates_within_a_day_do_not_warn_but_further_apart_do():
    near = date_candidates(page('<meta property="article:published_time" content="2023-09-20">'),
                           text_guess="2023-09-21")
    assert choose_date(near).warnings == ()
    far = date_candidates(page('<meta property="article:published_time" content="2023-09-20">'),
                          text_guess="2023-09-25")
    assert "disagree by 5 days" in choose_date(far).warnings[0]


def test_chosen_date_equal_to_retrieval_day_warns():
    cands = date_candidates(page(), text_guess="2024-01-05")
    assert "retrieval day" in choose_date(cands, retrieved="2024-01-05").warnings[0]


def test_masthead_today_widget_does_not_become_the_published_date():
    # The defect: trafilatura's guess for this page is the masthead's "today"
    # widget (2020-02-19); the package stored it as published, silently.
    import trafilatura

    assert trafilatura.bare_extraction(TRAP.read_bytes(), with_metadata=True).date == "2020-02-19"
    with pytest.warns(PageDateWarning, match="disagree by 376 days"):
        doc = from_html(TRAP, meta={"rights": RIGHTS})
    assert (doc.meta["published"], doc.meta["date_source"]) == ("2019-02-08", "metadata")
    assert "chosen from dc:date" in doc.meta["notes"] and "trafilatura 2020-02-19" in doc.meta["notes"]
    assert "WARNING: date candidates disagree" in doc.meta["notes"]


def test_an_explicit_published_date_wins_and_skips_the_page_dates():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = from_html(TRAP, meta={"rights": RIGHTS, "published": "2019-02-09", "date_source": "metadata"})
    assert doc.meta["published"] == "2019-02-09" and "candidates" not in doc.meta["notes"]


def test_cli_add_prints_the_date_warning_as_one_line(run_cli, tmp_path):
    status, _, err = run_cli("corpus", "add", TRAP, "--corpus", tmp_path / "c", "--rights", RIGHTS)
    assert status == 0
    lines = [line for line in err.splitlines() if "disagree" in line]
    assert len(lines) == 1 and lines[0].startswith("warning: masthead_date_trap.html: date candidates")


REAL_PAGES = Path(os.environ.get("ACN_TEST_PAGES", Path(__file__).resolve().parents[2].parent / "testpages"))


@pytest.mark.skipif(not (REAL_PAGES / "assabah.com.tn.article.html").is_file(),
                    reason="trafilatura's evaluation page assabah.com.tn.article.html not present "
                           "(set ACN_TEST_PAGES to a folder holding it; it is not committed)")
def test_real_assabah_page_gets_its_metadata_date():
    with pytest.warns(PageDateWarning, match="disagree"):
        doc = from_html(REAL_PAGES / "assabah.com.tn.article.html", meta={"rights": "unknown"})
    assert (doc.meta["published"], doc.meta["date_source"]) == ("2019-02-08", "metadata")
