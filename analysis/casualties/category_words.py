"""Which figures can become claims at all: a necessary condition tested before the category grammar.

Most numerals of news text are no casualty figure (years, sums, counts of
things), and :func:`.categories.draft_figure` runs its whole grammar on each
before it finds no category. A category comes from exactly one of three places:

1. a word of a list the codebook keys by category (every ``table`` of
   :data:`.words.SCHEMA` labelled with :data:`.words.CATEGORIES`: counted
   nouns, event words before and after the figure, purpose masdars, singular
   verbs and participles), or one of the two lists whose words name a
   category in the grammar itself (prisons: detained; toll words, حصيلة:
   killed). The grammar looks such words up in the figure's sentence (a few
   lookups reach up to three tokens past its ends: :data:`REACH`), in their
   clitic readings (:func:`.lexicon.variants`), without a possessive pronoun,
   without a leading و or the alif of tanween;
2. the noun inside the numeral (``طفلان``، ``جندي واحد``، ``الجنود الثلاثة``);
3. a figure accepted earlier in the same sentence (subsets, breakdowns,
   coordination, a continued حالة figure).

So a figure with no noun inside it, no accepted figure before it in its
sentence and no such word within its sentences (that of the hedge before it
and of a range's second figure included) cannot be a claim:
:func:`may_be_claim` is ``False`` and the grammar is skipped. The output is
the same with or without this test (``tests/casualties/test_category_words.py``
runs every synthetic case both ways; ``benchmarks/check_identity.py``); a rule
that names a category from another word list must add that list here.

Example:
    >>> from analysis.casualties.claims import extract_claims
    >>> [(c.category, c.value) for c in extract_claims("اشترى 5 كتب. وقتل 3 جنود.")]  # synthetic
    [('killed', 3)]
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.document import Document
from analysis.casualties.figures import NOUN_INSIDE
from analysis.casualties.numerals import Numeral
from analysis.casualties.words import CATEGORIES, SCHEMA, default_words
from analysis.text.wordcache import word_cached

#: How many tokens past its sentence's ends the grammar reads a word it looks up
#: (``في السجون`` after a noun closing the sentence, ``من بين القتلى``); with a margin.
REACH = 4
#: Tokens a hedge before a figure may take (the longest listed hedge), with a margin.
_HEDGE_REACH = max((len(words) for words, _ in L.HEDGES_BEFORE), default=0) + 2


def _category_forms() -> frozenset[str]:
    """Every word of a list that names a category (see the module docstring)."""
    words = default_words()
    forms: set[str] = set(L.PRISONS) | set(L.TOLL_WORDS)
    for name, sections in SCHEMA.items():
        for section, (shape, _kind, labels) in sections.items():
            if shape == "table" and labels == CATEGORIES:
                for phrases in words.phrases(name, section).values():
                    forms.update(word for phrase in phrases for word in phrase)
    # a sound plural in construct drops its ن (مصابي القصف: figures.construct_plural)
    forms.update(f[:-1] for f in list(forms) if f.endswith("ين"))
    return frozenset(forms)


CATEGORY_FORMS = _category_forms()
#: What a word ends with when a clitic reading of it is a category word: the word
#: itself, or a stem left by its proclitics, with or without the article (and
#: the last two letters of those).
_ENDINGS = CATEGORY_FORMS | frozenset(f[2:] for f in CATEGORY_FORMS if f.startswith("ال") and len(f) > 2)
_ENDING_SIZES = tuple(sorted({len(f) for f in _ENDINGS}))
_TAILS = frozenset(f[-2:] for f in _ENDINGS)


@word_cached
def names_a_category(norm: str) -> bool:
    """Whether the grammar could read a category from this word (a generous test).

    Example:
        >>> names_a_category("وقتلوا"), names_a_category("اصابتهم"), names_a_category("كتب")
        (True, True, False)
    """
    if not norm:
        return False
    if len(norm) > 3 and norm[-2:] not in _TAILS and not (norm[-1] == "ا" and norm[-3:-1] in _TAILS) \
            and "ه" not in norm[-3:]:
        return False  # no form below ends like a category word (a possessive pronoun has its ه there)
    # plain loops, no sets: this runs once for every new word of a sentence with a figure
    for base in ((norm, norm[1:]) if norm[0] == "و" else (norm,)):
        for form in L.without_possessive(base):
            if _reads_as_one(form) or (form[-1:] == "ا" and _reads_as_one(form[:-1])):
                return True
    return False


def _reads_as_one(form: str) -> bool:
    """Whether a clitic reading of ``form`` is a category word (:func:`.lexicon.in_set`).

    Every reading (:func:`.lexicon.variants`) is the word, a tail of it, or a
    tail with the article put back, so a word that ends in no category word's
    tail has none, which is most words: that is tested first, on its endings.
    """
    if form[-2:] not in _TAILS:
        return False
    for size in _ENDING_SIZES:
        if size <= len(form) and form[-size:] in _ENDINGS:
            return L.in_set(form, CATEGORY_FORMS)
    return False


def may_be_claim(doc: Document, num: Numeral, nxt: Numeral | None) -> bool:
    """``False`` when the figure ``num`` cannot become a claim (see the module docstring)."""
    if num.kind in NOUN_INSIDE:
        return True
    i = num.first_token
    first = doc.sent_of[max(0, i - _HEDGE_REACH)]
    last = doc.sent_of[num.last_token - 1]
    if nxt is not None and nxt.first_token <= num.last_token + 1:
        last = max(last, doc.sent_of[nxt.last_token - 1])  # بين 30 و40: the range's second figure
    if doc.drafts and doc.sent_of[doc.drafts[-1].first] >= first:
        return True
    return any(_sentence_names_a_category(doc, s) for s in range(first, last + 1))


def _sentence_names_a_category(doc: Document, s: int) -> bool:
    found = doc.category_words.get(s)
    if found is None:
        sentence = doc.sentences[s]
        # a plain loop over the cache's dict: this reads every word of the sentence
        known = names_a_category.cache.entries.get
        found = False
        for tok in doc.tokens[max(0, sentence.first_token - REACH):sentence.last_token + REACH]:
            if tok.kind == "word" or tok.kind == "number":  # the tokens Document.w reads
                named = known(tok.norm)
                if named is None:
                    named = names_a_category(tok.norm)
                if named:
                    found = True
                    break
        doc.category_words[s] = found
    return found


__all__ = ["CATEGORY_FORMS", "REACH", "may_be_claim", "names_a_category"]
