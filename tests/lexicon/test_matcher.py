"""Clitic-aware longest-match (rules in analysis/lexicon/matcher.py) and the seed golden file.

Every Arabic phrase in this file is synthetic unless it says it comes from
the seed article.
"""

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.lexicon.loader import load_lexicons
from analysis.lexicon.matcher import Matcher
from analysis.lexicon.schema import Entry, TermHit
from analysis.text.tokenize import tokenize

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "seed_terms.json"


@pytest.fixture(scope="module")
def matcher():
    return Matcher(load_lexicons(), backend="rules")


def _hits(matcher, text):
    return [(h.text, h.key, h.lemma, h.clitics) for h in matcher.match(tokenize(text), text=text)]


# (text, surface, key, lemma, clitics) -- one hit expected; all synthetic
CASES = [
    ("والانفصاليين", "والانفصاليين", "labels/separatist", "انفصالي", ("و", "ال")),
    ("للانفصاليين", "للانفصاليين", "labels/separatist", "انفصالي", ("ل", "ال")),
    ("وللانفصاليين", "وللانفصاليين", "labels/separatist", "انفصالي", ("و", "ل", "ال")),
    ("بالإرهابيين", "بالإرهابيين", "labels/terrorist", "إرهابي", ("ب", "ال")),
    ("وبالإرهاب", "وبالإرهاب", "labels/terrorist", "إرهاب", ("و", "ب", "ال")),
    ("فالمسلحون", "فالمسلحون", "labels/militant", "مسلح", ("ف", "ال")),
    ("إرهابيتين", "إرهابيتين", "labels/terrorist", "إرهابي", ()),
    ("الانفصاليتين", "الانفصاليتين", "labels/separatist", "انفصالي", ("ال",)),
    ("انفصاليون", "انفصاليون", "labels/separatist", "انفصالي", ()),
    ("انفصاليات", "انفصاليات", "labels/separatist", "انفصالي", ()),
    ("الإرهابيّة", "الإرهابيّة", "labels/terrorist", "إرهابي", ("ال",)),
    ("الانفصاليـين", "الانفصاليـين", "labels/separatist", "انفصالي", ("ال",)),
    ("الإرهابيَّين", "الإرهابيَّين", "labels/terrorist", "إرهابي", ("ال",)),
    ("انفصاليًا", "انفصاليًا", "labels/separatist", "انفصالي", ()),
    ("انفصاليو الإقليم", "انفصاليو", "labels/separatist", "انفصالي", ()),
    ("مسلحوها", "مسلحوها", "labels/militant", "مسلح", ("+ها",)),
    ("ومسلحيهم", "ومسلحيهم", "labels/militant", "مسلح", ("و", "+هم")),
    ("رجال مسلحون", "رجال مسلحون", "labels/militant", "مسلح", ()),
    ("المتمردين", "المتمردين", "labels/rebel", "متمرد", ("ال",)),
    ("التمرد المسلح", "التمرد المسلح", "labels/rebel", "تمرد", ()),
    ("المتطرفة", "المتطرفة", "labels/extremist", "متطرف", ("ال",)),
    ("الاحتلال", "الاحتلال", "labels/occupation", "احتلال", ("ال",)),
    ("الأراضي المحتلة", "المحتلة", "labels/occupation", "محتل", ("ال",)),
    ("الميليشيات", "الميليشيات", "labels/militia", "ميليشيا", ("ال",)),
    ("مليشياته", "مليشياته", "labels/militia", "ميليشيا", ("+ه",)),
    ("المرتزقة", "المرتزقة", "labels/mercenary", "مرتزق", ("ال",)),
    ("الجماعات المسلحة", "الجماعات المسلحة", "labels/armed_group", "جماعة مسلحة", ()),
    ("ما يسمى", "ما يسمى", "markers/so_called", "ما يسمى", ()),
    ("ما يُسمّى", "ما يُسمّى", "markers/so_called", "ما يسمى", ()),
    ("الدولة المزعومة", "المزعومة", "markers/so_called", "مزعوم", ("ال",)),
    ("لوقف إطلاق النار", "لوقف إطلاق النار", "events/ceasefire", "وقف إطلاق النار", ("ل",)),
    ("وقف لإطلاق النار", "وقف لإطلاق النار", "events/ceasefire", "وقف إطلاق النار", ()),
    ("وقفاً لإطلاق النار", "وقفاً لإطلاق النار", "events/ceasefire", "وقف إطلاق النار", ()),
    ("الهدنة", "الهدنة", "events/ceasefire", "هدنة", ("ال",)),
    ("والعملية العسكرية", "والعملية العسكرية", "events/military_operation", "عملية عسكرية", ("و",)),
    ("عمليتها العسكرية", "عمليتها العسكرية", "events/military_operation", "عملية عسكرية", ("+ها",)),
    ("عملية عسكرية", "عملية عسكرية", "events/military_operation", "عملية عسكرية", ()),
    ("العدوان", "العدوان", "events/aggression", "عدوان", ("ال",)),
    ("الاعتداءات", "الاعتداءات", "events/aggression", "اعتداء", ("ال",)),
    ("بالهجوم", "بالهجوم", "events/attack", "هجوم", ("ب", "ال")),
    ("الهجوم المسلح", "الهجوم المسلح", "events/attack", "هجوم", ()),
    ("لقوات حفظ السلام", "لقوات حفظ السلام", "institutions/peacekeepers", "قوات حفظ السلام", ("ل",)),
    ("قواتها المسلحة", "قواتها المسلحة", "institutions/armed_forces", "القوات المسلحة", ("+ها",)),
    ("ناغورنو قره باغ", "ناغورنو قره باغ", "places/karabakh", "ناغورني كاراباخ", ()),
    ("ناغورنو-كاراباخ", "ناغورنو-كاراباخ", "places/karabakh", "ناغورني كاراباخ", ()),
    ("إقليم قرة باغ", "قرة باغ", "places/karabakh", "قره باغ", ()),
    ("بكاراباخ", "بكاراباخ", "places/karabakh", "كاراباخ", ("ب",)),
    ("بآرتساخ", "بآرتساخ", "places/karabakh", "آرتساخ", ("ب",)),
    ("خانكندي", "خانكندي", "places/stepanakert", "خانكندي", ()),
    ("وستيباناكرت", "وستيباناكرت", "places/stepanakert", "ستيباناكرت", ("و",)),
    # Counter-terrorism: الإرهاب inside it is keyed apart, and counted once.
    ("مكافحة الإرهاب", "مكافحة الإرهاب", "contexts/counter_terrorism", "مكافحة الإرهاب", ()),
    ("لمكافحة الإرهاب", "لمكافحة الإرهاب", "contexts/counter_terrorism", "مكافحة الإرهاب", ("ل",)),
    # Detached proclitic written with tatweel, before a quotation mark.
    ('وصفتها بـ"الإرهابية"', "الإرهابية", "labels/terrorist", "إرهابي", ("ب", "ال")),
    ("وصفهم بـ «الانفصاليين»", "الانفصاليين", "labels/separatist", "انفصالي", ("ب", "ال")),
    ("و الانفصاليين", "الانفصاليين", "labels/separatist", "انفصالي", ("و", "ال")),
]


