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

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from analysis.datafiles import NodeReader, compose_yaml
from analysis.errors import AnalysisError
from analysis.lexicon.loader import form_key, sound_paradigm
from analysis.lexicon.schema import STOP_KEY, Entry
from analysis.paths import ACTORS_FILE

#: Actor types a registry may use.
ACTOR_TYPES = ("state", "government", "armed_group", "de_facto_authority",
               "international_organization", "person", "population_group")
#: Scopes of a resolution hint, narrowest first.
HINT_SCOPES = ("np", "sentence", "document")
ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_LABEL_RE = re.compile(r"^[a-z0-9_]+(?:/[a-z0-9_]+)+$")

_TOP = {"name", "version", "description", "roles", "actors", "resolve", "nonstate_labels", "stop_phrases"}
_ACTOR = {"id", "type", "name", "adjective", "names", "nisba", "nisba_forms", "person_of", "part_of",
          "country", "role", "gender", "note"}
_HINT = {"when", "context", "scope", "actor", "roles", "note"}


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
    """

    name: str
    version: str
    path: Path | None
    actors: tuple[Actor, ...]
    roles: tuple[Role, ...]
    hints: tuple[Hint, ...] = ()
    nonstate_labels: frozenset[str] = frozenset()
    stop_phrases: tuple[str, ...] = ()
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
    root = compose_yaml(path, what="actor registry")
    return _Reader(path).registry(root)


class _Reader(NodeReader):
    """Walks the composed YAML node tree so that every error names its line."""

    def mapping(self, node: yaml.Node, what: str, allowed: set[str]) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} must be a mapping")
        out: dict[str, yaml.Node] = {}
        for k, v in node.value:
            if not isinstance(k, yaml.ScalarNode):
                raise self.fail(k, f"{what}: keys must be plain text")
            if k.value in out:
                raise self.fail(k, f"{what}: duplicate field {k.value!r}")
            if allowed and k.value not in allowed:
                raise self.fail(k, f"{what}: unknown field {k.value!r} (allowed: {', '.join(sorted(allowed))})")
            out[k.value] = v
        return out

    def scalar(self, node: yaml.Node, what: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or not node.value.strip():
            raise self.fail(node, f"{what} must be a non-empty text value")
        return node.value.strip()

    def strings(self, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node]]:
        if isinstance(node, yaml.SequenceNode):
            return [(self.scalar(n, what), n) for n in node.value]
        return [(self.scalar(node, what), node)]

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"{what} must be a list")
        return list(node.value)

    def registry(self, root: yaml.Node | None) -> Registry:
        if root is None:
            raise self.fail(None, "file is empty")
        top = self.mapping(root, "the registry", _TOP)
        for required in ("name", "version", "actors"):
            if required not in top:
                raise self.fail(root, f"missing top-level field {required!r}")
        name = self.scalar(top["name"], "name")
        version = self.scalar(top["version"], "version")
        roles = self.roles(top["roles"]) if "roles" in top else ()
        role_keys = {r.key for r in roles}
        seen_forms: dict[tuple[str, ...], tuple[str, int]] = {}
        for r, node in zip(roles, top["roles"].value if "roles" in top else ()):
            for form in r.forms:
                self.claim(form, f"role {r.key!r}", node[1], seen_forms)
        actors: list[Actor] = []
        nodes: dict[str, yaml.Node] = {}
        for item in self.sequence(top["actors"], "actors"):
            actor = self.actor(item, role_keys, seen_forms)
            if actor.id in nodes:
                raise self.fail(item, f"duplicate actor id {actor.id!r} (first at line "
                                      f"{nodes[actor.id].start_mark.line + 1})")
            nodes[actor.id] = item
            actors.append(actor)
        ids = set(nodes)
        for actor in actors:
            for link in ("person_of", "part_of", "country"):
                target = getattr(actor, link)
                if target is not None and target not in ids:
                    raise self.fail(nodes[actor.id], f"actor {actor.id!r}: {link} {target!r} is not an actor id")
            if actor.type == "person" and not actor.gender:
                raise self.fail(nodes[actor.id], f"person {actor.id!r} needs gender: m or f")
        reg_tmp = Registry(name, version, self.path, tuple(actors), roles)
        for actor in actors:  # a cycle would make ancestors() loop
            chain, cur = [actor.id], actor.parent
            while cur is not None:
                if cur in chain:
                    raise self.fail(nodes[actor.id], f"actor {actor.id!r}: links form a cycle {' -> '.join(chain + [cur])}")
                chain.append(cur)
                cur = reg_tmp.actor(cur).parent
        hints = tuple(self.hint(n, ids, role_keys) for n in self.sequence(top["resolve"], "resolve")) \
            if "resolve" in top else ()
        nonstate: set[str] = set()
        if "nonstate_labels" in top:
            for value, node in self.strings(top["nonstate_labels"], "nonstate label"):
                if not _LABEL_RE.match(value):
                    raise self.fail(node, f"nonstate label {value!r} must be a lexicon key such as labels/separatist")
                nonstate.add(value)
        stops: list[str] = []
        if "stop_phrases" in top:
            for value, node in self.strings(top["stop_phrases"], "stop phrase"):
                if len(form_key(value)) < 2:
                    raise self.fail(node, f"stop phrase {value!r} must have at least two words")
                stops.append(value)
        return Registry(name, version, self.path, tuple(actors), roles, hints, frozenset(nonstate), tuple(stops))

    def roles(self, node: yaml.Node) -> tuple[Role, ...]:
        out = []
        for key, value in self.mapping(node, "roles", set()).items():
            if not ID_RE.match(key):
                raise self.fail(value, f"role {key!r}: use lowercase a-z, 0-9 and _")
            f = self.mapping(value, f"role {key!r}", {"forms", "person", "bare", "note"})
            if "forms" not in f:
                raise self.fail(value, f"role {key!r} has no forms")
            forms = tuple(v for v, _ in self.strings(f["forms"], "form"))
            person = self.boolean(f["person"], "person") if "person" in f else False
            bare = self.boolean(f["bare"], "bare") if "bare" in f else False
            out.append(Role(key, forms, person, bare))
        return tuple(out)

    def boolean(self, node: yaml.Node, what: str) -> bool:
        value = self.scalar(node, what).lower()
        if value not in ("true", "false"):
            raise self.fail(node, f"{what} must be true or false")
        return value == "true"

    def claim(self, form: str, owner: str, node: yaml.Node,
              seen: dict[tuple[str, ...], tuple[str, int]], own: set | None = None) -> None:
        fk = form_key(form)
        if not fk:
            raise self.fail(node, f"form {form!r} of {owner} contains no word")
        if own is not None:
            if fk in own:
                return
            own.add(fk)
        if fk in seen:
            other, line = seen[fk]
            raise self.fail(node, f"form {form!r} of {owner} is already a form of {other} (line {line}); "
                                  "a form may name one actor or role only")
        seen[fk] = (owner, node.start_mark.line + 1)

    def actor(self, node: yaml.Node, role_keys: set[str],
              seen: dict[tuple[str, ...], tuple[str, int]]) -> Actor:
        f = self.mapping(node, "actor", _ACTOR)
        for required in ("id", "type", "name"):
            if required not in f:
                raise self.fail(node, f"actor is missing {required!r}")
        actor_id = self.scalar(f["id"], "id")
        if not ID_RE.match(actor_id):
            raise self.fail(f["id"], f"actor id {actor_id!r}: use lowercase a-z, 0-9 and _, starting with a letter")
        atype = self.scalar(f["type"], "type")
        if atype not in ACTOR_TYPES:
            raise self.fail(f["type"], f"actor {actor_id!r}: type {atype!r} is not one of {', '.join(ACTOR_TYPES)}")
        names = self.mapping(f["name"], f"name of {actor_id!r}", {"ar", "en"})
        if set(names) != {"ar", "en"}:
            raise self.fail(f["name"], f"actor {actor_id!r}: name needs both ar and en")
        owner = f"actor {actor_id!r}"
        own: set[tuple[str, ...]] = set()

        def forms(key: str, expand: bool = False) -> tuple[str, ...]:
            if key not in f:
                return ()
            out = []
            for value, vnode in self.strings(f[key], key):
                if expand and len(value.split()) != 1:
                    raise self.fail(vnode, f"{owner}: a nisba adjective is a single word")
                for form in (sound_paradigm(value) if expand else (value,)):
                    self.claim(form, owner, vnode, seen, own)
                out.append(value)
            return tuple(out)

        def link(key: str) -> str | None:
            return self.scalar(f[key], key) if key in f else None

        role = link("role")
        if role is not None and role not in role_keys:
            raise self.fail(f["role"], f"{owner}: role {role!r} is not defined under roles")
        gender = link("gender") or ""
        if gender not in ("", "m", "f"):
            raise self.fail(f["gender"], f"{owner}: gender must be m or f")
        return Actor(
            actor_id, atype, self.scalar(names["ar"], "name.ar"), self.scalar(names["en"], "name.en"),
            link("adjective") or "", forms("names"), forms("nisba", expand=True), forms("nisba_forms"),
            link("person_of"), link("part_of"), link("country"), role, gender,
        )

    def hint(self, node: yaml.Node, ids: set[str], role_keys: set[str]) -> Hint:
        f = self.mapping(node, "resolution hint", _HINT)
        for required in ("when", "context", "actor"):
            if required not in f:
                raise self.fail(node, f"resolution hint is missing {required!r}")
        when = self.scalar(f["when"], "when")
        if when.startswith("actor:"):
            if when[6:] not in ids:
                raise self.fail(f["when"], f"hint: {when!r} names no actor")
        elif not _LABEL_RE.match(when):
            raise self.fail(f["when"], f"hint: when {when!r} must be a lexicon key or actor:<id>")
        context = []
        for value, vnode in self.strings(f["context"], "context"):
            if value not in ids and not _LABEL_RE.match(value):
                raise self.fail(vnode, f"hint: context {value!r} is neither an actor id nor a lexicon key")
            context.append(value)
        scope = self.scalar(f["scope"], "scope") if "scope" in f else "sentence"
        if scope not in HINT_SCOPES:
            raise self.fail(f["scope"], f"hint: scope must be one of {', '.join(HINT_SCOPES)}")
        actor = self.scalar(f["actor"], "actor")
        if actor not in ids:
            raise self.fail(f["actor"], f"hint: actor {actor!r} is not an actor id")
        roles = []
        if "roles" in f:
            for role, target in self.mapping(f["roles"], "hint roles", set()).items():
                value = self.scalar(target, "hint role actor")
                if role not in role_keys:
                    raise self.fail(target, f"hint: role {role!r} is not defined under roles")
                if value not in ids:
                    raise self.fail(target, f"hint: actor {value!r} is not an actor id")
                roles.append((role, value))
        return Hint(when, tuple(context), scope, actor, tuple(roles), node.start_mark.line + 1)


__all__ = ["Registry", "Actor", "Role", "Hint", "load_registry", "ACTOR_TYPES", "HINT_SCOPES"]
