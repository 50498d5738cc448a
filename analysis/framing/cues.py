"""Reporting cues: reporting verbs with their inflections, and source phrases.

The cue list is data (``analysis/framing/data/cues.yml``, format documented in
its header). Regular verbs are given as three stems and inflected here for
tense, gender and number (``أكد`` → ``أكدت، أكدوا، يؤكد، تؤكد، مؤكدا…``);
irregular verbs list their forms. Clitics (``وأكدت``، ``فقال``، ``وصفتها``)
and diacritics (``أكّدت``) are left to the lexicon matcher, which receives the
cues as :class:`~analysis.lexicon.schema.Entry` records keyed
``cue/<n>/<aspect>/<tag>`` (``tag`` = ``ms fs mp fp md fd``) and ``source/<n>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from analysis.datafiles import NodeReader, compose_yaml
from analysis.errors import AnalysisError
from analysis.lexicon.loader import form_key
from analysis.lexicon.schema import Entry
from analysis.paths import CUES_FILE
#: Person-gender-number tags of third-person forms.
TAGS = ("ms", "fs", "mp", "fp", "md", "fd")
_PERFECT = {"ms": "", "fs": "ت", "mp": "وا", "md": "ا", "fd": "تا", "fp": "ن"}
_IMPERFECT = {"ms": ("ي", ""), "fs": ("ت", ""), "mp": ("ي", "ون"), "md": ("ي", "ان"),
              "fd": ("ت", "ان"), "fp": ("ي", "ن")}
_PARTICIPLE = {"ms": "ا", "fs": "ة", "mp": "ين", "fp": "ات"}
_VERB_FIELDS = {"lemma", "gloss", "perfect", "imperfect", "participle", "preps", "object",
                "addressee", "speaker_after", "note"}


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting verb.

    Attributes:
        lemma: Citation form (``أكد``).
        gloss: English gloss.
        forms: ``(form, tag, aspect)`` triples; aspect is ``perfect``,
            ``imperfect`` or ``participle``.
        preps: Prepositions that may introduce the content (normalized).
        object: The content may be a direct object.
        addressee: The verb's object is an addressee / the described party.
        speaker_after: Normalized preposition after which the speaker is
            named (``عن`` for نقل عن), or ``""``.
    """

    lemma: str
    gloss: str
    forms: tuple[tuple[str, str, str], ...]
    preps: tuple[str, ...] = ()
    object: bool = False
    addressee: bool = False
    speaker_after: str = ""


@dataclass(frozen=True, slots=True)
class CueSet:
    """All cues of one file.

    Attributes:
        name: ``cues``.
        version: Version string (written into outputs as :attr:`tag`).
        verbs: Reporting verbs.
        sources: ``(lemma, forms)`` of source phrases.
    """

    name: str
    version: str
    verbs: tuple[Cue, ...]
    sources: tuple[tuple[str, tuple[str, ...]], ...]

    @property
    def tag(self) -> str:
        return f"{self.name}@{self.version}"

    def entries(self) -> list[Entry]:
        """Matcher entries: ``cue/<n>/<aspect>/<tag>`` per verb, ``source/<n>``.

        Example:
            >>> es = load_cues().entries()
            >>> [e.key for e in es if "أكدت" in e.forms]
            ['cue/1/perfect/fs']
        """
        out: list[Entry] = []
        for n, cue in enumerate(self.verbs):
            groups: dict[tuple[str, str], list[str]] = {}
            for form, tag, aspect in cue.forms:
                groups.setdefault((aspect, tag), []).append(form)
            for (aspect, tag), forms in groups.items():
                out.append(Entry(f"cue/{n}/{aspect}/{tag}", cue.lemma, tuple(forms), gloss=cue.gloss,
                                 lemma_match=False, lexicon=self.name))
        for n, (lemma, forms) in enumerate(self.sources):
            out.append(Entry(f"source/{n}", lemma, forms, lemma_match=False, lexicon=self.name))
        return out


