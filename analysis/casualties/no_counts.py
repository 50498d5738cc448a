"""Numbers in a casualty context that count no victims: filters run before the category grammar.

* an alternative offered to a singular noun is rhetoric (``قتل شرطي أو اثنين``);
* أحد naming a person already counted (``أحد الموقوفين هو فلان``، ``وهو أحد
  النازحين``, decision rule 3);
* أحد after في, إلى or من: a place, an occasion or a source (``في إحدى المعارك``);
  أحد of a thing (``أحد مواقعه``);
* أحد as the genitive of a kin noun, a belonging or a witness's account (``أرملة أحد
  الشهداء``، ``شقيق أحد الشهداء``، ``قارب أحد المفقودين``);
* a parent "of N children" (``أم لثلاثة أطفال``): a family, no victims;
* a bare four-digit number 1901-2099 with no counted noun: a year (``قتل فيه 2011``);
* victims (ضحايا) whose fates the sentence then splits (``آلاف الضحايا، منهم
  من قتل ومنهم من سجن``): described, and no one category fits them (rule O3);
* victims of a harm that is no casualty (``ضحايا الاحتيال``، ``وقع 300 شخص
  ضحايا لعمليات نصب``; rules H4, 18);
* a superlative before the vague عدد (``إيقاع أكبر عدد من الضحايا``): an aim or
  a comparison, no count.

Example:
    >>> from analysis.casualties.claims import extract_claims
    >>> extract_claims("قتل زوجها في إحدى المعارك عام 2014، وقتل فيها 2011")  # synthetic
    []
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.document import MARK_TAGS, Document
from analysis.casualties.numerals import Numeral


def alternative(doc: Document, num: Numeral) -> bool:
    """``قتل شرطي أو اثنين``: a figure offered as the alternative to a singular
    noun is rhetoric, not a count (``3 أو 4`` stays: a number before أو)."""
    k = num.first_token - 1
    if k < 0 or doc.tokens[k].norm != "او" or doc.sent_of[k] != doc.sent_of[num.first_token]:
        return False
    before = doc.prev_word(k)
    return (before is not None and doc.tokens[before].kind == "word"
            and before not in doc.numeral_at and not doc.is_number_token(before))


#: Pronouns of separation: before أحد they make it the predicate naming who someone is.
_SEPARATION_PRONOUNS = frozenset({"هو", "هي", "هما", "هم"})


def naming_one(doc: Document, num: Numeral) -> bool:
    """``وأحد المعتقلين السابقين … هو فلان``، ``وهو أحد النازحين``: أحد naming a
    person, not a count (decision rule 3): a pronoun of separation follows in
    the same clause, or stands right before it."""
    w = doc.w(num.first_token)
    if num.value != 1 or num.kind != "words" or L.without_conjunction(w) not in L.ONE_OF:
        return False  # (وأحد normalizes as واحد, "one": the و is read back)
    before = doc.prev_word(num.first_token)
    if before is not None and L.without_conjunction(doc.w(before)) in _SEPARATION_PRONOUNS:
        return True  # وهو أحد النازحين، شخصان هما أحد الضباط وشرطي: a predicate naming who
    end = min(doc.sent(num.first_token).last_token, num.last_token + 10)
    for x in range(num.last_token, end):
        if doc.tokens[x].kind not in ("word", "quote"):
            return False
        if doc.w(x) in ("هو", "هي"):
            return True
    return False


def bare_year(doc: Document, num: Numeral, noun: int | None) -> bool:
    """A bare four-digit number from 1900 to 2099 with no counted noun is a
    year (``وقتل فيه 2011``); round hundreds (2000) stay counts."""
    if num.kind != "digits" or noun is not None or not isinstance(num.value, int):
        return False
    return 1900 < num.value < 2100 and num.value % 100 != 0 and len(doc.tokens[num.first_token].norm) == 4


def one_of_a_place(doc: Document, num: Numeral) -> bool:
    """``في إحدى المعارك``، ``إلى أحد مستشفيات المدينة``، ``علمنا من أحد الأسرى``:
    أحد after في, إلى or من names a place, an occasion or a source, not a victim
    (a victim after a preposition is the object of its verb: ``اعتدوا على أحد
    الجرحى``); nor does أحد with a genitive that is no person (``على أحد
    مواقعه``, the possessive read off)."""
    w = doc.w(num.first_token)
    if num.value != 1 or num.kind != "words" or w not in L.ONE_OF:
        return False
    before = doc.prev_word(num.first_token)
    if before is not None and doc.w(before) in ("في", "الي", "من"):
        return True
    after = doc.next_word(num.last_token)
    return (after is not None and doc.tokens[after].kind == "word"
            and any(L.in_set(form, L.NON_PERSON) for form in L.without_possessive(doc.w(after))[1:]))



def superlative(doc: Document, num: Numeral) -> bool:
    """``أكبر عدد من الضحايا``، ``بأكبر عدد ممكن من``: a superlative (``superlatives``
    in non_person.yml) before the vague عدد names no count.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [c.text for c in extract_claims("أرادوا إيقاع أكبر عدد من الضحايا")]  # synthetic
        []
    """
    if num.kind != "vague" or doc.w(num.first_token) not in ("عدد", "عددا"):
        return False
    before = doc.prev_word(num.first_token)
    return before is not None and L.in_set(doc.w(before), L.SUPERLATIVES)


def split_victims(doc: Document, noun: int | None, last: int) -> bool:
    """``آلاف الضحايا الأبرياء، منهم من قتل ومنهم من سجن``: منهم من after the
    ضحايا figure, within eight words in its sentence, splits them by fate.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [c.text for c in extract_claims("سقط آلاف الضحايا، منهم من قتل ومنهم من سجن")]  # synthetic
        []
    """
    if noun is None or not L.in_set(doc.w(noun), L.VICTIM_NOUNS):
        return False
    end = min(doc.sent(last - 1).last_token, last + 8)
    return any(L.without_conjunction(doc.w(x)) == "منهم" and doc.w(x + 1) == "من" for x in range(last, end))


def harmed_otherwise(doc: Document, noun: int | None, trigger: int | None) -> bool:
    """``ضحايا الاحتيال``، ``ضحايا لعمليات نصب``: a harm of ``harms`` that ضحايا
    governs (the figure's counted noun or its event word): its genitive, or the
    noun of a ل phrase after it; a harm in a place or time phrase (``في عملية
    سرقة``) is where the victims fell, not what they are victims of.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [c.value for c in extract_claims("وقع 300 شخص ضحايا لعمليات نصب")]  # synthetic
        []
    """
    for k in (noun, trigger):
        if k is not None and L.in_set(doc.w(k), L.VICTIM_NOUNS):
            nxt = k + 1
            if nxt >= doc.sent(k).last_token or doc.tokens[nxt].kind != "word":
                return False
            if L.in_set(doc.w(nxt), L.HARMS):
                return True
            return (nxt + 1 < doc.sent(k).last_token and L.has_proclitic(doc.w(nxt), "ل")
                    and L.in_set(doc.w(nxt + 1), L.HARMS))
    return False


def victim_referred(doc: Document, num: Numeral, noun: int | None, trigger: int | None) -> bool:
    """أحد with a definite victim noun (``أحد المصابين``): a candidate for one
    victim referred to, not counted. The caller reads the rest of decision
    rule H1: the subject of a verb of telling (``روى فلان أحد المصابين``،
    ``أحد المصابين يروي``), with no event word of its own (``وتوفي أحد
    المصابين`` has its event).

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [c.value for c in extract_claims("روى أحمد أحد المصابين تفاصيل التفجير. وأسعف الهلال أحد المصابين")]  # synthetic
        [1]
    """
    if trigger is not None or noun is None or num.value != 1 or num.kind != "words":
        return False
    if doc.w(num.first_token) not in L.ONE_OF:
        return False
    w = doc.w(noun)
    return L.definite(w) and L.lookup_noun(w, L.COUNTED_NOUNS) in ("killed", "injured")


def referred_one(doc: Document, num: Numeral, before: int | None) -> bool:
    """``أرملة أحد الشهداء``، ``حسب رواية أحد المصابين``: أحد as the genitive of a
    kin noun or of a witness's account names a person already known, not a
    count (decision rules 2 and H1)."""
    w = doc.w(num.first_token)
    if before is None or num.value != 1 or num.kind != "words" or w not in L.ONE_OF:
        return False
    head = doc.w(before)
    return L.in_set(head, L.KIN) or L.in_set(head, L.ACCOUNT_NOUNS) or L.in_set(head, L.HEADS_OF_ONE)


def family_size(doc: Document, num: Numeral) -> bool:
    """``أم لثلاثة أطفال``، ``أب لـ4 أبناء``، ``والد لطفلين``: a figure with the
    preposition ل right after a parent noun (``parents``) says how many children
    the parent has, not how many were hurt.

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> extract_claims("قتلت امرأة أم لثلاثة أطفال")  # synthetic
        []
    """
    if num.prefix != "ل":
        return False
    before = doc.prev_word(num.first_token)
    return before is not None and before == num.first_token - 1 and L.in_set(doc.w(before), L.PARENTS)


def tag_line(doc: Document, i: int) -> bool:
    """The figure at token i follows the word opening a keyword tag line (``سمات
    ابها احد المصابين تفجير``) in its sentence: a list of tags reports nothing
    (decision rule Q4). Read only in a sentence that holds the word (its mark).

    Example:
        >>> from analysis.casualties.claims import extract_claims
        >>> [c.value for c in extract_claims("وقتل 5 أشخاص سمات مقتل 3 جنود")]  # synthetic
        [5]
    """
    tagged = doc.matches.get(("tag-lines",))
    if tagged is None:  # one look at the whole text: most documents have no tag line at all
        tagged = doc.matches[("tag-lines",)] = any(word in doc.text for word in L.TAG_LINES)
    if not tagged:
        return False
    s = doc.sent_of[i]
    if not doc.marks(s) & MARK_TAGS:
        return False
    return any(doc.tokens[x].kind == "word" and doc.w(x) in L.TAG_LINES and _opens_tags(doc, x)
               for x in range(doc.sentences[s].first_token, i))


def _opens_tags(doc: Document, x: int) -> bool:
    """سمات at x opens a tag line, not the noun "features": nothing governs it (``من
    أبرز سمات``، ``تحمل سمات``: tag_governors) and no definite genitive follows
    it (``سمات المرحلة``، ``سمات هذه الحرب``), unless it opens its sentence."""
    b = doc.prev_word(x)
    if b is None or doc.tokens[b].kind != "word" or doc.sent_of[b] != doc.sent_of[x]:
        return True
    b2 = doc.prev_word(b)
    if L.in_set(doc.w(b), L.TAG_GOVERNORS) or (b2 is not None and L.in_set(doc.w(b2), L.TAG_GOVERNORS)):
        return False  # من أبرز سمات، تحمل الهجمات سمات: governed, within two words
    n = doc.next_word(x + 1)
    return n is None or doc.tokens[n].kind != "word" or not (
        L.definite(doc.w(n)) or doc.w(n) in ("هذه", "هذا", "تلك", "ذلك"))


__all__ = ["tag_line", "alternative", "naming_one", "one_of_a_place", "bare_year", "referred_one", "split_victims", "harmed_otherwise", "superlative", "victim_referred"]
