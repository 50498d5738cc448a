"""Source attribution: according to whom a figure is given.

In this order:

1. a quote (from :mod:`analysis.framing`) whose content holds the claim
   gives its speaker;
2. in the claim's clause, a source phrase (``بحسب``، ``وفقا لـ``، ``نقلا عن``،
   ``على لسان``، ``استنادا إلى``) + noun phrase;
3. a reporting verb before the claim in its clause, with its subject
   (``أعلنت X أن``);
4. a source phrase elsewhere in the sentence;
5. for a sentence opening with a subjectless reporting verb (``وأشارت إلى
   أن``), the previous sentence's speaker.

Nothing found: null. Reporting verbs and source phrases are framing's cue
file (``analysis/framing/data/cues.yml``), matched by the lexicon Matcher.
A figure's source is the subject of a finite reporting verb in the perfect
(``أعلنت``، ``قالوا``) or in the imperfect after كما (``كما تقول المنظمة``),
of a verb that takes no addressee (``اتهم X``، ``دعا X`` name a target, not
a source), with no object pronoun (``هدنة أعلنتها الأمم المتحدة`` is a
relative clause) and no article (``التابع`` is no verb). Elsewhere the
imperfect is left out: news uses it for background (``يذكر أن``) and it
collides with other verbs (``تبلغ`` "reaches").
Clauses break at ``فيما``، ``بينما``، ``في حين``، ``في وقت`` and ``؛``.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from analysis.casualties import lexicon as L
from analysis.casualties.document import Document, Draft, get
from analysis.lexicon import Matcher
from analysis.text.normalize import normalize

#: Words that end a source noun phrase (``data/sources.yml``).
SOURCE_STOP = L.SOURCE_STOP


@lru_cache(maxsize=8)
def cue_matcher(cues) -> Matcher:
    """A Matcher of the source phrases and finite reporting-verb forms of a cue set.

    Example:
        >>> from analysis.framing.cues import load_cues
        >>> from analysis.text.tokenize import tokenize
        >>> [h.key.split("/")[0] for h in cue_matcher(load_cues()).match(tokenize("وأعلنت وفقا"))]
        ['cue', 'source']
    """
    entries = []
    for e in cues.entries():
        parts = e.key.split("/")
        if parts[0] == "source":
            entries.append(e)
            continue
        verb = cues.verbs[int(parts[1])]
        if parts[2] != "participle" and not verb.addressee and not verb.agentless \
                and normalize(verb.lemma) not in L.NOT_SOURCES:
            entries.append(e)
    return Matcher(entries, backend="rules")


def _verb(doc: Document, hit):
    """The cues.yml verb of a ``cue/…`` hit."""
    return doc.cues.verbs[int(hit.key.split("/")[1])]


def _matcher(doc: Document) -> Matcher:
    """The document's cue Matcher (hashing a CueSet per lookup would cost more than the lookup)."""
    found = doc.matches.get("cue-matcher")
    if found is None:
        found = doc.matches["cue-matcher"] = cue_matcher(doc.cues)
    return found


def _cues(doc: Document, kind: str, a: int, b: int, *, any_tense: bool = False) -> list[tuple]:
    """Cue hits of ``kind`` (``source`` or ``cue``) starting in tokens a..b-1 of one
    sentence; a ``cue`` is a finite verb (:func:`_finite`), in any tense with
    ``any_tense`` (a verb after its subject: ``أحد المصابين يروي``)."""
    if a >= b:
        return []
    sent_index = doc.sent_of[a]
    key = ("cue-starts", kind, sent_index, any_tense)
    found = doc.matches.get(key)
    if found is None:
        hits = [h for h in doc.hits_in(_matcher(doc), sent_index)
                if h[0].key.split("/")[0] == kind
                and (kind == "source" or (_verb_form(h) if any_tense else _finite(doc, h)))]
        found = doc.matches[key] = ([h[1] for h in hits], hits)
    starts, hits = found
    return hits[bisect_left(starts, a):bisect_left(starts, b)]