def inflect(perfect: str | dict | None, imperfect: str | dict | None,
            participle: str | dict | None) -> tuple[tuple[str, str, str], ...]:
    """Generate third-person forms of a reporting verb.

    Args:
        perfect: Perfect stem (3ms) or a ``{tag: form(s)}`` mapping.
        imperfect: Imperfect stem without the person prefix, or a mapping.
        participle: Active participle stem, or a mapping.

    Returns:
        ``(form, tag, aspect)`` triples.

    Example:
        >>> [f for f, t, a in inflect("أكد", "ؤكد", "مؤكد") if t == "fs"]
        ['أكدت', 'تؤكد', 'مؤكدة']
    """
    out: list[tuple[str, str, str]] = []

    def add(spec, aspect, make) -> None:
        if spec is None:
            return
        if isinstance(spec, dict):
            for tag, forms in spec.items():
                for form in ([forms] if isinstance(forms, str) else forms):
                    out.append((form, tag, aspect))
            return
        for tag in TAGS:
            form = make(spec, tag)
            if form:
                out.append((form, tag, aspect))

    add(perfect, "perfect", lambda s, t: s + _PERFECT[t])
    add(imperfect, "imperfect", lambda s, t: _IMPERFECT[t][0] + s + _IMPERFECT[t][1])
    add(participle, "participle", lambda s, t: s + _PARTICIPLE[t] if t in _PARTICIPLE else "")
    return tuple(out)


def load_cues(path: str | Path | None = None) -> CueSet:
    """Read and validate a cue file (default: the shipped ``cues.yml``).

    Raises:
        AnalysisError: ``FILE:LINE: problem``.

    Example:
        >>> cues = load_cues()
        >>> next(c for c in cues.verbs if c.lemma == "لفت").preps
        ('الي',)
    """
    path = Path(path) if path is not None else CUES_FILE
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise AnalysisError(f"no such cue file: {path}") from None
    return _load(path.resolve(), stat.st_mtime_ns)


@lru_cache(maxsize=8)
def _load(path: Path, _mtime: int) -> CueSet:
    root = compose_yaml(path, what="cue file")

    fail = NodeReader(path).fail

    if not isinstance(root, yaml.MappingNode):
        raise fail(root, "the cue file must be a mapping")
    top = {k.value: v for k, v in root.value}
    for required in ("name", "version", "verbs"):
        if required not in top:
            raise fail(root, f"missing top-level field {required!r}")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    verbs: list[Cue] = []
    seen: dict[tuple[str, ...], str] = {}
    for node, item in zip(top["verbs"].value, data["verbs"]):
        if not isinstance(item, dict) or "lemma" not in item:
            raise fail(node, "each verb needs a lemma")
        unknown = set(item) - _VERB_FIELDS
        if unknown:
            raise fail(node, f"verb {item['lemma']!r}: unknown field(s) {', '.join(sorted(unknown))}")
        for field in ("perfect", "imperfect", "participle"):
            spec = item.get(field)
            if isinstance(spec, dict) and not set(spec) <= set(TAGS):
                raise fail(node, f"verb {item['lemma']!r}: {field} tags must be among {', '.join(TAGS)}")
        forms = inflect(item.get("perfect"), item.get("imperfect"), item.get("participle"))
        if not forms:
            raise fail(node, f"verb {item['lemma']!r} has no forms")
        for form, _tag, _a in forms:
            fk = form_key(form)
            if fk in seen and seen[fk] != item["lemma"]:
                continue  # e.g. يدعون (دعا / ادعى): the first verb keeps it
            seen[fk] = item["lemma"]
        preps = tuple(form_key(p)[0] for p in item.get("preps") or ())
        after = item.get("speaker_after") or ""
        verbs.append(Cue(item["lemma"], item.get("gloss", ""), forms, preps, bool(item.get("object")),
                         bool(item.get("addressee")), form_key(after)[0] if after else ""))
    sources = []
    for node, item in zip(top.get("sources", yaml.SequenceNode("", [])).value, data.get("sources") or []):
        if not isinstance(item, dict) or "lemma" not in item or not item.get("forms"):
            raise fail(node, "each source phrase needs a lemma and forms")
        sources.append((item["lemma"], tuple(item["forms"])))
    return CueSet(str(data["name"]), str(data["version"]), tuple(verbs), tuple(sources))


__all__ = ["Cue", "CueSet", "load_cues", "inflect", "CUES_FILE", "TAGS"]
