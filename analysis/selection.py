"""Which documents a query selects: the filters shared by the API and every command.

A :class:`Selection` holds the four filters a researcher can put on a corpus
version -- document ids, outlet, and a publication window -- and applies them
to the documents table. The same object filters the item tables, the KWIC and
the documents, so every command and :class:`analysis.Corpus` select alike.

Dates are compared as periods. A ``published`` value may be a day
(``2023-09-20``), a month (``2023-09``) or a year (``2023``); a document is
kept when the whole period it names lies inside ``[since, until]``, where
``since`` starts and ``until`` ends its own period (``until="2023-09"``
includes 30 September). Documents with an unknown date are left out as soon
as either bound is given, since nobody can say they are inside.

Example:
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "X"],
    ...                      "published": ["2023-09-20", "2023-10", ""]})
    >>> Selection.of(outlet="X", since="2023-09").doc_ids(docs)
    ['a']
    >>> Selection.of(until="2023-10").doc_ids(docs)
    ['a', 'b']
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable

import pandas as pd

from analysis.errors import AnalysisError

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def period(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of an ISO date, month or year; ``None`` when unknown.

    Example:
        >>> period("2024-02")
        (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
        >>> period("unknown") is None
        True
    """
    match = _DATE_RE.match(str(value or "").strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day is not None:
            one = dt.date(year, month, day)
            return one, one
        if month is not None:
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None


def _bound(value: str | None, name: str) -> tuple[dt.date, dt.date] | None:
    if value is None or value == "":
        return None
    found = period(value)
    if found is None:
        raise AnalysisError(f"--{name} {value!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY")
    return found


@dataclass(frozen=True, slots=True)
class Selection:
    """Document filters: ids, outlet, publication window (all optional).

    Attributes:
        docs: Document ids to keep (``None``: all).
        outlet: Outlet names to keep, exactly as in the metadata (``None``: all).
        since, until: Bounds of the publication window (ISO day, month or year).
    """

    docs: tuple[str, ...] | None = None
    outlet: tuple[str, ...] | None = None
    since: str | None = None
    until: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "docs", _tuple(self.docs))
        object.__setattr__(self, "outlet", _tuple(self.outlet))

    @classmethod
    def of(cls, *, doc: str | Iterable[str] | None = None, outlet: str | Iterable[str] | None = None,
           since: str | None = None, until: str | None = None) -> "Selection":
        """Build a selection from API-style arguments (a string or several for ``doc``/``outlet``)."""
        selection = cls(_tuple(doc), _tuple(outlet), since or None, until or None)
        low, high = _bound(selection.since, "since"), _bound(selection.until, "until")
        if low and high and low[0] > high[1]:
            raise AnalysisError(f"--since {since} is after --until {until}")
        return selection

    @property
    def empty(self) -> bool:
        """True when nothing is filtered."""
        return self.docs is None and self.outlet is None and self.since is None and self.until is None

    def as_dict(self) -> dict:
        """The filters that are set, for an output's ``versions``."""
        out = {"doc": list(self.docs) if self.docs is not None else None,
               "outlet": list(self.outlet) if self.outlet is not None else None,
               "since": self.since, "until": self.until}
        return {k: v for k, v in out.items() if v is not None}

    def doc_ids(self, documents: pd.DataFrame) -> list[str]:
        """Ids of the rows of a documents (or metadata) table that pass, sorted.

        ``documents`` needs ``doc_id``, ``outlet`` and ``published``. Unknown
        ids are not checked here (see :meth:`analysis.Corpus.tables`).
        """
        keep = pd.Series(True, index=documents.index)
        if self.docs is not None:
            keep &= documents["doc_id"].isin(self.docs)
        if self.outlet is not None:
            keep &= documents["outlet"].fillna("").isin(self.outlet)
        low, high = _bound(self.since, "since"), _bound(self.until, "until")
        if low or high:
            periods = documents["published"].map(lambda v: period(v) if isinstance(v, str) else None)
            keep &= periods.map(lambda p: p is not None
                                and (low is None or p[0] >= low[0])
                                and (high is None or p[1] <= high[1]))
        return sorted(documents.loc[keep, "doc_id"].astype(str))


def check_documents(store, version: str, wanted: Iterable[str] | None, present: set[str]) -> None:
    """Raise one clear error for the ``wanted`` ids that a corpus version lacks.

    Args:
        store: The :class:`analysis.corpus.CorpusStore`.
        version: The resolved version (a release or ``working``).
        wanted: Ids asked for (``None``: nothing to check).
        present: Ids the version holds.

    Raises:
        AnalysisError: Naming each missing id: unreleased (only in the working
            tree, with the hint to ask for ``working``), in another release, or unknown.
    """
    missing = sorted(set(wanted or ()) - present)
    if not missing:
        return
    working = set(store.metadata(None)["doc_id"]) if version != "working" else set()
    releases = store.versions()
    problems = []
    for doc_id in missing:
        released_in = [v for v in releases if doc_id in store.manifest(v)["documents"]]
        if doc_id in working and not released_in:
            problems.append(f"document {doc_id!r} is not in release {version}: it is unreleased "
                            f"(only in the working tree; use version 'working')")
        elif released_in:
            where = "the working tree" if version == "working" else f"release {version}"
            problems.append(f"document {doc_id!r} is not in {where} (it is in release {', '.join(released_in)})")
        else:
            problems.append(f"no document {doc_id!r} in {store.root}")
    raise AnalysisError("; ".join(problems))


def restrict(tables, doc_ids: Iterable[str], *, filters: dict | None = None):
    """The same :class:`analysis.tables.CorpusTables` keeping only the rows of ``doc_ids``.

    Tables backed by an annotation store are read for those documents only.
    """
    from analysis.tables import TABLE_NAMES, CorpusTables, empty_frame

    keep = sorted(set(doc_ids))
    frames = {}
    for kind in TABLE_NAMES:
        if not keep:
            frames[kind] = empty_frame(kind)
        elif tables.store is not None:
            from analysis.store import read_table

            frames[kind] = read_table(tables.store, kind, doc_ids=keep)
        else:
            frame = tables.frame(kind)
            frames[kind] = frame[frame["doc_id"].isin(keep)].reset_index(drop=True)
    versions = dict(tables.versions)
    if filters:
        versions["filters"] = filters
    return CorpusTables(versions, cached=tables.cached, **frames)


def _tuple(value: str | Iterable[str] | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return (value,)
    values = tuple(str(v) for v in value)
    return values or None


__all__ = ["Selection", "period", "check_documents", "restrict"]
