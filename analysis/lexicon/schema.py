"""Records of the lexicon layer: :class:`Entry`, :class:`Lexicon`, :class:`TermHit`.

An :class:`Entry` is one lemma under a key, with every surface form it may
take (already inflected; the matcher adds clitics itself). Entries can be
read from YAML (:mod:`analysis.lexicon.loader`) or built in code, e.g. by the
framing stage from its actor registry::

    Entry(key="actor/azerbaijan", lemma="أذربيجان", forms=("أذربيجان",))
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

#: Keys are lowercase ASCII paths such as ``labels/separatist`` or
#: ``events/military_operation``; a prefix (``labels``) selects a subtree.
KEY_RE = re.compile(r"^[a-z0-9_]+(?:/[a-z0-9_]+)*$")
#: Key under which stop phrases are kept (they never produce hits).
STOP_KEY = "stop"


@dataclass(frozen=True, slots=True)
class Entry:
    """One lemma of a lexicon, with its surface forms.

    Attributes:
        key: Hierarchical key, e.g. ``labels/separatist``.
        lemma: Citation form (masculine singular, or the multi-word phrase).
        forms: Every surface form to match (before clitics). If empty, the
            lemma alone is used. Forms may be multi-word (``وقف إطلاق النار``).
        gloss: English gloss, for readers of outputs.
        stop: A stop phrase: it takes part in longest-match (so it blocks
            shorter entries inside it, e.g. ``النزاع المسلح`` blocks the
            militant label on ``المسلح``) but never produces a hit.
        lemma_match: With a morphological analyzer (calima backend), also
            match words whose analyzed lemma equals this entry's lemma, even
            if the exact form is not listed. Set False where some inflections
            must not count (the feminine ``مسلحة`` is almost always an
            adjective, not "a militant").
        lexicon: Name of the lexicon it came from (``""`` if built in code).
        source: ``file:line`` where it is defined, for error messages.

    Example:
        >>> e = Entry(key="labels/x", lemma="وقف إطلاق النار")
        >>> e.all_forms, e.multiword
        (('وقف إطلاق النار',), True)
    """

    key: str
    lemma: str
    forms: tuple[str, ...] = ()
    gloss: str = field(default="", kw_only=True)
    stop: bool = field(default=False, kw_only=True)
    lemma_match: bool = field(default=True, kw_only=True)
    lexicon: str = field(default="", kw_only=True)
    source: str = field(default="", kw_only=True)

    def __post_init__(self) -> None:
        # Accept lists from callers; the record stays hashable and frozen.
        if not isinstance(self.forms, tuple):
            object.__setattr__(self, "forms", tuple(self.forms))

    @property
    def all_forms(self) -> tuple[str, ...]:
        """``forms``, or ``(lemma,)`` when no forms are given."""
        return self.forms or (self.lemma,)

    @property
    def multiword(self) -> bool:
        """True if any form has more than one word."""
        return any(len(f.split()) > 1 for f in self.all_forms)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A named, versioned set of entries (one YAML file).

    Attributes:
        name: Lexicon name, e.g. ``labels``.
        version: Its version string; written into every output that uses it.
        path: The file it was read from (``None`` if built in code).
        entries: Entries in file order, stop phrases included.
        description: Free text from the file.
    """

    name: str
    version: str
    path: Path | None
    entries: tuple[Entry, ...]
    description: str = ""

    @property
    def keys(self) -> tuple[str, ...]:
        """Distinct entry keys in file order (stop phrases excluded)."""
        return tuple(dict.fromkeys(e.key for e in self.entries if not e.stop))

    @property
    def tag(self) -> str:
        """``name@version``, the form used in outputs."""
        return f"{self.name}@{self.version}"


@dataclass(frozen=True, slots=True)
class TermHit:
    """One lexicon match in a document.

    Attributes:
        start: Offset of the first character of the matched words in the
            original text (clitics attached to the word are inside the span;
            a detached proclitic token such as ``بـ`` is not).
        end: Offset after the last character; ``text[start:end]`` is the surface.
        text: The surface as written.
        key: The entry key.
        lemma: The entry lemma.
        clitics: Clitics found: proclitics as written (``'و'``, ``'ب'``,
            ``'ال'``; ``لل`` is ``('ل', 'ال')``), then enclitics prefixed with
            ``+`` (``'+ها'``). Detached proclitics come first.
        first_token: Index of the first matched token.
        last_token: Index *after* the last matched token (same convention as
            :class:`analysis.text.sentences.Sentence`).
        lexicon: Name of the entry's lexicon (``""`` for code-built entries).
    """

    start: int
    end: int
    text: str
    key: str
    lemma: str
    clitics: tuple[str, ...]
    first_token: int
    last_token: int
    lexicon: str = ""


__all__ = ["Entry", "Lexicon", "TermHit", "KEY_RE", "STOP_KEY"]
