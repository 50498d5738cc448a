"""Quotation marks: matching opening and closing marks, nested ones included."""

from __future__ import annotations

from dataclasses import dataclass

from analysis.framing.context import DocContext

_OPEN_CLOSE = {"«": "»", "»": "«", "‹": "›", "›": "‹"}
_FAMILY = {'"': "ascii", "“": "curly", "”": "curly", "„": "curly", "‟": "curly", "«": "guillemet",
           "»": "guillemet", "‹": "single", "›": "single"}

#: Tokens within which »…» (the same closing guillemet twice) is read as one pair.
_SAME_MARK_SPAN = 8


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
            # »المدينة»: a closing guillemet typed for both marks around a short name (a
            # common typo of some outlets) closes the one before it in the same line.
            closes = closes or (opener == tok.text == "»" and i - top <= _SAME_MARK_SPAN
                                and text.find("\n", toks[top].end, tok.start) == -1)
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


def _circumstantial(n: str) -> bool:
    """The shape of an accusative active participle (حال) of a derived verb: مـ…ا / مـ…ة (مشيدا، مبدية)."""
    return n.startswith("م") and n.endswith(("ا", "ه")) and len(n) >= 5 and not n.startswith("ما")


class QuotationRules:
    """Where a quotation stands in its clause: completing it, naming the subject, or after a short subject.

    A mixin of :class:`analysis.framing.quote_clauses.ClauseRules`, which holds
    the document's ``ctx``, ``open_at`` (pairs by opening mark) and ``cue_at``.
    """

    def quoted_words(self, p: QuotePair, *, numbers: bool = False) -> int:
        """How many words (and, with ``numbers``, numbers) stand between the marks of ``p``."""
        kinds = ("word", "number") if numbers else ("word",)
        return sum(1 for t in self.ctx.tokens[p.open + 1:p.close] if t.kind in kinds)

    def direct_after(self, k: int) -> QuotePair | None:
        """A quotation opening at ``k`` that completes the clause."""
        p = self.open_at.get(k)
        if p is None:
            return None
        ctx = self.ctx
        nxt = p.close + 1
        if nxt >= len(ctx.tokens) or ctx.sent_of[nxt] != ctx.sent_of[p.close]:
            return p
        t = ctx.tokens[nxt]
        if t.kind == "punct" and t.text not in "(":
            return p
        if t.kind == "word" and nxt in self.cue_at and (
                t.norm[:1] in ("و", "ف") or self.cue_at[nxt].aspect == "participle"):
            return p  # «…» وأضاف، «…» مضيفا: the next statement starts
        if t.kind == "word" and _circumstantial(ctx.norm(nxt)) and self.quoted_words(p) >= 3:
            return p  # أعلنت أنها «على علم بالوضع» مشيدة بـ…: a circumstantial participle follows
        if t.kind == "word" and t.norm in ("و", "ف"):
            return p
        return None

    def quoted_subject(self, k: int, limit: int) -> bool:
        """A short quotation right after the verb that is not its content (the quoted name of the subject)."""
        p = self.open_at.get(k)
        if p is None or p.close >= limit:
            return False
        colon = p.close + 1 < len(self.ctx.tokens) and self.ctx.tokens[p.close + 1].text == ":"
        if self.direct_after(k) is not None and not colon:  # وأضاف "العنزي": "…": a quoted name, then the words
            return False
        return 1 <= self.quoted_words(p) <= 4 and not self.ctx.is_complementizer(k + 1)

    def partial_quotation(self, k: int) -> QuotePair | None:
        """A quotation after a short subject that completes the clause (أن X "…")."""
        ctx = self.ctx
        for j in range(k + 1, min(k + 4, len(ctx.tokens))):
            if j in self.open_at:
                return self.direct_after(j)
            if ctx.tokens[j].kind != "word" or ctx.is_complementizer(j) or j in self.cue_at:
                return None
        return None


__all__ = ["QuotationRules", "QuotePair", "pair_quotes"]
