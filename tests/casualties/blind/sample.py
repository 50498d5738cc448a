"""Draw the SaudiNewsNet sentences of the blind casualty strata F to U.

Run ``python tests/casualties/blind/sample.py F`` (or ``G``, ``H``, ``I``) from the
repository root to print the stratum's candidate sentences in their fixed
random order, as JSON (zip, article, url, outlet, start, end, stratum, rank).
The text is printed only with ``--text`` (for annotating): it is never stored
in the repository (SaudiNewsNet is CC BY-NC-SA).

The rule was fixed, with its seeds, before any sentence was read (see
``README.md``):

* **articles**: F takes ``was`` (Saudi Press Agency) and ``aawsat``, G takes
  ``okaz``; the article's comparison form must name a conflict
  (:data:`CONFLICT_RE`: Yemen, Syria, Iraq, ISIS, Libya, Gaza ...). G was
  planned on Yemen and Syria stories only (:data:`YEMEN_SYRIA_RE`), but those
  give only 128 okaz sentences, too few for 150 figures, so G takes okaz's
  conflict stories as F does (decided on pool sizes, before reading);
  every article of the dev gold strata A to E is excluded, and so is every
  article sharing an :data:`SHINGLE`-token run with an A–E gold sentence (the
  same wire story told again). The (outlet, day) exclusion of D and E cannot
  be applied: A–E drew from every day on which ``was`` and ``aawsat`` appear
  in SaudiNewsNet, and from 16 of okaz's 18.
* **sentences**: at most 400 characters in comparison form; a casualty
  trigger stem (:data:`TRIGGER_RE`, as in ``devgold_sample.py``) within
  :data:`NEAR` tokens of a number (digits, a number word, a vague quantity
  or ``أحد``), or within :data:`DUAL_NEAR` tokens of a word ending in a dual
  or sound plural suffix (``-ان``/``-ين``), so that unmarked -ين plurals and
  real duals are both in the sample.
* **order**: the pool (in zip, article, offset order) is shuffled with the
  stratum's seed (:data:`SEEDS`); at most :data:`PER_ARTICLE` sentences of one
  article are kept. The stratum is the first ``N`` sentences of that order,
  ``N`` recorded in ``README.md`` (annotation went down the order, batch by
  batch, until the stratum held at least 150 figures). ``rank`` counts within
  an outlet, so that F can take every one of the few ``was`` sentences and a
  prefix of the ``aawsat`` order.

**Second round (H, I; stop 10).** F and G were tuned on after their first
run, so they are no longer held out. H and I were added, with their seeds,
before any of their sentences was read, by the same rule: H takes ``aawsat``
again; I takes the nine outlets that F and G never drew from (the articles
must still name a conflict). Both also exclude every F and G article and
every article sharing an 8-token run with an F or G gold sentence. Each is
the first ``N`` sentences of its own draw order.

**Third round (J, K; stop 10).** After H and I's first run they were tuned
on too. J (the nine outlets, seed 30) and K (``aawsat``, seed 31) were added
by the same rule, with their seeds, before any of their sentences was read;
they exclude every F, G, H and I article and their 8-token runs.

**Fourth round (L, M; stop 11).** After J and K's first run they were tuned
on too, and ``aawsat``'s pool was used up by K. L and M split the nine outlets
into two groups, balanced on the sizes of their remaining pools (545 and 654
sentences; decided on those counts, before any sentence was read): L takes
``alwatan``, ``alyaum``, ``aleqtisadiya`` and ``sabq`` (seed 40), M takes
``alriyadh``, ``alweeam``, ``aljazirah``, ``3alyoum`` and ``almadina`` (seed
41). Both exclude every F to K article and their 8-token runs, by the same rule.

**Fifth round (N, O; stop 11).** After L and M's first run they were tuned on
too. N takes L's outlets again (seed 50) and O takes M's (seed 51); both
exclude every F to M article and their 8-token runs, by the same rule.

**Sixth round (P, Q; stop 12).** N and O were each the whole remaining pool of
their outlets, and ``aawsat``, ``was`` and ``okaz`` were used up before, so no
article naming a listed conflict is left. The sixth round takes, by a new topic
rule fixed with its seeds before any sentence was read, the articles that name
political violence (:data:`VIOLENCE_RE`: terrorism, armed men, bombings,
attacks, clashes, shelling, air raids, militias ...) but none of
:data:`CONFLICT_RE`'s conflicts: attacks, security operations and conflicts
elsewhere (the rules were never tuned on them). The remaining pool (at most
three sentences per article) held 720 sentences; the twelve news outlets were split
into two groups balanced on those counts (378 and 342, decided before reading):
P takes ``aawsat``, ``was``, ``okaz``, ``alyaum``, ``alwatan``, ``almadina`` and
``sabq`` (seed 60), Q takes ``alriyadh``, ``alweeam``, ``3alyoum``, ``aljazirah``
and ``aleqtisadiya`` (seed 61). Both exclude every F to O article and their
8-token runs, by the same rule.

**Seventh round (R, S; stop 12).** After P and Q's first run they were tuned on
too, and the violence pool had 93 unused sentences left. Two new pools were
fixed with their seeds before any sentence was read, all twelve news outlets each (the two
sports outlets are left out):
R (seed 70) takes the qualifying sentences that the earlier strata left unread
in the very articles they drew from (A to Q, naming a conflict or political
violence): no gold sentence and no sentence sharing an 8-token run with one
(1,737 sentences; the articles were read before, their other sentences were
not, so R is blind at the sentence, not the article level). S (seed 71) takes
the unused articles naming no conflict, no political violence and no disease
(:data:`DISEASE_RE`): accidents, disasters and crime, casualty reporting outside
war (1,339 sentences), with every earlier article and its 8-token runs
excluded as before.

**Eighth round (T, U; stop 13).** After R and S's first run they were tuned on
too. No unused article naming a conflict is left, and the violence pool has 93
sentences, so the eighth round continues R's sibling rule, fixed with its seeds
before any sentence was read: the qualifying sentences still unread in the
articles that the strata A to S drew from (naming a conflict or political
violence), with no gold sentence of A to S and no sentence sharing an 8-token
run with one (so R's sentences and their runs are out too). The pool splits by
P's and Q's outlet groups: T takes P's outlets (seed 80; 809 sentences in the
draw), U takes Q's (seed 81; 450). It was written down before the first run
that the round is judged on T and U pooled, on the target domain (conflict and
political violence coverage).

**Ninth round (V, W; stop 13).** After T and U's first run they were tuned on
too. V and W continue T's and U's fixed draw orders past their annotated
prefixes (T's first 175 and U's first 200 sentences; :data:`CONTINUES`), leaving
out every sentence that shares an 8-token run with a gold sentence of A to U;
``rank`` restarts within V and W. Fixed before any of their sentences was read;
judged on V and W pooled, like every round.
"""

