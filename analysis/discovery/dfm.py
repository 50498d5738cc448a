"""The document-feature matrix: documents × clitic-stripped features, in ``scipy.sparse``.

:func:`build_dfm` streams documents once. Each text goes through the package's
tokenizer (:func:`analysis.text.tokenize.tokenize`, whose tokens carry the
normalized form); word tokens are counted by normalized type into a CSR
matrix, one row per document, as they come. Only then, when the corpus'
types and counts are known, are types mapped to features
(:func:`analysis.discovery.features.choose_features`: lemmas with calima,
attested clitic-stripped stems with the rules backend), and the type matrix
is multiplied by a sparse type → feature matrix. Cost is linear in the number
of tokens; memory is the matrix plus one entry per distinct type (plus the
token stream, when ``keep_tokens``).

Every feature carries its most frequent surface form and a KWIC link: the
``doc_id, start, end`` of one occurrence of that surface (``text[start:end]``
is the surface in the original), and :func:`feature_kwic` runs the package's
one KWIC (:func:`analysis.lexicon.kwic.kwic`) over all its forms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

import numpy as np
import pandas as pd
from scipy import sparse

from analysis import __version__
from analysis.discovery.features import FeatureOptions, choose_features
from analysis.discovery.stopwords import StopWords, load_stopwords
from analysis.discovery.stream import NOT_A_WORD, stream_counts
from analysis.text.morphology import Backend, get_backend

#: Columns of :attr:`Dfm.features`.
FEATURE_COLUMNS = ["feature", "surface", "n", "doc_freq", "n_types", "doc_id", "start", "end", "stop"]
#: Token-stream code of a word whose feature is a removed stop word.
STOP_WORD = -2


@dataclass(frozen=True, slots=True)
class TokenStream:
    """Feature ids of every token, kept for collocations.

    Attributes:
        ids: Feature id per token (all documents concatenated), or
            :data:`NOT_A_WORD` / :data:`STOP_WORD`.
        sentence: Sentence index (within its document) of every token.
        offsets: ``(start, end)`` of every token in its original text, shape ``(n, 2)``.
        doc_ptr: Document ``i`` owns ``ids[doc_ptr[i]:doc_ptr[i + 1]]``;
            token ``j`` of a document is its ``j``-th :func:`tokenize` token,
            the numbering of the tables' ``first_token``/``last_token``.
    """

    ids: np.ndarray
    sentence: np.ndarray
    offsets: np.ndarray
    doc_ptr: np.ndarray


@dataclass
class Dfm:
    """A document-feature matrix.

    Attributes:
        matrix: ``scipy.sparse.csr_matrix`` of counts, documents × features.
        features: One row per column of ``matrix`` (:data:`FEATURE_COLUMNS`):
            ``feature`` (normalized, clitic-stripped form or lemma),
            ``surface`` (its most frequent spelling as written), ``n``
            (tokens), ``doc_freq``, ``n_types`` (distinct normalized spellings
            merged into it), and the KWIC link ``doc_id, start, end`` of one
            occurrence of ``surface``.
        docvars: One row per document: ``doc_id`` and the metadata given.
        versions: Package, backend, feature options, stop-word list.
        tokens: The :class:`TokenStream` when built with ``keep_tokens``.
        types: ``{normalized type: feature}``, for readers who want to see
            what was merged.
    """

    matrix: sparse.csr_matrix
    features: pd.DataFrame
    docvars: pd.DataFrame
    versions: dict[str, Any]
    tokens: TokenStream | None = None
    types: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def shape(self) -> tuple[int, int]:
        return self.matrix.shape

    def column(self, feature: str) -> int:
        """Column index of a feature (normalized form)."""
        hits = np.flatnonzero(self.features["feature"].to_numpy() == feature)
        if not len(hits):
            from analysis.errors import AnalysisError

            raise AnalysisError(f"no feature {feature!r} in this matrix")
        return int(hits[0])


def _records(documents: Iterable) -> Iterator[tuple[str, str, dict]]:
    for d in documents:
        if isinstance(d, tuple):
            yield str(d[0]), d[1], dict(d[2]) if len(d) > 2 else {}
        else:
            yield str(d.doc_id), d.text, dict(getattr(d, "meta", {}) or {})


def build_dfm(
    documents: Iterable,
    *,
    backend: str | Backend = "auto",
    stopwords: str | StopWords | None = None,
    remove_stopwords: bool = False,
    options: FeatureOptions = FeatureOptions(),
    keep_tokens: bool = False,
    docvars: Iterable[str] = ("outlet", "published"),
    workers: int = 1,
) -> Dfm:
    """Build the document-feature matrix of ``documents``, streaming them once.

    Args:
        documents: :class:`analysis.corpus.Document` objects, or
            ``(doc_id, text)`` / ``(doc_id, text, meta)`` tuples.
        backend: Morphology backend name or instance (``auto``: calima
            lemmas when installed, else the rules backend).
        stopwords: The function-word list (a path or :class:`StopWords`;
            ``None``: the shipped list, :mod:`analysis.discovery.stopwords`).
            It always guides segmentation (a stop word is never split, and
            is a valid stem: ``وفي`` → ``في``).
        remove_stopwords: Also drop the list's features from the matrix.
        options: How types become features (:class:`FeatureOptions`).
        keep_tokens: Also keep the :class:`TokenStream` (for collocations).
        docvars: Metadata fields copied into :attr:`Dfm.docvars`.
        workers: Tokenizing processes (the matrix does not depend on it).

    Returns:
        The :class:`Dfm`; rows in document order, columns sorted by feature.

    Example:
        >>> docs = [("a", "قال إن الانفصاليين انسحبوا"),  # synthetic
        ...         ("b", "وقال الوزير إن للانفصاليين مطالب والانفصاليين")]  # synthetic
        >>> d = build_dfm(docs, backend="rules", options=FeatureOptions(min_stem_count=1))
        >>> d.shape, d.features["feature"].tolist()
        ((2, 6), ['ان', 'انسحبوا', 'انفصاليين', 'قال', 'مطالب', 'وزير'])
        >>> row = d.features.set_index("feature").loc["انفصاليين"]
        >>> int(row.n), int(row.n_types), row.surface, row.doc_id, int(row.start), int(row.end)
        (3, 3, 'الانفصاليين', 'a', 7, 18)
    """
    backend = get_backend(backend) if isinstance(backend, str) else backend
    stop = stopwords if isinstance(stopwords, StopWords) else load_stopwords(stopwords)
    wanted = tuple(docvars)
    counted = stream_counts(_records(documents), wanted=wanted, keep_tokens=keep_tokens, workers=workers)
    by_surface = counted.matrix()
    surface_counts = np.asarray(by_surface.sum(axis=0)).ravel()
    type_index: dict[str, int] = {}
    surface_type = np.array([type_index.setdefault(n, len(type_index)) for n in counted.norms], dtype=np.int64)
    type_norms = list(type_index)
    type_counts = np.bincount(surface_type, weights=surface_counts, minlength=len(type_norms))
    mapping = choose_features(dict(zip(type_norms, type_counts.astype(np.int64).tolist())), backend=backend,
                              stop=stop.words, whole=stop.whole, teh_marbuta=_teh_marbuta_types(counted.surfaces, surface_type,
                                                                              surface_counts, type_norms),
                              options=options)
    features = sorted(set(mapping.values()) - (stop.words if remove_stopwords else set()))
    feature_ids = {f: i for i, f in enumerate(features)}
    type_code = np.array([feature_ids.get(mapping[t], STOP_WORD) for t in type_norms], dtype=np.int32)
    surface_code = type_code[surface_type] if len(type_code) else np.zeros(0, dtype=np.int32)
    kept = np.flatnonzero(surface_code >= 0)
    to_feature = sparse.csr_matrix((np.ones(len(kept), dtype=np.int32), (kept, surface_code[kept])),
                                   shape=(len(surface_code), len(features)))
    matrix = (by_surface @ to_feature).tocsr()
    matrix.sort_indices()
    docvars_frame = pd.DataFrame(counted.rows, columns=["doc_id", *wanted])
    table = _feature_table(features, surface_code, type_code, surface_counts, counted, matrix,
                           docvars_frame["doc_id"].tolist(), stop.words)
    stream = None
    if keep_tokens:
        ids, sentence, offsets, doc_ptr = counted.token_stream()
        word = ids >= 0
        ids[word] = surface_code[ids[word]]
        stream = TokenStream(ids, sentence, offsets, doc_ptr)
    versions = {
        "package": __version__, "backend": backend.name, "backend_version": backend.version,
        "features": options.as_dict(), "stopwords": stop.provenance, "stopwords_removed": remove_stopwords,
    }
    return Dfm(matrix, table, docvars_frame, versions, stream, mapping)


_MARKS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"


def _teh_marbuta_types(surfaces, surface_type, surface_counts, type_norms) -> frozenset[str]:
    # A type mostly written with a final ة: its ه is the feminine ending, not "his".
    sign = np.array([1 if s.rstrip(_MARKS).endswith("ة") else 0 for s in surfaces], dtype=np.float64)
    votes = np.bincount(surface_type, weights=sign * surface_counts, minlength=len(type_norms))
    totals = np.bincount(surface_type, weights=surface_counts, minlength=len(type_norms))
    return frozenset(type_norms[i] for i in np.flatnonzero(votes * 2 > totals))


def _feature_table(features, surface_code, type_code, surface_counts, counted, matrix, doc_ids,
                   stop: frozenset[str]) -> pd.DataFrame:
    kept = np.flatnonzero(surface_code >= 0)
    # Most frequent spelling of each feature; ties go to the one seen first.
    order = kept[np.lexsort((kept, -surface_counts[kept], surface_code[kept]))]
    _, first_of_group = np.unique(surface_code[order], return_index=True)
    best = order[first_of_group]
    n_types = np.bincount(type_code[type_code >= 0], minlength=len(features))
    rows = []
    totals = np.asarray(matrix.sum(axis=0)).ravel()
    doc_freq = matrix.getnnz(axis=0)
    for fid, feature in enumerate(features):
        sid = best[fid]
        doc_index, start, end = counted.first[sid]
        rows.append((feature, counted.surfaces[sid], int(totals[fid]), int(doc_freq[fid]), int(n_types[fid]),
                     doc_ids[doc_index], start, end, feature in stop))
    return pd.DataFrame(rows, columns=FEATURE_COLUMNS)


def feature_kwic(documents: Iterable, dfm: Dfm, feature: str, *, window: int = 5) -> pd.DataFrame:
    """Keyword in context for every spelling merged into ``feature``.

    Runs :func:`analysis.lexicon.kwic.kwic` (the package's one KWIC) with the
    normalized types of the feature as ``|``-separated word forms.

    Example:
        >>> docs = [("a", "قال إن الانفصاليين انسحبوا والانفصاليين رفضوا")]  # synthetic
        >>> d = build_dfm(docs, backend="rules", options=FeatureOptions(min_stem_count=1))
        >>> feature_kwic(docs, d, "انفصاليين", window=1)[["match", "right"]].values.tolist()
        [['الانفصاليين', 'انسحبوا'], ['والانفصاليين', 'رفضوا']]
    """
    from analysis.lexicon.kwic import kwic

    dfm.column(feature)
    forms = sorted(t for t, f in dfm.types.items() if f == feature)
    return kwic(documents, "|".join(forms), window=window, lexicons=[],
                backend=dfm.versions["backend"] if dfm.versions["backend"] == "rules" else "auto")


__all__ = ["Dfm", "TokenStream", "build_dfm", "feature_kwic", "FEATURE_COLUMNS", "NOT_A_WORD", "STOP_WORD"]