@pytest.mark.parametrize(("text", "surface", "key", "lemma", "clitics"), CASES)
def test_match_table(matcher, text, surface, key, lemma, clitics):
    assert _hits(matcher, text) == [(surface, key, lemma, clitics)]


@pytest.mark.parametrize(
    "text",
    [
        "الى", "إلى", "بلاده", "بلاد", "وقف التصعيد", "عملية جراحية", "النزاع المسلح", "والصراع المسلح",
        "القوة المسلحة", "المعارضة المسلحة", "الإقليم", "انفصال", "ارهابيستان المزعومة",
        'بـ"قصف"', "كاراباخي",
    ],
)
def test_no_match(matcher, text):
    got = _hits(matcher, text)
    if text == "ارهابيستان المزعومة":  # only the marker; the made-up word stays unmatched
        assert [h[1] for h in got] == ["markers/so_called"]
    else:
        assert got == []


def test_armed_forces_is_never_a_militant(matcher):
    text = "قالت القوات المسلحة إن مسلحين هاجموا"
    assert [(h[0], h[1]) for h in _hits(matcher, text)] == [
        ("القوات المسلحة", "institutions/armed_forces"),
        ("مسلحين", "labels/militant"),
    ]


def test_detached_proclitic_span_excludes_it(matcher):
    text = 'وصفتها بـ"الإرهابية".'
    (hit,) = matcher.match(tokenize(text), text=text)
    assert text[hit.start:hit.end] == "الإرهابية"
    assert text[hit.start - 3:hit.start] == 'بـ"'


