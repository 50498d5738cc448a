"""Casualty word lists and the codebook's label vocabularies.

The word lists are data: versioned YAML under ``analysis/casualties/data/``
(:mod:`analysis.casualties.words`), exposed here as normalized sets and
tables for the grammar modules. Every form is in the comparison form of
:func:`analysis.text.normalize.normalize`; proclitics (و ف ب ل ك, ال) are
stripped by :func:`variants`, the package's one proclitic mechanism
(:mod:`analysis.text.clitics`), so the lists hold bare forms only. Reporting
verbs and source phrases are not here: they are framing's ``cues.yml``.
"""

from __future__ import annotations

from analysis.casualties.words import CATEGORIES, GROUP_LABELS, HEDGE_LABELS, default_words
from analysis.text.clitics import CONJUNCTIONS, DETERMINER, proclitic_readings, proclitic_splits
from analysis.text.wordcache import word_cached

#: Every value of the ``hedge``, ``group`` and ``agency`` columns (the coding
#: codebook offers exactly these to human coders).
HEDGES = HEDGE_LABELS
AGENCIES = ("named", "agentless", "inanimate")

_W = default_words()
PRE_TRIGGERS: dict[str, frozenset[str]] = _W.table("triggers", "before")
FINITE_VERBS = _W.forms("triggers", "finite_verbs")
POST_TRIGGERS: dict[str, frozenset[str]] = _W.table("triggers", "after")
#: Every verb of :data:`POST_TRIGGERS`.
POST_VERBS = frozenset().union(*POST_TRIGGERS.values())
POST_SINGULAR: dict[str, frozenset[str]] = _W.table("triggers", "after_singular")
#: Every form of :data:`POST_SINGULAR`, for a quick test before the table lookup.
POST_SINGULAR_FORMS = frozenset().union(*POST_SINGULAR.values())
DUAL_VERBS = _W.forms("triggers", "dual_verbs")
PERSONS = _W.forms("victims", "persons")
KIN = _W.forms("victims", "kin")
FAMILIES = _W.forms("victims", "families")
FAMILY_STATUSES: dict[str, frozenset[str]] = _W.table("victims", "family_statuses")
RETURNS = _W.forms("victims", "returns")
PRISONS = _W.forms("victims", "prisons")
PURPOSE_MASDARS: dict[str, frozenset[str]] = _W.table("triggers", "purpose")
MARTYR = _W.forms("triggers", "martyr")
KILL_MASDARS = _W.forms("triggers", "kill_masdars")
FILLERS = _W.forms("triggers", "fillers")
RISE_WORDS = _W.forms("triggers", "rise")
TOLL_WORDS = _W.forms("triggers", "toll")
EXCEED = _W.forms("triggers", "exceed")
INTENT = _W.forms("triggers", "intent")
LEAVE = _W.forms("triggers", "leave")
FLEE = _W.forms("triggers", "flee")
LIFE_NOUNS = _W.forms("triggers", "life_nouns")
LIFE_VERBS = _W.forms("triggers", "life_verbs")
LOSE = _W.forms("triggers", "lose")
#: Verbs of handing over: a surrender with a reflexive object (:data:`REFLEXIVES`).
SURRENDER = frozenset().union(*_W.table("triggers", "surrender").values())
REFLEXIVES = _W.forms("triggers", "reflexives")
ACTIVE_INJURING = _W.forms("triggers", "active_injuring")
#: Verbs of passing on: death with إلى رحمة الله after the figure (:data:`PASSED_TO`).
PASSED_AWAY = frozenset().union(*_W.table("triggers", "passed_away").values())
PASSED_TO = _W.forms("triggers", "passed_to")
MEDICAL = _W.forms("triggers", "medical")
FALL = _W.forms("triggers", "fall")
PARTED = frozenset().union(*_W.table("triggers", "parted").values())
#: Every verb an idiom around a figure starts from (.idioms): one test before reading any of them.
IDIOM_VERBS = SURRENDER | PASSED_AWAY | PARTED
MODAL_TOLLS = _W.forms("triggers", "modal_tolls")
VERDICT_KILLING = _W.forms("triggers", "verdict_killing")
HOSPITALS = _W.forms("triggers", "hospitals")
OWN_LOSSES = _W.forms("triggers", "own_losses")
KEEP_PARTS = _W.forms("triggers", "keep_parts")
HOLDING = _W.forms("triggers", "holding")
PASSED_TO_GOD = _W.forms("triggers", "passed_to_god")
AIMS = _W.forms("triggers", "aims")
AIM_LINKS = _W.forms("triggers", "aim_links")
HELD_STATES = _W.forms("triggers", "held_states")
DISJUNCTIONS = _W.forms("triggers", "disjunctions")
STATE_CAPTORS = _W.forms("triggers", "state_captors")
EXECUTIONS = _W.forms("triggers", "executions")
#: Longest first, so that هما is tried before ها and ه.
OWN_PRONOUNS = tuple(sorted(_W.forms("triggers", "own_pronouns"), key=len, reverse=True))
NEED_PEOPLE = _W.forms("triggers", "need_people")
KIN_OBJECTS = _W.forms("triggers", "kin_objects")
CONDITIONS = _W.forms("triggers", "conditions")
PURPOSE_ACTIONS = _W.forms("triggers", "purpose_actions")
RESULTS = _W.forms("triggers", "results")
FUTURE_AUX = _W.forms("triggers", "future_aux")
REQUESTS = _W.forms("triggers", "requests")
POSTPONE = _W.forms("triggers", "postpone")
POSTPONED = _W.forms("triggers", "postponed")
VERDICTS = _W.forms("triggers", "verdicts")
WITH_ALA = _W.forms("triggers", "with_ala")
CONTEST_FI = _W.forms("triggers", "contest_fi")
CONTESTED = _W.forms("triggers", "contested")
ACCUSATIVE_MASDARS = _W.forms("triggers", "accusative_masdars")
#: جميع، كل، كافة: the quantifiers of a definite group (numbers.yml all_quantifiers).
ALL_QUANTIFIERS = _W.forms("numbers", "all_quantifiers")
EXECUTED = _W.forms("triggers", "executed")
EXECUTION_MASDARS = _W.forms("triggers", "execution_masdars")
COMPLEMENTIZERS = _W.forms("triggers", "complementizers")
NEGATED_CONDITIONS = _W.forms("triggers", "negated_conditions")
FROM_PRONOUNS = _W.forms("triggers", "from_pronouns")
FUTURE_PREFIXES = _W.forms("triggers", "future_prefixes")
SUPPOSITION = _W.forms("statuses", "supposition")
TIME_ENDS = _W.forms("triggers", "time_ends")
TIMES_OF_DAY = _W.forms("triggers", "times_of_day")
COUNTED_NOUNS: dict[str, frozenset[str]] = _W.table("victims", "counted")
#: Every counted noun, for a quick test before the table lookup.
COUNTED_FORMS = frozenset().union(*COUNTED_NOUNS.values())
GROUPS: dict[str, frozenset[str]] = _W.table("victims", "groups")
GROUP_HEADS = _W.forms("victims", "group_heads")
SUBSET_MARKERS = _W.forms("victims", "subset_markers")
CASE_NOUNS = _W.forms("victims", "case_nouns")
NON_PERSON = _W.forms("non_person", "nouns") | _W.forms("non_person", "animals")
NON_FIGURE_BEFORE = _W.forms("non_person", "labels_before")
MONTHS = _W.forms("non_person", "months")
DISEASES = _W.forms("non_person", "diseases")
OUTBREAK = _W.forms("non_person", "outbreak")
HEAT = _W.forms("non_person", "heat")
HEAT_WAVES = _W.forms("non_person", "heat_waves")
HEAT_NOUNS = _W.forms("non_person", "heat_nouns")
#: أحد/إحدى: one of a definite group.
ONE_OF = _W.forms("non_person", "one_of")
#: The victim nouns that name no event of their own (rule 6: killed by default).
VICTIM_NOUNS = _W.forms("non_person", "victim_nouns")
SUN = _W.forms("non_person", "sun")
STROKES = _W.forms("non_person", "strokes")
WOUNDS = _W.forms("non_person", "wounds")
SPORTS = _W.forms("non_person", "sports")
SPORT_INJURIES = _W.forms("non_person", "sport_injuries")
TAG_LINES = _W.forms("non_person", "tag_lines")
SPORT_CROWDS = _W.forms("non_person", "sport_crowds")
TAG_GOVERNORS = _W.forms("non_person", "tag_governors")
TIME_NOUNS = _W.forms("non_person", "time_nouns")
SUPERLATIVES = _W.forms("non_person", "superlatives")
HARMS = _W.forms("non_person", "harms")
HEADS_OF_ONE = _W.forms("non_person", "heads_of_one")
PARENTS = _W.forms("non_person", "parents")
PERCENT = _W.forms("non_person", "percent")
FUNCTION_WORDS = _W.forms("grammar", "function_words")
CLAUSE_CONJ = _W.forms("grammar", "clause_conjunctions")
COPULA_PRONOUNS = _W.forms("grammar", "copula_pronouns")
COPULA_VERBS = _W.forms("grammar", "copula_verbs")
#: Verbs and nouns of a change of a count (تراجع عدد السجناء من 127 إلى 116).
COUNT_CHANGE = _W.forms("grammar", "change")
ACCOUNT_NOUNS = _W.forms("grammar", "account_nouns")
RELATIVES = _W.forms("grammar", "relatives")
NUMBERING = tuple(sorted(_W.forms("grammar", "numbering")))
NUMBERING_GAP = _W.forms("grammar", "numbering_gap")
DEMONSTRATIVES = tuple(sorted(_W.forms("grammar", "demonstratives")))
CLAUSE_BREAKS = _W.forms("grammar", "clause_breaks")
PASSIVE_AUX = _W.forms("grammar", "passive_auxiliaries")
GROUP_PRONOUNS = tuple(sorted(_W.forms("grammar", "group_pronouns")))
OTHERS = _W.forms("grammar", "others")
QUANTITY_ADJECTIVES = _W.forms("grammar", "quantity_adjectives")
UNKNOWN_ADJECTIVES = _W.forms("grammar", "unknown_adjectives")
STATEMENT_NOUNS = _W.forms("sources", "statement_nouns")
#: Words that end a source noun phrase.
SOURCE_STOP = _W.forms("sources", "source_stop")
#: Verb forms with the object pronoun "it" after ما (حسبما أوردته).
RELAYED = _W.forms("sources", "relayed")
#: Hedge phrases as normalized token tuples, longest first.
HEDGES_BEFORE: list[tuple[tuple[str, ...], str]] = sorted(
    [(words, label) for label, forms in _W.phrases("hedges", "before").items() for words in forms],
    key=lambda item: -len(item[0]),
)
HEDGES_AFTER: list[tuple[tuple[str, ...], str]] = [
    (words, label) for label, forms in _W.phrases("hedges", "after").items() for words in forms]
