"""Read and validate YAML lexicons.

File format (one lexicon per file)::

    name: labels                 # [a-z0-9_-]+, unique among loaded lexicons
    version: "1.2.0"             # any scalar; written into outputs
    description: free text       # optional
    entries:
      labels/separatist:         # key: lowercase path, [a-z0-9_] segments
        - lemma: انفصالي          # required; citation form
          gloss: separatist      # optional English gloss
          inflect: sound         # optional: add the lemma's sound paradigm
          forms: [ ... ]         # optional: further forms, any number of words
          sg / du / pl / fem / fem_du / fem_pl: form or [forms]
          nisba: انفصالي          # optional: a nisba adjective; its whole
                                 # sound paradigm is added
          lemma_match: false     # optional (default true): see Entry
          note: why it is here   # optional, ignored by the matcher
    stop_phrases:                # optional: phrases that block shorter
      - phrase: النزاع المسلح     # entries inside them and never count
        note: adjective use, "armed conflict"

``inflect: sound`` (and every ``nisba`` value) expands a single word ``X``
into the regular sound paradigm, in all cases and states::

    X    Xًا        Xان  Xين        Xون  Xو / Xي      Xا
    sg   sg (acc.)  du   du/pl obl. pl   pl construct  du construct
    Xة   Xتان  Xتين  Xتا               Xات
    fem  fem du (nom./obl./construct)  fem pl

(``Xًا`` and ``Xا`` coincide once diacritics are removed.)

Broken plurals, collectives and multi-word phrases are listed under
``forms`` (or the slot fields). Forms are written in ordinary spelling;
matching normalizes them (hamza, ta marbuta, diacritics), and proclitics
(``و ف ب ل ك ال``) and enclitics are handled by the matcher, so forms never
include them.

Every problem is reported as one :class:`~analysis.errors.AnalysisError`
naming the file, the line and the problem.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

import yaml

from analysis.datafiles import NodeReader, compose_yaml
from analysis.errors import AnalysisError
from analysis.lexicon.schema import KEY_RE, STOP_KEY, Entry, Lexicon
from analysis.paths import LEXICON_DIR
from analysis.text.tokenize import tokenize

NAME_RE = re.compile(r"^[a-z0-9_-]+$")
SLOT_FIELDS = ("sg", "du", "pl", "fem", "fem_du", "fem_pl", "nisba")
ENTRY_FIELDS = frozenset({"lemma", "gloss", "inflect", "forms", "lemma_match", "note", *SLOT_FIELDS})
TOP_FIELDS = frozenset({"name", "version", "description", "entries", "stop_phrases"})
INFLECTIONS = ("sound", "none")
SOUND_SUFFIXES = ("", "ًا", "ان", "ين", "ون", "ا", "و", "ي", "ة", "تان", "تين", "تا", "ات")


def sound_paradigm(word: str) -> tuple[str, ...]:
    """The regular (sound) paradigm of a single word, all cases.

    Args:
        word: Masculine singular, e.g. a nisba adjective or a participle.

    Returns:
        ``X, Xًا, Xان, Xين, Xون, Xا, Xو, Xي, Xة, Xتان, Xتين, Xتا, Xات``.

    Example:
        >>> sound_paradigm("متمرد")[2:5]
        ('متمردان', 'متمردين', 'متمردون')
    """
    return tuple(word + s for s in SOUND_SUFFIXES)


def form_key(form: str) -> tuple[str, ...]:
    """The normalized token sequence a form is matched as.

    Example:
        >>> form_key("وقف إطلاق النار")
        ('وقف', 'اطلاق', 'النار')
    """
    return tuple(t.norm for t in tokenize(form))


def load_lexicon(path: str | Path) -> Lexicon:
    """Read one YAML lexicon file and validate it.

    Args:
        path: The ``.yml`` file.

    Returns:
        The :class:`Lexicon`, entries in file order (stop phrases last).

    Raises:
        AnalysisError: ``FILE:LINE: problem`` for the first problem found.

    Example:
        >>> lex = load_lexicon(LEXICON_DIR / "labels.yml")
        >>> lex.name, "labels/separatist" in lex.keys
        ('labels', True)
    """
    path = Path(path)
    root = compose_yaml(path, what="lexicon file")
    return _Reader(path).lexicon(root)


def load_lexicons(paths: Iterable[str | Path] | None = None) -> list[Lexicon]:
    """Load several lexicons; ``None`` means the shipped ones.

    Args:
        paths: Files or directories (every ``*.yml`` inside, sorted). ``None``
            loads ``analysis/lexicon/data/*.yml``.

    Returns:
        Lexicons in the order given.

    Raises:
        AnalysisError: On any invalid file, or two lexicons with one name.

    Example:
        >>> sorted(lex.name for lex in load_lexicons())
        ['events', 'institutions', 'labels', 'markers', 'places']
    """
    if paths is None:
        paths = [LEXICON_DIR]
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.glob("*.yml")) + sorted(p.glob("*.yaml")) if p.is_dir() else [p])
    out: list[Lexicon] = []
    seen: dict[str, Path | None] = {}
    for f in files:
        lex = load_lexicon(f)
        if lex.name in seen:
            raise AnalysisError(f"{f}:1: lexicon name {lex.name!r} is already used by {seen[lex.name]}")
        seen[lex.name] = f
        out.append(lex)
    return out


class _Reader(NodeReader):
    """Walks the composed YAML node tree so every error can name its line."""

    def mapping(self, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node, yaml.Node]]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} must be a mapping")
        out, seen = [], set()
        for k, v in node.value:
            if not isinstance(k, yaml.ScalarNode):
                raise self.fail(k, f"{what}: keys must be plain text")
            if k.value in seen:
                raise self.fail(k, f"{what}: duplicate field {k.value!r}")
            seen.add(k.value)
            out.append((k.value, k, v))
        return out

    def lexicon(self, root: yaml.Node | None) -> Lexicon:
        if root is None:
            raise self.fail(None, "file is empty")
        fields = {name: (k, v) for name, k, v in self.mapping(root, "the lexicon")}
        for name, (k, _) in fields.items():
            if name not in TOP_FIELDS:
                raise self.fail(k, f"unknown top-level field {name!r} (allowed: {', '.join(sorted(TOP_FIELDS))})")
        for required in ("name", "version", "entries"):
            if required not in fields:
                raise self.fail(root, f"missing top-level field {required!r}")
        name = self.scalar(fields["name"][1], "name")
        if not NAME_RE.match(name):
            raise self.fail(fields["name"][1], f"name {name!r} must match [a-z0-9_-]+")
        version = self.scalar(fields["version"][1], "version")
        description = fields["description"][1].value if "description" in fields else ""
        entries: list[Entry] = []
        seen_forms: dict[tuple[str, ...], tuple[str, int]] = {}
        for key, knode, vnode in self.mapping(fields["entries"][1], "entries"):
            if not KEY_RE.match(key) or key == STOP_KEY:
                raise self.fail(knode, f"invalid key {key!r}: use lowercase a-z, 0-9, _ separated by '/'")
            items = vnode.value if isinstance(vnode, yaml.SequenceNode) else [vnode]
            if not items:
                raise self.fail(vnode, f"key {key!r} has no entries")
            for item in items:
                entries.append(self.entry(key, item, name, seen_forms))
        if "stop_phrases" in fields:
            snode = fields["stop_phrases"][1]
            if not isinstance(snode, yaml.SequenceNode):
                raise self.fail(snode, "stop_phrases must be a list")
            for item in snode.value:
                if isinstance(item, yaml.MappingNode):
                    sf = {n: (k, v) for n, k, v in self.mapping(item, "stop phrase")}
                    for n, (k, _) in sf.items():
                        if n not in ("phrase", "note"):
                            raise self.fail(k, f"unknown stop phrase field {n!r} (allowed: phrase, note)")
                    if "phrase" not in sf:
                        raise self.fail(item, "stop phrase needs a 'phrase'")
                    phrase_node = sf["phrase"][1]
                else:
                    phrase_node = item
                phrase = self.scalar(phrase_node, "stop phrase")
                self.check_form(phrase, phrase_node, STOP_KEY, seen_forms)
                entries.append(Entry(STOP_KEY, phrase, (phrase,), stop=True, lexicon=name,
                                     source=f"{self.path}:{phrase_node.start_mark.line + 1}"))
        return Lexicon(name, version, self.path, tuple(entries), description)

    def entry(self, key: str, node: yaml.Node, lexname: str,
              seen_forms: dict[tuple[str, ...], tuple[str, int]]) -> Entry:
        fields = {name: (k, v) for name, k, v in self.mapping(node, f"entry of {key!r}")}
        for name, (k, _) in fields.items():
            if name not in ENTRY_FIELDS:
                raise self.fail(k, f"unknown entry field {name!r} (allowed: {', '.join(sorted(ENTRY_FIELDS))})")
        if "lemma" not in fields:
            raise self.fail(node, f"entry of {key!r} has no 'lemma'")
        lemma_node = fields["lemma"][1]
        lemma = self.scalar(lemma_node, "lemma")
        gloss = self.scalar(fields["gloss"][1], "gloss") if "gloss" in fields else ""
        lemma_match = True
        if "lemma_match" in fields:
            value = self.scalar(fields["lemma_match"][1], "lemma_match").lower()
            if value not in ("true", "false"):
                raise self.fail(fields["lemma_match"][1], "lemma_match must be true or false")
            lemma_match = value == "true"
        forms: list[tuple[str, yaml.Node]] = [(lemma, lemma_node)]
        if "inflect" in fields:
            inode = fields["inflect"][1]
            how = self.scalar(inode, "inflect")
            if how not in INFLECTIONS:
                raise self.fail(inode, f"inflect must be one of {', '.join(INFLECTIONS)}, not {how!r}")
            if how == "sound":
                if len(lemma.split()) != 1:
                    raise self.fail(inode, "inflect: sound needs a single-word lemma; list phrase forms under 'forms'")
                forms += [(f, inode) for f in sound_paradigm(lemma)]
        for slot in SLOT_FIELDS:
            if slot in fields:
                for value, vnode in self.strings(fields[slot][1], slot):
                    if slot == "nisba":
                        if len(value.split()) != 1:
                            raise self.fail(vnode, "a nisba adjective is a single word")
                        forms += [(f, vnode) for f in sound_paradigm(value)]
                    else:
                        forms.append((value, vnode))
        if "forms" in fields:
            fnode = fields["forms"][1]
            if not isinstance(fnode, yaml.SequenceNode):
                raise self.fail(fnode, "forms must be a list")
            forms += self.strings(fnode, "form")
        unique: dict[tuple[str, ...], str] = {}
        for form, fnode in forms:
            fk = self.check_form(form, fnode, key, seen_forms, own=unique)
            unique.setdefault(fk, form)
        return Entry(key, lemma, tuple(unique.values()), gloss=gloss, lemma_match=lemma_match,
                     lexicon=lexname, source=f"{self.path}:{node.start_mark.line + 1}")

    def check_form(self, form: str, node: yaml.Node, key: str,
                   seen_forms: dict[tuple[str, ...], tuple[str, int]],
                   own: dict | None = None) -> tuple[str, ...]:
        fk = form_key(form)
        if not fk or not any(t.kind in ("word", "number") for t in tokenize(form)):
            raise self.fail(node, f"form {form!r} of {key!r} contains no word")
        line = node.start_mark.line + 1
        if own is not None and fk in own:
            return fk  # the same form twice in one entry is harmless (e.g. dual/plural -ين)
        if fk in seen_forms:
            other_key, other_line = seen_forms[fk]
            raise self.fail(node, f"form {form!r} of {key!r} is already a form of {other_key!r} "
                                  f"(line {other_line}); a form may belong to one entry only")
        seen_forms[fk] = (key, line)
        return fk


__all__ = ["load_lexicon", "load_lexicons", "sound_paradigm", "form_key", "SLOT_FIELDS"]
