"""The subject after a cue: VSO subjects, the genitive of a verbal noun, the owner of a medium.

Rule 2 of :mod:`analysis.framing.quotes` and its extensions of issue 13 (hashtag
and quoted names, spokesman of X, كل من / coordinated subjects, a medium phrase
or an addressee before the subject, a verbal noun that is the object).
"""

from __future__ import annotations

from analysis.casualties.number_words import is_number_word
from analysis.framing.context import FHit
from analysis.framing.quote_clitics import (
    article_after,
    article_stem,
    attached_prep,
    opens_with,
    preposition_only,
    pronoun_readings,
    pronoun_suffix,
    without_article,
)
from analysis.framing.quote_clauses import SUFFIX_TAGS
from analysis.framing.quote_speakers import RELATIVES, RESUMPTIVES, SpeakerRules
from analysis.text.normalize import normalize

#: Demonstratives that stand for the previous statement as a verb's object (أكد ذلك X).
DEMONSTRATIVES = frozenset({"ذلك", "هذا", "ذاك"})
#: Complementizers carrying the subject pronoun (أنه طالب بـ…: the pronoun is the subject).
_PRONOUN_COMPLEMENTIZERS = frozenset(
    p + "ان" + e for p in ("", "ب", "و", "وب") for e in ("ه", "ها", "هم", "هما", "هن", "نا")
)


def _feminine_with_pronoun(text: str) -> bool:
    """Is the word as written a feminine noun with a pronoun suffix (استقالته، زيارتها، حكومتهم)?

    The verb's object in the construct state, never a word of a name: ة is
    written ت before the suffix, so the written form (ة kept, diacritics
    dropped) is read by :func:`~analysis.framing.quote_clitics.pronoun_readings`.

    Example:
        >>> _feminine_with_pronoun("استقالته"), _feminine_with_pronoun("حكومتهما"), _feminine_with_pronoun("الستة")
        (True, True, False)
    """
    return any(stem.endswith("ت") for stem, _ in pronoun_readings(normalize(text, teh_marbuta=False),
                                                                   pronouns=tuple(SUFFIX_TAGS)))


