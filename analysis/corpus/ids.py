"""Document ids: safe as file names, stable across re-ingestion.

A doc_id names ``texts/<doc_id>.txt``, so it must never contain a path
separator or ``..``. Ids derived from content use the sha256 of the text's
exact UTF-8 bytes (not of the normalized text), so that a later change to the
normalizer can never change an id.
"""

from __future__ import annotations

import hashlib
import re

from analysis.errors import AnalysisError

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
_ID_RE = re.compile(ID_PATTERN)
DEFAULT_ID_TEMPLATE = "{prefix}_{sha16}"


def check_id(doc_id: str) -> str:
    """Return ``doc_id`` unchanged if it is safe as a file name, else raise.

    Args:
        doc_id: Candidate id.

    Returns:
        The same id.

    Raises:
        AnalysisError: If the id is empty, too long, contains a path separator,
            ``..``, or a character outside ``[A-Za-z0-9._-]``.

    Example:
        >>> check_id("snn_0123456789abcdef")
        'snn_0123456789abcdef'
        >>> check_id("../etc/passwd")
        Traceback (most recent call last):
        ...
        analysis.errors.AnalysisError: unsafe doc_id '../etc/passwd': ids may not contain '/', '\\\\' or '..'
    """
    if not isinstance(doc_id, str):
        raise AnalysisError(f"doc_id must be a string, got {type(doc_id).__name__}")
    if "/" in doc_id or "\\" in doc_id or ".." in doc_id:
        raise AnalysisError(f"unsafe doc_id {doc_id!r}: ids may not contain '/', '\\\\' or '..'")
    if not _ID_RE.match(doc_id):
        raise AnalysisError(
            f"unsafe doc_id {doc_id!r}: use 1-128 characters from [A-Za-z0-9._-], "
            "starting with a letter or digit"
        )
    return doc_id


def text_sha256(data: bytes) -> str:
    """Hex sha256 of stored text bytes.

    Example:
        >>> text_sha256(b"")[:16]
        'e3b0c44298fc1c14'
    """
    return hashlib.sha256(data).hexdigest()


def derive_id(template: str, *, data: bytes, fields: dict[str, str]) -> str:
    """Build a doc_id from a template and check it.

    The template is a ``str.format`` pattern. Available fields: ``sha256``
    (of the exact UTF-8 text bytes), ``sha16`` (its first 16 hex digits),
    ``prefix``, and every metadata field of the row (``outlet``, ...).

    Args:
        template: For example ``"{prefix}_{sha16}"`` or ``"{outlet}_{sha16}"``.
        data: The text bytes as they will be stored.
        fields: Values for the other placeholders.

    Returns:
        A checked doc_id.

    Raises:
        AnalysisError: For an unknown placeholder or an unsafe result.

    Example:
        >>> derive_id("{prefix}_{sha16}", data=b"abc", fields={"prefix": "snn"})
        'snn_ba7816bf8f01cfea'
    """
    digest = text_sha256(data)
    values = {**fields, "sha256": digest, "sha16": digest[:16]}
    try:
        doc_id = template.format(**values)
    except (KeyError, IndexError) as exc:
        raise AnalysisError(
            f"--id-template {template!r} names unknown field {exc}; "
            f"available: {', '.join(sorted(values))}"
        ) from None
    return check_id(doc_id)


__all__ = ["ID_PATTERN", "DEFAULT_ID_TEMPLATE", "check_id", "derive_id", "text_sha256"]
