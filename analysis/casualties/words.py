"""The casualty word lists, read from versioned YAML under ``analysis/casualties/data/``.

Nine files, each with ``name``, ``version`` and named sections (their format
and meaning are documented in each file's header):

=========== ===============================================================
file        sections
=========== ===============================================================
triggers    before, finite_verbs, after, after_singular, dual_verbs, purpose, martyr, kill_masdars,
            fillers, rise, toll, leave, flee, life_nouns, life_verbs, lose, need_people,
            intent, time_ends, times_of_day, exceed, kin_objects, conditions, purpose_actions,
            results, future_aux, requests, postpone, postponed, verdicts, with_ala,
            contest_fi, contested, accusative_masdars, surrender, reflexives, active_injuring,
            passed_away, passed_to, medical, fall, parted, modal_tolls, verdict_killing,
            hospitals, own_losses, own_pronouns, keep_parts, holding, passed_to_god, aims,
            aim_links, held_states, disjunctions, state_captors, executions
victims     counted, groups, group_heads, persons, kin, prisons, families, family_statuses,
            returns, subset_markers, case_nouns,
            dual_nouns, sound_plural
non_person  nouns, labels_before, months, diseases, outbreak, percent, heat, heat_waves,
            superlatives, harms, heads_of_one, parents
hedges      before, after (multi-word phrases)
causes      causes (multi-word allowed), not_causes, priority, preps,
            agent_intro, agent_heads, not_agent_nisba
statuses    categories, supposition
sources     not_sources, need_content (lemmas of framing's cues.yml), statement_nouns,
            source_stop, relayed
grammar     function_words, clause_conjunctions, copula_pronouns, copula_verbs, change,
            account_nouns, relatives, numbering, numbering_gap, demonstratives, clause_breaks,
            passive_auxiliaries, group_pronouns, others, dual_numerals, dual_pronouns,
            quantity_adjectives, unknown_adjectives, weekdays, time_prepositions, dual_auxiliaries,
            one_of_two, resumed_links, day_words, circumstance_demonstratives, subject_particles,
            continuity_auxiliaries, continuity_negators, coordination_stops, pronoun_prepositions,
            rates_and_multiples, own_people
numbers     units, ten, tens, hundreds, hundred_units, multipliers, multiplier_counts,
            definite_words (tables keyed by number), vague (by kind), count_noun, count_nouns,
            many, one_of_them, not_numbers, one, all_quantifiers, the_two, not_construct,
            possessed_adjectives, possessed_nouns
=========== ===============================================================

A section is a list of forms, or a table (label -> forms). Forms are
normalized on load with the tokenizer's normalization (so ``إصابة`` and
``اصابه`` are one form); a form listed twice in a section, a form of
several words where the section takes single words, an unknown section or
label, and a missing section are errors ``FILE:LINE: problem``. Every file's
version and sha256 go into the outputs (:meth:`CasualtyWords.versions`).

Example:
    >>> words = load_words()
    >>> "مقتل" in words.table("triggers", "before")["killed"]
    True
    >>> sorted(words.versions()["hedges"])
    ['sha256', 'version']
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from analysis.datafiles import NodeReader, compose_yaml
from analysis.lexicon.loader import form_key

DATA_DIR = Path(__file__).with_name("data")

#: Values of the ``category`` column (the coding codebook offers exactly these).
CATEGORIES = ("killed", "injured", "killed_or_injured", "evacuated", "displaced", "missing",
              "detained", "kidnapped")
HEDGE_LABELS = ("exact", "at_least", "more_than", "about", "up_to", "range", "vague")
GROUP_LABELS = ("civilians", "children", "women", "police", "military", "fighters", "unspecified")
CAUSE_LABELS = ("mine", "airstrike", "bombing", "shelling", "shooting", "explosion", "clashes",
                "accident", "fire", "drowning", "flood", "execution", "stabbing", "attack")

#: The kinds of vague quantity (``numbers.yml`` ``vague``; their stand-ins: number_words.VAGUE_DEFAULTS).
VAGUE_KINDS = ("tens", "hundreds", "thousands", "tens_of_thousands", "hundreds_of_thousands", "millions",
               "several")
#: The tables of ``numbers.yml`` whose labels are the numbers their forms stand for.
NUMBER_TABLES = ("units", "ten", "tens", "hundreds", "hundred_units", "multipliers", "multiplier_counts",
                 "definite_words")

_WORD, _PHRASE, _LABEL = "word", "phrase", "label"


def _word_lists(*sections: str) -> dict[str, tuple[str, str, None]]:
    """The schema of sections that are plain lists of single words."""
    return {section: ("list", _WORD, None) for section in sections}


#: file -> section -> (shape, kind of form, allowed labels of a table or None)
SCHEMA: dict[str, dict[str, tuple[str, str, tuple[str, ...] | None]]] = {
    "triggers": {
        "before": ("table", _WORD, CATEGORIES), "after": ("table", _WORD, CATEGORIES),
        "purpose": ("table", _WORD, CATEGORIES), "after_singular": ("table", _WORD, CATEGORIES),
        "surrender": ("table", _WORD, CATEGORIES), "passed_away": ("table", _WORD, CATEGORIES),
        "parted": ("table", _WORD, CATEGORIES),
        **_word_lists(
            "finite_verbs", "dual_verbs", "martyr", "kill_masdars", "fillers", "rise", "toll", "leave",
            "flee", "intent", "life_nouns", "life_verbs", "lose", "need_people", "time_ends",
            "times_of_day", "exceed", "kin_objects", "conditions", "purpose_actions", "results",
            "future_aux", "postpone", "requests", "postponed", "verdicts", "executed",
            "execution_masdars", "complementizers", "negated_conditions", "from_pronouns",
            "future_prefixes", "with_ala", "contest_fi", "contested", "accusative_masdars",
            "reflexives", "active_injuring", "passed_to", "medical", "fall", "modal_tolls",
            "verdict_killing", "hospitals", "own_losses", "own_pronouns", "keep_parts",
            "holding", "passed_to_god", "aims", "aim_links", "held_states", "disjunctions", "state_captors",
            "executions"),
    },
    "victims": {
        "counted": ("table", _WORD, CATEGORIES), "groups": ("table", _WORD, GROUP_LABELS),
        "family_statuses": ("table", _WORD, CATEGORIES),
        **_word_lists("group_heads", "subset_markers", "persons", "kin", "prisons", "families", "returns",
                      "case_nouns", "dual_nouns", "sound_plural"),
    },
    "non_person": _word_lists(
        "nouns", "labels_before", "months", "diseases", "outbreak", "percent", "heat", "heat_waves",
        "superlatives", "harms", "heat_nouns", "sun", "strokes", "wounds", "time_nouns", "victim_nouns",
        "one_of", "animals", "sports", "sport_injuries", "tag_lines", "sport_crowds", "tag_governors",
        "heads_of_one", "parents"),
    "hedges": {"before": ("table", _PHRASE, HEDGE_LABELS), "after": ("table", _PHRASE, HEDGE_LABELS)},
    "causes": {
        "causes": ("table", _PHRASE, CAUSE_LABELS), "not_causes": ("list", _PHRASE, None),
        "priority": ("list", _LABEL, CAUSE_LABELS),
        **_word_lists("preps", "agent_intro", "agent_heads", "not_agent_nisba"),
    },
    "statuses": {"categories": ("list", _LABEL, CATEGORIES), **_word_lists("supposition")},
    "sources": _word_lists("not_sources", "need_content", "statement_nouns", "source_stop", "relayed"),
    "grammar": _word_lists(
        "function_words", "clause_conjunctions", "copula_pronouns", "copula_verbs", "change",
        "account_nouns", "relatives", "numbering", "numbering_gap", "demonstratives", "clause_breaks",
        "passive_auxiliaries", "group_pronouns", "others", "dual_numerals", "dual_pronouns",
        "quantity_adjectives", "unknown_adjectives", "weekdays", "time_prepositions", "dual_auxiliaries",
        "one_of_two", "resumed_links", "day_words", "circumstance_demonstratives",
        "subject_particles", "continuity_auxiliaries", "continuity_negators",
        "coordination_stops", "pronoun_prepositions", "rates_and_multiples", "own_people"),
    # number words (read by number_words.py): tables keyed by the value their forms stand for
    "numbers": {**{section: ("table", _WORD, None) for section in NUMBER_TABLES},
                "vague": ("table", _WORD, VAGUE_KINDS),
                **_word_lists("count_noun", "count_nouns", "many", "many_people", "one_of_them", "not_numbers", "one",
                              "all_quantifiers", "the_two", "not_construct", "possessed_adjectives",
                              "possessed_nouns")},
}


@dataclass(frozen=True, slots=True)
class WordFile:
    """One validated word-list file.

    Attributes:
        name: ``triggers``, ``victims``…
        version: Its ``version`` field.
        path: Where it was read from.
        sha256: Hex digest of its bytes.
        sections: Section -> tuple of forms (a form is a tuple of normalized
            tokens) or, for a table, label -> tuple of forms, in file order.
    """

    name: str
    version: str
    path: Path
    sha256: str
    sections: dict = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CasualtyWords:
    """Every casualty word list, by file and section.

    Attributes:
        files: File name -> :class:`WordFile`.
    """

    files: dict[str, WordFile]

    def forms(self, name: str, section: str) -> frozenset[str]:
        """A list section of single words as a set of normalized words."""
        return frozenset(f[0] for f in self.files[name].sections[section])

    def table(self, name: str, section: str) -> dict[str, frozenset[str]]:
        """A table section of single words: label -> set of normalized words, file order."""
        return {label: frozenset(f[0] for f in forms)
                for label, forms in self.files[name].sections[section].items()}

    def phrases(self, name: str, section: str):
        """A section as token tuples: a tuple of them, or label -> tuple for a table."""
        return self.files[name].sections[section]

    def labels(self, name: str, section: str) -> tuple[str, ...]:
        """A section of labels (``priority``, ``categories``), in file order."""
        return tuple(self.files[name].sections[section])

    def versions(self) -> dict[str, dict[str, str]]:
        """``{file: {"version", "sha256"}}``, for the outputs' ``versions``."""
        return {n: {"version": f.version, "sha256": f.sha256} for n, f in sorted(self.files.items())}


