"""A self-contained, citable bundle of one release.

The bundle is itself a corpus directory holding exactly one release, so
``CorpusStore(out).verify(version)`` and ``load_corpus(out, version)`` work on it::

    texts/<doc_id>.txt   metadata.csv   datapackage.json   releases/<version>.json
    CHANGELOG.md         CITATION.cff   README.md (the data statement)   corpus.yml (if present)

``releases/<version>.json`` is a byte copy of the release manifest, so the
bundle's manifest sha256 is the one the release is cited by. ``CHANGELOG.md``
is the release history up to and including ``version`` (the release and its
ancestors along the ``parent`` chain, newest first), rendered from their
manifests exactly as ``corpus release`` rendered it when ``version`` was cut;
later releases are not mentioned. Only the one manifest is copied: older
releases' texts are not in the bundle, so their manifests would not verify.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from analysis.corpus import metadata as md
from analysis.corpus import releases as rel
from analysis.corpus.cite import cite, load_info
from analysis.corpus.store import CorpusStore
from analysis.errors import AnalysisError


def export_release(corpus: CorpusStore, version: str, out: Path) -> Path:
    """Write release ``version`` of ``corpus`` to a new directory ``out``.

    Texts are read through the release (so their hashes are checked); the
    bundle holds the files listed in the module docstring, including the
    release manifest and ``CHANGELOG.md`` up to ``version``. It is built in a temporary sibling directory and renamed into place,
    so ``out`` either appears complete or not at all.

    Raises:
        AnalysisError: If ``out`` exists and is not empty, or the release is damaged.

    Example:
        >>> export_release(CorpusStore("corpus"), "0.1.0", Path("/tmp/acn-0.1.0"))  # doctest: +SKIP
    """
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise AnalysisError(f"{out} exists and is not empty; choose a new directory")
    manifest = corpus.manifest(version)
    history = release_history(corpus, version)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{out.name}.", dir=out.parent))
    try:
        (tmp / "texts").mkdir()
        for doc in corpus.documents(version):
            (tmp / "texts" / f"{doc.doc_id}.txt").write_bytes(doc.text.encode("utf-8"))
        (tmp / "metadata.csv").write_bytes(corpus.release_table(version))
        (tmp / "datapackage.json").write_bytes(md.datapackage_bytes())
        (tmp / "releases").mkdir()
        shutil.copyfile(corpus.manifest_path(version), tmp / "releases" / f"{version}.json")
        (tmp / "CHANGELOG.md").write_bytes(rel.render_changelog(history))
        info = load_info(corpus.root)
        (tmp / "CITATION.cff").write_text(
            cite(info, version=version, date=manifest["date"],
                 manifest_sha256=corpus.manifest_sha256(version), style="cff") + "\n", encoding="utf-8")
        for name in ("README.md", "corpus.yml"):
            if (corpus.root / name).is_file():
                shutil.copyfile(corpus.root / name, tmp / name)
        problems = CorpusStore(tmp).verify(version)
        if problems:
            raise AnalysisError(f"exported bundle does not verify: {problems[0]}")
        if out.exists():
            out.rmdir()
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out


def release_history(corpus: CorpusStore, version: str) -> list[dict]:
    """Manifests of ``version`` and its ancestors (following ``parent``), oldest first.

    Raises:
        AnalysisError: If an ancestor's manifest is missing or the chain loops.

    Example:
        >>> [m["version"] for m in release_history(CorpusStore("corpus"), "0.2.0")]  # doctest: +SKIP
        ['0.1.0', '0.2.0']
    """
    chain: list[dict] = []
    seen: set[str] = set()
    current: str | None = version
    while current is not None:
        if current in seen:
            raise AnalysisError(f"release {version}: the parent chain loops at {current}")
        seen.add(current)
        try:
            manifest = corpus.manifest(current)
        except AnalysisError:
            if current == version:
                raise
            raise AnalysisError(
                f"release {version}: manifest of its ancestor {current} is missing "
                f"(releases/{current}.json; check out git tag corpus-v{current})"
            ) from None
        chain.append(manifest)
        current = manifest.get("parent")
    return chain[::-1]


__all__ = ["export_release", "release_history"]
