"""The report folder: where it may go, the marker that says it is a report, the swap.

A report is assembled in a fresh hidden folder beside its target and swapped
in with one rename at the end, so an interrupted run never leaves half a
report. The swap replaces an existing ``OUT/VERSION`` only when that folder
carries the marker file :data:`MARKER` (written into every report), so a
corpus, a bundle or any other folder that happens to sit there is never
removed; and no report may be written inside a corpus folder
(:func:`analysis.outputs.enclosing_corpus`).

Example:
    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp())
    >>> work = start(out, "0.1.0")
    >>> _ = write_marker(work, {"corpus": "0.1.0"})
    >>> finish(work, out / "0.1.0").name, is_report(out / "0.1.0")
    ('0.1.0', True)
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from analysis import __version__
from analysis.errors import AnalysisError
from analysis.outputs import enclosing_corpus, write_text

MARKER = ".analysis-report.json"
KIND = "arabic-conflict-news report"


def is_report(folder: Path | str) -> bool:
    """True when ``folder`` holds a report marker written by :func:`write_marker`.

    Example:
        >>> is_report("/")
        False
    """
    marker = Path(folder) / MARKER
    if marker.is_symlink() or not marker.is_file():
        return False
    try:
        return json.loads(marker.read_text(encoding="utf-8")).get("kind") == KIND
    except (OSError, ValueError, AttributeError):
        return False


def check_target(out: Path | str, version: str) -> Path:
    """Refuse a report target that is inside a corpus or is not a report already.

    Args:
        out: The parent folder of the report folders (``--out``).
        version: The corpus version (the report folder's name).

    Returns:
        ``out/version``.

    Raises:
        AnalysisError: ``out`` lies inside a corpus folder (symlinks followed),
            or ``out/version`` exists and is not a report (no :data:`MARKER`).
    """
    out = Path(out)
    final = out / version
    for path in (out, final):
        corpus = enclosing_corpus(path)
        if corpus is not None:
            raise AnalysisError(f"refusing to write a report into {path}: it is inside the corpus "
                                f"folder {corpus}; choose an --out outside it")
    if final.is_symlink() or (final.exists() and not (final.is_dir() and is_report(final))):
        raise AnalysisError(f"refusing to replace {final}: it is not a report folder (no {MARKER}); "
                            "move it away or choose another --out")
    return final


def start(out: Path | str, version: str) -> Path:
    """A new, empty, hidden work folder inside ``out`` for the report of ``version``."""
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{version}.tmp-", dir=out)).resolve()
    except OSError as exc:
        raise AnalysisError(f"cannot create the report folder in {out}: {exc.strerror or exc}") from None


def write_marker(work: Path, versions: dict[str, Any]) -> Path:
    """Write :data:`MARKER` (what made the report) into the work folder."""
    record = {"kind": KIND, "package": __version__, "versions": versions}
    return write_text(work / MARKER, json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True,
                                                default=str) + "\n", what="report marker")


def finish(work: Path, final: Path) -> Path:
    """Swap ``work`` in as ``final``; an old report there is removed after the swap.

    Checks again that whatever sits at ``final`` is a report, right before
    moving it, so a folder that appeared during the run is never removed.
    """
    old = None
    if final.exists() or final.is_symlink():
        if final.is_symlink() or not is_report(final):
            raise AnalysisError(f"refusing to replace {final}: it is not a report folder (no {MARKER})")
        old = Path(tempfile.mkdtemp(prefix=f".{final.name}.old-", dir=final.parent))
        os.replace(final, old / final.name)
    os.replace(work, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return final


def discard(work: Path) -> None:
    """Remove a work folder made by :func:`start` (after a failure)."""
    shutil.rmtree(work, ignore_errors=True)
