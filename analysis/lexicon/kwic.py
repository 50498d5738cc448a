"""Keyword in context, clitic-aware.

A pattern is either a lexicon key (``labels/separatist``) or key prefix
(``labels`` selects every ``labels/...`` key), or a word or phrase (several
separated by ``|``), which is matched with the same clitic-aware rules as
lexicon entries: ``انفصاليين`` finds ``والانفصاليين`` and ``للانفصاليين``.
Words are not inflected; a key brings all the forms its lexicon lists.
"""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from analysis.errors import AnalysisError
from analysis.lexicon.loader import load_lexicons
from analysis.lexicon.matcher import Matcher
from analysis.lexicon.schema import KEY_RE, Entry, Lexicon
from analysis.text.tokenize import tokenize

KWIC_COLUMNS = ["doc_id", "start", "end", "left", "match", "right", "key"]


def _doc_pairs(documents: Iterable) -> Iterable[tuple[str, str]]:
    for d in documents:
        if isinstance(d, tuple):
            yield str(d[0]), d[1]
        else:
            yield str(d.doc_id), d.text


def select_entries(pattern: str, lexicons: list[Lexicon]) -> list[Entry]:
    """Entries a KWIC pattern selects.

    Args:
        pattern: A key, a key prefix, or an Arabic word/phrase.
        lexicons: Lexicons to look keys up in.

    Returns:
        The entries under that key (prefix), or, for words, one synthetic
        entry ``word:<pattern>`` whose forms are the ``|``-separated
        alternatives of the pattern (``انفصالي|انفصاليين``). A word is matched
        with its clitics but not inflected: use a lexicon key for that.

    Example:
        >>> [e.key for e in select_entries("labels/separatist", load_lexicons())]
        ['labels/separatist']
        >>> select_entries("انفصالي", [])[0].key
        'word:انفصالي'
    """
    pattern = pattern.strip()
    if not pattern:
        raise AnalysisError("empty KWIC pattern")
    if KEY_RE.match(pattern):
        chosen = [e for lex in lexicons for e in lex.entries
                  if not e.stop and (e.key == pattern or e.key.startswith(pattern + "/"))]
        if not chosen:
            known = sorted({k.split("/")[0] for lex in lexicons for k in lex.keys})
            raise AnalysisError(f"no lexicon key {pattern!r} (top-level keys: {', '.join(known)})")
        return chosen
    if not any(t.kind == "word" for t in tokenize(pattern)):
        raise AnalysisError(f"KWIC pattern {pattern!r} is neither a lexicon key nor a word")
    forms = tuple(f.strip() for f in pattern.split("|") if f.strip())
    return [Entry(f"word:{pattern}", forms[0], forms)]


def context(text: str, tokens: list, first: int, stop: int, window: int) -> tuple[str, str]:
    """The original text of ``window`` tokens before token ``first`` and after token ``stop - 1``.

    Example:
        >>> text = "أعلن الانفصاليون وقف إطلاق النار"  # synthetic
        >>> context(text, tokenize(text), 1, 2, 1)
        ('أعلن', 'وقف')
    """
    lo = max(0, first - window)
    hi = min(len(tokens), stop + window)
    left = text[tokens[lo].start:tokens[first].start].strip() if first > lo else ""
    right = text[tokens[stop - 1].end:tokens[hi - 1].end].strip() if hi > stop else ""
    return left, right


def kwic(
    documents: Iterable,
    pattern: str,
    *,
    window: int = 5,
    lexicons: list[Lexicon] | None = None,
    backend: str | None = "rules",
) -> pd.DataFrame:
    """Keyword-in-context table for a lexicon key or a word.

    Args:
        documents: ``Document`` objects (``doc_id``, ``text``) or
            ``(doc_id, text)`` pairs.
        pattern: Lexicon key or key prefix (``labels/separatist``,
            ``labels``), or a word/phrase matched clitic-aware.
        window: Context size in tokens on each side (punctuation counts).
        lexicons: Lexicons for key lookup; ``None`` loads the shipped ones.
        backend: Morphology backend (see :func:`analysis.text.morphology.get_backend`).

    Returns:
        DataFrame with columns ``doc_id`` (str), ``start``/``end`` (offsets of
        the match in the original text), ``left``/``right`` (original text of
        the context windows, trimmed), ``match`` (``text[start:end]``),
        ``key`` (entry key, or ``word:<pattern>``), in document then text order.

    Example:
        >>> docs = [("d1", "أعلن الانفصاليون وقف إطلاق النار")]  # synthetic
        >>> kwic(docs, "labels/separatist", window=1)[["left", "match", "right", "key"]].values.tolist()
        [['أعلن', 'الانفصاليون', 'وقف', 'labels/separatist']]
    """
    if window < 0:
        raise AnalysisError("--window must be 0 or more")
    if lexicons is None:
        lexicons = load_lexicons()
    entries = select_entries(pattern, lexicons)
    if KEY_RE.match(pattern.strip()):
        # Match with the whole lexicon so longest-match and stop phrases apply
        # exactly as in annotation, then keep the selected keys.
        all_entries = [e for lex in lexicons for e in lex.entries]
        keys = {e.key for e in entries}
    else:
        all_entries, keys = entries, None
    matcher = Matcher(all_entries, backend=backend)
    rows = []
    for doc_id, text in _doc_pairs(documents):
        tokens = tokenize(text)
        for hit in matcher.match(tokens, text=text):
            if keys is not None and hit.key not in keys:
                continue
            left, right = context(text, tokens, hit.first_token, hit.last_token, window)
            rows.append((doc_id, hit.start, hit.end, left, hit.text, right, hit.key))
    return pd.DataFrame(rows, columns=KWIC_COLUMNS).astype({"start": "int64", "end": "int64"})


__all__ = ["context", "kwic", "select_entries", "KWIC_COLUMNS"]
