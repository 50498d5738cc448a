"""Senses of an event verb before its figure that its grammar rules out.

Some event verbs name the event only with their preposition, or lose it with
another one (``triggers.yml``: ``with_ala``, ``contest_fi``,
``accusative_masdars``):

* قبض is an arrest only with على before the figure (``قبضت الشرطة على 7
  متهمين``); without it the verb takes a thing (``يقبض 300 موظف رواتبهم``);
* طعن في with a thing contested after the figure phrase contests
  (``يطعن 5 مرشحين في نتائج الانتخابات``): the figure is its subject;
* a dual perfect that is also an indefinite accusative masdar, before ل and a
  noun, is the masdar (``قتلا للوقت يجلس 3 شبان``), no verb.

Example:
    >>> from analysis.casualties.claims import extract_claims
    >>> [c.value for c in extract_claims("يقبض 300 موظف رواتبهم. قبضت الشرطة على 7 متهمين")]  # synthetic
    [7]
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.document import Document

#: How many words after the figure the في of a contest may stand (its noun, an adjective).
_CONTEST_REACH = 4


def sense_ruled_out(doc: Document, t: int, i: int) -> bool:
    """Whether the event word at t, before the figure at token i, is in a sense
    that is no event (see the module docstring)."""
    w = doc.w(t)
    if L.in_set(w, L.WITH_ALA):
        return not any(doc.w(x) == "علي" for x in range(t + 1, i))
    if L.in_set(w, L.ACCUSATIVE_MASDARS):
        nxt = doc.next_word(t + 1)
        if nxt is not None and nxt < i and (doc.w(nxt) == "ل" or doc.w(nxt).startswith("لل")):
            return True
    if L.in_set(w, L.CONTEST_FI):
        return _contested_after(doc, i)
    return False


def _contested_after(doc: Document, i: int) -> bool:
    """في and a thing contested within a few words after the figure at i."""
    sent = doc.sent_of[i]
    x = i + 1
    while x < len(doc.tokens) and x - i <= _CONTEST_REACH and doc.sent_of[x] == sent:
        if doc.tokens[x].kind == "word" and doc.w(x) == "في":
            nxt = doc.next_word(x + 1)
            return nxt is not None and L.in_set(doc.w(nxt), L.CONTESTED)
        x += 1
    return False


__all__ = ["sense_ruled_out"]
