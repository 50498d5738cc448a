"""Reading an actor registry file: every field validated, every error naming its line.

:class:`RegistryReader` walks the composed YAML node tree (not the loaded
data), so that each problem is reported as ``FILE:LINE: problem``. Use
:func:`analysis.framing.registry.load_registry`, which caches the result.
"""

from __future__ import annotations

import re

import yaml

from analysis.datafiles import NodeReader
from analysis.framing.registry import ACTOR_TYPES, HINT_SCOPES, Actor, Hint, Registry, Role
from analysis.lexicon.loader import form_key, sound_paradigm

ID_RE = re.compile(r"[a-z][a-z0-9_]*")
_LABEL_RE = re.compile(r"[a-z0-9_]+(?:/[a-z0-9_]+)+")

_TOP = {"name", "version", "description", "roles", "actors", "resolve", "nonstate_labels", "stop_phrases",
        "person_titles"}
_ACTOR = {"id", "type", "name", "adjective", "names", "nisba", "nisba_forms", "person_of", "part_of",
          "country", "role", "gender", "note"}
_HINT = {"when", "context", "scope", "actor", "roles", "note"}


class RegistryReader(NodeReader):
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
                if not _LABEL_RE.fullmatch(value):
                    raise self.fail(node, f"nonstate label {value!r} must be a lexicon key such as labels/separatist")
                nonstate.add(value)
        stops: list[str] = []
        if "stop_phrases" in top:
            for value, node in self.strings(top["stop_phrases"], "stop phrase"):
                if len(form_key(value)) < 2:
                    raise self.fail(node, f"stop phrase {value!r} must have at least two words")
                stops.append(value)
        titles: set[str] = set()
        if "person_titles" in top:
            for value, node in self.strings(top["person_titles"], "person title"):
                words = form_key(value)
                if len(words) != 1:
                    raise self.fail(node, f"person title {value!r} must be one word")
                titles.add(words[0])
        return Registry(name, version, self.path, tuple(actors), roles, hints, frozenset(nonstate), tuple(stops),
                        frozenset(titles))

    def roles(self, node: yaml.Node) -> tuple[Role, ...]:
        out = []
        for key, value in self.mapping(node, "roles", set()).items():
            if not ID_RE.fullmatch(key):
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
        if not ID_RE.fullmatch(actor_id):
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
        elif not _LABEL_RE.fullmatch(when):
            raise self.fail(f["when"], f"hint: when {when!r} must be a lexicon key or actor:<id>")
        context = []
        for value, vnode in self.strings(f["context"], "context"):
            if value not in ids and not _LABEL_RE.fullmatch(value):
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


__all__ = ["RegistryReader"]
