"""Reporting cues: reporting verbs with their inflections, and source phrases.

The cue list is data (``analysis/framing/data/cues.yml``, format documented in
its header). Regular verbs are given as three stems and inflected here for
tense, gender and number (``أكد`` → ``أكدت، أكدوا، يؤكد، تؤكد، مؤكدا…``);
irregular verbs list their forms. Clitics (``وأكدت``، ``فقال``، ``وصفتها``)
and diacritics (``أكّدت``) are left to the lexicon matcher, which receives the
cues as :class:`~analysis.lexicon.schema.Entry` records keyed
``cue/<n>/<aspect>/<tag>`` (``tag`` = ``ms fs mp fp md fd``) and ``source/<n>``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from analysis.datafiles import NodeReader, compose_yaml
from analysis.errors import AnalysisError
from analysis.lexicon.loader import form_key
from analysis.lexicon.schema import Entry
from analysis.paths import CUES_FILE
#: Person-gender-number tags of third-person forms.
TAGS = ("ms", "fs", "mp", "fp", "md", "fd")
_PERFECT = {"ms": "", "fs": "ت", "mp": "وا", "md": "ا", "fd": "تا", "fp": "ن"}
_IMPERFECT = {"ms": ("ي", ""), "fs": ("ت", ""), "mp": ("ي", "ون"), "md": ("ي", "ان"),
              "fd": ("ت", "ان"), "fp": ("ي", "ن")}
_PARTICIPLE = {"ms": "ا", "fs": "ة", "mp": "ين", "fp": "ات"}
_VERB_FIELDS = {"lemma", "gloss", "perfect", "imperfect", "participle", "preps", "object",
                "addressee", "speaker_after", "requires", "medium", "agentless", "strict", "initial", "opinion", "after", "overt", "required_is_cue", "note"}
_NOUN_FIELDS = {"lemma", "gloss", "forms", "preps", "object", "note"}
#: Word lists of the cue file (normalized on load): name -> what it holds.
WORD_LISTS = {
    "source_nouns": "nouns that name a source, not a criterion (بحسب بيان، وفق مصادر، حسب المنظمة)",
    "medium_nouns": "nouns of the medium of a statement (قالت في بيان، جاء في تقرير)",
    "spokesman_nouns": "heads of 'spokesman of X' (المتحدث باسم X): the speaker is X",
    "anonymity_nouns": "what an anonymous source withholds (لم يذكر اسمه، طلب عدم الكشف عن هويته)",
    "passive_partitive": "forms read as passives before من (ويعتبر من أهم: 'is considered one of')",
    "adverbs": "adverbs skipped between a verb and its subject or complement (مرارا، حاليا، مؤخرا)",
    "time_nouns": "definite time nouns of a time adverbial (الأسبوع الماضي) skipped between a verb and its clause",
    "time_adjectives": "adjectives that make a time noun an adverbial (الماضي، الفائت، المقبل)",
    "source_adjectives": "indefinite adjectives of a source before a direct object (مصدر مطلع، مسؤول رفيع)",
    "not_sources": "words spelled like a source phrase with a clitic that are something else (فحسب 'only')",
    "conditionals": "conditional particles before a cue (إذا ما دعت الضرورة، لو قال): a condition, no statement",
    "attributed_nouns": "objects of attributing verbs (أرجع، عزا … إلى): the thing attributed, never the subject (أسباب، قرار)",
    "feeling_nouns": "feelings expressed (أعرب عن سعادته، أبدى امتنانه): with the owner's pronoun and no clause, no statement",
    "manner_nouns": "بـ + a noun of manner (بشكل، بصورة، بطريقة): an adverbial, never the content of a verb's بـ",
    "time_heads": "heads of a time phrase after في skipped like an adverb (في وقت سابق، في مطلع مايو)",
    "not_statement_before": "words before a cue that make it no statement (الجدير ذكره، وكأنه يرى)",
    "inference_nouns": "antecedents of a relative before an imperfect cue that make it the writer's inference (الأمر الذي يشير، وهو ما يعني)",
    "saying_nouns": "nouns of saying that, with a pronoun, after a source phrase point to an antecedent (حسب قوله)",
    "saying_sources": "last words of source phrases that are one only before a noun of saying (على حد تعبيره)",
    "criterion_nouns": "nouns after a source phrase that make it 'in accordance with' (وفقا لإطار الاتفاق)",
    "publishing_verbs": "verbs of publishing that name a source after بحسب ما (بحسب ما نشرته الصحيفة)",
    "decision_nouns": "objects that make an announcing verb a decision, not a statement (أعلن الحداد، أعلن جلسة طارئة)",
    "criterion_quantifiers": "quantifiers after a source phrase's noun that make it 'in accordance with' (حسب طبيعة كل نشاط)",
    "not_names": "words never part of a person's name: pronouns, quantifiers (وأوضح فلان عدة نصائح: the object)",
    "medium_prepositions": "prepositions that open a medium phrase (في بيان، عبر تغريدة، خلال مؤتمر صحفي)",
    "resumed_by_bi": "بـ + the pronoun resuming ما after a verb (حسب ما صرح به X، ما نشرته وأفادت بها)",
}


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting verb.

    Attributes:
        lemma: Citation form (``أكد``).
        gloss: English gloss.
        forms: ``(form, tag, aspect)`` triples; aspect is ``perfect``,
            ``imperfect`` or ``participle``.
        preps: Prepositions that may introduce the content (normalized).
        object: The content may be a direct object.
        addressee: The verb's object is an addressee / the described party.
        speaker_after: Normalized preposition after which the speaker is
            named (``عن`` for نقل عن), or ``""``.
        requires: Normalized words one of which must be in the clause
            (حمّل … المسؤولية: "carry" is no cue without it).
        medium: The verb states through a medium (جاء في بيان للوزارة أن…):
            the medium's owner, else the medium, is the speaker.
        noun: A verbal noun (إعلان الحركة أن، تحذيره من): its genitive or
            pronoun suffix is the speaker.
        agentless: A passive (قيل إن): no speaker, and no pronoun to resolve.
        strict: The content must start right after the subject (بيّن أن; بين is
            also "between").
        initial: The verb must open its clause (with و/ف, at the start of the
            sentence, after punctuation, قد, كان or an adverbial): دان is
            also a part of names (بخاري دان معلم).
        after: Normalized words one of which must stand right before the verb
            (ما تردد عن، فيما يثار حول: "what is rumoured"; تردد alone is
            "hesitate"), or ``()``.
        overt: With no written subject and its object right after it, the
            form is the verbal noun (مخاطبة المكتب وطلب تحديد موعد: "and
            requesting"; نتيجة توقع حدوث…), not a statement.
        required_is_cue: With a subject between the verb and its required
            word, that word is the cue (ومضت المصادر بالقول: بالقول; مضى says
            nothing itself).
        opinion: A mental state (يرى، اعتبر: "holds", "considers"): no
            statement of its own, but its subject is the antecedent of a
            continuation after it (ويرى X أن…، مشيرا إلى…: X is the speaker).
    """

    lemma: str
    gloss: str
    forms: tuple[tuple[str, str, str], ...]
    preps: tuple[str, ...] = ()
    object: bool = False
    addressee: bool = False
    speaker_after: str = ""
    requires: tuple[str, ...] = ()
    medium: bool = False
    noun: bool = False
    agentless: bool = False
    strict: bool = False
    initial: bool = False
    opinion: bool = False
    after: tuple[str, ...] = ()
    overt: bool = False
    required_is_cue: bool = False