from __future__ import annotations

import json
import random
import re
import sys
import zipfile
from pathlib import Path

from analysis.text.normalize import normalize
from analysis.text.sentences import split_sentences
from analysis.text.tokenize import tokenize

SEEDS = {"F": 10, "G": 11, "H": 20, "I": 21, "J": 30, "K": 31, "L": 40, "M": 41, "N": 50, "O": 51, "P": 60, "Q": 61, "R": 70, "S": 71, "T": 80, "U": 81, "V": 80, "W": 81}
#: H and I are the second blind round (stop 10), drawn after F and G were
#: tuned on: H continues ``aawsat``; I takes the outlets F and G never used,
#: so that it also measures outlets the rules were not tuned on.
_NINE = ("alriyadh", "aljazirah", "alyaum", "alwatan", "almadina", "alweeam", "3alyoum", "sabq", "aleqtisadiya")
#: J and K are the third blind round (drawn after H and I were tuned on): J takes
#: the nine outlets again, K ``aawsat`` again.
#: L and M are the fourth round: the nine outlets in two groups (see the module docstring).
OUTLETS = {"F": ("was", "aawsat"), "G": ("okaz",), "H": ("aawsat",), "I": _NINE, "J": _NINE, "K": ("aawsat",),
           "L": ("alwatan", "alyaum", "aleqtisadiya", "sabq"),
           "M": ("alriyadh", "alweeam", "aljazirah", "3alyoum", "almadina")}
