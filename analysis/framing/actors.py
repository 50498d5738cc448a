"""Actor mentions: noun phrases that name a party, with the labels inside them.

A mention is a noun phrase (NP) built from units the matchers found: actor
names and nisba adjectives and role nouns (from the registry), and loaded
labels (``labels/*`` term hits of the lexicon layer). The NP rules follow
Arabic grammar, not a list of phrases:

1. **Head.** An NP starts at a role noun (القوات، السلطات، رئيس الوزراء), an
   actor name (باكو، بوتين، المتظاهرين), a nisba (الأرمن) or a label used as a
   noun (الانفصاليين). A label or nisba right after a definite word that is
   not part of an NP is an adjective of a non-actor noun (الجيب الانفصالي):
   a label there starts no NP; a nisba there is a mention of its actor.
2. **Idafa.** An indefinite head in the construct state takes one genitive:
   an actor name (جيش أذربيجان، رئيس وزراء أرمينيا) or a definite nominal
   label or nisba (قوات الانفصاليين).
3. **Agreeing adjectives.** Then any run of nisba adjectives and labels whose
   definiteness agrees with the phrase (ال on both): القوات الأرمينية
   الانفصالية، السلطات الانفصالية الأرمينية، الانفصاليين الأرمن.
4. **Apposition.** A person title (role with ``person: true``) is followed,
   within six words without punctuation, by the name of a person who holds
   that role in the registry: الرئيس الروسي فلاديمير بوتين، أمينة المظالم
   المكلفة حقوق الإنسان في أرمينيا أناهيت مناسيان.

Resolution of an NP to an actor id, in order:

a. a person's name in the NP → that person;
b. a name at the head → that actor;
c. a registry hint (``resolve:`` in the YAML) whose label or generic actor is
   in the NP and whose context occurs within its scope → the hint's actor
   (refined by the head's role): "separatists" in a Karabakh document;
d. a non-state label (``nonstate_labels``) → unresolved, unless the nisba
   is of a non-state actor (المتمردين الحوثيين → houthis);
e. role + nationality → the registry actor holding that role in that state
   (القوات الأذربيجانية → azerbaijan_army), a titled person only if the
   document also names them, else the state itself;
f. a nationality alone → that actor; a generic actor (civilians) → itself;
g. a bare definite role noun whose role is marked ``bare`` (الرئاسة، وزارة
   الدفاع; not "the army", which is ambiguous in a war between two states)
   → the holder of that role in the one state that earlier mentions of the
   sentence resolve to, if exactly one state has one; else no mention.

Unresolved NPs are kept (``actor=None``) when they carry a label, so that
label counts never silently drop parties the registry does not know.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from analysis.framing.context import DocContext
from analysis.text.records import record_maker

APPOSITION_GAP = 6


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of a party.

    Attributes:
        start: Offset of the noun phrase in the original text.
        end: Offset after it; ``text == original[start:end]``.
        text: The noun phrase as written.
        actor: Registry actor id, or ``None`` for a labelled party the
            registry cannot identify.
        alias: The registry alias or label lemma that decided the actor.
        labels: Framing modifiers inside the phrase, in text order: label
            names from the lexicon (``separatist``) and the English adjective
            of each nisba (``Armenian``).
        first_token: Index of its first token.
        last_token: Index after its last token.
    """

    start: int
    end: int
    text: str
    actor: str | None
    alias: str | None
    labels: tuple[str, ...]
    first_token: int
    last_token: int


_MENTION = record_maker(ActorMention)


@dataclass(frozen=True, slots=True)
class _Unit:
    first: int
    last: int
    kind: str            # name | nisba | role | label
    ref: str             # actor id, role key or label key
    lemma: str
    definite: bool
    clitics: tuple[str, ...] = ()


def find_mentions(ctx: DocContext) -> list[ActorMention]:
    """Find every actor mention in a document.

    Args:
        ctx: The document context (:class:`~analysis.framing.context.DocContext`).

    Returns:
        Non-overlapping mentions in text order.

    Example:
        >>> from analysis.framing.analyze import analyze_text
        >>> r = analyze_text("بدأت محادثات مع الانفصاليين الأرمن في كاراباخ.")  # synthetic
        >>> [(m.text, m.actor, m.labels) for m in r.actors]
        [('الانفصاليين الأرمن', 'karabakh_authorities', ('separatist', 'Armenian'))]
    """
    units = _units(ctx)
    doc_actors = {h.ref for h in ctx.fhits if h.kind == "actor"}
    doc_keys = {h.key for h in ctx.term_hits}
    out: list[ActorMention] = []
    starts = sorted(units)  # visited in order, so no loop over the tokens between them
    for sent in ctx.sentences:
        i = sent.first_token
        states: list[str] = []  # states that this sentence's mentions so far belong to, in order
        for start in starts[bisect_left(starts, i):bisect_left(starts, sent.last_token)]:
            if start < i:
                continue  # inside the noun phrase just built
            unit = units[start]
            items, j = _build_np(ctx, units, unit, sent.last_token)
            if items is None:
                i = unit.last
                continue
            mention = _resolve(ctx, items, sent.index, doc_actors, doc_keys, states)
            if mention is not None:
                out.append(mention)
                _add_state(ctx, mention, states)
            i = j
    return out