@dataclass(frozen=True, slots=True)
class CueSet:
    """All cues of one file.

    Attributes:
        name: ``cues``.
        version: Version string (written into outputs as :attr:`tag`).
        verbs: Reporting verbs.
        sources: ``(lemma, forms)`` of source phrases.
        nouns: Verbal nouns used as cues (:attr:`Cue.noun` is true).
        words: The word lists of :data:`WORD_LISTS`, normalized.
        noun_refs: Normalized form of each verbal noun -> its matcher index
            (for :meth:`cue`), built once with the set.
        source_or_medium_nouns: ``source_nouns`` | ``medium_nouns``, built
            once with the set (the statement rules ask it per word).
    """

    name: str
    version: str
    verbs: tuple[Cue, ...]
    sources: tuple[tuple[str, tuple[str, ...]], ...]
    nouns: tuple[Cue, ...] = ()
    words: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
    noun_refs: dict[str, str] = field(init=False, compare=False, repr=False)
    source_or_medium_nouns: frozenset[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Derived from ``words`` and ``nouns``, never passed in: ``dataclasses.replace`` rebuilds them.
        object.__setattr__(self, "source_or_medium_nouns",
                           self.word_list("source_nouns") | self.word_list("medium_nouns"))
        object.__setattr__(self, "noun_refs", {form_key(f)[0]: str(n)
                                               for n, c in enumerate(self.nouns, len(self.verbs))
                                               for f, _t, _a in c.forms})

    def cue(self, ref: str | int) -> Cue:
        """The verb or noun cue of a matcher key's index (verbs first, then nouns).

        Example:
            >>> load_cues().cue(0).lemma
            'قال'
        """
        n = int(ref)
        return self.verbs[n] if n < len(self.verbs) else self.nouns[n - len(self.verbs)]

    def word_list(self, name: str) -> frozenset[str]:
        """A word list of the file (normalized), empty if the file has none.

        Example:
            >>> "متحدث" in load_cues().word_list("spokesman_nouns")
            True
        """
        return self.words.get(name, frozenset())

    @property
    def tag(self) -> str:
        return f"{self.name}@{self.version}"

    def entries(self) -> list[Entry]:
        """Matcher entries: ``cue/<n>/<aspect>/<tag>`` per verb, ``source/<n>``.

        Verbal nouns are not among them (:meth:`noun_entries`), so that a
        caller indexing :attr:`verbs` by ``n`` never meets one.

        Example:
            >>> es = load_cues().entries()
            >>> [e.key for e in es if "أكدت" in e.forms]
            ['cue/1/perfect/fs']
        """
        out = self._cue_entries(self.verbs, 0)
        for n, (lemma, forms) in enumerate(self.sources):
            out.append(Entry(f"source/{n}", lemma, forms, lemma_match=False, lexicon=self.name))
        return out

    def noun_entries(self) -> list[Entry]:
        """Matcher entries of the verbal noun cues: ``cue/<n>/noun/-``, ``n`` counted after the verbs.

        Example:
            >>> cues = load_cues()
            >>> [e.key.split("/")[2:] for e in cues.noun_entries() if e.lemma == "تحذير"]
            [['noun', '-']]
            >>> cues.cue(next(e for e in cues.noun_entries() if e.lemma == "تحذير").key.split("/")[1]).noun
            True
        """
        return self._cue_entries(self.nouns, len(self.verbs))

    def _cue_entries(self, cues: tuple[Cue, ...], offset: int) -> list[Entry]:
        out: list[Entry] = []
        for n, cue in enumerate(cues, offset):
            groups: dict[tuple[str, str], list[str]] = {}
            for form, tag, aspect in cue.forms:
                groups.setdefault((aspect, tag), []).append(form)
            for (aspect, tag), forms in groups.items():
                out.append(Entry(f"cue/{n}/{aspect}/{tag}", cue.lemma, tuple(forms), gloss=cue.gloss,
                                 lemma_match=False, lexicon=self.name))
        return out


def inflect(perfect: str | dict | None, imperfect: str | dict | None,
            participle: str | dict | None) -> tuple[tuple[str, str, str], ...]:
    """Generate third-person forms of a reporting verb.

    Args:
        perfect: Perfect stem (3ms) or a ``{tag: form(s)}`` mapping.
        imperfect: Imperfect stem without the person prefix, or a mapping.
        participle: Active participle stem, or a mapping.

    Returns:
        ``(form, tag, aspect)`` triples.

    Example:
        >>> [f for f, t, a in inflect("أكد", "ؤكد", "مؤكد") if t == "fs"]
        ['أكدت', 'تؤكد', 'مؤكدة']
    """
    out: list[tuple[str, str, str]] = []

    def add(spec, aspect, make) -> None:
        if spec is None:
            return
        if isinstance(spec, dict):
            for tag, forms in spec.items():
                for form in ([forms] if isinstance(forms, str) else forms):
                    out.append((form, tag, aspect))
            return
        for tag in TAGS:
            form = make(spec, tag)
            if form:
                out.append((form, tag, aspect))

    add(perfect, "perfect", lambda s, t: s + _PERFECT[t])
    add(imperfect, "imperfect", lambda s, t: _IMPERFECT[t][0] + s + _IMPERFECT[t][1])
    add(participle, "participle", lambda s, t: s + _PARTICIPLE[t] if t in _PARTICIPLE else "")
    return tuple(out)


def load_cues(path: str | Path | None = None) -> CueSet:
    """Read and validate a cue file (default: the shipped ``cues.yml``).

    Raises:
        AnalysisError: ``FILE:LINE: problem``.

    Example:
        >>> cues = load_cues()
        >>> next(c for c in cues.verbs if c.lemma == "لفت").preps
        ('الي',)
    """
    path = Path(path) if path is not None else CUES_FILE
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise AnalysisError(f"no such cue file: {path}") from None
    return _load(path.resolve(), stat.st_mtime_ns)


@lru_cache(maxsize=8)
def _load(path: Path, _mtime: int) -> CueSet:
    root = compose_yaml(path, what="cue file")

    fail = NodeReader(path).fail

    if not isinstance(root, yaml.MappingNode):
        raise fail(root, "the cue file must be a mapping")
    top = {k.value: v for k, v in root.value}
    for required in ("name", "version", "verbs"):
        if required not in top:
            raise fail(root, f"missing top-level field {required!r}")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    verbs: list[Cue] = []
    seen: dict[tuple[str, ...], str] = {}
    for node, item in zip(top["verbs"].value, data["verbs"]):
        if not isinstance(item, dict) or "lemma" not in item:
            raise fail(node, "each verb needs a lemma")
        unknown = set(item) - _VERB_FIELDS
        if unknown:
            raise fail(node, f"verb {item['lemma']!r}: unknown field(s) {', '.join(sorted(unknown))}")
        for field in ("perfect", "imperfect", "participle"):
            spec = item.get(field)
            if isinstance(spec, dict) and not set(spec) <= set(TAGS):
                raise fail(node, f"verb {item['lemma']!r}: {field} tags must be among {', '.join(TAGS)}")
        forms = inflect(item.get("perfect"), item.get("imperfect"), item.get("participle"))
        if not forms:
            raise fail(node, f"verb {item['lemma']!r} has no forms")
        for form, _tag, _a in forms:
            fk = form_key(form)
            if fk in seen and seen[fk] != item["lemma"]:
                continue  # e.g. يدعون (دعا / ادعى): the first verb keeps it
            seen[fk] = item["lemma"]
        preps = tuple(form_key(p)[0] for p in item.get("preps") or ())
        after = item.get("speaker_after") or ""
        requires = tuple(form_key(w)[0] for w in item.get("requires") or ())
        verbs.append(Cue(item["lemma"], item.get("gloss", ""), forms, preps, bool(item.get("object")),
                         bool(item.get("addressee")), form_key(after)[0] if after else "", requires,
                         bool(item.get("medium")), agentless=bool(item.get("agentless")), strict=bool(item.get("strict")),
                         initial=bool(item.get("initial")), opinion=bool(item.get("opinion")),
                         after=tuple(form_key(w)[0] for w in item.get("after") or ()),
                         overt=bool(item.get("overt")), required_is_cue=bool(item.get("required_is_cue"))))
    nouns: list[Cue] = []
    for node, item in zip(top.get("nouns", yaml.SequenceNode("", [])).value, data.get("nouns") or []):
        if not isinstance(item, dict) or "lemma" not in item or not item.get("forms"):
            raise fail(node, "each noun cue needs a lemma and forms")
        unknown = set(item) - _NOUN_FIELDS
        if unknown:
            raise fail(node, f"noun {item['lemma']!r}: unknown field(s) {', '.join(sorted(unknown))}")
        forms = tuple((f, "-", "noun") for f in item["forms"])
        preps = tuple(form_key(p)[0] for p in item.get("preps") or ())
        nouns.append(Cue(item["lemma"], item.get("gloss", ""), forms, preps, bool(item.get("object")),
                         noun=True))
    words: dict[str, frozenset[str]] = {}
    for name in WORD_LISTS:
        if name in top:
            values = data.get(name)
            if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
                raise fail(top[name], f"{name} must be a list of words")
            words[name] = frozenset(form_key(v)[0] for v in values)
    sources = []
    for node, item in zip(top.get("sources", yaml.SequenceNode("", [])).value, data.get("sources") or []):
        if not isinstance(item, dict) or "lemma" not in item or not item.get("forms"):
            raise fail(node, "each source phrase needs a lemma and forms")
        sources.append((item["lemma"], tuple(item["forms"])))
    return CueSet(str(data["name"]), str(data["version"]), tuple(verbs), tuple(sources), tuple(nouns), words)


__all__ = ["Cue", "CueSet", "load_cues", "inflect", "CUES_FILE", "TAGS", "WORD_LISTS"]