OUTLETS["N"], OUTLETS["O"] = OUTLETS["L"], OUTLETS["M"]
OUTLETS["P"] = ("aawsat", "was", "okaz", "alyaum", "alwatan", "almadina", "sabq")
OUTLETS["Q"] = ("alriyadh", "alweeam", "3alyoum", "aljazirah", "aleqtisadiya")
OUTLETS["R"] = OUTLETS["S"] = OUTLETS["P"] + OUTLETS["Q"]
OUTLETS["T"], OUTLETS["U"] = OUTLETS["P"], OUTLETS["Q"]
OUTLETS["V"], OUTLETS["W"] = OUTLETS["T"], OUTLETS["U"]
#: Strata whose gold sentences a later round excludes (articles and shingles).
EARLIER = {"F": (), "G": (), "H": ("F", "G"), "I": ("F", "G"), "J": ("F", "G", "H", "I"),
           "K": ("F", "G", "H", "I"), "L": ("F", "G", "H", "I", "J", "K"), "M": ("F", "G", "H", "I", "J", "K"),
           "N": tuple("FGHIJKLM"), "O": tuple("FGHIJKLM"), "P": tuple("FGHIJKLMNO"), "Q": tuple("FGHIJKLMNO"),
           "R": tuple("FGHIJKLMNOPQ"), "S": tuple("FGHIJKLMNOPQ"),
           "T": tuple("FGHIJKLMNOPQRS"), "U": tuple("FGHIJKLMNOPQRS"),
           "V": tuple("FGHIJKLMNOPQRSTU"), "W": tuple("FGHIJKLMNOPQRSTU")}
BLIND_GOLD = Path(__file__).with_name("blind_gold.json")
#: The gold file of each stratum.
GOLD_FILES = {"F": BLIND_GOLD, "G": BLIND_GOLD, "H": BLIND_GOLD.with_name("blind_gold_H.json"),
              "I": BLIND_GOLD.with_name("blind_gold_I.json"), "J": BLIND_GOLD.with_name("blind_gold_J.json"),
              "K": BLIND_GOLD.with_name("blind_gold_K.json"), "L": BLIND_GOLD.with_name("blind_gold_L.json"),
              "M": BLIND_GOLD.with_name("blind_gold_M.json"), "N": BLIND_GOLD.with_name("blind_gold_N.json"),
              "O": BLIND_GOLD.with_name("blind_gold_O.json"), "P": BLIND_GOLD.with_name("blind_gold_P.json"),
              "Q": BLIND_GOLD.with_name("blind_gold_Q.json"), "R": BLIND_GOLD.with_name("blind_gold_R.json"),
              "S": BLIND_GOLD.with_name("blind_gold_S.json"),
              "T": BLIND_GOLD.with_name("blind_gold_T.json"), "U": BLIND_GOLD.with_name("blind_gold_U.json"),
              "V": BLIND_GOLD.with_name("blind_gold_V.json"), "W": BLIND_GOLD.with_name("blind_gold_W.json")}
PER_ARTICLE = 3
NEAR = 4
DUAL_NEAR = 2
SHINGLE = 8
MAX_CHARS = 400

