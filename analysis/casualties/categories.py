"""Category grammar: the order in which a figure's category is decided.

:func:`draft_figure` turns a numeral into a :class:`~.document.Draft` or
``None``. After the filters (decimals and times, labels before the figure,
eras and percent, dates, restated figures, :mod:`.no_counts`, non-person nouns), the category
comes from, in this order:

1. the counted noun (``32 قتيلًا``, ``سبعة من القتلى``: a subset of the last
   figure of that category); a status noun (``لاجئين``، ``سجينًا``) yields to
   an event word (``لقي … مصرعهم``); a partitive after the noun phrase
   (``أربعة من القادة من بين القتلى``) or before the figure (``من بين القتلى 5
   من أفراد الشرطة``); a counted noun joined to the other of killed/injured
   makes one joint figure (``عشرات القتلى والجرحى``، ``نحو 60 بين قتيل وجريح``);
2. a subset marker (``بينهم طفلان``، ``خمسة منهم``), or a breakdown after a
   pronoun of separation (``مقتل 13، هم أربعة جنود و…``);
3. a copular sentence (``الضحايا هم أربعة``، ``الشهداء كانوا اثنين``);
4. a trigger before the figure, then one after it (:mod:`.triggers`);
5. coordination with the figure before (``لقي 22 …، و6 مواطنين مصرعهم``,
   ``إضافة إلى ثلاثة``); coordinated figures share the parent; else a part
   of the figure just given (:mod:`.parts`: ``أصيب ثلاثة، ضابطان``, ``بينهم
   رئيس البلدية وخمسة أطفال``);
6. a toll that "rose to" the figure (:mod:`.tolls`), or a vague quantity with
   ب as the predicate of a counted noun (``أسرى لدى المقاومة بالعشرات``);
7. a bare حالة figure continuing the cases just counted.

No category, no claim. Nor is there one when the trigger is governed by an
intention, threat or attempt (``توعد بقتل 50 جنديا``), or is a verb of
leaving without the place left (``خرج آلاف المتظاهرين``).
"""

from __future__ import annotations

from analysis.casualties import lexicon as L
from analysis.casualties.document import (
    COPULA_PRONOUNS, COPULA_VERBS, ERA, Document, Draft,
)
from analysis.casualties.figures import (
    NOUN_INSIDE, after_a_thing, antecedent_of_part, case_category, combatants, counted_noun, joint_between, disease, in_date,
    is_case_figure, is_subset_marker, lost_life, noun_category, percent, person, partitive_after,
    partitive_before, phrase_end, restated, victim_group,
)
from analysis.casualties.agency import figure_is_agent
from analysis.casualties.coordination import coordinated_with
from analysis.casualties.health import health_figure, sports_injury
from analysis.casualties.joints import BETWEEN, joint_after
from analysis.casualties.hedges import below, hedge_before, hedge_of, range_gap
from analysis.casualties.numerals import ONE_OF_THEM, Numeral
from analysis.casualties.no_counts import (
    alternative, bare_year, harmed_otherwise, naming_one, one_of_a_place, referred_one, split_victims, victim_referred,
    superlative, tag_line, family_size,
)
from analysis.casualties.sources import telling_verb_near
from analysis.casualties.parts import (
    among_victims, apposed_part, breakdown_of, listed_part, object_of_another_verb, one_of_them,
)
from analysis.casualties.tolls import household_status, toll
from analysis.casualties.triggers_after import trigger_after
from analysis.casualties.unreported import unreported
from analysis.casualties.idioms import (
    held_by_kidnappers, held_state, idiom_near, kept_part, lost_own_men, medical_evacuation, parted_from_life, passed_away, surrendered, wounded_died,
)
from analysis.casualties.triggers import (
    chain_start, intended, left_a_place, postponed, trigger_before,
)

#: Labels before a number that make it no figure, and منذ ("since" a year).
_NOT_FIGURE_BEFORE = L.NON_FIGURE_BEFORE | {"منذ"}


