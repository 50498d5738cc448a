"""The antecedent of a statement without an overt subject: continuation, the sentence's subject, hal.

Rule 4 of :mod:`analysis.framing.quotes` in full: a pronoun or continuation
cue (وأضاف، مشيرا، وطالبوا) takes the speaker of the nearest agreeing earlier
statement, or the subject of its own sentence's opening verb or كان, or of
the verb it is coordinated with; a circumstantial participle (حال) shares the
subject of its main clause. Nothing is guessed: the antecedent must agree in
gender and number, and reaches back no further than the previous paragraph.
"""

from __future__ import annotations

from analysis.framing.actors import ActorMention
from analysis.framing.context import ADVERBIALS, FHit
from analysis.framing.quote_agreement import RELATIVES, AgreementRules, agrees, tag_number, verb_features
from analysis.framing.quote_clauses import KANA
from analysis.framing.quote_clitics import article_after

#: Independent pronouns, ما and negations: a clause (وهو ما يرجع…، لا تكاد), not a noun phrase, stands before the verb.
PRONOUNS = frozenset(p + w for p in ("", "و", "ف") for w in ("هو", "هي", "هم", "هما", "هن", "ما", "مما",
                                                                 "لا", "لم", "لن", "ليس", "ليست"))


class AntecedentRules(AgreementRules):
    """Resolving a subject-less cue to the speaker it continues or the subject it shares."""

    def previous_subject(self, h: FHit) -> tuple[str | None, int, int] | None:
        """The subject of the previous sentence's opening verb, for a pronoun with no earlier statement.

        واستقبل الرئيس الروسي فلاديمير بوتين الوفد. وقال إن…: the pronoun of
        قال is بوتين. Only from the previous sentence, when it made no
        statement, and when the verbs agree in gender and number.
        """
        sent = self.ctx.sent_of[h.first]
        if sent == 0 or self.out_by_sent.get(sent - 1) or self.out_by_sent.get(sent):
            return None
        prev = self.ctx.sentences[sent - 1]
        return self.opening_subject(prev.first_token, prev.last_token, h, parties_only=True)

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
            start, end = self.nearest_mention(q, h)
            return q.speaker, start, end, "continuation", (gender, number)
        if h.aspect == "participle" or self.coordinated(h):
            m = self.main_clause_subject(h)
            return (*m, "hal", None) if m is not None else None
        m = self.previous_subject(h)
        return (*m, "continuation", None) if m is not None else None

    def nearest_mention(self, q, h: FHit) -> tuple[int, int]:
        """The span of the last mention of ``q``'s speaker before the cue (ورفض فلان …، مكتفيا بالقول).

        The guideline points a continuation to the nearest earlier mention of
        the same speaker: the same words written again in the cue's own
        sentence, after the statement it continues, are that mention.
        Searched in the cue's sentence only, so the cost stays per sentence.
        """
        ctx = self.ctx
        surface = ctx.text[q.speaker_start:q.speaker_end]
        lo = max(q.speaker_end, self.ctx.tokens[self.sent_start(h.first)].start)
        at = ctx.text.rfind(surface, lo, h.start) if surface and lo < h.start else -1
        stop = at + len(surface)
        if at < 0 or self.token_at(at) < 0 or stop < len(ctx.text) and ctx.text[stop].isalpha():
            return q.speaker_start, q.speaker_end  # only whole words (not الوزير in الوزيرة)
        return at, at + len(surface)

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
            gender, number = verb_features(opener)
            number = self.head_number(first) if number == "?" else number
        else:
            return self.main_clause_subject(h)
        if last >= h.first or gender != h.tag[:1] or not agrees(number, tag_number(h.tag)):
            return None
        start, end = self.span(first, last)
        m = self.mention_at.get(first)
        return (m.actor if m is not None and m.last_token <= last else None), start, end

    def main_clause_subject(self, h: FHit) -> tuple[str | None, int, int] | None:
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
            gender, number = verb_features(ctx.norm(k), after_subject=True)
            if gender == h.tag[:1] and agrees("s" if number == "?" else number, tag_number(h.tag)):
                return m
            return None
        return None

    def opening_subject(self, s0: int, end: int, h: FHit, *,
                        parties_only: bool = False) -> tuple[str | None, int, int] | None:
        """The subject after the verb opening tokens s0.. (ending before ``end``), if it agrees with ``h``: (actor, start, end).

        The opening word must look like a verb (no article, not a preposition
        or complementizer; a reporting verb is one, whether or not it made a
        statement) and agree with the cue in gender (perfect feminine ـت ~
        ـة) and number. A prepositional or adverbial opener closed by a comma
        (على صعيد آخر، تظاهر الأهالي…) is skipped. The subject is a party
        mention, or (unless ``parties_only``) a noun phrase the registry does
        not know: after a reporting verb, a role or source noun, or a title
        before a name (فند رئيس البلدية…، كشفت مصادر مطلعة…، وقلل المهندس فلان…)
        unless the opener is itself a source noun in the construct state (مصادر الجيش).
        """
        ctx = self.ctx
        s0 = self.after_opening_phrase(s0, end)
        if s0 >= end - 1 or not ctx.is_word(s0) or ctx.tokens[s0].kind != "word":
            return None
        cover = ctx.covered.get(s0)
        verb_cue = cover is not None and cover.kind == "cue" and cover.aspect in ("perfect", "imperfect") \
            and cover.first == s0 and not ctx.cues.cue(cover.ref).medium  # جاء القرار: no speaker comes
        if (cover is not None and not verb_cue) or ctx.is_definite_word(s0) or ctx.is_preposition(s0) \
                or ctx.is_complementizer(s0):
            return None
        k = self.skip_adverbials((cover.last if verb_cue else s0 + 1), end)
        m = self.mention_at.get(k)
        role = ctx.covered.get(k)
        if m is not None and m.last_token <= end and not self.prepositional(m):
            first, last, actor = m.first_token, m.last_token, m.actor
        elif k < end and ctx.tokens[k].kind == "word" and not ctx.is_preposition(k) and not ctx.is_complementizer(k) \
                and not parties_only and k not in self.cue_at \
                and (verb_cue and (ctx.is_definite_word(k) or self.head_number(k) == "p")
                     or role is not None and role.kind == "role" or self.noun_in(ctx.norm(k), self.source_nouns)
                     or self.titled_name(k, end) and not self.noun_in(ctx.norm(s0), self.source_nouns)) \
                and (role is None or role.kind == "role") and not ctx.verbal_noun(k) \
                and not article_after(ctx.norm(k), "لبك"):
            first, last, actor = k, min(self.extend_name(role.last if role is not None else k + 1), end), None
        else:
            return None
        gender, number = verb_features(ctx.norm(s0), cover.tag if verb_cue else "")
        if (gender == "f") != (h.tag[:1] == "f"):
            return None
        if number == "?":
            number = self.noun_number(m if actor is not None else None, (first, last))
        if not agrees(number, tag_number(h.tag)):
            return None
        start, stop = self.span(first, last)
        return actor, start, stop

    def titled_name(self, k: int, end: int) -> bool:
        """A definite title followed by a name (المهندس علي، الفنانة داليا): a person, not a thing (القرار، الحفل).

        A name has no article, is no preposition, cue, complementizer or
        verbal noun, and ends the clause's first noun phrase.
        """
        ctx = self.ctx
        n = k + 1
        return (ctx.is_definite_word(k) and n < end and ctx.tokens[n].kind == "word" and not ctx.is_definite_word(n)
                and not ctx.is_preposition(n) and not ctx.is_complementizer(n) and n not in ctx.covered
                and not ctx.verbal_noun(n) and ctx.norm(n) not in PRONOUNS and ctx.norm(n) not in RELATIVES)

    def after_opening_phrase(self, s0: int, end: int) -> int:
        """The token after a prepositional or adverbial opener closed by a comma (من جهة أخرى، / ميدانيا،), else ``s0``."""
        ctx = self.ctx
        if not (ctx.is_preposition(s0) or ctx.bare(s0) in ADVERBIALS or ctx.norm(s0).endswith("يا")):
            return s0
        for j in range(s0 + 1, min(end, s0 + 5)):
            if ctx.tokens[j].text in "،,":
                return j + 1
            if ctx.tokens[j].kind != "word" or j in self.cue_at:
                return s0
        return s0


__all__ = ["AntecedentRules", "PRONOUNS"]
