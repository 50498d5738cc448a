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
either completes or leaves the directory byte-identical, and after ``kill -9``
the next writer (or ``corpus recover``) completes or rolls it back.

This module reads; :mod:`analysis.corpus.writes` writes and
:mod:`analysis.corpus.checks` validates and verifies (the methods below
delegate to them).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pandas as pd

from analysis.corpus import checks, writes
from analysis.corpus import metadata as md
from analysis.corpus import releases as rel
from analysis.corpus.dedup import key_cache_path
from analysis.corpus.ids import check_id, text_sha256
from analysis.corpus.manifest import load_manifest
from analysis.corpus.records import USER_FIELDS, AddReport, Document, NewDocument, Rejected
from analysis.corpus.safe_io import first_with_sha, read_regular
from analysis.errors import AnalysisError


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
        self._manifests: dict[str, tuple[tuple, dict]] = {}  # version -> (file identity, checked manifest)

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

    def check_root(self) -> None:
        """Raise unless the corpus path is a folder or does not exist yet."""
        if self.root.exists() and not self.root.is_dir():
            raise AnalysisError(f"--corpus {self.root} is a file, not a corpus folder")

    def require(self) -> None:
        """Raise unless the corpus exists (a folder with ``metadata.csv``)."""
        self.check_root()
        if not self.exists():
            raise AnalysisError(
                f"no corpus at {self.root} (no metadata.csv); create one with "
                f"'python -m analysis corpus add FILE --corpus {self.root} --rights ...'"
            )

    _require = require  # the name analysis.api used before it was public

    # -- reading: working tree ---------------------------------------------
    def rows(self) -> dict[str, dict]:
        """The working tree's metadata rows, ``{doc_id: row}`` (empty before the first add)."""
        if not self.exists():
            return {}
        return md.parse(read_regular(self.metadata_path, what="metadata.csv"), source=str(self.metadata_path))

    def _read_working(self, row: dict) -> Document:
        return Document(row["doc_id"], self.working_bytes(row).decode("utf-8"), dict(row))

    def working_bytes(self, row: dict) -> bytes:
        """The stored bytes of a row's text, checked against its sha256 (never through a symlink)."""
        path = self.text_path(row["doc_id"])
        try:
            data = read_regular(path)
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
            self.require()
            for doc_id, row in sorted(self.rows().items()):
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
            self.require()
            row = self.rows().get(doc_id)
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
            self.require()
            rows = self.rows()
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
            st = path.lstat()
            key = (st.st_ino, st.st_size, st.st_mtime_ns)
            cached = self._manifests.get(version)
            if cached is None or cached[0] != key:
                cached = self._manifests[version] = (key, load_manifest(path, version))
            return cached[1]
        except FileNotFoundError:
            known = ", ".join(self.versions()) or "none"
            raise AnalysisError(f"no release {version} in {self.root} (releases: {known})") from None

    def manifest_sha256(self, version: str) -> str:
        """sha256 of the manifest file's bytes: one hash that pins a whole release."""
        path = self.manifest_path(version)
        if not path.is_file():
            self.manifest(version)  # raises the friendly error
        return text_sha256(read_regular(path, what=f"releases/{version}.json"))

    def release_table(self, version: str) -> bytes:
        """The exact bytes of a release's ``metadata.csv`` (checked against the manifest)."""
        return self._release_table(version, self.manifest(version))

    def _release_rows(self, version: str, manifest: dict) -> dict[str, dict]:
        return md.parse(self._release_table(version, manifest), source=f"metadata.csv of release {version}")

    def _release_table(self, version: str, manifest: dict) -> bytes:
        want = manifest["metadata"]["sha256"]
        data = first_with_sha(want, self.metadata_path, self.root / "archive" / f"metadata-{want}.csv")
        if data is not None:
            return data
        raise AnalysisError(
            f"the metadata table of release {version} is not available: metadata.csv changed and "
            f"archive/metadata-{want[:12]}….csv is missing (check out git tag corpus-v{version})"
        )

    def _release_text(self, version: str, doc_id: str, want: str) -> bytes:
        data = first_with_sha(want, self.text_path(doc_id), self.root / "archive" / f"{want}.txt")
        if data is not None:
            return data
        raise AnalysisError(
            f"text of {doc_id} in release {version} is not available: texts/{doc_id}.txt is missing or "
            f"changed and there is no archived copy (check out git tag corpus-v{version})"
        )

    def verify(self, version: str | None = None) -> list[str]:
        """Check a release (latest by default) against the files, and the corpus's own integrity.

        Checks every text and the metadata table against the manifest's
        sha256s; the manifest itself (JSON schema, ``n_documents``, its
        ``content_sha256``, the sha256 its successor and the git tag recorded);
        ``datapackage.json``; ``CHANGELOG.md`` (regenerated from the
        manifests); and the tree (no symlinks, special, temporary or stray files).

        Returns:
            One line per problem, e.g. ``changed: texts/x.txt``; empty when intact.
        """
        return checks.verify(self, version)

    def diff(self, old: str, new: str | None = None) -> rel.Diff:
        """Doc ids added, removed and changed from release ``old`` to ``new`` (None: working tree)."""
        old_docs = self.manifest(old)["documents"]
        new_docs = self.working_entries(self.rows()) if new is None else self.manifest(new)["documents"]
        return rel.diff(old_docs, new_docs)

    @staticmethod
    def working_entries(rows: dict[str, dict]) -> dict[str, dict]:
        return {i: {"sha256": r["sha256"], "meta_sha256": text_sha256(md.row_bytes(r))} for i, r in rows.items()}

    # -- validation --------------------------------------------------------
    def validate(self, *, today: dt.date | None = None) -> list[str]:
        """Schema and consistency checks of the working tree.

        Checks: ``datapackage.json`` is the descriptor this package writes, and
        Frictionless validates ``metadata.csv`` against it;
        ``metadata.csv`` parses, is in canonical form, and every row passes
        :func:`analysis.corpus.metadata.validate_row`; every text has a row and
        vice versa; sha256 and n_chars match; texts are UTF-8 without BOM;
        ``added_in`` names a release that contains the document; every
        manifest passes its schema; and nowhere in the corpus is there a
        symlink, a special file, a temporary file, an interrupted
        transaction or a file a corpus does not hold.

        Returns:
            One line per problem; empty when valid.
        """
        return checks.validate(self, today=today)

    # -- writing (see analysis.corpus.writes) --------------------------------
    build_row = staticmethod(writes.build_row)

    def add(self, items: Iterable[NewDocument | Rejected], *, duplicates: str = "error", invalid: str = "error",
            on_item: Callable[[], None] | None = None) -> AddReport:
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
        return writes.add(self, items, duplicates=duplicates, invalid=invalid, on_item=on_item)

    def remove(self, doc_ids: Iterable[str]) -> list[str]:
        """Remove documents from the working tree (a major change at the next release).

        Released texts are archived first, so older releases stay readable.

        Returns:
            The removed ids.
        """
        return writes.remove(self, doc_ids)

    def update(self, doc_id: str, **fields: str) -> dict:
        """Correct metadata of one document (a patch change at the next release).

        Args:
            doc_id: The document.
            **fields: New values for any of ``USER_FIELDS``; ``""`` makes a field unknown.

        Returns:
            The new row.
        """
        return writes.update(self, doc_id, **fields)

    def release(self, version: str, *, date: str | None = None, message: str = "") -> dict:
        """Cut release ``version``: fill ``added_in``, write the manifest and CHANGELOG.

        The bump must match the change since the parent (see
        :func:`analysis.corpus.releases.check_bump`); the corpus must validate;
        an existing manifest is never overwritten. The manifest records its
        own ``content_sha256`` and its parent manifest's sha256.

        Returns:
            The new manifest.
        """
        return writes.release(self, version, date=date, message=message)

    def recover(self):
        """Complete or roll back an interrupted transaction (see :mod:`analysis.corpus.recover`)."""
        from analysis.corpus.recover import recover

        self.check_root()
        return recover(self.root)


def load_corpus(path: str | Path, version: str | None = None) -> list[Document]:
    """Read every document of a corpus (working tree, or a release) into a list.

    Example:
        >>> docs = load_corpus("corpus", "0.1.0")  # doctest: +SKIP
    """
    return list(CorpusStore(path).documents(version))


__all__ = ["CorpusStore", "Document", "NewDocument", "Rejected", "AddReport", "USER_FIELDS", "load_corpus"]
