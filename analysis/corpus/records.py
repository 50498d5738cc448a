"""Plain records of the corpus layer: documents in and out, rejected inputs, add reports."""

from __future__ import annotations

from dataclasses import dataclass, field

USER_FIELDS = ("title", "outlet", "url", "published", "date_precision", "date_source",
               "language", "retrieved", "rights", "notes")


@dataclass(frozen=True, slots=True)
class Document:
    """One corpus document.

    Attributes:
        doc_id: Stable id.
        text: The original text (decoded from the stored UTF-8 bytes, unchanged).
        meta: The metadata row: every field of ``metadata.FIELDS`` as a string,
            except ``n_chars`` (int).
    """

    doc_id: str
    text: str
    meta: dict


@dataclass(frozen=True, slots=True)
class NewDocument:
    """A document on its way in: exact bytes plus user-level metadata.

    Attributes:
        doc_id: Proposed id (checked on add).
        data: The bytes to store, valid UTF-8 without BOM.
        meta: Any of ``USER_FIELDS``; missing ones stay unknown.
        origin: Where it came from, for messages (``file.zip:x.json#17``).
    """

    doc_id: str
    data: bytes
    meta: dict
    origin: str


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input item that could not become a document, and why."""

    origin: str
    reason: str


@dataclass
class AddReport:
    """What an add did: ids added, duplicates skipped, invalid items skipped."""

    added: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (origin, existing doc_id)
    forced_duplicates: list[tuple[str, str]] = field(default_factory=list)  # (new id, existing id)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason)


__all__ = ["Document", "NewDocument", "Rejected", "AddReport", "USER_FIELDS"]
