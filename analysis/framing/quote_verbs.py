"""Statements introduced by a reporting verb: subject, complement, kind and content.

Rules 1, 2 and 7 of :mod:`analysis.framing.quotes`.
"""

from __future__ import annotations

from analysis.framing.actors import ActorMention
from analysis.framing.context import ADVERBIALS, FHit
from analysis.framing.quote_clauses import WINDOW, attached_prep
from analysis.framing.quote_record import Quote
from analysis.framing.quote_agreement import RELATIVES
from analysis.framing.quote_subjects import DEMONSTRATIVES, SubjectRules


#: Words that open a relative clause: a cue after them is embedded in the clause around it.
_RELATIVE_OPENERS = RELATIVES | {"ما", "مما", "عما", "بما"}
#: Words from which a quotation completing the clause is the verb's content wherever it stands.
_LONG_QUOTE = 4


class VerbRules(SubjectRules):
    """The statement of each reporting verb."""

    # -- reporting verbs ----------------------------------------------------------
    def verb(self, h: FHit) -> list[tuple[Quote, str, str]]:
        """The statement(s) of a verb or noun cue, each with the gender and number it continues with."""
        ctx = self.ctx
        cue = ctx.cues.cue(h.ref)
        end = self.sent_end(h.first)
        if end < len(ctx.tokens) and ctx.tokens[end - 1].text == "؛" and ctx.is_complementizer(end):
            end = self.sent_end(end)  # وأوضح X في تعقيب …؛ أن…: the semicolon does not end the clause
        limit = min(end, h.last + WINDOW)
        # Stop at the next verb cue or source phrase: it starts its own statement
        # (a verbal noun is a phrase of this clause: نقلت X عن Y قوله إن…، أكد إدانته لـ…).
        for k in range(h.last, limit):
            if k in self.cue_at and self.cue_at[k].aspect == "participle" and (
                    k == h.last or self.cue_at[k].lemma == "قال" and ctx.tokens[k - 1].text not in "،,"):
                self.consumed.add(k)  # وأضاف قائلا: «…»، أجاب الوزير قائلا: one statement, the verb's
                continue
            if k in self.source_at and (self.parenthetical_source(k) or ctx.bare(k) in cue.preps):
                continue  # ذكرت الإذاعة نقلا عن مسؤولين، أنه…; شدد على ما جاء: inside the clause
            if (k in self.cue_at and self.cue_at[k].aspect != "noun") or k in self.source_at or (
                    self.ends_clause(k, cue) and k + 1 in self.cue_at):
                limit = k
                break
        found = self.subject_after(h, cue, limit)
        if found is None:
            return []
        speaker, subj, rule, subj_end = found
        if ctx.norm(h.last) in DEMONSTRATIVES:  # أكد ذلك المتحدث، جاء ذلك في بيان: the statement before
            comp = self.statement_before(h)
        else:
            comp = self.complement(h, cue, subj_end, limit, loose_subject=speaker is None and subj is not None)
            if comp is None and limit == h.last + WINDOW < end:
                comp = self.far_complement(cue, limit, end)
            if comp is None and limit in self.cue_at and ctx.norm(limit - 1) in _RELATIVE_OPENERS:
                comp = self.after_relative(limit, end)
        if comp is None:
            return []
        if (h.aspect == "imperfect" and speaker is None and subj is None
                and h.first == self.sent_start(h.first) and ctx.is_complementizer(h.last)):
            return []  # يُذكر أن، يقال إن: the writer's impersonal formula, not a statement
        kind, c_first, c_last = comp
        if kind == "indirect" and h.first > 0 and ctx.norm(h.first - 1) in _RELATIVE_OPENERS:
            # ما كشفه الموقع عن تجسس …، إنها…: a relative clause's content ends at its comma
            c_last = next((j for j in range(c_first, c_last) if ctx.tokens[j].text in "،,"), c_last)
        if cue.strict and c_first > subj_end + 1:
            return []  # بين فريقي الهلال والنصر أن…: "between", not "explained"
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
        if h.aspect == "noun" and speaker is None and subj is None and not h.tag:
            return []  # a verbal noun with neither genitive nor pronoun names no speaker
        speaker_id = speaker.actor if speaker is not None else None
        s_start, s_end = self.subject_span(speaker, subj)
        gender, number = self.features(h, speaker, subj, rule)
        if speaker is None and subj is None and not relative and rule != "agentless":
            antecedent = self.pronoun_speaker(h)  # quote_speakers: continuation, hal, the sentence's subject
            if antecedent is not None:
                speaker_id, s_start, s_end, rule, g_n = antecedent
                gender, number = g_n or (gender, number)
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
        out.insert(0, (Quote(h.start, h.end, speaker_id, s_text, cue.lemma, kind, cs, ce, s_start, s_end, rule,
                             addressee), gender, number))
        return out

    def far_complement(self, cue, first: int, end: int) -> tuple[str, int, int] | None:
        """The verb's own preposition + أن after a long parenthetical (أشار فلان، في ندوة …، إلى أن…).

        Beyond the clause window only that pair is trusted: the preposition
        followed at once by a complementizer, before any other cue or source phrase.
        """
        ctx = self.ctx
        for k in range(first, end - 2):
            if k in self.cue_at or k in self.source_at:
                return None
            if ctx.bare(k) in cue.preps and len(ctx.bare(k)) > 1 and ctx.is_complementizer(k + 1):
                p = self.direct_after(k + 2)
                if p is not None:
                    return "direct", p.open + 1, p.close
                return "indirect", k + 2, self.content_end(k + 2)
        return None

    def after_relative(self, first: int, end: int) -> tuple[str, int, int] | None:
        """The complementizer after a comma that closes a relative clause holding a cue.

        قالت اليابان التي تسعى إلى التحقق مما كشفه موقع …، إنها…: the embedded
        cue has its own statement; the main verb's content follows the comma.
        """
        ctx = self.ctx
        for k in range(first + 1, min(end - 1, first + WINDOW)):
            if k in self.source_at or (k in self.cue_at and ctx.norm(k - 1) not in _RELATIVE_OPENERS):
                return None
            if ctx.tokens[k].text in "،," and ctx.is_complementizer(k + 1):
                p = self.direct_after(k + 2)
                if p is not None:
                    return "direct", p.open + 1, p.close
                return "indirect", k + 2, self.content_end(k + 2)
        return None

    def ends_clause(self, k: int, cue) -> bool:
        """A clause boundary at ``k``, except a comma before the relayed قول (نقلت X عن فلان، حاكم الإقليم، القول)."""
        if not self.is_boundary(k):
            return False
        nxt = self.cue_at.get(k + 1)
        return not (cue.speaker_after and nxt is not None and nxt.aspect == "noun")

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

    def after_modifier(self, k: int, limit: int) -> int | None:
        """The object after a prepositional modifier closed by a comma or an adverbial (في اليمن، …).

        A phrase of at most four words opened by a preposition; without the
        comma or adverbial nothing tells where it ends, and None is returned.
        """
        ctx = self.ctx
        if k >= limit or not ctx.is_preposition(k):
            return None
        for j in range(k + 1, min(limit, k + 5)):
            t = ctx.tokens[j]
            if t.text in "،," or ctx.bare(j) in ADVERBIALS:
                nxt = self.skip_adverbials(j + 1 if t.text in "،," else j, limit)
                if nxt < limit and ctx.tokens[nxt].kind == "word" and not ctx.is_preposition(nxt) \
                        and nxt not in self.mention_at and nxt not in self.cue_at and not ctx.is_complementizer(nxt):
                    return nxt
                return None
            if t.kind != "word" or j in self.cue_at or ctx.is_complementizer(j):
                return None
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

    def words_in(self, p) -> int:
        return sum(1 for t in self.ctx.tokens[p.open + 1:p.close] if t.kind in ("word", "number"))

    def own_preposition(self, first: int, limit: int, preps: tuple[str, ...]) -> int | None:
        """Where the content starts after the first of the verb's prepositions in the clause (no comma before it).

        A word preposition (عن، إلى، على، من) opens the content after it; an
        attached بـ / لـ opens it on its own word (بالدور). None if a comma,
        quotation, complementizer or party mention comes first.
        """
        ctx = self.ctx
        for k in range(first, limit):
            t = ctx.tokens[k]
            if t.text in "،," and k + 2 < limit and ctx.bare(k + 1) in preps and len(ctx.bare(k + 1)) > 1:
                return k + 2  # كشف المتحدث العسكري العميد فلان، عن…: a comma closes the long subject
            if t.kind != "word" or ctx.is_complementizer(k):
                return None
            bare = ctx.bare(k).rstrip("ـ")
            if bare in preps and len(bare) > 1:
                return k + 1 if k + 1 < limit else None
            n = ctx.norm(k)
            if k not in self.mention_at and attached_prep(n, preps) and n[1:3] == "ال":
                return k
        return None

    def statement_before(self, h: FHit) -> tuple[str, int, int] | None:
        """The content ذلك stands for: the clause before the cue in its sentence, else the previous sentence."""
        ctx = self.ctx
        s_first = self.sent_start(h.first)
        before = h.first - 1
        if before > s_first and ctx.tokens[before].text in "،,":
            return ("indirect", s_first, before) if s_first < before else None
        sent = ctx.sent_of[h.first]
        if sent == 0 or any(ctx.tokens[j].text in "،,:" or j in self.cue_at or j in self.source_at
                            for j in range(s_first, h.first)):
            return None  # وكان الجيش قد نفى ذلك: a subject before the verb still opens the sentence
        prev = ctx.sentences[sent - 1]
        last = prev.last_token
        while last > prev.first_token and ctx.tokens[last - 1].kind == "punct":
            last -= 1
        return ("indirect", prev.first_token, last) if prev.first_token < last else None

    def coordinated(self, h: FHit) -> bool:
        """A و-verb after a comma (…، وطالبوا): it may share the subject of the sentence's first verb."""
        return "و" in h.clitics[:1] and h.first > 0 and self.ctx.tokens[h.first - 1].text in "،,"

    def complement(self, h: FHit, cue, subj_end: int, limit: int, *,
                   loose_subject: bool = False) -> tuple[str, int, int] | None:
        ctx = self.ctx
        n_tokens = len(ctx.tokens)
        # 1. Colon, complementizer or quotation, anywhere before the limit.
        relative = h.first > 0 and ctx.norm(h.first - 1) in _RELATIVE_OPENERS
        for k in range(h.last, limit):
            t = ctx.tokens[k]
            if relative and t.text in "،,":
                break  # ما كشفه الموقع عن تجسس…، إنها: a relative clause ends at its comma
            if t.text == ":":
                nxt = k + 1
                if nxt < n_tokens and nxt in self.open_at:
                    p = self.open_at[nxt]
                    if p.close == p.open + 1:  # قال X :" "إن…: an empty pair of marks before the words
                        if p.close + 1 in self.open_at:
                            p = self.open_at[p.close + 1]
                        elif p.close + 1 < self.sent_end(p.close):
                            return "direct", p.close + 1, self.content_end(p.close + 1)
                    return "direct", p.open + 1, p.close
                if nxt < n_tokens and ctx.is_complementizer(nxt):
                    continue  # قال: إن … / قال: إن «…»: the complementizer decides, next
                if nxt < n_tokens:
                    # Words after a colon without quotation marks are reported, not quoted:
                    # direct speech is what the writer puts in quotation marks.
                    return "indirect", nxt, self.content_end(nxt)
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
                # (in a relative clause only the verb's own preposition: المعلومات التي أعلنتها
                # السلطات عن وفاته تتصف بـ«الصدقية» quotes the main clause).
                prev_ok = k == subj_end or prev == "ب" and not relative or prev in cue.preps \
                    or self.medium_phrase(subj_end, k)
                if prev_ok:
                    p = self.direct_after(k)
                    if p is not None:
                        return "direct", p.open + 1, p.close
                    return "indirect", k, self.content_end(k)
                p = self.direct_after(k)
                if p is not None and self.words_in(p) >= _LONG_QUOTE:
                    # وقال مسؤول بالشرطة لفرانس برس "كان المهاجم …": a long quotation that
                    # completes the clause is the verb's content, whatever stands before it.
                    return "direct", p.open + 1, p.close
            if k in self.open_at:
                k2 = self.open_at[k].close
                if k2 >= limit:
                    break
            if self.ends_clause(k, cue) or k > h.last and ctx.tokens[k - 1].text in "،," and ctx.starts_connector(k):
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
                if ctx.tokens[k].kind == "word" and k not in self.mention_at and attached_prep(n, cue.preps):
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
        # 2b. The verb's own preposition further on, after a long subject (نوه رئيس هيئة
        # الأركان … اللواء محمد المقدشي بالدور…، أعرب عدد من الموظفين … عن…), within the clause.
        if cue.preps:
            k = self.own_preposition(subj_end, limit, cue.preps)
            if k is not None:
                return "indirect", k, self.content_end(k)
        # 3. A direct object (أكد التوصل…، أعلن الحرب…).
        if cue.object and subj_end < limit:
            k = self.skip_adverbials(subj_end, limit)
            if cue.addressee and k in self.mention_at and cue.requires:
                k = self.mention_at[k].last_token  # حمّلت الحكومة الحوثيين المسؤولية: the party, then the object
            if (k < limit and ctx.tokens[k].kind == "word" and not ctx.is_preposition(k)
                    and k not in self.mention_at):
                return "indirect", k, self.content_end(k)
            k = self.after_modifier(k, limit)
            if k is not None:  # أكدت المقاومة في اليمن، سقوط قتلى…; أكدت العائلة في القرية أيضا وفاته
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


__all__ = ["VerbRules"]
