"""Reported statements: who is quoted, with which cue, and what they said.

One :class:`Quote` per reported statement. Three kinds:

* ``direct``: the content is a quotation: a reporting verb followed by a colon
  (قال: "...") or by a quotation that completes the complement
  (أعلنت أن "..."، وصفوه بأنه "خائن" وطالبوا...، أشار إلى أن جبهة النصرة
  "قامت…"، قالت الوزارة في بيان يوم الثلاثاء "..."), or a quotation followed by
  ``، قال X``;
* ``indirect``: a reporting verb with a complement clause or phrase
  (أكد أن…، لفتت إلى إجلاء…، أكدت التوصل إلى اتفاق…);
* ``according_to``: a source phrase (بحسب، وفق، وفقا لـ، نقلا عن، حسب، على لسان).

Rules (the cue list is data: ``analysis/framing/data/cues.yml``):

1. **Complement.** After the verb, within the sentence and before another cue,
   source phrase or clause connector: a colon, a complementizer (أن، إن، بأن،
   أنه…, also after إلى/على/من), a quotation, else one of the verb's own
   prepositions (لفت إلى، شدد على، طالب بـ) after its subject, also after a
   prepositional modifier of it (كشفت مصادر في المقاومة عن…) or, for verbs
   with an addressee, after an object of a few words (مطالبا الدول المانحة
   ببذل…), else (verbs
   marked ``object``) the direct object after the subject. No complement, no
   statement: nouns spelled like verbs (طالب "student") drop out here.
2. **Speaker, VSO.** The first noun phrase after the verb, skipping adverbials
   (اليوم، قد، من جهته، في الوقت ذاته) and a quoted addressee (قال لـ«الشرق
   الأوسط» X), and stopping at a preposition (أكد لوزير… is not a
   subject). A short quotation there that does not complete the clause is the
   subject's quoted name (قال "مكتب محاسبة الحكومة" في تقرير، إنه…). After a
   complementizer carrying a pronoun (أوضح أنه طالب بـ…) the pronoun is the
   subject and rule 4 applies. An actor mention there is the speaker; any other word is a
   subject the registry does not know (speaker ``None``, ``speaker_text`` that
   word: البيان، بلدية), unless it is a construct-state head whose genitive
   is a party (مفتي السعودية، سفير إسرائيل): the official speaks for it.
3. **Speaker, SVO.** Else an actor mention ending right before the verb,
   allowing قد, adverbials and one short prepositional phrase in between
   (وكانت القوات … في الإقليم أعلنت; متظاهرين وصفوا).
4. **Pronoun continuation.** Else (وأشارت إلى أن…، مشددا على…) the speaker of the
   latest earlier statement in the same sentence, then in the previous
   sentence, whose verb has the same gender (ت/ة feminine).
   A circumstantial participle (نافيةً، مؤكدا) with no such antecedent takes the
   subject of the sentence's opening verb when their genders agree
   (وشككت وزارة الدفاع … نافية…; rule ``hal``).
   Nothing else: no speaker is ever guessed.
5. **Source phrases.** The speaker is the mention right after the phrase, or
   after a source noun (بيان، مصادر، تقرير…) as its genitive, ``لـ`` phrase or
   ``صادر عن``; ``بحسب ما ذكرت X``، ``حسبما أعلنت X``، ``حسب ما صرح به X`` take
   the verb's subject. The content is
   the clause after the phrase's comma when the phrase opens the sentence,
   else the clause before it.
6. **Content end.** Sentence end, or before a comma followed by another cue,
   a source phrase or a clause connector (في حين، بينما، كما، وهذا ما…), or
   before a source phrase or a coordinated cue (وطالبوا). A next sentence
   opened by وإن / وأن continues the same content. Direct content is the
   inside of the quotation marks and may span sentences.
7. **Not statements.** A subject-less imperfect at the head of its sentence
   followed by a complementizer is the writer's impersonal formula
   (يُذكر أن); a quotation after a preposition that is not the verb's own
   (في "ويتشيتا") is not its complement; a source phrase followed by a definite common noun that is
   neither a party nor a source noun, or by a noun with a quantified genitive
   (حسب طبيعة كل نشاط), means "in accordance with" (حسب المعايير الدولية).

Issue 13 extended them (each rule is documented where it lives): the subject
after the cue (:mod:`.quote_subjects`: hashtags, quoted names, المتحدث باسم X,
كل من X و Y, a medium or addressee before the subject, verbal nouns as cues);
subjects before it and pronouns (:mod:`.quote_speakers`: كان/قد, relative
clauses, the agreeing antecedent of a continuation, which lends its span);
complements and false statements (:mod:`.quote_verbs`, :mod:`.quote_complements`,
:mod:`.quote_clauses`:
negated and anonymity cues, cues inside a quotation, a colon without
quotation marks is indirect, نقلت X عن Y قوله as relay + statement); source
phrases (:mod:`.quote_sources`). Every record with a speaker has its span.
"""


from analysis.framing.actors import ActorMention
from analysis.framing.context import DocContext
from analysis.framing.quote_complements import UNSAID
from analysis.framing.quote_marks import QuotePair, pair_quotes
from analysis.framing.quote_record import Quote
from analysis.framing.quote_sources import SourceRules
from analysis.framing.quote_verbs import VerbRules


def find_quotes(ctx: DocContext, mentions: list[ActorMention],
                pairs: list[QuotePair] | None = None) -> list[Quote]:
    """Find every reported statement of a document.

    Args:
        ctx: The document context.
        mentions: Its actor mentions (:func:`analysis.framing.actors.find_mentions`).
        pairs: Its quotation pairs (computed if ``None``).

    Returns:
        Statements ordered by cue offset.

    Example:
        >>> from analysis.framing.analyze import analyze_text
        >>> r = analyze_text("وأكدت الحكومة الأرمينية أن الهدنة صامدة.")  # synthetic
        >>> [(q.cue, q.speaker, q.kind) for q in r.quotes]
        [('أكد', 'armenia_government', 'indirect')]
    """
    finder = _Finder(ctx, mentions, pairs if pairs is not None else pair_quotes(ctx))
    return finder.run()


class _Finder(VerbRules, SourceRules):
    """Runs the verb and source-phrase rules over a document's cues in text order."""

    def run(self) -> list[Quote]:
        quotes: list[Quote] = []
        for h in sorted(self.ctx.fhits, key=lambda h: h.first):
            if h.first in self.consumed:
                continue
            if h.kind == "cue" and h.first in self.cue_at:
                found = self.verb(self.cue_at[h.first])
            elif h.kind == "source":
                found = self.source(h)
            else:
                continue
            sent = self.ctx.sent_of[h.first]
            # A mental state (ويرى X أن…) is no statement, but a continuation after it continues X.
            said = not (h.kind == "cue" and self.ctx.cues.cue(h.ref).opinion)
            for q, gender, number in found:
                self.out_by_sent.setdefault(sent, []).append((q, gender, number))
                if said and q.kind != UNSAID:
                    quotes.append(q)
        return sorted(quotes, key=lambda q: q.start)


__all__ = ["Quote", "QuotePair", "find_quotes", "pair_quotes"]
