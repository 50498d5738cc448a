"""Source attribution (casualties/sources.py): cue-file verbs and phrases, clauses, quotes."""

from __future__ import annotations

import pytest

from analysis.casualties.claims import extract_claims


@pytest.mark.parametrize(("text", "source"), [  # synthetic
    ("قتل 5 جنود بحسب المرصد", "المرصد"),
    ("قتل 5 جنود، وفقا لوزارة الدفاع", "وزارة الدفاع"),
    ("قتل 5 جنود، حسبما أفادت الوزارة", "الوزارة"),
    ("قتل 5 جنود نقلا عن مصادر طبية", "مصادر طبية"),
    ("قتل 5 جنود على لسان المتحدث", "المتحدث"),
    ("قتل 5 جنود استنادا إلى الشرطة", "الشرطة"),
    ("وأعلنت الوزارة مقتل 5 جنود", "الوزارة"),
    ("أسفر القصف، كما تقول المنظمة، عن مقتل 5 جنود", "المنظمة"),
    # not a source: a relative clause, an addressee verb, background imperfect
    ("في هدنة أعلنتها الأمم المتحدة قتل 5 جنود", None),
    ("اتهمت باكستان الهند بقتل 5 جنود", None),
    ("يذكر أن 5 جنود قتلوا", None),
    ("قتل 5 جنود في الهجوم التابع للتنظيم", None),
    # framing's extended cues, read for figures (sources.yml and the cue conditions)
    ("قتل 5 جنود، على ما أفاد مصدر طبي", "مصدر طبي"),
    ("وجاء في بيان الوزارة أن 5 جنود قتلوا", "بيان الوزارة"),
    ("وأدانت الوزارة الهجوم الذي أسفر عن مقتل 5 جنود", None),
    ("واستنكر المجلس الهجوم الذي أسفر عن مقتل 5 جنود", None),
    ("وتبنت الحركة الهجوم الذي أسفر عن مقتل 5 جنود", None),
    ("اندلعت اشتباكات بين الجيش والمسلحين أسفرت عن مقتل 5 جنود", None),
    ("وبين المتحدث أن 5 جنود قتلوا", "المتحدث"),
    ("وقتل 5 جنود إبان حكم الرئيس السابق", None),
    ("وأبان الناطق أن 5 جنود قتلوا", "الناطق"),
])
def test_source_phrases(text, source):
    (c,) = extract_claims(text)
    assert c.source_text == source
    if source:
        assert text[c.source_start:c.source_end] == source


def test_a_subjectless_reporting_verb_takes_the_previous_speaker():
    text = "قال المتحدث باسم الجيش إن الهجوم فشل. وأشار إلى أن 5 جنود قتلوا."  # synthetic
    (c,) = extract_claims(text)
    assert c.source_text == "المتحدث باسم الجيش"


def test_a_clause_break_keeps_the_source_in_its_clause():
    text = "أعلنت الوزارة مقتل 5 جنود، فيما قتل 3 مدنيين"  # synthetic
    a, b = extract_claims(text)
    assert a.source_text == "الوزارة"
    assert b.source_text == "الوزارة"  # step 4: the sentence's opening verb


def test_a_quote_gives_its_speaker_through_the_token_index():
    text = "قال الجيش: «قتل 5 جنود»"  # synthetic
    quote = {"content_start": text.index("«") + 1, "content_end": text.index("»"),
             "speaker_start": 4, "speaker_end": 9, "speaker": "army"}
    far = {"content_start": 0, "content_end": 3, "speaker_start": 0, "speaker_end": 3}
    (c,) = extract_claims(text, quotes=[far, quote], actor_mentions=[])
    assert (c.source_start, c.source_end, c.source_text) == (4, 9, "الجيش")


def test_sources_resolve_to_the_first_overlapping_actor_mention():
    text = "قتل 5 جنود بحسب وزارة الدفاع"  # synthetic
    start = text.index("وزارة")
    mentions = [{"start": 0, "end": 3, "actor": None},
                {"start": start + 6, "end": len(text), "actor": "defence"},
                {"start": start, "end": len(text), "actor": "ministry"}]
    (c,) = extract_claims(text, quotes=[], actor_mentions=mentions)
    assert c.source == "defence"