def load_words(directory: str | Path | None = None) -> CasualtyWords:
    """Read and validate the nine word-list files (default: the shipped ones).

    Raises:
        AnalysisError: ``FILE:LINE: problem`` (or ``no such casualty word file``).

    Example:
        >>> sorted(load_words().files)
        ['causes', 'grammar', 'hedges', 'non_person', 'numbers', 'sources', 'statuses', 'triggers', 'victims']
    """
    directory = Path(directory) if directory is not None else DATA_DIR
    return _load(directory.resolve())


@lru_cache(maxsize=8)
def _load(directory: Path) -> CasualtyWords:
    files = {name: read_word_file(directory / f"{name}.yml", name) for name in SCHEMA}
    return CasualtyWords(files)


def read_word_file(path: Path, name: str) -> WordFile:
    """Read one file against :data:`SCHEMA` ``[name]``.

    Example:
        >>> import tempfile
        >>> p = Path(tempfile.mkdtemp()) / "statuses.yml"
        >>> _ = p.write_text('name: statuses\\nversion: "1"\\ncategories: [fled]\\nsupposition: [يرجح]\\n', encoding="utf-8")
        >>> try:
        ...     read_word_file(p, "statuses")
        ... except Exception as e:
        ...     print(str(e).split(": ", 1)[1])
        categories: unknown label 'fled'
    """
    root = compose_yaml(path, what="casualty word file")
    fail = NodeReader(path).fail
    if not isinstance(root, yaml.MappingNode):
        raise fail(root, "a casualty word file must be a mapping")
    top = {}
    for key, value in root.value:
        if key.value in top:
            raise fail(key, f"field {key.value!r} given twice")
        top[key.value] = (key, value)
    spec = SCHEMA[name]
    for key, (knode, _) in top.items():
        if key not in spec and key not in ("name", "version", "description"):
            raise fail(knode, f"unknown section {key!r} (expected one of {', '.join(spec)})")
    for required in ("name", "version", *spec):
        if required not in top:
            raise fail(root, f"missing field {required!r}")
    name_node = top["name"][1]
    if not isinstance(name_node, yaml.ScalarNode) or name_node.value != name:
        raise fail(name_node, f"name must be {name!r}")
    version_node = top["version"][1]
    if not isinstance(version_node, yaml.ScalarNode) or not version_node.value.strip():
        raise fail(version_node, "version must be a non-empty scalar")
    sections: dict = {}
    for section, (shape, kind, labels) in spec.items():
        node = top[section][1]
        if shape == "list":
            sections[section] = _forms(fail, section, node, kind, labels)
        else:
            if not isinstance(node, yaml.MappingNode):
                raise fail(node, f"{section}: expected a mapping of label -> list of forms")
            table: dict[str, tuple] = {}
            seen: dict[tuple[str, ...], str] = {}
            for lnode, fnode in node.value:
                label = lnode.value
                if labels is not None and label not in labels:
                    raise fail(lnode, f"{section}: unknown label {label!r}")
                if label in table:
                    raise fail(lnode, f"{section}: label {label!r} given twice")
                forms = _forms(fail, f"{section}.{label}", fnode, kind, None)
                for f, item in zip(forms, fnode.value):
                    if f in seen:
                        raise fail(item, f"{section}: {' '.join(f)!r} is under both "
                                         f"{seen[f]!r} and {label!r}")
                    seen[f] = label
                table[label] = forms
            sections[section] = table
    if name == "victims":
        duals = set(sections["dual_nouns"])
        for f, item in zip(sections["sound_plural"], top["sound_plural"][1].value):
            if f not in duals:
                raise fail(item, f"sound_plural: {f[0]!r} is not in dual_nouns")
    if name == "numbers":
        for section in NUMBER_TABLES:
            for lnode, _ in top[section][1].value:
                if not lnode.value.isdigit():
                    raise fail(lnode, f"{section}: label {lnode.value!r} must be a whole number")
    if name == "causes" and set(sections["priority"]) != set(sections["causes"]):
        raise fail(top["priority"][1], "priority must list every cause label exactly once")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return WordFile(name, version_node.value, path, digest, sections)


