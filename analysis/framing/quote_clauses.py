"""Clause geometry shared by the statement rules: subjects' extent, complements, content ends.

:class:`ClauseRules` holds one document's indices (quotation pairs, mentions,
cues and source phrases by token) and the helpers that every rule of
:mod:`analysis.framing.quotes` uses to walk a clause.
"""

from __future__ import annotations

from dataclasses import replace

from analysis.framing.actors import ActorMention
from analysis.framing.context import ADVERBIALS, DocContext, FHit
from analysis.framing.quote_clitics import after_conjunction, opens_with, pronoun_suffix, without_article, without_preposition
from analysis.framing.quote_marks import QuotationRules, QuotePair
from analysis.framing.quote_record import Quote
from analysis.lexicon.loader import form_key

WINDOW = 30
#: Punctuation that may end a clause (:meth:`ClauseRules.is_boundary`); loops over
#: tokens test it first, so most tokens cost no call.
BOUNDARY_MARKS = "،,;؛"
#: Sentence openers that continue the previous sentence's reported content.
_CONTINUATIONS = frozenset({"وان", "وانه", "وانها", "وانهم"})
#: Negation particles before a verb (normalized, with و/ف).
_NEGATIONS = frozenset(p + n for p in ("", "و", "ف") for n in ("لم", "لن", "لا"))
#: Particles of the subjunctive before an imperfect (purpose, intention).
_SUBJUNCTIVE = frozenset({"ان", "لكي", "كي", "لكيلا", "حتي", "وان"})
#: Marks that open a quotation the right way round.
QUOTE_OPENERS = _OPENERS = frozenset({"«", "\"", "“", "„", "‹"})
#: Words from which a quotation is speech (its reporting verbs are the speaker's own words).
SPEECH_WORDS = 4
#: Forms of كان that open a clause whose subject stands before the verb (وكان X قد قال).
KANA = frozenset(p + k for p in ("", "و", "ف") for k in ("كان", "كانت", "كانوا", "كانا", "كانتا", "كن"))


#: Pronoun suffixes of a verbal noun: the speaker's person, gender and number.
SUFFIX_TAGS = {"ه": "ms", "ها": "fs", "هم": "mp", "هما": "md", "هن": "fp"}


