"""Word lists of the casualty extractor, as normalized forms.

Every form is in the comparison form of :func:`analysis.text.normalize.normalize`
(أإآ→ا، ى→ي، ة→ه, no diacritics). Proclitics (و ف ب ل ك, ال) are stripped by the
matcher (:func:`variants`), so lists hold bare forms only.
"""

from __future__ import annotations

from functools import lru_cache


def _set(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


CATEGORIES = ("killed", "injured", "killed_or_injured", "evacuated", "displaced", "missing",
              "detained", "kidnapped")
#: Every value of the ``hedge``, ``group`` and ``agency`` columns (the coding
#: codebook offers exactly these to human coders).
HEDGES = ("exact", "at_least", "more_than", "about", "up_to", "range", "vague")
GROUP_LABELS = ("civilians", "children", "women", "police", "military", "fighters", "unspecified")
AGENCIES = ("named", "agentless", "inanimate")

#: Event nouns and verbs that take the figure after them (``مقتل 5``،
#: ``أصيب 3``، ``اعتقال 431``), by category.
PRE_TRIGGERS: dict[str, frozenset[str]] = {
    "killed": _set(
        "مقتل قتل قتلت قتلوا يقتل تقتل مصرع استشهاد استشهد استشهدوا وفاه توفي توفيت توفوا"
        " اعدام اعدم اعدمت"
        " اعدموا ذبح لقي لقيت لقوا لاقوا لقيا حياه بحياه ضحيته ضحيتها ضحيتهم قضي"
        " قتلي ضحايا القتلي"
    ),
    "injured": _set(
        "اصابه اصيب اصيبت اصيبوا يصاب جرح جرحت جرحوا اصابات جرحي اصاب اصابت اصابوا"
    ),
    "evacuated": _set("اجلاء اجلي اجلت اجلوا يجلي"),
    "displaced": _set("نزوح نزح نزحوا تهجير هجر تشريد شرد لجوء"),
    "missing": _set("فقدان فقد فقدت اختفاء مفقودين المفقودين"),
    "detained": _set(
        "اعتقال اعتقل اعتقلت اعتقلوا توقيف اوقف اوقفت احتجاز احتجز احتجزت اسر اسرت"
        " القبض قبض سجن"
    ),
    "kidnapped": _set("خطف خطفت خطفوا اختطاف اختطف اختطفت اختطفوا"),
}
#: Finite verbs: their subject may stand between verb and figure
#: (``قتلت قوات الأمن 5 متظاهرين``), and that subject is the agent.
FINITE_VERBS = _set(
    "قتل قتلت قتلوا اعدم اعدمت اعدموا اعتقل اعتقلت اعتقلوا اوقف اوقفت احتجز احتجزت"
    " اسرت اجلي اجلت اجلوا خطف خطفت خطفوا اختطف اختطفت اختطفوا هجر شرد اصاب اصابت اصابوا"
)
#: The counted noun names the category itself (``32 قتيلا``، ``200 جريح``).
COUNTED_NOUNS: dict[str, frozenset[str]] = {
    "killed": _set(
        "قتيل قتيلا قتيلان قتيلين قتلي شهيد شهيدا شهداء شهيدان شهيدين ضحيه ضحايا وفاه"
        " وفيات جثه جثث جثمان"
    ),
    "injured": _set(
        "جريح جريحا جرحي جريحان جريحين مصاب مصابا مصابين مصابون مصابه اصابه اصابات"
    ),
    "evacuated": _set("مجلي"),
    "displaced": _set(
        "نازح نازحا نازحين نازحون مهجر مهجرا مهجرين لاجئ لاجئا لاجئين لاجئون مشرد مشردا"
        " مشردين"
    ),
    "missing": _set("مفقود مفقودا مفقودين مفقودون"),
    "detained": _set(
        "معتقل معتقلا معتقلين معتقلون اسير اسيرا اسري اسيرين محتجز محتجزا محتجزين موقوف"
        " موقوفين سجين سجينا سجناء"
    ),
    "kidnapped": _set("مخطوف مخطوفا مخطوفين مختطف مختطفا مختطفين رهينه رهائن رهينتين"),
}
#: Verbs after the figure (``173 مدنيا قتلوا``، ``لقي 20 مصرعهم``).
POST_TRIGGERS: dict[str, frozenset[str]] = {
    "killed": _set("قتلوا قتلا مصرعهم مصرعهما حتفهم حتفهما لقوا لاقوا استشهدوا توفوا قضوا لفظوا"),
    "injured": _set("اصيبوا جرحوا"),
    "missing": _set("فقدوا"),
    "detained": _set("اعتقلوا"),
    "displaced": _set("نزحوا"),
    "kidnapped": _set("خطفوا اختطفوا"),
}
#: Martyrdom vocabulary: counted as killed, flagged ``martyr_term``.
MARTYR = _set("شهيد شهيدا شهداء شهيدان شهيدين استشهاد استشهد استشهدوا")
#: Counted nouns that are never people: a figure before them is no casualty
#: (years, durations, places, money, units, weapons, votes, percent).
NON_PERSON = _set(
    "عام اعوام عاما سنه سنوات سنين سنتين عامين شهر اشهر شهرا شهور شهرين يوم ايام يوما"
    " يومين ساعه ساعات ساعتين دقيقه دقائق ثانيه ثوان اسبوع اسابيع اسبوعين اسبوعا ليله ليال"
    " بلده بلدات قريه قري مدينه مدن منطقه مناطق حي احياء منزل منازل مبني مباني مسجد"
    " دولار دولارا ريال ريالا يورو جنيه درهم دينار ليره مليار كيلو كيلومتر كيلومترا كم"
    " متر مترا طن اطنان لتر غاره غارات صاروخ صواريخ قذيفه قذائف طلقه مره مرات بالمئه"
    " بالمائه المئه المائه نقطه صوت اصوات صوتا مقعد مقاعد دوله دول سياره سيارات اليه اليات"
    " طائره طائرات دبابه دبابات عمليه عمليات هجوم هجمات هجوما موقع مواقع فيلم مباراه هدف"
    " اهداف كتيبه لواء مرحله حبه كوب دراسه فتره فترات محاوله عائله عائلات اسره اسر"
    " فرقه جولة جوله بند ماده قرار مشروع برميل حاويه قطعه يناير فبراير مارس ابريل مايو"
    " يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار نيسان ايار حزيران"
    " تموز اب ايلول تشرين درجه ميلا هكتار فدان"
)
#: Tokens just before a figure that make it a label, a time, an age or a date.
NON_FIGURE_BEFORE = _set(
    "عام العام عامي سنه السنه الساعه ساعه عمر العمر بعمر سن رقم الرقم المرتبه المركز"
    " الكتيبه اللواء الفرقه الماده القرار البند الفصل الجزء الحلقه العدد الطبعه تاريخ"
)
#: Hedge phrases before the figure (longest first), as normalized token tuples.
HEDGES_BEFORE: list[tuple[tuple[str, ...], str]] = sorted(
    [
        (("ما", "لا", "يقل", "عن"), "at_least"), (("لا", "يقل", "عن"), "at_least"),
        (("ما", "يزيد", "علي"), "more_than"), (("ما", "يزيد", "عن"), "more_than"),
        (("يزيد", "عن"), "more_than"), (("يزيد", "علي"), "more_than"),
        (("اكثر", "من"), "more_than"), (("ما", "يربو", "علي"), "more_than"),
        (("يربو", "علي"), "more_than"), (("ما", "يفوق"), "more_than"), (("يفوق",), "more_than"),
        (("نحو",), "about"), (("حوالي",), "about"), (("قرابه",), "about"), (("زهاء",), "about"),
        (("ما", "يقارب"), "about"), (("يقارب",), "about"), (("ما", "يناهز"), "about"),
        (("يناهز",), "about"), (("قرابه",), "about"), (("تقريبا",), "about"),
        (("ما", "يقرب", "من"), "about"), (("اقل", "من"), "up_to"),
        (("ما", "يصل", "الي"), "up_to"), (("يصل", "الي"), "up_to"), (("حتي",), "up_to"),
    ],
    key=lambda item: -len(item[0]),
)
HEDGES_AFTER: list[tuple[tuple[str, ...], str]] = [
    (("علي", "الاقل"), "at_least"), (("علي", "اقل", "تقدير"), "at_least"),
    (("تقريبا",), "about"),
]
#: Words skipped between a trigger and its figure (``أسفر عن سقوط 20``).
FILLERS = _set("عن علي سقوط وقوع تم ما مجموعه الي فيه فيها فيهم اليوم امس حصيله نحو")
#: "the toll rose to N": the figure's category comes from the noun after عدد/حصيلة.
RISE_WORDS = _set("الي ليبلغ ليصل بلغ يبلغ بلغت وصل لتصل ليرتفع ارتفع لترتفع")
TOLL_WORDS = _set("عدد حصيله اجمالي مجموع")
#: Verbal nouns that name the category when ل/إلى/على puts them after the figure:
#: ``اضطر 1.3 مليون للنزوح``، ``تعرض 5 أشخاص للإصابة``، ``أجبر 300 على النزوح``.
PURPOSE_MASDARS: dict[str, frozenset[str]] = {
    "killed": _set("قتل الموت"),
    "injured": _set("اصابه جرح"),
    "displaced": _set("نزوح تهجير تشريد لجوء"),
    "evacuated": _set("اجلاء"),
    "detained": _set("اعتقال احتجاز توقيف اسر"),
    "kidnapped": _set("خطف اختطاف"),
}
#: Categories that name a status of people (refugees, prisoners), not what befell
#: them in the clause: an explicit killing or injuring verb overrides them
#: (``لقي ثلاثة لاجئين مصرعهم`` is a killed figure).
STATUS_CATEGORIES = frozenset({"displaced", "detained", "missing", "kidnapped"})
#: Diseases: ``أصيب أربعة بالمرض``، ``وفاة 3 بكورونا`` are cases, not casualties.
DISEASES = _set(
    "مرض امراض المرض فيروس فايروس الفيروس الفايروس وباء الوباء عدوي العدوي طاعون الطاعون"
    " كوليرا الكوليرا حمي الحمي انفلونزا الانفلونزا كورونا ايبولا الايبولا ملاريا الملاريا"
    " سرطان السرطان الحصبه حصبه شلل التهاب الالتهاب السل سل الايدز ايدز الجرب"
)
#: Markers of a subset of the figure before (``بينهم طفلان``).
SUBSET_MARKERS = _set("بينهم بينهن بينهما منهم منهن فيهم")
#: Clause boundaries inside a sentence, for sourcing.
CLAUSE_BREAKS = {("في", "حين"), ("فيما",), ("بينما",), ("في", "وقت")}

#: Victim groups by noun stem (normalized, without clitics).
GROUPS: dict[str, frozenset[str]] = {
    "children": _set(
        "طفل طفلا اطفال اطفالا طفلان طفلين طفله طفلتين طفلتان صبي صبيه صبيان فتي فتيه قاصر"
        " قاصرين قصر رضيع رضع"
    ),
    "women": _set("امراه امراتان امراتين نساء سيده سيدات سيدتين سيدتان فتاه فتيات نسوه"),
    "civilians": _set(
        "مدني مدنيا مدنيين مدنيون مدنيان مواطن مواطنا مواطنين مواطنون قروي قرويا قرويين"
        " سكان مدنيه"
    ),
    "police": _set("شرطي شرطيا شرطيين شرطيون شرطيان الشرطه شرطه الامن امن دركي الدرك درك"),
    "military": _set(
        "جندي جنديا جنود جنديين جنديان عسكري عسكريا عسكريين عسكريون ضابط ضابطا ضباط مجند"
        " مجندا مجندين الجيش جيش"
    ),
    "fighters": _set(
        "مسلح مسلحا مسلحين مسلحون مسلحي مقاتل مقاتلا مقاتلين مقاتلون مقاتلي متمرد متمردا"
        " متمردين متمردون عنصر عنصرا عناصر ارهابي ارهابيا ارهابيين انتحاري مليشيا ميليشيا"
        " مليشيات ميليشيات"
    ),
}
#: Nouns with "رجال" before them keep the group of the second noun (رجال الشرطة).

#: Causes by noun stem → label. Order matters: the first label found in
#: ``CAUSE_PRIORITY`` wins when a phrase holds several (انفجار لغمين → mine).
CAUSES: dict[str, frozenset[str]] = {
    "mine": _set("لغم لغمين لغمان الغام"),
    "airstrike": _set("غاره غارات الطيران طيران طائره طائرات مقاتلات جويه قصف_جوي"),
    "bombing": _set("تفجير تفجيرات مفخخه مفخخات ناسفه ناسفتين انتحاري انتحاريه عبوه عبوات حزام"),
    "shelling": _set("قصف القصف قذيفه قذائف مدفعي مدفعيه هاون صاروخ صواريخ"),
    "explosion": _set("انفجار انفجارات"),
    "shooting": _set("رصاص برصاص اطلاق النار نيران"),
    "clashes": _set("اشتباكات اشتباك مواجهات معارك معركه"),
    "accident": _set("حادث حادثه اصطدام تصادم تحطم انقلاب"),
    "fire": _set("حريق حرائق"),
    "drowning": _set("غرق"),
    "flood": _set("فيضانات فيضان سيول"),
    "execution": _set("اعدام"),
    "stabbing": _set("طعن"),
    "attack": _set("هجوم هجمات الهجوم اعتداء"),
}
CAUSE_PRIORITY = ("mine", "airstrike", "bombing", "shelling", "shooting", "explosion",
                  "clashes", "accident", "fire", "drowning", "flood", "execution", "stabbing",
                  "attack")
#: Causes without an agent of their own: reported alone they make the claim "inanimate".
#: (A named agent, e.g. غارات التحالف, makes it "named".)
#: Prepositions that introduce a cause (بانفجار، نتيجة القصف، جراء، إثر).
CAUSE_PREPS = _set("نتيجه جراء اثر بسبب بفعل")
#: Phrases that introduce an agent directly (على يد X، برصاص X، بنيران X).
AGENT_INTRO = _set("يد ايدي رصاص نيران")
#: Head nouns of an agent phrase after a cause noun (غارات التحالف، قصف قوات النظام).
AGENT_HEADS = _set(
    "قوات القوات جيش الجيش التحالف تحالف الطيران طيران تنظيم التنظيم ميليشيات مليشيات"
    " الميليشيات المليشيات ميليشيا مليشيا مسلحين مسلحي المسلحين النظام المتمردين متمردي"
    " عناصر حركه جماعه حزب الحوثيين الحوثي الاحتلال الشرطه الامن داعش المقاومه الاحتلال"
    " فصائل الفصائل كتائب"
)
#: Nisba adjectives after a cause noun that do not name an agent (قصف مدفعي).
NOT_AGENT_NISBA = _set(
    "جوي جويه انتحاري انتحاريه مدفعي مدفعيه صاروخي صاروخيه عشوائي عشوائيه ارضي ارهابي"
    " ارهابيه عنيف عنيفه كثيف كثيفه متبادل متبادله مكثف مكثفه دموي دمويه جديد جديده"
)
#: Attribution cues. ``ACCORDING`` take the source after them (بحسب X);
#: ``SPEECH`` verbs take it as their subject (أعلنت X أن …).
ACCORDING = _set("بحسب حسب وفق وفقا طبقا نقلا بناء استنادا")
SPEECH = _set(
    "اعلن اعلنت اعلنوا افاد افادت قال قالت قالوا ذكر ذكرت اكد اكدت اوضح اوضحت اشار"
    " اشارت لفت لفتت صرح صرحت كشف كشفت اضاف اضافت تابع تابعت اورد اوردت نقل نقلت"
    " ابلغ ابلغت اعلنها يقول تقول"
)
#: Words that end a source noun phrase.
SOURCE_STOP = _set(
    "ان انه انها ان بان بانه الي علي في امس اليوم مساء صباح من خلال يوم لوكالة لوكاله"
    " ل عن عبر الثلاثاء الاربعاء الخميس الجمعه السبت الاحد الاثنين مساء وقت الذي التي"
)

_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=100_000)
def variants(norm: str) -> tuple[str, ...]:
    """The word and its forms without proclitics and article.

    Example:
        >>> variants("وبالقصف")
        ('وبالقصف', 'القصف', 'بالقصف', 'قصف')
    """
    out = [norm]
    for p in _PROCLITICS:
        if norm.startswith(p) and len(norm) > len(p) + 1:
            out.append(norm[len(p):])
    for w in list(out):
        if w.startswith("ال") and len(w) > 3:
            out.append(w[2:])
        if w.startswith("لل") and len(w) > 3:  # ل + ال
            out.append(w[2:])
            out.append("ال" + w[2:])
    seen = []
    for w in out:
        if w not in seen:
            seen.append(w)
    return tuple(seen)