#: Single-word cause nouns; multi-word ones are matched by :mod:`.agency`'s Matcher.
CAUSES: dict[str, frozenset[str]] = {
    label: frozenset(f[0] for f in forms if len(f) == 1)
    for label, forms in _W.phrases("causes", "causes").items()}
CAUSE_PRIORITY = _W.labels("causes", "priority")
CAUSE_PREPS = _W.forms("causes", "preps")
AGENT_INTRO = _W.forms("causes", "agent_intro")
AGENT_HEADS = _W.forms("causes", "agent_heads")
NOT_AGENT_NISBA = _W.forms("causes", "not_agent_nisba")
#: Categories that name a status of people (refugees, prisoners), not what befell
#: them in the clause: an explicit killing or injuring verb overrides them.
STATUS_CATEGORIES = frozenset(_W.labels("statuses", "categories"))
#: Lemmas of framing's reporting verbs whose subject is no source of a figure.
NOT_SOURCES = _W.forms("sources", "not_sources")
#: Lemmas read as a source only with a complementizer after the subject.
NEED_CONTENT = _W.forms("sources", "need_content")


@word_cached
def variants(norm: str) -> tuple[str, ...]:
    """The word and its forms without proclitics (:func:`analysis.text.clitics.proclitic_readings`).

    Example:
        >>> variants("وبالقصف")
        ('وبالقصف', 'بالقصف', 'القصف', 'قصف')
    """
    return proclitic_readings(norm)


