"""One document in, one :class:`Annotation` out.

This is the only module where the stages meet::

    text -> tokens, sentences -> lexicon hits -> framing (actors, quotes, term voice)
                                              -> casualty claims (sourced via quotes)

Every stage is a pure function of the text and of versioned data files, so
the same text, lexicons, actor registry and package version always give the
same annotation. :class:`Pipeline` holds the loaded data files and reports
their versions, which every output carries.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import gc
import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable

from analysis import __version__
from analysis.text import Sentence, Token, split_sentences, tokenize


@dataclass(frozen=True)
class Pipeline:
    """Loaded data files and the morphology backend, shared across documents.

    Build it once with :meth:`Pipeline.load` and pass it to :func:`annotate`
    for every document of a corpus; loading YAML per document would dominate
    the run time.

    Attributes:
        lexicons: Loaded lexicons (:class:`analysis.lexicon.Lexicon`).
        registry: The actor registry (:class:`analysis.framing.registry.Registry`).
        cues: Reporting verbs and source phrases (:class:`analysis.framing.cues.CueSet`).
        cues_path: The file ``cues`` came from, for its hash in :attr:`versions`.
        backend: The morphology backend (``rules`` or ``calima``).
    """

    lexicons: tuple
    registry: Any
    cues: Any
    cues_path: Path
    backend: Any

    @classmethod
    def load(
        cls,
        *,
        lexicon_paths: Iterable[Path] | None = None,
        actors_path: Path | None = None,
        cues_path: Path | None = None,
        backend: str = "auto",
    ) -> "Pipeline":
        """Load lexicons, the actor registry and a morphology backend.

        Args:
            lexicon_paths: Lexicon YAML files; ``None`` loads the shipped ones.
            actors_path: Actor registry YAML; ``None`` loads the shipped one.
            cues_path: Reporting-cue YAML; ``None`` loads the shipped one.
            backend: ``auto`` (calima when installed, else rules), ``rules``,
                ``calima``, or a path to a camel-tools morphology DB.

        Example:
            >>> p = Pipeline.load(backend="rules")
            >>> p.versions["backend"]
            'rules'
        """
        from analysis.framing.cues import load_cues
        from analysis.framing.registry import load_registry
        from analysis.lexicon import load_lexicons
        from analysis.paths import CUES_FILE
        from analysis.text.morphology import get_backend

        lexicons = tuple(load_lexicons(list(lexicon_paths) if lexicon_paths else None))
        cues_path = Path(cues_path) if cues_path else CUES_FILE
        pipeline = cls(
            lexicons=lexicons,
            registry=load_registry(actors_path),
            cues=load_cues(cues_path),
            cues_path=cues_path,
            backend=get_backend(backend),
        )
        _freeze_loaded()
        return pipeline

    @cached_property
    def matcher(self):
        from analysis.lexicon import Matcher

        entries = [entry for lexicon in self.lexicons for entry in lexicon.entries]
        return Matcher(entries, backend=self.backend)

    @cached_property
    def matchers(self):
        """:attr:`matcher` and the framing stage's matcher, run together (one candidate lookup per token)."""
        from analysis.framing.context import framing_matcher
        from analysis.lexicon import MatcherGroup

        return MatcherGroup([self.matcher, framing_matcher(self.registry, self.cues)])

    @cached_property
    def versions(self) -> dict[str, Any]:
        """Versions of everything that shapes the output (corpus excluded).

        ``lexicons`` maps each lexicon name to ``version`` and the sha256 of
        its file, so an edited file without a version bump is still told apart.
        """
        return {
            "package": __version__,
            "lexicons": {
                lex.name: {"version": lex.version, "sha256": _file_sha256(lex.path)}
                for lex in self.lexicons
            },
            "actors": {
                "name": self.registry.name,
                "version": self.registry.version,
                "sha256": _file_sha256(self.registry.path),
            },
            "cues": {
                "name": self.cues.name,
                "version": self.cues.version,
                "sha256": _file_sha256(self.cues_path),
            },
            "casualties": _casualty_words_versions(),
            "backend": self.backend.name,
            "backend_version": self.backend.version,
        }