def draft_figure(doc: Document, num: Numeral, nxt: Numeral | None = None) -> Draft | None:
    i, j = num.first_token, num.last_token
    if num.kind in ("digits", "mixed") and num.decimal:
        return None  # 13.00 is a time; 2.5 alone is no head count
    if isinstance(num.value, float) and not num.value.is_integer():
        return None
    before = doc.prev_word(i)
    if before is not None:
        pb = doc.w(before)
        if L.in_set(pb, _NOT_FIGURE_BEFORE) or L.in_set(pb, L.MONTHS):
            return None
    if j < len(doc.tokens) and (doc.w(j) in ERA or doc.tokens[j].text in ("%", "٪") or percent(doc, j)):
        return None
    if num.kind == "digits" and in_date(doc, i, j):
        return None
    if (restated(doc, num) or alternative(doc, num) or naming_one(doc, num) or one_of_a_place(doc, num)
            or superlative(doc, num) or tag_line(doc, i) or family_size(doc, num)):
        return None
    if num.kind == "vague" and doc.w(i) == "عده" and before is not None and after_a_thing(doc, before, i):
        return None  # أهدافا عدة قرب المدينة: عدة after a noun of things is its adjective
    if num.kind == "definite" and before is not None and L.in_set(doc.w(before), L.KIN):
        return None  # ذوو القتلى الثلاثة: relatives of victims already known
    if referred_one(doc, num, before):
        return None  # أرملة أحد الشهداء، رواية أحد المصابين: a person named, not counted
    if doc.w(i) in ONE_OF_THEM:
        own = one_of_them(doc, num)
        return Draft(num, i, j, None, own[0], own[1], L.in_set(doc.w(own[1]), L.MARTYR),
                     value=1, high=1) if own else None
    noun, via_min = counted_noun(doc, num)
    if bare_year(doc, num, noun):
        return None
    hedge_start = hedge_before(doc, i)[0]  # the first token of the figure with its hedge
    family_status = household_status(doc, noun)
    if noun is not None and L.in_set(doc.w(noun), L.FAMILIES) and not family_status:
        family_status = (toll(doc, hedge_start) or (None,))[0]  # عدد الأسر النازحة بثمانين ألف أسرة
    if family_status and (r := doc.prev_word(hedge_start)) is not None and L.in_set(doc.w(r), L.RETURNS):
        family_status = None  # عودة عشرات الأسر النازحة: a return, not a displacement
    if noun is not None and L.in_set(doc.w(noun), L.NON_PERSON) and not family_status and not (
            L.in_set(doc.w(noun), L.FAMILIES) and (found := trigger_before(doc, hedge_start))
            and found[0] in ("displaced", "evacuated")):
        return None  # families count only as the displaced (نزوح 3 آلاف أسرة; decision rule 11)
    if num.value is not None and num.value < 0:
        return None

    category, trigger, martyr, parent, subset = None, None, False, None, False
    agent_span = None
    coordinated = None
    # 1. the counted noun names the category
    if noun is not None:
        category = noun_category(doc, noun)
        if category == "injured" and (died := wounded_died(doc, num, hedge_start, noun)):
            category, trigger = died  # وتوفي أحد المصابين: the wounded died (rule Q5), no subset
            via_min = False
        if category:
            martyr = L.in_set(doc.w(noun), L.MARTYR)
            if via_min and doc.w(noun).startswith(("ال", "وال")):
                # "سبعة من القتلى": a part of a figure already given
                parent = doc.last_claim(category=category)
                subset = parent is not None
    if not category and family_status:
        category = family_status  # 3 آلاف أسرة نازحة: a standing count of displaced households
    if num.kind in NOUN_INSIDE and not category:
        category = L.lookup(num.dual_noun, L.COUNTED_NOUNS)
        martyr = num.dual_noun in L.MARTYR
        if num.dual_noun in L.CASE_NOUNS:
            category = case_category(doc, num.first_token)
    hedge_first = hedge_start
    opener = doc.prev_word(i)
    if (hedge_first == i and opener is not None and nxt is not None
            and range_gap(doc, num, nxt, doc.w(opener))):
        hedge_first = opener  # "بين 30 و40": the trigger stands before بين
    if category in L.STATUS_CATEGORIES:
        # "لقي ثلاثة لاجئين مصرعهم", "اعتقال 5 لاجئين": the noun names who
        # they were, the event word what befell them
        found = trigger_before(doc, hedge_first) or trigger_after(doc, noun)
        if found and category in ("detained", "kidnapped") and (
                L.in_set(doc.w(found[1]), L.LEAVE) or L.in_set(doc.w(found[1]), L.FLEE)):
            # غادر 28 سجينا المعتقل، فر 3 سجناء من السجن: released or escaped
            # captives keep their word's category (rule 9), they are not displaced
            found = None
        if found and found[1] > noun and any(L.in_set(doc.w(x), L.SUPPOSITION) for x in range(noun + 1, found[1])):
            found = None  # 200 مفقود يرجح أنهم لقوا حتفهم: a presumed death, the status stays
        if found:
            # احتجاز 12 رهينة: hostages held by a captor are kidnapped (rule 9)
            held = category == "kidnapped" and found[0] == "detained" and L.in_set(doc.w(found[1]), L.HOLDING)
            category, trigger = ("kidnapped" if held else found[0]), found[1]
            agent_span = found[2] if len(found) > 2 else None
            martyr = L.in_set(doc.w(trigger), L.MARTYR)
        elif num.kind == "definite":
            # "إنقاذ المحتجزين الثلاثة": a definite status noun names people
            # already known; it reports their status only with an event word
            return None
    # 1b. a partitive predicate after the noun phrase: أربعة من القادة من بين القتلى
    if not category and noun is not None:
        category = partitive_after(doc, noun)
        if category and via_min:
            parent = doc.last_claim(category=category)
            subset = parent is not None
    # 1c. a partitive before the figure: من بين القتلى 5 من أفراد الشرطة; or a bare
    # بين next to it: أن بين القتلى طفلين، وجود طفلين بين الضحايا (parts.among_victims)
    if not category:
        category = partitive_before(doc, hedge_first) or among_victims(doc, hedge_first, noun)
        if category:
            parent = doc.last_claim(category=category)
            subset = parent is not None
    # 2. subset marker: بينهم طفلان, or after the figure: خمسة منهم
    if not category:
        k = doc.prev_word(hedge_first)
        after = doc.next_word(j)
        if after is not None and doc.w(after) in ("منهم", "منهن", "منها"):
            k = after
        if k is not None and is_subset_marker(doc, k) and doc.drafts:
            prev = doc.drafts[-1]
            if doc.sent_of[prev.first] == doc.sent_of[i]:
                category = prev.category
                parent = len(doc.drafts) - 1
                subset = True
                own = (trigger_before(doc, hedge_first) or kept_part(doc, num)) if k == after else None
                if own:
                    # "قتلوا وجرح أربعة منهم": the event word before the part names it;
                    # hostages held are kidnapped (يحتجزون 20 منهم after المختطفين)
                    category, trigger, agent_span = own
                    if category == "detained" and (prev.category == "kidnapped" or prev.noun is not None and
                                                   L.lookup_noun(doc.w(prev.noun), L.COUNTED_NOUNS) == "kidnapped"):
                        category, parent, subset = "kidnapped", None, False  # a part of the hostages
                elif k == after and object_of_another_verb(doc, hedge_first):
                    category, parent, subset = None, None, False  # ولا يزالون يحتفظون بـ25 منهم
    # 2b. a breakdown after a pronoun of separation: مقتل 13 شخصا، هم
    # أربعة جنود و…: the parts of the figure just given
    if not category:
        prev_idx = breakdown_of(doc, hedge_first)
        if prev_idx is not None:
            category = doc.drafts[prev_idx].category
            parent, subset = prev_idx, True
    # 3a. a copular sentence: الضحايا هم أربعة قاصرين، الشهداء كانوا اثنين
    if not category:
        category = copula_category(doc, hedge_first)
    # 3. trigger before
    if not category:
        found = trigger_before(doc, hedge_first)
        if found:
            category, trigger, agent_span = found
            martyr = L.in_set(doc.w(trigger), L.MARTYR)
    # 4. trigger after (after the whole range: بين 20 و25 شخصا لإصابات)
    if not category:
        # a definite count is read from its end (المجندين الـ16 المصابين)
        after_noun = j - 1 if num.kind == "definite" or noun is None else noun
        if hedge_first != hedge_start and nxt is not None:
            after_noun = counted_noun(doc, nxt)[0] or nxt.last_token - 1
        end = phrase_end(doc, num, noun, via_min)
        found = trigger_after(doc, after_noun) or (idiom_near(doc, hedge_first, end) and (
            surrendered(doc, hedge_first, end) or passed_away(doc, hedge_first, end)
            or parted_from_life(doc, hedge_first, end))) or held_state(doc, hedge_first, end)
        if found:
            category, trigger = found
            martyr = L.in_set(doc.w(trigger), L.MARTYR)
    # 5. coordination with the figure before
    if not category:
        prev_idx = coordinated_with(doc, hedge_first, num)
        if prev_idx is not None:
            prev = doc.drafts[prev_idx]
            category, martyr = prev.category, prev.martyr
            parent, subset = prev.parent, prev.subset
            coordinated = prev_idx
    elif doc.drafts and parent is None:
        prev_idx = coordinated_with(doc, hedge_first, num)
        if prev_idx is not None and doc.drafts[prev_idx].subset and not subset:
            # "بينهم امرأتان وثلاثة أطفال": the second part shares the parent
            if doc.drafts[prev_idx].category == category:
                parent, subset = doc.drafts[prev_idx].parent, True
                coordinated = prev_idx
    # 5b. a part of the figure just given, with no event word of its own: apposed
    # (أصيب ثلاثة، ضابطان) or a later conjunct of its subset list (بينهم رئيس
    # البلدية وخمسة أطفال)
    if not category:
        prev_idx = apposed_part(doc, hedge_first, num)
        if prev_idx is not None:
            category, parent, subset = doc.drafts[prev_idx].category, prev_idx, True
        elif (listed := listed_part(doc, hedge_first, num)) is not None:
            category, parent = listed
            subset = parent is not None
    # 6. "the toll rose to N"
    if not category:
        found = toll(doc, hedge_first)
        if found:
            category, trigger = found
    # 6b. "أسرى لدى المقاومة بالعشرات": a vague quantity with ب as the
    # predicate of a counted noun before it
    if not category and num.kind == "vague" and num.prefix == "ب":
        category = counted_before(doc, i)
    # 6c. "عدد القتلى 26 والمصابين 28": a definite counted noun right before a
    # bare number is its subject (a toll with the toll word elided)
    if not category and noun is None and num.kind != "vague":
        k = doc.prev_word(hedge_first)
        if k is not None and doc.w(k).startswith(("ال", "وال")):
            category = L.lookup_noun(doc.w(k), L.COUNTED_NOUNS)
    # 7. a bare حالة figure continues the cases counted just before it
    if not category and is_case_figure(doc, num, noun) and doc.drafts:
        prev = doc.drafts[-1]
        if (doc.sent_of[prev.first] == doc.sent_of[i]
                and is_case_figure(doc, prev.numeral, prev.noun)
                and not other_cases_between(doc, prev.last, hedge_first)):
            category = prev.category
    # 8. "نقل سبعة منهم" with no figure before: the victims named earlier in the sentence
    if not category:
        category = antecedent_of_part(doc, i, j)
    if not category:
        return None
    if num.kind == "dual" and num.prefix.endswith("ال") and trigger is None:
        return None  # وكان القتيلان يعملان: a definite dual counts only with an event word (rule 2)
    last = phrase_end(doc, num, noun, via_min)
    if category == "injured" and (died := passed_away(doc, hedge_first, last)):
        category, trigger, parent, subset = died[0], died[1], None, False  # انتقل ثلاثة من المصابين إلى رحمة الله
    if category == "evacuated" and trigger is not None and medical_evacuation(doc, trigger, last, noun):
        category = "injured"  # إخلاء 5 حالات طبيا، خرجت 11 حالة من المستشفى: patients (rules Q3, 10)
    if category == "missing" and lost_own_men(doc, trigger, hedge_first, last):
        category = "killed"  # فقد الجيش ستة من جنوده: a force lost its own men
    if victim_referred(doc, num, noun, trigger) and telling_verb_near(doc, hedge_first, last) and not (
            trigger_before(doc, hedge_first) or trigger_after(doc, noun)):
        return None  # روى فلان أحد المصابين، أحد المصابين يروي: a witness (rule H1)
    if category in ("detained", "kidnapped"):
        category = held_as(doc, last) or category  # احتجاز 18 شخصا كرهائن: kidnapped (rule 9)
    if category == "detained" and held_by_kidnappers(doc, trigger):
        category = "kidnapped"  # التي تحتجز عددا من الجنود ... العسكريين المخطوفين (rule 9)
    if disease(doc, noun, last) or health_figure(doc, num, noun, last, category) or split_victims(doc, noun, last) \
            or (category == "injured" and sports_injury(doc, noun, trigger)):
        return None
    if category == "killed" and harmed_otherwise(doc, noun, trigger):
        return None  # ضحايا الاحتيال، ضحايا لعمليات نصب: no casualty (rules H4, 18)
    joint, after = joint_after(doc, last)
    if not joint and trigger is not None and trigger >= last and doc.w(trigger + 1) in BETWEEN:
        joint = joint_between(doc, trigger + 1)[0]  # عشرات الحوثيين سقطوا بين قتيل وجريح
    if joint and category in ("killed", "injured", "killed_or_injured"):
        category, last = joint, after  # سقط أكثر من 250 شخصا بين قتيل وجريح
    if trigger is not None and (intended(doc, chain_start(doc, trigger)) or postponed(doc, trigger, hedge_first)
                                or not left_a_place(doc, trigger, hedge_first, last)):
        return None
    if unreported(doc, hedge_first, last, trigger, noun=noun):
        return None  # وإذا استطاعوا قتل، حملات لاعتقال، عدد من الجرحى سيصلون: no report
    if trigger is not None and figure_is_agent(doc, trigger, hedge_first, j):
        doc.agent_tokens.update(range(i, last))
        return None  # قتل أحد المسلحين 12 مدنيا، قتل أحد المتطرفين والده: the subject
    if category == "missing" and trigger is not None and trigger < i and L.in_set(doc.w(trigger), L.LOSE) \
            and lost_life(doc, last):
        category = "killed"  # فقد تسعة صحافيين حياتهم: they lost their lives
    if category == "killed" and trigger is not None and L.in_set(doc.w(trigger), L.FALL) \
            and doc.w(last) == "في" and doc.w(last + 1) in ("قبضه", "ايدي", "يد"):
        category = "detained"  # سقط 431 إرهابيا في قبضة العدالة: fell into the hands of
    if trigger is not None and L.in_set(doc.w(trigger), L.NEED_PEOPLE) and (
            (noun is not None and not person(doc, noun)) or not _with_its_preposition(doc, trigger)):
        return None  # ضبط عدد من الوثائق، القضاء على الفساد: things, not people
    if trigger is not None and L.in_set(doc.w(trigger), L.FLEE) and (
            combatants(doc, num, noun) or fighters_before(doc, num, noun)):
        return None  # fighters who flee have deserted or retreated, not been displaced
    if num.vague_kind == "many" and not (noun is not None and person(doc, noun)):
        return None  # كثير من needs a noun of persons: كثير من الحوثيين, not كثير من حالات العنف
    hedge = "vague" if num.kind == "vague" else hedge_of(doc, i, last, trigger=trigger)
    return Draft(num, num.first_token, last, noun, category, trigger, martyr, parent,
                 subset, num.value, num.value, hedge, agent_span, coordinated,
                 strict_below=hedge == "up_to" and below(doc, i))


