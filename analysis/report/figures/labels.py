"""Bilingual vocabulary of the figures: axis labels, known values, actor and term names.

Data values are shown in English and Arabic: known values from :data:`VALUES`;
registry actor ids as the registry's English and Arabic names; lexicon keys
(``labels/separatist``) as the entry's gloss and lemma (``separatist /
انفصالي``). :class:`Names` holds the actor and term names of the registry and
lexicons a run used, so a figure never labels a researcher's own actors with
the shipped registry. Long names are wrapped onto several lines, never cut.
"""

from __future__ import annotations

import functools
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping


L = {
    "outlet": "Outlet / الوسيلة الإعلامية",
    "documents": "Documents / عدد الوثائق",
    "date": "Publication date / تاريخ النشر",
    "field": "Metadata field / حقل البيانات الوصفية",
    "present": "Share of documents with the field / نسبة الوثائق",
    "tokens": "Words per document / عدد الكلمات في الوثيقة",
    "actor": "Actor / الفاعل",
    "mentions": "Mentions / عدد الإشارات",
    "label": "Label / الوصف",
    "speaker": "Quoted speaker / المتحدث المقتبس",
    "quote_share": "Share of quotes / حصة الاقتباسات",
    "about": "Actor mentioned in the quote / الفاعل المذكور في الاقتباس",
    "sentences": "Sentences / عدد الجمل",
    "key": "Lexicon term / المصطلح",
    "uses": "Uses / عدد الاستخدامات",
    "voice": "Voice / الصوت",
    "marker_share": "Share of uses / نسبة الاستخدامات",
    "source": "Attributed source / المصدر المنسوب إليه",
    "claims": "Claims / عدد الادعاءات",
    "hedge": "Hedge / صيغة التقريب",
    "agency_share": "Share of claims / نسبة الادعاءات",
    "figure": "Reported figure / الرقم المعلن",
    "category": "Category / الفئة",
}
# Known data values shown with a translation; anything else is shown as is.
VALUES = {
    "own": "own voice / صوت الوسيلة",
    "reported": "reported / منقول",
    "(unknown)": "unknown / غير معروف",
    "(unattributed)": "unattributed / غير منسوب",
    "(unresolved)": "unresolved / غير محدد الهوية",
    "own_quoted": "own voice, in quotes / بين علامتي تنصيص",
    "exact": "exact / رقم محدد",
    "range": "range / نطاق",
    "vague": "vague / غير محدد",
    "evacuated": "evacuated / تم إجلاؤهم",
    "killed_or_injured": "killed or injured / قتلى أو جرحى",
    "kidnapped": "kidnapped / مختطفون",
    "(none)": "none / بلا",
    "quoted": "inside a quote / داخل اقتباس",
    "scare_quote": "scare quotes / علامات تنصيص تشكيكية",
    "so_called": '"so-called" / ما يسمى',
    "perpetrator": "named perpetrator / فاعل مسمّى",
    "named": "named perpetrator / فاعل مسمّى",
    "agentless": "agentless / بلا فاعل",
    "cause": "inanimate cause / سبب غير حي",
    "inanimate": "inanimate cause / سبب غير حي",
    "at_least": "at least / على الأقل",
    "about": "about / نحو",
    "approximately": "approximately / حوالي",
    "more_than": "more than / أكثر من",
    "up_to": "up to / حتى",
    "killed": "killed / قتلى",
    "injured": "injured / جرحى",
    "wounded": "wounded / جرحى",
    "dead": "dead / قتلى",
    "missing": "missing / مفقودون",
    "displaced": "displaced / نازحون",
    "detained": "detained / معتقلون",
    "kidnapped": "kidnapped / مختطفون",
    "range": "range / نطاق",
    "(all)": "all outlets / جميع الوسائل",
    "subset of another claim": "subsets of another claim / أجزاء من ادعاء آخر",
    "no figure": "without a figure / بلا رقم",
    "document not dated to the day": "not dated to the day / غير مؤرخة باليوم",
    "no named perpetrator": "no named perpetrator / بلا فاعل مسمّى",
    "title": "title / العنوان",
    "outlet": "outlet / الوسيلة الإعلامية",
    "url": "URL / الرابط",
    "published": "publication date / تاريخ النشر",
    "published (day precision)": "publication date, to the day / تاريخ النشر باليوم",
}


WRAP = 30
"""Characters per line of a wrapped name (English and Arabic each)."""


