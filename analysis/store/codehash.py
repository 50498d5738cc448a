"""One hash of the package's own code and shipped data.

The annotation store is keyed by it (with the data-file versions and the
corpus manifest), so that after editing any module or rule file, e.g.
``analysis/casualties/lexicon.py``, a stored result made by the old code is
never returned for the new one.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from analysis.paths import PACKAGE_DIR

#: Suffixes hashed: the source and every package-data pattern of pyproject.toml.
HASHED_SUFFIXES = frozenset({".py", ".yml", ".yaml", ".json", ".txt", ".csv", ".md"})


def source_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """Every hashed file under ``package_dir``, sorted by relative path (caches excluded).

    Example:
        >>> any(p.name == "codehash.py" for p in source_files())
        True
    """
    found = [
        p for p in package_dir.rglob("*")
        if p.suffix in HASHED_SUFFIXES and p.is_file() and "__pycache__" not in p.parts
        and not any(part.startswith(".") for part in p.relative_to(package_dir).parts)
    ]
    return sorted(found, key=lambda p: p.relative_to(package_dir).as_posix())


def code_sha256(package_dir: Path = PACKAGE_DIR) -> str:
    """sha256 over the relative path and content of every file of :func:`source_files`.

    Computed once per process for the installed package (the code of a
    running process does not change under it).

    Example:
        >>> len(code_sha256())
        64
    """
    return _cached(Path(package_dir).resolve())


@functools.cache
def _cached(package_dir: Path) -> str:
    digest = hashlib.sha256()
    for path in source_files(package_dir):
        digest.update(path.relative_to(package_dir).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()
