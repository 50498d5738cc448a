"""The record of one reported statement."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Quote:
    """One reported statement.

    Attributes:
        start: Offset of the cue (reporting verb or source phrase, clitics included).
        end: Offset after the cue; ``text[start:end]`` is the cue as written.
        speaker: Actor id of the speaker, or ``None`` when no registry actor
            is identifiable.
        speaker_text: The speaker's noun phrase as written, or ``None``
            (pronoun continuation, or no overt subject).
        cue: Lemma of the cue (``أكد``، ``بحسب``).
        kind: ``direct`` | ``indirect`` | ``according_to``.
        content_start: Offset of the reported content.
        content_end: Offset after it.
        speaker_start: Offset of ``speaker_text`` (``None`` if absent).
        speaker_end: Offset after it.
        rule: How the speaker was found: ``vso`` | ``svo`` | ``continuation``
            | ``hal`` | ``source`` | ``none``.
        addressee: Actor id of the verb's object (وصفوا باشينيان، اتهمت …
            الانفصاليين), for verbs marked ``addressee``; else ``None``.
    """

    start: int
    end: int
    speaker: str | None
    speaker_text: str | None
    cue: str
    kind: str
    content_start: int
    content_end: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    rule: str = "none"
    addressee: str | None = None


__all__ = ["Quote"]
