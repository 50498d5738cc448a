"""Release manifests, version bumps and the changelog.

A release is an immutable JSON manifest ``releases/<version>.json``::

    {"version": "0.2.0", "date": "2024-05-01", "parent": "0.1.0", "message": "...",
     "n_documents": 2,
     "metadata": {"path": "metadata.csv", "sha256": "..."},
     "datapackage": {"path": "datapackage.json", "sha256": "..."},
     "documents": {"<doc_id>": {"sha256": "<text sha256>", "meta_sha256": "<row sha256>"}}}

``meta_sha256`` hashes the document's metadata line, so :func:`diff` can tell
metadata corrections apart without the old table.

Versions follow the Frictionless data-package rule, checked against the
parent release: **major** when documents are removed (or ids change, which is
a removal plus an addition), **minor** when documents are added, **patch**
when only texts or metadata were corrected. The requested version must be the
next version of exactly that kind (0.1.0 -> 0.2.0 for an addition).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from analysis.corpus.metadata import SEMVER_PATTERN
from analysis.errors import AnalysisError

_SEMVER_RE = re.compile(SEMVER_PATTERN)


def parse_version(version: str) -> tuple[int, int, int]:
    """Parse ``MAJOR.MINOR.PATCH`` (no pre-release or build suffix).

    Example:
        >>> parse_version("1.10.0")
        (1, 10, 0)
    """
    m = _SEMVER_RE.fullmatch(version) if isinstance(version, str) else None
    if not m:
        raise AnalysisError(f"invalid version {version!r}: use MAJOR.MINOR.PATCH, e.g. 0.1.0")
    return tuple(int(p) for p in m.groups())  # type: ignore[return-value]


def sort_versions(versions) -> list[str]:
    """Sort version strings by semver precedence.

    Example:
        >>> sort_versions(["0.10.0", "0.2.0", "1.0.0"])
        ['0.2.0', '0.10.0', '1.0.0']
    """
    return sorted(versions, key=parse_version)


@dataclass(frozen=True, slots=True)
class Diff:
    """Doc ids added, removed, and changed (text or metadata) between two states."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed_text: tuple[str, ...]
    changed_meta: tuple[str, ...]

    @property
    def changed(self) -> tuple[str, ...]:
        """Ids whose text or metadata changed."""
        return tuple(sorted(set(self.changed_text) | set(self.changed_meta)))

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed_text or self.changed_meta)


def diff(old: dict, new: dict) -> Diff:
    """Compare two ``documents`` maps of manifests (``{doc_id: {sha256, meta_sha256}}``).

    Example:
        >>> a = {"x": {"sha256": "1", "meta_sha256": "m"}}
        >>> b = {"x": {"sha256": "2", "meta_sha256": "m"}, "y": {"sha256": "3", "meta_sha256": "n"}}
        >>> d = diff(a, b); d.added, d.changed_text
        (('y',), ('x',))
    """
    common = old.keys() & new.keys()
    return Diff(
        added=tuple(sorted(new.keys() - old.keys())),
        removed=tuple(sorted(old.keys() - new.keys())),
        changed_text=tuple(sorted(i for i in common if old[i]["sha256"] != new[i]["sha256"])),
        changed_meta=tuple(sorted(i for i in common if old[i].get("meta_sha256") != new[i].get("meta_sha256"))),
    )


def required_bump(d: Diff) -> str | None:
    """The bump kind a diff requires: ``major``, ``minor``, ``patch`` or None.

    Example:
        >>> required_bump(Diff(("a",), (), (), ()))
        'minor'
    """
    if d.removed:
        return "major"
    if d.added:
        return "minor"
    if d.changed_text or d.changed_meta:
        return "patch"
    return None