class ClauseRules(QuotationRules):
    """Indices of one document and the clause helpers of the statement rules."""

    def __init__(self, ctx: DocContext, mentions: list[ActorMention], pairs: list[QuotePair]) -> None:
        self.ctx = ctx
        self.mentions = mentions
        self.pairs = pairs
        self.open_at = {p.open: p for p in pairs}
        self.close_at = {p.close: p for p in pairs}
        self.mention_at = {m.first_token: m for m in mentions}
        self.mention_end = {m.last_token: m for m in mentions}
        self.source_nouns = ctx.cues.word_list("source_nouns")
        self.medium_nouns = ctx.cues.word_list("medium_nouns")
        self.source_or_medium_nouns = ctx.cues.source_or_medium_nouns  # built once with the cue set
        self.spokesman_nouns = ctx.cues.word_list("spokesman_nouns")
        self.anonymity_nouns = ctx.cues.word_list("anonymity_nouns")
        self.publishing_verbs = ctx.cues.word_list("publishing_verbs")
        self.not_statement_before = ctx.cues.word_list("not_statement_before")
        self.inference_nouns = ctx.cues.word_list("inference_nouns")
        self.saying_nouns = ctx.cues.word_list("saying_nouns")
        self.criterion_nouns = ctx.cues.word_list("criterion_nouns")
        self.saying_sources = ctx.cues.word_list("saying_sources")
        self.time_nouns = ctx.cues.word_list("time_nouns")
        self.adverbs = ctx.cues.word_list("adverbs")
        self.passive_partitive = ctx.cues.word_list("passive_partitive")
        self.time_adjectives = ctx.cues.word_list("time_adjectives")
        self.time_heads = ctx.cues.word_list("time_heads")
        self.manner_nouns = ctx.cues.word_list("manner_nouns")
        self.feeling_nouns = ctx.cues.word_list("feeling_nouns")
        self.attributed_nouns = ctx.cues.word_list("attributed_nouns")
        self.conditionals = ctx.cues.word_list("conditionals")
        self.source_adjectives_list = ctx.cues.word_list("source_adjectives")
        self.decision_nouns = ctx.cues.word_list("decision_nouns")
        self.not_names = ctx.cues.word_list("not_names")
        self.medium_prepositions = ctx.cues.word_list("medium_prepositions")
        self.resumed_by_bi = ctx.cues.word_list("resumed_by_bi")
        self.criterion_quantifiers = ctx.cues.word_list("criterion_quantifiers")
        # Tokens inside a quotation of SPEECH_WORDS words or more (pairs nest, so this is linear in them).
        self.in_speech = [False] * (len(ctx.tokens) + 1)
        for p in pairs:
            # Only a pair opened the right way round (« " “): a stray reversed mark (أول» أمس»)
            # can pair across paragraphs and must not silence the statements in between.
            if ctx.tokens[p.open].text in _OPENERS and "\n" not in ctx.text[ctx.tokens[p.open].end:ctx.tokens[p.close].start] \
                    and self.quoted_words(p) >= SPEECH_WORDS:
                self.in_speech[p.open + 1:p.close] = [True] * (p.close - p.open - 1)
        nouns = ctx.cues.noun_refs  # built once with the cue set, not per document
        self.cue_at = {h.first: self.verbal_noun(h, nouns) for h in ctx.fhits
                       if h.kind == "cue" and not self.not_a_statement(h)}
        self.not_sources = ctx.cues.word_list("not_sources")
        self.source_at = {h.first: h for h in ctx.fhits if h.kind == "source" and not self.in_speech[h.first]
                          and not self.adverb_not_source(h.first)}
        # Where a verb's look-ahead can stop or skip (a cue, a source phrase, the token before a cue),
        # in order: it visits these instead of every token of its window.
        self.lookahead_stops = sorted(set(self.cue_at) | set(self.source_at) | {k - 1 for k in self.cue_at})
        self.consumed: set[int] = set()
        # Statements found so far, by sentence: (quote, gender, number) with
        # number "s", "p" or "?" (a singular verb before a noun of unknown number).
        self.out_by_sent: dict[int, list[tuple[Quote, str, str]]] = {}

    def verbal_noun(self, h: FHit, nouns: dict[str, str]) -> FHit:
        """A perfect with an object pronoun that is spelled as a verbal noun is that noun.

        Normalization joins أدانته "she condemned him" and إدانته "his
        condemnation", تبناه "he adopted it" and تبنّيه "his claim": the hamza
        below (إفعالته), or ي before the suffix of a verb ending in ى, when
        the writer put it, is the noun's.
        """
        suffix = pronoun_suffix(h.clitics)
        if h.aspect != "perfect" or not suffix:
            return h
        word = self.ctx.tokens[h.first].text
        core = word[1:] if after_conjunction(h.clitics) else word
        if not core.endswith(suffix):
            return h
        stem = core[:len(core) - len(suffix)]
        if core.startswith("إ") and stem.endswith("ت"):
            noun = stem[:-1] + "ة"
        elif stem.endswith("ي") and h.lemma.endswith("ى"):
            noun = stem
        else:
            return h
        ref = nouns.get(form_key(noun)[0])
        if ref is None:
            return h
        return replace(h, ref=ref, aspect="noun", tag=SUFFIX_TAGS.get(suffix, ""))

    def not_a_statement(self, h) -> bool:
        """A negated cue (لم تعلن أي جهة، ولا تعترف الحكومة بـ) or a source's anonymity (لم يذكر اسمه).

        What was not said is no statement, and a cue about a source's name or
        identity describes the source (مصدر طلب عدم الكشف عن هويته).
        """
        ctx = self.ctx
        if ctx.bare(h.first - 1) in _NEGATIONS or ctx.norm(h.first - 1) in _NEGATIONS:
            return True
        if h.aspect == "imperfect" and ctx.norm(h.first - 1) in _SUBJUNCTIVE:
            return True  # لكي تعلنها، أن يعلن: what is to be said is not a statement made
        if self.in_speech[h.first]:
            return True  # a reporting verb inside a quotation is the speaker's own words
        if h.first > 0 and (src := ctx.covered.get(h.first - 1)) is not None and src.kind == "source" \
                and not ctx.norm(h.first - 1).endswith("ما") and pronoun_suffix(h.clitics):
            return True  # حسب وصفهم: a noun of saying with its pronoun after a source phrase (not حسبما أفاد)
        if ctx.norm(h.first) in self.passive_partitive and ctx.norm(h.last) == "من":
            return True  # ويعتبر من أهم العناصر: "is considered one of", a passive
        if h.first > 0 and ctx.norm(h.first - 1) in self.not_statement_before:
            return True  # الجدير ذكره أن، بدا وكأنه يرى أن: the writer's formula, an appearance
        if h.first > 0 and (ctx.norm(h.first - 1) in self.conditionals or h.first > 1 and ctx.norm(h.first - 1) == "ما"
                            and ctx.norm(h.first - 2) in self.conditionals):
            return True  # إذا ما دعت الضرورة، لو قال: a condition, not a statement made
        cue = ctx.cues.cue(h.ref) if h.aspect != "noun" else None
        if cue is not None and cue.after and (h.first == 0 or ctx.norm(h.first - 1) not in cue.after):
            return True  # تردد على المستشفى "frequented": only ما تردد عن… is "what was rumoured"
        if cue is not None and cue.initial and not self.opens_clause(h):
            return True  # بخاري دان معلم: دان inside a name
        after = cue.speaker_after if cue is not None else ""
        if after and not any(ctx.norm(j) == after for j in range(h.last, min(h.last + 10, len(ctx.tokens)))):
            return True  # بررت الميليشيات نقلها للأسرى: نقل without عن is "transfer", not "relay"
        for k in range(h.last, min(h.last + 4, len(ctx.tokens))):
            if ctx.tokens[k].kind != "word" or ctx.is_complementizer(k) or k in ctx.fhit_at:
                return False
            if ctx.norm(k) in self.anonymity_nouns:
                return True
        return False

    def adverb_not_source(self, k: int) -> bool:
        """فحسب "only" (``not_sources``) at ``k``, closing its phrase (ليس اقتصاديا فحسب، بل…), not ف + حسب X."""
        ctx = self.ctx
        return ctx.norm(k) in self.not_sources and (k + 1 >= len(ctx.tokens) or ctx.tokens[k + 1].kind != "word"
                                                    or ctx.norm(k + 1) in ("بل", "وانما", "انما", "ولكن"))

    def opens_clause(self, h) -> bool:
        """Does the cue open its clause: و/ف, sentence start, punctuation, قد, كان or an adverbial before it?"""
        ctx = self.ctx
        if after_conjunction(h.clitics) or h.first == self.sent_start(h.first):
            return True
        prev = ctx.norm(h.first - 1)
        s_first = self.sent_start(h.first)
        fronted = h.first - s_first <= 4 and ctx.is_preposition(s_first)  # وفي السياق كذّب…: a fronted phrase
        return ctx.tokens[h.first - 1].kind == "punct" or prev in KANA or prev in ADVERBIALS \
            or ctx.bare(h.first - 1) in ADVERBIALS or fronted

    # -- helpers --------------------------------------------------------------
    def sent_end(self, i: int) -> int:
        return self.ctx.sentence(i).last_token

    def sent_start(self, i: int) -> int:
        return self.ctx.sentence(i).first_token

    def prepositional(self, m: ActorMention) -> bool:
        ctx = self.ctx
        fh = ctx.covered.get(m.first_token)
        clitics = fh.clitics if fh is not None and fh.first == m.first_token else ()
        th = ctx.term_at.get(m.first_token)
        if th is not None:
            clitics = clitics or th.clitics
        if any(c in ("ب", "ل", "ك") for c in clitics):
            return True
        prev = m.first_token - 1
        return prev >= 0 and ctx.is_preposition(prev)

    def skip_adverbials(self, k: int, limit: int) -> int:
        ctx = self.ctx
        while k < limit:
            n = ctx.bare(k)
            if n in ADVERBIALS or ctx.norm(k) in ADVERBIALS:
                k += 1
            elif n == "من" and ctx.norm(k + 1).startswith(("جهت", "جانب")):  # من جهته، من جانبه
                k += 2
            elif ctx.tokens[k].text == "،" and k + 1 < limit and ctx.bare(k + 1) in ADVERBIALS:
                k += 1
            elif n in self.adverbs:
                k += 1  # مرارا، حاليا، مؤخرا: an adverb between verb and subject or complement
            elif n in self.time_nouns and ctx.norm(k + 1) in self.time_adjectives and k + 2 <= limit:
                k += 2  # الأسبوع الماضي، الشهر الفائت: a time adverbial between verb and subject or complement
            elif n == "في" and ctx.norm(k + 1) in self.time_heads and k + 3 <= limit and ctx.is_word(k + 2) \
                    and not ctx.is_complementizer(k + 2) and k + 2 not in self.mention_at:
                k += 3  # في وقت سابق، في مطلع مايو: a time phrase before the subject or the object
            elif n == "اول" and ctx.norm(k + 1) in ("امس", "من") and k + 2 <= limit:
                k += 3 if ctx.norm(k + 1) == "من" and ctx.norm(k + 2) == "امس" else 2  # أول من أمس، أول أمس
            elif (n_phrase := ctx.adverbial_phrase(k)) and k + n_phrase <= limit:
                k += n_phrase
                if k < limit and ctx.tokens[k].text in "،,":
                    k += 1
            else:
                break
        return k

    def skip_addressee(self, k: int, limit: int) -> int:
        """Skip the addressee of a statement before the subject or the content.

        A quoted one (قال لـ«الشرق الأوسط» X إن…، كشف X لـ«عكاظ» عن…) or a
        medium named after لـ (قال لوكالة رويترز إن…، قال لصحيفة الحياة X إن):
        the medium noun and up to three words of its name, which end at a
        complementizer, punctuation, a cue, a party or another source noun.
        """
        ctx = self.ctx
        if k + 1 < limit and ctx.norm(k).rstrip("ـ") == "ل" and k + 1 in self.open_at:
            close = self.open_at[k + 1].close
            if close < limit:  # أكد لـ"سبق"، مدير الشؤون الصحية: the subject after the comma
                return close + 2 if close + 2 < limit and ctx.tokens[close + 1].text in "،," else close + 1
        n = ctx.norm(k)
        if (k + 1 < limit and len(n) > 4 and opens_with(n, "ل") and k not in self.mention_at and k not in ctx.covered
                and (k + 1 in self.open_at or ctx.is_complementizer(k + 1) or ctx.tokens[k + 1].text == ":")):
            return k + 1  # وقالت لرويترز «…»: a name after لـ, right before the words, is the addressee
        rest = without_preposition(n, article=False, letters="ل")
        if k < limit and rest != n and self.noun_in(rest, self.source_or_medium_nouns):
            j = k + 1
            while (j < limit and j < k + 4 and ctx.tokens[j].kind == "word" and not ctx.is_complementizer(j)
                   and j not in self.cue_at and j not in self.mention_at and j not in ctx.covered
                   and not self.noun_in(ctx.norm(j), self.source_nouns) and not ctx.is_preposition(j)):
                j += 1
            return j
        return k

    @staticmethod
    def noun_in(n: str, words: frozenset[str]) -> bool:
        """Is the normalized noun ``n``, with or without the article, one of ``words``?"""
        return n in words or without_article(n) in words

    def spokesman(self, k: int, limit: int) -> tuple[ActorMention | None, int] | None:
        """``المتحدث (الرسمي) باسم X`` or ``المتحدث الأمني لـX`` at ``k``: X's mention (or ``None``) and the phrase's end.

        The spokesman speaks for X: the speaker is X, and the span the whole phrase.
        """
        ctx = self.ctx
        if k >= limit or ctx.norm(k) not in self.spokesman_nouns:
            return None
        j = k + 1
        # Adjectives of the office (الرسمي، الأمني، الإعلامي): definite nisbas that name no party.
        while j < limit and j < k + 3 and ctx.is_definite_word(j) and j not in self.mention_at \
                and ctx.norm(j).endswith(("ي", "يه")) and not ctx.is_preposition(j):
            j += 1
        if j < limit and ctx.norm(j) == "باسم":
            j += 1
        elif not (j < limit and self.lam_owner(j)):
            return None  # المتحدث الأمني لوزارة الداخلية: لـ names the office holder's party too
        if j >= limit:
            return None
        m = self.mention_at.get(j)
        if m is not None:
            return m, m.last_token
        if ctx.tokens[j].kind != "word":
            return None
        return None, self.extend_name(j + 1)

    def lam_owner(self, k: int) -> bool:
        """Does لـ + a noun at ``k`` name an owner (المتحدث الأمني لوزارة الداخلية، بيان للوزارة), not a particle (لدى)?"""
        n = self.ctx.norm(k)
        return len(n) > 3 and opens_with(n, "ل") and not self.ctx.is_preposition(k)

    def is_boundary(self, k: int) -> bool:
        """A comma followed by a cue, a source phrase or a clause connector."""
        ctx = self.ctx
        if ctx.tokens[k].text not in BOUNDARY_MARKS:
            return False
        nxt = k + 1
        return nxt in self.cue_at or nxt in self.source_at or ctx.starts_connector(nxt) > 0

    def content_end(self, k: int) -> int:
        """Index after the last content token of a clause starting at ``k``."""
        ctx = self.ctx
        limit = self.sent_end(k) if k < len(ctx.tokens) else k
        toks = ctx.tokens
        j = k
        while j < limit:
            if j in self.open_at:
                close = self.open_at[j].close
                if close >= limit:
                    limit = self.sent_end(close)
                j = close + 1
                continue
            if j > k and ((toks[j].text in BOUNDARY_MARKS and self.is_boundary(j)) or j in self.source_at):
                break
            if j > k and j in self.cue_at and "و" in self.cue_at[j].clitics[:1]:
                break
            j += 1
        if j == limit and limit < len(ctx.tokens) and ctx.norm(limit) in _CONTINUATIONS \
                and ctx.sent_of[limit] == ctx.sent_of[limit - 1] + 1:
            return self.content_end(limit)  # قال إن … . وإن المسلح …: the same statement goes on
        while j > k and ctx.tokens[j - 1].kind in ("punct", "symbol") and ctx.tokens[j - 1].text not in ")]":
            j -= 1
        return j

    def extend_name(self, k: int) -> int:
        """Extend an unknown subject starting at ``k - 1`` to the end of its noun phrase.

        Over a place name in genitive (بلدية ستيباناكرت), and, after a head
        in the construct state (no article, no sound-plural nun), over a
        definite genitive and the definite adjectives agreeing with it
        (وزارة الصحة اليمنية, مصادر الجيش), at most three words. Time
        adverbials (اليوم، الأربعاء), cues, sources and known actors end it.
        """
        ctx = self.ctx
        th = ctx.term_at.get(k)
        if th is not None and th.key.startswith("places/"):
            return th.last_token
        head = ctx.norm(k - 1)
        if head.startswith("ال") or head.endswith(("ون", "ين")):
            return k
        end, limit = k, min(k + 3, len(ctx.tokens))
        while (end < limit and ctx.tokens[end].kind == "word" and ctx.norm(end).startswith("ال")
               and not ctx.is_preposition(end)  # الى also begins with ال
               and ctx.sent_of[end] == ctx.sent_of[k - 1] and end not in self.cue_at
               and end not in self.source_at and end not in self.mention_at
               and self.skip_adverbials(end, end + 1) == end):
            end += 1
        return end

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Offsets of tokens first..last-1; an empty range is an empty span at ``first`` (never end < start)."""
        toks = self.ctx.tokens
        if last <= first:
            at = toks[first].start if first < len(toks) else toks[-1].end
            return at, at
        return toks[first].start, toks[last - 1].end

    def opens_medium(self, k: int) -> bool:
        """Does a medium phrase open at ``k``: في / عبر / خلال + a medium noun (في بيان، عبر تغريدة)?"""
        return self.ctx.bare(k) in self.medium_prepositions and self.noun_in(self.ctx.norm(k + 1), self.medium_nouns)

    def medium_phrase(self, first: int, k: int) -> bool:
        """Are tokens first..k-1 a medium phrase (في بيان يوم الثلاثاء، عبر تغريدة)?"""
        ctx = self.ctx
        if not 2 <= k - first <= 5 or not self.opens_medium(first):
            return False
        return all(ctx.tokens[j].kind in ("word", "number") and j not in self.cue_at for j in range(first + 2, k))

    def after_modifier_pp(self, first: int, limit: int, preps: tuple[str, ...]) -> int | None:
        """The verb's own preposition after a prepositional modifier of the subject.

        كشفت مصادر في المقاومة الشعبية بمنطقة كرش عن…، أشار في كلمته إلى…: a
        phrase opened by another preposition, of at most five words and no
        punctuation, quotation, complementizer or cue, stands before the
        verb's own preposition (written as a word).
        """
        ctx = self.ctx
        if first >= limit or not ctx.is_preposition(first) or ctx.bare(first) in preps:
            return None
        for k in range(first + 1, min(limit, first + 7)):
            t = ctx.tokens[k]
            if t.kind != "word" or k in self.cue_at or k in self.source_at or ctx.is_complementizer(k):
                return None
            bare = ctx.bare(k).rstrip("ـ")
            if bare in preps and len(bare) > 1:
                return k if k + 1 < limit and ctx.sent_of[k + 1] == ctx.sent_of[first] else None
        return None


__all__ = ["BOUNDARY_MARKS", "ClauseRules", "KANA", "SUFFIX_TAGS", "WINDOW"]
