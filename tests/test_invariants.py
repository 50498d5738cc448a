"""Every item of every table keeps its spans honest (issue 11 #9).

For every row: ``start <= end`` for every span pair (``start/end``,
``content_start/content_end``, ``speaker_start/speaker_end``, and every other
``X_start/X_end``), both inside the text; ``text[start:end] == text`` and
``text[X_start:X_end] == X_text`` where the table has those columns; and
``low <= high`` for casualty bounds. Checked on generated text (hypothesis)
and, slowly, on a sample of SaudiNewsNet articles.
"""

from __future__ import annotations

import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.annotate import Pipeline, annotate
from analysis.tables import ITEM_KINDS, annotation_rows


def span_pairs(row: dict) -> list[tuple[str, str, str | None]]:
    """(start column, end column, text column or None) of every span in ``row``."""
    pairs = [("start", "end", "text" if "text" in row else None)]
    for column in row:
        if column.endswith("_start") and column != "content_start":
            stem = column.removesuffix("_start")
            if f"{stem}_end" in row:
                pairs.append((column, f"{stem}_end", f"{stem}_text" if f"{stem}_text" in row else None))
    if "content_start" in row:
        pairs.append(("content_start", "content_end", None))
    return pairs


def violations(text: str, annotation) -> list[str]:
    """Every broken invariant of one annotated text, one line each (empty when all hold)."""
    found = []
    rows = annotation_rows(annotation)
    for kind in ITEM_KINDS:
        for row in rows[kind]:
            where = f"{kind} {row.get('start')}:{row.get('end')}"
            for a, b, surface in span_pairs(row):
                lo, hi = row.get(a), row.get(b)
                if lo is None and hi is None:
                    continue
                if lo is None or hi is None:
                    found.append(f"{where}: {a}={lo!r} but {b}={hi!r}")
                elif not 0 <= lo <= hi <= len(text):
                    found.append(f"{where}: {a}={lo} {b}={hi} (text length {len(text)})")
                elif surface is not None and row.get(surface) is not None and text[lo:hi] != row[surface]:
                    found.append(f"{where}: text[{a}:{b}] = {text[lo:hi]!r} but {surface} = {row[surface]!r}")
            if kind == "casualties" and row.get("low") is not None and row.get("high") is not None:
                if row["low"] > row["high"]:
                    found.append(f"{where}: low {row['low']} > high {row['high']} ({row.get('text')!r})")
    return found


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.load(backend="rules")


# synthetic: fragments of Arabic news style (figures, hedges, reporting, quotation, clitics,
# Arabic-Indic digits, tatweel, diacritics) that generated texts are built from
FRAGMENTS = [
    "قال", "أكد", "وأضاف", "بحسب", "وفقا لـ", "مصدر أمني", "وزارة الصحة", "الجيش", "المتحدث باسم الشرطة",
    "إن", "أن", "مقتل", "قتل", "أصيب", "إصابة", "جرح", "اعتقال", "نزوح", "مفقودين",
    "12", "٣٥", "1,200", "ثلاثة", "عشرات", "نحو", "أكثر من", "أقل من", "ما لا يقل عن", "بين 5 و 7",
    "من 127 إلى 116", "حوالي", "قتيلا", "قتلى", "جريحا", "مدنيين", "أطفال", "شهيدا", "جنديين",
    "في قصف", "بغارة جوية", "انفجار", "اشتباكات", "الإرهابيين", "الانفصاليين", "ما يسمى",
    "اليمن", "سوريا", "حلب", "عدن", "الحوثيين", "التحالف", "قتـــلى", "قُتِلَ",
]
SEPARATORS = [" ", " ", " ", "، ", ". ", ": ", ' "', '" ', "\n", " - ", "؟ ", " (", ") ", ":\" \"", "«", "» "]


@st.composite
def news_like(draw):
    words = draw(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=news_like())
def test_generated_text_keeps_every_invariant(pipeline, text):
    assert violations(text, annotate(text, pipeline=pipeline)) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.sampled_from("قتل 12٣أصيبن\"«»:.،\n ـًُ"), max_size=80))
def test_arbitrary_character_soup_keeps_every_invariant(pipeline, text):
    assert violations(text, annotate(text, pipeline=pipeline)) == []


def test_violations_are_found():
    """The checker itself can fail: a bent annotation is reported."""
    from dataclasses import replace

    pipeline = Pipeline.load(backend="rules")
    text = "قال الجيش إن 3 مسلحين قتلوا."  # synthetic
    good = annotate(text, pipeline=pipeline)
    assert violations(text, good) == [] and good.casualties and good.quotes
    bent = replace(good, casualties=[replace(good.casualties[0], low=9, high=2, end=good.casualties[0].end + 1)],
                   quotes=[replace(good.quotes[0], content_end=good.quotes[0].content_start - 1)])
    problems = violations(text, bent)
    assert any("low 9 > high 2" in p for p in problems)
    assert any("text[start:end]" in p for p in problems)
    assert any("content_start" in p for p in problems)


@pytest.fixture(scope="module")
def saudinewsnet_violations(saudinewsnet_dir, pipeline) -> list[str]:
    """Broken invariants of every 10th SaudiNewsNet article (about 3,100), each prefixed by zip[index]."""
    found = []
    n = 0
    for z in sorted(saudinewsnet_dir.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            articles = [a for name in sorted(zf.namelist()) if name.endswith(".json")
                        for a in json.loads(zf.read(name).decode("utf-8"))]
        for i in range(0, len(articles), 10):
            text = articles[i].get("content") or ""
            if text.strip():
                n += 1
                found += [f"{z.name}[{i}] {v}" for v in violations(text, annotate(text, pipeline=pipeline))]
    assert n > 2500
    return found


@pytest.mark.shared
@pytest.mark.slow
def test_saudinewsnet_sample_keeps_every_invariant(saudinewsnet_violations):
    # Issue 11 #9: 'تراجع عدد السجناء من 127 إلى 116' (2015-07-24.zip[780]) was a range with
    # low 127 > high 116 until the casualties fix of e49d4e6.
    found = saudinewsnet_violations
    assert found == [], f"{len(found)} broken invariants, e.g.:\n" + "\n".join(found[:20])
