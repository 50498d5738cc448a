"""The codebook: which variables a coder codes for each kind of annotation.

Three kinds of automatic annotation can be coded (``what``): ``terms``,
``casualties`` and ``actors``, one row per item of the table of the same name
in :func:`analysis.tables.corpus_tables`. Each kind has a list of
:class:`Variable`; the coding sheet has an ``auto_<name>`` and a
``code_<name>`` column for each, plus ``code_item`` (is this a real item?).

Values are strings in a sheet, written the same way by the system and by
coders:

* ``yes`` / ``no`` for booleans (``true/false/1/0/نعم/لا`` are accepted on import);
* ``none`` when a variable does not apply (no target, no low bound ...);
  a blank cell means *not coded* (missing), never "none";
* numbers in ASCII digits; Arabic-Indic digits are accepted on import;
* several labels joined by ``|`` (``set`` variables), in sorted order.

Closed label sets are part of the codebook: a label the system emits that is
not listed here makes ``coding export`` fail, so that every label a coder may
use is defined in one place. Open variables (lexicon keys, actor ids, free
groups) accept any non-empty value.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pandas as pd

from analysis.casualties import lexicon as casualty_labels
from analysis.errors import AnalysisError

#: The kinds of annotation that can be coded, in CLI order.
WHATS = ("terms", "casualties", "actors")

#: Levels of measurement; alpha uses ``nominal`` for every level except ``interval``.
LEVELS = ("nominal", "boolean", "set", "interval")

NONE = "none"
YES, NO = "yes", "no"
_TRUE = {"yes", "y", "true", "1", "نعم"}
_FALSE = {"no", "n", "false", "0", "لا"}
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")
_NUMBER_RE = re.compile(r"^\d+(\.\d+)?$")


@dataclass(frozen=True, slots=True)
class Variable:
    """One coded variable.

    Attributes:
        name: Column name in the automatic table; the sheet has ``auto_<name>``
            and ``code_<name>``.
        level: One of :data:`LEVELS`.
        description: What the coder decides, for the sheet's schema file.
        labels: Allowed labels of a closed nominal variable (``none`` is
            always allowed besides these); None for an open variable.
    """

    name: str
    level: str
    description: str
    labels: tuple[str, ...] | None = None

    @property
    def alpha_level(self) -> str:
        """Level of measurement passed to Krippendorff's alpha."""
        return "interval" if self.level == "interval" else "nominal"

    def allowed(self) -> list[str] | None:
        """Allowed values for the schema file, or None when open.

        Example:
            >>> Variable("quoted", "boolean", "").allowed()
            ['yes', 'no']
        """
        if self.level == "boolean":
            return [YES, NO]
        if self.labels is None:
            return None
        return [*self.labels, NONE]

    def canonical(self, raw: str) -> str:
        """The canonical spelling of a coder's value; raise ValueError if not allowed.

        Blank means not coded and stays ``""``.

        Example:
            >>> Variable("value", "interval", "").canonical(" ٢٠ ")
            '20'
            >>> Variable("quoted", "boolean", "").canonical("True")
            'yes'
            >>> Variable("hedge", "nominal", "", ("approx",)).canonical("aprox")
            Traceback (most recent call last):
            ...
            ValueError: 'aprox' is not an allowed label (approx, none)
        """
        value = " ".join(str(raw).split())
        if not value:
            return ""
        if self.level == "boolean":
            low = value.lower()
            if low in _TRUE:
                return YES
            if low in _FALSE:
                return NO
            raise ValueError(f"{value!r} is not yes or no")
        if value.lower() == NONE:
            return NONE
        if self.level == "interval":
            number = value.translate(_DIGITS).replace(",", "").replace("٬", "")
            if not _NUMBER_RE.match(number):
                raise ValueError(f"{value!r} is not a number (write digits, or 'none')")
            return format_number(float(number))
        if self.level == "set":
            parts = sorted({p.strip() for p in value.split("|") if p.strip()})
            return "|".join(parts) if parts else ""
        if self.labels is not None and value not in self.labels:
            raise ValueError(f"{value!r} is not an allowed label ({', '.join(self.allowed() or [])})")
        return value


@dataclass(frozen=True, slots=True)
class Scheme:
    """The coding scheme of one kind of annotation.

    Attributes:
        what: ``terms``, ``casualties`` or ``actors``.
        variables: The coded variables, in sheet order.
        match_on: Variables that must be equal for a system item and a gold
            item to be the same item in :func:`analysis.coding.evaluate.evaluate`.
        overlap: Whether their spans must also overlap.
    """

    what: str
    variables: tuple[Variable, ...]
    match_on: tuple[str, ...]
    overlap: bool

    def variable(self, name: str) -> Variable:
        """The variable called ``name``."""
        for v in self.variables:
            if v.name == name:
                return v
        raise KeyError(name)

    @property
    def names(self) -> list[str]:
        return [v.name for v in self.variables]


