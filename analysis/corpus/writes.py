"""Writing a corpus: add, remove, correct, release.

Every function takes the writer lock (:func:`analysis.corpus.atomic.corpus_lock`,
which first recovers an interrupted transaction) and writes through one
journaled :class:`analysis.corpus.atomic.Transaction`, so each either
completes or leaves the corpus byte-identical, also under ``kill -9`` (after
recovery). :class:`analysis.corpus.store.CorpusStore` exposes them as methods.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import TYPE_CHECKING, Callable, Iterable

from analysis.corpus import metadata as md
from analysis.corpus import releases as rel
from analysis.corpus.atomic import Transaction, corpus_lock
from analysis.corpus.dedup import KeyCache
from analysis.corpus.ids import check_id, check_plain, text_sha256
from analysis.corpus.manifest import content_sha256
from analysis.corpus.records import USER_FIELDS, AddReport, NewDocument, Rejected
from analysis.errors import AnalysisError

if TYPE_CHECKING:
    from analysis.corpus.store import CorpusStore


def released_shas(store: "CorpusStore") -> tuple[set[str], set[str]]:
    """sha256s of every released text and metadata table."""
    texts, tables = set(), set()
    for v in store.versions():
        m = store.manifest(v)
        tables.add(m["metadata"]["sha256"])
        texts.update(e["sha256"] for e in m["documents"].values())
    return texts, tables


def released_datapackages(store: "CorpusStore") -> set[str]:
    """sha256s of every released ``datapackage.json``."""
    return {store.manifest(v)["datapackage"]["sha256"] for v in store.versions()}


def _stage_metadata(store: "CorpusStore", tx: Transaction, rows: dict[str, dict], released_tables: set[str]) -> None:
    # A released table about to be replaced is archived first, so the
    # release stays readable from this directory alone.
    if store.metadata_path.is_file():
        old = store.metadata_path.read_bytes()
        old_sha = text_sha256(old)
        archived = store.root / "archive" / f"metadata-{old_sha}.csv"
        if old_sha in released_tables and not archived.exists():
            tx.write(f"archive/metadata-{old_sha}.csv", old)
    dp = store.root / "datapackage.json"
    if not dp.is_file() or dp.read_bytes() != md.datapackage_bytes():
        if dp.is_file():  # a released descriptor is archived like a released table
            old_sha = text_sha256(dp.read_bytes())
            if old_sha in released_datapackages(store) and not (store.root / "archive" / f"datapackage-{old_sha}.json").exists():
                tx.write(f"archive/datapackage-{old_sha}.json", dp.read_bytes())
        tx.write("datapackage.json", md.datapackage_bytes())
    tx.write("metadata.csv", md.serialize(rows.values()))


def _archive_text(store: "CorpusStore", tx: Transaction, doc_id: str, row: dict, released_texts: set[str]) -> None:
    archived = store.root / "archive" / f"{row['sha256']}.txt"
    if row["sha256"] in released_texts and not archived.exists():
        tx.write(f"archive/{row['sha256']}.txt", store.working_bytes(row))


def _arabic_digit_dates(meta: dict) -> dict:
    # Arabic-Indic digits in a date are normalised to ASCII (and said so in notes);
    # stored verbatim they were silently dropped from the time figures.
    notes = []
    for name in ("published", "retrieved"):
        value = meta.get(name, "")
        if value and md.ascii_digits(value) != value:
            meta[name] = md.ascii_digits(value)
            notes.append(f"{name} date given in Arabic-Indic digits ({value}), stored in ASCII digits")
    if notes:
        meta["notes"] = "; ".join(filter(None, [meta.get("notes", "")] + notes))
    return meta


def is_blank(text: str) -> bool:
    """True when ``text`` holds only whitespace and invisible format marks (zero-width, bidi).

    Example:
        >>> is_blank("\\u2003\\u200b\\u00a0\\n"), is_blank("\\u200bنص")  # synthetic
        (True, False)
    """
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)


def build_row(doc_id: str, data: bytes, meta: dict, *, today: dt.date | None = None) -> dict:
    """Make a validated metadata row for new text bytes.

    ``published`` may be a date-time (cut to the day); its precision is
    derived and must agree with an explicit ``date_precision``.
    ``date_source`` defaults to ``metadata`` when a date is given. Dates in
    Arabic-Indic digits are normalised to ASCII digits, with a note.

    Raises:
        AnalysisError: With every problem found, joined by ``; ``.

    Example:
        >>> r = build_row("a", b"x", {"rights": "CC0", "language": "ar", "published": "2023-09"})
        >>> r["date_precision"], r["date_source"], r["n_chars"]
        ('month', 'metadata', 1)
    """
    check_id(doc_id)
    unknown = set(meta) - set(USER_FIELDS)
    if unknown:
        raise AnalysisError(f"unknown metadata field(s): {', '.join(sorted(unknown))}")
    for k, v in meta.items():
        if v is not None and not isinstance(v, str):
            raise AnalysisError(f"{k} must be a string, got {type(v).__name__}")
    meta = _arabic_digit_dates({k: ("" if v is None else v.strip()) for k, v in meta.items()})
    text = data.decode("utf-8")
    if is_blank(text):
        raise AnalysisError("text is empty (only whitespace or invisible marks)")
    published, precision = md.parse_date(meta.get("published", ""), what="published")
    given = meta.get("date_precision") or ""
    if given and published and given != precision:
        raise AnalysisError(f"published {meta['published']!r} has precision {precision}, not {given}")
    retrieved, rprec = md.parse_date(meta.get("retrieved", ""), what="retrieved")
    if retrieved and rprec != "day":
        raise AnalysisError(f"retrieved {meta['retrieved']!r} must be a full date YYYY-MM-DD")
    row = {f: "" for f in md.FIELDS}
    row.update(meta)
    row.update(
        doc_id=doc_id, published=published, retrieved=retrieved,
        date_precision=precision if published else (given or "unknown"),
        date_source=meta.get("date_source") or ("metadata" if published else "unknown"),
        sha256=text_sha256(data), n_chars=len(text), added_in="",
    )
    problems = md.validate_row(row, today=today)
    if problems:
        raise AnalysisError("; ".join(problems))
    return row


def add(store: "CorpusStore", items: Iterable[NewDocument | Rejected], *, duplicates: str = "error",
        invalid: str = "error", on_item: Callable[[], None] | None = None) -> AddReport:
    """See :meth:`analysis.corpus.store.CorpusStore.add`."""
    if duplicates not in ("error", "skip", "keep") or invalid not in ("error", "skip"):
        raise ValueError("duplicates must be error|skip|keep and invalid error|skip")
    store.check_root()
    report = AddReport()
    tx = Transaction(store.root, label="add")
    try:
        tx.ensure_dir(store.root)
        with corpus_lock(store.root):
            rows = store.rows()
            released_tables = released_shas(store)[1]
            keys = KeyCache.load(store.key_cache_path)
            new: dict[str, dict] = {}
            committed = False
            try:
                _stage_items(store, items, rows, new, keys, tx, report,
                             duplicates=duplicates, invalid=invalid, on_item=on_item)
                if new:
                    _stage_metadata(store, tx, {**rows, **new}, released_tables)
                    tx.commit()
                    committed = True
            finally:
                # Written under the lock, for the texts in the corpus now.
                in_corpus = {**rows, **new} if committed else rows
                keys.save(keep={r["sha256"] for r in in_corpus.values()})
    finally:
        tx.discard()
    return report


def _stage_items(store: "CorpusStore", items, rows: dict[str, dict], new: dict[str, dict], keys: KeyCache,
                 tx: Transaction, report: AddReport, *, duplicates: str, invalid: str,
                 on_item: Callable[[], None] | None) -> None:
    # Later ids win for texts already duplicated in the corpus (added with --force).
    seen = {keys.key(store.working_bytes(r), sha256=r["sha256"]): i for i, r in rows.items()}
    for item in items:
        if on_item:
            on_item()
        try:
            if isinstance(item, Rejected):
                raise AnalysisError(item.reason)
            row = build_row(item.doc_id, item.data, item.meta)
            key = keys.key(item.data, sha256=row["sha256"])
            # A re-ingested row is a duplicate (counted), not an id clash.
            if key not in seen or duplicates == "keep":
                if item.doc_id in rows or item.doc_id in new:
                    raise AnalysisError(f"doc_id {item.doc_id!r} already exists")
        except AnalysisError as exc:
            if invalid == "error":
                raise AnalysisError(f"{item.origin}: {exc}") from None
            report.skipped.append((item.origin, str(exc)))
            continue
        if key in seen:
            if duplicates == "error":
                raise AnalysisError(
                    f"{item.origin}: exact duplicate of {seen[key]} (same normalized text); "
                    "pass --force to add it anyway"
                )
            if duplicates == "skip":
                report.duplicates.append((item.origin, seen[key]))
                continue
            report.forced_duplicates.append((item.doc_id, seen[key]))
        else:
            seen[key] = item.doc_id
        tx.write(f"texts/{item.doc_id}.txt", item.data)
        new[item.doc_id] = row
        report.added.append(item.doc_id)


def remove(store: "CorpusStore", doc_ids: Iterable[str]) -> list[str]:
    """See :meth:`analysis.corpus.store.CorpusStore.remove`."""
    store.require()
    with corpus_lock(store.root):
        rows = store.rows()
        ids = sorted(set(doc_ids))
        missing = [i for i in ids if i not in rows]
        if missing:
            raise AnalysisError(f"no document(s) {', '.join(missing)} in {store.root}")
        released_texts, released_tables = released_shas(store)
        with Transaction(store.root, label="remove") as tx:
            for doc_id in ids:
                _archive_text(store, tx, doc_id, rows[doc_id], released_texts)
                tx.delete(f"texts/{doc_id}.txt")
            _stage_metadata(store, tx, {i: r for i, r in rows.items() if i not in ids}, released_tables)
    return ids


def update(store: "CorpusStore", doc_id: str, **fields: str) -> dict:
    """See :meth:`analysis.corpus.store.CorpusStore.update`."""
    store.require()
    with corpus_lock(store.root):
        rows = store.rows()
        if doc_id not in rows:
            raise AnalysisError(f"no document {doc_id!r} in {store.root}")
        old = rows[doc_id]
        meta = {k: old[k] for k in USER_FIELDS}
        meta.update(fields)
        if "published" in fields and "date_precision" not in fields:
            meta["date_precision"] = ""
        if "published" in fields and "date_source" not in fields:
            meta["date_source"] = ""
        row = build_row(doc_id, store.working_bytes(old), meta)
        row["added_in"] = old["added_in"]
        with Transaction(store.root, label="set") as tx:
            _stage_metadata(store, tx, {**rows, doc_id: row}, released_shas(store)[1])
    return row


def release(store: "CorpusStore", version: str, *, date: str | None = None, message: str = "") -> dict:
    """See :meth:`analysis.corpus.store.CorpusStore.release`."""
    store.require()
    rel.parse_version(version)
    check_plain(message, what="--message")
    date = date or dt.date.today().isoformat()
    day, precision = md.parse_date(date, what="release")
    if precision != "day" or day != date:
        raise AnalysisError(f"release date {date!r} must be YYYY-MM-DD")
    with corpus_lock(store.root):
        if store.manifest_path(version).exists():
            raise AnalysisError(f"release {version} already exists; manifests are never overwritten")
        problems = store.validate()
        if problems:
            raise AnalysisError(
                f"the corpus does not validate ({len(problems)} problem(s), first: {problems[0]}); "
                "run 'corpus validate'"
            )
        parent = store.latest_release()
        parent_manifest = store.manifest(parent) if parent else None
        if parent_manifest and date < parent_manifest["date"]:
            raise AnalysisError(f"release date {date} is before {parent}'s date {parent_manifest['date']}")
        rows = store.rows()
        for row in rows.values():
            if not row["added_in"]:
                row["added_in"] = version
        table = md.serialize(rows.values())
        entries = store.working_entries(rows)
        d = rel.diff(parent_manifest["documents"] if parent_manifest else {}, entries)
        rel.check_bump(version, parent, d, metadata_changed=bool(
            parent_manifest and parent_manifest["metadata"]["sha256"] != text_sha256(table)))
        manifest = {
            "version": version,
            "date": date,
            "parent": parent,
            "parent_manifest_sha256": store.manifest_sha256(parent) if parent else None,
            "message": message,
            "n_documents": len(rows),
            "metadata": {"path": "metadata.csv", "sha256": text_sha256(table)},
            "datapackage": {"path": "datapackage.json", "sha256": text_sha256(md.datapackage_bytes())},
            "documents": entries,
        }
        manifest["content_sha256"] = content_sha256(manifest)
        manifests = [store.manifest(v) for v in store.versions()] + [manifest]
        released_tables = released_shas(store)[1]
        with Transaction(store.root, label="release") as tx:
            if table != store.metadata_path.read_bytes():
                _stage_metadata(store, tx, rows, released_tables)
            tx.write("CHANGELOG.md", rel.render_changelog(manifests))
            tx.write(f"releases/{version}.json", rel.manifest_bytes(manifest), exclusive=True)
    return manifest


__all__ = ["add", "remove", "update", "release", "build_row", "released_shas", "is_blank"]
