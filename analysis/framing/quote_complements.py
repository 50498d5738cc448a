"""Complements of reporting verbs: where the reported content starts and what kind it is.

Rule 1 of :mod:`analysis.framing.quotes` (a colon, a complementizer, a
quotation, the verb's own preposition, a direct object, a quotation right
before) and the clause limits it needs (a relative clause holding a cue, a
parenthetical beyond the clause window, ذلك standing for the statement before).
"""

from __future__ import annotations

from analysis.framing.context import ADVERBIALS, FHit
from analysis.framing.quote_agreement import RELATIVES
from analysis.framing.quote_clauses import BOUNDARY_MARKS, QUOTE_OPENERS, WINDOW
from analysis.framing.quote_clitics import attached_prep, pronoun_readings, pronoun_suffix
from analysis.framing.quote_subjects import SubjectRules

#: Words that open a relative clause: a cue after them is embedded in the clause around it.
RELATIVE_OPENERS = RELATIVES | {"ما", "مما", "عما", "بما"}
#: Words from which a quotation completing the clause is the verb's content wherever it stands.
LONG_QUOTE = 4
#: The kind of a clause that is no statement but whose subject a continuation after it takes
#: (أعلن X الحداد. وقال: …): kept for the chain, never output.
UNSAID = "unsaid"
#: Letters a medium noun keeps before a pronoun for the object rule to read it (بيانه، موقعها; not رده، نصه).
MEDIUM_STEM = 3


