"""The corpus on disk: texts, metadata table, release manifests.

Layout of a corpus directory::

    texts/<doc_id>.txt          original bytes, UTF-8, as received
    metadata.csv                one row per document (see analysis.corpus.metadata)
    datapackage.json            Frictionless descriptor of metadata.csv
    releases/<version>.json     immutable release manifests
    CHANGELOG.md                generated from the manifests
    archive/                    released contents later superseded in the working tree:
                                <sha256>.txt (texts) and metadata-<sha256>.csv
    README.md, corpus.yml       data statement and citation info (written by people)

Derived data never goes inside the corpus directory: the exact-duplicate keys
that :meth:`CorpusStore.add` needs are cached beside it (see
:class:`analysis.corpus.dedup.KeyCache` and :attr:`CorpusStore.key_cache_path`);
deleting that cache only makes the next add slower.

Every write goes through :class:`analysis.corpus.atomic.Transaction`: it
either completes or leaves the directory byte-identical.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pandas as pd

from analysis.corpus import metadata as md
from analysis.corpus import releases as rel
from analysis.corpus.atomic import TMP_PREFIX, Transaction, corpus_lock
from analysis.corpus.dedup import KeyCache, key_cache_path
from analysis.corpus.ids import check_id, text_sha256
from analysis.errors import AnalysisError

USER_FIELDS = ("title", "outlet", "url", "published", "date_precision", "date_source",
               "language", "retrieved", "rights", "notes")


@dataclass(frozen=True, slots=True)
class Document:
    """One corpus document.

    Attributes:
        doc_id: Stable id.
        text: The original text (decoded from the stored UTF-8 bytes, unchanged).
        meta: The metadata row: every field of ``metadata.FIELDS`` as a string,
            except ``n_chars`` (int).
    """

    doc_id: str
    text: str
    meta: dict


@dataclass(frozen=True, slots=True)
class NewDocument:
    """A document on its way in: exact bytes plus user-level metadata.

    Attributes:
        doc_id: Proposed id (checked on add).
        data: The bytes to store, valid UTF-8 without BOM.
        meta: Any of ``USER_FIELDS``; missing ones stay unknown.
        origin: Where it came from, for messages (``file.zip:x.json#17``).
    """

    doc_id: str
    data: bytes
    meta: dict
    origin: str


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input item that could not become a document, and why."""

    origin: str
    reason: str


@dataclass
class AddReport:
    """What an add did: ids added, duplicates skipped, invalid items skipped."""

    added: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (origin, existing doc_id)
    forced_duplicates: list[tuple[str, str]] = field(default_factory=list)  # (new id, existing id)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason)


def _first_with_sha(want: str, *paths: Path) -> bytes | None:
    # A released file is read from the working tree while unchanged, else
    # from its archived copy; either way only bytes with the released hash.
    for path in paths:
        if path.is_file():
            data = path.read_bytes()
            if text_sha256(data) == want:
                return data
    return None


class CorpusStore:
    """A corpus directory.

    Args:
        path: The corpus directory (need not exist until the first add).

    Example:
        >>> import tempfile
        >>> c = CorpusStore(Path(tempfile.mkdtemp()) / "corpus")
        >>> report = c.add([NewDocument("d1", "نص".encode(), {"rights": "CC0", "language": "ar"}, "x")])  # synthetic
        >>> c.get("d1").text, c.latest_release()
        ('نص', None)
        >>> c.release("0.1.0", date="2024-01-01")["version"]
        '0.1.0'
    """

    def __init__(self, path: str | Path) -> None:
        self.root = Path(path)

    def __repr__(self) -> str:
        return f"CorpusStore({str(self.root)!r})"

    # -- paths -------------------------------------------------------------
    @property
    def metadata_path(self) -> Path:
        return self.root / "metadata.csv"

    def text_path(self, doc_id: str) -> Path:
        """Path of a document's text in the working tree."""
        return self.root / "texts" / f"{check_id(doc_id)}.txt"

    def manifest_path(self, version: str) -> Path:
        rel.parse_version(version)
        return self.root / "releases" / f"{version}.json"

    @property
    def key_cache_path(self) -> Path:
        """The duplicate-key cache file, beside the corpus (see :func:`analysis.corpus.dedup.key_cache_path`)."""
        return key_cache_path(self.root)

    def exists(self) -> bool:
        """True when the directory holds a metadata table."""
        return self.metadata_path.is_file()

    def _require(self) -> None:
        if not self.exists():
            raise AnalysisError(
                f"no corpus at {self.root} (no metadata.csv); create one with "
                f"'python -m analysis corpus add FILE --corpus {self.root} --rights ...'"
            )

    # -- reading: working tree ---------------------------------------------
    def _rows(self) -> dict[str, dict]:
        if not self.exists():
            return {}
        return md.parse(self.metadata_path.read_bytes(), source=str(self.metadata_path))

    def _read_working(self, row: dict) -> Document:
        return Document(row["doc_id"], self._working_bytes(row).decode("utf-8"), dict(row))

    def _working_bytes(self, row: dict) -> bytes:
        path = self.text_path(row["doc_id"])
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise AnalysisError(f"{path} is missing (run 'corpus validate')") from None
        if text_sha256(data) != row["sha256"]:
            raise AnalysisError(f"{path} does not match its sha256 in metadata.csv (run 'corpus validate')")
        return data

    def documents(self, version: str | None = None) -> Iterator[Document]:
        """Yield documents sorted by doc_id, from the working tree or a release.

        Args:
            version: A release version; None reads the working tree.

        Every text's sha256 is checked against the metadata table (working
        tree) or the manifest (release) as it is read.

        Raises:
            AnalysisError: If a text is missing or changed.
        """
        if version is None:
            self._require()
            for doc_id, row in sorted(self._rows().items()):
                yield self._read_working(row)
            return
        manifest = self.manifest(version)
        rows = self._release_rows(version, manifest)
        for doc_id, entry in sorted(manifest["documents"].items()):
            yield Document(doc_id, self._release_text(version, doc_id, entry["sha256"]).decode("utf-8"),
                           dict(rows[doc_id]))

    def get(self, doc_id: str, version: str | None = None) -> Document:
        """One document by id, from the working tree or a release.

        Raises:
            AnalysisError: If there is no such document.
        """
        check_id(doc_id)
        if version is None:
            self._require()
            row = self._rows().get(doc_id)
            if row is None:
                raise AnalysisError(f"no document {doc_id!r} in {self.root}")
            return self._read_working(row)
        manifest = self.manifest(version)
        entry = manifest["documents"].get(doc_id)
        if entry is None:
            raise AnalysisError(f"no document {doc_id!r} in release {version}")
        rows = self._release_rows(version, manifest)
        return Document(doc_id, self._release_text(version, doc_id, entry["sha256"]).decode("utf-8"),
                        dict(rows[doc_id]))

    def metadata(self, version: str | None = None) -> pd.DataFrame:
        """The metadata table as a DataFrame.

        Columns are ``metadata.FIELDS`` in order (all strings except ``n_chars``,
        an int), one row per document, sorted by doc_id. Unknown values are
        empty strings or ``unknown``, never NaN.
        """
        if version is None:
            self._require()
            rows = self._rows()
        else:
            rows = self._release_rows(version, self.manifest(version))
        df = pd.DataFrame([rows[k] for k in sorted(rows)], columns=list(md.FIELDS))
        return df.astype({"n_chars": "int64"})

    # -- reading: releases -------------------------------------------------
    def versions(self) -> list[str]:
        """Released versions, oldest first (semver order)."""
        directory = self.root / "releases"
        if not directory.is_dir():
            return []
        found = []
        for p in directory.glob("*.json"):
            try:
                rel.parse_version(p.stem)
            except AnalysisError:
                continue
            found.append(p.stem)
        return rel.sort_versions(found)

    def latest_release(self) -> str | None:
        """The newest released version, or None before the first release."""
        versions = self.versions()
        return versions[-1] if versions else None

    def resolve_version(self, version: str | None) -> str:
        """``version`` itself, or the latest release when None (error before any release)."""
        if version is not None:
            return version
        latest = self.latest_release()
        if latest is None:
            raise AnalysisError(f"{self.root} has no releases yet (cut one with 'corpus release 0.1.0')")
        return latest

    def manifest(self, version: str) -> dict:
        """A release manifest as a dict (see :mod:`analysis.corpus.releases`)."""
        path = self.manifest_path(version)
        try:
            return json.loads(path.read_bytes())
        except FileNotFoundError:
            known = ", ".join(self.versions()) or "none"
            raise AnalysisError(f"no release {version} in {self.root} (releases: {known})") from None

    def manifest_sha256(self, version: str) -> str:
        """sha256 of the manifest file's bytes: one hash that pins a whole release."""
        path = self.manifest_path(version)
        if not path.is_file():
            self.manifest(version)  # raises the friendly error
        return text_sha256(path.read_bytes())

    def release_table(self, version: str) -> bytes:
        """The exact bytes of a release's ``metadata.csv`` (checked against the manifest)."""
        return self._release_table(version, self.manifest(version))

    def _release_rows(self, version: str, manifest: dict) -> dict[str, dict]:
        return md.parse(self._release_table(version, manifest), source=f"metadata.csv of release {version}")

    def _release_table(self, version: str, manifest: dict) -> bytes:
        want = manifest["metadata"]["sha256"]
        data = _first_with_sha(want, self.metadata_path, self.root / "archive" / f"metadata-{want}.csv")
        if data is not None:
            return data
        raise AnalysisError(
            f"the metadata table of release {version} is not available: metadata.csv changed and "
            f"archive/metadata-{want[:12]}….csv is missing (check out git tag corpus-v{version})"
        )

    def _release_text(self, version: str, doc_id: str, want: str) -> bytes:
        data = _first_with_sha(want, self.text_path(doc_id), self.root / "archive" / f"{want}.txt")
        if data is not None:
            return data
        raise AnalysisError(
            f"text of {doc_id} in release {version} is not available: texts/{doc_id}.txt is missing or "
            f"changed and there is no archived copy (check out git tag corpus-v{version})"
        )

    def verify(self, version: str | None = None) -> list[str]:
        """Check every sha256 of a release (latest by default) against the files.

        Returns:
            One line per problem, e.g. ``changed: texts/x.txt``; empty when intact.
        """
        version = self.resolve_version(version)
        manifest = self.manifest(version)
        problems = []
        for doc_id, entry in sorted(manifest["documents"].items()):
            path = self.text_path(doc_id)
            archived = self.root / "archive" / f"{entry['sha256']}.txt"
            if archived.is_file() and text_sha256(archived.read_bytes()) == entry["sha256"]:
                continue
            if not path.is_file():
                problems.append(f"missing: texts/{doc_id}.txt")
            elif text_sha256(path.read_bytes()) != entry["sha256"]:
                problems.append(f"changed: texts/{doc_id}.txt")
        try:
            self._release_rows(version, manifest)
        except AnalysisError:
            problems.append("changed: metadata.csv" if self.exists() else "missing: metadata.csv")
        return problems

    def diff(self, old: str, new: str | None = None) -> rel.Diff:
        """Doc ids added, removed and changed from release ``old`` to ``new`` (None: working tree)."""
        old_docs = self.manifest(old)["documents"]
        new_docs = self._working_entries(self._rows()) if new is None else self.manifest(new)["documents"]
        return rel.diff(old_docs, new_docs)

    @staticmethod
    def _working_entries(rows: dict[str, dict]) -> dict[str, dict]:
        return {i: {"sha256": r["sha256"], "meta_sha256": text_sha256(md.row_bytes(r))} for i, r in rows.items()}

    # -- validation --------------------------------------------------------
    def validate(self, *, today: dt.date | None = None) -> list[str]:
        """Schema and consistency checks of the working tree.

        Checks: ``datapackage.json`` is the descriptor this package writes, and
        Frictionless validates ``metadata.csv`` against it;
        ``metadata.csv`` parses, is in canonical form, and every row passes
        :func:`analysis.corpus.metadata.validate_row`; every text has a row and
        vice versa; sha256 and n_chars match; texts are UTF-8 without BOM;
        ``added_in`` names a release that contains the document; nothing else
        (e.g. temporary files) sits in ``texts/``.

        Returns:
            One line per problem; empty when valid.
        """
        self._require()
        problems: list[str] = []
        dp = self.root / "datapackage.json"
        if not dp.is_file():
            problems.append("datapackage.json: missing")
        elif dp.read_bytes() != md.datapackage_bytes():
            problems.append("datapackage.json: differs from the schema this package writes")
        data = self.metadata_path.read_bytes()
        try:
            rows = md.parse(data, source="metadata.csv")
        except AnalysisError as exc:
            return problems + [str(exc)]
        problems += _frictionless_problems(dp)
        if md.serialize(rows.values()) != data:
            problems.append("metadata.csv: not in canonical form (sorted by doc_id, fixed columns, \\n endings)")
        manifests = {v: self.manifest(v)["documents"] for v in self.versions()}
        for doc_id, row in sorted(rows.items()):
            for p in md.validate_row(row, today=today):
                problems.append(f"{doc_id}: {p}")
            added_in = row["added_in"]
            if added_in and doc_id not in manifests.get(added_in, {}):
                problems.append(f"{doc_id}: added_in {added_in} but release {added_in} does not contain it")
            if not added_in:
                first = next((v for v, docs in manifests.items() if doc_id in docs), None)
                if first:
                    problems.append(f"{doc_id}: released in {first} but added_in is empty")
            path = self.root / "texts" / f"{doc_id}.txt"
            if not path.is_file():
                problems.append(f"{doc_id}: texts/{doc_id}.txt is missing")
                continue
            blob = path.read_bytes()
            if text_sha256(blob) != row["sha256"]:
                problems.append(f"{doc_id}: sha256 of texts/{doc_id}.txt does not match metadata")
            try:
                text = blob.decode("utf-8")
            except UnicodeDecodeError as exc:
                problems.append(f"{doc_id}: text is not valid UTF-8 ({exc.reason} at byte {exc.start})")
                continue
            if text.startswith("\ufeff"):
                problems.append(f"{doc_id}: text starts with a byte-order mark")
            if len(text) != row["n_chars"]:
                problems.append(f"{doc_id}: n_chars is {row['n_chars']} but the text has {len(text)}")
        texts_dir = self.root / "texts"
        if texts_dir.is_dir():
            for path in sorted(texts_dir.iterdir()):
                if path.suffix != ".txt" or path.name.startswith(TMP_PREFIX):
                    problems.append(f"texts/{path.name}: unexpected file")
                elif path.stem not in rows:
                    problems.append(f"texts/{path.name}: no row in metadata.csv")
        return problems

    # -- writing -----------------------------------------------------------
    def _released_shas(self) -> tuple[set[str], set[str]]:
        texts, tables = set(), set()
        for v in self.versions():
            m = self.manifest(v)
            tables.add(m["metadata"]["sha256"])
            texts.update(e["sha256"] for e in m["documents"].values())
        return texts, tables

    def _stage_metadata(self, tx: Transaction, rows: dict[str, dict], released_tables: set[str]) -> None:
        # A released table about to be replaced is archived first, so the
        # release stays readable from this directory alone.
        if self.metadata_path.is_file():
            old = self.metadata_path.read_bytes()
            old_sha = text_sha256(old)
            archived = self.root / "archive" / f"metadata-{old_sha}.csv"
            if old_sha in released_tables and not archived.exists():
                tx.write(f"archive/metadata-{old_sha}.csv", old)
        dp = self.root / "datapackage.json"
        if not dp.is_file() or dp.read_bytes() != md.datapackage_bytes():
            tx.write("datapackage.json", md.datapackage_bytes())
        tx.write("metadata.csv", md.serialize(rows.values()))

    def _archive_text(self, tx: Transaction, doc_id: str, row: dict, released_texts: set[str]) -> None:
        archived = self.root / "archive" / f"{row['sha256']}.txt"
        if row["sha256"] in released_texts and not archived.exists():
            tx.write(f"archive/{row['sha256']}.txt", self.text_path(doc_id).read_bytes())

    @staticmethod
    def build_row(doc_id: str, data: bytes, meta: dict, *, today: dt.date | None = None) -> dict:
        """Make a validated metadata row for new text bytes.

        ``published`` may be a date-time (cut to the day); its precision is
        derived and must agree with an explicit ``date_precision``.
        ``date_source`` defaults to ``metadata`` when a date is given.

        Raises:
            AnalysisError: With every problem found, joined by ``; ``.

        Example:
            >>> r = CorpusStore.build_row("a", b"x", {"rights": "CC0", "language": "ar", "published": "2023-09"})
            >>> r["date_precision"], r["date_source"], r["n_chars"]
            ('month', 'metadata', 1)
        """
        check_id(doc_id)
        unknown = set(meta) - set(USER_FIELDS)
        if unknown:
            raise AnalysisError(f"unknown metadata field(s): {', '.join(sorted(unknown))}")
        meta = {k: ("" if v is None else str(v).strip()) for k, v in meta.items()}
        text = data.decode("utf-8")
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

    def add(
        self,
        items: Iterable[NewDocument | Rejected],
        *,
        duplicates: str = "error",
        invalid: str = "error",
        on_item: Callable[[], None] | None = None,
    ) -> AddReport:
        """Add documents in one transaction: all of them, or (on error) none.

        Texts are staged to temporary files as items arrive; the metadata table
        is rewritten once, last.

        Exact duplicates are found by :func:`analysis.corpus.dedup.dedup_key`.
        Every stored text is still read and checked against its sha256 in
        ``metadata.csv`` (a changed or missing text refuses the add), but its
        key comes from the :class:`~analysis.corpus.dedup.KeyCache` at
        :attr:`key_cache_path` when that holds the key for exactly those bytes;
        only texts new to the cache are normalized. The cache is updated
        afterwards (also when the add fails, so work already done is kept),
        limited to the texts in the corpus; failing to write it is ignored.

        Args:
            items: New documents (or rejected inputs, from the ingest layer).
            duplicates: For a text whose normalized form is already in the
                corpus (or earlier in ``items``): ``"error"`` refuses the whole
                add, ``"skip"`` counts and skips it, ``"keep"`` adds it anyway.
            invalid: For a rejected item, bad metadata or a taken doc_id:
                ``"error"`` refuses the whole add, ``"skip"`` counts and skips it.
            on_item: Called once per item (progress bars).

        Returns:
            An :class:`AddReport`.

        Raises:
            AnalysisError: One line naming the item and the problem; the corpus is unchanged.
        """
        if duplicates not in ("error", "skip", "keep") or invalid not in ("error", "skip"):
            raise ValueError("duplicates must be error|skip|keep and invalid error|skip")
        report = AddReport()
        tx = Transaction(self.root)
        try:
            tx.ensure_dir(self.root)
            with corpus_lock(self.root):
                rows = self._rows()
                keys = KeyCache.load(self.key_cache_path)
                new: dict[str, dict] = {}
                committed = False
                try:
                    self._stage_items(items, rows, new, keys, tx, report,
                                      duplicates=duplicates, invalid=invalid, on_item=on_item)
                    if new:
                        self._stage_metadata(tx, {**rows, **new}, self._released_shas()[1])
                        tx.commit()
                        committed = True
                finally:
                    # Written under the lock, for the texts in the corpus now.
                    in_corpus = {**rows, **new} if committed else rows
                    keys.save(keep={r["sha256"] for r in in_corpus.values()})
        finally:
            tx.discard()
        return report

    def _stage_items(self, items, rows: dict[str, dict], new: dict[str, dict], keys: KeyCache,
                     tx: Transaction, report: AddReport, *, duplicates: str, invalid: str,
                     on_item: Callable[[], None] | None) -> None:
        # Later ids win for texts already duplicated in the corpus (added with --force).
        seen = {keys.key(self._working_bytes(r), sha256=r["sha256"]): i for i, r in rows.items()}
        for item in items:
            if on_item:
                on_item()
            try:
                if isinstance(item, Rejected):
                    raise AnalysisError(item.reason)
                row = self.build_row(item.doc_id, item.data, item.meta)
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

    def remove(self, doc_ids: Iterable[str]) -> list[str]:
        """Remove documents from the working tree (a major change at the next release).

        Released texts are archived first, so older releases stay readable.

        Returns:
            The removed ids.
        """
        self._require()
        with corpus_lock(self.root):
            rows = self._rows()
            ids = sorted(set(doc_ids))
            missing = [i for i in ids if i not in rows]
            if missing:
                raise AnalysisError(f"no document(s) {', '.join(missing)} in {self.root}")
            released_texts, released_tables = self._released_shas()
            with Transaction(self.root) as tx:
                for doc_id in ids:
                    self._archive_text(tx, doc_id, rows[doc_id], released_texts)
                    tx.delete(f"texts/{doc_id}.txt")
                self._stage_metadata(tx, {i: r for i, r in rows.items() if i not in ids}, released_tables)
        return ids

    def update(self, doc_id: str, **fields: str) -> dict:
        """Correct metadata of one document (a patch change at the next release).

        Args:
            doc_id: The document.
            **fields: New values for any of ``USER_FIELDS``; ``""`` makes a field unknown.

        Returns:
            The new row.
        """
        self._require()
        with corpus_lock(self.root):
            rows = self._rows()
            if doc_id not in rows:
                raise AnalysisError(f"no document {doc_id!r} in {self.root}")
            old = rows[doc_id]
            meta = {k: old[k] for k in USER_FIELDS}
            meta.update(fields)
            if "published" in fields and "date_precision" not in fields:
                meta["date_precision"] = ""
            if "published" in fields and "date_source" not in fields:
                meta["date_source"] = ""
            row = self.build_row(doc_id, self.text_path(doc_id).read_bytes(), meta)
            row["added_in"] = old["added_in"]
            with Transaction(self.root) as tx:
                self._stage_metadata(tx, {**rows, doc_id: row}, self._released_shas()[1])
        return row

    def release(self, version: str, *, date: str | None = None, message: str = "") -> dict:
        """Cut release ``version``: fill ``added_in``, write the manifest and CHANGELOG.

        The bump must match the change since the parent (see
        :func:`analysis.corpus.releases.check_bump`); the corpus must validate;
        an existing manifest is never overwritten.

        Returns:
            The new manifest.
        """
        self._require()
        rel.parse_version(version)
        date = date or dt.date.today().isoformat()
        day, precision = md.parse_date(date, what="release")
        if precision != "day" or day != date:
            raise AnalysisError(f"release date {date!r} must be YYYY-MM-DD")
        with corpus_lock(self.root):
            if self.manifest_path(version).exists():
                raise AnalysisError(f"release {version} already exists; manifests are never overwritten")
            problems = self.validate()
            if problems:
                raise AnalysisError(
                    f"the corpus does not validate ({len(problems)} problem(s), first: {problems[0]}); "
                    "run 'corpus validate'"
                )
            parent = self.latest_release()
            parent_manifest = self.manifest(parent) if parent else None
            if parent_manifest and date < parent_manifest["date"]:
                raise AnalysisError(f"release date {date} is before {parent}'s date {parent_manifest['date']}")
            rows = self._rows()
            for row in rows.values():
                if not row["added_in"]:
                    row["added_in"] = version
            table = md.serialize(rows.values())
            entries = self._working_entries(rows)
            d = rel.diff(parent_manifest["documents"] if parent_manifest else {}, entries)
            rel.check_bump(version, parent, d, metadata_changed=bool(
                parent_manifest and parent_manifest["metadata"]["sha256"] != text_sha256(table)))
            manifest = {
                "version": version,
                "date": date,
                "parent": parent,
                "message": message,
                "n_documents": len(rows),
                "metadata": {"path": "metadata.csv", "sha256": text_sha256(table)},
                "datapackage": {"path": "datapackage.json", "sha256": text_sha256(md.datapackage_bytes())},
                "documents": entries,
            }
            manifests = [self.manifest(v) for v in self.versions()] + [manifest]
            released_tables = self._released_shas()[1]
            with Transaction(self.root) as tx:
                if table != self.metadata_path.read_bytes():
                    self._stage_metadata(tx, rows, released_tables)
                tx.write("CHANGELOG.md", rel.render_changelog(manifests))
                tx.write(f"releases/{version}.json", rel.manifest_bytes(manifest), exclusive=True)
        return manifest


def _frictionless_problems(descriptor: Path, *, limit: int = 20) -> list[str]:
    """Schema errors Frictionless finds in metadata.csv (our own checks run as well)."""
    if not descriptor.is_file():
        return []
    import frictionless

    report = frictionless.validate(str(descriptor))
    if report.valid:
        return []
    rows = report.flatten(["rowNumber", "fieldName", "type", "note"])
    out = [f"metadata.csv: frictionless {t} (row {r}, field {f}): {n}" for r, f, t, n in rows[:limit]]
    if len(rows) > limit:
        out.append(f"metadata.csv: … and {len(rows) - limit} more frictionless errors")
    return out


def load_corpus(path: str | Path, version: str | None = None) -> list[Document]:
    """Read every document of a corpus (working tree, or a release) into a list.

    Example:
        >>> docs = load_corpus("corpus", "0.1.0")  # doctest: +SKIP
    """
    return list(CorpusStore(path).documents(version))


__all__ = ["CorpusStore", "Document", "NewDocument", "Rejected", "AddReport", "USER_FIELDS", "load_corpus"]
