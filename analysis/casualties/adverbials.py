"""Adverbials that may stand between an event word and its figure.

News Arabic puts a time or circumstance adverbial between the verb and its
victims: ``طعن اليوم الخميس ستة مشاركين`` (a weekday after اليوم / أمس /
يوم), ``وأصيب أثناء ذلك 40 قرويا`` (a time preposition with ذلك), ``وقتلا
خلاله 21 سائحا`` (a time preposition with a pronoun), and a time phrase
(:func:`time_phrase_start`: ``الأسبوع الماضي``، ``مساء أمس``). They are
transparent when the trigger is searched before the figure. The words are
``grammar.yml``'s ``weekdays`` and ``time_prepositions`` and ``triggers.yml``'s
``time_ends`` and ``times_of_day``.

Example:
    >>> from analysis.casualties.claims import extract_claims
    >>> [(c.category, c.value) for c in extract_claims("طعن رجل اليوم الخميس ستة مشاركين")]  # synthetic
    [('injured', 6)]
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.document import Document
from analysis.casualties.words import default_words
from analysis.text.wordcache import word_cached

_GRAMMAR = default_words()
WEEKDAYS = _GRAMMAR.forms("grammar", "weekdays")
TIME_PREPOSITIONS = _GRAMMAR.forms("grammar", "time_prepositions")
#: The words a weekday follows in a date (اليوم الخميس، أمس الأحد، يوم السبت).
_DAY_WORDS = _GRAMMAR.forms("grammar", "day_words")
#: The demonstratives of a circumstance (أثناء ذلك، خلال ذلك).
_THAT = _GRAMMAR.forms("grammar", "circumstance_demonstratives")


def time_phrase_start(doc: Document, k: int) -> int | None:
    """The first token of a time phrase ending at word k, or ``None``: a time noun
    and the adjective closing it (``الأسبوع الماضي``، ``الشهر الجاري``), or a part
    of the day before أمس/اليوم (``مساء أمس``، ``صباح اليوم``)."""
    w = doc.w(k)
    if w in L.TIME_ENDS and k > 0 and doc.tokens[k - 1].kind == "word":
        noun = doc.w(k - 1)
        return k - 1 if noun.startswith("ال") and L.in_set(noun, L.NON_PERSON) else None
    if L.in_set(w, L.TIMES_OF_DAY) and doc.w(k + 1) in ("امس", "اليوم", "الامس"):
        return k
    return None


def adverbial_start(doc: Document, k: int) -> int | None:
    """The first token of an adverbial ending at word k (see the module docstring), or ``None``."""
    start = time_phrase_start(doc, k)
    if start is not None:
        return start
    w = doc.w(k)
    if w in WEEKDAYS or w in _THAT:
        if k > 0 and doc.tokens[k - 1].kind == "word":
            before = doc.w(k - 1)
            if (before in _DAY_WORDS) if w in WEEKDAYS else (before in TIME_PREPOSITIONS):
                return k - 1
        return None
    return k if _preposition_with_pronoun(w) else None  # خلاله، أثناءها


@word_cached
def _preposition_with_pronoun(w: str) -> bool:
    """A time preposition with a pronoun suffix (خلاله، أثناءها)."""
    forms = L.without_possessive(w)
    return len(forms) > 1 and forms[1] in TIME_PREPOSITIONS


__all__ = ["adverbial_start", "time_phrase_start", "WEEKDAYS", "TIME_PREPOSITIONS"]
