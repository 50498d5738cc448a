"""Term voice: own / reported, quoted, scare quotes, so-called, attribution and target.

Every Arabic sentence here is synthetic, marked # synthetic.
"""

from __future__ import annotations

import pytest

from analysis.framing import analyze_text
from analysis.framing.voice import SCARE_MAX_WORDS

# (text, term surface, expected fields)
CASES = [
    ("قتل مسلحون ثلاثة جنود.",  # synthetic
     "مسلحون", dict(voice="own", quoted=False, scare_quote=False, attributed_to=None)),
    ("وقال الجيش الأذربيجاني إن الإرهابيين هاجموا مواقعه.",  # synthetic
     "الإرهابيين", dict(voice="reported", attributed_to="azerbaijan_army", quoted=False)),
    ("انتهت \"العملية العسكرية\" أمس.",  # synthetic
     "العملية العسكرية", dict(voice="own", quoted=True, scare_quote=True)),
    ("وقال بوتين: «إنهم يسمونها \"العملية العسكرية\" فقط».",  # synthetic: quote inside speech
     "العملية العسكرية", dict(voice="reported", quoted=True, scare_quote=False, attributed_to="putin")),
    ("وقصفت الطائرات ما يسمى بـ\"الجماعات الإرهابية\".",  # synthetic
     "الإرهابية", dict(voice="own", so_called=True, quoted=True)),
    ("وتواصلت العملية العسكرية المزعومة.",  # synthetic
     "العملية العسكرية", dict(voice="own", so_called=True, quoted=False)),
    ("ووصف المتظاهرون باشينيان بأنه \"إرهابي\".",  # synthetic
     "إرهابي", dict(voice="reported", attributed_to="armenian_opposition", target="pashinyan")),
    ("ووصف المتظاهرون الإيرانيون الحكومة بأنها \"إرهابية\".",  # synthetic: NP nationality blocks the hint
     "إرهابية", dict(voice="reported", attributed_to="protesters", quoted=True)),
    ("وأكدت السلطات الأذربيجانية بدء محادثات مع الانفصاليين الأرمن.",  # synthetic
     "الانفصاليين", dict(voice="reported", attributed_to="azerbaijan", target="karabakh_authorities")),
    ("هاجم الإرهابيون القرية، بحسب وزارة الدفاع الروسية.",  # synthetic: according_to is attribution
     "الإرهابيون", dict(voice="reported", attributed_to="russia_mod")),
]


@pytest.mark.parametrize("text,surface,expected", CASES)
def test_voice(text, surface, expected):
    term = next(t for t in analyze_text(text).terms if t.text == surface)
    assert {k: getattr(term, k) for k in expected} == expected


def test_long_quotation_without_cue_is_not_a_scare_quote():
    words = " ".join(["كلمة"] * SCARE_MAX_WORDS)
    text = f"وجاء في النص: \"{words} الإرهابيين\" ثم انتهى."  # synthetic
    term = next(t for t in analyze_text(text).terms if t.key == "labels/terrorist")
    assert term.quoted and not term.scare_quote


def test_places_and_markers_get_no_voice():
    text = "ما يسمى الجيش في كاراباخ."  # synthetic
    assert [t.key for t in analyze_text(text).terms] == []
