"""Collocations: words around an actor's mentions, and multi-word expressions.

Both work on the :class:`~analysis.discovery.dfm.TokenStream` of a
:class:`~analysis.discovery.dfm.Dfm` built with ``keep_tokens=True``, so
every word is already a clitic-stripped feature.

**By actor** (:func:`actor_collocations`). The window of a mention is the
``window`` tokens before its first token and after its last, inside its
sentence; the mention's own tokens are not collocates. Each token position
counts once per actor even when two mentions' windows overlap. For an actor
``x`` and a feature ``y`` in one group (e.g. one outlet)::

    O   tokens of y in x's windows          R = all word tokens in x's windows
    C   tokens of y in the group            N = all word tokens of the group
    E = R × C / N

    PMI      log2(O / E)
    logDice  14 + log2(2 O / (f_x + C))      f_x = mentions of x (Rychlý 2008)
    G2       signed log-likelihood of the 2×2 table (O, C − O; R − O, N − R − C + O)

**Multi-word** (:func:`collocations`), as quanteda's ``textstat_collocations``
for two-word sequences: adjacent word tokens in one sentence (punctuation,
numbers and removed stop words break a sequence). With ``n11`` the count of
``w1 w2``, ``n12`` of ``w1`` followed by another word, ``n21`` of another word
followed by ``w2`` and ``n22`` of the rest, each cell plus 0.5::

    lambda = ln(n11 n22 / (n12 n21))     sigma = sqrt(1/n11 + 1/n12 + 1/n21 + 1/n22)
    z = lambda / sigma
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

from analysis.discovery.dfm import Dfm
from analysis.discovery.keyness import contingency_statistic
from analysis.errors import AnalysisError

ACTOR_COLUMNS = ["group", "actor", "feature", "surface", "n", "n_window", "n_feature", "n_group", "mentions",
                 "pmi", "log_dice", "g2", "doc_id", "start", "end"]
MULTIWORD_COLUMNS = ["collocation", "features", "count", "lambda", "z", "p", "doc_id", "start", "end"]


def _stream(dfm: Dfm):
    if dfm.tokens is None:
        raise AnalysisError("collocations need the token stream: build the matrix with keep_tokens=True")
    return dfm.tokens


def actor_collocations(dfm: Dfm, actors: pd.DataFrame, *, window: int = 5, by: str | None = "outlet",
                       min_count: int = 3, actor: str | list[str] | None = None,
                       exclude_stopwords: bool = True) -> pd.DataFrame:
    """Features most associated with each actor's mentions, per group.

    Args:
        dfm: Built with ``keep_tokens=True`` over the same documents as ``actors``.
        actors: The actors table (``doc_id, actor, first_token, last_token``),
            e.g. ``Corpus(...).tables().actors``.
        window: Tokens on each side of a mention (within its sentence).
        by: A column of :attr:`Dfm.docvars` to group by (``None``: one group, ``all``).
        min_count: Minimum ``n`` (co-occurrences) for a row.
        actor: Only these actors (an empty list gives an empty table).
        exclude_stopwords: Stop-word features are neither collocates nor counted.

    Returns:
        :data:`ACTOR_COLUMNS`, by group and actor, strongest (``log_dice``) first.

    Example:
        >>> from analysis.discovery.dfm import build_dfm
        >>> docs = [("a", "قصف الجيش القرية. الجيش انسحب", {"outlet": "x"})]  # synthetic
        >>> d = build_dfm(docs, backend="rules", keep_tokens=True)
        >>> mentions = pd.DataFrame({"doc_id": ["a", "a"], "actor": ["army", "army"],
        ...                          "first_token": [1, 4], "last_token": [2, 5]})
        >>> actor_collocations(d, mentions, window=1, min_count=1)[["actor", "feature", "n"]].values.tolist()
        [['army', 'القريه', 1], ['army', 'انسحب', 1], ['army', 'قصف', 1]]
    """
    if window < 1:
        raise AnalysisError("the collocation window must be at least 1 token")
    stream = _stream(dfm)
    mentions = _mention_positions(dfm, actors, actor)
    groups = _groups(dfm, by)
    ids, sentence, doc_ptr = stream.ids, stream.sentence, stream.doc_ptr
    n_features = dfm.shape[1]
    if exclude_stopwords:
        stop = dfm.features["stop"].to_numpy(dtype=bool)
        ids = np.where((ids >= 0) & stop[np.maximum(ids, 0)], -2, ids)
    token_doc = np.repeat(np.arange(len(doc_ptr) - 1), np.diff(doc_ptr))
    token_group = groups.codes[token_doc] if len(token_doc) else np.zeros(0, dtype=np.int64)
    words = ids >= 0
    group_feature = np.zeros((len(groups.names), n_features), dtype=np.int64)
    np.add.at(group_feature, (token_group[words], ids[words]), 1)
    rows = []
    for name, m in mentions.groupby("actor", sort=True):
        positions = _window_positions(m["lo"].to_numpy(), m["hi"].to_numpy(), m["first"].to_numpy(),
                                      m["last"].to_numpy(), window, sentence, doc_ptr, m["doc"].to_numpy())
        positions = positions[ids[positions] >= 0]
        mention_group = groups.codes[m["doc"].to_numpy()]
        for g, gname in enumerate(groups.names):
            here = positions[token_group[positions] == g]
            if not len(here):
                continue
            o = np.bincount(ids[here], minlength=n_features)
            keep = np.flatnonzero(o >= max(min_count, 1))
            if not len(keep):
                continue
            r, c, n = len(here), group_feature[g, keep], int(group_feature[g].sum())
            f_x = int((mention_group == g).sum())
            rows.append(_measures(dfm, gname, name, keep, o[keep], r, c, n, f_x))
    table = pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(columns=ACTOR_COLUMNS)
    table = table.sort_values(["group", "actor", "log_dice", "feature"], ascending=[True, True, False, True],
                              kind="mergesort").reset_index(drop=True)
    table.attrs["versions"] = {**dfm.versions, "collocations": {
        "kind": "actor", "window": window, "by": by, "min_count": min_count,
        "exclude_stopwords": exclude_stopwords}}
    return table


def _measures(dfm, group, actor, keep, o, r, c, n, f_x) -> pd.DataFrame:
    o_f, c_f = o.astype(np.float64), c.astype(np.float64)
    expected = r * c_f / n
    g2, _ = contingency_statistic(o_f, c_f - o_f, r - o_f, n - r - c_f + o_f, measure="lr")
    features = dfm.features.iloc[keep]
    return pd.DataFrame({
        "group": group, "actor": actor, "feature": features["feature"].to_numpy(),
        "surface": features["surface"].to_numpy(), "n": o, "n_window": r, "n_feature": c, "n_group": n,
        "mentions": f_x, "pmi": np.log2(o_f / expected), "log_dice": 14 + np.log2(2 * o_f / (f_x + c_f)),
        "g2": g2, "doc_id": features["doc_id"].to_numpy(), "start": features["start"].to_numpy(),
        "end": features["end"].to_numpy(),
    })


class _Groups:
    def __init__(self, names: list[str], codes: np.ndarray) -> None:
        self.names, self.codes = names, codes


def _groups(dfm: Dfm, by: str | None) -> _Groups:
    if by is None:
        return _Groups(["all"], np.zeros(len(dfm.docvars), dtype=np.int64))
    if by not in dfm.docvars.columns:
        raise AnalysisError(f"no document column {by!r} to group by (columns: {', '.join(dfm.docvars.columns)})")
    values = dfm.docvars[by].fillna("").astype(str)
    names = sorted(values.unique())
    lookup = {v: i for i, v in enumerate(names)}
    return _Groups(names, values.map(lookup).to_numpy(dtype=np.int64))


def _mention_positions(dfm: Dfm, actors: pd.DataFrame, actor) -> pd.DataFrame:
    needed = {"doc_id", "actor", "first_token", "last_token"}
    if not needed <= set(actors.columns):
        raise AnalysisError(f"the actors table needs columns {', '.join(sorted(needed))}")
    if actor is not None:
        wanted = [actor] if isinstance(actor, str) else list(actor)
        actors = actors[actors["actor"].isin(wanted)]
        if wanted and not len(actors):
            raise AnalysisError(f"no mentions of {', '.join(wanted)} in the actors table")
    doc_index = pd.Series(np.arange(len(dfm.docvars)), index=dfm.docvars["doc_id"].to_numpy())
    known = actors["doc_id"].isin(doc_index.index)
    actors = actors[known]
    doc = doc_index.loc[actors["doc_id"].to_numpy()].to_numpy()
    ptr = dfm.tokens.doc_ptr
    first = ptr[doc] + actors["first_token"].to_numpy(dtype=np.int64)
    last = ptr[doc] + actors["last_token"].to_numpy(dtype=np.int64)
    if len(first) and ((last > ptr[doc + 1]).any() or (first >= last).any()):
        raise AnalysisError("actor mentions do not fit the documents' tokens: the tables and the matrix "
                            "come from different texts or tokenizers")
    return pd.DataFrame({"actor": actors["actor"].to_numpy(), "doc": doc, "first": first, "last": last,
                         "lo": ptr[doc], "hi": ptr[doc + 1]})


def _window_positions(lo, hi, first, last, window, sentence, doc_ptr, doc) -> np.ndarray:
    """Token positions in the windows of these mentions (unique), inside each mention's sentence."""
    left_lo = np.maximum(lo, first - window)
    right_hi = np.minimum(hi, last + window)
    starts = np.concatenate([left_lo, last])
    stops = np.concatenate([first, right_hi])
    own_sentence = np.concatenate([sentence[first], sentence[last - 1]])
    lengths = np.maximum(stops - starts, 0)
    if not lengths.sum():
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
    positions = offsets + np.arange(lengths.sum())
    same = sentence[positions] == np.repeat(own_sentence, lengths)
    inside = np.zeros(len(sentence), dtype=bool)
    for a, b in zip(first, last):  # a mention's own tokens are never its collocates
        inside[a:b] = True
    positions = positions[same & ~inside[positions]]
    return np.unique(positions)


