"""All-or-nothing writes to a corpus directory, journaled so that kill -9 is recoverable.

A :class:`Transaction` stages every new file as a temporary file in its
target directory (written and fsynced as it is staged, so a bulk ingest
streams instead of holding texts in memory), then places them in order with
``os.replace``. Callers stage the metadata table last, so a reader never sees
a row whose text is missing.

The journal ``.transaction.json`` in the corpus root (see
:mod:`analysis.corpus.recover`) makes every state of a transaction
recoverable, also after ``kill -9`` or a power cut:

* ``staging`` -- written before the first directory or file is created; lists
  the directories the transaction creates. Recovery rolls back: it removes
  every ``.tmp-*`` file and those directories.
* ``committing`` -- written and fsynced after every staged file is durable and
  before the first file moves; lists each placement with its temporary file
  and the hard-link backup of the file it replaces. Recovery completes the
  commit (everything it needs is on disk).
* ``rolling-back`` -- written when a commit fails in-process (disk full,
  an immutable file already there); recovery finishes the rollback.

The journal is removed last. Only one writer at a time: :func:`corpus_lock`
takes an exclusive ``flock`` on the corpus directory itself (no lock file),
and recovers an interrupted transaction before handing the lock over.

Crash points: when the environment variable ``ANALYSIS_CRASH_AT`` names one
of :data:`CRASH_POINTS` (optionally ``NAME:N`` for the N-th time it is
reached), the process kills itself with SIGKILL there. The reliability tests
(``tests/reliability/``) use it to kill real subprocesses at exact points.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import secrets
import signal
from pathlib import Path
from typing import Iterator

from analysis.errors import AnalysisError

TMP_PREFIX = ".tmp-"
JOURNAL = ".transaction.json"
CRASH_POINTS = ("staged", "journal-committing", "placed", "placed-all", "backups-removed", "rollback-placed")
_crash_counts: dict[str, int] = {}


def crash_point(name: str) -> None:
    """SIGKILL this process at ``name`` when ``ANALYSIS_CRASH_AT`` asks for it (tests only)."""
    want = os.environ.get("ANALYSIS_CRASH_AT")
    if not want:
        return
    point, _, nth = want.partition(":")
    if point != name:
        return
    _crash_counts[name] = _crash_counts.get(name, 0) + 1
    if _crash_counts[name] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)


@contextlib.contextmanager
def corpus_lock(root: Path, *, recover: bool = True) -> Iterator[None]:
    """Hold an exclusive lock on ``root`` (which must exist) for the block.

    An interrupted transaction found under the lock is recovered first
    (:func:`analysis.corpus.recover.recover`), so every writer starts from a
    consistent corpus.

    Raises:
        AnalysisError: If another process is writing to the corpus.

    Example:
        >>> import tempfile
        >>> with corpus_lock(Path(tempfile.mkdtemp())):
        ...     pass
    """
    fd = os.open(root, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise AnalysisError(f"{root} is being written by another process; try again later") from None
            raise
        if recover and (Path(root) / JOURNAL).exists():
            from analysis.corpus.recover import recover as run_recovery

            run_recovery(Path(root), locked=True)
        yield
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """fsync a directory, so renames and unlinks in it are durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_journal(root: Path, journal: dict) -> None:
    """Durably replace ``root/.transaction.json`` with ``journal``."""
    tmp = root / f"{TMP_PREFIX}{JOURNAL}.{os.getpid()}"
    try:
        with open(tmp, "wb") as fh:
            fh.write(json.dumps(journal, indent=1, sort_keys=True).encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        os.rename(tmp, root / JOURNAL)
    finally:
        tmp.unlink(missing_ok=True)
    fsync_dir(root)


def remove_journal(root: Path) -> None:
    """Remove the journal: the transaction is over (committed or rolled back)."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(root / JOURNAL)
        fsync_dir(root)


def _os_error(exc: OSError, what: Path) -> AnalysisError:
    return AnalysisError(f"cannot write {what}: {exc.strerror or exc}; the corpus is unchanged")


class Transaction:
    """Stage writes and deletions under ``root``; :meth:`commit` applies them all or none.

    Use as a context manager: leaving the block normally commits, an exception
    discards everything staged.

    Args:
        root: Corpus directory. It and any missing parent directories of staged
            files are created on commit, and removed again on rollback.
        durable: fsync each staged file and the touched directories (default).
        label: What the transaction does (``add``, ``release``), for recovery messages.

    Example:
        >>> import tempfile
        >>> root = Path(tempfile.mkdtemp()) / "c"
        >>> with Transaction(root) as tx:
        ...     tx.write("texts/a.txt", b"abc")
        >>> (root / "texts" / "a.txt").read_bytes()
        b'abc'
    """

    def __init__(self, root: Path, *, durable: bool = True, label: str = "write") -> None:
        self.root = Path(root)
        self.durable = durable
        self.label = label
        # (kind, target, tmp) with kind in {"write", "create", "delete"}; order is placement order.
        self._ops: list[tuple[str, Path, Path | None]] = []
        self._created_dirs: list[Path] = []
        self._targets: set[Path] = set()
        self._journaled = False

    # -- journal -----------------------------------------------------------
    def _rel(self, path: Path | None) -> str | None:
        return None if path is None else str(path.relative_to(self.root))

    def _journal(self, state: str, ops: list | None = None) -> None:
        self._journaled = True  # set first: discard() removes a journal even if writing it failed half-way
        try:
            write_journal(self.root, {
                "state": state, "pid": os.getpid(), "operation": self.label,
                "created_dirs": [self._rel(d) for d in self._created_dirs if self.root in d.parents],
                "ops": ops or [],
            })
        except OSError as exc:
            raise _os_error(exc, self.root / JOURNAL) from None
        self._journaled = True

    # -- staging ---------------------------------------------------------
    def ensure_dir(self, directory: Path) -> None:
        """Create ``directory`` (and missing parents) now; rollback removes them again."""
        missing = []
        d = Path(directory)
        while not d.exists():
            missing.append(d)
            d = d.parent
        for d in reversed(missing):
            self._check_inside(d)
            inside = self.root in d.parents
            if inside:
                # Recorded in the journal before it exists, so a kill right after mkdir is undone.
                self._created_dirs.append(d)
                self._journal("staging")
            try:
                d.mkdir()
            except OSError as exc:
                raise _os_error(exc, d) from None
            if not inside:
                # The corpus folder itself, or a missing folder above it: the journal lives in the
                # corpus folder, so these are made first and removed again by rollback.
                self._created_dirs.append(d)

    def _check_inside(self, path: Path) -> None:
        # Never write through a symlink inside the corpus (texts/ -> elsewhere, texts/x.txt -> elsewhere).
        p = path
        while p != self.root and p != p.parent:
            if p.is_symlink():
                raise AnalysisError(f"{p} is a symlink; corpus files are never written through links "
                                    "(run 'corpus validate')")
            p = p.parent

    def _tmp_path(self, target: Path) -> Path:
        return target.parent / f"{TMP_PREFIX}{target.name}.{os.getpid()}.{secrets.token_hex(4)}"

    def write(self, relpath: str | Path, data: bytes, *, exclusive: bool = False) -> None:
        """Stage ``data`` for ``root/relpath``.

        Args:
            relpath: Path relative to the corpus root.
            data: The exact bytes to store.
            exclusive: Refuse (on commit) to replace an existing file; used for
                release manifests, which are immutable.

        Raises:
            AnalysisError: If the target is a symlink or the disk is full.
        """
        target = self.root / relpath
        if target in self._targets:
            raise ValueError(f"{relpath} staged twice in one transaction")
        self.ensure_dir(target.parent)
        self._check_inside(target)
        if not self._journaled:
            self._journal("staging")
        tmp = self._tmp_path(target)
        try:
            with open(tmp, "xb") as fh:
                fh.write(data)
                if self.durable:
                    fh.flush()
                    os.fsync(fh.fileno())
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise _os_error(exc, target) from None
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        self._targets.add(target)
        self._ops.append(("create" if exclusive else "write", target, tmp))
        crash_point("staged")

    def delete(self, relpath: str | Path) -> None:
        """Stage the removal of ``root/relpath`` (which must exist at commit)."""
        target = self.root / relpath
        if target in self._targets:
            raise ValueError(f"{relpath} staged twice in one transaction")
        self._targets.add(target)
        self._ops.append(("delete", target, None))

    def __len__(self) -> int:
        return len(self._ops)

    # -- commit / rollback ----------------------------------------------
    def commit(self) -> None:
        """Place every staged change in order; on any failure restore the previous state.

        Raises:
            AnalysisError: If a file cannot be placed (disk full, an immutable
                file exists); the corpus is as before.
        """
        if not self._ops:
            self.discard()
            return
        plan = [(kind, target, tmp, self._tmp_path(target) if target.exists() else None)
                for kind, target, tmp in self._ops]
        try:
            if self.durable:
                for d in sorted({t.parent for _, t, _, _ in plan}):
                    fsync_dir(d)  # the staged files' names are durable before the journal says so
            self._journal("committing", [[k, self._rel(t), self._rel(tmp), self._rel(b)] for k, t, tmp, b in plan])
        except OSError as exc:
            self.discard()
            raise _os_error(exc, self.root / JOURNAL) from None
        except AnalysisError:
            self.discard()
            raise
        crash_point("journal-committing")
        placed: list[tuple[str, Path, Path | None]] = []  # (kind, target, backup)
        try:
            for kind, target, tmp, backup in plan:
                if kind == "create":
                    # os.link never replaces an existing file: immutability is enforced
                    # by the filesystem, not by an earlier exists() check that could race.
                    try:
                        os.link(tmp, target)
                    except FileExistsError:
                        raise AnalysisError(f"{target} already exists and is never overwritten") from None
                    placed.append((kind, target, None))
                    os.unlink(tmp)
                elif kind == "delete":
                    if backup is not None:
                        os.link(target, backup)
                    placed.append((kind, target, backup))
                    os.unlink(target)
                else:
                    if backup is not None:
                        os.link(target, backup)
                    placed.append((kind, target, backup))
                    os.replace(tmp, target)
                crash_point("placed")
            if self.durable:
                for d in sorted({t.parent for _, t, _, _ in plan}):
                    fsync_dir(d)
        except BaseException as exc:
            with contextlib.suppress(AnalysisError):  # a full disk may refuse even this; the rollback still runs
                self._journal("rolling-back", [[k, self._rel(t), self._rel(tmp), self._rel(b)]
                                               for k, t, tmp, b in plan])
            self._rollback(placed)
            if isinstance(exc, OSError):
                raise _os_error(exc, self.root) from None
            raise
        crash_point("placed-all")
        for _, _, backup in placed:
            if backup is not None:
                backup.unlink(missing_ok=True)
        crash_point("backups-removed")
        remove_journal(self.root)
        self._journaled = False
        self._ops.clear()
        self._created_dirs.clear()

    def _rollback(self, placed: list[tuple[str, Path, Path | None]]) -> None:
        for kind, target, backup in reversed(placed):
            if backup is not None:
                os.replace(backup, target)
                # rename() between two links to one inode is a no-op that keeps both
                backup.unlink(missing_ok=True)
            elif kind != "delete":
                target.unlink(missing_ok=True)
            crash_point("rollback-placed")
        self.discard()

    def discard(self) -> None:
        """Remove temporary files and directories created while staging, then the journal."""
        for kind, _target, tmp in self._ops:
            if tmp is not None:
                tmp.unlink(missing_ok=True)
        self._ops.clear()
        for d in reversed(self._created_dirs):
            with contextlib.suppress(OSError):
                d.rmdir()
        if self._journaled and self.root.is_dir():
            remove_journal(self.root)
            self._journaled = False
        if self.root in self._created_dirs:
            # The corpus folder, then any folder above it that this transaction made.
            for d in reversed(self._created_dirs[:self._created_dirs.index(self.root) + 1]):
                with contextlib.suppress(OSError):
                    d.rmdir()
        self._created_dirs.clear()

    def __enter__(self) -> "Transaction":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


__all__ = ["Transaction", "corpus_lock", "crash_point", "TMP_PREFIX", "JOURNAL", "CRASH_POINTS",
           "write_journal", "remove_journal", "fsync_dir"]