_BOOL = "boolean"
SCHEMES: dict[str, Scheme] = {
    "terms": Scheme(
        "terms",
        (
            Variable("key", "nominal", "Lexicon key of the loaded term, e.g. labels/separatist."),
            Variable("voice", "nominal",
                     "Whose voice carries the term: own (the outlet's narration) or reported (inside "
                     "a source's direct or indirect statement); see analysis.framing.voice.",
                     ("own", "reported")),
            Variable("quoted", _BOOL, "The term stands inside a direct quotation."),
            Variable("scare_quote", _BOOL, "The term itself is in quotation marks (distancing)."),
            Variable("so_called", _BOOL, "The term is introduced by ما يسمى / ما يعرف بـ (so-called)."),
            Variable("attributed_to", "nominal", "Actor id of the source who uses the term, or none."),
            Variable("target", "nominal", "Actor id the term labels, or none."),
        ),
        match_on=("key",), overlap=True,
    ),
    "casualties": Scheme(
        "casualties",
        (
            Variable("category", "nominal", "What happened to the people counted.",
                     casualty_labels.CATEGORIES),
            Variable("value", "interval", "The figure as reported (the point value)."),
            Variable("low", "interval", "Lower bound of a range or 'at least' figure, or none."),
            Variable("high", "interval", "Upper bound of a range or 'up to' figure, or none."),
            Variable("hedge", "nominal", "How the figure is qualified.", casualty_labels.HEDGES),
            Variable("group", "nominal", "Who was counted (civilians, soldiers, children ...), or none.",
                     casualty_labels.GROUP_LABELS),
            Variable("source", "nominal", "Who gives the figure, or none."),
            Variable("perpetrator", "nominal", "Actor id held responsible, or none."),
            Variable("agency", "nominal",
                     "named perpetrator, agentless (no agent), or inanimate cause (mine, shelling).",
                     casualty_labels.AGENCIES),
        ),
        match_on=("category", "value"), overlap=False,
    ),
    "actors": Scheme(
        "actors",
        (
            Variable("actor", "nominal", "Actor id from the registry."),
            Variable("labels", "set", "Labels the text attaches to the actor, '|'-separated, or none."),
        ),
        match_on=("actor",), overlap=True,
    ),
}


def scheme(what: str) -> Scheme:
    """The scheme for ``what``, with a clear error for an unknown kind.

    Example:
        >>> scheme("casualties").match_on
        ('category', 'value')
    """
    try:
        return SCHEMES[what]
    except KeyError:
        raise AnalysisError(f"unknown kind {what!r}: use one of {', '.join(WHATS)}") from None


def format_number(x: float) -> str:
    """Numbers as coders write them: ``20``, not ``20.0``.

    Example:
        >>> format_number(20.0), format_number(2.5)
        ('20', '2.5')
    """
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def auto_value(variable: Variable, value: object) -> str:
    """Render a system value from an annotation table in the sheet's spelling.

    Missing values (None, NaN, empty) become ``none``, booleans ``yes``/``no``,
    whole numbers lose their ``.0``, lists are ``|``-joined.

    Raises:
        AnalysisError: If a closed variable gets a label the codebook does not define.

    Example:
        >>> auto_value(scheme("casualties").variable("value"), 12.0)
        '12'
        >>> auto_value(scheme("terms").variable("quoted"), False)
        'no'
        >>> auto_value(scheme("terms").variable("target"), None)
        'none'
    """
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return NONE
    if variable.level == "boolean":
        if isinstance(value, str):
            return variable.canonical(value) or NONE
        return YES if bool(value) else NO
    if isinstance(value, (list, tuple, set, frozenset)):
        value = "|".join(str(v) for v in value)
    if variable.level == "interval" and not isinstance(value, str):
        return format_number(float(value))  # type: ignore[arg-type]
    text = str(value).strip()
    if not text:
        return NONE
    try:
        return variable.canonical(text)
    except ValueError as exc:
        raise AnalysisError(
            f"the system's {variable.name} value {text!r} is not in the codebook ({exc}); "
            "define it in analysis/coding/codebook.py"
        ) from None


__all__ = ["WHATS", "LEVELS", "NONE", "YES", "NO", "Variable", "Scheme", "SCHEMES", "scheme",
           "format_number", "auto_value"]
