"""Joint figures after the figure phrase: ``(ما) بين قتيل وجريح``.

A figure followed by "between killed and wounded" counts the two together, one
``killed_or_injured`` figure (``سقط أكثر من 250 شخصا بين قتيل وجريح``); the
pair is read by :func:`.figures.joint_between`.

Example:
    >>> from analysis.casualties.claims import extract_claims
    >>> [(c.category, c.value) for c in extract_claims("سقط 60 شخصا مابين قتيل وجريح")]  # synthetic
    [('killed_or_injured', 60)]
"""

from __future__ import annotations

from analysis.casualties.document import FUNCTION_WORDS, Document
from analysis.casualties.figures import joint_between

#: (ما) بين before a joint pair, also written as one word (مابين قتيل وجريح).
BETWEEN = ("بين", "ما", "مابين")


def joint_after(doc: Document, last: int) -> tuple[str | None, int]:
    """``(ما) بين قتيل وجريح`` right after the figure phrase, or after a
    complement of up to two words (``145 من ميليشيات الحوثي بين قتيل وجريح``):
    (killed_or_injured, token after the pair), else ``(None, last)``."""
    for x in range(last, last + 3):
        if x >= len(doc.tokens) or doc.tokens[x].kind != "word" or doc.sent_of[x] != doc.sent_of[last - 1]:
            break
        if doc.w(x) in BETWEEN:
            joint, after = joint_between(doc, x)
            return (joint, after) if joint else (None, last)
        if (doc.w(x) in FUNCTION_WORDS and doc.w(x) not in ("منهم", "منهن")) or doc.numeral_at.get(x) is not None:
            break  # العشرات منهم بين قتيل وجريح: the partitive pronoun stands between
    return None, last


__all__ = ["BETWEEN", "joint_after"]