def telling_verb_near(doc: Document, first: int, last: int, *, reach: int = 4) -> bool:
    """Whether a finite reporting verb (framing's ``cues.yml``) stands within
    ``reach`` words before token ``first`` or right after the phrase ending at
    ``last``, in the same sentence: the phrase is its subject (``روى فلان أحد
    المصابين``، ``أحد المصابين يروي``).

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [c.value for c in extract_claims("روى أحمد أحد المصابين تفاصيل الهجوم")]  # synthetic
        []
    """
    s = doc.sent(first)
    hits = _cues(doc, "cue", max(s.first_token, first - reach), first)
    if last < s.last_token:
        # after its subject the verb is also the headline's imperfect (أحد المصابين يروي)
        hits = hits + _cues(doc, "cue", last, last + 1, any_tense=True)
    # نقل is also to move people (نقل أحد المصابين): a verb of an act on them tells nothing
    return any(not L.in_set(doc.w(x), L.PURPOSE_ACTIONS) for _, x, _ in hits)


def _verb_form(found: tuple) -> bool:
    """A reporting verb's form: no article, no object pronoun, no ل/ب/ك."""
    return not any(c in ("ال", "ل", "ب", "ك") or c.startswith("+") for c in found[0].clitics)


def _finite(doc: Document, found: tuple) -> bool:
    """A reporting verb that can head the report: no article, no object pronoun,
    and the perfect, or the imperfect after كما (``كما تقول المنظمة``)."""
    hit, first, _ = found
    if not _verb_form(found):
        return False  # التابع is a participle; أعلنتها has an object; لتوقع is no verb
    verb = _verb(doc, hit)
    if verb.initial and not _opens_clause(doc, first):
        return False  # دان is also a part of names
    return hit.key.split("/")[2] == "perfect" or doc.w(first - 1) == "كما"


def _opens_clause(doc: Document, x: int) -> bool:
    """Token x opens its clause: sentence start, punctuation, or قد/ثم before it."""
    k = doc.prev_word(x)
    return k is None or doc.tokens[k].kind != "word" or doc.w(k) in ("قد", "ثم", "كما")


def _is_verb(doc: Document, y: int) -> bool:
    hit = doc.matched(_matcher(doc), y)
    return hit is not None and hit[1] == y and hit[0].key.startswith("cue/") and _finite(doc, hit)


def find_source(doc: Document, d: Draft) -> tuple[int, int] | None:
    num = d.numeral
    start, end = num.start, doc.tokens[d.last - 1].end
    if doc.quotes:
        for q in doc.quotes_index.items_overlapping(start, start + 1):
            cs, ce = get(q, "content_start"), get(q, "content_end")
            if cs is not None and ce is not None and cs <= start and end <= ce:
                ss, se = get(q, "speaker_start"), get(q, "speaker_end")
                if ss is not None and se is not None:
                    return ss, se
    i = num.first_token
    s = doc.sent(i)
    c0, c1 = doc.clause(i)
    # 1. بحسب X in the claim's clause
    span = according(doc, c0, c1)
    if span:
        return span
    # 2. a reporting verb before the claim in its clause
    span = speech(doc, c0, i)
    if span == "continuation":
        return previous_speaker(doc, s.index)
    if span:
        return span
    # 3. بحسب X elsewhere in the sentence
    span = according(doc, s.first_token, s.last_token)
    if span:
        return span
    # 4. a reporting verb at the start of the sentence (first clause)
    span = speech(doc, s.first_token, min(i, doc.clause(s.first_token)[1]))
    if span == "continuation":
        return previous_speaker(doc, s.index)
    return span or None


def according(doc: Document, a: int, b: int) -> tuple[int, int] | None:
    for hit, x, y in _cues(doc, "source", a, b):
        by_rule = hit.lemma == "وفق"  # وفقا لـX، طبقا لما
        if by_rule and y < b and doc.w(y) in ("ل", "لما"):
            y += 1
        relayed = doc.w(y - 1).endswith("ما")  # حسبما، لما
        if y < b and doc.w(y) in ("ما", "لما"):
            y, relayed = y + 1, True
        if relayed and y < b and (_is_verb(doc, y) or doc.w(y) in L.RELAYED):
            y += 1
        span = noun_phrase(doc, y, b, strip_l=by_rule)
        if span:
            return span
    return None


