"""Discovery over a corpus version: the calls the CLI, the notebook and the benchmark share.

Example:
    >>> from analysis import Corpus
    >>> d = corpus_dfm(Corpus("corpus"), backend="rules")
    >>> d.shape[0], d.versions["corpus"]
    (1, '0.1.0')
"""

from __future__ import annotations

from typing import Any, Iterable

import pandas as pd

from analysis.discovery.dfm import Dfm, build_dfm
from analysis.discovery.features import FeatureOptions

DOCVARS = ("outlet", "published", "title")


def corpus_dfm(
    corpus,
    version: str | None = "latest",
    *,
    backend: str = "auto",
    strip_clitics: bool = True,
    remove_stopwords: bool = False,
    keep_tokens: bool = False,
    workers: int = 1,
    doc: str | Iterable[str] | None = None,
    outlet: str | Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Dfm:
    """The document-feature matrix of a :class:`analysis.Corpus` version's documents (filtered).

    Args:
        corpus: The :class:`analysis.Corpus`.
        version: ``"latest"``, ``"working"`` or a release.
        backend: Morphology backend.
        strip_clitics: ``False`` counts normalized surface tokens instead.
        remove_stopwords: Drop the stop-word list's features.
        keep_tokens: Keep the token stream (collocations need it).
        workers: Tokenizing processes.
        doc, outlet, since, until: Document filters, as for :meth:`analysis.Corpus.tables`.

    Returns:
        The :class:`Dfm`, whose ``versions`` also carry the corpus version and manifest sha256.
    """
    resolved = corpus.version(version)
    documents = corpus.documents(resolved, doc=doc, outlet=outlet, since=since, until=until)
    dfm = build_dfm(documents, backend=backend, remove_stopwords=remove_stopwords, keep_tokens=keep_tokens,
                    options=FeatureOptions(strip_clitics=strip_clitics), docvars=DOCVARS, workers=workers)
    filters = {k: v for k, v in {"doc": doc, "outlet": outlet, "since": since, "until": until}.items() if v}
    dfm.versions = {**corpus.provenance(resolved), **dfm.versions, **({"filters": filters} if filters else {})}
    return dfm


def top_rows(table: pd.DataFrame, n: int, *, by: Iterable[str] = ()) -> pd.DataFrame:
    """The first ``n`` rows of a ranked table, or of each group of ``by`` columns (``n`` ≤ 0: all).

    Example:
        >>> t = pd.DataFrame({"group": ["a", "a", "b"], "x": [3, 2, 1]})
        >>> top_rows(t, 1, by=["group"])["x"].tolist()
        [3, 1]
    """
    by = list(by)
    if n <= 0:
        return table
    out = table.groupby(by, sort=False, group_keys=False).head(n) if by else table.head(n)
    out = out.reset_index(drop=True)
    out.attrs = dict(table.attrs)
    return out


def clitic_variant_count(surface_table: pd.DataFrame, dfm: Dfm, *, n: int = 50) -> dict[str, Any]:
    """How many of a surface-token keyword list's top ``n`` are clitic variants of one feature.

    Args:
        surface_table: Keyness over surface tokens (``strip_clitics=False``).
        dfm: A clitic-stripped matrix of the same documents (its ``types`` map
            normalized types to features).
        n: The list's length.

    Returns:
        ``{"top": n, "variants": words of the top n that share their feature
        with another word of the top n, "groups": {feature: [types]},
        "with_clitics": words of the top n that are a clitic-bearing (or
        otherwise merged) spelling of a feature, i.e. whose feature differs}``.

    Example:
        >>> from analysis.discovery.dfm import build_dfm
        >>> docs = [("a", "الجيش والجيش للجيش هدنة")]  # synthetic
        >>> d = build_dfm(docs, backend="rules", options=FeatureOptions(min_stem_count=1))
        >>> t = pd.DataFrame({"feature": ["الجيش", "والجيش", "للجيش", "هدنه"]})
        >>> found = clitic_variant_count(t, d, n=4)
        >>> found["variants"], found["with_clitics"]
        (3, 3)
    """
    top = surface_table["feature"].head(n).tolist()
    groups: dict[str, list[str]] = {}
    for word in top:
        groups.setdefault(dfm.types.get(word, word), []).append(word)
    shared = {f: words for f, words in groups.items() if len(words) > 1}
    with_clitics = sum(1 for word in top if dfm.types.get(word, word) != word)
    return {"top": len(top), "variants": sum(len(w) for w in shared.values()), "groups": shared,
            "with_clitics": with_clitics}


__all__ = ["corpus_dfm", "top_rows", "clitic_variant_count", "DOCVARS"]
