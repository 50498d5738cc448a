"""Document ids: safe as file names, stable across re-ingestion.

A doc_id names ``texts/<doc_id>.txt``, so it must never contain a path
separator or ``..``. Ids derived from content use the sha256 of the text's
exact UTF-8 bytes (not of the normalized text), so that a later change to the
normalizer can never change an id.
"""

from __future__ import annotations

import hashlib
import re
import string
import unicodedata

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
    if not _ID_RE.fullmatch(doc_id):
        raise AnalysisError(
            f"unsafe doc_id {doc_id!r}: use 1-128 characters from [A-Za-z0-9._-], "
            "starting with a letter or digit"
        )
    return doc_id


def check_plain(value: str, *, what: str) -> str:
    """Return ``value`` unchanged if it holds no control or line-break characters, else raise.

    Ids, versions, coder names, titles, outlets and release messages are one
    line of text: a control character (Unicode category Cc, e.g. ``\\n``,
    ``\\x1b``) or a line/paragraph separator could forge lines in the
    CHANGELOG, a git tag message or a terminal.

    Args:
        value: The text to check.
        what: Its name for the message (``title``, ``--message``).

    Raises:
        AnalysisError: Naming the first offending character.

    Example:
        >>> check_plain("بيان الحكومة", what="title")  # synthetic
        'بيان الحكومة'
        >>> check_plain("x\\n## 9.9.9", what="--message")
        Traceback (most recent call last):
        ...
        analysis.errors.AnalysisError: --message contains a control character (U+000A at position 1); use one line of text
    """
    for pos, ch in enumerate(value):
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp"):
            raise AnalysisError(
                f"{what} contains a control character (U+{ord(ch):04X} at position {pos}); use one line of text"
            )
    return value


def text_sha256(data: bytes) -> str:
    """Hex sha256 of stored text bytes.

    Example:
        >>> text_sha256(b"")[:16]
        'e3b0c44298fc1c14'
    """
    return hashlib.sha256(data).hexdigest()


def derive_id(template: str, *, data: bytes, fields: dict[str, str]) -> str:
    """Build a doc_id from a template and check it.

    The template is a ``str.format`` pattern of plain named fields only
    (``{outlet}``; no attribute or index access, conversions or format specs,
    which could reach into Python objects). Available fields: ``sha256``
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
    parts = []
    for literal, name, spec, conversion in _template_parts(template):
        parts.append(literal)
        if name is None:
            continue
        if name not in values:
            raise AnalysisError(
                f"--id-template {template!r} names unknown field {name!r}; available: {', '.join(sorted(values))}"
            )
        parts.append(str(values[name]))
    return check_id("".join(parts))


_FIELD_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def check_id_template(template: str, *, fields) -> str:
    """Check an id template once, before any row: plain known fields only.

    Args:
        template: The ``--id-template``.
        fields: Names the template may use (``sha256`` and ``sha16`` are always allowed).

    Raises:
        AnalysisError: One line for a malformed template, a disallowed field
            form or an unknown name.

    Example:
        >>> check_id_template("{prefix}_{sha16}", fields=["prefix"])
        '{prefix}_{sha16}'
        >>> check_id_template("{prefix.__class__}", fields=["prefix"])  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        analysis.errors.AnalysisError: --id-template '{prefix.__class__}': {prefix.__class__} is not allowed; ...
    """
    allowed = {*fields, "sha256", "sha16"}
    for _literal, name, _spec, _conversion in _template_parts(template):
        if name is not None and name not in allowed:
            raise AnalysisError(
                f"--id-template {template!r} names unknown field {name!r}; available: {', '.join(sorted(allowed))}"
            )
    return template


def _template_parts(template: str) -> list[tuple[str, str | None, str, str | None]]:
    """Parse an id template, refusing anything but plain ``{name}`` fields (one-line errors)."""
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise AnalysisError(f"malformed --id-template {template!r}: {exc}") from None
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if not _FIELD_RE.fullmatch(name) or spec or conversion:
            raise AnalysisError(
                f"--id-template {template!r}: {{{name}{'!' + conversion if conversion else ''}"
                f"{':' + spec if spec else ''}}} is not allowed; use plain fields such as {{prefix}} and {{sha16}}"
            )
    return parts


__all__ = ["ID_PATTERN", "DEFAULT_ID_TEMPLATE", "check_id", "check_id_template", "check_plain", "derive_id", "text_sha256"]
