"""Speakers without an overt subject after the verb: SVO subjects, genitive parties, pronouns.

Rules 2 (construct-state party), 3 (SVO) and 4 (pronoun continuation and the
circumstantial participle) of :mod:`analysis.framing.quotes`.
"""

from __future__ import annotations

from analysis.framing.actors import ActorMention
from analysis.framing.context import ADVERBIALS, FHit
from analysis.framing.quote_agreement import RELATIVE_FEATURES, AgreementRules, agrees, tag_number
from analysis.framing.quote_clauses import KANA

RELATIVES = frozenset(RELATIVE_FEATURES)
#: A preposition with the pronoun that resumes a relative (الوقت الذي أعلنت فيه الوزارة): not a subject.
RESUMPTIVES = frozenset(p + e for p in ("في", "عن", "ل", "من", "الي", "ب", "علي", "مع")
                        for e in ("ه", "ها", "هم", "هما"))
#: Particles before كان that make it "whether / if it was" (ما إذا كان): no subject of a later verb follows.
_CONDITIONALS = frozenset({"اذا", "لو", "ان", "ما"})
#: "There is / are" after كان (وكانت هناك أنشطة): no subject follows.
_EXISTENTIALS = frozenset({"هناك", "هنالك", "ثمه"})
#: Independent pronouns and ما: a clause (وهو ما يرجع…), not a noun phrase, stands before the verb.
_PRONOUNS = frozenset(p + w for p in ("", "و", "ف") for w in ("هو", "هي", "هم", "هما", "هن", "ما", "مما"))
#: Words a subject standing before its verb never contains: they open another clause.
_CLAUSE_OPENERS = frozenset({"عندما", "حين", "حينما", "بعدما", "لما", "اذا", "لو", "كلما", "ريثما", "بينما",
                             "فيما", "حيث", "اذ", "قبل", "بعد", "منذ", "ثم", "لكن", "لان", "كي", "لكي"})