def speech(doc: Document, a: int, b: int):
    for hit, x, y in _cues(doc, "cue", a, b):
        verb = _verb(doc, hit)
        if verb.medium:
            # جاء في بيان الوزارة أن: the medium is the source
            if doc.w(y) == "في":
                span = noun_phrase(doc, y + 1, b if b > y + 1 else doc.sent(x).last_token)
                if span:
                    return span
            continue
        if y < len(doc.tokens) and doc.w(y) in _COMPLEMENTIZERS + ("الي",):
            if (verb.strict or normalize(verb.lemma) in L.NEED_CONTENT) and doc.w(y) == "الي":
                continue  # بين إلى: the preposition "between"
            if x == doc.sent(x).first_token:
                return "continuation"
            return None
        if y < len(doc.tokens) and doc.tokens[y].text in (":", "«", '"'):
            return "continuation" if x == doc.sent(x).first_token else None
        span = noun_phrase(doc, y, b if b > y else doc.sent(x).last_token)
        strict = verb.strict or normalize(verb.lemma) in L.NEED_CONTENT
        if span and strict and not _content_follows(doc, span):
            continue  # اشتباكات بين الحوثيين والمقاومة: بين is "between"
        if span:
            return span
    return None


#: Words that open the content of a statement after its verb and subject.
_COMPLEMENTIZERS = ("ان", "انه", "انها", "بان", "بانه")


def _content_follows(doc: Document, span: tuple[int, int]) -> bool:
    """After the subject phrase: أن/إن, a colon or a quotation (a strict verb's content)."""
    x = _token_after(doc, span[1])
    return x is not None and (doc.w(x) in _COMPLEMENTIZERS or doc.tokens[x].text in (":", "«", '"'))


def _token_after(doc: Document, offset: int) -> int | None:
    """The first token starting at or after a character offset (bisect on token starts)."""
    starts = doc.token_starts
    k = bisect_left(starts, offset)
    return k if k < len(starts) else None


def noun_phrase(doc: Document, y: int, b: int, *, strip_l: bool = False) -> tuple[int, int] | None:
    s_last = doc.sent(y).last_token if y < len(doc.tokens) else y
    end = y
    first_start = None
    x = y
    while x < s_last and x - y < 10:
        tok = doc.tokens[x]
        if tok.kind != "word":
            break
        w = doc.w(x)
        if w in SOURCE_STOP or w in ("من", "ما", "قد"):
            if w == "في" and doc.w(x + 1) and not L.in_set(doc.w(x + 1), L.STATEMENT_NOUNS) \
                    and x > y and doc.tokens[x + 1].kind == "word":
                pass  # "في أرمينيا" belongs to the phrase; "في بيان" does not
            else:
                break
        if L.lookup(w, L.PRE_TRIGGERS) and x > y:
            break
        if first_start is None:
            first_start = tok.start
            if strip_l and w.startswith("ل") and not w.startswith("لل") and len(w) > 2:
                first_start = tok.start + _letters_offset(tok.text, 1)
        end = x + 1
        x += 1
    if first_start is None or end == y:
        return None
    return first_start, doc.tokens[end - 1].end


def previous_speaker(doc: Document, sent_index: int) -> tuple[int, int] | None:
    if sent_index not in doc.previous_speakers:
        doc.previous_speakers[sent_index] = find_previous_speaker(doc, sent_index)
    return doc.previous_speakers[sent_index]


def find_previous_speaker(doc: Document, sent_index: int) -> tuple[int, int] | None:
    if sent_index == 0:
        return None
    prev = doc.sentences[sent_index - 1]
    # the previous sentence's first reporting verb with a subject, else its بحسب X
    span = speech(doc, prev.first_token, prev.last_token)
    if span == "continuation":
        return previous_speaker(doc, sent_index - 1)
    if span:
        return span
    return according(doc, prev.first_token, prev.last_token)


def resolve_actor(doc: Document, span: tuple[int, int]) -> str | None:
    a, b = span
    if doc.mentions is not None:
        for m in doc.mentions_index.items_overlapping(a, b):
            ms, me, actor = get(m, "start"), get(m, "end"), get(m, "actor")
            if ms < b and a < me:
                return actor
    # No mentions given: keep the phrase (source_text), name no actor.
    return None


def _letters_offset(surface: str, n: int) -> int:
    """Offset in ``surface`` after its first ``n`` letters (marks and tatweel skipped)."""
    seen = 0
    for i, c in enumerate(surface):
        if "\u064B" <= c <= "\u065F" or c in "\u0670\u0640":
            continue
        seen += 1
        if seen == n:
            j = i + 1
            while j < len(surface) and ("\u064B" <= surface[j] <= "\u065F" or surface[j] in "\u0640"):
                j += 1
            return j
    return 0
