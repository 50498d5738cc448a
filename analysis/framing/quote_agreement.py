"""Agreement of a pronoun or continuation cue with its antecedent, and of a verb with its subject.

Rule 4 of :mod:`analysis.framing.quotes` (a pronoun continues the nearest
earlier statement whose speaker agrees with it in gender and number, never
further back than the previous paragraph) and the agreement facts the subject
rules read from written endings: a verb before its subject agrees with it in
gender, a relative pronoun is the subject of an agreeing verb only.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from analysis.framing.actors import ActorMention
from analysis.framing.context import FHit
from analysis.framing.quote_clauses import KANA, ClauseRules
from analysis.framing.quote_clitics import without_article, without_preposition
from analysis.framing.quote_record import Quote

#: Relative pronouns with their gender and number: the subject of an agreeing verb after them is their antecedent.
RELATIVE_FEATURES = {"الذي": ("m", "s"), "التي": ("f", "s"), "الذين": ("m", "p"), "اللذان": ("m", "p"),
                     "اللذين": ("m", "p"), "اللتان": ("f", "p"), "اللتين": ("f", "p"), "اللواتي": ("f", "p"),
                     "اللاتي": ("f", "p")}
#: Relative pronouns: the subject of an agreeing verb after them is their antecedent.
RELATIVES = frozenset(RELATIVE_FEATURES)


class AgreementRules(ClauseRules):
    """Gender and number of cues, subjects and antecedents, and the pronoun continuation they decide."""

    def relative_agrees(self, h: FHit) -> bool:
        """Does the verb after a relative pronoun agree with it (التي أعلنت، الذين قالوا), so that the relative is its subject?

        A verb that does not (الذي أعلنت فيه الوزارة، التي قال عنها الوزير)
        has its own subject after it. Any other word before the verb agrees.
        """
        rel = RELATIVE_FEATURES.get(self.ctx.norm(h.first - 1)) if h.first > 0 else None
        if rel is None or not h.tag:
            return True
        plural = h.tag[1:2] in ("p", "d")
        return h.tag[:1] == rel[0] and (plural == (rel[1] == "p") or rel == ("f", "s") and h.tag == "fp")

    def features(self, h: FHit, speaker: ActorMention | None, subject: tuple[int, int] | None,
                 rule: str) -> tuple[str, str]:
        """Gender and number (``s``, ``p``, ``?``) a pronoun must agree with to continue this statement.

        A verb before its subject agrees in gender only (قال المسؤولون), so
        the number then comes from the subject: a person is singular, a sound
        plural or dual is plural, anything else (a broken plural) is unknown.
        """
        gender, number = h.tag[:1], tag_number(h.tag)
        if rule == "vso" and number == "s" and h.aspect != "noun":
            number = self.noun_number(speaker, subject)
        return gender, number

    def noun_number(self, speaker: ActorMention | None, subject: tuple[int, int] | None) -> str:
        ctx = self.ctx
        if speaker is not None and speaker.actor in ctx.registry and ctx.registry.actor(speaker.actor).type == "person":
            return "s"
        first = subject[0] if subject is not None else speaker.first_token if speaker is not None else None
        return "?" if first is None else self.head_number(first)

    def head_number(self, k: int) -> str:
        """Number of the noun at ``k`` from its ending: ``p`` for a sound masculine plural or a dual, else ``?``.

        Read without the article, on a stem long enough to carry the suffix
        (مسؤولون، مدعون، الوزيران; not البيان، سكان, nor the name ياسين). A
        sound feminine plural (السلطات) agrees with a feminine singular
        (مشيرة) when it is not human, so it stays unknown; so does a broken plural.
        """
        head = self.ctx.norm(k)
        stem = without_article(head)
        if stem.endswith("ون") and len(stem) >= 5 or stem.endswith("ين") and len(stem) >= 6 \
                or stem.endswith("ان") and len(stem) >= 5 and k not in self.mention_at:
            return "p"
        return "?"

    def head_gender(self, k: int, *, any_noun: bool = False) -> str:
        """Gender shown by the ending of the noun at ``k``: ``f`` for ـة or a definite ـات, ``m`` for ـون/ـين, else ``?``.

        Only what the written ending tells: a masculine singular carries no
        mark, and names and honorifics ending in ـة (أسامة، فضيلة) are
        masculine, so an indefinite ـة says nothing, unless ``any_noun``
        (the noun of a source phrase, وفقا لمبادرة…, is no name).
        """
        ctx = self.ctx
        raw = ctx.tokens[k].text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640")
        definite = any_noun or ctx.is_definite_word(k)
        if definite and (raw.endswith("ة") or raw.endswith("ات") and len(raw) > 5):
            return "f"
        if self.head_number(k) == "p" and not ctx.norm(k).endswith("ان"):
            return "m"
        return "?"

    def disagrees(self, h: FHit, k: int) -> bool:
        """Is the noun at ``k`` barred from being the subject of the verb ``h`` by gender?

        A verb before its subject agrees with it in gender (قالت الوزارة،
        قال المسؤولون; a non-human plural takes the feminine: طالبت الجهات).
        So a masculine verb before a definite feminine noun (وطالب الجهات
        المعنية بـ…) or a feminine verb before a masculine plural has a
        pronoun subject, and the noun is its object.
        """
        if h.aspect not in ("perfect", "imperfect") or not h.tag:
            return False
        gender = self.head_gender(k)
        return gender != "?" and gender != h.tag[:1]

    def continuation(self, h: FHit) -> tuple[Quote, str, str] | None:
        """The statement a subject-less cue continues: the nearest agreeing one before it.

        Looked for in the same sentence, then sentence by sentence backwards
        over narrative sentences without statements, never further back than
        the previous paragraph. The first earlier sentence with statements
        decides: if none of them agrees, the pronoun stays unresolved. A
        source phrase's speaker (بحسب مدير المشروع) agrees with any form its
        noun's ending allows, and is an antecedent only when it names a
        possible speaker (:meth:`speaker_noun`): وفق أعلى درجات الاستعداد is
        "in accordance with", and a later موضحا is not its.
        """
        gender, number = h.tag[:1], tag_number(h.tag)
        if not gender:
            return None
        ctx = self.ctx
        sent = ctx.sent_of[h.first]
        floor = ctx.para_of_sent[sent] - 1
        target = sent
        while target >= 0 and ctx.para_of_sent[target] >= floor:
            earlier = self.out_by_sent.get(target, ())
            for q, g, n in reversed(earlier):
                if q.rule == "source" and not self.speaker_noun(self.token_at(q.speaker_start)
                                                                if q.speaker_start is not None else -1):
                    continue
                if g == "?" and q.speaker_start is not None and self.token_at(q.speaker_start) >= 0:
                    g = self.head_gender(self.token_at(q.speaker_start), any_noun=q.rule == "source")
                if q.start < h.start and g in (gender, "?") and agrees(n, number) and q.speaker_start is not None:
                    return q, (gender if g == "?" else g), n
            if earlier and target < sent:
                return None
            target -= 1
        return None

    def speaker_noun(self, k: int) -> bool:
        """Can the noun at ``k`` speak: a party or role, a source noun (مصدر، بيان، وكالة) or a person's title?"""
        if k < 0:
            return False
        ctx = self.ctx
        if k in self.mention_at or k in ctx.covered and ctx.covered[k].kind in ("actor", "role"):
            return True
        n = ctx.norm(k)
        n = without_preposition(n, letters="لب")  # لمصدر، بالمصدر، للمصدر: the noun (with its article)
        return self.noun_in(n, self.source_nouns) or n in ctx.registry.person_titles \
            or "ال" + n in ctx.registry.person_titles

    def token_at(self, offset: int) -> int:
        """Index of the token starting at ``offset`` (a speaker span's first word), or -1.

        Tokens are in text order and never share a start: a bisection, not an
        index of every token built for the few lookups of a document.
        """
        tokens = self.ctx.tokens
        k = bisect_left(tokens, offset, key=_start)
        return k if k < len(tokens) and tokens[k].start == offset else -1


