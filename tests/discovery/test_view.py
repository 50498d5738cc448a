"""The highlighted article view: every span once with its offsets, text always text."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.discovery.spans import Span, spans_from_tables
from analysis.discovery.view import article_view, render_article
from analysis.errors import AnalysisError


class _Collector(HTMLParser):
    """Records annotated elements (with data-start) and the text under each data-ann id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[dict] = []
        self.starts: list[tuple[str, int, int, str]] = []
        self.text_of: dict[str, list[str]] = {}
        self.article: list[str] = []
        self.in_text = 0
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if a.get("class") == "text":
            self.in_text = len(self.stack) + 1
        if "data-start" in a:
            self.starts.append((a["data-kind"], int(a["data-start"]), int(a["data-end"]), a["data-ann"]))
        self.stack.append(a)

    def handle_endtag(self, tag):
        self.stack.pop()
        if self.in_text and len(self.stack) < self.in_text:
            self.in_text = 0

    def handle_data(self, data):
        if not self.in_text:
            return
        self.article.append(data)
        for a in self.stack:
            if "data-ann" in a:
                self.text_of.setdefault(a["data-ann"], []).append(data)


def parse(page: str) -> _Collector:
    c = _Collector()
    c.feed(page)
    c.close()
    return c


def check_page(text: str, spans: list[Span], page: str) -> _Collector:
    c = parse(page)
    assert "".join(c.article) == text, "the article text is the original, whole and unaltered"
    found = sorted((k, s, e) for k, s, e, _ in c.starts)
    assert found == sorted((s.kind, s.start, s.end) for s in spans), "every span exactly once"
    for kind, start, end, ann in c.starts:
        assert "".join(c.text_of[ann]) == text[start:end], (kind, start, end)
    assert "script" not in c.tags
    return c


def test_script_in_the_article_stays_text():
    text = 'قال <script>alert("x")</script> & <b>الانفصاليين</b>'  # synthetic
    spans = [Span("term", text.index("الانفصاليين"), text.index("الانفصاليين") + 11, "term", "labels/x")]
    page = render_article(text, spans, title="<script>t</script>", meta={"doc_id": "<i>x</i>"})
    assert "<script>" not in page and "&lt;script&gt;" in page
    check_page(text, spans, page)


def test_overlapping_and_nested_spans_each_appear_once():
    text = "أكد المتحدث باسم الانفصاليين أن 32 قتيلا سقطوا"  # synthetic
    spans = [
        Span("cue", 0, 3, "cue", "cue"),
        Span("speaker", 4, 29, "speaker", "s"),
        Span("actor", 17, 29, "actor", "a", "karabakh"),
        Span("term", 17, 29, "term fam-labels voice-reported", "labels/separatist"),
        Span("quote", 30, 47, "quote", "q"),
        Span("casualty", 33, 41, "casualty", "killed: 32"),
        Span("term", 25, 40, "term", "crossing spans"),
    ]
    page = render_article(text, sorted(spans, key=lambda s: (s.start, -s.end)))
    check_page(text, spans, page)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="اب <>&\"'\nس", min_size=1, max_size=40), st.data())
def test_any_spans_over_any_text_round_trip(text, data):
    n = len(text)
    pairs = data.draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(1, n)), max_size=8))
    spans = [Span("term", min(a, b - 1), max(a + 1, b), "term", "t") for a, b in pairs if min(a, b - 1) >= 0]
    spans = [s for s in spans if s.end <= n]
    check_page(text, spans, render_article(text, spans))


def test_article_view_of_a_mention_no_registry_actor_resolves_does_not_crash():
    """An unresolved actor mention (actor missing) made the view raise TypeError (float + str)."""
    actors = pd.DataFrame({"doc_id": ["d"], "start": [0], "end": [4], "actor": [None], "labels": ["militia"]})
    spans = spans_from_tables({"actors": actors}, 10)
    assert [s.tooltip for s in spans] == ["actor: (unresolved) (militia)"]


def test_spans_outside_the_text_are_refused():
    terms = pd.DataFrame([{"start": 3, "end": 99, "key": "labels/x", "voice": "own"}])
    with pytest.raises(AnalysisError, match="outside the text"):
        spans_from_tables({"terms": terms}, 10)


def test_seed_article_every_table_row_appears_once(seed_text, tmp_path):
    from analysis.annotate import annotate
    from analysis.tables import annotation_rows, item_frame

    rows = annotation_rows(annotate(seed_text, doc_id="seed"))
    tables = {k: item_frame(k, rows[k]) for k in ("terms", "actors", "quotes", "casualties")}
    view = article_view(seed_text, tables, doc_id="seed")
    c = check_page(seed_text, list(view.spans), view.html)
    kinds = [k for k, *_ in c.starts]
    assert kinds.count("term") == len(tables["terms"])
    assert kinds.count("actor") == len(tables["actors"])
    assert kinds.count("cue") == len(tables["quotes"])
    assert kinds.count("casualty") == len(tables["casualties"])
    assert kinds.count("speaker") == int(tables["quotes"]["speaker_start"].notna().sum())
    assert 'dir="rtl"' in view.html and "<style>" in view._repr_html_()
    out = view.save(tmp_path / "seed.html")
    assert out.read_text(encoding="utf-8") == view.html
    with pytest.raises(AnalysisError, match="exists"):
        view.save(tmp_path / "seed.html")


def test_view_refuses_to_write_inside_a_corpus(repo_root):
    view = article_view("نص", {}, doc_id="x")  # synthetic
    with pytest.raises(AnalysisError, match="inside the corpus"):
        view.save(repo_root / "corpus" / "view.html")


CHROMIUM = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser", shutil.which("chromium") or "")
                 if p and Path(p).exists()), None)


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed")
def test_seed_view_renders_in_headless_chromium(seed_text, tmp_path):
    from analysis.annotate import annotate
    from analysis.tables import annotation_rows, item_frame

    rows = annotation_rows(annotate(seed_text, doc_id="seed"))
    tables = {k: item_frame(k, rows[k]) for k in ("terms", "actors", "quotes", "casualties")}
    page = article_view(seed_text, tables, doc_id="seed").save(tmp_path / "seed.html")
    shot = tmp_path / "seed.png"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--screenshot={shot}",
                    "--window-size=1100,1800", page.as_uri()], check=True, capture_output=True, timeout=120)
    assert shot.stat().st_size > 10_000


def test_corpus_show_returns_a_view_of_the_original(repo_root):
    from analysis import Corpus

    corpus = Corpus(repo_root / "corpus")
    doc_id = corpus.documents()[0].doc_id
    view = corpus.show(doc_id, backend="rules")
    text = corpus.documents(doc=doc_id)[0].text
    check_page(text, list(view.spans), view.html)
    assert view.versions["corpus"] == corpus.version()
    with pytest.raises(AnalysisError, match="no document 'nope'"):
        corpus.show("nope")
