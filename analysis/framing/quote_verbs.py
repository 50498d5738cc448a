"""Statements introduced by a reporting verb: subject, complement, kind and content.

Rules 1, 2 and 7 of :mod:`analysis.framing.quotes`; the complement itself is
found by :mod:`analysis.framing.quote_complements`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from analysis.framing.actors import ActorMention
from analysis.framing.context import FHit
from analysis.framing.quote_agreement import RELATIVES
from analysis.framing.quote_clauses import WINDOW
from analysis.framing.quote_clitics import after_conjunction, pronoun_suffix
from analysis.framing.quote_complements import RELATIVE_OPENERS, UNSAID, ComplementRules
from analysis.framing.quote_record import Quote
from analysis.framing.quote_subjects import DEMONSTRATIVES
from analysis.text.clitics import enclitic_splits

#: Plural demonstratives standing alone as a subject (وأكد هؤلاء، وقال أولئك): anaphoric, like a pronoun.
PLURAL_DEMONSTRATIVES = frozenset({"هؤلاء", "هولاء", "اولئك", "هاولاء"})


class VerbRules(ComplementRules):
    """The statement of each reporting verb."""

    # -- reporting verbs ----------------------------------------------------------
    def writer_inference(self, first: int) -> bool:
        """Whether a relative of the writer's inference opens the verb at ``first``.

        مما يشير، وهو ما يؤكد، الأمر الذي يعني: "which indicates", said of the facts
        before it (``inference_nouns`` in cues.yml before الذي / التي / ما).
        """
        ctx = self.ctx
        if first < 1:
            return False
        before = ctx.norm(first - 1)
        if before == "مما":
            return True
        return (first >= 2 and before in ("الذي", "التي", "ما")
                and ctx.norm(first - 2) in self.inference_nouns)

    def feeling(self, c_first: int, c_last: int) -> bool:
        """Is the content a feeling with its owner's pronoun and no clause (عن سعادته بالفوز; not ثقته بأن…)?

        Expressing joy or thanks is no statement (coding guideline); the
        nouns are ``feeling_nouns`` in cues.yml.
        """
        ctx = self.ctx
        if c_first >= c_last or any(ctx.is_complementizer(j) for j in range(c_first, c_last)):
            return False
        return any(enclitics and self.noun_in(stem, self.feeling_nouns)
                   for stem, enclitics in enclitic_splits(ctx.norm(c_first)))

    def adjective_participle(self, h: FHit) -> bool:
        """Is the participle at ``h`` an adjective of the indefinite plural or feminine noun before it?

        إصابات مؤكدة بالفيروس، حالات مؤكدة، معلومات مؤكدة: "confirmed", not
        "stating". A حال participle follows a comma or its clause (وقال
        الوزير مؤكدا…), and one right after an indefinite noun still states
        when its content is a complementizer, a colon or a quotation
        (وقالت مصادر مؤكدة أن…).
        """
        ctx = self.ctx
        prev = h.first - 1
        if prev < 0 or ctx.tokens[prev].kind != "word" or h.clitics or ctx.is_definite_word(prev) \
                or prev in ctx.covered or h.first in self.mention_end or ctx.is_preposition(prev):
            return False
        noun = ctx.tokens[prev].text
        if not (noun.endswith("ات") and len(noun) >= 4 or h.tag == "fs" and noun.endswith("ة")):
            return False
        nxt = h.last
        return not (nxt < len(ctx.tokens) and (ctx.is_complementizer(nxt) or ctx.tokens[nxt].text == ":"
                                               or nxt in self.open_at))

    def verb(self, h: FHit) -> list[tuple[Quote, str, str]]:
        """The statement(s) of a verb or noun cue, each with the gender and number it continues with."""
        ctx = self.ctx
        cue = ctx.cues.cue(h.ref)
        end = self.sent_end(h.first)
        if end < len(ctx.tokens) and ctx.tokens[end - 1].text == "؛" and ctx.is_complementizer(end):
            end = self.sent_end(end)  # وأوضح X في تعقيب …؛ أن…: the semicolon does not end the clause
        limit = min(end, h.last + WINDOW)
        if cue.requires and not any(ctx.norm(j) in cue.requires for j in range(h.last, end)):
            return []  # ألقت الشرطة القبض، حمل السلاح: the required word is nowhere in the sentence (checked again below)
        # Stop at the next verb cue or source phrase: it starts its own statement
        # (a verbal noun is a phrase of this clause: نقلت X عن Y قوله إن…، أكد إدانته لـ…).
        stops = self.lookahead_stops  # every other token of the window passes every test below
        saying = None  # a قائلا this verb may take as its own words
        for k in stops[bisect_left(stops, h.last):bisect_left(stops, limit)]:
            if k in self.cue_at and self.cue_at[k].aspect == "participle" and (
                    k == h.last or self.cue_at[k].lemma == "قال" and ctx.tokens[k - 1].text not in "،,") and (
                    not cue.requires or ctx.norm(k) in cue.requires):  # ومضى قائلا: مضى says nothing itself
                self.consumed.add(k)  # وأضاف قائلا: «…»، أجاب الوزير قائلا: one statement, the verb's
                saying = k if k > h.last and saying is None else saying
                continue
            if k in self.source_at and (self.parenthetical_source(k) or ctx.bare(k) in cue.preps
                                        or self.not_a_source(k)):
                continue  # ذكرت الإذاعة نقلا عن مسؤولين، أنه…; شدد على ما جاء: inside the clause
            if (k in self.cue_at and self.cue_at[k].aspect != "noun") or k in self.source_at or (
                    k + 1 in self.cue_at and self.ends_clause(k, cue)):
                limit = k
                break
        found = self.subject_after(h, cue, limit)
        if found is None:
            return []
        speaker, subj, rule, subj_end = found
        if saying is not None and self.own_content_before(subj_end, saying):
            self.consumed.discard(saying)  # أعلنت الحركة مسؤوليتها قائلة إن…: قائلة brings a further claim
            limit = saying
        else:
            saying = None
        if speaker is None and subj is not None and subj[1] - subj[0] == 1 and ctx.norm(subj[0]) in PLURAL_DEMONSTRATIVES:
            subj = None  # وأكد هؤلاء أن…: the demonstrative points back to the speakers before, like a pronoun
            h_agree = replace(h, tag="mp")  # …and agrees as a masculine plural, whatever the verb's form
        else:
            h_agree = h
        if speaker is None and subj is None and h.aspect == "perfect" and h.first > 0 \
                and ctx.norm(h.first - 1) in RELATIVES and not self.relative_agrees(h) \
                and not pronoun_suffix(h.clitics) \
                and (h.last >= len(ctx.tokens) or ctx.is_preposition(h.last) or ctx.tokens[h.last].kind == "punct"):
            return []  # الأعطال التي تحدث في…: a verb that disagrees with its relative and has no subject is another verb
        if ctx.norm(h.last) in DEMONSTRATIVES:  # أكد ذلك المتحدث، جاء ذلك في بيان: the statement before
            comp = self.statement_before(h)
        else:
            comp = self.complement(h, cue, subj_end, limit, loose_subject=speaker is None and subj is not None)
            if comp is None and limit == h.last + WINDOW < end:
                comp = self.far_complement(cue, limit, end)
            if comp is None and limit in self.cue_at and ctx.norm(limit - 1) in RELATIVE_OPENERS:
                comp = self.after_relative(limit, end)
        if comp is None:
            return []
        if (h.aspect == "imperfect" and speaker is None and subj is None
                and h.first == self.sent_start(h.first) and ctx.is_complementizer(h.last)):
            return []  # يُذكر أن، يقال إن: the writer's impersonal formula, not a statement
        kind, c_first, c_last = comp
        if saying is not None and c_first < saying < c_last:
            c_last = saying  # the verb's content ends where قائلا starts its own
        if kind == "indirect" and self.feeling(c_first, c_last):
            kind = UNSAID  # أعرب عن سعادته: a feeling, no statement, but its subject is a continuation's antecedent
        if h.aspect == "participle" and self.adjective_participle(h):
            return []  # إصابات مؤكدة بالفيروس: "confirmed", an adjective of the noun before it
        if speaker is None and subj is None and h.aspect == "imperfect" and c_first <= h.last + 1 \
                and self.writer_inference(h.first):
            return []  # الأمر الذي يشير إلى، مما يؤكد أن: the writer's inference, no speaker's statement
        if kind == "indirect" and h.first > 0 and ctx.norm(h.first - 1) in RELATIVE_OPENERS:
            # ما كشفه الموقع عن تجسس …، إنها…: a relative clause's content ends at its comma
            c_last = next((j for j in range(c_first, c_last) if ctx.tokens[j].text in "،,"), c_last)
        if cue.strict and any(ctx.tokens[j].kind not in ("punct", "quote") and not ctx.is_complementizer(j)
                              for j in range(subj_end, c_first)):
            return []  # بين فريقي الهلال والنصر أن…: "between", not "explained"; وزاد: «…» is the content at once
        if cue.requires and cue.addressee and ctx.norm(h.last) in cue.requires:
            return []  # يتعين عليه تحمل المسؤولية: "bearing" it; حمّل X المسؤولية names the one held responsible
        if cue.requires and not any(ctx.norm(j) in cue.requires for j in range(h.last, max(c_last, subj_end))):
            return []  # حمل without المسؤولية is "carry"
        relative = False
        if speaker is None and subj is None and rule != "agentless":  # Speaker, SVO.
            found_svo = self.subject_before(h.first)
            relative = h.first > 0 and isinstance(found_svo, tuple) and found_svo == self.relative_subject(h.first)
            if relative and found_svo == (None, None):
                return []  # the relative's antecedent is the object of a passive, or there is none
            if isinstance(found_svo, tuple):
                speaker, subj = found_svo
                rule = "svo"
            elif found_svo is not None:
                speaker, rule = found_svo, "svo"
        if cue.overt and speaker is None and subj is None and h.aspect != "noun" and c_first == h.last:
            return []  # وطلب تحديد موعد، نتيجة توقع حدوث…: an object right after it, no subject: the verbal noun
        if h.aspect == "noun" and speaker is None and subj is None and not h.tag:
            return []  # a verbal noun with neither genitive nor pronoun names no speaker
        if cue.required_is_cue and subj is not None:
            subj = self.before_own_object(subj)  # وختم المسؤول حديثه بقوله: حديثه is the object
        speaker_id = speaker.actor if speaker is not None else None
        s_start, s_end = self.subject_span(speaker, subj)
        gender, number = self.features(h, speaker, subj, rule)
        if speaker is None and subj is None and not relative and rule != "agentless":
            antecedent = self.pronoun_speaker(h_agree)  # quote_speakers: continuation, hal, the sentence's subject
            if antecedent is not None:
                speaker_id, s_start, s_end, rule, g_n = antecedent
                gender, number = g_n or (gender, number)
        if s_start is None and rule != "agentless" and h.aspect == "imperfect" and not after_conjunction(h.clitics):
            # خططا تؤكد استمرار…، يتوقع أن تكون: an imperfect nobody says, not coordinated with
            # an earlier verb (وتدعو: "and she calls"), is impersonal or describes the noun before it.
            return []
        s_text = ctx.text[s_start:s_end] if s_start is not None else None
        addressee = None
        if cue.addressee:
            for j in range(subj_end, c_first):
                m = self.mention_at.get(j)
                if m is not None and not self.prepositional(m):
                    addressee = m.actor
                    break
        cs, ce = self.span(c_first, c_last)
        for k in range(h.last, min(c_first + 2, c_last)):
            noun = self.cue_at.get(k)
            if noun is not None and noun.aspect == "noun" and noun.tag:
                self.consumed.add(k)  # أكد إدانته، جدد تحذيره: the verb restates its own act, one statement
        out = []
        if cue.speaker_after:
            relayed = self.relayed(h, cue, c_first, c_last)
            if relayed is not None:
                source, said = relayed
                r_start, r_end = self.subject_span(*source)
                r_text = ctx.text[r_start:r_end]
                r_id = source[0].actor if source[0] is not None else None
                if said is None:  # نقلت X عن Y أن…: one statement, Y's words
                    return [(Quote(h.start, h.end, r_id, r_text, cue.lemma, kind, cs, ce, r_start, r_end, "vso",
                                   addressee), gender, number)]
                # نقلت X عن Y قوله إن…: X relays (one statement), Y said (another).
                self.consumed.add(said.first)
                if c_first <= said.first:  # نقلت X عن Y تبنيه للهجوم: the content is the noun's
                    kind, (cs, ce) = "indirect", self.span(said.last, self.content_end(said.last))
                out.append((Quote(said.start, said.end, r_id, r_text, ctx.cues.cue(said.ref).lemma, kind, cs, ce,
                                  r_start, r_end, "vso"), "m", "?"))
                rule = "relay"
        q_start, q_end = h.start, h.end
        if cue.required_is_cue:  # ومضت المصادر بالقول: with the subject between, بالقول is the cue
            j = next((j for j in range(h.last, max(c_first, subj_end + 1)) if ctx.norm(j) in cue.requires), None)
            if j is not None:  # ومضى بالقول: adjacent, one cue over both words
                q_start, q_end = (h.start if j == h.last else ctx.tokens[j].start), ctx.tokens[j].end
        out.insert(0, (Quote(q_start, q_end, speaker_id, s_text, cue.lemma, kind, cs, ce, s_start, s_end, rule,
                             addressee), gender, number))
        return out

    def own_content_before(self, subj_end: int, saying: int) -> bool:
        """Whether the verb has content of its own (an object, a clause) between its subject and قائلا.

        أجاب الوزير قائلا، أضاف في تصريح قائلا: قائلا introduces the verb's own words (one
        statement); طلبت الدولة دعما قائلة إن…، ذكروا أنهم… قائلين إن…: two (README_4a).
        """
        ctx = self.ctx
        k = self.skip_adverbials(subj_end, saying)
        if k >= saying or ctx.tokens[k].kind != "word":
            return False
        return ctx.is_complementizer(k) or not ctx.is_preposition(k) and k not in self.mention_at

    def before_own_object(self, subj: tuple[int, int]) -> tuple[int, int]:
        """The subject without the verb's object that carries the subject's pronoun (حديثه، كلمتها).

        A noun with a possessive suffix cannot continue a definite noun phrase (its adjectives take
        ال, its genitive follows an indefinite head), so after the subject's head it starts the object.
        """
        first, end = subj
        for k in range(first + 1, end):
            n, raw = self.ctx.norm(k), self.ctx.tokens[k].text
            if (self.ctx.norm(first).startswith("ال") and not n.startswith("ال") and not raw.endswith("ة")
                    and n.endswith(("ه", "ها", "هم"))):
                return first, k
        return subj

    def subject_span(self, speaker: ActorMention | None, subj: tuple[int, int] | None) -> tuple[int | None, int | None]:
        """Offsets of the subject: its words (``subj``) and the speaker mention inside or closing them."""
        toks = self.ctx.tokens
        if subj is not None:
            start, end = self.span(*subj)
            return start, max(end, speaker.end) if speaker is not None else end
        if speaker is not None:
            return speaker.start, speaker.end
        return None, None

    def relayed(self, h: FHit, cue, c_first: int, c_last: int):
        """``نقلت X عن Y (قوله)``: Y's mention or words after the preposition, and the قول cue after them.

        Y runs up to the verbal noun of saying (عن فلان، حاكم الإقليم، القول: …)
        when there is one before the content, else it is a mention or a name.
        """
        ctx = self.ctx
        for k in range(h.last, c_first):
            if ctx.norm(k) != cue.speaker_after:
                continue
            said = next((self.cue_at[j] for j in range(k + 2, min(c_first if c_first > k + 1 else c_last, k + 12))
                         if j in self.cue_at and self.cue_at[j].aspect == "noun"), None)
            m = self.mention_at.get(k + 1)
            if said is not None:
                end = said.first
                while end > k + 1 and ctx.tokens[end - 1].kind == "punct":
                    end -= 1
                source = (m if m is not None and m.last_token <= end else None, (k + 1, end))
            elif m is not None:
                source, end = (m, None), m.last_token
            elif k + 1 < c_first and ctx.tokens[k + 1].kind == "word" and not ctx.is_complementizer(k + 1):
                end = self.extend_name(k + 2)
                source = (None, (k + 1, end))
            else:
                return None
            return source, said
        return None

    def parenthetical_source(self, k: int) -> bool:
        """Is the source phrase at ``k`` followed, before any cue, by a complementizer or colon (within ten tokens)?"""
        ctx = self.ctx
        end = min(self.sent_end(k), k + 10)
        for j in range(self.source_at[k].last, end):
            if j in self.cue_at or j in self.source_at:
                return False
            if ctx.is_complementizer(j) or ctx.tokens[j].text == ":":
                return True
        return False

    def coordinated(self, h: FHit) -> bool:
        """A و-verb after a comma (…، وطالبوا): it may share the subject of the sentence's first verb."""
        return "و" in h.clitics[:1] and h.first > 0 and self.ctx.tokens[h.first - 1].text in "،,"

__all__ = ["VerbRules"]
