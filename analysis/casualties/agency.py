"""Agency: who or what caused the casualties (perpetrator, cause, agency).

* **perpetrator**: the subject of an active verb (``قتلت X``، ``قامت X
  بإجلاء``), or an agent named after a cause noun (``غارات التحالف``،
  ``قصف أذربيجاني``، ``برصاص قوات الأمن``، ``على يد X``): a head noun of
  ``causes.yml`` ``agent_heads``, or, with the framing stage's mentions, any
  actor mention;
* **cause**: the nearest cause phrase in the clause (``بانفجار لغمين`` →
  ``mine``، ``نتيجة القصف`` → ``shelling``), matched by the lexicon Matcher
  over ``causes.yml`` (multi-word phrases such as ``إطلاق النار`` and
  ``قصف جوي``; stop phrases such as ``وقف إطلاق النار`` name no cause). When
  a phrase holds several cause words the label first in ``priority`` wins;
* **a figure as the agent**: a figure between an active killing verb and
  the verb's own object is its subject, the perpetrator, not a victim
  (:func:`figure_is_agent`: ``قتل أحد المسلحين 12 مدنيا``، ``قتل أحد
  المتطرفين والده``، ``مسلحان قتلا خلاله 20 سائحا``); the object is then the
  figure (its trigger reaches over the agent, :mod:`.triggers`);
* **agency**: ``named`` when an agent is named, ``inanimate`` when only a
  cause is stated, else ``agentless`` (``خلّفت 32 قتيلا``، ``لقي حتفه``).
"""

from __future__ import annotations

from functools import lru_cache

from analysis.casualties import lexicon as L
from analysis.casualties.document import CLAUSE_CONJ, FUNCTION_WORDS, Document, Draft
from analysis.casualties.figures import counted_noun
from analysis.casualties.numerals import ONE_OF_THEM
from analysis.casualties.sources import noun_phrase
from analysis.casualties.words import default_words
from analysis.lexicon import Matcher
from analysis.text.clitics import enclitic_splits, proclitic_splits
from analysis.text.wordcache import word_cached
from analysis.lexicon.schema import Entry


@lru_cache(maxsize=1)
def cause_matcher() -> Matcher:
    """The Matcher of ``causes.yml``: ``cause/<label>`` entries and its stop phrases.

    Example:
        >>> from analysis.text.tokenize import tokenize
        >>> [h.key for h in cause_matcher().match(tokenize("رغم وقف إطلاق النار وبإطلاق النار"))]
        ['cause/shooting']
    """
    words = default_words()
    entries = [Entry(f"cause/{label}", " ".join(form), (" ".join(form),), lemma_match=False,
                     lexicon="causes")
               for label, forms in words.phrases("causes", "causes").items() for form in forms]
    entries += [Entry("stop/cause", " ".join(form), (" ".join(form),), stop=True, lemma_match=False,
                      lexicon="causes")
                for form in words.phrases("causes", "not_causes")]
    return Matcher(entries, backend="rules")


def cause_at(doc: Document, x: int, at: dict | None = None) -> tuple[str, int, int] | None:
    """``(label, first, last)`` of the cause phrase covering token x, or ``None``.

    ``at`` is the sentence's hits by token (:meth:`Document.hits_by_token`),
    when the caller looks up many tokens of one sentence.
    """
    found = doc.matched(cause_matcher(), x) if at is None else at.get(x)
    if found is None:
        return None
    hit, first, last = found
    return hit.key.split("/", 1)[1], first, last


def find_perpetrator(doc: Document, d: Draft) -> tuple[int, int] | None:
    if d.agent_span is not None:
        a, b = d.agent_span
        span = noun_phrase(doc, a, b if b > a else a + 1)
        if span:
            return span
    c0, c1 = doc.clause(d.numeral.first_token)
    trig = d.trigger if d.trigger is not None else d.numeral.first_token
    # قامت X بإجلاء …
    for x in range(trig - 1, max(c0, trig - 12) - 1, -1):
        w = doc.w(x)
        if w in ("قام", "قامت", "تقوم", "يقوم", "وقامت", "وقام"):
            span = noun_phrase(doc, x + 1, trig)
            if span:
                return span
    # agent after a cause noun: غارات التحالف، قصف أذربيجاني، برصاص قوات الأمن
    at = doc.hits_by_token(cause_matcher(), doc.sent_of[d.numeral.first_token])
    for x in window(doc, d, c0, c1):
        cause = at.get(x) and cause_at(doc, x, at)
        if cause or L.in_set(doc.w(x), L.AGENT_INTRO):
            y = cause[2] if cause else x + 1
            if y < c1 and L.in_set(doc.w(y), L.NOT_AGENT_NISBA):
                y += 1
            if y < c1 and agent_head(doc, y):
                span = noun_phrase(doc, y, c1)
                if span:
                    return span
    return None