def in_set(norm: str, forms: frozenset[str]) -> bool:
    """Whether any clitic variant of ``norm`` is in ``forms``."""
    return any(v in forms for v in variants(norm))


def lookup(norm: str, table: dict[str, frozenset[str]]) -> str | None:
    """The first key of ``table`` whose set holds a variant of ``norm``."""
    vs = variants(norm)
    for key, forms in table.items():
        if any(v in forms for v in vs):
            return key
    return None


def lookup_noun(norm: str, table: dict[str, frozenset[str]]) -> str | None:
    """:func:`lookup` for a counted noun, also in the indefinite accusative.

    The specifier of 11 to 99 is an indefinite accusative singular, written
    with the alif of tanween (``11 جثمانًا``، ``30 مسلحًا``): when the form
    itself is not listed, the word without that alif is looked up.

    Example:
        >>> lookup_noun("جثمانا", COUNTED_NOUNS)
        'killed'
    """
    found = lookup(norm, table)
    if found is None and norm.endswith("ا") and len(norm) > 3:
        found = lookup(norm[:-1], table)
    return found


_POSSESSIVES = ("هما", "هم", "هن", "ها", "ه")


def without_possessive(norm: str) -> tuple[str, ...]:
    """Forms of a noun without a possessive pronoun (``اصابتهم`` → ``اصابه``).

    The feminine ending is written ت before a pronoun, ة (normalized ه) without.

    Example:
        >>> without_possessive("اصابتهم")
        ('اصابتهم', 'اصابه')
    """
    out = [norm]
    for suffix in _POSSESSIVES:
        stem = norm[: -len(suffix)]
        if norm.endswith(suffix) and len(stem) >= 3:
            out.append(stem[:-1] + "ه" if stem.endswith("ت") else stem)
            break
    return tuple(out)