#: Proclitics that leave a word's grammar (its preposition) unchanged.
_TRANSPARENT = frozenset((*CONJUNCTIONS, DETERMINER))


def has_stem(norm: str, forms: frozenset[str], prepositions: tuple[str, ...]) -> bool:
    """Whether ``norm`` is a form of ``forms`` carrying exactly the prepositions
    ``prepositions`` (``('ل',)``, ``('ب',)`` or ``()``), with or without و/ف and ال.

    Example:
        >>> acts = frozenset({"اعتقال"})
        >>> [has_stem(w, acts, ("ل",)) for w in ("لاعتقال", "ولاعتقال", "للاعتقال", "باعتقال", "اعتقال")]
        [True, True, True, False, False]
    """
    for morphs, rest in proclitic_splits(norm):
        if tuple(m for m in morphs if m not in _TRANSPARENT) == prepositions and rest in forms:
            return True
    return False


def has_proclitic(norm: str, proclitic: str) -> bool:
    """Whether some reading of ``norm`` carries the proclitic ``proclitic`` (no lexical check).

    Example:
        >>> has_proclitic("لعمليات", "ل"), has_proclitic("وللقتلى", "ل"), has_proclitic("عمليات", "ل")
        (True, True, False)
    """
    return any(proclitic in morphs for morphs, _ in proclitic_splits(norm))