class ComplementRules(SubjectRules):
    """Where a reporting verb's content starts, and whether it is quoted."""

    def content_at(self, k: int) -> tuple[str, int, int]:
        """The content starting at ``k``: the quotation opening there if it completes the clause, else the clause from ``k``."""
        p = self.direct_after(k)
        if p is not None:
            return "direct", p.open + 1, p.close
        return "indirect", k, self.content_end(k)

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
                return self.content_at(k + 2)
        return None

    def medium_noun(self, n: str) -> bool:
        """Is the normalized word a medium noun, with its pronoun or its ة written ت (بيانه، كلمت، صفحتها)?

        The pronoun is read by :func:`~analysis.framing.quote_clitics.pronoun_readings`
        on a stem of :data:`MEDIUM_STEM` letters, without putting back a dual's
        or plural's ن (بياه is no بيان); ت for ة is read with or without a
        pronoun (في كلمت، في صفحتها).

        Example:
            >>> from analysis.framing.analyze import build_context
            >>> rules = ComplementRules(build_context("قال الوزير"), [], [])  # synthetic
            >>> rules.medium_noun("بيانه"), rules.medium_noun("كلمت"), rules.medium_noun("بياه")
            (True, True, False)
        """
        stems = [n] + [stem for stem, _ in pronoun_readings(n, min_stem=MEDIUM_STEM, dropped_n=False)]
        return any(self.noun_in(s, self.medium_nouns) or s.endswith("ت") and self.noun_in(s[:-1] + "ه", self.medium_nouns)
                   for s in stems)

    def after_medium(self, k: int, limit: int) -> int | None:
        """The object after a medium phrase (في بيان (لها)، على موقعها الإلكتروني، عبر حسابها على تويتر).

        في / عبر / على / خلال + a medium noun (its pronoun suffix allowed, read by
        :func:`~analysis.framing.quote_clitics.pronoun_readings`), then
        definite adjectives, لها, or على + one name; the object is the next
        word that is neither a preposition, a party, a cue nor a complementizer.
        """
        ctx = self.ctx
        if k + 2 >= limit or ctx.bare(k) not in self.medium_prepositions and ctx.bare(k) != "علي":
            return None
        if not self.medium_noun(ctx.norm(k + 1)):
            return None
        j = k + 2
        while j < limit and j < k + 7:
            if ctx.norm(j) in ("له", "لها", "لهم") or ctx.is_definite_word(j) and not ctx.is_preposition(j) \
                    and j not in self.mention_at and j not in self.cue_at:
                j += 1
            elif ctx.bare(j) == "علي" and j + 1 < limit and ctx.tokens[j + 1].kind == "word":
                j += 2  # عبر حسابها على تويتر
            else:
                break
        if j < limit and ctx.tokens[j].kind == "word" and not ctx.is_preposition(j) and j not in self.mention_at \
                and j not in self.cue_at and not ctx.is_complementizer(j):
            return j
        return None

    def after_relative(self, first: int, end: int) -> tuple[str, int, int] | None:
        """The complementizer after a comma that closes a relative clause holding a cue.

        قالت اليابان التي تسعى إلى التحقق مما كشفه موقع …، إنها…: the embedded
        cue has its own statement; the main verb's content follows the comma.
        """
        ctx = self.ctx
        for k in range(first + 1, min(end - 1, first + WINDOW)):
            if k in self.source_at or (k in self.cue_at and ctx.norm(k - 1) not in RELATIVE_OPENERS):
                return None
            if ctx.tokens[k].text in "،," and ctx.is_complementizer(k + 1):
                return self.content_at(k + 2)
        return None

    def ends_clause(self, k: int, cue) -> bool:
        """A clause boundary at ``k``, except a comma before the relayed قول (نقلت X عن فلان، حاكم الإقليم، القول)."""
        if not self.is_boundary(k):
            return False
        nxt = self.cue_at.get(k + 1)
        return not (cue.speaker_after and nxt is not None and nxt.aspect == "noun")

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

    def after_definite_modifier(self, k: int, limit: int) -> int | None:
        """The object after a prepositional modifier that ends in a definite noun phrase (في وزارة الدفاع مقتل…).

        A word preposition and at most three words whose last ones are definite
        (the NP's definite genitive and adjectives); an indefinite noun right
        after a definite one can be neither its genitive nor its adjective, so
        it starts the object. Names, cues, mentions and prepositions do not.
        """
        ctx = self.ctx
        if k >= limit or not ctx.is_preposition(k) or ctx.tokens[k].text in ("ب", "ل"):
            return None
        j = k + 1
        while j < min(limit, k + 4) and ctx.tokens[j].kind == "word" and not ctx.is_definite_word(j):
            j += 1  # the indefinite head(s) of the modifier's noun phrase (وزارة)
        if j == k + 1 or j >= limit or not ctx.is_definite_word(j):
            return None
        while j < limit and ctx.tokens[j].kind == "word" and ctx.is_definite_word(j):
            j += 1  # its definite genitive and adjectives (الدفاع اليمنية)
        if (j < limit and ctx.tokens[j].kind == "word" and not ctx.is_definite_word(j)
                and not ctx.is_preposition(j) and not ctx.is_complementizer(j)
                and j not in self.mention_at and j not in self.cue_at and j not in ctx.covered
                and ctx.bare(j) not in ADVERBIALS):
            return j
        return None

    def own_preposition(self, first: int, limit: int, preps: tuple[str, ...]) -> int | None:
        """Where the content starts after the first of the verb's prepositions in the clause (no comma before it).

        A word preposition (عن، إلى، على، من) opens the content after it; an
        attached بـ / لـ opens it on its own word (بالدور). None if a comma,
        quotation, complementizer or party mention comes first.
        """
        ctx = self.ctx
        k, after_adverbial = first, False
        while k < limit:
            t = ctx.tokens[k]
            if t.text in "،," and k + 2 < limit and ctx.bare(k + 1) in preps and len(ctx.bare(k + 1)) > 1:
                return k + 2  # كشف المتحدث العسكري العميد فلان، عن…: a comma closes the long subject
            skipped = self.skip_adverbials(k, limit)
            if skipped == k and t.kind == "word" and ctx.norm(k).rstrip("ـ") == "ل":
                skipped = self.skip_addressee(k, limit)  # كشفت مصادر مطلعة لـ«عكاظ» عن…: the quoted addressee
            if skipped > k:
                k, after_adverbial = skipped, True  # أفادت مصادر أمنية أمس الأربعاء بمقتل…
                continue
            if t.kind == "number" and k > first and "في" in (ctx.bare(k - 1), ctx.bare(k - 2) if k - 1 > first else ""):
                k, after_adverbial = k + 1, False  # اعترضت الهيئة في يوليو 2014 على…، في 12 يوليو: a date
                continue
            if t.kind != "word" or ctx.is_complementizer(k):
                return None
            bare = ctx.bare(k).rstrip("ـ")
            if bare in preps and len(bare) > 1:
                return k + 1 if k + 1 < limit else None
            n = ctx.norm(k)
            if k not in self.mention_at and attached_prep(n, preps) and (n[1:3] == "ال" or after_adverbial):
                return k
            k, after_adverbial = k + 1, False
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

    def unpaired_opener(self, k: int) -> bool:
        """Is token ``k`` an opening quotation mark (« " “) that pairs with none, before words of the sentence?"""
        ctx = self.ctx
        return (k + 1 < len(ctx.tokens) and ctx.tokens[k].kind == "quote" and ctx.tokens[k].text in QUOTE_OPENERS
                and k not in self.open_at and k not in self.close_at and ctx.tokens[k + 1].kind == "word"
                and ctx.sent_of[k + 1] == ctx.sent_of[k])

    def complement(self, h: FHit, cue, subj_end: int, limit: int, *,
                   loose_subject: bool = False) -> tuple[str, int, int] | None:
        ctx = self.ctx
        n_tokens = len(ctx.tokens)
        # 1. Colon, complementizer or quotation, anywhere before the limit.
        relative = h.first > 0 and ctx.norm(h.first - 1) in RELATIVE_OPENERS
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
                if self.unpaired_opener(nxt):  # قال: «… with its closing mark lost: still quoted words
                    return "direct", nxt + 1, self.content_end(nxt + 1)
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
            if k in self.open_at and k == subj_end and self.noun_in(ctx.norm(k - 1), self.source_nouns) \
                    and self.quoted_words(self.open_at[k], numbers=True) <= 3 and self.open_at[k].close + 1 < limit:
                continue  # ونقلت صحيفة «حريت» التركية عن…: the quoted name of the source noun
            if k in self.open_at and ctx.is_complementizer(k + 1):
                p = self.open_at[k]  # وأكدت المصادر "أن …"
                if self.direct_after(k) is not None:
                    return "direct", p.open + 1, p.close
            if k == subj_end and self.unpaired_opener(k):  # وقال "لم تكن … (never closed): quoted words
                return "direct", k + 1, self.content_end(k + 1)
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
                    return self.content_at(k)
                p = self.direct_after(k)
                if p is not None and self.quoted_words(p, numbers=True) >= LONG_QUOTE:
                    # وقال مسؤول بالشرطة لفرانس برس "كان المهاجم …": a long quotation that
                    # completes the clause is the verb's content, whatever stands before it.
                    return "direct", p.open + 1, p.close
            if k in self.open_at:
                k2 = self.open_at[k].close
                if k2 >= limit:
                    break
            if (t.text in BOUNDARY_MARKS and self.ends_clause(k, cue)) \
                    or k > h.last and ctx.tokens[k - 1].text in "،," and ctx.starts_connector(k):
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
                    return self.content_at(nxt)
                if ctx.tokens[k].kind == "word" and k not in self.mention_at and attached_prep(n, cue.preps) \
                        and n not in self.manner_nouns:  # ووصف أدوية بشكل غير قانوني: "in a … way", no content
                    return "indirect", k, self.content_end(k)
            k = self.after_modifier_pp(first, limit, cue.preps)
            if k is not None:  # كشفت مصادر في المقاومة الشعبية بمنطقة كرش عن…
                return self.content_at(k + 1)
            if cue.addressee:
                # The object of دعا / ناشد may be long (دعت الشرطة كل من يملك
                # معلومات إلى…): the verb's own preposition, as a word, ends it.
                for k in range(first, limit):
                    if ctx.bare(k) in cue.preps and len(ctx.bare(k)) > 1 and k + 1 < limit:
                        return self.content_at(k + 1)
                # …or an attached بـ after an object of a few words, within
                # the clause (مطالبا الدول والمنظمات المانحة ببذل…).
                for k in range(first + 1, min(limit, first + 5)):
                    if ctx.tokens[k].kind != "word" or ctx.tokens[first].kind != "word":
                        break  # تهدد وجوده، وتعطي إشارات بـ…: not across the comma after the object
                    n = ctx.norm(k)
                    if (k not in self.mention_at and "ب" in cue.preps and n.startswith("ب") and len(n) >= 4
                            and not ctx.is_preposition(k) and n not in self.manner_nouns):
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
            if k < limit and self.noun_in(ctx.bare(k), self.decision_nouns):
                # أعلنت الحكومة الحداد، أعلن جلسة استثنائية: a decision, not a statement, but
                # its subject is the antecedent of a continuation (وقال: …) after it.
                return UNSAID, k, self.content_end(k)
            if (k < limit and ctx.tokens[k].kind == "word" and not ctx.is_preposition(k)
                    and k not in self.mention_at):
                return "indirect", k, self.content_end(k)
            obj = self.after_medium(k, limit)
            if obj is not None:  # أعلن الجيش في بيان مقتل…، أعلنت على موقعها الإلكتروني مقتل…
                return "indirect", obj, self.content_end(obj)
            after = self.after_modifier(k, limit)
            if after is None:
                after = self.after_definite_modifier(k, limit)
            if after is not None:  # أكدت المقاومة في اليمن، سقوط قتلى…; أكدت العائلة في القرية أيضا وفاته
                return "indirect", after, self.content_end(after)
            if pronoun_suffix(h.clitics) and (k >= limit or ctx.tokens[k].kind == "punct"):
                return "indirect", h.first, h.last  # وأدانته الحكومة بشدة: the object is the pronoun
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


__all__ = ["ComplementRules", "LONG_QUOTE", "RELATIVE_OPENERS", "UNSAID"]
