"""Recovery of an interrupted corpus transaction (``corpus recover``).

A writer killed mid-transaction leaves the journal ``.transaction.json``
(see :mod:`analysis.corpus.atomic`) and temporary ``.tmp-*`` files.
:func:`recover` reads the journal and

* ``staging``: rolls back (nothing had moved yet): removes the temporary
  files and the directories the transaction created;
* ``committing``: completes the commit: every staged file was durable before
  the journal said ``committing``, so each placement not yet done is done;
  if that is impossible (an immutable file appeared meanwhile) it rolls back;
* ``rolling-back``: finishes the rollback from the hard-link backups.

Either way it then removes every ``.tmp-*`` file anywhere in the corpus and
the journal. Every step is idempotent, so recovery itself may be killed and
run again. It runs automatically when the next writer takes the lock
(:func:`analysis.corpus.atomic.corpus_lock`).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from analysis.corpus.atomic import JOURNAL, TMP_PREFIX, corpus_lock, fsync_dir, remove_journal
from analysis.errors import AnalysisError


@dataclass(frozen=True, slots=True)
class Recovery:
    """What :func:`recover` did.

    Attributes:
        state: The journal's state (``staging``, ``committing``, ``rolling-back``), or ``""`` without one.
        operation: What was interrupted (``add``, ``release``, ...), or ``""``.
        action: ``completed``, ``rolled back`` or ``nothing to recover``.
        removed_tmp: Number of temporary files removed.
    """

    state: str
    operation: str
    action: str
    removed_tmp: int

    def describe(self) -> str:
        """One line for the CLI."""
        if not self.state:
            tail = f"; removed {self.removed_tmp} temporary file(s)" if self.removed_tmp else ""
            return f"no interrupted transaction{tail}"
        return (f"interrupted {self.operation or 'write'} ({self.state}) {self.action}; "
                f"removed {self.removed_tmp} temporary file(s)")


def recover(root: Path, *, locked: bool = False) -> Recovery:
    """Complete or roll back an interrupted transaction in corpus ``root``.

    Args:
        root: The corpus directory.
        locked: The caller already holds :func:`corpus_lock` (the lock's own automatic recovery).

    Returns:
        A :class:`Recovery`.

    Raises:
        AnalysisError: If ``root`` is not a folder, another process holds the
            lock, or the journal is unreadable.

    Example:
        >>> import tempfile
        >>> recover(Path(tempfile.mkdtemp())).describe()
        'no interrupted transaction'
    """
    root = Path(root)
    if not root.is_dir():
        raise AnalysisError(f"{root} is not a corpus folder")
    if not locked:
        with corpus_lock(root, recover=False):
            return _recover(root)
    return _recover(root)


def _recover(root: Path) -> Recovery:
    journal_path = root / JOURNAL
    if not journal_path.exists():
        return Recovery("", "", "nothing to recover", _remove_tmp_files(root))
    try:
        journal = json.loads(journal_path.read_bytes())
        state, ops, dirs = journal["state"], journal["ops"], journal["created_dirs"]
    except (ValueError, KeyError, TypeError) as exc:
        raise AnalysisError(f"{journal_path} is unreadable ({exc}); restore the corpus from git") from None
    ops = [(kind, _abs(root, t), _abs(root, tmp), _abs(root, b)) for kind, t, tmp, b in ops]
    action = "rolled back"
    if state == "committing":
        if _can_complete(ops):
            _complete(ops)
            action = "completed"
        else:
            journal["state"] = "rolling-back"
            from analysis.corpus.atomic import write_journal

            write_journal(root, journal)
            _roll_back(ops)
    elif state in ("staging", "rolling-back"):
        _roll_back(ops)
    else:
        raise AnalysisError(f"{journal_path}: unknown state {state!r}; restore the corpus from git")
    removed = _remove_tmp_files(root)
    if action == "rolled back":
        for d in sorted((root / d for d in dirs), key=lambda p: len(p.parts), reverse=True):
            with contextlib.suppress(OSError):
                d.rmdir()
    for d in sorted({t.parent for _, t, _, _ in ops if t.parent.is_dir()}):
        fsync_dir(d)
    remove_journal(root)
    return Recovery(state, str(journal.get("operation", "")), action, removed)


def _abs(root: Path, rel: str | None) -> Path | None:
    if rel is None:
        return None
    path = root / rel
    if ".." in Path(rel).parts or Path(rel).is_absolute():
        raise AnalysisError(f"{root / JOURNAL}: path {rel!r} leaves the corpus; restore the corpus from git")
    return path


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _can_complete(ops) -> bool:
    for kind, target, tmp, _backup in ops:
        if kind == "create" and tmp.exists() and target.exists() and not _same(tmp, target):
            return False
        if kind in ("write", "create") and not tmp.exists() and not target.exists():
            return False  # a staged file is gone: cannot complete
    return True


def _complete(ops) -> None:
    for kind, target, tmp, _backup in ops:
        if kind == "write":
            if tmp.exists():
                os.replace(tmp, target)
        elif kind == "create":
            if tmp.exists():
                if not target.exists():
                    os.link(tmp, target)
                os.unlink(tmp)
        elif kind == "delete":
            target.unlink(missing_ok=True)
    for _kind, _target, _tmp, backup in ops:
        if backup is not None:
            backup.unlink(missing_ok=True)


def _roll_back(ops) -> None:
    for kind, target, tmp, backup in reversed(ops):
        if kind == "write":
            if tmp is not None and tmp.exists():  # never placed; a backup link is the untouched original
                tmp.unlink()
                if backup is not None:
                    backup.unlink(missing_ok=True)
            elif backup is not None:
                if backup.exists():
                    os.replace(backup, target)
                    backup.unlink(missing_ok=True)
            else:
                target.unlink(missing_ok=True)
        elif kind == "delete":
            if not target.exists() and backup is not None and backup.exists():
                os.replace(backup, target)
            elif backup is not None:
                backup.unlink(missing_ok=True)
        elif kind == "create":
            if target.exists() and (not tmp.exists() or _same(tmp, target)):
                target.unlink()
            tmp.unlink(missing_ok=True)


def _remove_tmp_files(root: Path) -> int:
    removed = 0
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in filenames:
            if name.startswith(TMP_PREFIX):
                os.unlink(Path(dirpath) / name)
                removed += 1
    return removed


def stray_tmp_files(root: Path) -> list[str]:
    """Paths (relative to ``root``) of every ``.tmp-*`` file anywhere in the corpus.

    Example:
        >>> import tempfile
        >>> stray_tmp_files(Path(tempfile.mkdtemp()))
        []
    """
    found = []
    for dirpath, _dirnames, filenames in os.walk(root, followlinks=False):
        found += [str((Path(dirpath) / n).relative_to(root)) for n in filenames if n.startswith(TMP_PREFIX)]
    return sorted(found)


__all__ = ["Recovery", "recover", "stray_tmp_files"]