#: How many words an agent's own complement may take before the verb's object
#: (قتل أحد أتباعه باروخ جولدشتاين 29 مصليا، قتل أحد الحاملين للفكر الداعشي لخاله).
_AGENT_REACH = 5


def figure_is_agent(doc: Document, trigger: int, first: int, end: int) -> bool:
    """Whether the figure whose number spans ``first..end`` is the subject of the verb at ``trigger``.

    An active finite verb (``finite_verbs``; a plural one carries its subject
    as a suffix) before the figure, or a verb right after it, with an object
    of its own after the figure (or after the verb): another figure, not
    joined by و/ف and not a part (``منهم``), or a relative with a possessive
    pronoun (``kin_objects``: ``أباه``، ``لخاله``). The figure is then the agent.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [(c.text, c.value, c.perpetrator_text)
        ...  for c in extract_claims("قتل أحد المسلحين 12 مدنيا في السوق")]  # synthetic
        [('12 مدنيا', 12, 'أحد المسلحين')]
    """
    w = doc.w(trigger)
    if trigger < first:
        if not L.in_set(w, L.FINITE_VERBS) or w.endswith("وا"):
            return False
        start = end
        # a relative is the verb's object only when the figure is its subject
        # right after it and the relative right after the figure phrase
        # (قتل أحد المتطرفين والده; not قتلت الغارة 3 أطفال أمام والدتهم)
        noun = counted_noun(doc, doc.numeral_at[first])[0] if first in doc.numeral_at else None
        kin_at = (noun + 1 if noun is not None and noun >= end else end) \
            if _right_after(doc, trigger, first) else None
    elif L.in_set(w, L.POST_VERBS):
        start = kin_at = trigger + 1  # ثلاثة أطفال قتلوا والدهم; not قتلوا أمام منزل والدهم
    else:
        return False  # a noun after the figure (في السجون) takes no object
    sent = doc.sent_of[trigger]
    x, words = start, 0
    while x < len(doc.tokens) and doc.sent_of[x] == sent and words <= _AGENT_REACH:
        num = doc.numeral_at.get(x)
        if num is not None:
            return _object_figure(doc, num)
        tok = doc.tokens[x]
        if tok.kind != "word":
            return False
        v = doc.w(x)
        kin = _kin_object(v)
        if kin is not None and (x == kin_at or (kin and kin_at is not None and trigger < first)):
            return True  # the ل of an object reaches past the agent's own complement (لخاله)
        if (v.startswith("و") or v in FUNCTION_WORDS or v in CLAUSE_CONJ or L.lookup(v, L.PRE_TRIGGERS)
                or L.lookup(v, L.CAUSES) or L.in_set(v, L.CAUSE_PREPS)):
            return False  # a conjunct, a preposition, another event, a cause (بانفجار لغمين)
        x, words = x + 1, words + 1
    return False


def _right_after(doc: Document, trigger: int, first: int) -> bool:
    """Whether nothing but prepositions with a pronoun (``فيها``، ``خلاله``) stands
    between the verb at ``trigger`` and the figure at ``first``: no other subject."""
    return all(doc.tokens[x].kind == "word" and _preposition_with_pronoun(doc.w(x))
               for x in range(trigger + 1, first))


@word_cached
def _preposition_with_pronoun(w: str) -> bool:
    """``فيها``، ``منهم``، ``خلاله``: a function word with an enclitic pronoun.

    Example:
        >>> _preposition_with_pronoun("فيها"), _preposition_with_pronoun("الغاره")
        (True, False)
    """
    return any(clitics and stem in FUNCTION_WORDS for stem, clitics in enclitic_splits(w))


#: و/ف before a hamza-initial number word (وأحد، فإحدى، وأربعة): a conjunct.
_JOINED_HAMZA = ("وأ", "وإ", "فأ", "فإ")


