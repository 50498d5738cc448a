"""All-or-nothing writes to a corpus directory.

A :class:`Transaction` stages every new file as a temporary file in its
target directory (written and fsynced as it is staged, so a bulk ingest
streams instead of holding texts in memory), then places them in order with
``os.replace``. Callers stage the metadata table last, so a reader never sees
a row whose text is missing. If anything fails, files already placed are put
back as they were (old versions are kept as hard links until the end), and
directories the transaction created are removed: the corpus is byte-identical
to before.

Only one writer at a time: :func:`corpus_lock` takes an exclusive ``flock`` on
the corpus directory itself, so no lock file is left behind.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import secrets
from pathlib import Path
from typing import Iterator

from analysis.errors import AnalysisError

TMP_PREFIX = ".tmp-"


@contextlib.contextmanager
def corpus_lock(root: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``root`` (which must exist) for the block.

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
        yield
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Transaction:
    """Stage writes and deletions under ``root``; :meth:`commit` applies them all or none.

    Use as a context manager: leaving the block normally commits, an exception
    discards everything staged.

    Args:
        root: Corpus directory. It and any missing parent directories of staged
            files are created on commit, and removed again on rollback.
        durable: fsync each staged file and the touched directories (default).

    Example:
        >>> import tempfile
        >>> root = Path(tempfile.mkdtemp()) / "c"
        >>> with Transaction(root) as tx:
        ...     tx.write("texts/a.txt", b"abc")
        >>> (root / "texts" / "a.txt").read_bytes()
        b'abc'
    """

    def __init__(self, root: Path, *, durable: bool = True) -> None:
        self.root = Path(root)
        self.durable = durable
        # (kind, target, tmp) with kind in {"write", "create", "delete"}; order is placement order.
        self._ops: list[tuple[str, Path, Path | None]] = []
        self._created_dirs: list[Path] = []
        self._targets: set[Path] = set()

    # -- staging ---------------------------------------------------------
    def ensure_dir(self, directory: Path) -> None:
        """Create ``directory`` (and missing parents) now; rollback removes them again."""
        missing = []
        d = directory
        while not d.exists():
            missing.append(d)
            d = d.parent
        for d in reversed(missing):
            d.mkdir()
            self._created_dirs.append(d)

    def _tmp_path(self, target: Path) -> Path:
        return target.parent / f"{TMP_PREFIX}{target.name}.{os.getpid()}.{secrets.token_hex(4)}"

    def write(self, relpath: str | Path, data: bytes, *, exclusive: bool = False) -> None:
        """Stage ``data`` for ``root/relpath``.

        Args:
            relpath: Path relative to the corpus root.
            data: The exact bytes to store.
            exclusive: Refuse (on commit) to replace an existing file; used for
                release manifests, which are immutable.
        """
        target = self.root / relpath
        if target in self._targets:
            raise ValueError(f"{relpath} staged twice in one transaction")
        self.ensure_dir(target.parent)
        tmp = self._tmp_path(target)
        try:
            with open(tmp, "xb") as fh:
                fh.write(data)
                if self.durable:
                    fh.flush()
                    os.fsync(fh.fileno())
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        self._targets.add(target)
        self._ops.append(("create" if exclusive else "write", target, tmp))

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
        """Place every staged change in order; on any failure restore the previous state."""
        placed: list[tuple[str, Path, Path | None]] = []  # (kind, target, backup)
        try:
            for kind, target, tmp in self._ops:
                backup = None
                if kind == "create":
                    # os.link never replaces an existing file: immutability is enforced
                    # by the filesystem, not by an earlier exists() check that could race.
                    try:
                        os.link(tmp, target)
                    except FileExistsError:
                        raise AnalysisError(f"{target} already exists and is never overwritten") from None
                    placed.append((kind, target, None))
                    os.unlink(tmp)
                    continue
                if target.exists():
                    backup = self._tmp_path(target)
                    os.link(target, backup)
                if kind == "delete":
                    placed.append((kind, target, backup))
                    os.unlink(target)
                else:
                    placed.append((kind, target, backup))
                    os.replace(tmp, target)
            if self.durable:
                for d in sorted({t.parent for _, t, _ in self._ops}):
                    _fsync_dir(d)
        except BaseException:
            self._rollback(placed)
            raise
        for _, _, backup in placed:
            if backup is not None:
                backup.unlink(missing_ok=True)
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
        self.discard()

    def discard(self) -> None:
        """Remove temporary files and directories created while staging."""
        for kind, _target, tmp in self._ops:
            if tmp is not None:
                tmp.unlink(missing_ok=True)
        self._ops.clear()
        for d in reversed(self._created_dirs):
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


__all__ = ["Transaction", "corpus_lock", "TMP_PREFIX"]
