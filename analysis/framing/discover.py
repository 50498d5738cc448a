"""Growing the actor registry from a corpus: speakers the registry does not know.

A statement whose subject the registry cannot resolve keeps its words
(``speaker_text``) and span but no ``speaker`` id: honest, but a researcher
needs to see which of those speakers recur, read them in context, and add the
parties among them to the registry. :func:`unresolved_speakers` ranks the
phrases; :func:`candidate_stub` writes a registry fragment to edit.

Phrases are grouped by their normalized form without a leading conjunction
(وقالت وزارة الصحة and قالت وزارة الصحّة are one phrase) and shown in their most
frequent spelling. Nouns that only describe an unnamed source (مصدر، مصادر،
مسؤول, the cue file's ``source_nouns``) are reported as ``unnamed`` and left
out of the stub: they are not parties.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd
import yaml

from analysis.framing.cues import CueSet, load_cues
from analysis.text.normalize import normalize

#: Columns of :func:`unresolved_speakers`.
UNRESOLVED_COLUMNS = ["phrase", "key", "quotes", "documents", "unnamed", "doc_ids"]


def phrase_key(text: str) -> str:
    """The grouping form of a speaker phrase: normalized, no leading و/ف, no hashtag marks.

    Example:
        >>> phrase_key("وزارةُ الصحّة") == phrase_key("ووزارة الصحة")
        True
    """
    words = normalize(text).replace("#", " ").replace("_", " ").split()
    # Only where the conjunction is certain: before the article or a second و (وزارة keeps its و).
    if words and len(words[0]) > 3 and words[0][0] in "وف" and (words[0][1:3] == "ال" or words[0][1] == "و"):
        words[0] = words[0][1:]
    return " ".join(words)


def unresolved_speakers(quotes: pd.DataFrame, *, cues: CueSet | None = None, min_count: int = 1) -> pd.DataFrame:
    """Speaker phrases without an actor id, most frequent first.

    Args:
        quotes: A quotes table (columns ``doc_id``, ``speaker``, ``speaker_text``).
        cues: The cue set whose ``source_nouns`` mark unnamed sources (default: shipped).
        min_count: Keep phrases with at least this many statements.

    Returns:
        Columns :data:`UNRESOLVED_COLUMNS`: the phrase as most often written,
        its key, the number of statements and of documents, ``unnamed`` (only
        source nouns such as مصدر، مصادر محلية), and the ids of its documents
        (first-seen order). Ties are ordered by key, so the table is stable.

    Example:
        >>> q = pd.DataFrame({"doc_id": ["a", "b", "b"], "speaker": [None, None, "un"],
        ...                   "speaker_text": ["وزارة الصحة", "ووزارة الصحة", "الأمم المتحدة"]})
        >>> unresolved_speakers(q)[["phrase", "quotes", "documents"]].values.tolist()
        [['وزارة الصحة', 2, 2]]
    """
    cues = cues or load_cues()
    nouns = cues.word_list("source_nouns")
    rows = quotes[quotes["speaker"].isna() & quotes["speaker_text"].notna()]
    spellings: dict[str, Counter] = {}
    docs: dict[str, dict[str, None]] = {}
    counts: Counter = Counter()
    for doc_id, text in zip(rows["doc_id"], rows["speaker_text"]):
        key = phrase_key(str(text))
        if not key:
            continue
        counts[key] += 1
        spellings.setdefault(key, Counter())[str(text).strip()] += 1
        docs.setdefault(key, {})[str(doc_id)] = None
    out = []
    for key, n in counts.items():
        if n < min_count:
            continue
        words = key.split()
        head = words[0][2:] if words[0].startswith("ال") else words[0]
        # مصدر، مصادر محلية، البيان: a source noun with at most indefinite modifiers names no one.
        unnamed = head in nouns and len(words) <= 3 and not any(w.startswith("ال") for w in words[1:])
        phrase = max(spellings[key].items(), key=lambda kv: (kv[1], -len(kv[0]), kv[0]))[0]
        out.append((phrase, key, n, len(docs[key]), unnamed, list(docs[key])))
    frame = pd.DataFrame(out, columns=UNRESOLVED_COLUMNS)
    return frame.sort_values(["quotes", "key"], ascending=[False, True], kind="stable").reset_index(drop=True)


def candidate_stub(phrases: pd.DataFrame, *, source: str = "", limit: int | None = None) -> str:
    """A YAML fragment of candidate actors for the researcher to edit and merge into a registry.

    Every candidate gets a placeholder id, ``type: TODO`` and ``en: TODO`` so
    that the registry validator refuses it until a person has decided what it
    is; unnamed sources are left out.

    Args:
        phrases: The table of :func:`unresolved_speakers`.
        source: Where the phrases come from (written in the header comment).
        limit: At most this many candidates (most frequent first).

    Returns:
        YAML text with a header comment and an ``actors:`` list.

    Example:
        >>> q = pd.DataFrame({"doc_id": ["a"], "speaker": [None], "speaker_text": ["بلدية ستيباناكرت"]})
        >>> stub = candidate_stub(unresolved_speakers(q))
        >>> yaml.safe_load(stub)["actors"][0]["names"]
        ['بلدية ستيباناكرت']
    """
    chosen = phrases[~phrases["unnamed"]]
    if limit is not None:
        chosen = chosen.head(limit)
    actors = []
    for n, row in enumerate(chosen.itertuples(index=False), 1):
        actors.append({
            "id": f"candidate_{n}",
            "type": "TODO",
            "name": {"ar": row.phrase, "en": "TODO"},
            "names": [row.phrase],
            "note": f"{row.quotes} statements in {row.documents} documents, e.g. {row.doc_ids[0]}",
        })
    header = (
        "# Candidate actors: speakers the registry does not resolve" + (f", from {source}" if source else "") + ".\n"
        "# For each: delete it if it is not a party; else give a lowercase id, one of the registry's types\n"
        "# (state, government, armed_group, de_facto_authority, international_organization, person,\n"
        "# population_group), the English name, and links (part_of, person_of); then move it into your\n"
        "# actors.yml and bump that file's version. `python -m analysis actor-registry --actors FILE` checks it.\n"
    )
    return header + yaml.safe_dump({"actors": actors}, allow_unicode=True, sort_keys=False, width=100)


__all__ = ["unresolved_speakers", "candidate_stub", "phrase_key", "UNRESOLVED_COLUMNS"]
