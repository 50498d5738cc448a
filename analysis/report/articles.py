"""Highlighted article views in the report: every document of a small corpus, a sample of a large one.

Each view is :func:`analysis.discovery.view.article_view` over the report's
own tables (so its offsets are the tables' offsets) and the document's
original text, written to ``articles/<doc_id>.html`` with an
``articles/index.html`` listing them. A corpus of more than
:data:`MAX_ARTICLES` documents gets a reproducible sample: the documents
whose sha256 of the id is smallest, which does not depend on the order of
ingest and is stable when documents are added.
"""

from __future__ import annotations

import hashlib
import html
from pathlib import Path

from analysis.outputs import write_text

MAX_ARTICLES = 50


def sample_ids(doc_ids: list[str], *, limit: int = MAX_ARTICLES) -> list[str]:
    """All ids when there are at most ``limit``, else a stable sample of ``limit``, sorted.

    Example:
        >>> sample_ids(["b", "a"])
        ['a', 'b']
        >>> len(sample_ids([f"d{i}" for i in range(120)], limit=5))
        5
    """
    ids = sorted(set(doc_ids))
    if len(ids) <= limit:
        return ids
    return sorted(sorted(ids, key=lambda d: hashlib.sha256(d.encode("utf-8")).hexdigest())[:limit])


def write_articles(work: Path, corpus, tables, *, limit: int = MAX_ARTICLES) -> list[Path]:
    """Write the views and their index under ``work/articles``; return the paths written."""
    from analysis.discovery.view import article_view

    version = tables.versions["corpus"]
    present = set(corpus.metadata(version)["doc_id"])
    ids = sample_ids([d for d in tables.documents["doc_id"] if d in present], limit=limit)
    versions = {"corpus": version, "backend": tables.versions.get("backend")}
    written, rows = [], []
    for document in corpus.documents(version, doc=ids) if ids else []:
        one = tables.for_doc(document.doc_id)
        frames = {k: one.frame(k) for k in ("terms", "actors", "quotes", "casualties")}
        view = article_view(document.text, frames, doc_id=document.doc_id, meta=document.meta, versions=versions)
        written.append(write_text(work / "articles" / f"{document.doc_id}.html", view.html, what="article view"))
        title = document.meta.get("title") or document.doc_id
        rows.append(f'<li><a href="{html.escape(document.doc_id)}.html">{html.escape(document.doc_id)}</a> '
                    f'<span dir="rtl">{html.escape(str(title))}</span></li>')
    total = len(tables.documents)
    note = (f"All {total} documents." if len(ids) == total else
            f"A stable sample of {len(ids)} of {total} documents (smallest sha256 of the id).")
    index = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Articles</title></head><body>"
             f"<h1>Annotated articles, corpus version {html.escape(version)}</h1><p>{note}</p>"
             f"<ul>{''.join(rows)}</ul></body></html>\n")
    written.append(write_text(work / "articles" / "index.html", index, what="article index"))
    return written


__all__ = ["MAX_ARTICLES", "sample_ids", "write_articles"]
