"""Subjects standing before the verb: after كان, a relative, a complementizer, a topic; genitive parties.

Rules 2 (construct-state party) and 3 (SVO) of :mod:`analysis.framing.quotes`.
Rule 4 (pronoun continuation, the sentence's subject, the circumstantial
participle) is in :mod:`.quote_antecedents`, the agreement it rests on in
:mod:`.quote_agreement`.
"""

from __future__ import annotations

from analysis.framing.actors import ActorMention
from analysis.framing.context import ADVERBIALS
from analysis.framing.quote_agreement import RELATIVES
from analysis.framing.quote_antecedents import PRONOUNS, AntecedentRules
from analysis.framing.quote_clauses import KANA
from analysis.framing.quote_clitics import after_conjunction, article_after, pronoun_suffix

#: A preposition with the pronoun that resumes a relative (الوقت الذي أعلنت فيه الوزارة): not a subject.
RESUMPTIVES = frozenset(p + e for p in ("في", "عن", "ل", "من", "الي", "ب", "علي", "مع")
                        for e in ("ه", "ها", "هم", "هما"))
#: Particles before كان that make it "whether / if it was" (ما إذا كان): no subject of a later verb follows.
_CONDITIONALS = frozenset({"اذا", "لو", "ان", "ما"})
#: "There is / are" after كان (وكانت هناك أنشطة): no subject follows.
_EXISTENTIALS = frozenset({"هناك", "هنالك", "ثمه"})
#: Particles before a verb (أن مستأجرا فقد وضعه…): what stands before the cue is a clause; قد right before it is the cue's own.
#: لكنّ (with or without و) governs a noun like إنّ: the noun after it is the later verb's subject.
_BUT = frozenset({"لكن", "ولكن"})
_VERB_PARTICLES = frozenset({"قد", "فقد", "لقد", "وقد", "سوف"})
#: Words a subject standing before its verb never contains: they open another clause.
_CLAUSE_OPENERS = frozenset({"عندما", "حين", "حينما", "بعدما", "لما", "اذا", "لو", "كلما", "ريثما", "بينما",
                             "فيما", "حيث", "اذ", "قبل", "بعد", "منذ", "ثم", "لكن", "لان", "كي", "لكي"})


