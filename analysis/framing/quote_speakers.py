"""Speakers without an overt subject after the verb: SVO subjects, genitive parties, pronouns.

Rules 2 (construct-state party), 3 (SVO) and 4 (pronoun continuation and the
circumstantial participle) of :mod:`analysis.framing.quotes`.
"""

from __future__ import annotations

from analysis.framing.actors import ActorMention
from analysis.framing.context import ADVERBIALS, FHit
from analysis.framing.quote_clauses import ClauseRules


class SpeakerRules(ClauseRules):
    """Finding the speaker of a statement when it is not the word after the verb."""

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
            earlier = self.out_by_sent.get(target, ())
            for q, g in reversed(earlier):
                if q.start < h.start and g == gender:
                    return q
            if earlier and target == sent - 1:
                return None
        return None


__all__ = ["SpeakerRules"]