class SpeakerRules(AgreementRules):
    """Finding the speaker of a statement when it is not the word after the verb."""

    def previous_subject(self, h: FHit) -> ActorMention | None:
        """The subject of the previous sentence's opening verb, for a pronoun with no earlier statement.

        واستقبل الرئيس الروسي فلاديمير بوتين الوفد. وقال إن…: the pronoun of
        قال is بوتين. Only from the previous sentence, when it made no
        statement, and when the verbs agree in gender and number.
        """
        sent = self.ctx.sent_of[h.first]
        if sent == 0 or self.out_by_sent.get(sent - 1) or self.out_by_sent.get(sent):
            return None
        prev = self.ctx.sentences[sent - 1]
        return self.opening_subject(prev.first_token, prev.last_token, h)

    def relative_subject(self, cue_first: int) -> tuple[ActorMention | None, tuple[int, int] | None] | None:
        """After a relative pronoun (القوات التي أعلنت…) the subject is the noun phrase before it.

        A party mention ending at the pronoun is the speaker; else its definite
        words (up to four) are the subject's text. Never a continuation: the
        pronoun has its antecedent right there. ``(None, None)`` when there is
        no statement: a verbal noun antecedent is the object of a passive.
        """
        ctx = self.ctx
        rel = cue_first - 1
        if rel < 1 or ctx.norm(rel) not in RELATIVES or ctx.sent_of[rel - 1] != ctx.sent_of[cue_first]:
            return None
        cue = ctx.fhit_at.get(cue_first)
        if cue is not None and any(c.startswith("+") for c in cue.clitics):
            return None  # الأعمال التي وصفتها باكو: the suffix is the relative, the object
        if cue is not None and not self.relative_agrees(cue):
            return None  # الوقت الذي أعلنت فيه الوزارة: the subject follows the verb
        m = self.mention_end.get(rel)
        if m is not None:
            return m, None
        if ctx.verbal_noun(rel - 1, definite=True):
            return None, None  # عمليات الإعدام التي أعلنت: the antecedent is what was announced (a passive)
        first = rel
        while first > rel - 4 and first > self.sent_start(cue_first) and ctx.is_definite_word(first - 1) \
                and first - 1 not in ctx.fhit_at and not ctx.is_preposition(first - 1):
            first -= 1
        # A name has no article (سيب بلاتر الذي أعلن): up to three words without it.
        while first == rel or first < rel and not ctx.is_definite_word(first) and first > rel - 3:
            b = first - 1
            if b < self.sent_start(cue_first) or ctx.tokens[b].kind != "word" or ctx.is_definite_word(b) \
                    or b in ctx.fhit_at or ctx.is_preposition(b) or ctx.is_complementizer(b) \
                    or ctx.norm(b) in _CLAUSE_OPENERS or ctx.norm(b)[:1] in ("و", "ف"):
                break
            first = b
        return (None, (first, rel)) if first < rel else None

    def subject_before(self, cue_first: int):
        """The subject standing before a verb without one after it.

        In this order: after كان (:meth:`kana_subject`), the antecedent of a
        relative (:meth:`relative_subject`), a party mention right before the
        verb (:meth:`svo_subject`), the subject after a complementizer
        (:meth:`complement_subject`), a topic before a comma (:meth:`topic_subject`).
        A tuple ``(mention or None, token range or None)``, a mention, or ``None``.
        """
        return (self.kana_subject(cue_first) or self.relative_subject(cue_first) or self.svo_subject(cue_first)
                or self.complement_subject(cue_first) or self.topic_subject(cue_first))

    def complement_subject(self, cue_first: int) -> tuple[None, tuple[int, int]] | None:
        """An unknown subject between a complementizer and the verb: إن الوزيرة قالت إن….

        Up to ten words after أن / إن, with prepositional modifiers (غير أن
        مصادر داخل الأمانة كشفت): no punctuation, cue or source phrase. A verb
        with و / ف is coordinated with an earlier one (أن العدد بلغ 30 وأعلن):
        what stands before it is a clause, not its subject.
        """
        ctx = self.ctx
        cue = ctx.fhit_at.get(cue_first)
        if cue is None or cue.aspect not in ("perfect", "imperfect") or cue.clitics[:1] in (("و",), ("ف",)):
            return None  # a participle (واصفا) shares its clause's subject; it has none of its own
        start = self.sent_start(cue_first)
        for b in range(cue_first - 1, max(start - 1, cue_first - 12), -1):
            if ctx.is_complementizer(b):
                if b + 1 >= cue_first or ctx.norm(b + 1)[:1] == "ي" or ctx.is_preposition(b + 1):
                    return None  # أن يرتفع عدد القتلى: a verb, not a subject, after أن
                if b > start and ctx.bare(b - 1) in ("بعد", "قبل", "منذ", "الي", "حتي"):
                    return None  # بعد أن تجاوزت التكاليف…: a temporal أن opens a verbal clause
                return None, (b + 1, cue_first)
            if ctx.tokens[b].kind != "word" or ctx.norm(b) in _CLAUSE_OPENERS or ctx.norm(b) in RELATIVES \
                    or ctx.norm(b) in _PRONOUNS or (
                    b in ctx.covered and ctx.covered[b].kind in ("cue", "source")) or b in self.cue_at:
                return None
        return None

    def topic_subject(self, cue_first: int) -> tuple[ActorMention | None, tuple[int, int]] | None:
        """A noun phrase opening the sentence and closed by a comma before the verb: فلان، مدير المكتب، قال: ….

        The topic (mubtada') is the verb's subject. Up to twelve words and
        commas from the sentence start; not when the verb carries و / ف (it
        continues an earlier verb) or when the phrase is a prepositional,
        adverbial or connector phrase (وفي سياق متصل، قال), holds a cue, a
        source phrase, a complementizer or a relative clause.
        """
        ctx = self.ctx
        cue = ctx.fhit_at.get(cue_first)
        comma = cue_first - 1
        start = self.sent_start(cue_first)
        if cue is None or cue.aspect not in ("perfect", "imperfect") or cue.clitics[:1] in (("و",), ("ف",)) \
                or comma <= start or ctx.tokens[comma].text not in "،," or comma - start > 12:
            return None
        if ctx.is_preposition(start) or ctx.bare(start) in ADVERBIALS or ctx.starts_connector(start) \
                or ctx.adverbial_phrase(start) or ctx.bare(start) != ctx.norm(start) \
                or ctx.norm(start).startswith(("لل", "بال", "كال")) or ctx.is_complementizer(start):
            return None
        for b in range(start, comma):
            t = ctx.tokens[b]
            if not (t.kind == "word" or t.text in "،,") or b in self.cue_at or b in self.source_at \
                    or ctx.is_complementizer(b) or ctx.norm(b) in RELATIVES or ctx.norm(b) in _CLAUSE_OPENERS:
                return None
        m = self.mention_at.get(start)
        return (m if m is not None and m.last_token <= comma else None), (start, comma)

    def kana_subject(self, cue_first: int) -> tuple[ActorMention | None, tuple[int, int]] | None:
        """The subject between كان and a later verb: وكان مسؤولون أتراك قالوا، وكانت الوزارة قد نفت.

        Up to twelve words (a quoted name or a hashtag too: وكان المتحدث
        الرسمي لشرطة المدينة العقيد فلان أعلن) after a form of كان and before
        the verb (and قد); a party mention at its head is the speaker. A word
        that opens another clause (عندما، بعد، حيث) ends the search.
        """
        ctx = self.ctx
        cue = ctx.fhit_at.get(cue_first)
        if cue is None or cue.aspect not in ("perfect", "imperfect"):
            return None  # a participle (مضيفة) shares its clause's subject
        start = self.sent_start(cue_first)
        end = cue_first - 1 if ctx.norm(cue_first - 1) == "قد" else cue_first
        for b in range(end - 1, max(start - 1, end - 14), -1):
            if ctx.norm(b) in KANA:
                if b > start and ctx.norm(b - 1) in _CONDITIONALS:
                    return None  # ما إذا كان سيترشح: "whether", no subject of the later verb
                first, last = b + 1, end
                if first >= last or ctx.norm(first) in _EXISTENTIALS:
                    return None  # وكان قد قال: a pronoun subject; وكانت هناك أنشطة: "there were"
                if first in self.open_at and self.open_at[first].close == last - 1:
                    first, last = first + 1, last - 1
                m = self.mention_at.get(first)
                if m is not None and m.last_token <= last:
                    return m, None  # the party's noun phrase, without a modifier after it (في الإقليم)
                # An unknown subject ends before a prepositional modifier (مسؤولون في الوزارة).
                last = next((j for j in range(first + 1, last) if ctx.is_preposition(j)), last)
                return None, (first, last)
            t = ctx.tokens[b]
            if not (t.kind in ("word", "quote") or t.text in "#_") or b in self.cue_at or ctx.is_complementizer(b) \
                    or b in self.source_at or ctx.norm(b) in _CLAUSE_OPENERS or ctx.norm(b) in RELATIVES:
                return None
            if t.kind == "quote" and (b in self.close_at and self.close_at[b].open < b - 5
                                      or b in self.open_at and self.open_at[b].close >= end):
                return None  # «… وكانت هناك أنشطة» مضيفة: a كان inside a quotation is the speaker's own words
        return None

    def svo_subject(self, cue_first: int) -> ActorMention | None:
        ctx = self.ctx
        start = self.sent_start(cue_first)
        k = cue_first
        skips = 0
        while k > start and skips <= 3:
            m = self.mention_end.get(k)
            if m is not None:
                return None if self.prepositional(m) else m  # ووجه حديثه لأوباما قائلا: لـ marks no subject
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

    def pronoun_speaker(self, h: FHit):
        """The antecedent of a cue without an overt subject: ``(actor, start, end, rule, (gender, number) or None)``.

        In this order: the subject of the verb before a comma that the cue is
        coordinated with (…، وطالبوا), unless a statement comes between; a
        statement of the same sentence the cue continues (rule 4); the subject
        of the sentence's opening verb or كان (:meth:`sentence_subject`),
        nearer than any statement of an earlier sentence (وكانت «الصحيفة»
        نشرت…، حيث ذكرت أن…); a statement of an earlier sentence; for a
        participle or a coordinated verb the main clause's party; the previous
        sentence's subject. ``None`` when nothing agrees.
        """
        cont = self.continuation(h)
        nearer = self.clause_subject(h) if self.coordinated(h) else None
        if nearer is not None and (cont is None or nearer.start > cont[0].start):
            return nearer.actor, nearer.start, nearer.end, "hal", None
        if cont is None or self.ctx.sent_of[self.token_at(cont[0].start)] != self.ctx.sent_of[h.first]:
            subject = self.sentence_subject(h)
            if subject is not None:
                return (*subject, "hal", None)
        if cont is not None:
            q, gender, number = cont
            return q.speaker, q.speaker_start, q.speaker_end, "continuation", (gender, number)
        if h.aspect == "participle" or self.coordinated(h):
            m = self.main_clause_subject(h)
            return (m.actor, m.start, m.end, "hal", None) if m is not None else None
        m = self.previous_subject(h)
        return (m.actor, m.start, m.end, "continuation", None) if m is not None else None

    def sentence_subject(self, h: FHit) -> tuple[str | None, int, int] | None:
        """The subject of the verb or كان opening the cue's sentence, if it agrees with the cue: (actor, start, end).

        After كان any noun phrase (a quoted name too: وكانت «الصحيفة» قد
        نشرت…); after another opening verb only a party mention or a role or
        source noun (a noun opening a nominal sentence is no verb).
        """
        ctx = self.ctx
        s0 = self.sent_start(h.first)
        if h.first <= s0 + 2 or not h.tag or ctx.tokens[s0].kind != "word":
            return None
        opener = ctx.norm(s0)
        if opener in KANA:
            k = s0 + 1
            if k in self.open_at and self.open_at[k].close < min(h.first, k + 6):
                first, last = k + 1, self.open_at[k].close
            elif self.mention_at.get(k) is not None and not self.prepositional(self.mention_at[k]):
                first, last = k, self.mention_at[k].last_token
            elif ctx.tokens[k].kind == "word" and not ctx.is_preposition(k) and k not in self.cue_at \
                    and not ctx.is_complementizer(k) and ctx.norm(k) != "قد":
                first, last = k, self.extend_name(k + 1)
            else:
                return None
            gender = "f" if opener.endswith(("ت", "تا")) else "m"
            number = "p" if opener.endswith(("وا", "ا")) else self.head_number(first)
        else:
            m = self.main_clause_subject(h)
            if m is not None:
                return m.actor, m.start, m.end
            return None
        if last >= h.first or gender != h.tag[:1] or not agrees(number, tag_number(h.tag)):
            return None
        start, end = self.span(first, last)
        m = self.mention_at.get(first)
        return (m.actor if m is not None and m.last_token <= last else None), start, end

    def main_clause_subject(self, h: FHit) -> ActorMention | None:
        """The subject of the sentence's opening verb, shared by a later verb of the sentence.

        A حال participle (نافيةً، مؤكدا) shares the subject of the main verb
        (وشككت وزارة الدفاع … نافية …), and so does a verb coordinated after a
        comma (ورفض المتظاهرون القرار، وطالبوا …).
        """
        s0 = self.sent_start(h.first)
        if h.first <= s0 + 1:
            return None
        return self.opening_subject(s0, h.first, h)

    def clause_subject(self, h: FHit) -> ActorMention | None:
        """The subject of the verb before the comma, in subject-verb order: إلا أن الأهالي رفضوا ذلك، وطالبوا….

        The nearest party mention of the sentence that is followed by an
        agreeing verb (no article, not a preposition) before the cue.
        """
        ctx = self.ctx
        s0 = self.sent_start(h.first)
        for k in range(h.first - 1, s0, -1):
            m = self.mention_end.get(k)
            if m is None or m.first_token < s0 or self.prepositional(m):
                continue
            if k >= h.first or ctx.tokens[k].kind != "word" or k in ctx.covered or ctx.is_definite_word(k) \
                    or ctx.is_preposition(k) or ctx.is_complementizer(k) or ctx.norm(k)[:1] == "و":
                continue  # وفرنسا وأوكرانيا: a conjunct, not a verb, follows
            verb = ctx.norm(k)
            gender = "f" if verb.endswith(("ت", "تا")) or verb.startswith("ت") and not verb.endswith("وا") else "m"
            number = "p" if verb.endswith(("وا", "ون")) else "s"
            if gender == h.tag[:1] and agrees(number, tag_number(h.tag)):
                return m
            return None
        return None

    def opening_subject(self, s0: int, end: int, h: FHit) -> ActorMention | None:
        """The party mention after the verb opening tokens s0.. (ending before ``end``), if it agrees with ``h``.

        The opening word must look like a verb (no article, not a preposition
        or complementizer) and agree with the cue in gender (perfect feminine
        ـت ~ ـة) and number.
        """
        ctx = self.ctx
        if not ctx.is_word(s0) or ctx.tokens[s0].kind != "word":
            return None
        if s0 in ctx.covered or ctx.is_definite_word(s0) or ctx.is_preposition(s0) or ctx.is_complementizer(s0):
            return None
        m = self.mention_at.get(s0 + 1)
        if m is None or m.last_token > end or self.prepositional(m):
            return None
        verb = ctx.norm(s0)
        if verb.endswith("ت") != (h.tag[:1] == "f"):
            return None
        number = "p" if verb.endswith("وا") else self.noun_number(m, (m.first_token, m.last_token))
        return m if agrees(number, tag_number(h.tag)) else None

__all__ = ["SpeakerRules", "RELATIVES", "RESUMPTIVES"]
