"""A highlighted view of one original article: self-contained HTML, right to left.

Loaded terms are highlighted by family (background) and voice (outline),
actor mentions underlined with their labels, statements shown with their cue
and speaker marked, casualty figures boxed with value, hedge and source in a
tooltip. Offsets come straight from the tables (:mod:`analysis.discovery.spans`)
and the text is the original, escaped with :func:`html.escape`, so nothing
in an article is ever interpreted as HTML.

Spans may overlap (a term inside an actor mention inside a quotation). The
text is cut at every span boundary, in one sweep over the sorted boundaries;
each piece is wrapped in the spans active over it, outermost first. Every
piece of a span carries ``data-ann`` (the span's id); its first piece also
carries ``data-kind``, ``data-start`` and ``data-end``, so each annotation
appears exactly once with its offsets.

Example:
    >>> from analysis.discovery.spans import Span
    >>> html = render_article("<b>نص</b>", [Span("term", 3, 5, "term", "labels/x")])
    >>> "&lt;b&gt;" in html and 'data-start="3"' in html
    True
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import pandas as pd

from analysis.discovery.spans import KINDS, Span, spans_from_tables

_STYLE = """
.acn-view{direction:rtl;font-family:'Noto Naskh Arabic','Amiri','DejaVu Sans',serif;max-width:52em;
  margin:1em auto;line-height:2.3;font-size:17px;color:#111}
.acn-view header{direction:ltr;font-family:sans-serif;font-size:13px;color:#333;border-bottom:1px solid #ccc;
  margin-bottom:.8em;line-height:1.5}
.acn-view header h1{font-size:18px;margin:.2em 0;direction:rtl;text-align:right}
.acn-view .text{white-space:pre-wrap}
.acn-view .legend span.key{display:inline-block;margin:0 .4em .3em 0;padding:0 .3em;line-height:1.6}
.acn-view .term{border-radius:3px;padding:1px 0;background:#fde3c8}
.acn-view .fam-labels{background:#ffd2d2}
.acn-view .fam-events{background:#d4e6ff}
.acn-view .fam-markers{background:#fff0b3}
.acn-view .fam-institutions{background:#dcefd9}
.acn-view .fam-places{background:#ececec}
.acn-view .fam-contexts{background:#ecdcff}
.acn-view .voice-own{outline:2px solid #b00;outline-offset:-1px}
.acn-view .voice-reported{outline:1px dashed #555;outline-offset:-1px}
.acn-view .actor{text-decoration:underline 2px #0a6;text-underline-offset:6px}
.acn-view .actor.last::after{content:attr(data-label);font-size:10px;color:#075;vertical-align:super;
  font-family:sans-serif;direction:ltr;unicode-bidi:isolate;margin:0 2px}
.acn-view .quote{background:#eef3f8}
.acn-view .cue{font-weight:bold;color:#124}
.acn-view .speaker{border-bottom:3px double #613}
.acn-view .casualty{border:2px solid #e07000;border-radius:4px;padding:0 2px;background:#fff3e0}
"""


@dataclass(frozen=True)
class ArticleView:
    """One rendered article; displays itself in JupyterLab.

    Attributes:
        doc_id: The document.
        html: The full, self-contained HTML page.
        spans: The spans drawn.
        versions: What made the annotations (corpus, data files, backend).
    """

    doc_id: str
    html: str = field(repr=False)
    spans: tuple[Span, ...] = field(repr=False)
    versions: dict = field(default_factory=dict, repr=False)

    def _repr_html_(self) -> str:
        start = self.html.index("<style>")
        return self.html[start:self.html.index("</body>")]

    def save(self, path: str | Path, *, force: bool = False) -> Path:
        """Write the page through :func:`analysis.outputs.write_text` (never inside a corpus)."""
        from analysis.outputs import write_text

        return write_text(path, self.html, force=force, what="article view")


def render_article(text: str, spans: list[Span], *, title: str = "", meta: Mapping[str, Any] | None = None,
                   versions: Mapping[str, Any] | None = None) -> str:
    """The HTML page of ``text`` with ``spans`` drawn over it.

    Args:
        text: The original text.
        spans: From :func:`analysis.discovery.spans.spans_from_tables`.
        title: Headline shown above the text (escaped).
        meta: Shown in the header: doc_id, outlet, published, url.
        versions: Shown in the header (corpus version, backend ...).

    Returns:
        A complete HTML document (inline CSS, no script, ``dir="rtl"``).
    """
    meta = dict(meta or {})
    header = [f"<h1>{html.escape(title)}</h1>" if title else ""]
    facts = [f"{k}: {html.escape(str(meta[k]))}" for k in ("doc_id", "outlet", "published", "url") if meta.get(k)]
    if versions:
        facts += [f"{html.escape(str(k))}: {html.escape(str(v))}" for k, v in versions.items()
                  if isinstance(v, (str, int, float))]
    header.append("<div>" + " · ".join(facts) + "</div>")
    header.append(_legend(spans))
    body = "".join(_pieces(text, spans))
    return (
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title or str(meta.get('doc_id', 'article')))}</title></head><body>"
        f"<style>{_STYLE}</style><div class=\"acn-view\"><header>{''.join(header)}</header>"
        f"<div class=\"text\" dir=\"rtl\" lang=\"ar\">{body}</div></div></body></html>\n"
    )


def _legend(spans: list[Span]) -> str:
    counts = {k: sum(1 for s in spans if s.kind == k) for k in KINDS}
    samples = {"term": ("term fam-labels voice-own", "term (family colour; outline: own voice, dashed: reported)"),
               "actor": ("actor", "actor mention"), "quote": ("quote", "statement content"),
               "cue": ("cue", "reporting cue"), "speaker": ("speaker", "speaker"),
               "casualty": ("casualty", "casualty figure (hover for value, hedge, source)")}
    keys = [f'<span class="key {samples[k][0]}">{samples[k][1]}: {counts[k]}</span>' for k in KINDS]
    return '<div class="legend">' + "".join(keys) + "</div>"


def _pieces(text: str, spans: list[Span]):
    """Cut ``text`` at every span boundary and wrap each piece in its active spans (one sweep)."""
    ordered = sorted(range(len(spans)), key=lambda i: (spans[i].start, -spans[i].end, i))
    boundaries = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    active: list[int] = []
    next_span = 0
    for lo, hi in zip(boundaries, boundaries[1:]):
        if active:
            active = [i for i in active if spans[i].end > lo]
        while next_span < len(ordered) and spans[ordered[next_span]].start == lo:
            active.append(ordered[next_span])
            next_span += 1
        piece = html.escape(text[lo:hi])
        if not active:
            yield piece
            continue
        opened = "".join(_open(i, spans[i], lo, hi) for i in active)
        yield opened + piece + "</span>" * len(active)


def _open(index: int, span: Span, lo: int, hi: int) -> str:
    css = span.css + (" last" if hi == span.end else "")
    attrs = [f'class="{html.escape(css)}"', f'data-ann="a{index}"', f'title="{html.escape(span.tooltip)}"']
    if lo == span.start:
        attrs += [f'data-kind="{span.kind}"', f'data-start="{span.start}"', f'data-end="{span.end}"']
    if span.label:
        attrs.append(f'data-label="{html.escape(span.label)}"')
    return f"<span {' '.join(attrs)}>"


def article_view(text: str, tables: Mapping[str, pd.DataFrame], *, doc_id: str = "",
                 meta: Mapping[str, Any] | None = None, versions: Mapping[str, Any] | None = None) -> ArticleView:
    """The :class:`ArticleView` of one text and its table rows.

    Example:
        >>> terms = pd.DataFrame([{"start": 4, "end": 15, "key": "labels/separatist", "voice": "own"}])
        >>> v = article_view("قصف الانفصاليين", {"terms": terms}, doc_id="x")  # synthetic
        >>> v.doc_id, 'data-kind="term"' in v._repr_html_()
        ('x', True)
    """
    spans = spans_from_tables(tables, len(text))
    meta = {"doc_id": doc_id, **dict(meta or {})}
    page = render_article(text, spans, title=str(meta.get("title") or ""), meta=meta, versions=versions)
    return ArticleView(doc_id, page, tuple(spans), dict(versions or {}))


def show_document(corpus, doc_id: str, *, version: str | None = "latest", lexicons=None, actors=None,
                  cues=None, backend: str = "auto") -> ArticleView:
    """The view of one document of a :class:`analysis.Corpus` (what ``Corpus.show`` returns).

    The document is annotated alone, through the same pipeline and flattening
    as the corpus tables (:func:`analysis.tables.annotation_rows`), so its rows
    and offsets are those of the tables.

    Example:
        >>> from analysis import Corpus
        >>> v = show_document(Corpus("corpus"), "000_e3af78f8bd1dea90", backend="rules")
        >>> v.html.startswith("<!DOCTYPE html>"), len(v.spans) > 0
        (True, True)
    """
    from analysis.annotate import annotate
    from analysis.tables import annotation_rows, item_frame

    resolved = corpus.version(version)
    documents = corpus.documents(resolved, doc=doc_id)
    document = documents[0]
    pipeline = corpus.pipeline(lexicons=lexicons, actors=actors, cues=cues, backend=backend)
    rows = annotation_rows(annotate(document.text, doc_id=document.doc_id, pipeline=pipeline))
    tables = {kind: item_frame(kind, rows[kind]) for kind in ("terms", "actors", "quotes", "casualties")}
    versions = {**corpus.provenance(resolved), "backend": pipeline.versions.get("backend")}
    return article_view(document.text, tables, doc_id=document.doc_id, meta=document.meta, versions=versions)


__all__ = ["ArticleView", "article_view", "render_article", "show_document"]