TRIGGER_RE = re.compile(
    r"قتل|قتيل|مقتل|مصرع|حتف|شهيد|شهداء|استشهاد|جرح|جريح|اصاب|اصيب|مصاب|ضحايا|"
    r"اجلاء|نزوح|نازح|مفقود|فقدان|اعتقال|معتقل|اسير|اسري|خطف|مخطوف|اختطاف|القبض"
)
NUMBER_RE = re.compile(
    r"\d|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مائ|الف|الاف|اثن|واحد|عشرات|مئات"
)
#: Vague quantities and ``أحد`` count as numbers too (issue 12 lists them).
VAGUE_RE = re.compile(r"(?:[وبلف]?(?:ال)?)(?:احد|احدي|بضع|بضعه|عده|عدد|عشرات|مئات|الاف|العشرات|المئات)")
DUAL_RE = re.compile(r"\w{3,}(?:ان|ين)")
_PREFIX = r"(?<!\w)[وبلف]?(?:ال)?"
YEMEN_SYRIA_RE = re.compile(_PREFIX + r"(?:يمن|سوري|حوثي)")
CONFLICT_RE = re.compile(
    _PREFIX + r"(?:يمن|سوري|حوثي|عراق|داعش|ليبي|غزه|فلسطين|افغان|صومال|نيجيري|بوكو|سيناء|"
    r"طالبان|القاعده|الشباب|اسرائيل)"
)
#: The sixth round's topic: political violence, in articles that name none of CONFLICT_RE's conflicts.
VIOLENCE_RE = re.compile(
    _PREFIX + r"(?:ارهاب|مسلح|تفجير|انفجار|هجوم|هجمات|اشتباك|قصف|غاره|غارات|انتحاري|متفجر|عبوه|رصاص|"
    r"اطلاق النار|مقاتل|ميليشي|مليشي|متمرد)"
)
#: Strata drawn by the violence rule instead of the conflict rule.
VIOLENCE_STRATA = {"P", "Q"}
#: Strata that read the unread sentences of the earlier strata's own articles (conflict or violence):
#: R (seventh round), T and U (eighth round, P's and Q's outlet groups).
SIBLING_STRATA = {"R", "T", "U", "V", "W"}
#: Strata that continue an earlier stratum's fixed draw order past its annotated prefix (ninth round):
#: stratum -> (the stratum continued, the length of its annotated prefix).
CONTINUES = {"V": ("T", 175), "W": ("U", 200)}
#: Strata of articles naming no conflict, no political violence and no disease.
OTHER_STRATA = {"S"}
DISEASE_RE = re.compile(_PREFIX + r"(?:كورونا|فيروس|مرض|وباء|اوبئه|انفلونزا|حمي|تسمم|سرطان)")

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"
DEV_GOLD = ROOT / "tests" / "casualties" / "dev_gold.json"


def _is_number(norm: str) -> bool:
    return bool(re.fullmatch(r"[وبلف]?(?:ال)?\d+\w{0,2}", norm)
                or re.fullmatch(r"[وبل]?(" + NUMBER_RE.pattern + r")\w{0,3}", norm)
                or VAGUE_RE.fullmatch(norm))


def _qualifies(norms: list[str]) -> bool:
    trig = [i for i, w in enumerate(norms) if TRIGGER_RE.search(w)]
    if not trig:
        return False
    nums = [i for i, w in enumerate(norms) if _is_number(w)]
    duals = [i for i, w in enumerate(norms) if DUAL_RE.fullmatch(w) and not TRIGGER_RE.search(w)]
    return (any(abs(a - b) <= NEAR for a in trig for b in nums)
            or any(abs(a - b) <= DUAL_NEAR for a in trig for b in duals))


def _shingles(norms: list[str]) -> set[tuple[str, ...]]:
    return {tuple(norms[i:i + SHINGLE]) for i in range(len(norms) - SHINGLE + 1)}