def _forms(fail, section: str, node, kind: str, labels) -> tuple:
    if not isinstance(node, yaml.SequenceNode):
        raise fail(node, f"{section}: expected a list")
    out: list = []
    seen: set = set()
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode) or not item.value.strip():
            raise fail(item, f"{section}: each entry must be a non-empty string")
        if kind == _LABEL:
            value = item.value
            if labels is not None and value not in labels:
                raise fail(item, f"{section}: unknown label {value!r}")
        else:
            value = form_key(item.value)
            if not value:
                raise fail(item, f"{section}: {item.value!r} has no word")
            if kind == _WORD and len(value) != 1:
                raise fail(item, f"{section}: {item.value!r} must be a single word")
        if value in seen:
            shown = value if isinstance(value, str) else " ".join(value)
            raise fail(item, f"{section}: {shown!r} is listed twice (after normalization)")
        seen.add(value)
        out.append(value)
    return tuple(out)


@lru_cache(maxsize=1)
def default_words() -> CasualtyWords:
    """The shipped word lists, loaded once."""
    return load_words()


__all__ = ["CasualtyWords", "WordFile", "load_words", "read_word_file", "default_words", "NUMBER_TABLES", "VAGUE_KINDS",
           "CATEGORIES", "HEDGE_LABELS", "GROUP_LABELS", "CAUSE_LABELS", "DATA_DIR"]