def without_conjunction(norm: str) -> str:
    """``norm`` without a proclitic و/ف (itself when it has none).

    Example:
        >>> without_conjunction("والجرحي"), without_conjunction("وهو"), without_conjunction("قتل")
        ('الجرحي', 'هو', 'قتل')
    """
    for morphs, rest in proclitic_splits(norm)[1:]:
        if morphs in (("و",), ("ف",)):
            return rest
    return norm


def definite(norm: str) -> bool:
    """Whether some reading of ``norm`` carries the article ال.

    Example:
        >>> definite("والمصابين"), definite("للقتلي"), definite("مصابين")
        (True, True, False)
    """
    return has_proclitic(norm, DETERMINER)


def in_set(norm: str, forms: frozenset[str]) -> bool:
    """Whether any clitic variant of ``norm`` is in ``forms``."""
    # plain loops, no generator: this runs for most words near a figure, and
    # allocations there are what the garbage collector pays for on long texts
    for v in variants(norm):
        if v in forms:
            return True
    return False


def lookup(norm: str, table: dict[str, frozenset[str]]) -> str | None:
    """The first key of ``table`` whose set holds a variant of ``norm``."""
    vs = variants(norm)
    for key, forms in table.items():
        for v in vs:
            if v in forms:
                return key
    return None


def lookup_noun(norm: str, table: dict[str, frozenset[str]]) -> str | None:
    """:func:`lookup` for a counted noun, also in the indefinite accusative.

    The specifier of 11 to 99 is an indefinite accusative singular, written
    with the alif of tanween (``11 جثمانًا``، ``30 مسلحًا``): when the form
    itself is not listed, the word without that alif is looked up.

    Example:
        >>> lookup_noun("جثمانا", COUNTED_NOUNS)
        'killed'
    """
    found = lookup(norm, table)
    if found is None and norm.endswith("ا") and len(norm) > 3:
        found = lookup(norm[:-1], table)
    return found


_POSSESSIVES = ("هما", "هم", "هن", "ها", "ه")


def without_possessive(norm: str) -> tuple[str, ...]:
    """Forms of a noun without a possessive pronoun (``اصابتهم`` → ``اصابه``).

    The feminine ending is written ت before a pronoun, ة (normalized ه) without;
    a final hamza after alif takes the seat of its case before a pronoun
    (``إجلاؤهم`` nominative, ``إجلائهم`` genitive, ``إجلاءهم`` accusative), written
    ء without one.

    Example:
        >>> without_possessive("اصابتهم"), without_possessive("اجلاؤهم")
        (('اصابتهم', 'اصابه'), ('اجلاؤهم', 'اجلاء'))
    """
    out = [norm]
    for suffix in _POSSESSIVES:
        stem = norm[: -len(suffix)]
        if norm.endswith(suffix) and len(stem) >= 3:
            if stem.endswith("ت"):
                stem = stem[:-1] + "ه"
            elif stem.endswith(("اؤ", "ائ")):
                stem = stem[:-1] + "ء"
            out.append(stem)
            break
    return tuple(out)
