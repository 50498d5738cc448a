"""Reported statements: who is quoted, with which cue, and what they said.

One :class:`Quote` per reported statement. Three kinds:

* ``direct``: the content is a quotation: a reporting verb followed by a colon
  (قال: "...") or by a quotation that completes the complement
  (أعلنت أن "..."، وصفوه بأنه "خائن" وطالبوا...، أشار إلى أن جبهة النصرة
  "قامت…"، قالت الوزارة في بيان يوم الثلاثاء "..."), or a quotation followed by
  ``، قال X``;
* ``indirect``: a reporting verb with a complement clause or phrase
  (أكد أن…، لفتت إلى إجلاء…، أكدت التوصل إلى اتفاق…);
* ``according_to``: a source phrase (بحسب، وفق، وفقا لـ، نقلا عن، حسب، على لسان).

Rules (the cue list is data: ``analysis/framing/data/cues.yml``):

1. **Complement.** After the verb, within the sentence and before another cue,
   source phrase or clause connector: a colon, a complementizer (أن، إن، بأن،
   أنه…, also after إلى/على/من), a quotation, else one of the verb's own
   prepositions (لفت إلى، شدد على، طالب بـ) after its subject, also after a
   prepositional modifier of it (كشفت مصادر في المقاومة عن…) or, for verbs
   with an addressee, after an object of a few words (مطالبا الدول المانحة
   ببذل…), else (verbs
   marked ``object``) the direct object after the subject. No complement, no
   statement: nouns spelled like verbs (طالب "student") drop out here.
2. **Speaker, VSO.** The first noun phrase after the verb, skipping adverbials
   (اليوم، قد، من جهته، في الوقت ذاته) and a quoted addressee (قال لـ«الشرق
   الأوسط» X), and stopping at a preposition (أكد لوزير… is not a
   subject). A short quotation there that does not complete the clause is the
   subject's quoted name (قال "مكتب محاسبة الحكومة" في تقرير، إنه…). After a
   complementizer carrying a pronoun (أوضح أنه طالب بـ…) the pronoun is the
   subject and rule 4 applies. An actor mention there is the speaker; any other word is a
   subject the registry does not know (speaker ``None``, ``speaker_text`` that
   word: البيان، بلدية), unless it is a construct-state head whose genitive
   is a party (مفتي السعودية، سفير إسرائيل): the official speaks for it.
3. **Speaker, SVO.** Else an actor mention ending right before the verb,
   allowing قد, adverbials and one short prepositional phrase in between
   (وكانت القوات … في الإقليم أعلنت; متظاهرين وصفوا).
4. **Pronoun continuation.** Else (وأشارت إلى أن…، مشددا على…) the speaker of the
   latest earlier statement in the same sentence, then in the previous
   sentence, whose verb has the same gender (ت/ة feminine).
   A circumstantial participle (نافيةً، مؤكدا) with no such antecedent takes the
   subject of the sentence's opening verb when their genders agree
   (وشككت وزارة الدفاع … نافية…; rule ``hal``).
   Nothing else: no speaker is ever guessed.
5. **Source phrases.** The speaker is the mention right after the phrase, or
   after a source noun (بيان، مصادر، تقرير…) as its genitive, ``لـ`` phrase or
   ``صادر عن``; ``بحسب ما ذكرت X``، ``حسبما أعلنت X``، ``حسب ما صرح به X`` take
   the verb's subject. The content is
   the clause after the phrase's comma when the phrase opens the sentence,
   else the clause before it.
6. **Content end.** Sentence end, or before a comma followed by another cue,
   a source phrase or a clause connector (في حين، بينما، كما، وهذا ما…), or
   before a source phrase or a coordinated cue (وطالبوا). A next sentence
   opened by وإن / وأن continues the same content. Direct content is the
   inside of the quotation marks and may span sentences.
7. **Not statements.** A subject-less imperfect at the head of its sentence
   followed by a complementizer is the writer's impersonal formula
   (يُذكر أن); a quotation after a preposition that is not the verb's own
   (في "ويتشيتا") is not its complement; a source phrase followed by a definite common noun that is
   neither a party nor a source noun, or by a noun with a quantified genitive
   (حسب طبيعة كل نشاط), means "in accordance with" (حسب المعايير الدولية).
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.framing.actors import ActorMention
from analysis.framing.context import ADVERBIALS, DocContext, FHit

#: Nouns that name a source rather than a party (بحسب بيان…، وفقا لمصادر…).
SOURCE_NOUNS = frozenset({
    "بيان", "مصادر", "مصدر", "تقرير", "تقارير", "تصريحات", "تصريح", "وكاله", "صحيفه", "وسائل", "مسؤول",
    "مسؤولين", "مسؤولون", "شهود", "ناشطين", "ناشطون", "مراسل", "بلاغ", "احصاءات", "احصائيات", "ارقام",
    "حصيله", "معلومات", "مسؤولي", "متحدث", "ناطق", "مصادر", "شاهد", "سكان", "محللين", "خبراء",
    "مراقبين", "دراسه", "استطلاع", "موقع", "قناه", "تلفزيون", "اذاعه", "وزاره", "بيانات",
})
WINDOW = 30
#: Nouns of the medium of a statement (قالت الوزارة في بيان "…"، أشار عبر تغريدة إلى…).
MEDIUM_NOUNS = frozenset({
    "بيان", "تصريح", "تصريحات", "حديث", "مقابله", "كلمه", "مؤتمر", "تغريده", "تغريدات", "رساله", "بلاغ",
    "تقرير", "خطاب", "منشور", "لقاء", "اتصال", "تسجيل",
})
#: Quantifiers after a noun: حسب طبيعة كل نشاط is "in accordance with", not a source.
_QUANTIFIERS = frozenset({"كل", "جميع", "مختلف"})
#: Complementizers carrying the subject pronoun (أنه طالب بـ…: the pronoun is the subject).
_PRONOUN_COMPLEMENTIZERS = frozenset(
    p + "ان" + e for p in ("", "ب", "و", "وب") for e in ("ه", "ها", "هم", "هما", "هن", "نا")
)
#: Sentence openers that continue the previous sentence's reported content.
_CONTINUATIONS = frozenset({"وان", "وانه", "وانها", "وانهم"})
_OPEN_CLOSE = {"«": "»", "»": "«", "‹": "›", "›": "‹"}
_FAMILY = {'"': "ascii", "“": "curly", "”": "curly", "„": "curly", "‟": "curly", "«": "guillemet",
           "»": "guillemet", "‹": "single", "›": "single"}


@dataclass(frozen=True, slots=True)
class Quote:
    """One reported statement.

    Attributes:
        start: Offset of the cue (reporting verb or source phrase, clitics included).
        end: Offset after the cue; ``text[start:end]`` is the cue as written.
        speaker: Actor id of the speaker, or ``None`` when no registry actor
            is identifiable.
        speaker_text: The speaker's noun phrase as written, or ``None``
            (pronoun continuation, or no overt subject).
        cue: Lemma of the cue (``أكد``، ``بحسب``).
        kind: ``direct`` | ``indirect`` | ``according_to``.
        content_start: Offset of the reported content.
        content_end: Offset after it.
        speaker_start: Offset of ``speaker_text`` (``None`` if absent).
        speaker_end: Offset after it.
        rule: How the speaker was found: ``vso`` | ``svo`` | ``continuation``
            | ``hal`` | ``source`` | ``none``.
        addressee: Actor id of the verb's object (وصفوا باشينيان، اتهمت …
            الانفصاليين), for verbs marked ``addressee``; else ``None``.
    """

    start: int
    end: int
    speaker: str | None
    speaker_text: str | None
    cue: str
    kind: str
    content_start: int
    content_end: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    rule: str = "none"
    addressee: str | None = None


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


def find_quotes(ctx: DocContext, mentions: list[ActorMention],
                pairs: list[QuotePair] | None = None) -> list[Quote]:
    """Find every reported statement of a document.

    Args:
        ctx: The document context.
        mentions: Its actor mentions (:func:`analysis.framing.actors.find_mentions`).
        pairs: Its quotation pairs (computed if ``None``).

    Returns:
        Statements ordered by cue offset.

    Example:
        >>> from analysis.framing.analyze import analyze_text
        >>> r = analyze_text("وأكدت الحكومة الأرمينية أن الهدنة صامدة.")  # synthetic
        >>> [(q.cue, q.speaker, q.kind) for q in r.quotes]
        [('أكد', 'armenia_government', 'indirect')]
    """
    finder = _Finder(ctx, mentions, pairs if pairs is not None else pair_quotes(ctx))
    return finder.run()


def _attached_prep(n: str, preps: tuple[str, ...]) -> bool:
    """Does the normalized word ``n`` start with one of the verb's one-letter prepositions?

    بـ and كـ are written on the noun (طالب بالانسحاب، أفادت بتقدم، تصنفها كمنظمة);
    لـ stands for إلى (دعا للحشد) only before the article (لل), since many words
    begin with ل.
    """
    for letter in ("ب", "ك"):
        if letter in preps and n.startswith(letter) and (n.startswith(letter + "ال") or len(n) >= 5):
            return True
    return ("الي" in preps or "ل" in preps) and n.startswith("لل") and len(n) >= 5


class _Finder:
    def __init__(self, ctx: DocContext, mentions: list[ActorMention], pairs: list[QuotePair]) -> None:
        self.ctx = ctx
        self.mentions = mentions
        self.pairs = pairs
        self.open_at = {p.open: p for p in pairs}
        self.close_at = {p.close: p for p in pairs}
        self.mention_at = {m.first_token: m for m in mentions}
        self.mention_end = {m.last_token: m for m in mentions}
        self.cue_at = {h.first: h for h in ctx.fhits if h.kind == "cue"}
        self.source_at = {h.first: h for h in ctx.fhits if h.kind == "source"}
        self.consumed: set[int] = set()
        self.out: list[tuple[Quote, str, int]] = []   # quote, gender, sentence

    # -- driver ---------------------------------------------------------------
    def run(self) -> list[Quote]:
        for h in sorted(self.ctx.fhits, key=lambda h: h.first):
            if h.first in self.consumed:
                continue
            if h.kind == "cue":
                q = self.verb(h)
            elif h.kind == "source":
                q = self.source(h)
            else:
                continue
            if q is not None:
                self.out.append((q, h.tag[:1], self.ctx.sent_of[h.first]))
        return sorted((q for q, _, _ in self.out), key=lambda q: q.start)

    # -- helpers --------------------------------------------------------------
    def sent_end(self, i: int) -> int:
        return self.ctx.sentence(i).last_token

    def sent_start(self, i: int) -> int:
        return self.ctx.sentence(i).first_token

    def prepositional(self, m: ActorMention) -> bool:
        ctx = self.ctx
        fh = ctx.covered.get(m.first_token)
        clitics = fh.clitics if fh is not None and fh.first == m.first_token else ()
        th = ctx.term_at.get(m.first_token)
        if th is not None:
            clitics = clitics or th.clitics
        if any(c in ("ب", "ل", "ك") for c in clitics):
            return True
        prev = m.first_token - 1
        return prev >= 0 and ctx.is_preposition(prev)

    def skip_adverbials(self, k: int, limit: int) -> int:
        ctx = self.ctx
        while k < limit:
            n = ctx.bare(k)
            if n in ADVERBIALS or ctx.norm(k) in ADVERBIALS:
                k += 1
            elif n == "من" and ctx.norm(k + 1).startswith("جهت"):
                k += 2
            elif ctx.tokens[k].text == "،" and k + 1 < limit and ctx.bare(k + 1) in ADVERBIALS:
                k += 1
            elif (n_phrase := ctx.adverbial_phrase(k)) and k + n_phrase <= limit:
                k += n_phrase
                if k < limit and ctx.tokens[k].text in "،,":
                    k += 1
            else:
                break
        return k

    def skip_addressee(self, k: int, limit: int) -> int:
        """Skip a quoted addressee: قال لـ«الشرق الأوسط» X إن…، كشف X لـ«عكاظ» عن…."""
        if k + 1 < limit and self.ctx.norm(k).rstrip("ـ") == "ل" and k + 1 in self.open_at:
            close = self.open_at[k + 1].close
            if close < limit:
                return close + 1
        return k

    def is_boundary(self, k: int) -> bool:
        """A comma followed by a cue, a source phrase or a clause connector."""
        ctx = self.ctx
        if ctx.tokens[k].text not in "،,;؛":
            return False
        nxt = k + 1
        return nxt in self.cue_at or nxt in self.source_at or ctx.starts_connector(nxt) > 0

    def content_end(self, k: int) -> int:
        """Index after the last content token of a clause starting at ``k``."""
        ctx = self.ctx
        limit = self.sent_end(k) if k < len(ctx.tokens) else k
        j = k
        while j < limit:
            if j in self.open_at:
                close = self.open_at[j].close
                if close >= limit:
                    limit = self.sent_end(close)
                j = close + 1
                continue
            if j > k and (self.is_boundary(j) or j in self.source_at):
                break
            if j > k and j in self.cue_at and "و" in self.cue_at[j].clitics[:1]:
                break
            j += 1
        if j == limit and limit < len(ctx.tokens) and ctx.norm(limit) in _CONTINUATIONS \
                and ctx.sent_of[limit] == ctx.sent_of[limit - 1] + 1:
            return self.content_end(limit)  # قال إن … . وإن المسلح …: the same statement goes on
        while j > k and ctx.tokens[j - 1].kind in ("punct", "symbol") and ctx.tokens[j - 1].text not in ")]":
            j -= 1
        return j

    def extend_name(self, k: int) -> int:
        """Extend an unknown subject starting at ``k - 1`` to the end of its noun phrase.

        Over a place name in genitive (بلدية ستيباناكرت), and, after a head
        in the construct state (no article, no sound-plural nun), over a
        definite genitive and the definite adjectives agreeing with it
        (وزارة الصحة اليمنية, مصادر الجيش), at most three words. Time
        adverbials (اليوم، الأربعاء), cues, sources and known actors end it.
        """
        ctx = self.ctx
        th = ctx.term_at.get(k)
        if th is not None and th.key.startswith("places/"):
            return th.last_token
        head = ctx.norm(k - 1)
        if head.startswith("ال") or head.endswith(("ون", "ين")):
            return k
        end, limit = k, min(k + 3, len(ctx.tokens))
        while (end < limit and ctx.tokens[end].kind == "word" and ctx.norm(end).startswith("ال")
               and not ctx.is_preposition(end)  # الى also begins with ال
               and ctx.sent_of[end] == ctx.sent_of[k - 1] and end not in self.cue_at
               and end not in self.source_at and end not in self.mention_at
               and self.skip_adverbials(end, end + 1) == end):
            end += 1
        return end

    def span(self, first: int, last: int) -> tuple[int, int]:
        return self.ctx.tokens[first].start, self.ctx.tokens[last - 1].end

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
        if t.kind == "word" and t.norm[:1] in ("و", "ف") and nxt in self.cue_at:
            return p
        if t.kind == "word" and t.norm in ("و", "ف"):
            return p
        return None

    def quoted_subject(self, k: int, limit: int) -> bool:
        """A short quotation right after the verb that is not its content (the quoted name of the subject)."""
        p = self.open_at.get(k)
        if p is None or p.close >= limit or self.direct_after(k) is not None:
            return False
        words = sum(1 for t in self.ctx.tokens[k + 1:p.close] if t.kind == "word")
        return 1 <= words <= 4 and not self.ctx.is_complementizer(k + 1)

    def partial_quotation(self, k: int) -> QuotePair | None:
        """A quotation after a short subject that completes the clause (أن X "…")."""
        ctx = self.ctx
        for j in range(k + 1, min(k + 4, len(ctx.tokens))):
            if j in self.open_at:
                return self.direct_after(j)
            if ctx.tokens[j].kind != "word" or ctx.is_complementizer(j) or j in self.cue_at:
                return None
        return None

    def medium_phrase(self, first: int, k: int) -> bool:
        """Are tokens first..k-1 a medium phrase (في بيان يوم الثلاثاء، عبر تغريدة)?"""
        ctx = self.ctx
        if not 2 <= k - first <= 5 or ctx.bare(first) not in ("في", "عبر", "خلال"):
            return False
        noun = ctx.norm(first + 1)
        if noun not in MEDIUM_NOUNS and noun[2:] not in MEDIUM_NOUNS:
            return False
        return all(ctx.tokens[j].kind in ("word", "number") and j not in self.cue_at for j in range(first + 2, k))

    def after_modifier_pp(self, first: int, limit: int, preps: tuple[str, ...]) -> int | None:
        """The verb's own preposition after a prepositional modifier of the subject.

        كشفت مصادر في المقاومة الشعبية بمنطقة كرش عن…، أشار في كلمته إلى…: a
        phrase opened by another preposition, of at most five words and no
        punctuation, quotation, complementizer or cue, stands before the
        verb's own preposition (written as a word).
        """
        ctx = self.ctx
        if first >= limit or not ctx.is_preposition(first) or ctx.bare(first) in preps:
            return None
        for k in range(first + 1, min(limit, first + 7)):
            t = ctx.tokens[k]
            if t.kind != "word" or k in self.cue_at or k in self.source_at or ctx.is_complementizer(k):
                return None
            bare = ctx.bare(k).rstrip("ـ")
            if bare in preps and len(bare) > 1:
                return k if k + 1 < limit and ctx.sent_of[k + 1] == ctx.sent_of[first] else None
        return None

    # -- reporting verbs ----------------------------------------------------------
    def verb(self, h: FHit) -> Quote | None:
        ctx = self.ctx
        cue = ctx.cues.verbs[int(h.ref)]
        limit = min(self.sent_end(h.first), h.last + WINDOW)
        # Stop at the next cue or source phrase: it starts its own statement.
        for k in range(h.last, limit):
            if k in self.cue_at or k in self.source_at or (self.is_boundary(k) and k + 1 in self.cue_at):
                limit = k
                break
        # Speaker, VSO.
        speaker: ActorMention | None = None
        subj_text: tuple[int, int] | None = None
        rule = "none"
        k0 = self.skip_adverbials(h.last, limit)
        k = self.skip_addressee(k0, limit)
        subj_end = k if k != k0 else h.last
        # A verb marked for plural or dual (وصفوا، أعلنا) has a pronoun
        # subject in standard Arabic: the noun after it is its object.
        pronoun_subject = h.aspect != "participle" and h.tag in ("mp", "fp", "md", "fd")
        # After a complementizer with a pronoun (أوضح أنه طالب بتسليح…) the
        # pronoun is the subject: the word after the verb is its complement.
        pronoun_subject = pronoun_subject or (h.first > 0 and ctx.norm(h.first - 1) in _PRONOUN_COMPLEMENTIZERS)
        if k < limit and not pronoun_subject and h.aspect != "participle" and self.quoted_subject(k, limit):
            # وقال "مكتب محاسبة الحكومة" في…، إنه…: a short quoted name is the subject.
            close = self.open_at[k].close
            m = self.mention_at.get(k + 1)
            if m is not None and m.last_token == close:
                speaker = m
            subj_text, rule, subj_end = (k + 1, close), "vso", close + 1
        elif k < limit and not pronoun_subject and h.aspect != "participle":
            m = self.mention_at.get(k)
            if m is not None and not self.prepositional(m):
                speaker, rule, subj_end = m, "vso", m.last_token
            elif (m is None and ctx.tokens[k].kind == "word" and not ctx.is_preposition(k)
                  and not ctx.is_complementizer(k) and k not in self.open_at
                  and (k not in ctx.covered or ctx.covered[k].kind == "role")
                  and ctx.norm(k) not in ("ما", "لما") and not ctx.norm(k).startswith(("لل", "بال", "كال"))):
                # A role noun the registry cannot tie to one actor (الرئيس،
                # مسؤول) is still the subject: keep its words as speaker_text.
                role = ctx.covered.get(k)
                end = self.extend_name(role.last if role is not None else k + 1)
                subj_text, rule, subj_end = (k, end), "vso", end
                g = self.construct_genitive(k, end)
                if g is not None:  # مفتي السعودية: the official of a party speaks for it
                    speaker, subj_end = g, g.last_token
        # Complement.
        comp = self.complement(h, cue, subj_end, limit, loose_subject=speaker is None and subj_text is not None)
        if comp is None:
            return None
        if (h.aspect == "imperfect" and speaker is None and subj_text is None
                and h.first == self.sent_start(h.first) and ctx.is_complementizer(h.last)):
            return None  # يُذكر أن، يقال إن: the writer's impersonal formula, not a statement
        kind, c_first, c_last = comp
        # Speaker, SVO.
        if speaker is None and subj_text is None:
            m = self.svo_subject(h.first)
            if m is not None:
                speaker, rule = m, "svo"
        speaker_id = speaker.actor if speaker is not None else None
        s_text = s_start = s_end = None
        if speaker is not None and subj_text is not None:  # head noun + genitive party
            s_start, s_end = ctx.tokens[subj_text[0]].start, speaker.end
            s_text = ctx.text[s_start:s_end]
        elif speaker is not None:
            s_start, s_end, s_text = speaker.start, speaker.end, speaker.text
        elif subj_text is not None:
            s_start, s_end = self.span(*subj_text)
            s_text = ctx.text[s_start:s_end]
        if speaker is None and subj_text is None:
            cont = self.continuation(h)
            if cont is not None:
                speaker_id, rule = cont.speaker, "continuation"
            elif h.aspect == "participle":
                m = self.main_clause_subject(h)
                if m is not None:
                    speaker_id, s_start, s_end, s_text, rule = m.actor, m.start, m.end, m.text, "hal"
        if cue.speaker_after:
            m = self.after_prep(h.last, c_first, cue.speaker_after)
            if m is not None:
                speaker_id, s_start, s_end, s_text, rule = m.actor, m.start, m.end, m.text, "vso"
        addressee = None
        if cue.addressee:
            for j in range(subj_end, c_first):
                m = self.mention_at.get(j)
                if m is not None and not self.prepositional(m):
                    addressee = m.actor
                    break
        cs, ce = self.span(c_first, c_last)
        return Quote(h.start, h.end, speaker_id, s_text, cue.lemma, kind, cs, ce, s_start, s_end, rule, addressee)

    def complement(self, h: FHit, cue, subj_end: int, limit: int, *,
                   loose_subject: bool = False) -> tuple[str, int, int] | None:
        ctx = self.ctx
        n_tokens = len(ctx.tokens)
        # 1. Colon, complementizer or quotation, anywhere before the limit.
        for k in range(h.last, limit):
            t = ctx.tokens[k]
            if t.text == ":":
                nxt = k + 1
                if nxt < n_tokens and nxt in self.open_at:
                    p = self.open_at[nxt]
                    return "direct", p.open + 1, p.close
                if nxt < n_tokens:
                    return "direct", nxt, self.content_end(nxt)
                return None
            if ctx.is_complementizer(k):
                nxt = k + 1
                p = self.direct_after(nxt)
                if p is not None:
                    return "direct", p.open + 1, p.close
                p = self.partial_quotation(nxt)
                if p is not None:  # أشار إلى أن جبهة النصرة "قامت باقتحام…"
                    return "direct", nxt, p.close
                if nxt < limit or nxt < self.sent_end(h.first):
                    return "indirect", nxt, self.content_end(nxt)
                return None
            if k in self.open_at and self.open_at[k].close + 1 < n_tokens and (
                    ctx.tokens[self.open_at[k].close + 1].text == ":"
                    or ctx.is_complementizer(self.open_at[k].close + 1) and ctx.norm(k - 1).rstrip("ـ") == "ل"):
                # A quoted name before the colon, or the quoted addressee (لـ) before the
                # complementizer that opens the content: قالت صحيفة «هآرتس»: …،
                # قالت مصادر لـ«الشرق الأوسط» إن … (but شدد على "ضرورة" أن … is content).
                continue
            if k in self.open_at and ctx.is_complementizer(k + 1):
                p = self.open_at[k]  # وأكدت المصادر "أن …"
                if self.direct_after(k) is not None:
                    return "direct", p.open + 1, p.close
            if k in self.open_at and k >= subj_end:
                # Introduced by the subject's end or by the verb's own preposition
                # (وصفوه بـ"خائن"); a quoted name after another preposition
                # (إلى مركز شرطة في "ويتشيتا") is not the complement.
                prev = ctx.bare(k - 1).rstrip("ـ")
                prev_ok = k == subj_end or prev == "ب" or prev in cue.preps or self.medium_phrase(subj_end, k)
                if prev_ok:
                    p = self.direct_after(k)
                    if p is not None:
                        return "direct", p.open + 1, p.close
                    return "indirect", k, self.content_end(k)
            if k in self.open_at:
                k2 = self.open_at[k].close
                if k2 >= limit:
                    break
            if self.is_boundary(k) or k > h.last and ctx.tokens[k - 1].text in "،," and ctx.starts_connector(k):
                break
        # 2. The verb's own preposition, right after the subject (and, for
        # verbs with an addressee, after that object: دعت البلدية السكان إلى…).
        if cue.preps:
            first = self.skip_addressee(self.skip_adverbials(subj_end, limit), limit)
            allowed = {first}
            m = self.mention_at.get(first)
            if cue.addressee and m is not None:
                allowed.add(self.skip_adverbials(m.last_token, limit))
            elif (cue.addressee or loose_subject) and first < limit and ctx.tokens[first].kind == "word" \
                    and not ctx.is_preposition(first) and first not in self.mention_at:
                # A one-word object (دعت البلدية السكان إلى…) or a modifier of a
                # subject the registry does not know (أفادت مصادر محلية بـ…).
                allowed.add(first + 1)
            for k in sorted(allowed):
                if k >= limit:
                    continue
                n = ctx.norm(k).rstrip("ـ")
                bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 2 else n
                if bare in cue.preps or n in cue.preps:
                    nxt = k + 1
                    if nxt >= len(ctx.tokens) or ctx.sent_of[nxt] != ctx.sent_of[h.first]:
                        return None
                    p = self.direct_after(nxt)
                    if p is not None:
                        return "direct", p.open + 1, p.close
                    return "indirect", nxt, self.content_end(nxt)
                if ctx.tokens[k].kind == "word" and k not in self.mention_at and _attached_prep(n, cue.preps):
                    return "indirect", k, self.content_end(k)
            k = self.after_modifier_pp(first, limit, cue.preps)
            if k is not None:  # كشفت مصادر في المقاومة الشعبية بمنطقة كرش عن…
                p = self.direct_after(k + 1)
                if p is not None:
                    return "direct", p.open + 1, p.close
                return "indirect", k + 1, self.content_end(k + 1)
            if cue.addressee:
                # The object of دعا / ناشد may be long (دعت الشرطة كل من يملك
                # معلومات إلى…): the verb's own preposition, as a word, ends it.
                for k in range(first, limit):
                    if ctx.bare(k) in cue.preps and len(ctx.bare(k)) > 1 and k + 1 < limit:
                        p = self.direct_after(k + 1)
                        if p is not None:
                            return "direct", p.open + 1, p.close
                        return "indirect", k + 1, self.content_end(k + 1)
                # …or an attached بـ after an object of a few words, within
                # the clause (مطالبا الدول والمنظمات المانحة ببذل…).
                for k in range(first + 1, min(limit, first + 5)):
                    if ctx.tokens[k].kind != "word":
                        break
                    n = ctx.norm(k)
                    if (k not in self.mention_at and "ب" in cue.preps and n.startswith("ب") and len(n) >= 4
                            and not ctx.is_preposition(k)):
                        return "indirect", k, self.content_end(k)
        # 3. A direct object (أكد التوصل…، أعلن الحرب…).
        if cue.object and subj_end < limit:
            k = self.skip_adverbials(subj_end, limit)
            if (k < limit and ctx.tokens[k].kind == "word" and not ctx.is_preposition(k)
                    and k not in self.mention_at):
                return "indirect", k, self.content_end(k)
        # 4. A quotation right before: «…»، قال X.
        prev = h.first - 1
        as_said = prev > 0 and ctx.norm(prev) == "كما"
        if as_said:  # «…»، كما قال X
            prev -= 1
        if prev > 0 and ctx.tokens[prev].text in "،," and prev - 1 in self.close_at:
            p = self.close_at[prev - 1]
            return "direct", p.open + 1, p.close
        if as_said and prev > 0 and ctx.tokens[prev].text in "،," and ctx.sent_of[prev] == ctx.sent_of[h.first]:
            # …، كما قالت مصادر: the clause before is what the source said.
            s_first = self.sent_start(h.first)
            c_first = s_first
            for j in range(s_first, prev):
                n = ctx.starts_connector(j + 1) if ctx.tokens[j].text in "،," else 0
                if n:
                    c_first = j + 1 + n
            if c_first < prev:
                return "indirect", c_first, prev
        return None

    def svo_subject(self, cue_first: int) -> ActorMention | None:
        ctx = self.ctx
        start = self.sent_start(cue_first)
        k = cue_first
        skips = 0
        while k > start and skips <= 3:
            m = self.mention_end.get(k)
            if m is not None:
                if self.prepositional(m) and k != cue_first:
                    return None
                return m
            prev = k - 1
            if ctx.bare(prev) in ADVERBIALS or ctx.norm(prev) in ADVERBIALS:
                k, skips = prev, skips + 1
            elif prev - 1 >= start and ctx.is_preposition(prev - 1) and ctx.tokens[prev].kind == "word" \
                    and prev not in ctx.covered:
                k, skips = prev - 1, skips + 1
            elif ctx.norm(prev).startswith("جهت") and prev - 1 >= start and ctx.norm(prev - 1) == "من":
                k, skips = prev - 1, skips + 1
            else:
                return None
        return None

    def construct_genitive(self, k: int, end: int | None = None) -> ActorMention | None:
        """The party a construct-state subject belongs to (مفتي السعودية، سفير إسرائيل).

        A head without the article followed by a definite party name is an
        idafa: the official or organ OF that party, who speaks for it. The
        party may close a longer genitive phrase (وزارة الصحة اليمنية: ``end``
        from :meth:`extend_name`). An indefinite nisba after the head is an
        adjective (خبير روسي) and does not count.
        """
        ctx = self.ctx
        if ctx.is_definite_word(k):
            return None
        m = self.mention_at.get(k + 1 if end is None else end)
        if m is None or m.actor is None or self.prepositional(m):
            return None
        fh = ctx.covered.get(m.first_token)
        if fh is None or fh.kind != "actor" or fh.first != m.first_token:
            return None
        if fh.alias_kind == "nisba" and "ال" not in fh.clitics:
            return None
        if end is not None and end != k + 1 and fh.alias_kind != "nisba":
            # After a longer genitive only an agreeing adjective (اليمنية)
            # belongs to the phrase; a name there (السكان) starts the object.
            return None
        return m

    def main_clause_subject(self, h: FHit) -> ActorMention | None:
        """The subject of the sentence's opening verb, for a circumstantial participle.

        A حال participle (نافيةً، مؤكدا) shares the subject of the main verb:
        وشككت وزارة الدفاع … نافية … . The opening word must look like a verb
        (no article, not a preposition) and agree in gender with the participle
        (perfect feminine ـت ~ ـة).
        """
        ctx = self.ctx
        s0 = self.sent_start(h.first)
        if h.first <= s0 + 1 or not ctx.is_word(s0) or ctx.tokens[s0].kind != "word":
            return None
        if s0 in ctx.covered or ctx.is_definite_word(s0) or ctx.is_preposition(s0) or ctx.is_complementizer(s0):
            return None
        m = self.mention_at.get(s0 + 1)
        if m is None or m.last_token > h.first or self.prepositional(m):
            return None
        verb_feminine = ctx.norm(s0).endswith("ت")
        if verb_feminine != (h.tag[:1] == "f"):
            return None
        return m

    def continuation(self, h: FHit) -> Quote | None:
        gender = h.tag[:1]
        sent = self.ctx.sent_of[h.first]
        for target in (sent, sent - 1):
            for q, g, s in reversed(self.out):
                if s == target and q.start < h.start and g == gender:
                    return q
            if any(s == target for _, _, s in self.out) and target == sent - 1:
                return None
        return None

    def after_prep(self, first: int, last: int, prep: str) -> ActorMention | None:
        for k in range(first, last):
            if self.ctx.norm(k) == prep:
                return self.mention_at.get(k + 1)
        return None

    # -- source phrases -------------------------------------------------------------
    def source(self, h: FHit) -> Quote | None:
        ctx = self.ctx
        s_first, s_last = self.sent_start(h.first), self.sent_end(h.first)
        k = h.last
        speaker: ActorMention | None = None
        stext: tuple[int, int] | None = None
        np_end = k
        with_ma = ctx.tokens[h.last - 1].norm.endswith("ما") and k in self.cue_at
        if k < s_last and (with_ma or (ctx.norm(k) in ("ما", "لما") and k + 1 in self.cue_at)):
            cue_h = self.cue_at[k if with_ma else k + 1]
            self.consumed.add(cue_h.first)
            j = self.skip_adverbials(cue_h.last, s_last)
            if ctx.norm(j) in ("به", "بها", "بهم"):  # resumptive pronoun: حسب ما صرح به X
                j += 1
            m = self.mention_at.get(j)
            if m is not None:
                speaker, np_end = m, m.last_token
            elif j < s_last and ctx.tokens[j].kind == "word":
                stext, np_end = (j, j + 1), j + 1
        elif k < s_last:
            m = self.mention_at.get(k)
            if m is not None:
                speaker, np_end = m, m.last_token
            elif ctx.tokens[k].kind == "word":
                stext = (k, self.extend_name(k + 1))
                np_end = stext[1]
                noun = ctx.norm(k)
                noun = noun[2:] if noun.startswith("ال") else noun
                source_noun = noun in SOURCE_NOUNS or ctx.norm(k) in SOURCE_NOUNS
                if not source_noun and ctx.is_definite_word(k):
                    return None  # حسب المعايير، وفق الخطة: "in accordance with", not a source
                if not source_noun and ctx.norm(k + 1) in _QUANTIFIERS:
                    return None  # حسب طبيعة كل نشاط: a quantified genitive is a criterion
                if source_noun:
                    j = k + 1
                    if ctx.norm(j) in ("صادر", "الصادر", "صدر", "الصادره", "صادره", "صدرت") and ctx.norm(j + 1) == "عن":
                        j += 2
                    elif ctx.norm(j) == "عن":
                        j += 1
                    m = self.mention_at.get(j)
                    if m is not None:
                        speaker, np_end = m, m.last_token
        # Content: after the phrase when it opens its clause, else the clause before.
        before = h.first - 1
        # At the head of its sentence (وبحسب…، فإن…) the phrase sources what
        # follows; after a clause (…، بحسب وزارة الدفاع) it sources that clause.
        opens_clause = h.first == s_first or ctx.tokens[before].text == ":"
        if opens_clause:
            j = np_end
            while j < s_last and ctx.tokens[j].text not in "،,":
                j += 1
            c_first = j + 1 if j < s_last else np_end
            if ctx.norm(c_first) in ("فان", "فانه", "فانها", "ان"):
                c_first += 1
            if c_first >= s_last:
                return None
            c_last = self.content_end(c_first)
        else:
            c_last = before if ctx.tokens[before].text in "،," else h.first
            c_first = s_first
            for j in range(s_first, c_last):
                n = ctx.starts_connector(j + 1) if ctx.tokens[j].text in "،," else 0
                if n:
                    c_first = j + 1 + n
            if c_first >= c_last:
                return None
        if speaker is not None:
            sid, s_text, s_start, s_end = speaker.actor, speaker.text, speaker.start, speaker.end
        elif stext is not None:
            s_start, s_end = self.span(*stext)
            sid, s_text = None, ctx.text[s_start:s_end]
        else:
            sid = s_text = s_start = s_end = None
        cs, ce = self.span(c_first, c_last)
        return Quote(h.start, h.end, sid, s_text, h.lemma, "according_to", cs, ce, s_start, s_end, "source")


__all__ = ["Quote", "QuotePair", "find_quotes", "pair_quotes", "SOURCE_NOUNS"]
