"""Clitic segmentation: conservative, grammar-driven (analysis/text/clitics.py)."""

import pytest

from analysis.text.clitics import (
    DETACHABLE,
    detached_proclitics,
    enclitic_splits,
    proclitic_splits,
    segment,
    segmentations,
)
from analysis.text.normalize import normalize

# Known stems as a lexicon would supply them (normalized).
KNOWN = {normalize(w) for w in [
    "انفصالي", "انفصاليين", "انفصاليون", "انفصاليه", "انفصاليتين", "ارهاب", "ارهابي",
    "ارهابيين", "ارهابيه", "مسلحون", "مسلحين", "عمليه", "كاراباخ", "حكومه", "قوات",
]}


@pytest.mark.parametrize(
    ("word", "proclitics", "stem", "enclitics"),
    [
        ("والانفصاليين", ("و", "ال"), "انفصاليين", ()),
        ("للانفصاليين", ("ل", "ال"), "انفصاليين", ()),          # لل = ل + ال
        ("وللانفصاليين", ("و", "ل", "ال"), "انفصاليين", ()),
        ("بالإرهابيين", ("ب", "ال"), "ارهابيين", ()),
        ("وبالإرهاب", ("و", "ب", "ال"), "ارهاب", ()),
        ("فالمسلحون", ("ف", "ال"), "مسلحون", ()),
        ("كالإرهابيين", ("ك", "ال"), "ارهابيين", ()),
        ("فبالإرهاب", ("ف", "ب", "ال"), "ارهاب", ()),
        ("لإرهاب", ("ل",), "ارهاب", ()),
        ("بكاراباخ", ("ب",), "كاراباخ", ()),
        ("كاراباخ", (), "كاراباخ", ()),                          # starts with ك: unsplit wins
        ("الانفصاليتين", ("ال",), "انفصاليتين", ()),
        ("الإرهابيّة", ("ال",), "ارهابيه", ()),                  # shadda, teh marbuta
        ("الانفصاليـين", ("ال",), "انفصاليين", ()),              # tatweel
        ("مسلحوها", (), "مسلحون", ("ها",)),                      # construct plural -و
        ("ومسلحيهم", ("و",), "مسلحين", ("هم",)),                 # construct plural -ي
        ("حكومتها", (), "حكومه", ("ها",)),                       # ة written ت before suffix
        ("إرهابهم", (), "ارهاب", ("هم",)),
        ("قواتها", (), "قوات", ("ها",)),
    ],
)
def test_segment_known(word, proclitics, stem, enclitics):
    seg = segment(normalize(word), KNOWN)
    assert seg is not None
    assert (seg.proclitics, seg.stem, seg.enclitics) == (proclitics, stem, enclitics)


@pytest.mark.parametrize("word", ["الى", "إلى", "بلاده", "بلد", "كان", "لها", "وهو", "ال", "و", "بالغ"])
def test_no_nonsense_splits(word):
    assert segment(normalize(word), KNOWN) is None


def test_article_never_combines_with_enclitic():
    for seg in segmentations("الارهابها"):
        assert not ("ال" in seg.proclitics and seg.enclitics)


def test_unsplit_reading_comes_first():
    assert segmentations("والانفصاليين")[0].stem == "والانفصاليين"
    assert proclitic_splits("وقف")[0] == ((), "وقف")
    assert enclitic_splits("قواتها")[0] == ("قواتها", ())


def test_min_stem_guards_short_words():
    # و + ل would leave nothing: never offered.
    assert all(len(rest) >= 2 for _, rest in proclitic_splits("ولد"))


def test_first_person_yeh_only_on_request():
    known = {"كاراباخ"}
    assert segment("كاراباخي", known) is None          # nisba "Karabakhi", a different word
    assert segment("كاراباخي", known, yeh=True).enclitics == ("ي",)


def test_clitics_property_marks_enclitics():
    seg = segment("وحكومتها", KNOWN)
    assert seg.clitics == ("و", "+ها")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("بـ", ("ب",)), ("لـ", ("ل",)), ("كـ", ("ك",)), ("و", ("و",)), ("وبـ", ("و", "ب")),
     ("بل", ()), ("ال", ()), ("في", ()), ("وال", ())],
)
def test_detached_proclitics(surface, expected):
    assert detached_proclitics(surface, normalize(surface)) == expected


def test_detachable_sequences_have_no_article():
    assert "وال" not in DETACHABLE and "لل" not in DETACHABLE
    assert {"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب"} <= DETACHABLE
