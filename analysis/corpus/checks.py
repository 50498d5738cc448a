"""Checking a corpus: ``validate`` (the working tree) and ``verify`` (a release).

Both report one line per problem and never raise on damage: a manifest that
is invalid JSON, ``{}`` or ``[]`` is a problem line, not a traceback.

Both also check the whole tree (:func:`tree_problems`): only regular files
and folders (no symlinks, devices or FIFOs anywhere), no temporary
``.tmp-*`` files and no interrupted-transaction journal (run ``corpus
recover``), and no files a corpus does not hold.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.corpus import metadata as md
from analysis.corpus import releases as rel
from analysis.corpus.atomic import JOURNAL, TMP_PREFIX
from analysis.corpus.ids import text_sha256
from analysis.corpus.safe_io import read_regular
from analysis.errors import AnalysisError

if TYPE_CHECKING:
    from analysis.corpus.store import CorpusStore

# What a corpus folder may hold at its top level (annotations/: imported coding, see analysis.coding.store).
KNOWN_DIRS = ("texts", "archive", "releases", "annotations")
KNOWN_FILES = ("metadata.csv", "datapackage.json", "CHANGELOG.md", "README.md", "corpus.yml", "CITATION.cff",
               "bundle.json", ".gitignore", ".gitattributes")


def tree_problems(root: Path) -> list[str]:
    """Links, special files, temporary files, a journal and stray files anywhere under ``root``.

    Example:
        >>> import tempfile
        >>> tree_problems(Path(tempfile.mkdtemp()))
        []
    """
    problems = []
    if (root / JOURNAL).exists():
        problems.append(f"{JOURNAL}: an interrupted transaction; run 'corpus recover'")
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        for name in sorted(dirnames + filenames):
            path = here / name
            relpath = str(path.relative_to(root))
            mode = os.lstat(path).st_mode
            if stat.S_ISLNK(mode):
                problems.append(f"{relpath}: symlink (a corpus holds only regular files)")
            elif not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                problems.append(f"{relpath}: not a regular file")
            elif name.startswith(TMP_PREFIX):
                problems.append(f"{relpath}: temporary file left by an interrupted write; run 'corpus recover'")
            elif here == root and name != JOURNAL and (
                    (stat.S_ISDIR(mode) and name not in KNOWN_DIRS) or (stat.S_ISREG(mode) and name not in KNOWN_FILES)):
                problems.append(f"{relpath}: unexpected {'folder' if stat.S_ISDIR(mode) else 'file'} in the corpus")
        dirnames[:] = [d for d in dirnames if not (here / d).is_symlink()]
    return problems


def _manifests(store: "CorpusStore", problems: list[str]) -> dict[str, dict]:
    found = {}
    for v in store.versions():
        try:
            found[v] = store.manifest(v)
        except AnalysisError as exc:
            problems.append(str(exc))
    return found


def validate(store: "CorpusStore", *, today: dt.date | None = None) -> list[str]:
    """See :meth:`analysis.corpus.store.CorpusStore.validate`."""
    store.require()
    problems: list[str] = tree_problems(store.root)
    dp = store.root / "datapackage.json"
    if not dp.is_file():
        problems.append("datapackage.json: missing")
    elif dp.read_bytes() != md.datapackage_bytes():
        problems.append("datapackage.json: differs from the schema this package writes")
    try:
        data = read_regular(store.metadata_path, what="metadata.csv")
        rows = md.parse(data, source="metadata.csv")
    except AnalysisError as exc:
        return problems + [str(exc)]
    problems += _frictionless_problems(dp) if not dp.is_symlink() else []
    if md.serialize(rows.values()) != data:
        problems.append("metadata.csv: not in canonical form (sorted by doc_id, fixed columns, \\n endings)")
    manifests = {v: m["documents"] for v, m in _manifests(store, problems).items()}
    for doc_id, row in sorted(rows.items()):
        problems += _row_problems(store, doc_id, row, manifests, today=today)
    texts_dir = store.root / "texts"
    if texts_dir.is_dir() and not texts_dir.is_symlink():
        for path in sorted(texts_dir.iterdir()):
            if path.name.startswith(TMP_PREFIX) or path.is_symlink():
                continue  # reported by tree_problems
            if path.suffix != ".txt":
                problems.append(f"texts/{path.name}: unexpected file")
            elif path.stem not in rows:
                problems.append(f"texts/{path.name}: no row in metadata.csv")
    return problems


def _row_problems(store: "CorpusStore", doc_id: str, row: dict, manifests: dict, *, today) -> list[str]:
    problems = [f"{doc_id}: {p}" for p in md.validate_row(row, today=today)]
    added_in = row["added_in"]
    if added_in and doc_id not in manifests.get(added_in, {}):
        problems.append(f"{doc_id}: added_in {added_in} but release {added_in} does not contain it")
    if not added_in:
        first = next((v for v, docs in manifests.items() if doc_id in docs), None)
        if first:
            problems.append(f"{doc_id}: released in {first} but added_in is empty")
    path = store.root / "texts" / f"{doc_id}.txt"
    try:
        blob = read_regular(path, what=f"texts/{doc_id}.txt")
    except FileNotFoundError:
        return problems + [f"{doc_id}: texts/{doc_id}.txt is missing"]
    except AnalysisError as exc:
        return problems + [f"{doc_id}: {exc}"]
    if text_sha256(blob) != row["sha256"]:
        problems.append(f"{doc_id}: sha256 of texts/{doc_id}.txt does not match metadata")
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError as exc:
        return problems + [f"{doc_id}: text is not valid UTF-8 ({exc.reason} at byte {exc.start})"]
    if text.startswith("\ufeff"):
        problems.append(f"{doc_id}: text starts with a byte-order mark")
    if len(text) != row["n_chars"]:
        problems.append(f"{doc_id}: n_chars is {row['n_chars']} but the text has {len(text)}")
    return problems


def _regular_sha(path: Path) -> str | None:
    try:
        return text_sha256(read_regular(path))
    except (FileNotFoundError, AnalysisError):
        return None


def verify(store: "CorpusStore", version: str | None = None) -> list[str]:
    """See :meth:`analysis.corpus.store.CorpusStore.verify`."""
    version = store.resolve_version(version)
    problems: list[str] = []
    try:
        manifest = store.manifest(version)
    except AnalysisError as exc:
        return [f"damaged: {exc}"]
    for doc_id, entry in sorted(manifest["documents"].items()):
        if _regular_sha(store.root / "archive" / f"{entry['sha256']}.txt") == entry["sha256"]:
            continue
        path = store.root / "texts" / f"{doc_id}.txt"
        if not path.exists() and not path.is_symlink():
            problems.append(f"missing: texts/{doc_id}.txt")
        elif not stat.S_ISREG(os.lstat(path).st_mode):
            problems.append(f"not a regular file: texts/{doc_id}.txt")
        elif _regular_sha(path) != entry["sha256"]:
            problems.append(f"changed: texts/{doc_id}.txt")
    try:
        store.release_table(version)
    except AnalysisError:
        problems.append("changed: metadata.csv" if store.exists() else "missing: metadata.csv")
    want = manifest["datapackage"]["sha256"]
    if want not in (_regular_sha(store.root / "datapackage.json"),
                    _regular_sha(store.root / "archive" / f"datapackage-{want}.json")):
        problems.append("changed: datapackage.json")
    manifests = _manifests(store, problems)
    problems += _chain_problems(store, manifests)
    expected = rel.render_changelog(list(manifests.values()))
    if _regular_sha(store.root / "CHANGELOG.md") != text_sha256(expected):
        problems.append("changed: CHANGELOG.md (differs from the one generated from releases/*.json)")
    from analysis.corpus.vcs import tagged_manifest_sha256

    tagged = tagged_manifest_sha256(store.root, version)
    if tagged is not None and tagged != store.manifest_sha256(version):
        problems.append(f"changed: releases/{version}.json (its sha256 is not the one in git tag corpus-v{version})")
    return problems + tree_problems(store.root)


def _chain_problems(store: "CorpusStore", manifests: dict[str, dict]) -> list[str]:
    # Each manifest records its parent's file sha256, so editing an older manifest shows.
    problems = []
    for v, m in manifests.items():
        parent, want = m.get("parent"), m.get("parent_manifest_sha256")
        if parent and want and parent in manifests and store.manifest_sha256(parent) != want:
            problems.append(f"changed: releases/{parent}.json (its sha256 is not the one recorded in release {v})")
    return problems


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


__all__ = ["validate", "verify", "tree_problems", "KNOWN_DIRS", "KNOWN_FILES"]
