"""Casualty claims: one row per figure. How many, of whom, according to whom, by whom.

:func:`extract_claims` turns the numerals of a text (:mod:`.numerals`) into
:class:`Claim` records when Arabic news grammar makes them casualty figures.
The grammar is split by question, each module documenting its rules:

* :mod:`.categories` decides whether a figure is a casualty figure and its
  category, in a fixed order, from :mod:`.figures` (the counted noun, the
  victim group, figures that are no casualties) and :mod:`.triggers` (the
  event words before and after the figure);
* :mod:`.no_counts`, :mod:`.health` and :mod:`.unreported`: figures that are
  no casualty report (rhetoric, years, superlatives, victims of fraud; disease
  and heat; conditions, purposes, requests, plans and death sentences);
  :mod:`.coordination`: a figure joined to the one before it;
* :mod:`.hedges`: the hedge, ranges and the bounds ``low``/``high``;
* :mod:`.sources`: according to whom (quotes, source phrases, reporting verbs);
* :mod:`.agency`: perpetrator, cause and agency (also a figure that is the
  subject of an active killing verb: the agent, not a victim);
* :mod:`.document`: the per-document indices that keep every lookup local,
  so the stage is linear in the length of a document and of a sentence.

The word lists are versioned YAML (``analysis/casualties/data/``, read by
:mod:`.words`); reporting verbs and source phrases are framing's ``cues.yml``.

**parent**: a subset points to the claim it divides: after
``بينهم/منهم/من بينهم/بمن فيهم`` or a breakdown after ``هم`` the claim just
before; for ``N من القتلى`` the last claim of the same category. Coordinated
figures share the parent.

Not read: a singular noun as the figure 1 (``مقتل جندي``), pronoun forms
(``أحدهم``) unless an event word of their own stands next to them (``وتوفي
أحدهما``, :mod:`.parts`), and figures split across sentences.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from typing import Any, Iterable, Sequence

from analysis.casualties.agency import find_cause, find_perpetrator
from analysis.casualties.categories import draft_figure
from analysis.casualties.category_words import may_be_claim
from analysis.casualties.document import Document, Draft
from analysis.casualties.figures import victim_group
from analysis.casualties.glued import split_glued
from analysis.casualties.hedges import bounds, count_change, fold_range
from analysis.casualties.numerals import find_numerals
from analysis.casualties.sources import find_source, resolve_actor
from analysis.casualties.resumed import resumed_events
from analysis.casualties.triggers import chained_categories, held_before_evacuation
from analysis.framing.cues import load_cues
from analysis.text.sentences import Sentence, split_sentences
from analysis.text.tokenize import Token, tokenize


@dataclass(frozen=True, slots=True)
class Claim:
    """One casualty figure.

    Attributes:
        doc_id: Document id.
        claim_id: Index of the claim in its document (0, 1, …), stable for a text.
        start: Offset of the figure phrase (number + counted noun, e.g. ``32 قتيلًا``).
        end: Offset after it; ``text == original[start:end]``.
        text: The figure phrase as written.
        category: ``killed`` | ``injured`` | ``killed_or_injured`` | ``evacuated`` |
            ``displaced`` | ``missing`` | ``detained`` | ``kidnapped``.
        value: The figure; ``None`` when vague.
        low: Lower bound implied by the hedge (see the module table), or ``None``.
        high: Upper bound, or ``None``.
        hedge: ``exact`` | ``at_least`` | ``more_than`` | ``about`` | ``up_to`` |
            ``range`` | ``vague``.
        vague_default: Conservative stand-in for a vague figure, else ``None``.
        group: ``civilians`` | ``children`` | ``women`` | ``police`` | ``military`` |
            ``fighters`` | ``unspecified``.
        parent: ``claim_id`` of the claim this one is a subset of, or ``None``.
        source: Actor id the figure is attributed to, when resolved, else ``None``.
        source_text: The attribution phrase as written, or ``None``.
        source_start: Offset of ``source_text`` (``None`` if absent).
        source_end: Offset after it.
        perpetrator: Actor id of the named agent (for evacuations: who
            evacuated), when resolved, else ``None``.
        perpetrator_text: The agent phrase as written, or ``None``.
        perpetrator_start: Offset of ``perpetrator_text``.
        perpetrator_end: Offset after it.
        cause: ``shelling`` | ``airstrike`` | ``bombing`` | ``explosion`` | ``mine`` |
            ``shooting`` | ``clashes`` | ``accident`` | ``fire`` | ``drowning`` |
            ``flood`` | ``execution`` | ``stabbing`` | ``attack``, or ``None``.
        cause_text: The cause phrase as written, or ``None``.
        cause_start: Offset of ``cause_text``.
        cause_end: Offset after it.
        agency: ``named`` | ``inanimate`` | ``agentless``.
        martyr_term: The figure is worded with شهيد/استشهاد.
        sentence: Index of the sentence holding the figure.
        numeral_text: The number alone as written (``32``, ``ألفَي``, ``طفلان``).
        dual_marked: For a figure read from a dual: whether it was marked
            (diacritics or ان); ``False`` marks the "no number governs it"
            reading of an ambiguous ``-ين``. ``None`` for other figures.
    """

    doc_id: str
    claim_id: int
    start: int
    end: int
    text: str
    category: str
    value: int | float | None
    low: int | float | None
    high: int | float | None
    hedge: str
    vague_default: int | None
    group: str
    parent: int | None
    source: str | None
    source_text: str | None
    source_start: int | None
    source_end: int | None
    perpetrator: str | None
    perpetrator_text: str | None
    perpetrator_start: int | None
    perpetrator_end: int | None
    cause: str | None
    cause_text: str | None
    cause_start: int | None
    cause_end: int | None
    agency: str
    martyr_term: bool
    sentence: int
    numeral_text: str
    dual_marked: bool | None


def extract_claims(
    text: str,
    tokens: Sequence[Token] | None = None,
    sentences: Sequence[Sentence] | None = None,
    *,
    doc_id: str = "",
    quotes: Iterable[Any] | None = None,
    actor_mentions: Iterable[Any] | None = None,
    cues: Any = None,
) -> list[Claim]:
    """Extract every casualty figure of a text.

    Args:
        text: The original text.
        tokens: Its tokens, if already computed.
        sentences: Its sentences, if already computed.
        doc_id: Copied into every claim.
        quotes: Reported statements (:class:`analysis.framing.quotes.Quote` or
            any object/dict with ``content_start``, ``content_end``,
            ``speaker``, ``speaker_text``, ``speaker_start``, ``speaker_end``).
            A claim inside a quote's content gets the quote's speaker.
        actor_mentions: Actor mentions (:class:`analysis.framing.actors.ActorMention`
            or objects/dicts with ``start``, ``end``, ``actor``), used to resolve
            source and perpetrator phrases to actor ids. Without them no actor
            id is given (``source``/``perpetrator`` stay null) and only the
            phrases (``source_text``, ``perpetrator_text``) are kept; the
            actor registry belongs to the framing stage, and
            :func:`analysis.annotate.annotate` passes its mentions.
        cues: Reporting verbs and source phrases
            (:class:`analysis.framing.cues.CueSet`); default: the shipped cue file.

    Returns:
        Claims in text order.

    Example:
        >>> text = "وأسفر القصف عن مقتل أكثر من 20 مدنيا بينهم 5 أطفال، بحسب المرصد."  # synthetic
        >>> [(c.text, c.category, c.value, c.hedge, c.group, c.parent, c.cause, c.source_text)
        ...  for c in extract_claims(text)]  # doctest: +NORMALIZE_WHITESPACE
        [('20 مدنيا', 'killed', 20, 'more_than', 'civilians', None, 'shelling', 'المرصد'),
         ('5 أطفال', 'killed', 5, 'exact', 'children', 0, 'shelling', 'المرصد')]
    """
    if tokens is None:
        tokens = tokenize(text)
    if sentences is None:
        sentences = split_sentences(text, tokens)
    # "11مواطنا": a figure glued to its noun is read as the two tokens it stands for
    tokens, sentences = split_glued(text, tokens, sentences)
    doc = Document(text, tokens, sentences, doc_id=doc_id, quotes=quotes, mentions=actor_mentions)
    doc.cues = cues if cues is not None else _shipped_cues()
    return _run(doc)


@lru_cache(maxsize=1)
def _shipped_cues():
    return load_cues()


def _run(doc: Document) -> list[Claim]:
    numerals = find_numerals(doc.text, doc.tokens)
    doc.numeral_at = {n.first_token: n for n in numerals}
    claims: list[Claim] = []
    consumed: set[int] = set()
    for k, num in enumerate(numerals):
        if k in consumed:
            continue
        nxt = numerals[k + 1] if k + 1 < len(numerals) else None
        if nxt is not None and num.kind != "vague":
            change = count_change(doc, num, nxt)
            if change:
                # من X إلى Y: X is the old count; on a fall Y is no new victims either
                if change == "fall":
                    consumed.add(k + 1)
                continue
        if not may_be_claim(doc, num, nxt):
            continue  # no category word near it: the grammar cannot make it a claim
        draft = draft_figure(doc, num, nxt)
        if draft is None:
            continue
        if num.kind != "vague" and nxt is not None and fold_range(doc, draft, nxt):
            consumed.add(k + 1)
        if draft.trigger is not None and draft.trigger < draft.first:
            for category, trigger in chained_categories(doc, draft.trigger, draft.category):
                # أسر وقتل عدد من الجنود: a figure for each event of its own category
                _accept(doc, replace(draft, category=category, trigger=trigger, martyr=False), claims)
        if held_before_evacuation(doc, draft):
            # أجلت الشرطة 9 رهائن: freed hostages were kidnapped (decision rule R4)
            _accept(doc, replace(draft, category="kidnapped", martyr=False), claims)
        for category, trigger in resumed_events(doc, draft):
            # خطف ثلاثة من البدو وقتلهم: a later event of the same people, by its pronoun
            _accept(doc, replace(draft, category=category, trigger=trigger, martyr=False), claims)
        _accept(doc, draft, claims)
    return claims


def _accept(doc: Document, draft: Draft, claims: list[Claim]) -> None:
    """Record an accepted draft in the document (for later figures) and append its claim."""
    doc.drafts.append(draft)
    doc.last_of_category[draft.category] = len(doc.drafts) - 1
    claims.append(_claim(doc, draft, len(claims)))


def _claim(doc: Document, d: Draft, claim_id: int) -> Claim:
    num = d.numeral
    start, end = num.start, doc.tokens[d.last - 1].end
    low, high = bounds(d.hedge, d.value, d.high, strict_below=d.strict_below)
    src = find_source(doc, d)
    perp = find_perpetrator(doc, d)
    cause = find_cause(doc, d)
    text = doc.text
    return Claim(
        doc_id=doc.doc_id,
        claim_id=claim_id,
        start=start,
        end=end,
        text=text[start:end],
        category=d.category,
        value=d.value,
        low=low,
        high=high,
        hedge=d.hedge,
        vague_default=num.vague_default,
        group=victim_group(doc, d),
        parent=d.parent,
        source=resolve_actor(doc, src) if src else None,
        source_text=text[src[0]:src[1]] if src else None,
        source_start=src[0] if src else None,
        source_end=src[1] if src else None,
        perpetrator=resolve_actor(doc, perp) if perp else None,
        perpetrator_text=text[perp[0]:perp[1]] if perp else None,
        perpetrator_start=perp[0] if perp else None,
        perpetrator_end=perp[1] if perp else None,
        cause=cause[0] if cause else None,
        cause_text=text[cause[1]:cause[2]] if cause else None,
        cause_start=cause[1] if cause else None,
        cause_end=cause[2] if cause else None,
        agency="named" if perp else ("inanimate" if cause else "agentless"),
        martyr_term=d.martyr,
        sentence=doc.sent_of[num.first_token],
        numeral_text=num.text,
        dual_marked=num.dual_marked,
    )


def claims_to_records(claims: Iterable[Claim]) -> list[dict]:
    """Claims as plain dicts (for JSON and DataFrames).

    Example:
        >>> claims_to_records(extract_claims("مقتل 5 جنود"))[0]["value"]  # synthetic
        5
    """
    return [asdict(c) for c in claims]


__all__ = ["Claim", "extract_claims", "claims_to_records"]