def _with_its_preposition(doc: Document, t: int) -> bool:
    """القضاء (eliminating) kills only with على after it; القضاء alone is the judiciary."""
    return not L.in_set(doc.w(t), frozenset({"قضاء"})) or doc.w(t + 1) == "علي"


def held_as(doc: Document, k: int) -> str | None:
    """``كرهائن``، ``كأسرى`` right after the figure: the captives' own word
    (decision rules 9 and K1) names a held figure's category."""
    w = doc.w(k)
    if len(w) < 4 or not w.startswith("ك") or doc.sent_of[k] != doc.sent_of[k - 1]:
        return None
    cat = L.lookup_noun(w[1:], L.COUNTED_NOUNS)
    return cat if cat in ("detained", "kidnapped") else None


def counted_before(doc: Document, i: int) -> str | None:
    """The category of a counted noun up to five words before token i in its clause."""
    a = doc.clause(i)[0]
    for x in range(i - 1, max(a, i - 6) - 1, -1):
        if doc.tokens[x].kind != "word" or x in doc.numeral_at:
            return None
        cat = L.lookup_noun(doc.w(x), L.COUNTED_NOUNS)
        if cat:
            return cat
    return None


def fighters_before(doc: Document, num: Numeral, noun: int | None) -> bool:
    """``… من الحوثيين وهروب العشرات منهم``: منهم after the figure refers to the
    fighters of the figure just before in the sentence."""
    after = doc.next_word(num.last_token)
    if after is None or doc.w(after) not in ("منهم", "منهن") or not doc.drafts:
        return False
    prev = doc.drafts[-1]
    return doc.sent_of[prev.first] == doc.sent_of[num.first_token] and \
        victim_group(doc, prev) in ("fighters", "military", "police")


def other_cases_between(doc: Document, a: int, b: int) -> bool:
    """``حالات الاختطاف 36 حالة، ثم حالات النهب 8 حالات``: a حالات noun of
    another kind between two case figures; the second counts those cases."""
    return any(L.in_set(doc.w(x), L.CASE_NOUNS) and case_category(doc, x) is None for x in range(a, b))


def copula_category(doc: Document, i: int) -> str | None:
    """``الضحايا هم أربعة``: a definite counted noun, a pronoun of separation
    or a form of كان, the figure."""
    k = doc.prev_word(i)
    if k is None or (doc.w(k) not in COPULA_PRONOUNS and doc.w(k) not in COPULA_VERBS):
        return None
    k2 = doc.prev_word(k)
    if k2 is None or not doc.w(k2).startswith(("ال", "وال")):
        return None
    return L.lookup_noun(doc.w(k2), L.COUNTED_NOUNS)
