"""Every file the package writes for a researcher goes through here.

Three mechanisms, one each:

* :func:`guard_output` -- no output path may resolve (symlinks included)
  inside a corpus folder, and an existing file is replaced only with
  ``force=True`` (the CLI's ``--force``). Corpus data is written only by
  :class:`analysis.corpus.atomic.Transaction`, never by an export.
* :func:`write_bytes` -- the one atomic writer for outputs: a temporary file
  in the target's folder, fsynced, then ``os.replace``; a crash leaves the old
  file or the new one, never half of either.
* :func:`csv_text` / :func:`write_csv` -- the one CSV writer. UTF-8, ``\\n``
  line endings, no index, and every text cell that a spreadsheet would read
  as a formula (first character ``= + - @``, or a tab/CR before one) is
  neutralised with a leading apostrophe, as OWASP recommends for CSV
  injection. Numbers are never touched, so ``-3`` stays a number. Readers that
  need the original text strip one leading ``'`` from a cell that starts with
  ``'`` followed by one of those characters (:func:`unneutralise`).

Example:
    >>> import pandas as pd
    >>> print(csv_text(pd.DataFrame({"a": ["=1+1", "نص"], "n": [-3, 4]})), end="")
    a,n
    '=1+1,-3
    نص,4
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.errors import AnalysisError

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def is_corpus_dir(path: Path) -> bool:
    """True for a folder laid out as a corpus (metadata table beside texts/ or releases/)."""
    return (path / "metadata.csv").is_file() and (
        (path / "texts").is_dir() or (path / "releases").is_dir() or (path / "datapackage.json").is_file()
    )


def enclosing_corpus(path: Path | str) -> Path | None:
    """The corpus folder that ``path`` (resolved, symlinks followed) lies in, or ``None``.

    Example:
        >>> enclosing_corpus("/") is None
        True
    """
    resolved = Path(path).expanduser().resolve()
    for folder in (resolved, *resolved.parents):
        if is_corpus_dir(folder):
            return folder
    return None


def guard_output(path: Path | str, *, force: bool = False, what: str = "output") -> Path:
    """Check that ``path`` may be written; return it resolved.

    Raises:
        AnalysisError: If it lies inside a corpus folder, or exists and
            ``force`` is false, or is an existing folder.
    """
    path = Path(path)
    corpus = enclosing_corpus(path)
    if corpus is not None:
        raise AnalysisError(f"refusing to write {what} {path} inside the corpus folder {corpus}; choose a path outside it")
    if path.is_dir() and not path.is_symlink():
        raise AnalysisError(f"{path} is a folder; give a file name for the {what}")
    if path.exists() or path.is_symlink():
        if not force:
            raise AnalysisError(f"{path} exists; pass --force to replace it")
    return path.expanduser().resolve()


def write_bytes(path: Path | str, data: bytes, *, force: bool = False, what: str = "output") -> Path:
    """Write ``data`` to ``path`` atomically, after :func:`guard_output`."""
    target = guard_output(path, force=force, what=what)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".tmp-{target.name}.{os.getpid()}")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise AnalysisError(f"cannot write {path}: {exc.strerror or exc}") from None
    return target


def write_text(path: Path | str, text: str, *, force: bool = False, what: str = "output") -> Path:
    """:func:`write_bytes` for UTF-8 text."""
    return write_bytes(path, text.encode("utf-8"), force=force, what=what)


def neutralise(value: Any) -> Any:
    """A text cell made safe for spreadsheets; other values unchanged.

    Example:
        >>> neutralise("=HYPERLINK()"), neutralise("-5 قتلى"), neutralise(-5)
        ("'=HYPERLINK()", "'-5 قتلى", -5)
    """
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def unneutralise(value: Any) -> Any:
    """Undo :func:`neutralise` on a cell read back from a CSV."""
    if isinstance(value, str) and value.startswith("'") and value[1:2] and value[1] in "".join(FORMULA_START):
        return value[1:]
    return value


def csv_text(frame: pd.DataFrame, *, neutralise_cells: bool = True) -> str:
    """``frame`` as CSV text: the package's one CSV format (see module docstring)."""
    if neutralise_cells:
        frame = frame.copy()
        for column in frame.columns:
            if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
                frame[column] = frame[column].map(neutralise)
    buf = io.StringIO()
    frame.to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue()


def write_csv(frame: pd.DataFrame, path: Path | str, *, force: bool = False, bom: bool = False,
              what: str = "table") -> Path:
    """Write ``frame`` with :func:`csv_text`, atomically, after :func:`guard_output`.

    Args:
        bom: Start with a UTF-8 byte-order mark (for sheets opened in Excel).
    """
    data = csv_text(frame).encode("utf-8")
    return write_bytes(path, (b"\xef\xbb\xbf" if bom else b"") + data, force=force, what=what)


__all__ = ["guard_output", "enclosing_corpus", "is_corpus_dir", "write_bytes", "write_text",
           "csv_text", "write_csv", "neutralise", "unneutralise"]
