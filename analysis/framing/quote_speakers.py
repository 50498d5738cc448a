"""Speakers without an overt subject after the verb: SVO subjects, genitive parties, pronouns.

Rules 2 (construct-state party), 3 (SVO) and 4 (pronoun continuation and the
circumstantial participle) of :mod:`analysis.framing.quotes`.
"""

from __future__ import annotations

from analysis.framing.actors import ActorMention
from analysis.framing.context import ADVERBIALS, FHit
from analysis.framing.quote_clauses import KANA, ClauseRules
from analysis.framing.quote_record import Quote

#: Relative pronouns: the subject of the verb after them is their antecedent.
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي", "اللاتي", "اللذين", "اللتين"})


class SpeakerRules(ClauseRules):
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
        m = self.mention_end.get(rel)
        if m is not None:
            return m, None
        if ctx.verbal_noun(rel - 1, definite=True):
            return None, None  # عمليات الإعدام التي أعلنت: the antecedent is what was announced (a passive)
        first = rel
        while first > rel - 4 and first > self.sent_start(cue_first) and ctx.is_definite_word(first - 1) \
                and first - 1 not in ctx.fhit_at and not ctx.is_preposition(first - 1):
            first -= 1
        return (None, (first, rel)) if first < rel else None

    def complement_subject(self, cue_first: int) -> tuple[None, tuple[int, int]] | None:
        """An unknown subject between a complementizer and the verb: إن الوزيرة قالت إن….

        Up to four words (no punctuation, cue or preposition) after أن / إن.
        """
        ctx = self.ctx
        cue = ctx.fhit_at.get(cue_first)
        if cue is None or cue.aspect not in ("perfect", "imperfect"):
            return None  # a participle (واصفا) shares its clause's subject; it has none of its own
        start = self.sent_start(cue_first)
        for b in range(cue_first - 1, max(start - 1, cue_first - 6), -1):
            if ctx.is_complementizer(b):
                if b + 1 >= cue_first or ctx.norm(b + 1)[:1] == "ي":
                    return None  # أن يرتفع عدد القتلى: a verb, not a subject, after أن
                return None, (b + 1, cue_first)
            if ctx.tokens[b].kind != "word" or ctx.is_preposition(b) or (
                    b in ctx.covered and ctx.covered[b].kind in ("cue", "source")):
                return None
        return None

    def kana_subject(self, cue_first: int) -> tuple[ActorMention | None, tuple[int, int]] | None:
        """The subject between كان and a later verb: وكان مسؤولون أتراك قالوا، وكانت الوزارة قد نفت.

        Up to six words (a quoted name or a hashtag too) after a form of كان
        and before the verb (and قد); a party mention at its head is the speaker.
        """
        ctx = self.ctx
        start = self.sent_start(cue_first)
        end = cue_first - 1 if ctx.norm(cue_first - 1) == "قد" else cue_first
        for b in range(end - 1, max(start - 1, end - 8), -1):
            if ctx.norm(b) in KANA:
                first, last = b + 1, end
                if first >= last:
                    return None  # وكان قد قال: a pronoun subject
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
                    or b in self.source_at:
                return None
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
            if gender == h.tag[:1] and _agrees(number, _number(h.tag)):
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
        return m if _agrees(number, _number(h.tag)) else None

    # -- agreement and pronoun continuation ---------------------------------------
    def features(self, h: FHit, speaker: ActorMention | None, subject: tuple[int, int] | None,
                 rule: str) -> tuple[str, str]:
        """Gender and number (``s``, ``p``, ``?``) a pronoun must agree with to continue this statement.

        A verb before its subject agrees in gender only (قال المسؤولون), so
        the number then comes from the subject: a person is singular, a sound
        plural or dual is plural, anything else (a broken plural) is unknown.
        """
        gender, number = h.tag[:1], _number(h.tag)
        if rule == "vso" and number == "s" and h.aspect != "noun":
            number = self.noun_number(speaker, subject)
        return gender, number

    def noun_number(self, speaker: ActorMention | None, subject: tuple[int, int] | None) -> str:
        ctx = self.ctx
        if speaker is not None and speaker.actor is not None and speaker.actor in ctx.registry \
                and ctx.registry.actor(speaker.actor).type == "person" and subject is None:
            return "s"
        first = subject[0] if subject is not None else speaker.first_token if speaker is not None else None
        if first is None:
            return "?"
        head = ctx.norm(first)
        if head.endswith(("ون", "ين", "ات", "ان")) and len(head) > (6 if head.startswith("ال") else 4):  # not الأمين
            return "p"
        if speaker is not None and speaker.actor in ctx.registry and ctx.registry.actor(speaker.actor).type == "person":
            return "s"
        return "?"

    def continuation(self, h: FHit) -> tuple[Quote, str, str] | None:
        """The statement a subject-less cue continues: the nearest agreeing one before it.

        Looked for in the same sentence, then sentence by sentence backwards
        over narrative sentences without statements, never further back than
        the previous paragraph. The first earlier sentence with statements
        decides: if none of them agrees, the pronoun stays unresolved. A
        source phrase's speaker (بحسب مدير المشروع) agrees with any form.
        """
        gender, number = h.tag[:1], _number(h.tag)
        if not gender:
            return None
        ctx = self.ctx
        sent = ctx.sent_of[h.first]
        floor = ctx.para_of_sent[sent] - 1
        target = sent
        while target >= 0 and ctx.para_of_sent[target] >= floor:
            earlier = self.out_by_sent.get(target, ())
            for q, g, n in reversed(earlier):
                if q.start < h.start and g in (gender, "?") and _agrees(n, number) and q.speaker_start is not None:
                    return q, (gender if g == "?" else g), n
            if earlier and target < sent:
                return None
            target -= 1
        return None


def _number(tag: str) -> str:
    """``s`` or ``p`` (dual counts as plural) of a cue tag; ``?`` for none."""
    return {"s": "s", "p": "p", "d": "p"}.get(tag[1:2], "?")


def _agrees(antecedent: str, pronoun: str) -> bool:
    return antecedent == "?" or pronoun == "?" or antecedent == pronoun


__all__ = ["SpeakerRules", "RELATIVES"]
