"""Digits glued to the word after them (``11مواطنا``، ``و12جريحا``، ``145من``), before them (``مقتل20``) or both.

News text often drops the space between a figure and its counted noun (or
the preposition after it). The tokenizer keeps such a run as one word, so the
casualty grammar would see no number. :func:`split_glued` splits it into the
number (with any proclitic before the digits: ``و12``) and the word, as the
tokenizer would have produced them with a space between (a figure with no space
on either side, ``طالبان17منهم``, gives three tokens), and renumbers the
sentences' token ranges. Offsets stay those of the original text, so every
claim still satisfies ``text[start:end] == surface``.

Only the casualty stage sees the split tokens: the shared tokenizer
(:mod:`analysis.text.tokenize`) is left as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from operator import attrgetter
from typing import Sequence

from analysis.text.sentences import Sentence
from analysis.text.tokenize import Token, tokenize

#: A proclitic (و ف ب ل), digits (Western, Arabic-Indic, Persian), then at
#: least two Arabic letters (diacritics and tatweel allowed after them).
#: A digit right before two Arabic letters, anywhere: the cheap test for a whole
#: text (an era letter, 2015م or 1436هـ, is no word).
#: It starts with the digit (rare in a text), then looks behind it for the letters of ``مقتل20``.
_ANY_GLUED = re.compile(r"[0-9٠-٩۰-۹](?:[\u0621-\u063A\u0641-\u064A]{2}"
                        r"|(?<=[\u0621-\u063A\u0641-\u064A]{2}[0-9٠-٩۰-۹]))")
_GLUED = re.compile(r"([وفبل]?[0-9٠-٩۰-۹]+)([\u0621-\u063A\u0641-\u064A][\u0621-\u0652\u0640]+)")
#: A word of three letters or more ending in a letter, then the digits of the figure it
#: governs (``مقتل20``، ``بمقتل18``); never the article of a definite count (``الـ32``).
_GLUED_AFTER = re.compile(r"([\u0621-\u063A\u0641-\u064A][\u0621-\u0652\u0640]+[\u0621-\u063A\u0641-\u064A])"
                          r"([0-9٠-٩۰-۹]+)")
#: Digits with a word glued on each side (``الحركة17منهم``): the word before as in
#: :data:`_GLUED_AFTER`, then at least two letters after (never an era letter, ``2015هـ``).
_GLUED_BOTH = re.compile(r"([\u0621-\u063A\u0641-\u064A][\u0621-\u0652\u0640]+[\u0621-\u063A\u0641-\u064A])"
                         r"([0-9٠-٩۰-۹]+)([\u0621-\u063A\u0641-\u064A]{2}[\u0621-\u0652\u0640]*)")

#: A run of the digits the patterns above read.
_DIGIT_RUN = re.compile(r"[0-9٠-٩۰-۹]+")
_START = attrgetter("start")


def glued_split(token: Token) -> tuple[Token, ...] | None:
    """The tokens of a glued figure and word, or ``None`` for any other token.

    Example:
        >>> from analysis.text.tokenize import tokenize
        >>> [(t.text, t.kind, t.start) for t in glued_split(tokenize("سقوط 11مواطنا")[1])]  # synthetic
        [('11', 'number', 5), ('مواطنا', 'word', 7)]
        >>> [(t.text, t.kind) for t in glued_split(tokenize("بمقتل18")[0])]  # synthetic
        [('بمقتل', 'word'), ('18', 'number')]
        >>> [t.text for t in glued_split(tokenize("الحركة17منهم")[0])]  # synthetic
        ['الحركة', '17', 'منهم']
    """
    if token.kind != "word":
        return None
    if token.text[:2].strip("وفبل")[:1].isdigit():
        m = _GLUED.fullmatch(token.text)
    elif token.text[-1:].isdigit():
        m = _GLUED_AFTER.fullmatch(token.text)  # مقتل20: the word, then its figure
    else:
        m = _GLUED_BOTH.fullmatch(token.text)  # الحركة17منهم: a word, the figure, a word
    if m is None:
        return None
    cuts = [0, *(m.end(g) for g in range(1, m.re.groups)), len(token.text)]
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece, offset = token.text[a:b], token.start + a
        out += [replace(t, start=t.start + offset, end=t.end + offset) for t in tokenize(piece)]
    return tuple(out)


def split_glued(text: str, tokens: Sequence[Token],
                sentences: Sequence[Sentence]) -> tuple[list[Token], list[Sentence]]:
    """Tokens with every glued figure split (:func:`glued_split`), and the sentences renumbered.

    Returns the inputs unchanged (as lists) when no token is glued.

    Example:
        >>> from analysis.text.sentences import split_sentences
        >>> text = "مقتل مدنيين و12جريحا. وصل."  # synthetic
        >>> toks = tokenize(text)
        >>> new, sents = split_glued(text, toks, split_sentences(text, toks))
        >>> [t.text for t in new], [(s.first_token, s.last_token) for s in sents]
        (['مقتل', 'مدنيين', 'و12', 'جريحا', '.', 'وصل', '.'], [(0, 5), (5, 7)])
    """
    if not _ANY_GLUED.search(text):
        return list(tokens), list(sentences)  # one C-level scan: most texts hold none
    # only a token holding a digit can be glued (both patterns need one): the tokens
    # of the text's digit runs, found by bisecting their offsets, not by a test per token
    held = {k for m in _DIGIT_RUN.finditer(text)
            for k in range(max(0, bisect_right(tokens, m.start(), key=_START) - 1),
                           bisect_right(tokens, m.end() - 1, key=_START))}
    parts = {i: found for i in sorted(held) if (found := glued_split(tokens[i])) is not None}
    if not parts:
        return list(tokens), list(sentences)
    new_tokens: list[Token] = []
    new_index = []  # old token index -> index of its first new token
    for i, tok in enumerate(tokens):
        new_index.append(len(new_tokens))
        new_tokens.extend(parts.get(i, (tok,)))
    new_index.append(len(new_tokens))
    new_sentences = [replace(s, first_token=new_index[s.first_token], last_token=new_index[s.last_token])
                     for s in sentences]
    return new_tokens, new_sentences


__all__ = ["glued_split", "split_glued"]
