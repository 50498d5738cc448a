"""Summaries of a reuse search for notebook 06 and the report: shares, who copies whom, edits.

Every function takes the tables of a :class:`analysis.reuse.ReuseResult`
(and the version's metadata for per-outlet totals) and returns a DataFrame;
the notebook only calls these and plots.
"""

from __future__ import annotations

import pandas as pd

from analysis.lexicon.kwic import context
from analysis.text import tokenize

#: Edit kinds with their bilingual names (figures and tables).
KIND_LABELS = {
    "term_only_in_one": "term in one copy only / مصطلح في نسخة واحدة",
    "quotedness_changed": "quotes changed / تغيّر التنصيص",
    "voice_changed": "voice changed / تغيّر الصوت",
    "actor_label_changed": "actor label changed / تغيّر وصف الفاعل",
    "actor_only_in_one": "actor in one copy only / فاعل في نسخة واحدة",
    "casualty_changed": "casualty figure changed / تغيّر رقم الضحايا",
    "casualty_only_in_one": "casualty figure in one copy only / رقم ضحايا في نسخة واحدة",
    "source_dropped": "source dropped / حذف المصدر",
    "source_added": "source added / إضافة مصدر",
    "source_changed": "source changed / تغيّر المصدر",
}


def outlet_reuse_share(clusters: pd.DataFrame, metadata: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: documents, how many reuse another outlet's (a cluster member whose origin
    is another outlet's), and that share.

    Columns: ``outlet, documents, in_cluster, reuse_other, share_reusing`` (sorted by share, then outlet).

    Example:
        >>> c = pd.DataFrame({"doc_id": ["a", "b"], "cluster": [1, 1], "outlet": ["was", "okaz"],
        ...                   "origin": ["a", "a"], "is_origin": [True, False]})
        >>> m = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["was", "okaz", "okaz"]})
        >>> outlet_reuse_share(c, m).values.tolist()
        [['okaz', 2, 1, 1, 0.5], ['was', 1, 1, 0, 0.0]]
    """
    totals = metadata.groupby("outlet").size().rename("documents")
    copies = _copies(clusters)
    in_cluster = clusters.groupby("outlet").size().rename("in_cluster")
    reusing = copies[copies["origin_outlet"] != copies["outlet"]].groupby("outlet").size().rename("reuse_other")
    out = pd.concat([totals, in_cluster, reusing], axis=1).fillna(0).astype("int64")
    out["share_reusing"] = (out["reuse_other"] / out["documents"]).round(4)
    out = out.rename_axis("outlet").reset_index()
    return out.sort_values(["share_reusing", "outlet"], ascending=[False, True], kind="mergesort") \
        .reset_index(drop=True)


def copy_matrix(clusters: pd.DataFrame) -> pd.DataFrame:
    """Who copies whom: rows the origin's outlet, columns the copying outlet, cells copies.

    A copy is a cluster member that is not its origin; copies within one
    outlet are on the diagonal.

    Example:
        >>> c = pd.DataFrame({"doc_id": ["a", "b", "c"], "cluster": [1, 1, 1], "outlet": ["was", "okaz", "sabq"],
        ...                   "origin": ["a", "a", "a"], "is_origin": [True, False, False]})
        >>> copy_matrix(c).to_dict("index")
        {'was': {'okaz': 1, 'sabq': 1}}
    """
    copies = _copies(clusters)
    if copies.empty:
        return pd.DataFrame(dtype="int64")
    matrix = pd.crosstab(copies["origin_outlet"], copies["outlet"])
    matrix.index.name, matrix.columns.name = "origin outlet", "copying outlet"
    return matrix


def copiers_of(clusters: pd.DataFrame, outlet: str) -> pd.DataFrame:
    """Outlets whose articles share a reuse cluster with ``outlet``'s (e.g. ``was``, the Saudi
    Press Agency), most documents first.

    This does not rely on the inferred origin: with publication dates given as
    days, the origin of a same-day cluster is decided by outlet name, which
    says nothing about who copied whom. For a wire agency, sharing a cluster
    is the evidence of reprinting.

    Columns: ``outlet, documents, clusters``.

    Example:
        >>> c = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "cluster": [1, 1, 1, 2],
        ...                   "outlet": ["okaz", "was", "okaz", "sabq"]})
        >>> copiers_of(c, "was").values.tolist()
        [['okaz', 2, 1]]
    """
    columns = ["outlet", "documents", "clusters"]
    if clusters is None or clusters.empty:
        return pd.DataFrame(columns=columns)
    with_outlet = set(clusters.loc[clusters["outlet"] == outlet, "cluster"])
    others = clusters[clusters["cluster"].isin(with_outlet) & (clusters["outlet"] != outlet)]
    out = others.groupby("outlet").agg(documents=("doc_id", "size"), clusters=("cluster", "nunique"))
    out = out.reset_index()
    return out.sort_values(["documents", "outlet"], ascending=[False, True], kind="mergesort") \
        .reset_index(drop=True)[columns]


def edit_kinds(edits: pd.DataFrame | None) -> pd.DataFrame:
    """Framing edits by kind: ``kind, label, edits, pairs``, most frequent first.

    Example:
        >>> e = pd.DataFrame({"kind": ["casualty_changed", "term_only_in_one", "casualty_changed"],
        ...                   "doc_a": ["a", "a", "c"], "doc_b": ["b", "b", "d"]})
        >>> edit_kinds(e)[["kind", "edits", "pairs"]].values.tolist()
        [['casualty_changed', 2, 2], ['term_only_in_one', 1, 1]]
    """
    if edits is None or edits.empty:
        return pd.DataFrame(columns=["kind", "label", "edits", "pairs"])
    pairs = edits["doc_a"] + "\t" + edits["doc_b"]
    out = edits.assign(pair=pairs).groupby("kind").agg(edits=("pair", "size"), pairs=("pair", "nunique"))
    out = out.reset_index()
    out.insert(1, "label", out["kind"].map(lambda k: KIND_LABELS.get(k, k)))
    return out.sort_values(["edits", "kind"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def side_by_side(edits: pd.DataFrame | None, texts: dict[str, str], *, window: int = 6,
                 limit: int = 50) -> pd.DataFrame:
    """The framing edits with a KWIC line of each copy (:func:`analysis.lexicon.kwic.context`).

    Args:
        edits: The framing-edit table.
        texts: Original text by doc id (both copies of every row shown).
        window: Tokens of context on each side.
        limit: Rows shown (the table's first ones).

    Returns:
        ``doc_a, doc_b, kind, left_a, match_a, right_a, left_b, match_b, right_b``.

    Example:
        >>> e = pd.DataFrame({"doc_a": ["a"], "doc_b": ["b"], "kind": ["term_only_in_one"],
        ...                   "start_a": [3], "end_a": [14], "start_b": [3], "end_b": [8]})
        >>> side_by_side(e, {"a": "ضد الانفصاليين هنا", "b": "ضد سلطات هنا"}, window=1).iloc[0].tolist()  # synthetic
        ['a', 'b', 'term_only_in_one', 'ضد', 'الانفصاليين', 'هنا', 'ضد', 'سلطات', 'هنا']
    """
    columns = ["doc_a", "doc_b", "kind", "left_a", "match_a", "right_a", "left_b", "match_b", "right_b"]
    if edits is None or edits.empty:
        return pd.DataFrame(columns=columns)
    tokens: dict[str, list] = {}
    rows = []
    for row in edits.head(limit).itertuples(index=False):
        line = [row.doc_a, row.doc_b, row.kind]
        for doc_id, start, end in ((row.doc_a, row.start_a, row.end_a), (row.doc_b, row.start_b, row.end_b)):
            text = texts[doc_id]
            toks = tokens.setdefault(doc_id, tokenize(text))
            first, stop = _token_span(toks, start, end)
            left, right = context(text, toks, first, stop, window) if toks else ("", "")
            line += [left, text[start:end], right]
        rows.append(line)
    return pd.DataFrame(rows, columns=columns)


def _token_span(tokens, start: int, end: int) -> tuple[int, int]:
    from analysis.reuse.align import token_range

    first, stop = token_range([t.start for t in tokens], [t.end for t in tokens], start, end)
    if stop <= first:  # an empty span (deleted text): context around the gap
        first = stop = min(first, len(tokens))
        return (first, first + 1) if first < len(tokens) else (max(first - 1, 0), first)
    return first, stop


def _copies(clusters: pd.DataFrame) -> pd.DataFrame:
    if clusters is None or clusters.empty:
        return pd.DataFrame(columns=["doc_id", "cluster", "outlet", "origin_outlet"])
    origin_outlet = clusters[clusters["is_origin"]].set_index("cluster")["outlet"]
    copies = clusters[~clusters["is_origin"]]
    return copies.assign(origin_outlet=copies["cluster"].map(origin_outlet))[
        ["doc_id", "cluster", "outlet", "origin_outlet"]]


__all__ = ["KIND_LABELS", "copiers_of", "copy_matrix", "edit_kinds", "outlet_reuse_share", "side_by_side"]


def summary(result) -> str:
    """One Markdown paragraph: what was searched, with which parameters, and what was found.

    Example:
        >>> from analysis import Corpus
        >>> print(summary(Corpus("corpus").reuse(backend="rules")))  # doctest: +ELLIPSIS
        Searched 1 document of corpus 0.1.0 ... **Nothing found**: no two documents share enough text.
    """
    reuse = result.versions["reuse"]
    docs = result.n_documents
    params = (f"(Jaccard >= {reuse['threshold']:g} on {reuse['shingle']}-word shingles of the normalized "
              f"text, {reuse['num_perm']} MinHash permutations; origin: {reuse['origin_basis']}, inferred).")
    head = (f"Searched {docs:,} document{'s' if docs != 1 else ''} of corpus "
            f"{result.versions.get('corpus', '?')} {params}")
    if result.clusters.empty:
        return head + " **Nothing found**: no two documents share enough text."
    clustered = len(result.clusters)
    edits = "" if result.edits is None else f"; {len(result.edits):,} framing edits between aligned copies"
    return (f"{head} {clustered:,} documents ({clustered / docs:.1%}) are in "
            f"{result.clusters['cluster'].nunique():,} reuse clusters, from {len(result.pairs):,} verified "
            f"pairs ({result.n_candidates:,} LSH candidates){edits}.")


def edit_kwic(corpus, result, version=None, *, window: int = 6, limit: int = 50) -> pd.DataFrame:
    """:func:`side_by_side` for the first ``limit`` framing edits, texts read from ``corpus``.

    Example:
        >>> from analysis import Corpus
        >>> c = Corpus("corpus")
        >>> edit_kwic(c, c.reuse(backend="rules")).empty
        True
    """
    edits = result.edits
    if edits is None or edits.empty:
        return side_by_side(edits, {}, window=window, limit=limit)
    shown = edits.head(limit)
    ids = sorted(set(shown["doc_a"]) | set(shown["doc_b"]))
    texts = {d.doc_id: d.text for d in corpus.documents(version, doc=ids)}
    return side_by_side(shown, texts, window=window, limit=limit)


__all__ += ["edit_kwic", "summary"]