class SubjectRules(SpeakerRules):
    """Finding the subject that follows a verb or verbal noun cue."""

    def subject_after(self, h: FHit, cue, limit: int):
        """The subject after the cue (VSO, or the genitive of a verbal noun).

        Returns ``(speaker, words, rule, subject_end)``: the speaker mention or
        ``None``, the subject's token range ``(first, last)`` or ``None``, and
        the index after the subject; ``None`` when the cue makes no statement
        (a medium verb without its medium: جاء الهجوم بعد…).
        """
        ctx = self.ctx
        first = h.last + 1 if ctx.norm(h.last) in DEMONSTRATIVES else h.last  # أكد ذلك المتحدث
        k0 = self.skip_adverbials(first, limit)
        k = self.skip_medium(self.skip_addressee(k0, limit), limit)
        subj_end = k if k != k0 else first
        if cue.medium:
            return self.medium_subject(k0, limit)
        if cue.agentless:
            return None, None, "agentless", subj_end
        if h.aspect in ("perfect", "imperfect"):
            # وكان المتحدث … العقيد فلان أعلن أول من أمس: after كان the subject stands before the verb.
            kana = self.kana_subject(h.first)
            if kana is not None:
                return kana[0], kana[1], "svo", subj_end
        # A verb marked for plural or dual (وصفوا، أعلنا) has a pronoun
        # subject in standard Arabic: the noun after it is its object; so has a
        # verbal noun with a pronoun suffix (تحذيره).
        pronoun_subject = h.aspect != "participle" and h.tag in ("mp", "fp", "md", "fd")
        pronoun_subject = pronoun_subject or (h.aspect == "noun" and bool(h.tag))
        # After a complementizer with a pronoun (أوضح أنه طالب بتسليح…) the
        # pronoun is the subject: the word after the verb is its complement.
        pronoun_subject = pronoun_subject or (h.first > 0 and ctx.norm(h.first - 1) in _PRONOUN_COMPLEMENTIZERS)
        # After a relative pronoun (التي أعلنت ولاءها) the relative is the subject
        # unless the verb carries the object pronoun that stands for it (التي وصفتها).
        # A verb that does not agree with the relative (الوقت الذي أعلنت فيه الوزارة) has its own
        # subject after it, and after the preposition with the pronoun that resumes the relative.
        # So has an agreeing one when a noun follows the resumptive (الوقت الذي أكد فيه المتحدث
        # باسم المكتب أن…، الذي يطالب فيه أعضاء: the time is the object of في, the noun the subject).
        resumed = ctx.norm(h.first - 1) in RELATIVES and ctx.norm(k) in RESUMPTIVES
        after = self.skip_adverbials(k + 1, limit) if resumed else k
        resumed = resumed and (not self.relative_agrees(h) or after in self.mention_at
                               or (after < limit and ctx.tokens[after].kind == "word" and not ctx.is_preposition(after)
                                   and not ctx.is_complementizer(after) and after not in self.cue_at))
        pronoun_subject = pronoun_subject or (ctx.norm(h.first - 1) in RELATIVES and self.relative_agrees(h)
                                              and not pronoun_suffix(h.clitics) and not resumed)
        if resumed:
            k = subj_end = after
        elif ctx.norm(k) in RESUMPTIVES and ctx.tokens[k].kind == "word":
            k = subj_end = self.skip_adverbials(k + 1, limit)  # قال فيه إن، ادعى فيها أن: a pronoun object, no subject
        if k >= limit or pronoun_subject or h.aspect == "participle":
            return None, None, "none", subj_end
        if h.aspect == "noun":
            return self.noun_agent(h, cue, k, limit)
        if ctx.tokens[k].text == "#":  # وأكد #الجيش_اليمني أن…: a hashtag names the subject
            j = k + 2 if k + 1 < limit and ctx.tokens[k + 1].kind == "word" else k + 1
            while j + 1 < limit and ctx.tokens[j].text == "_" and ctx.tokens[j + 1].kind == "word":
                j += 2
            if j == k + 1:
                return None, None, "none", subj_end
            m = self.mention_at.get(k + 1)
            return (m if m is not None and m.last_token <= j else None), (k, j), "vso", j
        if self.quoted_subject(k, limit):
            # وقال "مكتب محاسبة الحكومة" في…، إنه…: a short quoted name is the subject.
            close = self.open_at[k].close
            m = self.mention_at.get(k + 1)
            return (m if m is not None and m.last_token == close else None), (k + 1, close), "vso", close + 1
        first = k
        if ctx.norm(k) == "كل" and ctx.norm(k + 1) == "من":  # دعا كل من X و Y
            k += 2
        speaker, subj, end = None, None, None
        spokesman = self.spokesman(k, limit)
        m = self.mention_at.get(k)
        if first == k and (self.disagrees(h, k) or self.object_noun(k, cue, mention=m)):
            return None, None, "none", subj_end  # وطالب الجهات المعنية بـ…: the object of a pronoun subject
        if spokesman is not None:  # المتحدث باسم التحالف: the coalition speaks
            speaker, end = spokesman
            subj = (k, end)
        elif m is not None and (first != k or not self.prepositional(m)):  # كل من X: من is not a preposition of X
            speaker, end = m, m.last_token
        elif (m is None and ctx.tokens[k].kind == "word" and not ctx.is_preposition(k)
              and not ctx.is_complementizer(k) and k not in self.open_at
              and (k not in ctx.covered or ctx.covered[k].kind == "role")
              and ctx.norm(k) not in ("ما", "لما", "لا", "لم", "لن", "ليس") and not article_after(ctx.norm(k), "لبك")
              and not (cue.object and k not in ctx.covered and ctx.verbal_noun(k) and not ctx.is_complementizer(k + 1)
                       and not ctx.tokens[k].text.startswith("أ")  # أعضاء, أطباء: the plural أفعال, not إفعال
                       and not self.noun_in(ctx.norm(k), self.source_nouns))
              and not (cue.preps and k not in ctx.covered and attached_prep(ctx.norm(k), cue.preps))):
            # A role noun the registry cannot tie to one actor (الرئيس،
            # مسؤول) is still the subject: keep its words as speaker_text.
            # A verbal noun (أعلنت وفاة…) is the object of a pronoun subject.
            role = ctx.covered.get(k)
            end = self.extend_name(role.last if role is not None else k + 1)
            subj = (k, end)
            g = self.construct_genitive(k, end)
            if g is not None:  # مفتي السعودية: the official of a party speaks for it
                speaker, end = g, g.last_token
            elif ctx.is_definite_word(k) and (adj := self.mention_at.get(end)) is not None \
                    and adj.last_token == end + 1 and ctx.covered.get(end) is not None \
                    and ctx.covered[end].alias_kind == "nisba" and "ال" in ctx.covered[end].clitics \
                    and ctx.norm(end).endswith(("ي", "يه")):  # agreeing in number (not الحكومة الحوثيين)
                # الشركة السعودية للكهرباء: a nisba agreeing with a definite head is its adjective
                # (a Saudi company is not Saudi Arabia), and a لل-genitive may close the phrase.
                end = adj.last_token + (1 if article_after(ctx.norm(adj.last_token), "ل") else 0)
                subj = (k, end)
        if end is None:
            return None, None, "none", subj_end
        head = subj[0] if subj is not None else speaker.first_token if speaker is not None else k
        nxt = self.mention_at.get(end)
        if nxt is not None and ctx.norm(end)[:1] == "و" and end < limit:  # قال بوتين وأردوغان: coordinated
            subj, end = (subj[0] if subj else k, nxt.last_token), nxt.last_token
        elif end < limit and self.conjunct(end):  # وقال الوزير والسفير، دعا كل من X والمستشارة الألمانية
            last = self.extend_name(end + 1)
            adj = self.mention_at.get(last)
            if adj is not None and adj.first_token == last and ctx.covered.get(last) is not None \
                    and ctx.covered[last].alias_kind == "nisba":
                last = adj.last_token  # والمستشارة الألمانية: the conjunct's nisba adjective
            subj, end = (subj[0] if subj else k, last), last
        if first != k:
            subj = (first, end)
        if cue.object and not cue.addressee and subj is not None and speaker is None and end == subj[0] + 1 \
                and not ctx.is_definite_word(subj[0]) and (run := self.source_adjectives(end, limit)) > end:
            subj, end = (subj[0], run), run  # أكد مصدر أمني مقتل…: the adjectives, then the object
        named = self.name_after_title(head, end, limit, h, cue.preps)
        if named != end:  # العضوة فلانة الفلانية، المتحدث العسكري العميد فلان: the name belongs to the phrase
            # Only the span grows: the complement is looked for where it was before, since the
            # words may still be the object (دان رئيس مجلس النواب في … التفجير) or a medium.
            subj = (subj[0] if subj else head, named)
        return speaker, subj, "vso", end

    def source_adjectives(self, k: int, limit: int) -> int:
        """The end of the indefinite adjectives of an indefinite subject from ``k`` (مصادر تركية رسمية، مصدر مطلع).

        Nisba adjectives (أمني، رسمية، تركية) and the adjectives of sources
        (``source_adjectives`` in cues.yml: مطلعة، رفيع، مقربة). Before a direct
        object they end the subject: the object is the next word.
        """
        ctx = self.ctx
        while k < limit and k < len(ctx.tokens) and ctx.tokens[k].kind == "word" and not ctx.is_definite_word(k) \
                and k not in self.cue_at and not ctx.is_preposition(k) and (
                    (n := ctx.norm(k)).endswith(("ي", "يه", "يين", "يون")) and len(n) >= 4 or n in self.source_adjectives_list):
            k += 1
        return k

    def object_noun(self, k: int, cue, *, mention=None) -> bool:
        """Is the noun after the verb marked as its object, so that the subject is a pronoun?

        A sound masculine plural in ـين is accusative (وطالب المسلحين
        بالانسحاب: a subject would be المسلحون); for a verb with a direct
        object, a noun followed by a number (أعلنت وفاة ثلاثة) or a definite
        verbal noun that names no source (وأرجع التأخير إلى…; not التقرير) is
        what is reported.
        """
        ctx = self.ctx
        if k in self.cue_at:
            return False
        n = ctx.norm(k)
        if n.endswith("ين") and self.head_number(k) == "p" and ctx.is_definite_word(k) \
                and (k not in ctx.covered or ctx.covered[k].kind == "role" or mention is not None and mention.actor is None):
            return True
        if mention is not None or k in ctx.covered or not cue.object or self.noun_in(n, self.source_or_medium_nouns) \
                or ctx.is_complementizer(k + 1):
            return False  # وأكد التحقيق أن…: a noun with the content clause after it is the subject
        if "الي" in cue.preps and self.noun_in(n, self.attributed_nouns):
            return True  # وعزا أسباب الانخفاض إلى…، وأرجعت قرار التأجيل إلى…: what is attributed, not who
        nxt = k + 1
        if nxt < len(ctx.tokens) and (ctx.tokens[nxt].kind == "number"
                                      or is_number_word(ctx.norm(nxt)) and ctx.norm(nxt) not in self.not_names):
            return True
        # The derived patterns only (تفعيل، إفعال، افتعال…): فعول is also a broken plural (الشؤون),
        # and أفعال with its hamza is one (الأحزاب).
        stem = without_article(n)
        return ctx.is_definite_word(k) and ctx.verbal_noun(k, definite=True) and len(stem) >= 5 \
            and not article_stem(normalize(ctx.tokens[k].text, alef=False)).startswith("أ")

    def conjunct(self, i: int) -> bool:
        """Is token ``i`` a noun coordinated with the subject before it (والسفير، والمستشارة)?

        و + the article, not a cue, a source phrase or a preposition: a verb
        after و (وأضاف) starts another clause, and an object has no و before it.
        """
        ctx = self.ctx
        n = ctx.norm(i)
        return (ctx.tokens[i].kind == "word" and article_after(n, "و") and len(n) > 4 and i not in self.cue_at
                and i not in self.source_at and (i not in ctx.covered or ctx.covered[i].kind in ("actor", "role"))
                and not ctx.is_preposition(i))

    def name_after_title(self, head: int, end: int, limit: int, h: FHit, preps: tuple[str, ...] = ()) -> int:
        """The end of a person's name (and an appositive وهو/وهي phrase) after a titled subject ending at ``end``.

        A subject headed by a title (``person_titles`` of the registry, or a
        person role) runs on over agreeing definite adjectives and further
        titles (المتحدث العسكري العميد) to a name: up to four words, the first
        without the article, none a preposition, complementizer, cue, source
        phrase, adverbial, number or verbal noun. The name must end at a
        boundary (punctuation, a quotation, a complementizer, a preposition,
        the verb's own attached preposition (طالبت فلانة بالدعاء), an
        adverbial, لـ before the addressee, a cue), else nothing is added:
        without it the words may be the verb's object (أكد الوزير ضرورة…).
        Then وهو / وهي + an appositive role, again up to a boundary (فلان وهو
        سياسي محلي). Returns ``end`` when nothing belongs to the phrase.
        """
        ctx = self.ctx
        titles = ctx.registry.person_titles

        def titled(i: int) -> bool:
            n = ctx.norm(i)
            role = ctx.covered.get(i)
            person_role = role is not None and role.kind == "role" and (r := ctx.registry.role(role.ref)) is not None \
                and r.person
            return n in titles or "ال" + n in titles or person_role

        j, title = end, titled(head) or ctx.norm(head) in self.spokesman_nouns
        while j < limit and ctx.tokens[j].kind == "word" and j not in self.mention_at and (
                titled(j) or ctx.is_definite_word(j) and not ctx.is_preposition(j) and j not in self.cue_at
                and (ctx.norm(j).endswith(("ي", "يه")) or j < end + 2 and ctx.is_definite_word(head)
                     and not ctx.verbal_noun(j, definite=True) and not article_after(ctx.norm(j), "لبو"))):
            # After a definite title a definite word is its adjective (المدير العام); a name must follow.
            title = title or titled(j)
            j += 1
        # Without a title, an indefinite head the registry does not know may still run on over its
        # name or indefinite adjectives (أدهم باشو، مصدر أمني) up to a boundary.
        bare_name = not title and head not in self.mention_at and not ctx.is_definite_word(head) \
            and end == head + 1 and not ctx.cues.cue(h.ref).addressee  # دعا مسؤول مواطنين: the object
        name = j
        if title or bare_name:
            while name < min(limit, j + (4 if title else 3)) and self.name_word(name, first=name == j or bare_name):
                name += 1
            if name > j and not self.ends_phrase(name, limit, preps):
                name = j
        if name == j + 1 and ctx.tokens[j].text.endswith("ة") and not ctx.norm(head).endswith("ه"):
            name = j  # أكد الوزير ضرورة أن…: a feminine noun after a man's title is the object
        if name == j:
            name = end
        if ctx.norm(name) in ("وهو", "وهي") and name + 1 < limit:
            for b in range(name + 1, min(limit, name + 12)):
                if ctx.tokens[b].kind != "word" or self.ends_phrase(b, limit, preps) and b > name + 1:
                    return b if self.ends_phrase(b, limit, preps) else name
        return name

    def name_word(self, i: int, *, first: bool) -> bool:
        """Can token ``i`` be a word of a person's name (the first one without the article)?"""
        ctx = self.ctx
        n = ctx.norm(i)
        return (ctx.tokens[i].kind == "word" and not (first and ctx.is_definite_word(i)) and not ctx.is_preposition(i)
                and not ctx.is_complementizer(i) and i not in self.cue_at and i not in self.source_at
                and (i not in ctx.covered or ctx.covered[i].kind == "actor") and self.skip_adverbials(i, i + 3) == i
                and not (first and ctx.verbal_noun(i)) and not (ctx.is_definite_word(i) and ctx.verbal_noun(i, definite=True))
                and n not in self.not_names and n not in RELATIVES and n[:1] != "و"
                and not (len(n) >= 5 and _feminine_with_pronoun(ctx.tokens[i].text))
                and not article_after(n, "بلك") and n not in ctx.registry.person_titles
                and not (len(n) > 3 and opens_with(n, "ل") and not ctx.is_definite_word(i)))

    def ends_phrase(self, i: int, limit: int, preps: tuple[str, ...] = ()) -> bool:
        """Does a speaker's noun phrase end before token ``i`` (punctuation, quotation, complementizer, …)?"""
        ctx = self.ctx
        if i >= limit:
            return True
        n = ctx.norm(i)
        if preps and ctx.tokens[i].kind == "word" and attached_prep(n, preps) or n in ctx.registry.person_titles:
            return True  # …بالدعاء; العميد فلان المتحدث الرسمي: an appositive title starts after the name
        return (ctx.tokens[i].kind in ("punct", "quote") or ctx.is_complementizer(i) or ctx.is_preposition(i)
                or self.skip_adverbials(i, min(limit, i + 3)) != i or i in self.cue_at or i in self.source_at or i in self.open_at
                or preposition_only(n) and len(n) > 3 or n in ("وهو", "وهي"))

    def noun_agent(self, h: FHit, cue, k: int, limit: int):
        """The genitive of a verbal noun cue, when it names a party or a source (إعلان الحركة أن…).

        إعلان الطوارئ has its object as genitive: only a mention, a role noun
        or a source noun counts, and the complement must follow it at once.
        """
        ctx = self.ctx
        m = self.mention_at.get(k)
        if m is not None and not self.prepositional(m):
            end, speaker, subj = m.last_token, m, None
        elif k in ctx.covered and ctx.covered[k].kind == "role" or self.noun_in(ctx.norm(k), self.source_nouns):
            role = ctx.covered.get(k)
            end = self.extend_name(role.last if role is not None else k + 1)
            speaker, subj = self.construct_genitive(k, end), (k, end)
            if speaker is not None:
                end = speaker.last_token
        else:
            return None
        if end >= limit or not (ctx.is_complementizer(end) or ctx.tokens[end].text == ":" or end in self.open_at
                                or ctx.bare(end) in cue.preps):
            return None
        return speaker, subj, "vso", end

    def skip_medium(self, k: int, limit: int) -> int:
        """Skip a medium phrase before the subject: وقال في مؤتمر صحفي عقده اليوم وزير الخارجية إن….

        في / خلال / عبر + a medium noun and up to four more words, when a party,
        a role or a source noun follows them (else the phrase stays and there
        is no subject after the verb).
        """
        ctx = self.ctx
        if k + 1 >= limit or not self.opens_medium(k):
            return k
        for j in range(k + 2, min(limit, k + 7)):
            t = ctx.tokens[j]
            if t.kind != "word" or ctx.is_complementizer(j) or j in self.cue_at:
                return k
            if j in self.mention_at or (j in ctx.covered and ctx.covered[j].kind == "role") \
                    or self.noun_in(ctx.norm(j), self.spokesman_nouns):
                return j
        return k

    def medium_subject(self, k: int, limit: int):
        """``جاء في بيان للوزارة أن…``: the medium's owner speaks, else the medium (البيان).

        The owner is named after لـ, after صادر عن, or as the genitive of an
        indefinite medium noun (في بيان الوزارة).
        """
        ctx = self.ctx
        if k + 1 >= limit or ctx.bare(k) != "في" or not self.noun_in(ctx.norm(k + 1), self.medium_nouns):
            return None
        j = k + 2
        if ctx.norm(j) in ("صادر", "الصادر", "صادره", "الصادره") and ctx.norm(j + 1) == "عن":
            j += 2
        m = self.mention_at.get(j)
        if j < limit and m is not None:
            return m, None, "vso", m.last_token
        owner = j < limit and ctx.tokens[j].kind == "word" and not ctx.is_complementizer(j) and (
            self.lam_owner(j) or j == k + 4 or not ctx.is_definite_word(k + 1) and ctx.is_definite_word(j))
        if owner:
            end = self.extend_name(j + 1)
            return None, (j, end), "vso", end
        return None, (k + 1, k + 2), "vso", k + 2


__all__ = ["SubjectRules", "DEMONSTRATIVES"]
