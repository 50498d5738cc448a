"""Optional morphological analysis: one interface, two implementations.

* ``rules`` (always available): the clitic grammar of
  :mod:`analysis.text.clitics`. It proposes segmentations but knows no
  lemmas; the lexicon's listed forms decide which segmentation is real.
* ``calima``: camel-tools' ``Analyzer`` over a morphology database (the
  ``calima-msa-r13`` DB when installed with ``camel_data -i
  morphology-db-msa-r13``, or any DB file in camel-tools' text format). Its
  analyses carry lemmas, which lets the matcher find inflections a lexicon
  does not list.

:func:`get_backend` chooses; ``backend.name`` and ``backend.version`` are
written into annotation outputs so results state how they were made.

camel-tools is imported lazily, only for ``calima``. Importing
``camel_tools.morphology`` loads camel-tools' data catalogue and would try to
download one when none exists; in that case (``CAMELTOOLS_DATA`` unset and no
``~/.camel_tools/catalogue.json``) ``CAMELTOOLS_DATA`` is pointed at the empty
stub catalogue shipped in :data:`analysis.paths.CAMEL_STUB_DIR` first.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from analysis.errors import AnalysisError
from analysis.paths import CAMEL_STUB_DIR
from analysis.text.clitics import segmentations
from analysis.text.normalize import normalize
from analysis.text.wordcache import WordCache

#: Version of the rule set in :mod:`analysis.text.clitics`; bump when rules change.
RULES_VERSION = "1"
CALIMA_DB_NAME = "calima-msa-r13"

# camel-tools feature values → our clitic spelling. Proclitic values look like
# 'wa_conj', 'bi_prep', 'Al_det'; the part before '_' is the transliteration.
_PRC = {"wa": "و", "fa": "ف", "bi": "ب", "li": "ل", "la": "ل", "ka": "ك", "Al": "ال", "sa": "س", "Aa": "ا"}
_ENC = {"3ms": "ه", "3fs": "ها", "3mp": "هم", "3fp": "هن", "3d": "هما", "2ms": "ك", "2fs": "ك",
        "2mp": "كم", "2fp": "كن", "2d": "كما", "1s": "ي", "1p": "نا"}


@dataclass(frozen=True, slots=True)
class Analysis:
    """One analysis of a normalized word.

    Attributes:
        proclitics: Proclitic morphemes, e.g. ``('و', 'ال')``.
        stem: The stem (normalized).
        enclitics: ``()`` or ``('ها',)``.
        lemma: Normalized lemma, or ``None`` when the backend has no lexicon.
    """

    proclitics: tuple[str, ...]
    stem: str
    enclitics: tuple[str, ...]
    lemma: str | None

    @property
    def clitics(self) -> tuple[str, ...]:
        """Proclitics, then enclitics prefixed with ``+`` (as in ``TermHit``)."""
        return self.proclitics + tuple("+" + e for e in self.enclitics)


class Backend:
    """Interface of a morphology backend.

    Attributes:
        name: ``'rules'`` or ``'calima'``.
        version: What exactly was used (rule-set version, or DB name + hash).
        has_lemmas: Whether analyses carry lemmas.
    """

    name: str = ""
    version: str = ""
    has_lemmas: bool = False

    def analyze(self, word: str) -> tuple[Analysis, ...]:
        """Analyses of a normalized word, most conservative first."""
        raise NotImplementedError

    def describe(self) -> str:
        """``name@version``, the form written into outputs."""
        return f"{self.name}@{self.version}"


class RulesBackend(Backend):
    """The built-in clitic rules; no lemmas.

    Example:
        >>> b = RulesBackend()
        >>> b.name, b.has_lemmas
        ('rules', False)
        >>> b.analyze("والانفصاليين")[-1].proclitics
        ('و', 'ال')
    """

    name = "rules"
    version = f"clitics-v{RULES_VERSION}"
    has_lemmas = False

    def analyze(self, word: str) -> tuple[Analysis, ...]:
        return tuple(Analysis(s.proclitics, s.stem, s.enclitics, None) for s in segmentations(word))


class CalimaBackend(Backend):
    """camel-tools ``Analyzer`` over a morphology DB.

    Args:
        db_path: A camel-tools morphology DB file (text format).
        label: Name of the DB for the version string (defaults to the file name).
    """

    name = "calima"
    has_lemmas = True

    def __init__(self, db_path: str | Path, *, label: str | None = None) -> None:
        _prepare_camel_env()
        from camel_tools import __version__ as camel_version
        from camel_tools.morphology.analyzer import Analyzer
        from camel_tools.morphology.database import MorphologyDB

        db_path = Path(db_path)
        if not db_path.is_file():
            raise AnalysisError(f"no such morphology DB: {db_path}")
        try:
            db = MorphologyDB(str(db_path), "a")
        except Exception as exc:  # camel-tools raises several parse error types
            raise AnalysisError(f"{db_path}: not a camel-tools morphology DB ({exc})") from None
        self._analyzer = Analyzer(db)
        self.path = db_path
        digest = _sha256(db_path)[:12]
        self.version = f"{label or db_path.name}:{digest} (camel-tools {camel_version})"
        self._cache = WordCache(self._analyze)

    def analyze(self, word: str) -> tuple[Analysis, ...]:
        return self._cache(word)

    def _analyze(self, word: str) -> tuple[Analysis, ...]:
        out: dict[Analysis, None] = {}
        for a in self._analyzer.analyze(word):
            lex = a.get("lex")
            if not lex:
                continue
            pro = tuple(_PRC[v.split("_")[0]] for f in ("prc3", "prc2", "prc1", "prc0")
                        if (v := a.get(f, "0")) not in ("0", "na", "") and v.split("_")[0] in _PRC)
            enc_val = a.get("enc0", "0")
            enc = (_ENC[enc_val.split("_")[0]],) if enc_val.split("_")[0] in _ENC else ()
            out[Analysis(pro, normalize(a.get("stem", "")), enc, normalize(lex))] = None
        return tuple(out)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _camel_data_dir() -> Path:
    env = os.environ.get("CAMELTOOLS_DATA")
    return Path(env).expanduser() if env else Path.home() / ".camel_tools"


def _prepare_camel_env() -> None:
    """Point camel-tools at the stub catalogue if it would otherwise download one."""
    if os.environ.get("CAMELTOOLS_DATA"):
        return
    if not (Path.home() / ".camel_tools" / "catalogue.json").exists():
        os.environ["CAMELTOOLS_DATA"] = str(CAMEL_STUB_DIR)


def find_calima_db() -> Path | None:
    """Locate an installed calima-msa-r13 DB without importing camel-tools.

    Returns:
        The ``morphology.db`` path under the camel-tools data directory
        (``$CAMELTOOLS_DATA`` or ``~/.camel_tools``), or ``None``.

    Example:
        >>> find_calima_db() is None or find_calima_db().name == "morphology.db"
        True
    """
    path = _camel_data_dir() / "data" / "morphology_db" / CALIMA_DB_NAME / "morphology.db"
    return path if path.is_file() else None


@lru_cache(maxsize=8)
def get_backend(name: str | Path = "auto") -> Backend:
    """Return a morphology backend.

    Args:
        name: ``'auto'`` (calima if its DB is installed, else rules),
            ``'rules'``, ``'calima'`` (error if not installed), or a path to a
            camel-tools morphology DB file.

    Returns:
        A shared backend instance (backends are cached by name).

    Raises:
        AnalysisError: ``'calima'`` without an installed DB, or a bad DB file.

    Example:
        >>> get_backend("rules").describe()
        'rules@clitics-v1'
    """
    if isinstance(name, Path) or (isinstance(name, str) and name not in ("auto", "rules", "calima")):
        return CalimaBackend(Path(name))
    if name == "rules":
        return RulesBackend()
    db = find_calima_db()
    if db is not None:
        return CalimaBackend(db, label=CALIMA_DB_NAME)
    if name == "calima":
        raise AnalysisError(
            f"camel-tools morphology DB {CALIMA_DB_NAME} is not installed in {_camel_data_dir()} "
            "(install it with: camel_data -i morphology-db-msa-r13), or pass a DB file path"
        )
    return RulesBackend()


__all__ = ["Analysis", "Backend", "RulesBackend", "CalimaBackend", "get_backend", "find_calima_db",
           "RULES_VERSION", "CALIMA_DB_NAME"]
