"""Casualty claims: one row per figure. How many, of whom, according to whom, by whom.

:func:`extract_claims` turns the numerals of a text (:mod:`.numerals`) into
:class:`Claim` records when Arabic news grammar makes them casualty figures:

* **category** from, in this order: the counted noun (``32 قتيلًا``,
  ``200 جريح``, ``سبعة من القتلى``); a subset marker before the figure
  (``بينهم طفلان``: the category of the figure it divides); an event noun or
  verb before it, past hedges and fillers (``مقتل 5``, ``أسفر عن سقوط``,
  ``أصيب 3 آخرون``, ``إجلاء أكثر من``; a finite verb may have its subject in
  between, ``قتلت قوات الأمن 5``); a verb after the counted noun
  (``173 مدنيا قتلوا``, ``لقي 20 متمردا مصرعهم``); coordination with the
  figure before (``لقي 22 …، و6 مواطنين مصرعهم``, ``إضافة إلى ثلاثة``); a
  toll that "rose to" the figure (``ارتفع عدد القتلى إلى 40``). ``مقتل وإصابة``
  gives ``killed_or_injured``. No trigger, no claim. Also: a copular
  predicate (``الضحايا هم أربعة``), a partitive (``من بين القتلى``), a
  purpose masdar after the figure (``اضطر 1.3 مليون للنزوح``); ``حالة/حالات``
  is a classifier whose kind follows it (``حالات إصابتهم``، ``حالتين متوسطة
  الإصابة``) or continues the cases just counted (``حالتان``); a status noun
  (``لاجئين``، ``سجينًا``) yields to the event word (``لقي … مصرعهم``). The
  specifier is also looked up without its tanween alif (``11 جثمانًا``).
  A plural verb carries its subject (``مسلحين قتلوا اثنين``: the figure after
  the verb is the victim, the noun before it the agent), and a figure joined
  by و is never governed by the word before the و (hedge or trigger), but
  an event word with one noun object before the و governs both conjuncts
  (``اختطاف شقيقه واثنين``); a word with و after a figure is the next
  conjunct, not its counted noun (``وفاة ثلاثة وإصابات``). A breakdown after
  a pronoun of separation divides the figure before it (``مقتل 13، هم أربعة
  جنود و…``); كان is a copula like هم (``الشهداء كانوا اثنين``); a cause
  preposition with a pronoun (``توفي على إثره 9``) and a parenthetical
  between dashes (``قتلت X -التي …- أكثر من``) stand transparently between
  verb and figure.
* **not claims**: disease cases (``أصيب أربعة بالمرض``), dates
  (``22-2-1436``), a bracketed figure repeating the one before
  (``شرطيين (اثنين)``), decimals and times (``13.00``), figures before a non-person
  noun (years, durations, places, money, units, percent, votes: see
  :data:`~analysis.casualties.lexicon.NON_PERSON`), after a label word
  (``عام 2020``, ``الساعة``, ``العمر``), and definite number words.
* **hedge** and bounds (``low``/``high``):

  ========== ===================================== ============== ==========
  hedge      cues                                  low            high
  ========== ===================================== ============== ==========
  exact      (none)                                value          value
  at_least   على الأقل، ما لا يقل عن                 value          null
  more_than  أكثر من، ما يزيد على/عن، يزيد عن، يفوق    value + 1      null
  about      نحو، حوالي، قرابة، زهاء، ما يقارب، ما يناهز null           null
  up_to      حتى، ما يصل إلى، أقل من                  null           value
  range      بين X و Y، من X إلى Y                   X              Y
  vague      عشرات، مئات، آلاف، بضعة، عدد من …        null           null
  ========== ===================================== ============== ==========

  "about" has no bound on purpose: news approximations have no stated margin,
  and an invented ±10% would look like data. For ``more_than`` on a round
  figure (أكثر من 200) ``low`` is 201 as the words say.
  Vague figures carry ``vague_default`` (ACLED-style, see
  :data:`analysis.casualties.numerals.VAGUE_DEFAULTS`) instead of a value.
* **group** from the counted noun (``مدني``, ``أطفال``, ``شرطيين``,
  ``رجال الأمن``, ``جنود``, ``مسلحين``) or the predicate of a subset
  (``سبعة من القتلى مدنيون``); ``unspecified`` otherwise.
* **parent**: a subset points to the claim it divides: after
  ``بينهم/منهم/من بينهم/بمن فيهم`` or a breakdown after ``هم`` the claim
  just before; for ``N من القتلى``
  the last claim of the same category. Coordinated figures share the parent.
* **source**: a quote (from :mod:`analysis.framing`) whose content holds the
  claim gives its speaker; otherwise, in the claim's clause, ``بحسب/وفق/
  نقلا عن …`` + noun phrase, then a reporting verb before the claim with its
  subject (``أعلنت X أن``), then an according-to phrase elsewhere in the
  sentence, then, for a sentence opening with a subjectless reporting verb
  (``وأشارت إلى أن``), the previous sentence's speaker. Nothing found: null.
* **perpetrator**, **cause**, **agency**: an agent named after a cause noun
  (``غارات التحالف``, ``قصف أذربيجاني``, ``برصاص قوات الأمن``, ``على يد``),
  the subject of an active verb (``قتلت X``, ``قامت X بإجلاء``); the cause is
  the nearest cause noun in the clause (``بانفجار لغمين`` → ``mine``,
  ``نتيجة القصف`` → ``shelling``). ``agency`` is ``named`` when an agent is
  named, ``inanimate`` when only a cause is stated, else ``agentless``
  (``خلّفت 32 قتيلا``, ``لقي حتفه``).

Not read: a singular noun as the figure 1 (``مقتل جندي``), pronoun forms
(``أحدهم``), and figures split across sentences.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence

from analysis.casualties import lexicon as L
from analysis.casualties.numerals import Numeral, find_numerals
from analysis.text.normalize import normalize
from analysis.text.sentences import Sentence, split_sentences
from analysis.text.tokenize import Token, tokenize


#: Words after a figure that are not its counted noun.
_FUNCTION = frozenset(
    "في علي عن الي منذ خلال جراء اثر بعد قبل ان من بينهم منهم بينها منها بينهن او و"
    " حتي حيث كما ثم مع عند لدي الذي التي الذين هناك حاليا امس اليوم اضافه بالاضافه"
    " علاوه".split()
)
_STATEMENT_NOUNS = frozenset(
    "بيان تصريح تصريحات حديث مؤتمر تقرير رساله تغريده اتصال مقابله كلمه منشور".split()
)
_MONTHS = frozenset(
    "يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط"
    " اذار نيسان ايار حزيران تموز اب ايلول تشرين".split()
)
_ERA = frozenset({"م", "ه", "هـ"})
_KILL_MASDAR = frozenset({"مقتل", "قتل", "استشهاد"})
_CASE_NOUNS = frozenset({"حاله", "حالات"})
#: Conjunctions that open a new clause: a verb's subject never reaches past them.
_CLAUSE_CONJ = frozenset("كما ثم حيث بينما فيما لكن ولكن حين عندما بعدما اذ".split())
_COPULA_PRONOUNS = frozenset({"هم", "هن", "هما"})
#: كان and its sisters' forms that link a definite subject to a figure (الشهداء كانوا اثنين).
_COPULA_VERBS = frozenset({"كان", "كانوا", "كانت", "كانا", "كانتا", "كن"})
#: Dashes that open and close a parenthetical (بوكو حرام -التي …- أكثر من).
_DASHES = frozenset({"-", "–", "—"})


@dataclass(frozen=True, slots=True)
class Claim:
    """One casualty figure.

    Attributes:
        doc_id: Document id.
        claim_id: Index of the claim in its document (0, 1, …), stable for a text.
        start: Offset of the figure phrase (number + counted noun, e.g. ``32 قتيلًا``).
        end: Offset after it; ``text == original[start:end]``.
        text: The figure phrase as written.
        category: ``killed`` | ``injured`` | ``killed_or_injured`` | ``evacuated`` |
            ``displaced`` | ``missing`` | ``detained`` | ``kidnapped``.
        value: The figure; ``None`` when vague.
        low: Lower bound implied by the hedge (see the module table), or ``None``.
        high: Upper bound, or ``None``.
        hedge: ``exact`` | ``at_least`` | ``more_than`` | ``about`` | ``up_to`` |
            ``range`` | ``vague``.
        vague_default: Conservative stand-in for a vague figure, else ``None``.
        group: ``civilians`` | ``children`` | ``women`` | ``police`` | ``military`` |
            ``fighters`` | ``unspecified``.
        parent: ``claim_id`` of the claim this one is a subset of, or ``None``.
        source: Actor id the figure is attributed to, when resolved, else ``None``.
        source_text: The attribution phrase as written, or ``None``.
        source_start: Offset of ``source_text`` (``None`` if absent).
        source_end: Offset after it.
        perpetrator: Actor id of the named agent (for evacuations: who
            evacuated), when resolved, else ``None``.
        perpetrator_text: The agent phrase as written, or ``None``.
        perpetrator_start: Offset of ``perpetrator_text``.
        perpetrator_end: Offset after it.
        cause: ``shelling`` | ``airstrike`` | ``bombing`` | ``explosion`` | ``mine`` |
            ``shooting`` | ``clashes`` | ``accident`` | ``fire`` | ``drowning`` |
            ``flood`` | ``execution`` | ``stabbing`` | ``attack``, or ``None``.
        cause_text: The cause phrase as written, or ``None``.
        cause_start: Offset of ``cause_text``.
        cause_end: Offset after it.
        agency: ``named`` | ``inanimate`` | ``agentless``.
        martyr_term: The figure is worded with شهيد/استشهاد.
        sentence: Index of the sentence holding the figure.
        numeral_text: The number alone as written (``32``, ``ألفَي``, ``طفلان``).
        dual_marked: For a figure read from a dual: whether it was marked
            (diacritics or ان); ``False`` marks the "no number governs it"
            reading of an ambiguous ``-ين``. ``None`` for other figures.
    """

    doc_id: str
    claim_id: int
    start: int
    end: int
    text: str
    category: str
    value: int | float | None
    low: int | float | None
    high: int | float | None
    hedge: str
    vague_default: int | None
    group: str
    parent: int | None
    source: str | None
    source_text: str | None
    source_start: int | None
    source_end: int | None
    perpetrator: str | None
    perpetrator_text: str | None
    perpetrator_start: int | None
    perpetrator_end: int | None
    cause: str | None
    cause_text: str | None
    cause_start: int | None
    cause_end: int | None
    agency: str
    martyr_term: bool
    sentence: int
    numeral_text: str
    dual_marked: bool | None


def extract_claims(
    text: str,
    tokens: Sequence[Token] | None = None,
    sentences: Sequence[Sentence] | None = None,
    *,
    doc_id: str = "",
    quotes: Iterable[Any] | None = None,
    actor_mentions: Iterable[Any] | None = None,
) -> list[Claim]:
    """Extract every casualty figure of a text.

    Args:
        text: The original text.
        tokens: Its tokens, if already computed.
        sentences: Its sentences, if already computed.
        doc_id: Copied into every claim.
        quotes: Reported statements (:class:`analysis.framing.quotes.Quote` or
            any object/dict with ``content_start``, ``content_end``,
            ``speaker``, ``speaker_text``, ``speaker_start``, ``speaker_end``).
            A claim inside a quote's content gets the quote's speaker.
        actor_mentions: Actor mentions (:class:`analysis.framing.actors.ActorMention`
            or objects/dicts with ``start``, ``end``, ``actor``), used to resolve
            source and perpetrator phrases to actor ids. Without them no actor
            id is given (``source``/``perpetrator`` stay null) and only the
            phrases (``source_text``, ``perpetrator_text``) are kept; the
            actor registry belongs to the framing stage, and
            :func:`analysis.annotate.annotate` passes its mentions.

    Returns:
        Claims in text order.

    Example:
        >>> text = "وأسفر القصف عن مقتل أكثر من 20 مدنيا بينهم 5 أطفال، بحسب المرصد."  # synthetic
        >>> [(c.text, c.category, c.value, c.hedge, c.group, c.parent, c.cause, c.source_text)
        ...  for c in extract_claims(text)]  # doctest: +NORMALIZE_WHITESPACE
        [('20 مدنيا', 'killed', 20, 'more_than', 'civilians', None, 'shelling', 'المرصد'),
         ('5 أطفال', 'killed', 5, 'exact', 'children', 0, 'shelling', 'المرصد')]
    """
    if tokens is None:
        tokens = tokenize(text)
    if sentences is None:
        sentences = split_sentences(text, tokens)
    return _Extractor(text, tokens, sentences, doc_id, quotes, actor_mentions).run()


# --------------------------------------------------------------------------- internals


@dataclass(slots=True)
class _Draft:
    numeral: Numeral
    first: int          # first token of the figure phrase
    last: int           # token after it
    noun: int | None    # token index of the counted noun
    category: str
    trigger: int | None
    martyr: bool
    parent: int | None = None
    subset: bool = False
    value: int | float | None = None
    high: int | float | None = None
    hedge: str = "exact"
    agent_span: tuple[int, int] | None = None
    coordinated_with: int | None = None


class _Extractor:
    def __init__(self, text, tokens, sentences, doc_id, quotes, mentions):
        self.text = text
        self.tokens = tokens
        self.norms = [t.norm for t in tokens]
        self.sentences = sentences
        self.doc_id = doc_id
        self.quotes = list(quotes) if quotes is not None else None
        self.mentions = list(mentions) if mentions is not None else None
        self.sent_of = [0] * len(tokens)
        for s in sentences:
            for i in range(s.first_token, s.last_token):
                self.sent_of[i] = s.index
        self.token_starts = [t.start for t in tokens]
        self.quotes_at = _by_token(self.token_starts, tokens, self.quotes, "content_start", "content_end")
        actors = None if self.mentions is None else [m if _get(m, "actor") else None for m in self.mentions]
        self.mentions_at = _by_token(self.token_starts, tokens, actors, "start", "end")
        self.clause_breaks: dict[int, list[int]] = {}
        self.last_of_category: dict[str, int] = {}
        self.previous_speakers: dict[int, tuple[int, int] | None] = {}
        self.cue_positions: dict[int, list[int]] = {}
        self.claims: list[Claim] = []
        self.drafts: list[_Draft] = []
        self.speaker_of_sentence: dict[int, tuple[int, int] | None] = {}
        self.numeral_at: dict[int, Numeral] = {}

    # ---- driver
    def run(self) -> list[Claim]:
        numerals = find_numerals(self.text, self.tokens)
        self.numeral_at = {n.first_token: n for n in numerals}
        consumed: set[int] = set()
        for k, num in enumerate(numerals):
            if k in consumed:
                continue
            nxt = numerals[k + 1] if k + 1 < len(numerals) else None
            draft = self._draft(num, nxt)
            if draft is None:
                continue
            if num.kind != "vague":
                nxt = numerals[k + 1] if k + 1 < len(numerals) else None
                if nxt is not None and self._range(draft, nxt):
                    consumed.add(k + 1)
            self.drafts.append(draft)
            self.last_of_category[draft.category] = len(self.drafts) - 1
            self.claims.append(self._finish(draft))
        return self.claims

    # ---- token helpers
    @staticmethod
    def _items_at(index: dict[int, list[int]], items: list, first: int, last: int) -> list:
        """The items of ``index`` overlapping tokens ``first..last-1``, in list order."""
        found = sorted({n for x in range(first, last) for n in index.get(x, ())})
        return [items[n] for n in found]

    def _w(self, i: int) -> str:
        if 0 <= i < len(self.tokens) and self.tokens[i].kind in ("word", "number"):
            return self.norms[i]
        return ""

    def _is_punct(self, i: int) -> bool:
        return self.tokens[i].kind in ("punct", "symbol")

    def _sent(self, i: int) -> Sentence:
        return self.sentences[self.sent_of[i]]

    # ---- figure → draft
    def _draft(self, num: Numeral, nxt: Numeral | None = None) -> _Draft | None:
        i, j = num.first_token, num.last_token
        if num.kind in ("digits", "mixed") and num.decimal:
            return None  # 13.00 is a time; 2.5 alone is no head count
        if isinstance(num.value, float) and not num.value.is_integer():
            return None
        before = self._prev_word(i)
        if before is not None:
            pb = self._w(before)
            if L.in_set(pb, L.NON_FIGURE_BEFORE | {"منذ"}) or L.in_set(pb, _MONTHS):
                return None
        if j < len(self.tokens) and (self._w(j) in _ERA or self.tokens[j].text in ("%", "٪")):
            return None
        if num.kind == "digits" and self._in_date(i, j):
            return None
        if self._restated(num):
            return None
        noun, via_min = self._counted_noun(num)
        if noun is not None and L.in_set(self._w(noun), L.NON_PERSON):
            return None
        if num.value is not None and num.value < 0:
            return None

        category, trigger, martyr, parent, subset = None, None, False, None, False
        agent_span = None
        coordinated = None
        # 1. the counted noun names the category
        if noun is not None:
            category = self._noun_category(noun)
            if category:
                martyr = L.in_set(self._w(noun), L.MARTYR)
                if via_min and self._w(noun).startswith(("ال", "وال")):
                    # "سبعة من القتلى": a part of a figure already given
                    parent = self._last_claim(category=category)
                    subset = parent is not None
        if num.kind == "dual" and not category:
            category = L.lookup(num.dual_noun, L.COUNTED_NOUNS)
            martyr = num.dual_noun in L.MARTYR
            if num.dual_noun in _CASE_NOUNS:
                category = self._case_category(num.first_token)
        hedge_first = self._hedge_before(i)[0]
        opener = self._prev_word(i)
        if (hedge_first == i and opener is not None and nxt is not None
                and self._range_gap(num, nxt, self._w(opener))):
            hedge_first = opener  # "بين 30 و40": the trigger stands before بين
        if category in L.STATUS_CATEGORIES:
            # "لقي ثلاثة لاجئين مصرعهم", "اعتقال 5 لاجئين": the noun names who
            # they were, the event word what befell them
            found = self._trigger_before(hedge_first) or self._trigger_after(noun)
            if found:
                category, trigger = found[0], found[1]
                agent_span = found[2] if len(found) > 2 else None
                martyr = L.in_set(self._w(trigger), L.MARTYR)
        # 1b. a partitive predicate after the noun phrase: أربعة من القادة من بين القتلى
        if not category and noun is not None:
            category = self._partitive_after(noun)
            if category and via_min:
                parent = self._last_claim(category=category)
                subset = parent is not None
        # 2. subset marker: بينهم طفلان, or after the figure: خمسة منهم
        if not category:
            k = self._prev_word(hedge_first)
            after = self._next_word(j)
            if after is not None and self._w(after) in ("منهم", "منهن", "منها"):
                k = after
            if k is not None and self._is_subset_marker(k) and self.drafts:
                prev = self.drafts[-1]
                if self.sent_of[prev.first] == self.sent_of[i]:
                    category = prev.category
                    parent = len(self.drafts) - 1
                    subset = True
        # 2b. a breakdown after a pronoun of separation: مقتل 13 شخصا، هم
        # أربعة جنود و…: the parts of the figure just given
        if not category:
            prev_idx = self._breakdown_of(hedge_first)
            if prev_idx is not None:
                category = self.drafts[prev_idx].category
                parent, subset = prev_idx, True
        # 3a. a copular sentence: الضحايا هم أربعة قاصرين، الشهداء كانوا اثنين
        if not category:
            category = self._copula_category(hedge_first)
        # 3. trigger before
        if not category:
            found = self._trigger_before(hedge_first)
            if found:
                category, trigger, agent_span = found
                martyr = L.in_set(self._w(trigger), L.MARTYR)
        # 4. trigger after
        if not category:
            found = self._trigger_after(noun if noun is not None else j - 1)
            if found:
                category, trigger = found
                martyr = L.in_set(self._w(trigger), L.MARTYR)
        # 5. coordination with the figure before
        if not category:
            prev_idx = self._coordinated(hedge_first, num)
            if prev_idx is not None:
                prev = self.drafts[prev_idx]
                category, martyr = prev.category, prev.martyr
                parent, subset = prev.parent, prev.subset
                coordinated = prev_idx
        elif self.drafts and parent is None:
            prev_idx = self._coordinated(hedge_first, num)
            if prev_idx is not None and self.drafts[prev_idx].subset and not subset:
                # "بينهم امرأتان وثلاثة أطفال": the second part shares the parent
                if self.drafts[prev_idx].category == category:
                    parent, subset = self.drafts[prev_idx].parent, True
                    coordinated = prev_idx
        # 6. "the toll rose to N"
        if not category:
            found = self._toll(hedge_first)
            if found:
                category, trigger = found
        # 7. a bare حالة figure continues the cases counted just before it
        if not category and self._is_case_figure(num, noun) and self.drafts:
            prev = self.drafts[-1]
            if (self.sent_of[prev.first] == self.sent_of[i]
                    and self._is_case_figure(prev.numeral, prev.noun)):
                category = prev.category
        if not category:
            return None
        last = self._phrase_end(num, noun, via_min)
        if self._disease(noun, last):
            return None
        hedge = "vague" if num.kind == "vague" else self._hedge(i, last)
        return _Draft(num, num.first_token, last, noun, category, trigger, martyr, parent,
                      subset, num.value, num.value, hedge, agent_span, coordinated)

    def _restated(self, num: Numeral) -> bool:
        """``مقتل شرطيين (اثنين)``: a bracketed figure that repeats the one before it."""
        i, j = num.first_token, num.last_token
        if not self.drafts or i < 1 or self.tokens[i - 1].text != "(":
            return False
        if j >= len(self.tokens) or self.tokens[j].text != ")":
            return False
        prev = self.drafts[-1]
        return prev.last == i - 1 and prev.value == num.value

    def _in_date(self, i: int, j: int) -> bool:
        """The digits are part of a date: groups glued by / or three glued by -.

        ``22-2-1436``، ``12/3/2015``; ``30-40`` alone is a range and stays a figure.
        """
        toks = self.tokens

        def glued(a: int, b: int) -> bool:  # toks[a] sep toks[b], no spaces
            return (0 <= a and b < len(toks) and toks[a + 1].text in ("-", "/")
                    and toks[a].end == toks[a + 1].start and toks[a + 1].end == toks[b].start
                    and toks[a].text[:1].isdigit() and toks[b].text[:1].isdigit())

        first, last, seps = i, j - 1, set()
        while glued(first - 2, first):
            seps.add(toks[first - 1].text)
            first -= 2
        while glued(last, last + 2):
            seps.add(toks[last + 1].text)
            last += 2
        groups = (last - first) // 2 + 1
        return "/" in seps or groups >= 3

    def _partitive_after(self, noun: int) -> str | None:
        """``من بين القتلى`` within four words after the counted noun."""
        x = noun + 1
        while x < len(self.tokens) and x - noun <= 4 and self.sent_of[x] == self.sent_of[noun]:
            if self.tokens[x].kind != "word":
                return None
            if self._w(x) in ("من", "ومن") and self._w(x + 1) == "بين":
                return self._partitive_category(x)
            x += 1
        return None

    def _breakdown_of(self, i: int) -> int | None:
        """``13 قتيلا، هم أربعة``: the draft ending right before هم/هن/هما, if any."""
        num = self.numeral_at.get(i)
        if not self.drafts or (num is not None and num.prefix):
            return None
        k = self._prev_word(i)
        if k is None or self._w(k) not in _COPULA_PRONOUNS:
            return None
        k -= 1
        while k >= 0 and self.tokens[k].text in ("،", ","):
            k -= 1
        prev = self.drafts[-1]
        if k < 0 or prev.last != k + 1 or self.sent_of[prev.first] != self.sent_of[i]:
            return None
        return len(self.drafts) - 1

    def _copula_category(self, i: int) -> str | None:
        """``الضحايا هم أربعة``: a definite counted noun, a pronoun of separation
        or a form of كان, the figure."""
        k = self._prev_word(i)
        if k is None or (self._w(k) not in _COPULA_PRONOUNS and self._w(k) not in _COPULA_VERBS):
            return None
        k2 = self._prev_word(k)
        if k2 is None or not self._w(k2).startswith(("ال", "وال")):
            return None
        return L.lookup_noun(self._w(k2), L.COUNTED_NOUNS)

    def _is_case_figure(self, num: Numeral, noun: int | None) -> bool:
        if num.kind == "dual":
            return num.dual_noun in _CASE_NOUNS
        return noun is not None and L.in_set(self._w(noun), _CASE_NOUNS)

    def _disease(self, noun: int | None, last: int) -> bool:
        """The figure counts cases of a disease (أصيب أربعة بالمرض، 3 حالات إصابة بالفيروس)."""
        spots = [noun, last]
        if last < len(self.tokens) and L.in_set(self._w(last), L.CAUSE_PREPS):
            spots.append(last + 1)  # وفاة بسبب الأمراض
        for x in spots:
            if x is not None and x < len(self.tokens) and self.sent_of[x] == self.sent_of[last - 1]:
                if L.in_set(self._w(x), L.DISEASES):
                    return True
        return False

    def _prev_word(self, i: int) -> int | None:
        """Index of the token before ``i`` in the same sentence, skipping quote marks."""
        k = i - 1
        while k >= 0 and (self.tokens[k].kind == "quote" or self.tokens[k].text == "("):
            k -= 1
        if k < 0 or self.sent_of[k] != self.sent_of[i]:
            return None
        return k

    def _next_word(self, i: int) -> int | None:
        k = i
        while k < len(self.tokens) and (self.tokens[k].kind == "quote" or self.tokens[k].text == ")"):
            k += 1
        if k >= len(self.tokens) or (i > 0 and self.sent_of[k] != self.sent_of[i - 1]):
            return None
        return k

    def _counted_noun(self, num: Numeral) -> tuple[int | None, bool]:
        if num.kind == "dual":
            return num.first_token, False
        k = self._next_word(num.last_token)
        if k is None or self.tokens[k].kind != "word":
            return None, False
        w = self._w(k)
        if w == "من":
            k2 = self._next_word(k + 1)
            if k2 is not None and self.tokens[k2].kind == "word":
                return k2, True
            return None, False
        if num.kind == "vague" and num.vague_kind == "several" and num.text.endswith("من"):
            return k, True
        if w in _FUNCTION or L.in_set(w, _post_verbs()) or self._is_hedge_after(k):
            return None, False
        if (w.startswith("و") and not _listed_noun(w)
                and (L.lookup_noun(w[1:], L.COUNTED_NOUNS) or L.lookup(w[1:], L.PRE_TRIGGERS))):
            # "(اثنين) وإصابة", "وفاة ثلاثة وإصابات آخرين": a specifier never
            # carries و; this is the next conjunct (a noun whose own first
            # letter is و, وفيات, is listed as written)
            return None, False
        return k, False

    def _noun_category(self, k: int) -> str | None:
        w = self._w(k)
        cat = L.lookup_noun(w, L.COUNTED_NOUNS)
        if cat:
            return cat
        if L.in_set(w, _CASE_NOUNS):
            return self._case_category(k)
        return None

    def _case_category(self, k: int) -> str | None:
        """The kind of case after حالة/حالات/حالتان at token k."""
        # حالة is a classifier: the kind of case follows, as a noun in
        # construct (حالة وفاة، حالات إصابتهم خطيرة) or a partitive
        # (39 حالة من بين المصابين)
        nxt = self._next_word(k + 1)
        if nxt is None:
            return None
        for form in L.without_possessive(self._w(nxt)):
            cat = L.lookup_noun(form, L.COUNTED_NOUNS)
            if cat:
                return cat
        after = self._next_word(nxt + 1)
        if (after is not None and self.tokens[nxt].kind == "word"
                and self._w(after).startswith("ال") and self._w(nxt) not in _FUNCTION):
            # an adjective in improper annexation: حالتين متوسطة الإصابة
            cat = L.lookup_noun(self._w(after), L.COUNTED_NOUNS)
            if cat:
                return cat
        return self._partitive_category(k + 1)
        return None

    def _partitive_category(self, k: int) -> str | None:
        """``من (بين) القتلى`` at token k: the category of the definite counted noun."""
        if self._w(k) not in ("من", "ومن"):
            return None
        k = k + 1
        if self._w(k) == "بين":
            k += 1
        w = self._w(k)
        if not w.startswith(("ال", "وال")):
            return None
        return L.lookup_noun(w, L.COUNTED_NOUNS)

    def _is_subset_marker(self, k: int) -> bool:
        w = self._w(k)
        if w in L.SUBSET_MARKERS or (w.startswith("و") and w[1:] in L.SUBSET_MARKERS):
            return True
        if w in ("فيهم", "فيهن") and self._w(k - 1) in ("بمن", "ومن"):
            return True
        return False

    def _hedge_before(self, i: int) -> tuple[int, str | None]:
        """(first token of the hedge phrase before token i, hedge) or (i, None)."""
        num = self.numeral_at.get(i)
        if num is not None and num.prefix.startswith(("و", "ف")):
            # "12 شخصا تقريبا و5 جنود": the conjunction stands between, so the
            # word before it closes the previous figure
            return i, None
        if i < 1:
            return i, None
        last = self._w(i - 1)
        for words, hedge in _hedges_ending(last):
            n = len(words)
            start = i - n
            if start < 0:
                continue
            ws = [self._w(k) for k in range(start, i)]
            if ws and ws[0].startswith("و") and ws[0][1:] == words[0]:
                ws[0] = words[0]
            if tuple(ws) == words:
                return start, hedge
        return i, None

    def _is_hedge_after(self, k: int) -> bool:
        for words, _ in L.HEDGES_AFTER:
            if tuple(self._w(x) for x in range(k, k + len(words))) == words:
                return True
        return False

    def _hedge(self, i: int, last: int) -> str:
        _, before = self._hedge_before(i)
        if before:
            return before
        for words, hedge in L.HEDGES_AFTER:
            if tuple(self._w(x) for x in range(last, last + len(words))) == words:
                return hedge
        return "exact"

    def _trigger_before(self, i: int):
        """Scan left from token i for an event noun/verb; (category, index, agent span)."""
        num = self.numeral_at.get(i)
        if num is not None and num.prefix.startswith(("و", "ف")):
            # "حالة وفاة وحالتين": the conjunction opens a new conjunct; the word
            # before it does not govern the figure (coordination may), but an
            # event word may govern both conjuncts (اختطاف شقيقه واثنين)
            return self._shared_trigger(i) if num.prefix.startswith("و") else None
        k = i - 1
        limit_sent = self.sent_of[i] if i < len(self.tokens) else None
        skipped_nonfiller = 0
        nonfiller_start = None
        while k >= 0 and self.sent_of[k] == limit_sent:
            tok = self.tokens[k]
            if tok.kind == "quote" or (tok.text == "(" and k == i - 1):
                # «17» and (15): the press often wraps a figure in quotes or brackets
                k -= 1
                continue
            if tok.text in _DASHES:
                opener = self._dash_opener(k)
                if opener is not None:
                    # a parenthetical between dashes is transparent: the
                    # subject before it still separates verb and figure
                    k = opener - 1
                    continue
            if tok.kind != "word":
                return None
            w = self._w(k)
            if self._pronoun_cause(k):
                # "توفي على إثره 9": a cause preposition with a pronoun refers
                # back and is transparent between verb and figure
                k -= 1
                if self._w(k) in ("علي", "في"):
                    k -= 1
                continue
            cat = self._pre_category(k)
            if cat:
                if skipped_nonfiller and (not L.in_set(w, L.FINITE_VERBS) or w.endswith("وا")):
                    # a plural verb (قتلوا) carries its subject as a suffix: the
                    # words after it are no subject, so it does not reach the figure
                    return None
                agent = (k + 1, nonfiller_start + 1) if skipped_nonfiller else None
                return cat, k, agent
            if w in L.FILLERS or (w.startswith("و") and w[1:] in L.FILLERS):
                if skipped_nonfiller:
                    return None
                k -= 1
                continue
            if self._is_number_token(k) or w in L.SUBSET_MARKERS or w in _CLAUSE_CONJ:
                return None
            # a finite verb may have its subject between it and the figure
            skipped_nonfiller += 1
            if nonfiller_start is None:
                nonfiller_start = k
            if skipped_nonfiller > 4:
                return None
            k -= 1
        return None

    def _shared_trigger(self, i: int):
        """``اختطاف شقيقه واثنين``: the figure is the second object of an event word.

        One noun (no figure, no definite noun after a preposition) stands
        between the event word and the و of the figure: both conjuncts are
        its objects.
        """
        k = self._prev_word(i)
        if k is None or self.tokens[k].kind != "word" or self._is_number_token(k):
            return None
        w = self._w(k)
        if (w in _FUNCTION or w in L.FILLERS or w in _CLAUSE_CONJ or w in L.SUBSET_MARKERS
                or w.startswith(("بال", "لل", "كال")) or L.lookup(w, L.PRE_TRIGGERS)
                or L.lookup(w, L.CAUSES) or L.lookup_noun(w, L.COUNTED_NOUNS)):
            return None
        t = self._prev_word(k)
        if t is None or self.tokens[t].kind != "word":
            return None
        cat = self._pre_category(t)
        return (cat, t, None) if cat else None

    def _pronoun_cause(self, k: int) -> bool:
        """``إثره``، ``جراءها``، ``بسببهم``: a cause preposition with a pronoun suffix."""
        w = self._w(k)
        return any(f != w and L.in_set(f, L.CAUSE_PREPS) for f in L.without_possessive(w))

    def _dash_opener(self, k: int) -> int | None:
        """For a closing dash at k, the opening dash of the same sentence, if any."""
        x = k - 1
        while x >= 0 and k - x <= 15 and self.sent_of[x] == self.sent_of[k]:
            tok = self.tokens[x]
            if tok.text in _DASHES:
                return x if x < k - 1 else None
            if tok.kind == "number" or tok.text in ("،", ",", ".", ":", "؛"):
                return None
            x -= 1
        return None

    def _pre_category(self, k: int) -> str | None:
        w = self._w(k)
        cat = L.lookup(w, L.PRE_TRIGGERS)
        if not cat:
            return None
        if cat == "injured" and k > 0:
            # مقتل وإصابة / قتل وجرح: two coordinated verbal nouns share one
            # object, so the figure is a joint one. (قتلوا وأصيب are two clauses.)
            prev = self._w(k - 1)
            if w.startswith("و") and L.in_set(prev, _KILL_MASDAR):
                return "killed_or_injured"
        if cat == "killed" and w.endswith(("قتلي", "ضحايا")) and not w.startswith(("ال", "وال")):
            return None  # قتلى/ضحايا before a figure only as "عدد القتلى", handled by _toll
        if L.in_set(w, frozenset({"قتلي", "القتلي", "ضحايا", "جرحي"})):
            return None
        return cat

    def _trigger_after(self, k: int):
        """A verb after the counted noun (``173 مدنيا قتلوا``, ``… مصرعهم``)."""
        verbs = _post_verbs()
        found = self._purpose(k + 1)
        if found:
            return found
        steps = 0
        x = k + 1
        while x < len(self.tokens) and steps < 8 and self.sent_of[x] == self.sent_of[k]:
            tok = self.tokens[x]
            if tok.kind == "punct" and tok.text not in ("(", ")"):
                return None
            w = self._w(x)
            if w and L.in_set(w, verbs):
                if self._object_follows(x):
                    # "مسلحين قتلوا اثنين": the verb is active, its victims are
                    # the figure after it; the noun before is its subject
                    return None
                for cat, forms in L.POST_TRIGGERS.items():
                    if L.in_set(w, forms):
                        return cat, x
            if w == "عداد" or w == "بعداد":
                nxt = self._next_word(x + 1)
                if nxt is not None:
                    cat = L.lookup_noun(self._w(nxt), L.COUNTED_NOUNS)
                    if cat:
                        return cat, nxt
            if self._is_number_token(x):
                return None
            x += 1
            steps += 1
        return None

    def _purpose(self, x: int):
        """``ل/إلى/على`` + a verbal noun right after the figure: اضطر 1.3 مليون للنزوح."""
        if x >= len(self.tokens) or self.tokens[x].kind != "word" or self.sent_of[x] != self.sent_of[x - 1]:
            return None
        w = self._w(x)
        if w in ("الي", "علي") and x + 1 < len(self.tokens) and self.tokens[x + 1].kind == "word":
            x, w = x + 1, self._w(x + 1)
            if not w.startswith("ال"):
                return None
        elif not w.startswith("ل"):
            return None
        cat = L.lookup(w, L.PURPOSE_MASDARS)
        return (cat, x) if cat else None

    def _object_follows(self, x: int) -> bool:
        """A figure stands right after token x, not joined by و/ف."""
        num = self.numeral_at.get(x + 1)
        return num is not None and not num.prefix.startswith(("و", "ف"))

    def _is_number_token(self, k: int) -> bool:
        return self.tokens[k].kind == "number" or any(
            d.numeral.first_token <= k < d.last for d in self.drafts[-3:]
        )

    def _coordinated(self, i: int, num: Numeral) -> int | None:
        """Index of the draft this figure is coordinated with (و…، إضافة إلى …)."""
        if not self.drafts or num.dual_marked is False:
            # an unmarked -ين read as a dual is a weak reading: it needs a
            # trigger of its own, not one inherited by coordination
            return None
        prev = self.drafts[-1]
        if self.sent_of[prev.first] != self.sent_of[i]:
            return None
        joined = num.prefix.startswith("و")
        prev_end = prev.last
        for words, _ in L.HEDGES_AFTER:
            # "قتل 39 متمردا على الأقل و17 مقاتلا": the hedge closes the first figure
            if tuple(self._w(x) for x in range(prev_end, prev_end + len(words))) == words:
                prev_end += len(words)
                break
        k = i - 1
        gap = 0
        np_words = 0
        while k >= prev_end and gap < 8:
            w = self._w(k)
            tok = self.tokens[k]
            if tok.kind in ("punct", "quote") and tok.text in ("،", ",", "«", "»", '"'):
                pass
            elif w in ("و", "اضافه", "بالاضافه", "الي", "علاوه", "عن") or w == "واضافه":
                joined = True
            elif (joined and tok.kind == "word" and np_words < 6
                  and (w not in _FUNCTION or w in ("من", "في", "منهم"))
                  and not L.lookup(w, L.PRE_TRIGGERS) and not L.in_set(w, _post_verbs())
                  and not L.lookup(w, L.CAUSES)):
                # the rest of the previous figure's noun phrase
                # (9 من مسلحي الحوثيين و6 …)
                np_words += 1
            else:
                return None
            k -= 1
            gap += 1
        if k >= prev_end:
            return None
        return len(self.drafts) - 1 if joined else None

    def _toll(self, i: int):
        k = self._prev_word(i)
        if k is None:
            return None
        # "بلغ عدد النازحين 300 ألف": the figure right after عدد + noun
        before = self._prev_word(k)
        if (before is not None and L.in_set(self._w(before), L.TOLL_WORDS)
                and self._w(k).startswith(("ال", "وال"))):
            cat = L.lookup(self._w(k), L.COUNTED_NOUNS)
            if cat:
                return cat, k
        if not L.in_set(self._w(k), L.RISE_WORDS):
            return None
        s = self._sent(i)
        for x in range(k - 1, max(s.first_token, k - 12) - 1, -1):
            if L.in_set(self._w(x), L.TOLL_WORDS):
                nxt = self._next_word(x + 1)
                if nxt is not None:
                    cat = L.lookup_noun(self._w(nxt), L.COUNTED_NOUNS)
                    if cat:
                        return cat, nxt
                if L.in_set(self._w(x), frozenset({"حصيله"})):
                    return "killed", x
        return None

    def _phrase_end(self, num: Numeral, noun: int | None, via_min: bool) -> int:
        if noun is None or num.kind == "dual":
            return num.last_token
        end = noun + 1
        if L.in_set(self._w(noun), frozenset({"حاله", "حالات"})):
            nxt = self._next_word(end)
            if nxt is not None and L.lookup_noun(self._w(nxt), L.COUNTED_NOUNS):
                end = nxt + 1
        return end

    def _range_gap(self, num: Numeral, nxt: Numeral, opener: str) -> bool:
        gap = [self._w(x) for x in range(num.last_token, nxt.first_token)]
        if opener in ("بين", "مابين"):
            return (nxt.prefix == "و" and not gap) or gap == ["و"]
        return opener == "من" and gap == ["الي"]

    def _range(self, draft: _Draft, nxt: Numeral) -> bool:
        """بين X و Y / من X إلى Y: fold Y into the draft."""
        i = draft.numeral.first_token
        k = self._prev_word(i)
        if k is None or not self._range_gap(draft.numeral, nxt, self._w(k)):
            return False
        if nxt.value is None or draft.value is None:
            return False
        draft.high = nxt.value
        draft.hedge = "range"
        noun = self._next_word(nxt.last_token)
        draft.last = nxt.last_token
        if noun is not None and self.tokens[noun].kind == "word" and self._w(noun) not in _FUNCTION:
            if not L.in_set(self._w(noun), L.NON_PERSON):
                draft.last = noun + 1
                if draft.noun is None:
                    draft.noun = noun
        return True

    def _last_claim(self, *, category: str) -> int | None:
        return self.last_of_category.get(category)

    # ---- draft → claim
    def _finish(self, d: _Draft) -> Claim:
        num = d.numeral
        start = num.start
        end = self.tokens[d.last - 1].end
        value = d.value
        hedge = d.hedge
        low = high = None
        if hedge == "exact":
            low = high = value
        elif hedge == "at_least":
            low = value
        elif hedge == "more_than":
            low = value + 1 if value is not None else None
        elif hedge == "up_to":
            high = value
        elif hedge == "range":
            low, high = value, d.high
        group = self._group(d)
        src = self._source(d)
        perp = self._perpetrator(d)
        cause = self._cause(d)
        agency = "named" if perp else ("inanimate" if cause else "agentless")
        src_id = self._resolve(src) if src else None
        perp_id = self._resolve(perp) if perp else None
        return Claim(
            doc_id=self.doc_id,
            claim_id=len(self.claims),
            start=start,
            end=end,
            text=self.text[start:end],
            category=d.category,
            value=value,
            low=low,
            high=high,
            hedge=hedge,
            vague_default=num.vague_default,
            group=group,
            parent=d.parent,
            source=src_id,
            source_text=self.text[src[0]:src[1]] if src else None,
            source_start=src[0] if src else None,
            source_end=src[1] if src else None,
            perpetrator=perp_id,
            perpetrator_text=self.text[perp[0]:perp[1]] if perp else None,
            perpetrator_start=perp[0] if perp else None,
            perpetrator_end=perp[1] if perp else None,
            cause=cause[0] if cause else None,
            cause_text=self.text[cause[1]:cause[2]] if cause else None,
            cause_start=cause[1] if cause else None,
            cause_end=cause[2] if cause else None,
            agency=agency,
            martyr_term=d.martyr,
            sentence=self.sent_of[num.first_token],
            numeral_text=num.text,
            dual_marked=num.dual_marked,
        )

    def _group(self, d: _Draft) -> str:
        num = d.numeral
        if num.kind == "dual":
            g = L.lookup(num.dual_noun, L.GROUPS)
            if g:
                return g
        if d.noun is None:
            return "unspecified"
        w = self._w(d.noun)
        # "رجال الشرطة"، "عناصر الأمن"، "أفراد الجيش": the second noun decides
        if L.in_set(w, frozenset({"رجال", "عناصر", "افراد", "منتسبي", "منسوبي", "قوات"})):
            nxt = self._next_word(d.noun + 1)
            if nxt is not None:
                g = L.lookup(self._w(nxt), L.GROUPS)
                if g:
                    return g
        g = L.lookup(w, L.GROUPS)
        if g:
            return g
        if L.lookup_noun(w, L.COUNTED_NOUNS) or L.in_set(w, frozenset({"اخرون", "اخرين", "شخصا"})):
            # "سبعة من القتلى مدنيون": the predicate names the group
            nxt = self._next_word(d.noun + 1)
            if nxt is not None and self.tokens[nxt].kind == "word":
                g = L.lookup(self._w(nxt), L.GROUPS)
                if g:
                    return g
        return "unspecified"

    # ---- attribution
    def _source(self, d: _Draft) -> tuple[int, int] | None:
        num = d.numeral
        start, end = num.start, self.tokens[d.last - 1].end
        if self.quotes:
            for q in self._items_at(self.quotes_at, self.quotes, num.first_token, num.first_token + 1):
                cs, ce = _get(q, "content_start"), _get(q, "content_end")
                if cs is not None and ce is not None and cs <= start and end <= ce:
                    ss, se = _get(q, "speaker_start"), _get(q, "speaker_end")
                    if ss is not None and se is not None:
                        return ss, se
        i = num.first_token
        s = self._sent(i)
        c0, c1 = self._clause(i)
        # 1. بحسب X in the claim's clause
        span = self._according(c0, c1)
        if span:
            return span
        # 2. a reporting verb before the claim in its clause
        span = self._speech(c0, i)
        if span == "continuation":
            return self._previous_speaker(s.index)
        if span:
            return span
        # 3. بحسب X elsewhere in the sentence
        span = self._according(s.first_token, s.last_token)
        if span:
            return span
        # 4. a reporting verb at the start of the sentence (first clause)
        span = self._speech(s.first_token, min(i, self._clause(s.first_token)[1]))
        if span == "continuation":
            return self._previous_speaker(s.index)
        return span or None

    def _clause(self, i: int) -> tuple[int, int]:
        s = self._sent(i)
        breaks = self.clause_breaks.get(s.index)
        if breaks is None:
            breaks = [s.first_token]
            for x in range(s.first_token, s.last_token):
                w = self._w(x)
                if (w in ("فيما", "بينما", "وفيما", "وبينما")
                        or (w in ("في", "وفي") and self._w(x + 1) in ("حين", "وقت"))
                        or self.tokens[x].text == "؛"):
                    breaks.append(x)
            breaks.append(s.last_token)
            self.clause_breaks[s.index] = breaks
        # breaks are sorted: the clause of i runs from the last break <= i to the next
        k = bisect_right(breaks, i)
        if 0 < k < len(breaks):
            return breaks[k - 1], breaks[k]
        return s.first_token, s.last_token

    def _cue_positions(self, forms: frozenset[str]) -> list[int]:
        """Sorted indices of the tokens that are a form of ``forms`` (also after و/ف)."""
        key = id(forms)
        found = self.cue_positions.get(key)
        if found is None:
            found = self.cue_positions[key] = [
                x for x in range(len(self.tokens)) if _bare(self._w(x), forms) in forms]
        return found

    def _cues_between(self, forms: frozenset[str], a: int, b: int) -> list[int]:
        positions = self._cue_positions(forms)
        return positions[bisect_left(positions, a):bisect_left(positions, b)]

    def _according(self, a: int, b: int) -> tuple[int, int] | None:
        for x in self._cues_between(L.ACCORDING, a, b):
            bare = _bare(self._w(x), L.ACCORDING)
            y = x + 1
            if bare in ("وفقا", "طبقا", "استنادا") and y < b and self._w(y) in ("ل", "لما"):
                y += 1
            if bare in ("نقلا", "بناء") and y < b and self._w(y) in ("عن", "علي"):
                y += 1
            if y < b and self._w(y) in ("ما", "لما"):
                y += 1
                if y < b and L.in_set(self._w(y), L.SPEECH | frozenset({"اوردته", "ذكرته", "نشرته"})):
                    y += 1
            span = self._noun_phrase(y, b, strip_l=bare in ("وفقا", "طبقا", "استنادا"))
            if span:
                return span
        return None

    def _speech(self, a: int, b: int):
        for x in self._cues_between(L.SPEECH, a, b):
            y = x + 1
            if y < len(self.tokens) and self._w(y) in ("الي", "ان", "انه", "انها", "بان", "بانه"):
                if x == self._sent(x).first_token:
                    return "continuation"
                return None
            if y < len(self.tokens) and self.tokens[y].text in (":", "«", '"'):
                return "continuation" if x == self._sent(x).first_token else None
            span = self._noun_phrase(y, b if b > y else self._sent(x).last_token)
            if span:
                return span
        return None

    def _noun_phrase(self, y: int, b: int, *, strip_l: bool = False) -> tuple[int, int] | None:
        s_last = self._sent(y).last_token if y < len(self.tokens) else y
        end = y
        first_start = None
        x = y
        while x < s_last and x - y < 10:
            tok = self.tokens[x]
            if tok.kind != "word":
                break
            w = self._w(x)
            if w in L.SOURCE_STOP or w in ("من", "ما", "قد"):
                if w == "في" and self._w(x + 1) and not L.in_set(self._w(x + 1), _STATEMENT_NOUNS) \
                        and x > y and self.tokens[x + 1].kind == "word":
                    pass  # "في أرمينيا" belongs to the phrase; "في بيان" does not
                else:
                    break
            if L.lookup(w, L.PRE_TRIGGERS) and x > y:
                break
            if first_start is None:
                first_start = tok.start
                if strip_l and w.startswith("ل") and not w.startswith("لل") and len(w) > 2:
                    first_start = tok.start + _letters_offset(tok.text, 1)
            end = x + 1
            x += 1
        if first_start is None or end == y:
            return None
        return first_start, self.tokens[end - 1].end

    def _previous_speaker(self, sent_index: int) -> tuple[int, int] | None:
        if sent_index not in self.previous_speakers:
            self.previous_speakers[sent_index] = self._find_previous_speaker(sent_index)
        return self.previous_speakers[sent_index]

    def _find_previous_speaker(self, sent_index: int) -> tuple[int, int] | None:
        if sent_index == 0:
            return None
        prev = self.sentences[sent_index - 1]
        # the previous sentence's first reporting verb with a subject, else its بحسب X
        span = self._speech(prev.first_token, prev.last_token)
        if span == "continuation":
            return self._previous_speaker(sent_index - 1)
        if span:
            return span
        return self._according(prev.first_token, prev.last_token)

    # ---- agent and cause
    def _perpetrator(self, d: _Draft) -> tuple[int, int] | None:
        if d.agent_span is not None:
            a, b = d.agent_span
            span = self._noun_phrase(a, b if b > a else a + 1)
            if span:
                return span
        c0, c1 = self._clause(d.numeral.first_token)
        trig = d.trigger if d.trigger is not None else d.numeral.first_token
        # قامت X بإجلاء …
        for x in range(trig - 1, max(c0, trig - 12) - 1, -1):
            w = self._w(x)
            if w in ("قام", "قامت", "تقوم", "يقوم", "وقامت", "وقام"):
                span = self._noun_phrase(x + 1, trig)
                if span:
                    return span
        # agent after a cause noun: غارات التحالف، قصف أذربيجاني، برصاص قوات الأمن
        for x in self._window(d, c0, c1):
            w = self._w(x)
            if L.lookup(w, L.CAUSES) or L.in_set(w, L.AGENT_INTRO):
                y = x + 1
                if y < c1 and L.in_set(self._w(y), L.NOT_AGENT_NISBA):
                    y += 1
                if y < c1 and self._agent_head(y):
                    span = self._noun_phrase(y, c1)
                    if span:
                        return span
        return None

    def _agent_head(self, y: int) -> bool:
        w = self._w(y)
        if not w or self.tokens[y].kind != "word":
            return False
        if L.in_set(w, L.AGENT_HEADS):
            return True
        if self.mentions is not None:
            t = self.tokens[y]
            return any(_get(m, "start") <= t.start < _get(m, "end")
                       for m in self._items_at(self.mentions_at, self.mentions, y, y + 1))
        # Without the framing stage's actor mentions there is no registry to
        # tell a nisba of a party (أذربيجاني) from any other adjective.
        return False

    def _window(self, d: _Draft, c0: int, c1: int) -> list[int]:
        """Clause tokens around the claim, nearest first, at most 10 away."""
        first = d.trigger if d.trigger is not None and d.trigger < d.first else d.first
        out = []
        for dist in range(1, 11):
            for x in (d.last - 1 + dist, first - dist):
                if c0 <= x < c1:
                    out.append(x)
        return out

    def _cause(self, d: _Draft) -> tuple[str, int, int] | None:
        c0, c1 = self._clause(d.numeral.first_token)
        for x in self._window(d, c0, c1):
            w = self._w(x)
            label = L.lookup(w, L.CAUSES)
            if not label:
                continue
            if label == "execution" and d.category != "killed":
                continue
            # the cause phrase: the noun, a preposition word before it, and up to two
            # following cause words (انفجار لغمين، تفجير انتحاري)
            a, b = x, x + 1
            labels = [label]
            while b < c1 and b - x < 3 and L.lookup(self._w(b), L.CAUSES):
                labels.append(L.lookup(self._w(b), L.CAUSES))
                b += 1
            if a - 1 >= c0 and L.in_set(self._w(a - 1), L.CAUSE_PREPS):
                a -= 1
            best = min(labels, key=L.CAUSE_PRIORITY.index)
            return best, self.tokens[a].start, self.tokens[b - 1].end
        return None

    def _resolve(self, span: tuple[int, int]) -> str | None:
        a, b = span
        if self.mentions is not None:
            first = max(bisect_right(self.token_starts, a) - 1, 0)
            last = bisect_left(self.token_starts, b)
            for m in self._items_at(self.mentions_at, self.mentions, first, last):
                ms, me, actor = _get(m, "start"), _get(m, "end"), _get(m, "actor")
                if ms < b and a < me:
                    return actor
        # No mentions given: keep the phrase (source_text), name no actor.
        return None


def _bare(w: str, forms: frozenset[str]) -> str:
    """``w`` without a conjunction و/ف when the rest is one of ``forms``."""
    return w[1:] if w.startswith(("و", "ف")) and w[1:] in forms else w


def _by_token(starts: list[int], tokens: Sequence[Token], items: list | None,
              start_field: str, end_field: str) -> dict[int, list[int]]:
    """Token index -> indices of the items whose character span overlaps the token.

    Built once per document, so that looking up the quotes or mentions around
    a claim costs the length of the claim, not the length of the document.
    ``None`` items and items without offsets are left out.
    """
    out: dict[int, list[int]] = {}
    for n, item in enumerate(items or ()):
        if item is None:
            continue
        a, b = _get(item, start_field), _get(item, end_field)
        if a is None or b is None:
            continue
        x = max(bisect_right(starts, a) - 1, 0)
        while x < len(tokens) and tokens[x].start < b:
            if a < tokens[x].end:
                out.setdefault(x, []).append(n)
            x += 1
    return out


def _listed_noun(w: str) -> bool:
    """Whether ``w`` as written (no clitic stripped) is a counted noun."""
    return any(w in forms or (w.endswith("ا") and w[:-1] in forms)
               for forms in L.COUNTED_NOUNS.values())

@lru_cache(maxsize=1)
def _hedge_index() -> dict[str, tuple[int, ...]]:
    out: dict[str, list[int]] = {}
    for n, (words, _) in enumerate(L.HEDGES_BEFORE):
        out.setdefault(words[-1], []).append(n)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def _hedges_ending(last: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The hedges of :data:`~analysis.casualties.lexicon.HEDGES_BEFORE` that can end
    with the word ``last`` (also read without a proclitic و), in list order."""
    index = _hedge_index()
    keys = {last, last[1:]} if last.startswith("و") else {last}
    found = sorted(n for k in keys for n in index.get(k, ()))
    return tuple(L.HEDGES_BEFORE[n] for n in found)


@lru_cache(maxsize=1)
def _post_verbs() -> frozenset[str]:
    out: set[str] = set()
    for forms in L.POST_TRIGGERS.values():
        out |= forms
    return frozenset(out)


def _get(row: Any, name: str) -> Any:
    if isinstance(row, dict):
        return row.get(name)
    return getattr(row, name, None)


def _letters_offset(surface: str, n: int) -> int:
    seen = 0
    for i, c in enumerate(surface):
        if "\u064B" <= c <= "\u065F" or c in "\u0670\u0640":
            continue
        seen += 1
        if seen == n:
            j = i + 1
            while j < len(surface) and ("\u064B" <= surface[j] <= "\u065F" or surface[j] in "\u0640"):
                j += 1
            return j
    return 0


def claims_to_records(claims: Iterable[Claim]) -> list[dict]:
    """Claims as plain dicts (for JSON and DataFrames).

    Example:
        >>> claims_to_records(extract_claims("مقتل 5 جنود"))[0]["value"]  # synthetic
        5
    """
    from dataclasses import asdict

    return [asdict(c) for c in claims]


__all__ = ["Claim", "extract_claims", "claims_to_records"]