def wrap(text: str, width: int = WRAP) -> str:
    """Break a long name into lines at spaces; a word is never cut.

    A long ``English / Arabic`` label breaks at the slash first, so that no
    line mixes the two directions (the bidirectional algorithm would reorder
    such a line).

    Example:
        >>> wrap("Anahit Manasyan (Human Rights Defender of Artsakh)")
        'Anahit Manasyan (Human Rights\\nDefender of Artsakh)'
        >>> wrap("casualty figure in one copy only / رقم ضحايا في نسخة واحدة").splitlines()
        ['casualty figure in one copy', 'only', 'رقم ضحايا في نسخة واحدة']
    """
    text = str(text)
    if len(text) > width and text.count(" / ") == 1:
        return "\n".join(wrap(part, width) for part in text.split(" / "))
    return "\n".join(textwrap.wrap(text, width, break_long_words=False,
                                    break_on_hyphens=False)) or text


@dataclass(frozen=True)
class Names:
    """Display names of the actors and lexicon terms one run used.

    Attributes:
        actors: Registry actor id -> (English name, Arabic name).
        terms: Lexicon key -> ``gloss / lemma`` of the key's first entry.
        labels: Actor-label name, as the actors table writes it, -> its
            bilingual form: a lexicon label (``separatist``, from
            ``labels/separatist``) as its term, a registry demonym
            (``Armenian``) with the actor's first nisba (``أرمني``).

    Example:
        >>> names = Names(actors={"un": ("United Nations", "الأمم المتحدة")},
        ...               terms={"labels/separatist": "separatist / انفصالي"})
        >>> names("labels/separatist"), names("un").splitlines(), names("own")
        ('separatist / انفصالي', ['United Nations', 'الأمم المتحدة'], 'own voice / صوت الوسيلة')
        >>> names("un", one_line=True)
        'United Nations / الأمم المتحدة'
    """

    actors: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    terms: Mapping[str, str] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, *, actors: Path | str | None = None,
             lexicons: Iterable[Path | str] | None = None) -> "Names":
        """Names from an actor registry and lexicon files (``None``: the shipped ones).

        Example:
            >>> names = Names.load()
            >>> names("labels/terrorist"), names("separatist"), names("Armenian")
            ('terrorist / إرهابي', 'separatist / انفصالي', 'Armenian / أرميني')
        """
        from analysis.framing.registry import load_registry
        from analysis.lexicon import load_lexicons

        registry = load_registry(actors)
        terms: dict[str, str] = {}
        for lexicon in load_lexicons(list(lexicons) if lexicons else None):
            for entry in lexicon.entries:
                if not entry.stop and entry.key not in terms:
                    gloss = entry.gloss.split(",")[0].strip()
                    terms[entry.key] = f"{gloss} / {entry.lemma}" if gloss else entry.lemma
        labels = {key.split("/", 1)[1]: name for key, name in terms.items()
                  if key.startswith("labels/")}
        for actor in registry.actors:
            if actor.adjective and actor.adjective not in labels:
                labels[actor.adjective] = (f"{actor.adjective} / {actor.nisba[0]}" if actor.nisba
                                           else actor.adjective)
        return cls(actors={a.id: (a.name_en, a.name_ar) for a in registry.actors},
                   terms=terms, labels=labels)

    def __call__(self, value, *, one_line: bool = False) -> str:
        """``value`` as shown in a figure; unknown values as they are.

        Actor names are wrapped, English above Arabic; with ``one_line``
        (rotated tick labels, which must not overlap their neighbours) they
        are ``English / Arabic`` on one line and nothing is wrapped.
        """
        value = str(value)
        if value in VALUES:
            return VALUES[value]
        if value in self.actors:
            en, ar = self.actors[value]
            return f"{en} / {ar}" if one_line else f"{wrap(en)}\n{wrap(ar)}"
        known = self.terms.get(value) or self.labels.get(value)
        return known or (value if one_line else wrap(value))


@functools.lru_cache(maxsize=1)
def shipped_names() -> Names:
    """:class:`Names` of the shipped actor registry and lexicons (read once)."""
    return Names.load()


def bilingual(value, names: Names | None = None, *, one_line: bool = False) -> str:
    """A data value as shown in a figure: translated when known, wrapped when long.

    Args:
        value: A data value (actor id, lexicon key, voice, category, ...).
        names: The run's :class:`Names` (default: the shipped registry and lexicons).
        one_line: Never break the label onto several lines (see :meth:`Names.__call__`).

    Example:
        >>> bilingual("own")
        'own voice / صوت الوسيلة'
        >>> bilingual("الجيش الأذربيجاني")
        'الجيش الأذربيجاني'
        >>> bilingual("events/military_operation")
        'military operation / عملية عسكرية'
    """
    return (names or shipped_names())(value, one_line=one_line)