def _units(ctx: DocContext) -> dict[int, _Unit]:
    units: dict[int, _Unit] = {}
    for h in ctx.fhits:
        if h.kind == "actor":
            kind = h.alias_kind
            definite = True if kind == "name" else "ال" in h.clitics
            units[h.first] = _Unit(h.first, h.last, kind, h.ref, h.lemma, definite, h.clitics)
        elif h.kind == "role":
            last_norm = ctx.tokens[h.last - 1].norm
            definite = "ال" in h.clitics if h.last - h.first == 1 else last_norm.startswith(("ال", "لل"))
            units[h.first] = _Unit(h.first, h.last, "role", h.ref, h.lemma, definite, h.clitics)
    covered = [False] * len(ctx.tokens)  # tokens inside a unit, so a label never overlaps one
    for u in units.values():
        covered[u.first:u.last] = [True] * (u.last - u.first)
    for th in ctx.term_hits:
        if not th.key.startswith("labels/") or th.first_token in units:
            continue
        if any(covered[th.first_token:th.last_token]):
            continue
        definite = "ال" in th.clitics or ctx.tokens[th.last_token - 1].norm.startswith(("ال", "لل"))
        units[th.first_token] = _Unit(th.first_token, th.last_token, "label", th.key, th.lemma, definite,
                                      th.clitics)
        covered[th.first_token:th.last_token] = [True] * (th.last_token - th.first_token)
    return units


def _build_np(ctx: DocContext, units: dict[int, _Unit], head: _Unit, limit: int):
    reg = ctx.registry
    if head.kind in ("label", "nisba") and _adjectival(ctx, units, head):
        if head.kind == "label":
            return None, head.last
        return [head], head.last
    items = [head]
    j = head.last
    definite = head.definite
    if head.kind == "role" and not head.definite and j < limit:
        nxt = units.get(j)
        if nxt is not None and (nxt.kind == "name" or (nxt.kind in ("label", "nisba") and nxt.definite)):
            items.append(nxt)
            j = nxt.last
            definite = True
    while j < limit:
        nxt = units.get(j)
        if nxt is None or nxt.kind not in ("nisba", "label") or nxt.definite != definite:
            break
        if head.kind == "name" and ctx.registry.actor(head.ref).type != "population_group" and (
                nxt.kind == "nisba" or _plural(ctx, nxt)):
            # A name is singular: a plural label after it is a new NP
            # (اتهمت باكو الانفصاليين), only تنظيم داعش الإرهابي-type epithets agree.
            break
        if "و" in nxt.clitics or "ف" in nxt.clitics:  # a conjunction starts a new NP
            break
        if head.kind == "role" and ctx.tokens[head.last - 1].norm.endswith("ه") and _plural(ctx, nxt) \
                and not ctx.tokens[nxt.last - 1].norm.endswith("ات"):
            # A feminine singular head (الحكومة، الشرطة) takes no masculine plural
            # adjective: حمّلت الحكومة الحوثيين … is two phrases.
            break
        items.append(nxt)
        j = nxt.last
    role = reg.role(head.ref) if head.kind == "role" else None
    if role is not None and role.person:
        nationality = next((u.ref for u in items if u.kind in ("nisba", "name")), None)
        k = j
        while k < limit and k - j <= APPOSITION_GAP:
            u = units.get(k)
            if u is not None and u.kind == "name" and reg.actor(u.ref).type == "person":
                person = reg.actor(u.ref)
                if person.role == role.key and nationality in (None, person.person_of):
                    items.append(u)
                    j = u.last
                break
            if not ctx.is_word(k) or ctx.is_complementizer(k) or k in ctx.covered and ctx.covered[k].kind in ("cue", "source"):
                break
            k = u.last if u is not None else k + 1
    return items, j


def _adjectival(ctx: DocContext, units: dict[int, _Unit], unit: _Unit) -> bool:
    """A label/nisba right after a definite non-actor word agrees with it as an adjective."""
    prev = unit.first - 1
    if prev < 0 or not ctx.is_word(prev) or prev in ctx.covered or any(
            (u := units.get(f)) is not None and prev < u.last for f in range(prev - 3, prev + 1)):
        return False
    if ctx.sent_of[prev] != ctx.sent_of[unit.first]:
        return False
    if ctx.is_preposition(prev) or ctx.is_complementizer(prev):
        return False
    return unit.definite and ctx.is_definite_word(prev)