_start = attrgetter("start")


def verb_features(verb: str, tag: str = "", *, after_subject: bool = False) -> tuple[str, str]:
    """Gender and number that a verb's written form shows: (``f``/``m``, ``p``/``?``).

    The gender is the cue's own ``tag`` when it is one (قالت: ``fs``), else the
    written ending: a perfect in ـت / ـتا is feminine, and so, for a verb
    ``after_subject`` (الحكومة تؤكد), is an imperfect in تـ that is no masculine
    plural. A verb opening its clause is read as a perfect, since تـ also
    begins perfects of forms V and VI (تظاهر، تحدث). The number is plural for ـوا / ـون and for
    the dual of كان (كانا، كانتا); otherwise it is ``?`` and the subject's noun
    decides, since a verb before its subject agrees in gender only (قال المسؤولون).

    Example:
        >>> verb_features("وكانت"), verb_features("كانوا"), verb_features("قال", "ms")
        (('f', '?'), ('m', 'p'), ('m', '?'))
        >>> verb_features("تؤكد", after_subject=True), verb_features("تظاهر")
        (('f', '?'), ('m', '?'))
    """
    if tag:
        gender = tag[:1]
    else:
        gender = "f" if verb.endswith(("ت", "تا")) or after_subject and verb.startswith("ت") \
            and not verb.endswith(("وا", "ون")) else "m"
    number = "p" if verb.endswith(("وا", "ون")) or verb in KANA and verb.endswith("ا") else "?"
    return gender, number


def tag_number(tag: str) -> str:
    """``s`` or ``p`` (dual counts as plural) of a cue tag; ``?`` for none."""
    return {"s": "s", "p": "p", "d": "p"}.get(tag[1:2], "?")


def agrees(antecedent: str, pronoun: str) -> bool:
    return antecedent == "?" or pronoun == "?" or antecedent == pronoun


__all__ = ["AgreementRules", "RELATIVE_FEATURES", "RELATIVES", "agrees", "tag_number"]
