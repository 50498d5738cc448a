"""The actor registry: parties to a conflict and the words that name them.

The registry is a YAML file (:data:`analysis.paths.ACTORS_FILE` by default;
researchers can pass their own). Its format is documented at the top of
``analysis/framing/data/actors.yml``. Loading validates everything and every
problem is one :class:`~analysis.errors.AnalysisError` naming the file, the
line and the problem.

Aliases are matched by the lexicon layer's clitic-aware
:class:`~analysis.lexicon.matcher.Matcher`: :meth:`Registry.entries` turns the
registry into lexicon :class:`~analysis.lexicon.schema.Entry` records keyed
``actor/<id>`` (names and nisba adjectives) and ``role/<role>`` (head nouns
such as قوات or رئيس الوزراء).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from analysis.datafiles import compose_yaml
from analysis.errors import AnalysisError
from analysis.lexicon.loader import sound_paradigm
from analysis.lexicon.schema import STOP_KEY, Entry
from analysis.paths import ACTORS_FILE

#: Actor types a registry may use.
ACTOR_TYPES = ("state", "government", "armed_group", "de_facto_authority",
               "international_organization", "person", "population_group")
#: Scopes of a resolution hint, narrowest first.
HINT_SCOPES = ("np", "sentence", "paragraph", "document")
@dataclass(frozen=True, slots=True)
class Role:
    """A head noun class naming an organ or an office.

    Attributes:
        key: Role name, e.g. ``military`` or ``prime_minister``.
        forms: Surface forms without clitics (``قوات``, ``رئيس الوزراء``).
        person: True for titles of persons, which take a name in apposition.
        bare: A bare definite head (الرئاسة) may be resolved from the sentence:
            see rule g of :mod:`analysis.framing.actors`.
    """

    key: str
    forms: tuple[str, ...]
    person: bool = False
    bare: bool = False


@dataclass(frozen=True, slots=True)
class Actor:
    """One party in the registry.

    Attributes:
        id: Stable identifier used in every output (``karabakh_authorities``).
        type: One of :data:`ACTOR_TYPES`.
        name_ar: Display name in Arabic.
        name_en: Display name in English.
        adjective: English demonym used as a label (``Armenian``), or ``""``.
        names: Proper names, capitals and fixed institution names.
        nisba: Nisba adjective bases (their sound paradigm is matched).
        nisba_forms: Further nisba forms matched as they are (``أرمن``).
        person_of: For persons, the actor they belong to.
        part_of: For organs (army, ministry), the actor they belong to.
        country: A nationality that is not membership (an opposition).
        role: The role key that names this actor inside its parent.
        gender: ``m`` / ``f`` for persons, else ``""``.
    """

    id: str
    type: str
    name_ar: str
    name_en: str
    adjective: str = ""
    names: tuple[str, ...] = ()
    nisba: tuple[str, ...] = ()
    nisba_forms: tuple[str, ...] = ()
    person_of: str | None = None
    part_of: str | None = None
    country: str | None = None
    role: str | None = None
    gender: str = ""

    @property
    def parent(self) -> str | None:
        """The actor this one belongs to or is a national of (``None`` if none)."""
        return self.person_of or self.part_of or self.country


@dataclass(frozen=True, slots=True)
class Hint:
    """A label-to-actor resolution rule (see the registry file header).

    Attributes:
        when: A lexicon label key (``labels/separatist``) or ``actor:<id>``.
        context: Actor ids or lexicon keys, any of which activates the hint.
        scope: ``np``, ``sentence`` or ``document``.
        actor: The actor the phrase resolves to.
        roles: ``(role, actor)`` pairs refining the result by head role.
        line: Line of the hint in its file (for explanations).
    """

    when: str
    context: tuple[str, ...]
    scope: str
    actor: str
    roles: tuple[tuple[str, str], ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Registry:
    """A validated actor registry.

    Attributes:
        name: Registry name (``actors``).
        version: Version string, written into outputs with :attr:`tag`.
        path: File it was read from.
        actors: Actors in file order.
        roles: Head-noun roles.
        hints: Label-to-actor hints, in priority order.
        nonstate_labels: Label keys whose phrases never resolve to a state.
        stop_phrases: Phrases that block an alias inside them.
        person_titles: Titles written before a person's name (normalized:
            الدكتور، المهندس، العقيد): a speaker's noun phrase runs on over the name.
    """

    name: str
    version: str
    path: Path | None
    actors: tuple[Actor, ...]
    roles: tuple[Role, ...]
    hints: tuple[Hint, ...] = ()
    nonstate_labels: frozenset[str] = frozenset()
    stop_phrases: tuple[str, ...] = ()
    person_titles: frozenset[str] = frozenset()
    _by_id: dict[str, Actor] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({a.id: a for a in self.actors})

    @property
    def tag(self) -> str:
        """``name@version``, the form used in outputs.

        Example:
            >>> load_registry().tag.startswith("actors@")
            True
        """
        return f"{self.name}@{self.version}"

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._by_id

    def actor(self, actor_id: str) -> Actor:
        """Return the actor with this id (``KeyError`` if absent).

        Example:
            >>> load_registry().actor("aliyev").person_of
            'azerbaijan'
        """
        return self._by_id[actor_id]

    def role(self, key: str) -> Role | None:
        """Return the role named ``key``, or ``None``."""
        return next((r for r in self.roles if r.key == key), None)

    def ancestors(self, actor_id: str) -> tuple[str, ...]:
        """The actor and every actor it belongs to, nearest first.

        Example:
            >>> load_registry().ancestors("russia_mod")
            ('russia_mod', 'russia')
        """
        out = [actor_id]
        while (parent := self._by_id[out[-1]].parent) is not None and parent not in out:
            out.append(parent)
        return tuple(out)

    def by_role(self, role: str, parent: str) -> Actor | None:
        """The actor holding ``role`` inside ``parent``, if exactly one does.

        Example:
            >>> load_registry().by_role("military", "azerbaijan").id
            'azerbaijan_army'
        """
        found = [a for a in self.actors if a.role == role and a.parent == parent]
        return found[0] if len(found) == 1 else None

    def entries(self) -> list[Entry]:
        """Lexicon entries for the clitic-aware matcher.

        Names become one entry each (key ``actor/<id>``, lemma = the name);
        each nisba base is one entry with its sound paradigm; roles are keyed
        ``role/<key>``; stop phrases block aliases inside them.

        Example:
            >>> [e.key for e in load_registry().entries() if e.lemma == "باكو"]
            ['actor/azerbaijan']
        """
        out: list[Entry] = []
        for a in self.actors:
            for name in a.names:
                out.append(Entry(f"actor/{a.id}", name, (name,), gloss="name", lemma_match=False,
                                 lexicon=self.name))
            for base in a.nisba:
                out.append(Entry(f"actor/{a.id}", base, sound_paradigm(base), gloss="nisba",
                                 lemma_match=False, lexicon=self.name))
            for form in a.nisba_forms:
                out.append(Entry(f"actor/{a.id}", form, (form,), gloss="nisba", lemma_match=False,
                                 lexicon=self.name))
        for r in self.roles:
            out.append(Entry(f"role/{r.key}", r.forms[0], r.forms, gloss="role", lemma_match=False,
                             lexicon=self.name))
        for phrase in self.stop_phrases:
            out.append(Entry(STOP_KEY, phrase, (phrase,), stop=True, lexicon=self.name))
        return out


def load_registry(path: str | Path | None = None) -> Registry:
    """Read and validate an actor registry.

    Args:
        path: A YAML file; ``None`` loads the shipped registry
            (:data:`analysis.paths.ACTORS_FILE`). Results are cached per path.

    Returns:
        The :class:`Registry`.

    Raises:
        AnalysisError: ``FILE:LINE: problem`` for the first problem found.

    Example:
        >>> reg = load_registry()
        >>> reg.actor("karabakh_authorities").type
        'de_facto_authority'
        >>> reg.actor("pashinyan").person_of
        'armenia'
    """
    path = Path(path) if path is not None else ACTORS_FILE
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise AnalysisError(f"no such actor registry: {path}") from None
    return _load_cached(path.resolve(), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=16)
def _load_cached(path: Path, _mtime: int, _size: int) -> Registry:
    from analysis.framing.registry_reader import RegistryReader  # the reader builds these records

    root = compose_yaml(path, what="actor registry")
    return RegistryReader(path).registry(root)


__all__ = ["Registry", "Actor", "Role", "Hint", "load_registry", "ACTOR_TYPES", "HINT_SCOPES"]