def test_detached_proclitic_does_not_jump_punctuation(matcher):
    assert _hits(matcher, "بـ، الإرهابية") == [("الإرهابية", "labels/terrorist", "إرهابي", ("ال",))]


def test_token_indices_and_multiword_surface(matcher):
    text = "اتفاق لوقف إطلاق\u00a0النار اليوم"
    tokens = tokenize(text)
    (hit,) = matcher.match(tokens, text=text)
    assert (hit.first_token, hit.last_token) == (1, 4)
    assert hit.text == text[hit.start:hit.end] == "لوقف إطلاق\u00a0النار"
    (hit2,) = matcher.match(tokens)  # without text, gaps are rebuilt as spaces
    assert hit2.text == "لوقف إطلاق النار" and (hit2.start, hit2.end) == (hit.start, hit.end)


def test_longest_match_wins_and_nested_do_not_double_count():
    entries = [
        Entry("labels/terrorist", "إرهاب", ("إرهاب",)),
        Entry("contexts/counter_terrorism", "مكافحة الإرهاب", ("مكافحة الإرهاب",)),
        Entry("contexts/law", "قانون مكافحة الإرهاب", ("قانون مكافحة الإرهاب",)),
    ]
    m = Matcher(entries, backend="rules")
    text = "صدر قانون مكافحة الإرهاب ثم مكافحة الإرهاب ثم الإرهاب"
    assert [h.key for h in m.match(tokenize(text))] == [
        "contexts/law", "contexts/counter_terrorism", "labels/terrorist"]


def test_stop_phrase_blocks_but_loses_to_equal_real_entry():
    stop = Entry("stop", "النزاع المسلح", ("النزاع المسلح",), stop=True)
    militant = Entry("labels/militant", "مسلح", ("مسلح",))
    m = Matcher([stop, militant], backend="rules")
    assert m.match(tokenize("النزاع المسلح")) == []
    real = Entry("events/armed_conflict", "النزاع المسلح", ("النزاع المسلح",))
    m = Matcher([stop, militant, real], backend="rules")
    assert [h.key for h in m.match(tokenize("النزاع المسلح"))] == ["events/armed_conflict"]


def test_same_form_in_two_entries_first_wins():
    a = Entry("actor/x", "انفصالي", ("انفصاليين",), lexicon="first")
    b = Entry("labels/separatist", "انفصالي", ("انفصاليين",), lexicon="second")
    (hit,) = Matcher([a, b], backend="rules").match(tokenize("الانفصاليين"))
    assert (hit.key, hit.lexicon) == ("actor/x", "first")


def test_code_built_actor_entries(matcher):
    actors = [Entry(key="actor/azerbaijan", lemma="أذربيجان", forms=("أذربيجان",)),
              Entry(key="actor/armenia", lemma="أرمينيا", forms=("أرمينيا", "أرمينية"))]
    m = Matcher(actors, backend="rules")
    text = "جيش أذربيجان ولأرمينيا"
    assert [(h.text, h.key, h.clitics) for h in m.match_text(text)] == [
        ("أذربيجان", "actor/azerbaijan", ()), ("ولأرمينيا", "actor/armenia", ("و", "ل"))]


