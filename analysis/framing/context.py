"""One document's tokens, sentences and matches, indexed for the framing rules.

The framing stage runs ONE clitic-aware :class:`~analysis.lexicon.matcher.Matcher`
(the lexicon layer's) over the registry's actor names, nisba adjectives and
role nouns and over the reporting cues, so that clitics, diacritics and
longest-match behave exactly as for loaded terms. :class:`DocContext` keeps
those hits and the lexicon's term hits by token, plus a few word classes
(prepositions, complementizers) that the rules in :mod:`.actors`,
:mod:`.quotes` and :mod:`.voice` share.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Callable, Sequence

from analysis.framing.cues import CueSet, load_cues
from analysis.framing.registry import Registry, load_registry
from analysis.lexicon.matcher import Matcher
from analysis.lexicon.schema import TermHit
from analysis.text.records import record_maker
from analysis.text.sentences import Sentence
from analysis.text.tokenize import Token

_NORM = attrgetter("norm")

# Normalized (analysis.text.normalize) spellings throughout.
PREPOSITIONS = frozenset({
    "في", "من", "الي", "علي", "عن", "مع", "خلال", "بعد", "قبل", "امام", "لدي", "عبر", "حول", "منذ",
    "ضد", "بين", "نحو", "عند", "اثر", "تجاه", "دون", "ازاء", "حتي", "وسط", "ب", "ل", "ك", "لصالح",
    "بشان", "جراء", "بسبب", "عقب", "لدى", "اثناء", "قبيل", "طوال",
})
#: Complementizers that open reported content (أنّ، إنّ، بأن، أنه، إنها…).
COMPLEMENTIZERS = frozenset(
    p + c + e for p in ("", "ب") for c in ("ان",) for e in ("", "ه", "ها", "هم", "هما", "هن", "نا")
)
#: Adverbials that may stand between a verb and its subject.
ADVERBIALS = frozenset({
    "قد", "اليوم", "امس", "غدا", "ايضا", "كذلك", "بدوره", "بدورها", "بدورهم", "صباح", "مساء",
    "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "لاحقا", "مجددا",
    "الليله", "اليوم،", "حينها", "سابقا", "اخيرا",
})
#: Prepositional adverbials of news style that may stand between a verb and its
#: subject or complement (مشددا في الوقت ذاته، على…); a comma after them is skipped too.
ADVERBIAL_PHRASES = (
    ("في", "الوقت", "ذاته"), ("في", "الوقت", "نفسه"), ("في", "السياق", "ذاته"), ("في", "السياق", "نفسه"),
    ("في", "الاطار", "ذاته"), ("في", "الاطار", "نفسه"), ("في", "هذا", "السياق"), ("في", "هذا", "الصدد"),
    ("في", "الوقت", "الراهن"),
)
#: The first word of every adverbial phrase.
_ADVERBIAL_FIRSTS = frozenset(phrase[0] for phrase in ADVERBIAL_PHRASES)
#: Connectors that open a new clause after a comma (content ends before them).
CLAUSE_CONNECTORS = frozenset({"في حين", "بينما", "فيما", "كما", "حيث", "لكن", "غير ان", "الا ان", "اذ", "ثم",
                               "وهذا ما"})

# Looked up once per token by the quote rules, so indexed by first word: one-word
# connectors also with a leading و/ف, phrases exactly as listed.
_CONNECTOR_WORDS = frozenset(p + c for c in CLAUSE_CONNECTORS if " " not in c for p in ("", "و", "ف"))
_CONNECTOR_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {}
for _conn in sorted(CLAUSE_CONNECTORS):
    if " " in _conn:
        _parts = tuple(_conn.split())
        _CONNECTOR_PHRASES[_parts[0]] = _CONNECTOR_PHRASES.get(_parts[0], ()) + (_parts,)
del _conn, _parts


#: Gender-number of a possessive suffix on a verbal noun cue.
_SUFFIX_TAGS = {"ه": "ms", "ها": "fs", "هم": "mp", "هما": "md", "هن": "fp"}


@dataclass(frozen=True, slots=True)
class FHit:
    """A framing-matcher hit (actor alias, role noun, cue or source phrase).

    Attributes:
        first: First token index.
        last: Index after the last token.
        kind: ``actor`` / ``role`` / ``cue`` / ``source``.
        ref: Actor id, role key, cue index (as str) or source index.
        lemma: Entry lemma (the registry alias or cue lemma).
        clitics: Clitics reported by the matcher.
        alias_kind: ``name`` or ``nisba`` for actor hits, else ``""``.
        tag: Gender-number tag of a cue (``fs``), else ``""``.
        aspect: ``perfect`` / ``imperfect`` / ``participle`` for cues.
    """

    first: int
    last: int
    start: int
    end: int
    kind: str
    ref: str
    lemma: str
    clitics: tuple[str, ...]
    alias_kind: str = ""
    tag: str = ""
    aspect: str = ""


_FHIT = record_maker(FHit)  # dozens per document: without the frozen __init__

_MATCHERS: dict[tuple[int, int, str], tuple[Registry, CueSet, Matcher, frozenset[tuple[str, str]]]] = {}


def _framing_index(registry: Registry, cues: CueSet,
                   backend: str = "rules") -> tuple[Registry, CueSet, Matcher, frozenset[tuple[str, str]]]:
    """(registry, cues, their matcher, the (actor id, nisba lemma) pairs), cached per registry and cue set."""
    key = (id(registry), id(cues), backend)
    found = _MATCHERS.get(key)
    if found is None or found[0] is not registry or found[1] is not cues:
        if len(_MATCHERS) > 16:
            _MATCHERS.clear()
        matcher = Matcher(registry.entries() + cues.entries() + cues.noun_entries(), backend=backend)
        nisba_lemmas = frozenset((a.id, b) for a in registry.actors for b in a.nisba + a.nisba_forms)
        found = _MATCHERS[key] = (registry, cues, matcher, nisba_lemmas)
    return found


def framing_matcher(registry: Registry, cues: CueSet, backend: str = "rules") -> Matcher:
    """The matcher over registry and cue entries, cached per registry and cue set."""
    return _framing_index(registry, cues, backend)[2]


class _TokenNorms(dict):
    """Token index -> normalized form; ``""`` for any other index (before the first token, after the last)."""

    def __missing__(self, i: int) -> str:
        return ""


@dataclass
class DocContext:
    """Everything the framing rules need about one document."""

    text: str
    tokens: Sequence[Token]
    sentences: Sequence[Sentence]
    term_hits: Sequence[TermHit]
    registry: Registry
    cues: CueSet
    fhits: list[FHit] = field(default_factory=list)
    sent_of: list[int] = field(default_factory=list)
    fhit_at: dict[int, FHit] = field(default_factory=dict)
    term_at: dict[int, TermHit] = field(default_factory=dict)
    covered: dict[int, FHit] = field(default_factory=dict)
    #: Paragraph index of each sentence (a paragraph is one line: news text puts each on its own line).
    para_of_sent: list[int] = field(default_factory=list)
    #: Actor ids and lexicon keys matched in each sentence (context of the registry's hints).
    sent_present: list[set[str]] = field(default_factory=list)
    _para_present: dict[int, set[str]] = field(default_factory=dict)
    #: Normalized form of each token (the rules read it hundreds of thousands of times per shard).
    norms: list[str] = field(default_factory=list)
    #: ``norm(i)``: the normalized form of token ``i``, ``""`` for an index outside the
    #: document. A dict's lookup rather than a method: the rules call it millions of
    #: times per shard, and a C call costs half a Python one.
    norm: Callable[[int], str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.norm = _TokenNorms(enumerate(self.norms)).__getitem__

    @classmethod
    def build(cls, text: str, tokens: Sequence[Token], sentences: Sequence[Sentence],
              term_hits: Sequence[TermHit], *, registry: Registry | None = None,
              backend: object = None, cues: CueSet | None = None,
              framing_hits: Sequence[TermHit] | None = None) -> "DocContext":
        """Index one document for the framing rules.

        ``framing_hits`` are the hits of :func:`framing_matcher` over ``tokens``
        when the caller has them (:func:`analysis.annotate.annotate` matches
        them together with the lexicons, :class:`~analysis.lexicon.group.MatcherGroup`);
        else they are matched here.
        """
        registry = registry or load_registry()
        cues = cues or load_cues()
        ctx = cls(text, tokens, sentences, term_hits, registry, cues, norms=list(map(_NORM, tokens)))
        ctx.sent_of = [0] * len(tokens)
        for s in sentences:
            ctx.sent_of[s.first_token:s.last_token] = [s.index] * (s.last_token - s.first_token)
        # Registry and cue entries never use lemma matching, so the rules
        # backend gives the same hits as any other and the matcher is cached.
        del backend
        if framing_hits is None:
            framing_hits = framing_matcher(registry, cues).match(list(tokens))
        nisba_lemmas = _framing_index(registry, cues)[3]
        for h in framing_hits:
            head, _, rest = h.key.partition("/")
            if head == "actor":
                kind = "nisba" if (rest, h.lemma) in nisba_lemmas else "name"
                fh = _FHIT(h.first_token, h.last_token, h.start, h.end, "actor", rest, h.lemma, h.clitics, kind)
            elif head == "role":
                fh = _FHIT(h.first_token, h.last_token, h.start, h.end, "role", rest, h.lemma, h.clitics)
            elif head == "cue":
                n, aspect, tag = rest.split("/")
                # Verbs take neither a preposition nor the article: بنقل، التابع are nouns.
                # A verbal noun cue is in the construct state (إعلان الحركة، تحذيره): no article either.
                if any(c in ("ب", "ل", "ك", "ال") for c in h.clitics):
                    continue
                if aspect != "noun" and ctx.is_preposition(h.first_token - 1) and h.first_token > 0:
                    continue  # a verb never follows a preposition: وفي تبني الهجوم is a noun
                if aspect == "noun":  # the pronoun suffix is the speaker: تحذيره (ms), إدانتها (fs)
                    tag = next((_SUFFIX_TAGS[c[1:]] for c in h.clitics if c[1:] in _SUFFIX_TAGS), "")
                fh = _FHIT(h.first_token, h.last_token, h.start, h.end, "cue", n, h.lemma, h.clitics,
                          tag=tag, aspect=aspect)
            elif head == "source":
                fh = _FHIT(h.first_token, h.last_token, h.start, h.end, "source", rest, h.lemma, h.clitics)
            else:
                continue
            ctx.fhits.append(fh)
            ctx.fhit_at[fh.first] = fh
            for i in range(fh.first, fh.last):
                ctx.covered[i] = fh
        for th in term_hits:
            ctx.term_at.setdefault(th.first_token, th)
        ctx.sent_present = [set() for _ in sentences]
        for fh in ctx.fhits:
            if fh.kind == "actor":
                ctx.sent_present[ctx.sent_of[fh.first]].add(fh.ref)
        for th in term_hits:
            if th.first_token < len(tokens):
                ctx.sent_present[ctx.sent_of[th.first_token]].add(th.key)
        para, prev_end = 0, None
        for s in sentences:
            if prev_end is not None and text.find("\n", prev_end, s.start) != -1:
                para += 1
            ctx.para_of_sent.append(para)
            prev_end = s.end
        return ctx

    def present_in_sentence(self, sent_index: int) -> set[str]:
        """Actor ids and lexicon keys matched in sentence ``sent_index``."""
        return self.sent_present[sent_index]

    def present_in_paragraph(self, para: int) -> set[str]:
        """Actor ids and lexicon keys matched in paragraph ``para`` (cached)."""
        found = self._para_present.get(para)
        if found is None:
            found = set()
            # para_of_sent never decreases, so the paragraph's sentences are one slice.
            lo, hi = bisect_left(self.para_of_sent, para), bisect_right(self.para_of_sent, para)
            for present in self.sent_present[lo:hi]:
                found |= present
            self._para_present[para] = found
        return found

    # -- word classes -------------------------------------------------------
    def bare(self, i: int) -> str:
        """Normalized token without a leading conjunction و/ف (if the rest is long enough)."""
        n = self.norm(i)
        if len(n) > 3 and n[0] in "وف" and n[1:] in PREPOSITIONS | COMPLEMENTIZERS:
            return n[1:]
        return n

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i].kind in ("word", "number")

    def is_preposition(self, i: int) -> bool:
        n = self.norm(i)
        if n == "علي" and 0 <= i < len(self.tokens) and self.tokens[i].text.endswith("ي"):
            return False  # علي (Ali) is a name; the preposition is written على
        if n in PREPOSITIONS or n.rstrip("ـ") in PREPOSITIONS:
            return True
        return len(n) > 1 and n[0] in "وف" and n[1:] in PREPOSITIONS

    def is_complementizer(self, i: int) -> bool:
        n = self.norm(i)
        return n in COMPLEMENTIZERS or (len(n) > 2 and n[0] in "وف" and n[1:] in COMPLEMENTIZERS)

    def is_definite_word(self, i: int) -> bool:
        n = self.norm(i)
        if n[:1] in ("و", "ف") and len(n) > 4:
            n2 = n[1:]
            if n2.startswith(("ال", "لل", "بال", "كال")):
                return True
        return n.startswith(("ال", "لل", "بال", "كال")) and len(n) > 3

    def sentence(self, i: int) -> Sentence:
        return self.sentences[self.sent_of[i]]

    def clause_punct(self, i: int) -> bool:
        t = self.tokens[i]
        return t.kind == "punct" and t.text in "،,:؛;.!?؟"

    def adverbial_phrase(self, i: int) -> int:
        """Length in tokens of an adverbial phrase starting at token ``i`` (0 if none).

        Example:
            >>> from analysis.framing.analyze import build_context
            >>> build_context("مشددا في الوقت ذاته على الحوار").adverbial_phrase(1)  # synthetic
            3
        """
        first = self.bare(i)
        if first not in _ADVERBIAL_FIRSTS:
            return 0  # most words open none: one set test, not a loop over the phrases
        for phrase in ADVERBIAL_PHRASES:
            if first == phrase[0] and all(self.norm(i + k) == w for k, w in enumerate(phrase[1:], 1)):
                return len(phrase)
        return 0

    def verbal_noun(self, i: int, *, definite: bool = False) -> bool:
        """Does token ``i`` have the shape of a derived verbal noun (masdar)?

        The patterns of forms II, IV-VIII and X: تفعيل (تأكيد), تفاعل
        (تبادل), إفعال (إعلان), انفعال (انسحاب), افتعال (اعتقال), استفعال
        (استمرار), and فعول (سقوط، وقوع), read on the normalized word without
        clitics, so that the object of أعلن / نفى / أكد (أعلنت وفاة…، نفت وقوع…)
        is not taken for its subject; with ``definite`` the article is allowed
        (عمليات الإعدام التي أعلنت). Only a heuristic: callers exclude nouns
        known to be sources.

        Example:
            >>> from analysis.framing.analyze import build_context
            >>> ctx = build_context("نفت وقوع إصابات وأكدت استمرار القصف")  # synthetic
            >>> [t.text for i, t in enumerate(ctx.tokens) if ctx.verbal_noun(i)]
            ['وقوع', 'استمرار']
        """
        n = self.norm(i)
        if n[:1] in ("و", "ف") and len(n) > 4:
            n = n[1:]
        if n.startswith("ال"):
            if not definite:
                return False  # a definite noun after the verb is its subject more often than not
            n = n[2:]
        if n.endswith("ه") and len(n) > 4:
            n = n[:-1]
        size = len(n)
        return bool(
            (size == 5 and n[0] == "ت" and n[3] == "ي")
            or (size == 5 and n[0] == "ت" and n[2] == "ا")
            or (size == 5 and n[0] == "ا" and n[3] == "ا")
            or (size == 6 and n[:2] == "ان" and n[4] == "ا")
            or (size == 6 and n[0] == "ا" and n[2] == "ت" and n[4] == "ا")
            or (size >= 7 and n[:3] == "است" and n[-2] == "ا")
            or (size == 4 and n[2] == "و" and n[0] not in "م")
        )

    def starts_connector(self, i: int) -> int:
        """Length in tokens of a clause connector starting at token ``i`` (0 if none)."""
        n = self.norm(i)
        if n in _CONNECTOR_WORDS:
            return 1
        for parts in _CONNECTOR_PHRASES.get(n, ()):
            if all(self.norm(i + k) == p for k, p in enumerate(parts[1:], 1)):
                return len(parts)
        return 0


__all__ = ["DocContext", "FHit", "framing_matcher", "PREPOSITIONS", "COMPLEMENTIZERS", "ADVERBIALS",
           "ADVERBIAL_PHRASES"]
