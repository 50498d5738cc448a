"""Sentence splitting with offsets.

Rules, applied to the token stream of :mod:`analysis.text.tokenize`:

1. A newline always ends a sentence (headlines and paragraphs are lines).
2. A run of ``. ! ? ؟ ؛`` ends a sentence, together with any closing quotes
   or brackets written directly after it (``…النار."``).
3. No split inside parentheses or brackets, so ``(...)`` marking an
   omission inside a quotation stays within its sentence.
4. No split after a one-letter abbreviation (``د.``, ``U.S.``) when more
   text follows on the same line.
5. Decimals and times (``13.00``) never split: the tokenizer keeps them as
   one number token.

Sentences are trimmed of surrounding whitespace; ``text[s.start:s.end]`` is
the sentence exactly as written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from analysis.text.records import record_maker
from analysis.text.tokenize import SENTENCE_END_CHARS, Token, tokenize

_OPENERS = {"(": ")", "[": "]", "{": "}", "﴾": "﴿"}
_CLOSERS = frozenset(_OPENERS.values())
_TRAILING = frozenset('"»”’\'›') | _CLOSERS


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an original text.

    Attributes:
        index: Position of the sentence in the document, from 0.
        start: Offset of its first character.
        end: Offset after its last character.
        first_token: Index of its first token in the document's token list.
        last_token: Index after its last token.
    """

    index: int
    start: int
    end: int
    first_token: int
    last_token: int


def split_sentences(text: str, tokens: list[Token] | None = None) -> list[Sentence]:
    """Split ``text`` into sentences that keep their offsets.

    Args:
        text: The original document text.
        tokens: Its tokens, if already computed (saves a second pass).

    Returns:
        Sentences in order; every token belongs to exactly one sentence.

    Example:
        >>> text = "بدأ الهجوم الساعة 13.00 أمس. قال د. أحمد: نعم؟\\nعنوان"
        >>> [text[s.start:s.end] for s in split_sentences(text)]
        ['بدأ الهجوم الساعة 13.00 أمس.', 'قال د. أحمد: نعم؟', 'عنوان']
    """
    if tokens is None:
        tokens = tokenize(text)
    sentences: list[Sentence] = []
    first = 0
    depth = 0
    n = len(tokens)
    i = 0  # tokens before i are decided
    for k in _events(text, tokens):
        if k < i:
            continue  # a trailing mark already taken into the sentence before
        i = k
        tok = tokens[i]
        if i > first and "\n" in text[tokens[i - 1].end:tok.start]:
            sentences.append(_make(len(sentences), tokens, first, i))
            first, depth = i, 0
        if tok.text in _OPENERS:
            depth += 1
        elif tok.text in _CLOSERS and depth:
            depth -= 1
        if tok.text in SENTENCE_END_CHARS and depth == 0 and not _is_abbreviation(text, tokens, i):
            j = i + 1
            while j < n and tokens[j].start == tokens[j - 1].end and (
                tokens[j].text in SENTENCE_END_CHARS or tokens[j].text in _TRAILING
            ):
                j += 1
            sentences.append(_make(len(sentences), tokens, first, j))
            first, i = j, j
    if first < n:
        sentences.append(_make(len(sentences), tokens, first, n))
    return sentences


_MARK_RE = re.compile("[" + re.escape("".join(sorted(set(_OPENERS) | _CLOSERS | SENTENCE_END_CHARS))) + "\n]")


def _events(text: str, tokens: list[Token]) -> list[int]:
    """Indices of the tokens the rules look at, in order: the first token after
    each line break, and every bracket or sentence-final mark. The others
    change nothing, so a document is not walked token by token."""
    starts = [t.start for t in tokens]
    found = set()
    for m in _MARK_RE.finditer(text):
        at = m.start()
        k = bisect_right(starts, at)
        if m.group() == "\n":
            if k < len(tokens):
                found.add(k)
        elif k and starts[k - 1] == at and tokens[k - 1].end == at + 1:
            found.add(k - 1)  # the mark is a token of its own (not the point of 13.00)
    return sorted(found)


def _is_abbreviation(text: str, tokens: list[Token], i: int) -> bool:
    if tokens[i].text != "." or i == 0 or i + 1 >= len(tokens):
        return False
    prev = tokens[i - 1]
    if prev.end != tokens[i].start or prev.kind != "word" or len(prev.norm) != 1:
        return False
    return "\n" not in text[tokens[i].end:tokens[i + 1].start]


def _make(index: int, tokens: list[Token], first: int, last: int) -> Sentence:
    return _SENTENCE(index, tokens[first].start, tokens[last - 1].end, first, last)


_SENTENCE = record_maker(Sentence)


__all__ = ["Sentence", "split_sentences"]
