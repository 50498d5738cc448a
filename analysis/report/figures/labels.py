"""Bilingual vocabulary of the figures: axis labels, known values, actor and term names."""

from __future__ import annotations

import functools


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
}


@functools.lru_cache(maxsize=1)
def actor_names() -> dict[str, str]:
    """Registry actor id -> two-line English / Arabic display name (``{}`` if unreadable).

    Example:
        >>> actor_names().get("russia", "Russia").split(chr(10))[0]
        'Russia'
    """
    try:
        from analysis.framing.registry import load_registry

        registry = load_registry()
    except Exception:  # noqa: BLE001 -- display names are a nicety, never a failure
        return {}
    return {a.id: f"{_short(a.name_en)}\n{_short(a.name_ar)}" for a in registry.actors}


def _short(text: str, limit: int = 42) -> str:
    return text if len(text) <= limit else text[:limit - 2] + "…"


def bilingual(value) -> str:
    """A data value as shown in a figure: translated when known, shortened when long.

    Registry actor ids become their English and Arabic names on two lines;
    the tables keep the ids.

    Example:
        >>> bilingual("own")
        'own voice / صوت الوسيلة'
        >>> bilingual("الجيش الأذربيجاني")
        'الجيش الأذربيجاني'
    """
    value = str(value)
    if value in VALUES:
        return VALUES[value]
    return actor_names().get(value) or _short(value)
