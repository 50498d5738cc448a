"""Git tags for corpus releases (``corpus-vX.Y.Z``).

Tagging is explicit (``release --tag`` or ``corpus tag VERSION``), never a
side effect: a tag must point at a commit that contains the release, and only
the researcher decides what gets committed.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from analysis.errors import AnalysisError


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(cwd), *args], capture_output=True, text=True)


def git_root(path: Path) -> Path | None:
    """The enclosing git work tree of ``path``, or None (also when git is missing).

    Example:
        >>> git_root(Path("/"))  # doctest: +SKIP
    """
    try:
        out = _git(path, "rev-parse", "--show-toplevel")
    except FileNotFoundError:
        return None
    return Path(out.stdout.strip()) if out.returncode == 0 else None


def tag_name(version: str) -> str:
    """The git tag of a corpus version.

    Example:
        >>> tag_name("0.1.0")
        'corpus-v0.1.0'
    """
    return f"corpus-v{version}"


def tag_release(corpus_dir: Path, version: str, *, manifest_sha256: str, commit: bool = False) -> str:
    """Create the annotated tag ``corpus-v<version>`` for a release.

    Args:
        corpus_dir: The corpus directory, inside a git work tree.
        version: The released version.
        manifest_sha256: Recorded in the tag message.
        commit: First commit the corpus directory (and only it) with message
            ``corpus: release <version>``; otherwise the directory must already
            be committed.

    Returns:
        The tag name.

    Raises:
        AnalysisError: Outside git, with uncommitted corpus changes (without
            ``commit``), or when the tag exists.
    """
    corpus_dir = corpus_dir.resolve()
    if git_root(corpus_dir) is None:
        raise AnalysisError(f"{corpus_dir} is not inside a git repository; cannot tag")
    tag = tag_name(version)
    if _git(corpus_dir, "rev-parse", "-q", "--verify", f"refs/tags/{tag}").returncode == 0:
        raise AnalysisError(f"git tag {tag} already exists")
    if commit:
        for args in (("add", "-A", "--", "."),
                     ("commit", "-q", "-m", f"corpus: release {version}", "--only", "--", ".")):
            out = _git(corpus_dir, *args)
            if out.returncode != 0:
                raise AnalysisError(f"git {args[0]} failed: {(out.stderr or out.stdout).strip().splitlines()[-1]}")
    status = _git(corpus_dir, "status", "--porcelain", "--", ".")
    if status.stdout.strip():
        raise AnalysisError(f"{corpus_dir} has uncommitted changes; commit them, then run 'corpus tag {version}'")
    out = _git(corpus_dir, "tag", "-a", tag, "-m",
               f"Arabic Conflict News corpus {version} (manifest sha256 {manifest_sha256})")
    if out.returncode != 0:
        raise AnalysisError(f"git tag failed: {out.stderr.strip()}")
    return tag


def tagged_manifest_sha256(corpus_dir: Path, version: str) -> str | None:
    """The manifest sha256 recorded in git tag ``corpus-v<version>``'s message, or None (no git, no tag).

    Example:
        >>> tagged_manifest_sha256(Path("/"), "0.1.0") is None
        True
    """
    import re

    if not Path(corpus_dir).is_dir() or git_root(Path(corpus_dir)) is None:
        return None
    out = _git(Path(corpus_dir), "tag", "-l", "--format=%(contents)", tag_name(version))
    found = re.search(r"manifest sha256 ([0-9a-f]{64})", out.stdout or "")
    return found.group(1) if found else None


__all__ = ["git_root", "tag_name", "tag_release", "tagged_manifest_sha256"]