@dataclass(frozen=True)
class Annotation:
    """Everything the package finds in one text.

    Every item in ``terms``, ``actors``, ``quotes`` and ``casualties`` has
    ``start`` and ``end`` offsets into ``text``.
    """

    doc_id: str
    text: str
    versions: dict[str, Any]
    tokens: list[Token]
    sentences: list[Sentence]
    terms: list = field(default_factory=list)
    actors: list = field(default_factory=list)
    quotes: list = field(default_factory=list)
    casualties: list = field(default_factory=list)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        # Built once: sentence_of is called for every item of the document.
        return [s.start for s in self.sentences]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing character ``offset`` (or -1)."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return -1

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: versions, token count, sentences and every item.

        Example:
            >>> d = annotate("قال الجيش إن 3 مسلحين قتلوا.", pipeline=Pipeline.load(backend="rules")).to_dict()
            >>> sorted(d)
            ['actors', 'casualties', 'doc_id', 'quotes', 'sentences', 'terms', 'tokens', 'versions']
        """
        return {
            "doc_id": self.doc_id,
            "versions": self.versions,
            "tokens": len(self.tokens),
            "sentences": [
                {"index": s.index, "start": s.start, "end": s.end, "text": self.text[s.start:s.end]}
                for s in self.sentences
            ],
            "terms": [_record(t) for t in self.terms],
            "actors": [_record(a) for a in self.actors],
            "quotes": [_record(q) for q in self.quotes],
            "casualties": [_record(c) for c in self.casualties],
        }


_DEFAULT_PIPELINE: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The shipped lexicons and registry with the best available backend, loaded once."""
    global _DEFAULT_PIPELINE
    if _DEFAULT_PIPELINE is None:
        _DEFAULT_PIPELINE = Pipeline.load()
    return _DEFAULT_PIPELINE


def annotate(
    text: str,
    *,
    doc_id: str = "",
    pipeline: Pipeline | None = None,
    versions: dict[str, Any] | None = None,
) -> Annotation:
    """Annotate one original text with terms, actors, quotes and casualty claims.

    Args:
        text: The original text (never modified).
        doc_id: Identifier copied into every record.
        pipeline: Loaded data files; ``None`` uses :func:`default_pipeline`.
        versions: Extra version fields (e.g. the corpus version) merged into
            the pipeline's versions.

    Returns:
        The :class:`Annotation`.

    Example:
        >>> a = annotate('وصفت باكو الهجوم بـ"الإرهابي".', pipeline=Pipeline.load(backend="rules"))
        >>> [(t.text, t.key, t.voice, t.attributed_to) for t in a.terms]
        [('الهجوم', 'events/attack', 'own', None), ('الإرهابي', 'labels/terrorist', 'reported', 'azerbaijan')]
    """
    from analysis.casualties import extract_claims
    from analysis.framing import analyze_framing

    pipeline = pipeline or default_pipeline()
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    hits, framing_hits = pipeline.matchers.match(tokens, text=text)
    framing = analyze_framing(
        text, tokens, sentences, hits,
        registry=pipeline.registry, backend=pipeline.backend, cues=pipeline.cues, framing_hits=framing_hits,
    )
    claims = extract_claims(
        text, tokens, sentences, doc_id=doc_id,
        quotes=framing.quotes, actor_mentions=framing.actors, cues=pipeline.cues,
    )
    return Annotation(
        doc_id=doc_id,
        text=text,
        versions={**pipeline.versions, **(versions or {})},
        tokens=tokens,
        sentences=sentences,
        terms=list(framing.terms),
        actors=list(framing.actors),
        quotes=list(framing.quotes),
        casualties=list(claims),
    )


_LOADED_FROZEN = False


def _freeze_loaded() -> None:
    """Once per process: exclude what is loaded by now from the garbage collector's later passes.

    The modules, camel-tools' character tables (frozensets of some 300,000
    strings) and the data files live as long as the process. The tokens of a
    corpus run trigger a full collection every few hundred documents, and
    scanning those tables was half of each (``gc.freeze``; unreachable objects
    are collected first, so nothing is kept that would have been freed).
    """
    global _LOADED_FROZEN
    if not _LOADED_FROZEN:
        _LOADED_FROZEN = True
        gc.collect()
        gc.freeze()


def _record(item: Any) -> dict[str, Any]:
    # The records are flat (numbers, strings, tuples of them): one level is
    # enough, and dataclasses.asdict's recursive deep copy was a tenth of a
    # corpus run's time. A record with a nested value still goes through asdict.
    if dataclasses.is_dataclass(item):
        row = {name: getattr(item, name) for name in _field_names(type(item))}
        if not all(map(_is_flat, row.values())):
            row = dataclasses.asdict(item)
    else:
        row = dict(item)
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in row.items()}


_SCALARS = (str, int, float, bool, type(None))


def _is_flat(value: Any) -> bool:
    return isinstance(value, _SCALARS) or (isinstance(value, tuple) and all(isinstance(v, _SCALARS) for v in value))


@functools.cache
def _field_names(record_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(record_type))


def _casualty_words_versions() -> dict[str, Any]:
    """Version and sha256 of each casualty word-list file (``analysis/casualties/data``)."""
    from analysis.casualties.words import default_words

    return default_words().versions()


def _file_sha256(path: Path | None) -> str | None:
    if path is None:
        return None
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


__all__ = ["Annotation", "Pipeline", "annotate", "default_pipeline"]
