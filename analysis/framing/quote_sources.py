"""Source phrases ("according to"): بحسب، وفق، نقلا عن، على لسان… and their source.

Rule 5 of :mod:`analysis.framing.quotes`, and the "in accordance with" readings
of rule 7.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from functools import cached_property

from analysis.framing.actors import ActorMention
from analysis.framing.context import FHit
from analysis.framing.quote_clauses import SUFFIX_TAGS, ClauseRules
from analysis.framing.quote_clitics import pronoun_readings, pronoun_suffix, without_preposition
from analysis.framing.quote_record import Quote


def _elative(n: str) -> bool:
    """The أفعل pattern of the elative (أفضل، أعلى، أحدث), normalized: ا + three letters."""
    return len(n) == 4 and n[0] == "ا"


class SourceRules(ClauseRules):
    """The statement of each source phrase."""

    @cached_property
    def _connector_commas(self) -> tuple[list[int], list[int]]:
        """Token indices of the document's commas that a connector follows, and where each clause starts.

        Built once per document, so finding the clause a phrase closes costs a
        bisection instead of a scan from the start of the sentence (a long
        sentence with many source phrases would otherwise be quadratic).
        """
        ctx = self.ctx
        at: list[int] = []
        starts: list[int] = []
        for j, token in enumerate(ctx.tokens):
            if token.text in "،,":
                n = ctx.starts_connector(j + 1)
                if n:
                    at.append(j)
                    starts.append(j + 1 + n)
        return at, starts

    def saying_pronoun(self, k: int) -> str:
        """The person tag of a noun of saying with a pronoun at ``k`` (قوله → ``ms``, روايتها → ``fs``), else ``""``."""
        return next((SUFFIX_TAGS[pronoun] for stem, pronoun in pronoun_readings(self.ctx.norm(k), pronouns=tuple(SUFFIX_TAGS))
                     if stem in self.saying_nouns), "")

    def governed_what(self, h: FHit, verb_at: int) -> bool:
        """Is ``ما`` + the verb at ``verb_at`` after the phrase "what was …" rather than a source?

        حسب ما يراه، وفق ما ينص عليه: neither a reporting nor a publishing verb
        ("in accordance with what …"); after على only a reporting verb without an
        object pronoun names a source (على ما أفاد مصدر), while ردا على ما قاله X،
        على ما نشره الموقع, and an agentless verb (اعترضوا على ما تردد عن…: the
        rumour is its own statement) are governed by على.
        """
        ctx = self.ctx
        on = ctx.bare(h.first) == "علي"
        verb = self.cue_at.get(verb_at)
        if verb is None:
            return on or not self.publishing_verb(verb_at)
        return on and (bool(pronoun_suffix(verb.clitics)) or ctx.norm(verb.last) in self.resumed_by_bi
                       or verb.aspect != "noun" and ctx.cues.cue(verb.ref).agentless)  # اعترض على ما تردد عن…

    def what_verb(self, h: FHit) -> int | None:
        """Where the verb after the phrase's ما stands (حسبما أفاد، بحسب ما ذكرت، على ما أفاد), else ``None``."""
        ctx = self.ctx
        if ctx.tokens[h.last - 1].norm.endswith("ما"):
            return h.last
        return h.last + 1 if ctx.norm(h.last) in ("ما", "لما") else None

    def not_a_source(self, k: int) -> bool:
        """The source phrase at ``k`` introduces "what was …" governed by the clause (see :meth:`governed_what`)."""
        h = self.source_at[k]
        verb_at = self.what_verb(h)
        return verb_at is not None and verb_at < len(self.ctx.tokens) and self.governed_what(h, verb_at)

    def publishing_verb(self, k: int) -> bool:
        """Is token ``k`` a verb of publishing (نشرت، أوردته، بثها)? After بحسب ما it names a source."""
        n = self.ctx.norm(k)
        return n in self.publishing_verbs or any(stem in self.publishing_verbs for stem, _ in pronoun_readings(n))

    # -- source phrases -------------------------------------------------------------
    def source(self, h: FHit) -> list[tuple[Quote, str, str]]:
        ctx = self.ctx
        if self.adverb_not_source(h.first):
            return []  # ليس اقتصاديا فحسب، بل…: the adverb "only"
        s_first, s_last = self.sent_start(h.first), self.sent_end(h.first)
        k = h.last
        speaker: ActorMention | None = None
        stext: tuple[int, int] | None = None
        np_end = k
        for j in range(max(s_first, h.first - 4), h.first):
            if j in self.cue_at and ctx.bare(h.first) in ctx.cues.cue(self.cue_at[j].ref).preps:
                return []  # شدد الوزير على ما جاء في البيان: the verb's own preposition, not a source
        resolved = None
        tag = self.saying_pronoun(k) if k < s_last else ""
        if tag:  # حسب قوله، على حد تعبيره: the pronoun's antecedent is the source
            np_end = k + 1
            cont = self.continuation(replace(h, tag=tag))
            resolved = cont[0] if cont is not None else None
        elif ctx.norm(h.last - 1) in self.saying_sources:
            return []  # على حد سواء: no noun of saying, no source
        verb_at = None if tag else self.what_verb(h)  # a noun of saying with its pronoun is no ما
        if verb_at is not None and k < s_last and self.governed_what(h, verb_at):
            return []
        if verb_at is not None and k < s_last:
            verb_h = self.cue_at.get(verb_at)
            if verb_h is not None:
                self.consumed.add(verb_at)
                verb_at = verb_h.last - 1
            j = self.skip_adverbials(verb_at + 1, s_last)
            if ctx.norm(j) in self.resumed_by_bi:  # resumptive pronoun: حسب ما صرح به X
                j += 1
            m = self.mention_at.get(j)
            spokesman = self.spokesman(j, s_last)
            if verb_h is not None and (j >= s_last or ctx.is_preposition(j) or ctx.tokens[j].kind != "word") \
                    and m is None:
                # بحسب ما ذكر أمس في مؤتمر صحافي: no subject after the verb, its pronoun's antecedent speaks
                cont = self.continuation(verb_h)
                tag, resolved = verb_h.tag or "?", cont[0] if cont is not None else None
            elif spokesman is not None:
                speaker, np_end = spokesman
                stext = (j, np_end)
            elif m is not None:
                speaker, np_end = m, m.last_token
            elif j < s_last and ctx.tokens[j].kind == "word":
                np_end = self.extend_name(j + 1)  # حسبما نقلت وكالة الأنباء الرسمية
                stext = (j, np_end)
        elif k < s_last and not tag:
            m = self.mention_at.get(k)
            spokesman = self.spokesman(k, s_last)
            if spokesman is not None:  # على لسان المتحدث باسم الجيش
                speaker, np_end = spokesman
                stext = (k, np_end)
            elif m is not None:
                speaker, np_end = m, m.last_token
            elif k in self.open_at and self.open_at[k].close - k <= 5:  # وبحسب "الألمانية"، …: a quoted name
                close = self.open_at[k].close
                stext, np_end = ((k + 1, close) if close > k + 1 else None), close + 1
                m = self.mention_at.get(k + 1)
                if m is not None and m.last_token <= close:
                    speaker = m
            elif ctx.tokens[k].kind == "word":
                stext = (k, self.extend_name(k + 1))
                np_end = stext[1]
                noun = ctx.norm(k)
                bare = without_preposition(noun, article=False, letters="ل")
                owned = bare[:-1] if ctx.tokens[k].text.endswith("ه") else bare  # بحسب مصدره: its source
                source_noun = (self.noun_in(noun, self.source_nouns) or self.noun_in(bare, self.source_nouns)
                               or self.noun_in(owned, self.source_nouns) or self.noun_in(bare, self.saying_nouns)
                               or (k in ctx.covered and ctx.covered[k].kind in ("role", "actor")))
                if not source_noun and (self.noun_in(noun, self.criterion_nouns) or self.noun_in(bare, self.criterion_nouns)):
                    return []  # وفقا لإطار الاتفاق، حسب طبيعة العمل: a criterion, not a source
                ends = k + 1 >= s_last or ctx.tokens[k + 1].kind in ("punct", "quote")
                if not source_noun and ctx.is_definite_word(k) and not ends:
                    return []  # حسب المعايير، وفق الخطة: "in accordance with", not a source (بحسب الوطن. is)
                if not source_noun and ctx.norm(k + 1) in self.criterion_quantifiers:
                    return []  # حسب طبيعة كل نشاط: a quantified genitive is a criterion
                if not source_noun and _elative(noun) and ctx.is_definite_word(k + 1):
                    return []  # وفق أفضل المعايير: an elative in construct is a criterion
                if not source_noun and (noun.endswith(("ها", "هم", "هما", "هن"))
                                        or ctx.tokens[k].text.endswith("ه") and len(noun) > 3):
                    return []  # وفقا لمصالحها، كل بحسب عمله: "its interests" is a criterion; a source needs a source
                if source_noun:
                    j = k + 1
                    if ctx.norm(j) in ("صادر", "الصادر", "صدر", "الصادره", "صادره", "صدرت") and ctx.norm(j + 1) == "عن":
                        j += 2
                    elif ctx.norm(j) == "عن":
                        j += 1
                    m = self.mention_at.get(j)
                    if m is not None:  # بيان صدر عن الرئاسة: the party, not the medium, is the speaker
                        speaker, np_end, stext = m, m.last_token, None
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
                return []
            c_last = self.content_end(c_first)
        else:
            c_last = before if ctx.tokens[before].text in "،," else h.first
            # The clause starts after the last comma + connector before the phrase in this sentence.
            at, starts = self._connector_commas
            i = bisect.bisect_left(at, c_last) - 1
            c_first = starts[i] if i >= 0 and at[i] >= s_first else s_first
            if c_first >= c_last:
                return []
        sid = speaker.actor if speaker is not None else None
        if tag:
            sid = resolved.speaker if resolved is not None else None
            s_start = resolved.speaker_start if resolved is not None else None
            s_end = resolved.speaker_end if resolved is not None else None
        elif stext is not None:
            s_start, s_end = self.span(*stext)
            if speaker is not None:
                s_end = max(s_end, speaker.end)
        elif speaker is not None:
            s_start, s_end = speaker.start, speaker.end
        else:
            s_start = s_end = None
        s_text = ctx.text[s_start:s_end] if s_start is not None else None
        cs, ce = self.span(c_first, c_last)
        # A source's speaker may be continued by any later pronoun (بحسب المدير، … وأوضح أن…).
        features = ("?", "?") if s_start is not None else ("", "?")
        return [(Quote(h.start, h.end, sid, s_text, h.lemma, "according_to", cs, ce, s_start, s_end, "source"),
                 *features)]


__all__ = ["SourceRules"]
