"""The versioned Arabic stop-word list of the discovery tools.

The list is YAML (``analysis/discovery/data/stopwords_ar.yml``), read through
:mod:`analysis.datafiles` so that every problem names its file and line::

    name: stopwords_ar          # [a-z0-9_-]+
    version: "1.0.0"            # written into every output that uses it
    description: free text      # optional
    words:                      # word class -> list of single words
      prepositions: [في, من, ...]
    whole_words: [ولي, والي]    # optional: content words discovery never splits

``whole_words`` are not stop words: they read like a clitic plus a function
word (``ولي`` = ``و`` + ``لي``) but their content reading dominates in news
(``ولي العهد``), so :mod:`analysis.discovery.features` never splits them.

Words are written in ordinary spelling and compared in the package's
normalized form (:func:`analysis.text.normalize.normalize`) against
clitic-stripped features, so a list entry never carries a clitic. A word may
appear only once in the whole file (after normalization), so that removing it
from one class really removes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from analysis.corpus.ids import text_sha256
from analysis.datafiles import NodeReader, compose_yaml
from analysis.paths import PACKAGE_DIR
from analysis.text.tokenize import tokenize

STOPWORDS_FILE = PACKAGE_DIR / "discovery" / "data" / "stopwords_ar.yml"
_NAME_RE = re.compile(r"^[a-z0-9_-]+$")
_TOP_FIELDS = frozenset({"name", "version", "description", "words", "whole_words"})


@dataclass(frozen=True, slots=True)
class StopWords:
    """A loaded stop-word list.

    Attributes:
        name: The list's name (``stopwords_ar``).
        version: Its version string.
        sha256: sha256 of the file's bytes.
        path: The file it was read from.
        words: Normalized words.
        classes: Word class of each normalized word.
        whole: Normalized content words never split into clitic + function word.
    """

    name: str
    version: str
    sha256: str
    path: Path
    words: frozenset[str]
    classes: tuple[tuple[str, str], ...]
    whole: frozenset[str] = frozenset()

    def __contains__(self, word: str) -> bool:
        return word in self.words

    @property
    def provenance(self) -> dict[str, str]:
        """``{"name", "version", "sha256"}`` as outputs record it."""
        return {"name": self.name, "version": self.version, "sha256": self.sha256}


def load_stopwords(path: str | Path | None = None) -> StopWords:
    """Read and validate a stop-word YAML file (default: the shipped list).

    Raises:
        AnalysisError: ``FILE:LINE: problem`` for the first problem found.

    Example:
        >>> from analysis.text.normalize import normalize
        >>> sw = load_stopwords()
        >>> sw.name, "في" in sw, normalize("إلى") in sw, "انفصالي" in sw
        ('stopwords_ar', True, True, False)
    """
    path = Path(path) if path is not None else STOPWORDS_FILE
    root = compose_yaml(path, what="stop-word file")
    return _Reader(path).read(root)


class _Reader(NodeReader):
    def read(self, root: yaml.Node | None) -> StopWords:
        if not isinstance(root, yaml.MappingNode):
            raise self.fail(root, "a stop-word file must be a mapping with name, version and words")
        fields = {}
        for key, value in root.value:
            if key.value not in _TOP_FIELDS:
                raise self.fail(key, f"unknown field {key.value!r} (allowed: {', '.join(sorted(_TOP_FIELDS))})")
            fields[key.value] = value
        for required in ("name", "version", "words"):
            if required not in fields:
                raise self.fail(root, f"missing field {required!r}")
        name = self.scalar(fields["name"], "name")
        if not _NAME_RE.match(name):
            raise self.fail(fields["name"], f"name {name!r} must match [a-z0-9_-]+")
        version = self.scalar(fields["version"], "version")
        classes = self._classes(fields["words"])
        words = frozenset(w for w, _ in classes)
        whole = frozenset()
        if "whole_words" in fields:
            node = fields["whole_words"]
            if not isinstance(node, yaml.SequenceNode):
                raise self.fail(node, "whole_words must be a list of words")
            whole = frozenset(self._word(item, "whole_words") for item in node.value)
            if whole & words:
                raise self.fail(node, f"{', '.join(sorted(whole & words))} cannot be both a stop word "
                                      "and a whole word")
        return StopWords(name=name, version=version, sha256=text_sha256(self.path.read_bytes()),
                         path=self.path, words=words, classes=tuple(classes), whole=whole)

    def _word(self, item: yaml.Node, what: str) -> str:
        word = self.scalar(item, f"a word of {what}")
        tokens = tokenize(word)
        if len(tokens) != 1 or tokens[0].kind != "word":
            raise self.fail(item, f"{word!r} must be one word without punctuation")
        return tokens[0].norm

    def _classes(self, node: yaml.Node) -> list[tuple[str, str]]:
        if not isinstance(node, yaml.MappingNode) or not node.value:
            raise self.fail(node, "words must map word classes to lists of words")
        seen: dict[str, int] = {}
        out = []
        for key, value in node.value:
            word_class = self.scalar(key, "a word class")
            if not isinstance(value, yaml.SequenceNode) or not value.value:
                raise self.fail(value, f"words/{word_class} must be a non-empty list of words")
            for item in value.value:
                word = self.scalar(item, f"a word of {word_class}")
                norm = self._word(item, word_class)
                if norm in seen:
                    raise self.fail(item, f"{word!r} is listed twice (first on line {seen[norm]})")
                seen[norm] = item.start_mark.line + 1
                out.append((norm, word_class))
        return out


__all__ = ["StopWords", "load_stopwords", "STOPWORDS_FILE"]