class SpeakerRules(AntecedentRules):
    """Finding the speaker of a statement when it is not the word after the verb."""

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
        if cue is not None and pronoun_suffix(cue.clitics):
            return None  # الأعمال التي وصفتها باكو: the suffix is the relative, the object
        if cue is not None and not self.relative_agrees(cue):
            return None  # الوقت الذي أعلنت فيه الوزارة: the subject follows the verb
        m = self.mention_end.get(rel)
        if m is not None:
            return m, None
        first = rel
        while first > rel - 4 and first > self.sent_start(cue_first) and ctx.is_definite_word(first - 1) \
                and first - 1 not in ctx.fhit_at and not ctx.is_preposition(first - 1):
            first -= 1
        if ctx.verbal_noun(rel - 1, definite=True) or first < rel and ctx.verbal_noun(first, definite=True):
            # An event is no speaker. With a content clause (الهجوم الذي قال إن حصيلته…) the verb has
            # a pronoun subject (an antecedent further back); without one the event is what was
            # announced (عمليات الإعدام التي أعلنت: a passive), and there is no statement.
            return None if ctx.is_complementizer(cue_first + 1) else (None, None)
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

        In this order: the topic of أما (:meth:`amma_subject`), after كان (:meth:`kana_subject`), the antecedent of a
        relative (:meth:`relative_subject`), a party mention right before the
        verb (:meth:`svo_subject`), the subject after a complementizer
        (:meth:`complement_subject`), a topic before a comma (:meth:`topic_subject`).
        A tuple ``(mention or None, token range or None)``, a mention, or ``None``.
        """
        return (self.amma_subject(cue_first) or self.kana_subject(cue_first) or self.relative_subject(cue_first)
                or self.svo_subject(cue_first)
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
        if cue is None or cue.aspect not in ("perfect", "imperfect") or after_conjunction(cue.clitics):
            return None  # a participle (واصفا) shares its clause's subject; it has none of its own
        start = self.sent_start(cue_first)
        for b in range(cue_first - 1, max(start - 1, cue_first - 12), -1):
            if ctx.is_complementizer(b) or ctx.norm(b) in _BUT:  # لكن فلان قال: لكنّ, like إنّ, before its noun
                if b + 1 >= cue_first or ctx.norm(b + 1)[:1] == "ي" or ctx.is_preposition(b + 1):
                    return None  # أن يرتفع عدد القتلى: a verb, not a subject, after أن
                if b > start and ctx.bare(b - 1) in ("بعد", "قبل", "منذ", "الي", "حتي") \
                        and not self.cue_preposition(b - 1, start):
                    return None  # بعد أن تجاوزت التكاليف…: a temporal أن opens a verbal clause
                last = cue_first - 1 if ctx.norm(cue_first - 1) == "قد" and cue_first - 1 > b + 1 else cue_first
                return None, (b + 1, last)  # إن الوزير قد أعلن: قد is the verb's
            if ctx.tokens[b].kind != "word" or ctx.norm(b) in _CLAUSE_OPENERS or ctx.norm(b) in RELATIVES \
                    or ctx.norm(b) in PRONOUNS or ctx.norm(b) in _VERB_PARTICLES and b < cue_first - 1 or (
                    b in ctx.covered and ctx.covered[b].kind in ("cue", "source")) or b in self.cue_at:
                return None
        return None

    def cue_preposition(self, p: int, start: int) -> bool:
        """Is the preposition at ``p`` the own preposition of a cue shortly before it (لفت المصدر إلى أن…)?

        Then إلى أن introduces the cue's content, not "until".
        """
        ctx = self.ctx
        return any(j in self.cue_at and ctx.bare(p) in ctx.cues.cue(self.cue_at[j].ref).preps
                   for j in range(max(start, p - 6), p))

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
        if cue is None or cue.aspect not in ("perfect", "imperfect") or after_conjunction(cue.clitics) \
                or comma <= start or ctx.tokens[comma].text not in "،," or comma - start > 12:
            return None
        if ctx.is_preposition(start) or ctx.bare(start) in ADVERBIALS or ctx.starts_connector(start) \
                or ctx.adverbial_phrase(start) or ctx.bare(start) != ctx.norm(start) \
                or article_after(ctx.norm(start), "لبك", conjunction=True) or ctx.is_complementizer(start):
            return None
        for b in range(start, comma):
            t = ctx.tokens[b]
            if not (t.kind == "word" or t.text in "،,") or self.opens_another_clause(b):
                return None
        m = self.mention_at.get(start)
        return (m if m is not None and m.last_token <= comma else None), (start, comma)

    def amma_subject(self, cue_first: int) -> tuple[ActorMention | None, tuple[int, int] | None] | None:
        """The topic of أما before its verb: أما الوزير فقال، أما وزير الدولة، فلان قال.

        Up to twelve words (and commas) between أما and a perfect or imperfect
        cue, with no cue, source phrase, complementizer or clause opener among
        them; a prepositional topic (أما بالنسبة إلى، أما في الداخل) is no subject.
        """
        ctx = self.ctx
        cue = ctx.fhit_at.get(cue_first)
        if cue is None or cue.aspect not in ("perfect", "imperfect"):
            return None
        start = self.sent_start(cue_first)
        end = cue_first - 1 if ctx.norm(cue_first - 1) == "قد" else cue_first
        for b in range(end - 1, max(start - 1, end - 14), -1):
            if ctx.norm(b) in ("اما", "واما"):
                first, last = b + 1, end
                while last > first and ctx.tokens[last - 1].text in "،,":
                    last -= 1
                if first >= last or ctx.is_preposition(first) or article_after(ctx.norm(first), "بل"):
                    return None
                m = self.mention_at.get(first)
                if m is not None and m.last_token <= last:
                    return m, (first, last)
                return None, (first, last)
            t = ctx.tokens[b]
            if not (t.kind == "word" or t.text in "،,") or self.opens_another_clause(b):
                return None
        return None

    def opens_another_clause(self, b: int) -> bool:
        """Is token ``b`` one a subject standing before its verb never holds: a cue, a source phrase, a complementizer, a relative or a clause opener?"""
        ctx = self.ctx
        return b in self.cue_at or b in self.source_at or ctx.is_complementizer(b) or ctx.norm(b) in RELATIVES \
            or ctx.norm(b) in _CLAUSE_OPENERS

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
            if not (t.kind in ("word", "quote") or t.text in "#_") or self.opens_another_clause(b):
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
                fh = ctx.covered.get(m.first_token)
                if fh is not None and fh.alias_kind == "nisba" and "ال" in fh.clitics and m.first_token > start \
                        and ctx.is_definite_word(m.first_token - 1) and m.first_token - 1 not in ctx.covered:
                    return None  # العلاقات السودانية الروسية وقال: a nisba adjective of a noun is no subject
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
        if fh is not None and fh.kind == "role" and fh.first == m.first_token \
                and m.last_token > fh.last and (end is None or end == k + 1):
            return m  # مستشار الرئيس الفلسطيني: an office and its party's nisba, in genitive
        if fh is None or fh.kind != "actor" or fh.first != m.first_token:
            return None
        if fh.alias_kind == "nisba" and "ال" not in fh.clitics:
            return None
        if fh.alias_kind == "nisba" and self.head_number(m.first_token) == "p" and not self.office_noun(k):
            return None  # ودعا عباس الإسرائيليين: a people after a name is the object (but قائد الحوثيين)
        if end is not None and end != k + 1 and fh.alias_kind != "nisba":
            # After a longer genitive only an agreeing adjective (اليمنية)
            # belongs to the phrase; a name there (السكان) starts the object.
            return None
        return m

    def office_noun(self, k: int) -> bool:
        """Is the word at ``k`` an office or a source, which takes its party in the genitive (قائد، زعيم، مصادر)?"""
        ctx = self.ctx
        n = ctx.norm(k)
        return (k in ctx.covered and ctx.covered[k].kind == "role" or self.noun_in(n, self.source_nouns)
                or "ال" + n in ctx.registry.person_titles)


__all__ = ["SpeakerRules", "RELATIVES", "RESUMPTIVES"]