def next_version(parent: str, kind: str) -> str:
    """The next version of ``kind`` after ``parent``.

    Example:
        >>> next_version("0.1.3", "minor")
        '0.2.0'
    """
    major, minor, patch = parse_version(parent)
    if kind == "major":
        return f"{major + 1}.0.0"
    if kind == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def check_bump(version: str, parent: str | None, d: Diff, *, metadata_changed: bool = False) -> None:
    """Raise unless ``version`` is the right next version after ``parent`` for diff ``d``.

    Args:
        version: Requested version.
        parent: Latest existing release, or None for the first release.
        d: Working tree compared with the parent.
        metadata_changed: The table changed in a way ``d`` does not show
            (e.g. only the schema descriptor); counts as a patch.

    Example:
        >>> check_bump("0.1.1", "0.1.0", Diff(("new",), (), (), ()))
        Traceback (most recent call last):
        ...
        analysis.errors.AnalysisError: 0.1.0 -> 0.1.1 is a patch bump, but 1 document(s) were added since 0.1.0: release 0.2.0 instead
    """
    parse_version(version)
    if parent is None:
        if not d.added:
            raise AnalysisError("nothing to release: the corpus has no documents")
        return
    if parse_version(version) <= parse_version(parent):
        raise AnalysisError(f"version {version} is not newer than the latest release {parent}")
    kind = required_bump(d) or ("patch" if metadata_changed else None)
    if kind is None:
        raise AnalysisError(f"nothing changed since {parent}; no release needed")
    expected = next_version(parent, kind)
    if version != expected:
        got = _bump_kind(parent, version)
        why = {
            "major": f"{len(d.removed)} document(s) were removed",
            "minor": f"{len(d.added)} document(s) were added",
            "patch": "only texts or metadata were corrected",
        }[kind]
        raise AnalysisError(
            f"{parent} -> {version} is a {got} bump, but {why} since {parent}: release {expected} instead"
        )


def _bump_kind(old: str, new: str) -> str:
    a, b = parse_version(old), parse_version(new)
    if b[0] != a[0]:
        return "major"
    if b[1] != a[1]:
        return "minor"
    return "patch"


def manifest_bytes(manifest: dict) -> bytes:
    """Deterministic bytes of a manifest (sorted keys, 1-space indent, final newline).

    Example:
        >>> manifest_bytes({"version": "0.1.0", "date": "2024-01-01"})
        b'{\\n "date": "2024-01-01",\\n "version": "0.1.0"\\n}\\n'
    """
    return (json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def render_changelog(manifests: list[dict], *, max_ids: int = 50) -> bytes:
    """Render ``CHANGELOG.md`` from all manifests, newest first.

    The changelog is derived entirely from the immutable manifests, so it can
    always be rebuilt and never drifts from them. Long id lists are cut after
    ``max_ids`` with a pointer to ``corpus diff``.

    Example:
        >>> m = {"version": "0.1.0", "date": "2024-01-01", "parent": None, "message": "first",
        ...      "documents": {"a": {"sha256": "1", "meta_sha256": "2"}}}
        >>> print(render_changelog([m]).decode())  # doctest: +ELLIPSIS
        # Corpus changelog
        ...
        ## 0.1.0 (2024-01-01)
        ...
    """
    by_version = {m["version"]: m for m in manifests}
    lines = [
        "# Corpus changelog",
        "",
        "Generated from `releases/*.json` by `python -m analysis corpus release`; do not edit by hand.",
        "",
    ]
    for version in reversed(sort_versions(by_version)):
        m = by_version[version]
        parent = m.get("parent")
        lines += [f"## {version} ({m['date']})", ""]
        if m.get("message"):
            lines += [m["message"], ""]
        lines.append(f"Parent: {parent or 'none (first release)'}. Documents: {len(m['documents'])}.")
        lines.append("")
        old = by_version[parent]["documents"] if parent in by_version else {}
        d = diff(old, m["documents"])
        for label, ids in (("Added", d.added), ("Removed", d.removed),
                           ("Changed text", d.changed_text), ("Changed metadata", d.changed_meta)):
            if not ids:
                continue
            shown = ", ".join(f"`{i}`" for i in ids[:max_ids])
            more = ""
            if len(ids) > max_ids:
                command = f"diff {parent} {version}" if parent else f"list --version {version}"
                more = f" … and {len(ids) - max_ids} more (`python -m analysis corpus {command}`)"
            lines.append(f"- {label} ({len(ids)}): {shown}{more}")
        lines.append("")
    return ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8")


__all__ = [
    "Diff", "diff", "parse_version", "sort_versions", "required_bump", "next_version",
    "check_bump", "manifest_bytes", "render_changelog",
]
