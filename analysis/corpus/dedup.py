"""Exact-duplicate detection on normalized text.

Two documents are duplicates when their normalized texts are equal. The
normalizer is :func:`analysis.text.normalize.normalize` when that module
exists, followed by whitespace collapsing (that normalizer keeps whitespace so
offsets survive; line breaks and double spaces must not make a re-scraped copy
look new); without it, Unicode NFC plus whitespace collapsing. Only the sha256 of the normalized text is kept, in a
dict, so checking 31,000 documents costs one pass and little memory.

Normalizing every stored text on each add is the slow part (about 14 s at
30,000 documents), so keys are cached by :class:`KeyCache` in
``dedup-keys.json`` under :func:`analysis.paths.cache_dir` (beside the corpus,
never inside it: the corpus folder holds only cited data). The cache maps the
sha256 of a text's exact bytes to its key, so an entry can only ever answer for
the very bytes it was computed from, and it records :func:`normalizer_version`,
so a changed normalizer discards it whole. It is derived and rebuildable: a
missing, unreadable, corrupt or outdated cache is ignored and rebuilt, never
an error.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import os
import re
import secrets
import sys
import unicodedata
from pathlib import Path
from typing import Callable

from analysis.paths import cache_dir

CACHE_NAME = "dedup-keys.json"
_CACHE_FORMAT = 1  # bump when the file layout changes
_HEX64 = re.compile(r"[0-9a-f]{64}\Z")


def _fallback_normalize(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _collapsed(normalize: Callable[[str], str]) -> Callable[[str], str]:
    def key_form(text: str) -> str:
        return " ".join(normalize(text).split())
    return key_form


@functools.lru_cache(maxsize=1)
def _load_normalizer() -> tuple[Callable[[str], str], str]:
    try:
        from analysis.text.normalize import normalize  # type: ignore[import-not-found]
    except ModuleNotFoundError as exc:
        # Only "not written yet" falls back; a broken normalize module must surface.
        if exc.name not in ("analysis.text", "analysis.text.normalize"):
            raise
        return _fallback_normalize, "NFC + whitespace collapse"
    return _collapsed(normalize), "analysis.text.normalize.normalize + whitespace collapse"


def normalizer() -> tuple[Callable[[str], str], str]:
    """The normalizer in use and a short description of it.

    Example:
        >>> fn, name = normalizer()
        >>> fn("a  b\\n") == fn("a b")
        True
    """
    return _load_normalizer()


def dedup_key(text: str, normalize: Callable[[str], str] | None = None) -> str:
    """sha256 of the normalized text: equal keys mean exact duplicates.

    Example:
        >>> dedup_key("مرحبا  بكم") == dedup_key("مرحبا بكم\\n")  # synthetic
        True
    """
    normalize = normalize or _load_normalizer()[0]
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=1)
def normalizer_version() -> str:
    """Fingerprint of everything that determines :func:`dedup_key`.

    A sha256 over the normalizer's description, the source of this module and
    of ``analysis.text.normalize`` (when used), the camel-tools version and the
    Unicode database version. Any change, even one that would not alter a key,
    gives a new fingerprint: a cache then rebuilds once, which is cheap next to
    answering with a wrong key.

    Example:
        >>> len(normalizer_version())
        64
    """
    _, description = _load_normalizer()
    parts = [description, f"unicode {unicodedata.unidata_version}", _source_sha(__name__)]
    if "analysis.text.normalize" in description:
        parts.append(_source_sha("analysis.text.normalize"))
        try:
            parts.append(f"camel-tools {importlib.metadata.version('camel-tools')}")
        except importlib.metadata.PackageNotFoundError:
            parts.append("camel-tools unknown")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def _source_sha(module_name: str) -> str:
    module = sys.modules[module_name]
    path = getattr(module, "__file__", None)
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest() if path else f"{module_name} (no source)"
    except OSError:
        return f"{module_name} (unreadable source)"


def key_cache_path(corpus_dir: str | Path) -> Path:
    """Where the duplicate-key cache of a corpus lives (see :func:`analysis.paths.cache_dir`).

    Example:
        >>> key_cache_path("/data/acn/corpus").as_posix()
        '/data/acn/.cache/tables/corpus/dedup-keys.json'
    """
    return cache_dir(Path(corpus_dir)) / CACHE_NAME


class KeyCache:
    """Duplicate keys of texts, by the sha256 of their bytes, kept in a JSON file.

    The file holds ``{"format": 1, "normalizer": normalizer_version(),
    "keys": {text_sha256: dedup_key}}``. :meth:`load` never fails: a file that
    is missing, unreadable, not that shape (any entry not two 64-digit hex
    strings), or from another normalizer version gives an empty cache.
    :meth:`key` answers from the cache or computes (and remembers) the key;
    :meth:`save` writes the file atomically and reports, rather than raises,
    failure, since the cache is only an optimisation.

    Args:
        path: The cache file (see :func:`key_cache_path`); None keeps keys in memory only.
        keys: Initial ``{text_sha256: dedup_key}`` entries.

    Attributes:
        hits: Keys answered from the cache so far.
        misses: Keys computed so far.

    Example:
        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "keys.json"
        >>> data = "نص  قصير".encode()  # synthetic
        >>> cache = KeyCache.load(path)
        >>> cache.key(data) == dedup_key(data.decode()), cache.misses
        (True, 1)
        >>> cache.save()
        True
        >>> again = KeyCache.load(path)
        >>> again.key(data) == cache.key(data), again.hits, again.misses
        (True, 1, 0)
    """

    def __init__(self, path: str | Path | None = None, keys: dict[str, str] | None = None) -> None:
        self.path = None if path is None else Path(path)
        self._keys: dict[str, str] = dict(keys or {})
        self._changed = False
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._keys)

    @classmethod
    def load(cls, path: str | Path) -> "KeyCache":
        """Read the cache at ``path``; anything but a valid current file gives an empty cache."""
        cache = cls(path)
        try:
            raw = Path(path).read_bytes()
        except OSError:  # missing or unreadable
            return cache
        # Whatever is wrong with a file that exists, the next save replaces it.
        cache._changed = True
        try:
            stored = json.loads(raw)
        except ValueError:  # truncated, not UTF-8 or not JSON
            return cache
        if not (isinstance(stored, dict) and stored.get("format") == _CACHE_FORMAT
                and stored.get("normalizer") == normalizer_version() and isinstance(stored.get("keys"), dict)):
            return cache
        keys = stored["keys"]
        if all(isinstance(k, str) and isinstance(v, str) and _HEX64.match(k) and _HEX64.match(v)
               for k, v in keys.items()):
            cache._keys = keys
            cache._changed = False
        return cache

    def key(self, data: bytes, *, sha256: str | None = None) -> str:
        """The :func:`dedup_key` of UTF-8 ``data``, from the cache when known.

        Args:
            data: A text's exact bytes.
            sha256: ``hashlib.sha256(data).hexdigest()`` if the caller already
                has it (it is the cache key, so it must be of these bytes).
        """
        sha = sha256 or hashlib.sha256(data).hexdigest()
        found = self._keys.get(sha)
        if found is not None:
            self.hits += 1
            return found
        self.misses += 1
        found = dedup_key(data.decode("utf-8"))
        self._keys[sha] = found
        self._changed = True
        return found

    def save(self, *, keep: set[str] | None = None) -> bool:
        """Write the cache file (atomically) if anything changed.

        Args:
            keep: Text sha256s still in use; other entries are dropped first
                so the file does not grow with removed or replaced texts.

        Returns:
            True when the file is current (written now, or nothing to write);
            False when there is no path or writing failed (the next run recomputes).
        """
        if keep is not None:
            unused = self._keys.keys() - keep
            if unused:
                for sha in unused:
                    del self._keys[sha]
                self._changed = True
        if self.path is None:
            return False
        if not self._changed and self.path.is_file():
            return True
        payload = json.dumps({"format": _CACHE_FORMAT, "normalizer": normalizer_version(),
                              "keys": self._keys}, sort_keys=True, separators=(",", ":")).encode("utf-8")
        tmp = self.path.parent / f".tmp-{self.path.name}.{os.getpid()}.{secrets.token_hex(4)}"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(payload)
            os.replace(tmp, self.path)
        except OSError:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
            return False
        self._changed = False
        return True


__all__ = ["normalizer", "normalizer_version", "dedup_key", "KeyCache", "key_cache_path", "CACHE_NAME"]