def joined_figure(doc: Document, num) -> bool:
    """Whether the figure's number carries و/ف (``و15``، ``وأربعة``).

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [c.value for c in extract_claims("قتل أحد المسلحين 12 مدنيا و3 جنود")]  # synthetic
        [12, 3]
    """
    # وأحد normalizes as واحد: the hamza tells the و
    return num.prefix.startswith(("و", "ف")) or doc.tokens[num.first_token].text.startswith(_JOINED_HAMZA)


def _object_figure(doc: Document, num) -> bool:
    """A figure that can be a verb's object: not joined by و/ف, not a part
    (``5 منهم``), not a bare year, not a count of things."""
    if joined_figure(doc, num):
        return False  # a conjunct
    if doc.w(num.first_token) in ONE_OF_THEM:
        return False  # كان أحدهم يرتدي: a pronoun form names one of them
    before = doc.prev_word(num.first_token)
    if before is not None and (L.in_set(doc.w(before), L.NON_FIGURE_BEFORE) or L.in_set(doc.w(before), L.MONTHS)):
        return False  # أفراد الفرقة 30: a label
    after = doc.next_word(num.last_token)
    if after is not None and doc.w(after) in L.FROM_PRONOUNS:
        return False
    if num.kind == "digits" and isinstance(num.value, int) and 1900 < num.value < 2100:
        return False
    if num.dual_noun and L.in_set(num.dual_noun, L.NON_PERSON):
        return False
    noun = counted_noun(doc, num)[0]
    return noun is None or not L.in_set(doc.w(noun), L.NON_PERSON)


def _kin_object(w: str) -> tuple[str, ...] | None:
    """The proclitics of ``أباه``، ``لخاله``، ``والده``: a relative with a possessive
    pronoun, bare or with the ل of a masdar's object (never with و: ``وابنه`` is a
    conjunct); None for any other word.

    Example:
        >>> _kin_object("والده"), _kin_object("لخاله"), _kin_object("وابنه"), _kin_object("منزل")
        ((), ('ل',), None, None)
    """
    for morphs, rest in proclitic_splits(w):
        if morphs not in ((), ("ل",)):
            continue
        forms = L.without_possessive(rest)
        if len(forms) > 1 and any(f in L.KIN_OBJECTS for f in forms[1:]):
            return morphs
    return None


def agent_head(doc: Document, y: int) -> bool:
    w = doc.w(y)
    if not w or doc.tokens[y].kind != "word":
        return False
    if L.in_set(w, L.AGENT_HEADS):
        return True
    if doc.mentions is not None:
        t = doc.tokens[y]
        return bool(doc.mentions_index.overlapping(t.start, t.start + 1))
    # Without the framing stage's actor mentions there is no registry to
    # tell a nisba of a party (أذربيجاني) from any other adjective.
    return False


def window(doc: Document, d: Draft, c0: int, c1: int) -> list[int]:
    """Clause tokens around the claim, nearest first, at most 10 away."""
    first = d.trigger if d.trigger is not None and d.trigger < d.first else d.first
    out = []
    for dist in range(1, 11):
        for x in (d.last - 1 + dist, first - dist):
            if c0 <= x < c1:
                out.append(x)
    return out


def find_cause(doc: Document, d: Draft) -> tuple[str, int, int] | None:
    c0, c1 = doc.clause(d.numeral.first_token)
    at = doc.hits_by_token(cause_matcher(), doc.sent_of[d.numeral.first_token])
    for x in window(doc, d, c0, c1):
        found = at.get(x) and cause_at(doc, x, at)
        if not found:
            continue
        label, a, b = found
        if label == "execution" and d.category != "killed":
            continue
        # the cause phrase: the cause words, a preposition before them, and up to
        # two more cause words after (انفجار لغمين، تفجير انتحاري)
        labels = [label]
        while b < c1 and b - a < 3:
            more = cause_at(doc, b, at)
            if more is None:
                break
            labels.append(more[0])
            b = more[2]
        if a - 1 >= c0 and L.in_set(doc.w(a - 1), L.CAUSE_PREPS):
            a -= 1
        best = min(labels, key=L.CAUSE_PRIORITY.index)
        return best, doc.tokens[a].start, doc.tokens[b - 1].end
    return None