def load(data_dir: Path = DATA) -> dict[str, list[dict]]:
    """Every SaudiNewsNet zip's article list, by zip name."""
    out = {}
    for zpath in sorted(data_dir.glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            out[zpath.name] = json.loads(zf.read(zf.namelist()[0]))
    return out


def _earlier_sentences(stratum: str) -> list[dict]:
    """The gold sentences drawn before ``stratum``: always the A–E dev gold, then EARLIER's strata."""
    sentences = json.loads(DEV_GOLD.read_text(encoding="utf-8"))["sentences"]
    for path in sorted({GOLD_FILES[name] for name in EARLIER[stratum]}):
        blind = json.loads(path.read_text(encoding="utf-8"))["sentences"]
        sentences = sentences + [s for s in blind if s["stratum"] in EARLIER[stratum]]
    return sentences


def _on_topic(stratum: str, norm: str) -> bool:
    """Whether an article's comparison form is on the stratum's topic."""
    if stratum in SIBLING_STRATA:
        return bool(CONFLICT_RE.search(norm) or VIOLENCE_RE.search(norm))
    if stratum in VIOLENCE_STRATA:
        return not CONFLICT_RE.search(norm) and bool(VIOLENCE_RE.search(norm))
    if stratum in OTHER_STRATA:
        return not (CONFLICT_RE.search(norm) or VIOLENCE_RE.search(norm) or DISEASE_RE.search(norm))
    return bool(CONFLICT_RE.search(norm))


def _earlier(articles: dict[str, list[dict]], stratum: str = "F") -> tuple[set, set]:
    """(zip, article) pairs and token shingles of the gold sentences drawn before ``stratum``.

    Always the A–E dev gold; for H and I also the F and G blind gold.
    """
    sentences = _earlier_sentences(stratum)
    used = {(s["zip"], s["article"]) for s in sentences}
    shingles: set = set()
    for s in sentences:
        text = articles[s["zip"]][s["article"]]["content"]
        shingles |= _shingles([t.norm for t in tokenize(text[s["start"]:s["end"]])])
    return used, shingles


def candidates(stratum: str, articles: dict[str, list[dict]]) -> list[dict]:
    """The qualifying sentences of a stratum, in corpus order (before shuffling)."""
    used, earlier_shingles = _earlier(articles, stratum)
    siblings = stratum in SIBLING_STRATA
    gold = {(s["zip"], s["article"], s["start"]) for s in _earlier_sentences(stratum)} if siblings else set()
    pool = []
    for zname, arts in articles.items():
        for index, art in enumerate(arts):
            text = art.get("content") or ""
            if art.get("source") not in OUTLETS[stratum] or ((zname, index) in used) != siblings:
                continue
            if not _on_topic(stratum, normalize(text)):
                continue
            tokens = tokenize(text)
            if not siblings and _shingles([t.norm for t in tokens]) & earlier_shingles:
                continue
            for s in split_sentences(text, tokens):
                if len(normalize(text[s.start:s.end])) > MAX_CHARS or (zname, index, s.start) in gold:
                    continue
                norms = [t.norm for t in tokens[s.first_token:s.last_token]]
                if siblings and _shingles(norms) & earlier_shingles:
                    continue
                if _qualifies(norms):
                    pool.append({"zip": zname, "article": index, "url": art.get("url", ""),
                                 "outlet": art.get("source", ""), "start": s.start, "end": s.end,
                                 "stratum": stratum})
    return pool


def draw(stratum: str, articles: dict[str, list[dict]] | None = None) -> list[dict]:
    """The stratum's sentences in their fixed random order, with ``rank``."""
    articles = articles if articles is not None else load()
    if stratum in CONTINUES:
        return _continued(stratum, articles)
    pool = candidates(stratum, articles)
    random.Random(SEEDS[stratum]).shuffle(pool)
    per_article: dict[tuple[str, int], int] = {}
    per_outlet: dict[str, int] = {}
    out = []
    for c in pool:
        key = (c["zip"], c["article"])
        if per_article.get(key, 0) >= PER_ARTICLE:
            continue
        per_article[key] = per_article.get(key, 0) + 1
        rank = per_outlet.get(c["outlet"], 0)
        per_outlet[c["outlet"]] = rank + 1
        out.append({**c, "rank": rank})
    return out


def _continued(stratum: str, articles: dict[str, list[dict]]) -> list[dict]:
    """A CONTINUES stratum: the unread rest of the earlier stratum's order, minus 8-token runs of any gold."""
    base, prefix = CONTINUES[stratum]
    _, shingles = _earlier(articles, stratum)
    out, per_outlet = [], {}
    for c in draw(base, articles)[prefix:]:
        text = articles[c["zip"]][c["article"]]["content"]
        if _shingles([t.norm for t in tokenize(text[c["start"]:c["end"]])]) & shingles:
            continue
        rank = per_outlet.get(c["outlet"], 0)
        per_outlet[c["outlet"]] = rank + 1
        out.append({**c, "stratum": stratum, "rank": rank})
    return out


if __name__ == "__main__":
    name = sys.argv[1] if len(sys.argv) > 1 else "F"
    arts = load()
    rows = draw(name, arts)
    if "--text" in sys.argv:
        for r in rows:
            r["text"] = arts[r["zip"]][r["article"]]["content"][r["start"]:r["end"]]
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