def _resolve(ctx: DocContext, items: list[_Unit], sent_index: int, doc_actors: set[str],
             doc_keys: set[str], states: list[str]) -> ActorMention | None:
    reg = ctx.registry
    head = items[0]
    labels = tuple(_label_name(reg, u) for u in items if u.kind in ("label", "nisba") and _label_name(reg, u))
    label_keys = {u.ref for u in items if u.kind == "label"}
    nationality = next((u for u in items if (u.kind == "nisba" or (u.kind == "name" and u is not head))
                        and reg.actor(u.ref).type != "person"), None)
    role = head.ref if head.kind == "role" else None
    actor: str | None = None
    alias: str | None = None

    person = next((u for u in items if u.kind == "name" and reg.actor(u.ref).type == "person"), None)
    if person is not None:
        actor, alias = person.ref, person.lemma
    elif head.kind == "name" and not _generic(reg, head.ref):
        actor, alias = head.ref, head.lemma
    else:
        hint = _hint(ctx, items, sent_index, label_keys, nationality, doc_actors, doc_keys)
        if hint is not None:
            h, trigger = hint
            actor = dict(h.roles).get(role, h.actor) if role else h.actor
            alias = trigger.lemma
        elif label_keys & reg.nonstate_labels and (nationality is None or reg.actor(nationality.ref).type == "state"):
            if head.kind == "label" and not _party_label(ctx, head):
                return None
            actor, alias = None, None
        elif head.kind == "name":  # a generic actor such as civilians
            actor, alias = head.ref, head.lemma
        elif nationality is not None:
            nat = nationality.ref
            actor, alias = nat, nationality.lemma
            if role is not None:
                holder = reg.by_role(role, nat)
                if holder is not None and (holder.type != "person" or holder.id in doc_actors):
                    actor = holder.id
        elif role is not None and head.definite and reg.role(role).bare and len(items) == 1:
            holder = _unique_holder(ctx, role, states)
            if holder is None:
                return None
            actor, alias = holder, head.lemma
        elif not label_keys or not _party_label(ctx, head):
            return None
    first, last = items[0].first, max(u.last for u in items)
    start, end = ctx.tokens[first].start, ctx.tokens[last - 1].end
    return _MENTION(start, end, ctx.text[start:end], actor, alias, labels, first, last)


def _plural(ctx: DocContext, unit: _Unit) -> bool:
    return ctx.tokens[unit.last - 1].norm.endswith(("ين", "ون", "ات"))


def _party_label(ctx: DocContext, head: _Unit) -> bool:
    """Can an unresolved label head denote a party?

    Not after بـ (a description: وصفها بالإرهابية) and not in the feminine
    singular, which is an adjective of an elided or distant noun.
    """
    if head.kind != "label" or "ب" in head.clitics:
        return False
    return not ctx.tokens[head.last - 1].norm.endswith("ه")


def _generic(reg, actor_id: str) -> bool:
    return any(h.when == f"actor:{actor_id}" for h in reg.hints)


def _label_name(reg, unit: _Unit) -> str:
    if unit.kind == "label":
        return unit.ref.split("/", 1)[1]
    if unit.kind == "nisba":
        return reg.actor(unit.ref).adjective
    return ""


def _hint(ctx: DocContext, items: list[_Unit], sent_index: int, label_keys: set[str],
          nationality: _Unit | None, doc_actors: set[str], doc_keys: set[str]):
    reg = ctx.registry
    triggers = {u.ref: u for u in items if u.kind == "label"}
    triggers.update({f"actor:{u.ref}": u for u in items if u.kind == "name"})
    for h in reg.hints:
        trigger = triggers.get(h.when)
        if trigger is None:
            continue
        context = set(h.context)
        np_actors = {u.ref for u in items if u.kind in ("nisba", "name")}
        if nationality is not None:
            # The phrase names its own nationality: it decides.
            if np_actors & context:
                return h, trigger
            continue
        if h.scope == "np":
            continue
        if h.scope == "sentence":
            present = ctx.present_in_sentence(sent_index)
        elif h.scope == "paragraph":
            present = ctx.present_in_paragraph(ctx.para_of_sent[sent_index])
        else:
            present = doc_actors | doc_keys
        if present & context:
            return h, trigger
    return None


def _add_state(ctx: DocContext, mention: ActorMention, states: list[str]) -> None:
    """Note the state ``mention`` belongs to (kept incrementally, so a long sentence stays linear)."""
    if mention.actor is None:
        return
    reg = ctx.registry
    top = reg.ancestors(mention.actor)[-1]
    if reg.actor(top).type == "state" and top not in states:
        states.append(top)


def _unique_holder(ctx: DocContext, role: str, states: list[str]) -> str | None:
    """The one non-person holder of ``role`` among the states earlier mentions of the sentence name."""
    reg = ctx.registry
    holders = {h.id for st in states if (h := reg.by_role(role, st)) is not None and h.type != "person"}
    return holders.pop() if len(holders) == 1 else None


__all__ = ["ActorMention", "find_mentions", "APPOSITION_GAP"]
