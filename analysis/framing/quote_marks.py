"""Quotation marks: matching opening and closing marks, nested ones included."""

from __future__ import annotations

from dataclasses import dataclass

from analysis.framing.context import DocContext

_OPEN_CLOSE = {"«": "»", "»": "«", "‹": "›", "›": "‹"}
_FAMILY = {'"': "ascii", "“": "curly", "”": "curly", "„": "curly", "‟": "curly", "«": "guillemet",
           "»": "guillemet", "‹": "single", "›": "single"}

@dataclass(frozen=True, slots=True)
class QuotePair:
    """Matched quotation marks: token indices of the opening and closing mark."""

    open: int
    close: int


def pair_quotes(ctx: DocContext) -> list[QuotePair]:
    """Match quotation marks, nested ones included.

    ``«»`` and ``‹›`` are directional (either orientation), ``"`` and the curly
    marks are symmetric within their family. A paragraph break resets the
    symmetric families, so one stray ``"`` cannot shift the rest of a document.

    Example:
        >>> from analysis.framing.analyze import build_context
        >>> ctx = build_context('قال: «يسمونها "عملية" فقط».')  # synthetic
        >>> [(ctx.tokens[p.open].text, ctx.tokens[p.close].text) for p in pair_quotes(ctx)]
        [('«', '»'), ('"', '"')]
    """
    pairs: list[QuotePair] = []
    stack: list[int] = []
    toks = ctx.tokens
    text = ctx.text
    seen = 0  # offset up to which paragraph breaks were looked for
    for i, tok in enumerate(toks):
        if tok.kind != "quote":
            continue
        # The stack only matters at quotation marks, so a break anywhere since
        # the previous mark is looked for here (tokens hold no newline).
        if stack and text.find("\n", seen, tok.start) != -1:
            stack = [k for k in stack if _FAMILY[toks[k].text] in ("guillemet", "single")]
        seen = tok.start
        fam = _FAMILY.get(tok.text)
        if fam is None:
            continue
        top = next((k for k in reversed(stack) if _FAMILY[toks[k].text] == fam), None)
        closes = False
        if top is not None:
            opener = toks[top].text
            closes = _OPEN_CLOSE.get(opener) == tok.text if fam in ("guillemet", "single") else True
        if closes and stack and stack[-1] == top:
            stack.pop()
            pairs.append(QuotePair(top, i))
        elif closes:
            # An inner quotation was left open: close it too.
            while stack and stack[-1] != top:
                stack.pop()
            stack.pop()
            pairs.append(QuotePair(top, i))
        else:
            stack.append(i)
    pairs.sort(key=lambda p: p.open)
    return pairs


__all__ = ["QuotePair", "pair_quotes"]