def test_termhit_is_frozen():
    hit = TermHit(0, 1, "x", "k", "l", (), 0, 1)
    with pytest.raises(AttributeError):
        hit.start = 3  # type: ignore[misc]


_VOCAB = ["والانفصاليين", "بـ", '"', "الإرهابية", "وقف", "إطلاق", "النار", "لوقف", "القوات", "المسلحة",
          "مسلحين", "،", ".", "\n", "قوات", "حفظ", "السلام", "الى", "بلاده", "مكافحة", "الإرهاب", "و",
          "ناغورني", "كاراباخ", "13.00", "١٢", "عمليتها", "العسكرية", "النزاع", "المسلح"]


_SHARED = Matcher(load_lexicons(), backend="rules")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), max_size=30), st.sampled_from([" ", "  ", "\u00a0"]))
def test_hits_are_exact_ordered_and_disjoint(words, sep):
    text = sep.join(words)
    tokens = tokenize(text)
    hits = _SHARED.match(tokens, text=text)
    for h in hits:
        assert text[h.start:h.end] == h.text
        assert tokens[h.first_token].start == h.start and tokens[h.last_token - 1].end == h.end
    for a, b in zip(hits, hits[1:]):
        assert a.last_token <= b.first_token


# --- golden: the seed article, annotated by hand --------------------------------


def test_seed_golden_reproduced_exactly(seed_text):
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert hashlib.sha256(seed_text.encode("utf-8")).hexdigest() == golden["sha256"]
    for row in golden["rows"]:  # the golden file itself is consistent with the text
        assert seed_text[row["start"]:row["end"]] == row["text"]
    matcher = Matcher(load_lexicons(), backend="rules")
    got = [dict(start=h.start, end=h.end, text=h.text, key=h.key, lemma=h.lemma, clitics=list(h.clitics))
           for h in matcher.match(tokenize(seed_text), text=seed_text)]
    want = [{k: r[k] for k in ("start", "end", "text", "key", "lemma", "clitics")} for r in golden["rows"]]
    assert got == want


def test_seed_golden_contents(seed_text):
    rows = json.loads(GOLDEN.read_text(encoding="utf-8"))["rows"]
    by_key = {}
    for r in rows:
        by_key.setdefault(r["key"], []).append(r["text"])
    assert len(by_key["labels/separatist"]) == 10
    assert by_key["labels/terrorist"] == ["الإرهابية"]
    assert len(by_key["events/military_operation"]) == 3
    assert len(by_key["events/ceasefire"]) == 4
    assert len(by_key["institutions/peacekeepers"]) == 2
    assert "labels/militant" not in by_key


@pytest.mark.parametrize(
    "surface, expected",
    [
        ("مدنية", []),          # synthetic: ة is not the pronoun ه
        ("مدنيّة", []),         # synthetic: with shadda
        ("مدنيه", [("+ه",)]),   # synthetic: written ه, so it may be "his civilian"
    ],
)
def test_final_teh_marbuta_is_never_the_pronoun_h(surface, expected):
    m = Matcher([Entry("x/civilian", "مدني")], backend="rules")
    assert [h.clitics for h in m.match_text(surface)] == expected


# A phrase whose last word has no article and carries a pronoun, its ة written ت
# before the pronoun: the enclitic pre-test of Matcher._hits must let it through
# (it reads the last word with _enclitic_for only when the word can carry the
# form's enclitic). All synthetic.
@pytest.mark.parametrize("text, surface, clitics", [
    ("وزير خارجيتها", "وزير خارجيتها", ("+ها",)),
    ("وزير خارجيته", "وزير خارجيته", ("+ه",)),
    ("ووزير خارجيتهم", "ووزير خارجيتهم", ("و", "+هم")),
])
def test_phrase_last_word_with_pronoun_and_teh_for_teh_marbuta(text, surface, clitics):
    m = Matcher([Entry("x/minister", "وزير خارجية")], backend="rules")
    (hit,) = m.match(tokenize(text), text=text)
    assert (hit.text, hit.key) == (surface, "x/minister")
    assert set(clitics) <= set(hit.clitics)
