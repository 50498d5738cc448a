"""Publication dates of saved web pages that a reviewer can check.

A page can carry several dates: the article's own metadata, a date in its
URL, and dates in the text -- including a "today" widget in the masthead,
which is the day the page was *saved*, not published. trafilatura's date
finder (htmldate) can return that widget's date even with
``original_date=True``. So every candidate is collected with where it came
from, and one is chosen by a documented precedence:

1. **metadata** -- structured fields written for machines, in this order:
   ``article:published_time``; JSON-LD ``datePublished``; an element with
   ``itemprop="datePublished"``; Dublin Core (``<meta name="dc.date">``,
   ``dcterms.created``/``issued``, or RDFa ``property="dc:date"``); a
   ``<time datetime>`` element (``pubdate`` first).
2. **url** -- a date in the URL path (htmldate's ``extract_url_date``).
3. **text** -- trafilatura's guess from the page as a whole.

Every candidate string is parsed by htmldate itself (``try_date_expr``), so
no date parsing is re-implemented here. The document gets
``date_source=metadata`` when the chosen date came from the page's metadata,
``inferred`` otherwise; the choice and every candidate are written into
``notes``. A warning is raised (and written into ``notes``) when candidates
disagree by more than a day, or when the chosen date is the retrieval day.

Example:
    >>> html = ('<html><head><meta property="article:published_time" content="2019-02-08T10:00:00+01:00">'
    ...         '</head><body><p>نص</p></body></html>')  # synthetic
    >>> c = choose_date(date_candidates(html, text_guess="2020-02-19"))
    >>> c.date, c.date_source, c.warnings[0][:37]
    ('2019-02-08', 'metadata', 'date candidates disagree by 376 days:')
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

KINDS = ("metadata", "url", "text")
_META_XPATHS = (
    ("article:published_time",
     "//meta[@property='article:published_time' or @name='article:published_time']/@content"),
    ("json-ld datePublished", None),
    ("itemprop datePublished",
     "//*[@itemprop='datePublished']/@content | //*[@itemprop='datePublished']/@datetime"),
    ("dc:date",
     "//meta[translate(@name, 'DCTERMSAIUE', 'dctermsaiue') = 'dc.date' "
     "or translate(@name, 'DCTERMSAIUE', 'dctermsaiue') = 'dc.date.issued' "
     "or translate(@name, 'DCTERMSAIUE', 'dctermsaiue') = 'dcterms.created' "
     "or translate(@name, 'DCTERMSAIUE', 'dctermsaiue') = 'dcterms.issued']/@content"
     " | //*[contains(concat(' ', normalize-space(@property), ' '), ' dc:date ')]/@content"
     " | //*[contains(concat(' ', normalize-space(@property), ' '), ' dcterms:created ')]/@content"),
    ("time", "//time[@pubdate]/@datetime | //time[@datetime]/@datetime"),
)


@dataclass(frozen=True, slots=True)
class DateCandidate:
    """One date a page offers.

    Attributes:
        date: ``YYYY-MM-DD`` as parsed by htmldate.
        source: Which field or method gave it (``dc:date``, ``url``, ``trafilatura``...).
        kind: ``metadata``, ``url`` or ``text`` (the precedence classes).
        raw: The string as written in the page.
    """

    date: str
    source: str
    kind: str
    raw: str


@dataclass(frozen=True, slots=True)
class DateChoice:
    """The chosen date, how it was chosen, and what a reviewer should know."""

    date: str | None
    date_source: str
    chosen: DateCandidate | None
    candidates: tuple[DateCandidate, ...]
    warnings: tuple[str, ...] = field(default=())

    def notes(self) -> list[str]:
        """Provenance notes for the metadata row."""
        if not self.candidates:
            return ["no publication date found in the page"]
        listed = ", ".join(f"{c.source} {c.date}" for c in self.candidates)
        out = [f"published {self.date} chosen from {self.chosen.source} ({self.chosen.kind}; "
               f"precedence metadata > url > text); candidates: {listed}"]
        return out + [f"WARNING: {w}" for w in self.warnings]


def _parse(raw: str) -> str | None:
    from htmldate.extractors import try_date_expr

    raw = (raw or "").strip()
    if not raw:
        return None
    # An ISO timestamp's calendar day is the day as the outlet wrote it; do
    # not shift it to UTC.
    return try_date_expr(raw[:10] if len(raw) >= 10 and raw[4:5] == "-" else raw, "%Y-%m-%d", False,
                         dt.datetime(1990, 1, 1), dt.datetime.now() + dt.timedelta(days=1))


def _json_ld_dates(tree) -> list[str]:
    found: list[str] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            value = node.get("datePublished")
            if isinstance(value, str):
                found.append(value)
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            walk(json.loads(script))
        except ValueError:
            continue  # a broken JSON-LD block is not evidence of anything
    return found


def date_candidates(html: str | bytes, *, url: str | None = None,
                    text_guess: str | None = None) -> list[DateCandidate]:
    """Every publication-date candidate of a page, in precedence order.

    Args:
        html: The page.
        url: The page's URL (from the page or the researcher), for its path date.
        text_guess: trafilatura's date for the page, if it found one.
    """
    import lxml.html
    from htmldate.extractors import extract_url_date
    from htmldate.utils import Extractor

    out: list[DateCandidate] = []
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        tree = None
    if tree is not None:
        for source, xpath in _META_XPATHS:
            raws = _json_ld_dates(tree) if xpath is None else [str(v) for v in tree.xpath(xpath)]
            for raw in raws:
                date = _parse(raw)
                if date and not any(c.source == source and c.date == date for c in out):
                    out.append(DateCandidate(date, source, "metadata", raw.strip()))
    if url:
        options = Extractor(False, dt.datetime.now() + dt.timedelta(days=1), dt.datetime(1990, 1, 1),
                            True, "%Y-%m-%d")
        date = extract_url_date(url, options)
        if date:
            out.append(DateCandidate(date, "url", "url", url))
    if text_guess:
        date = _parse(text_guess)
        if date:
            out.append(DateCandidate(date, "trafilatura", "text", text_guess))
    return out


def choose_date(candidates: list[DateCandidate], *, retrieved: str | None = None) -> DateChoice:
    """Choose by precedence (metadata, then url, then text) and say what disagrees.

    Args:
        candidates: From :func:`date_candidates`, in precedence order.
        retrieved: The retrieval day ``YYYY-MM-DD``, if known.
    """
    if not candidates:
        return DateChoice(None, "unknown", None, ())
    chosen = min(candidates, key=lambda c: KINDS.index(c.kind))  # stable: first of its kind
    warnings = []
    days = [dt.date.fromisoformat(c.date) for c in candidates]
    spread = (max(days) - min(days)).days
    if spread > 1:
        listed = ", ".join(f"{c.source} {c.date}" for c in candidates)
        warnings.append(f"date candidates disagree by {spread} days: {listed}; chose {chosen.source}")
    if retrieved and chosen.date == retrieved:
        warnings.append(f"the chosen date {chosen.date} is the retrieval day: it may be the day the page "
                        "was saved, not published")
    source = "metadata" if chosen.kind == "metadata" else "inferred"
    return DateChoice(chosen.date, source, chosen, tuple(candidates), tuple(warnings))


__all__ = ["DateCandidate", "DateChoice", "date_candidates", "choose_date"]