def collocations(dfm: Dfm, *, min_count: int = 5, drop_stop_only: bool = True) -> pd.DataFrame:
    """Two-word collocations scored like quanteda's ``textstat_collocations`` (lambda, z).

    Args:
        dfm: Built with ``keep_tokens=True``.
        min_count: Minimum count of the sequence.
        drop_stop_only: Leave out sequences of two stop words (``من خلال`` stays: one is not).

    Returns:
        :data:`MULTIWORD_COLUMNS`, highest ``z`` first; ``collocation`` joins the
        features' surfaces, ``features`` their normalized forms; ``doc_id, start,
        end`` is the first occurrence (``text[start:end]`` spans both words).

    Example:
        >>> from analysis.discovery.dfm import build_dfm
        >>> docs = [("a", "ما يسمى الجيب الانفصالي. ما يسمى الجيب الانفصالي. قال الجيب")]  # synthetic
        >>> d = build_dfm(docs, backend="rules", keep_tokens=True)
        >>> collocations(d, min_count=2)[["features", "count"]].values.tolist()
        [['جيب الانفصالي', 2], ['ما يسمي', 2], ['يسمي جيب', 2]]
    """
    stream = _stream(dfm)
    ids, sentence, offsets = stream.ids, stream.sentence, stream.offsets
    doc_of = np.repeat(np.arange(len(stream.doc_ptr) - 1), np.diff(stream.doc_ptr))
    same = (sentence[1:] == sentence[:-1]) & (doc_of[1:] == doc_of[:-1])
    pair = np.flatnonzero((ids[:-1] >= 0) & (ids[1:] >= 0) & same)
    if not len(pair):
        return pd.DataFrame(columns=MULTIWORD_COLUMNS)
    n_features = dfm.shape[1]
    code = ids[pair].astype(np.int64) * n_features + ids[pair + 1]
    unique, first_index, n11 = np.unique(code, return_index=True, return_counts=True)
    w1, w2 = unique // n_features, unique % n_features
    total = len(pair)
    as_first = np.bincount(ids[pair], minlength=n_features)
    as_second = np.bincount(ids[pair + 1], minlength=n_features)
    keep = n11 >= max(min_count, 1)
    if drop_stop_only:
        stop = dfm.features["stop"].to_numpy(dtype=bool)
        keep &= ~(stop[w1] & stop[w2])
    w1, w2, n11, first_index = w1[keep], w2[keep], n11[keep].astype(np.float64), first_index[keep]
    n12 = as_first[w1] - n11
    n21 = as_second[w2] - n11
    n22 = total - n11 - n12 - n21
    cells = [x + 0.5 for x in (n11, n12, n21, n22)]
    lam = np.log(cells[0]) + np.log(cells[3]) - np.log(cells[1]) - np.log(cells[2])
    sigma = np.sqrt(sum(1 / x for x in cells))
    z = lam / sigma
    where = pair[first_index]
    feats, surf = dfm.features["feature"].to_numpy(), dfm.features["surface"].to_numpy()
    docs = dfm.docvars["doc_id"].to_numpy()
    table = pd.DataFrame({
        "collocation": [f"{a} {b}" for a, b in zip(surf[w1], surf[w2])],
        "features": [f"{a} {b}" for a, b in zip(feats[w1], feats[w2])],
        "count": n11.astype(np.int64), "lambda": lam, "z": z, "p": stats.norm.sf(z),
        "doc_id": docs[doc_of[where]], "start": offsets[where, 0].astype(np.int64),
        "end": offsets[where + 1, 1].astype(np.int64),
    })
    table = table.sort_values(["z", "features"], ascending=[False, True], kind="mergesort").reset_index(drop=True)
    table.attrs["versions"] = {**dfm.versions, "collocations": {"kind": "multiword", "size": 2,
                                                                "min_count": min_count}}
    return table


__all__ = ["actor_collocations", "collocations", "ACTOR_COLUMNS", "MULTIWORD_COLUMNS"]
