"""Reading corpus files without following links, and reading input with size bounds.

A corpus holds only regular files and folders: a symlink committed to git
would no longer hold the text (defect: symlinks were invisible to verify).
:func:`read_regular` opens with ``O_NOFOLLOW`` and checks the opened file is
regular, so no check-then-open race lets a link slip through.

Input is read through :func:`read_bounded`, which stops at a limit instead of
reading ``/dev/zero`` until memory runs out.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from analysis.errors import AnalysisError


@dataclass(frozen=True, slots=True)
class InputLimits:
    """Bounds on what one ``corpus add`` reads (each has a flag to raise it).

    Attributes:
        doc_bytes: Bytes per document: a ``.txt``/``.html`` file or one bulk
            row's text (``--max-doc-bytes``, default 5 MB).
        archive_members: Members per zip archive (``--max-members``).
        archive_bytes: Total uncompressed bytes per zip archive, and bytes per
            plain bulk file (``--max-archive-bytes``, default 256 MB; the
            largest SaudiNewsNet day is 13 MB).
        csv_field: Bytes per CSV field (``--max-csv-field``).
    """

    doc_bytes: int = 5_000_000
    archive_members: int = 10_000
    archive_bytes: int = 256_000_000
    csv_field: int = 5_000_000


def read_regular(path: Path, *, what: str | None = None) -> bytes:
    """The bytes of ``path``, which must be a regular file and not a symlink.

    Raises:
        FileNotFoundError: If it does not exist (callers word their own message).
        AnalysisError: If it is a symlink or not a regular file.

    Example:
        >>> import tempfile
        >>> p = Path(tempfile.mkdtemp()) / "x"; _ = p.write_bytes(b"ab")
        >>> read_regular(p)
        b'ab'
    """
    name = what or str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        if exc.errno == getattr(os, "ELOOP", 40) or Path(path).is_symlink():
            raise AnalysisError(f"{name} is a symlink; a corpus holds only regular files (run 'corpus validate')") from None
        raise AnalysisError(f"cannot read {name}: {exc.strerror}") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise AnalysisError(f"{name} is not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read()
    finally:
        os.close(fd)


def first_with_sha(want: str, *paths: Path) -> bytes | None:
    """The bytes of the first regular file among ``paths`` whose sha256 is ``want``, else None.

    A released file is read from the working tree while unchanged, else from
    its archived copy; either way only bytes with the released hash.

    Example:
        >>> first_with_sha("0" * 64, Path("/nonexistent")) is None
        True
    """
    from analysis.corpus.ids import text_sha256

    for path in paths:
        try:
            data = read_regular(path)
        except (FileNotFoundError, AnalysisError):
            continue
        if text_sha256(data) == want:
            return data
    return None


def read_bounded(stream: BinaryIO, *, limit: int, what: str, flag: str) -> bytes:
    """Read at most ``limit`` bytes from ``stream``; refuse (one line) if there are more.

    Args:
        stream: An open binary stream (a file, a zip member).
        limit: The most bytes accepted.
        what: Name for the message.
        flag: The command-line option that raises the limit.

    Example:
        >>> import io
        >>> read_bounded(io.BytesIO(b"abc"), limit=3, what="x", flag="--max-doc-bytes")
        b'abc'
        >>> read_bounded(io.BytesIO(b"abcd"), limit=3, what="x", flag="--max-doc-bytes")
        Traceback (most recent call last):
        ...
        analysis.errors.AnalysisError: x is larger than the limit of 3 bytes (raise it with --max-doc-bytes)
    """
    chunks, total = [], 0
    while True:
        chunk = stream.read(min(1 << 20, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise AnalysisError(f"{what} is larger than the limit of {limit} bytes (raise it with {flag})")
    return b"".join(chunks)


def read_input_file(path: Path, *, limit: int, flag: str) -> bytes:
    """An input file's bytes, bounded; devices, FIFOs and folders are refused.

    Example:
        >>> read_input_file(Path("/dev/zero"), limit=10, flag="--max-doc-bytes")
        Traceback (most recent call last):
        ...
        analysis.errors.AnalysisError: /dev/zero is not a regular file
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise AnalysisError(f"no such file: {path}") from None
    if not stat.S_ISREG(st.st_mode):
        raise AnalysisError(f"{path} is not a regular file")
    if st.st_size > limit:
        raise AnalysisError(f"{path} is larger than the limit of {limit} bytes (raise it with {flag})")
    with open(path, "rb") as fh:
        return read_bounded(fh, limit=limit, what=str(path), flag=flag)


def parse_size(value: str) -> int:
    """A byte count from the command line: ``5000000``, ``5MB``, ``512KB``, ``1GB`` (powers of 1000).

    Example:
        >>> parse_size("5MB"), parse_size("1024")
        (5000000, 1024)
    """
    text = str(value).strip().upper().removesuffix("B")
    factor = {"K": 10**3, "M": 10**6, "G": 10**9}.get(text[-1:], 1)
    digits = text[:-1] if factor > 1 else text
    if not digits.isascii() or not digits.isdigit() or int(digits) < 1:
        raise AnalysisError(f"invalid size {value!r}: use a positive number of bytes, e.g. 5MB")
    return int(digits) * factor


__all__ = ["InputLimits", "first_with_sha", "read_regular", "read_bounded", "read_input_file", "parse_size"]
