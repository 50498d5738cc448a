"""A self-contained, citable bundle of one release.

The bundle is itself a corpus directory holding the release and its
ancestors (the ``parent`` chain), so ``corpus validate --corpus OUT`` and
``corpus verify VERSION --corpus OUT`` pass on it and ``load_corpus(out,
version)`` works::

    texts/<doc_id>.txt   metadata.csv   datapackage.json   releases/<v>.json (the chain)
    archive/             ancestors' texts and tables that differ from the release's
    CHANGELOG.md         CITATION.cff   README.md (the data statement)   corpus.yml (if present)
    bundle.json          which release was exported, by what (marks the folder as a bundle)

Each ``releases/<v>.json`` is a byte copy of the manifest, so the bundle's
manifest sha256 is the one the release is cited by. ``CHANGELOG.md`` is the
history up to and including ``version``, rendered from those manifests exactly
as ``corpus release`` rendered it when ``version`` was cut; later releases are
not mentioned.

The output folder may not lie inside a corpus (symlinks resolved); an
existing non-empty folder is replaced only with ``force`` and only when it is
an earlier bundle (it holds ``bundle.json``).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from analysis.corpus import metadata as md
from analysis.corpus import releases as rel
from analysis.corpus.cite import cite, load_info
from analysis.corpus.store import CorpusStore
from analysis.errors import AnalysisError
from analysis.outputs import enclosing_corpus

BUNDLE_MARKER = "bundle.json"


def check_bundle_target(out: Path, *, force: bool = False) -> None:
    """Refuse an export folder inside a corpus, or one that exists (unless ``force`` and an earlier bundle).

    Example:
        >>> check_bundle_target(Path("/tmp/acn-new-bundle-that-does-not-exist"))
    """
    out = Path(out)
    corpus = enclosing_corpus(out.parent)
    if corpus is not None:
        raise AnalysisError(f"refusing to write the bundle {out} inside the corpus folder {corpus}; "
                            "choose a path outside it")
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise AnalysisError(f"{out} exists and is not a folder; choose a new directory")
    if out.is_dir() and any(out.iterdir()):
        if not force:
            raise AnalysisError(f"{out} exists and is not empty; choose a new directory, or pass --force "
                                "to replace an earlier bundle")
        if not (out / BUNDLE_MARKER).is_file():
            raise AnalysisError(f"{out} is not an export bundle (no {BUNDLE_MARKER}); --force replaces "
                                "only an earlier bundle")


def export_release(corpus: CorpusStore, version: str, out: Path, *, force: bool = False) -> Path:
    """Write release ``version`` of ``corpus`` (with its ancestors) to a new directory ``out``.

    Texts are read through the releases (so their hashes are checked). The
    bundle is built in a temporary sibling directory, validated and verified
    there, and renamed into place, so ``out`` either appears complete or not at all.

    Args:
        corpus: The source corpus.
        version: The release to export.
        out: A new or empty folder outside any corpus.
        force: Replace an earlier bundle at ``out``.

    Raises:
        AnalysisError: If ``out`` is refused (see :func:`check_bundle_target`),
            or the release or an ancestor is damaged.

    Example:
        >>> export_release(CorpusStore("corpus"), "0.1.0", Path("/tmp/acn-0.1.0"))  # doctest: +SKIP
    """
    out = Path(out)
    check_bundle_target(out, force=force)
    manifest = corpus.manifest(version)
    history = release_history(corpus, version)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{out.name}.", dir=out.parent))
    try:
        _fill(corpus, version, manifest, history, tmp)
        bundle = CorpusStore(tmp)
        problems = bundle.validate() + [p for m in history for p in bundle.verify(m["version"])]
        if problems:
            raise AnalysisError(f"exported bundle does not validate and verify: {problems[0]}")
        if out.exists() and any(out.iterdir()):
            old = Path(tempfile.mkdtemp(prefix=f".tmp-old-{out.name}.", dir=out.parent))
            os.replace(out, old / out.name)
            os.replace(tmp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            if out.exists():
                out.rmdir()
            os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out


def _fill(corpus: CorpusStore, version: str, manifest: dict, history: list[dict], tmp: Path) -> None:
    (tmp / "texts").mkdir()
    current = {}
    for doc in corpus.documents(version):
        data = doc.text.encode("utf-8")
        (tmp / "texts" / f"{doc.doc_id}.txt").write_bytes(data)
        current[doc.doc_id] = manifest["documents"][doc.doc_id]["sha256"]
    table = corpus.release_table(version)
    (tmp / "metadata.csv").write_bytes(table)
    (tmp / "datapackage.json").write_bytes(md.datapackage_bytes())
    (tmp / "releases").mkdir()
    archive = tmp / "archive"
    for m in history:
        v = m["version"]
        shutil.copyfile(corpus.manifest_path(v), tmp / "releases" / f"{v}.json")
        if v == version:
            continue
        for doc_id, entry in m["documents"].items():
            if current.get(doc_id) != entry["sha256"] and not (archive / f"{entry['sha256']}.txt").exists():
                archive.mkdir(exist_ok=True)
                (archive / f"{entry['sha256']}.txt").write_bytes(corpus.get(doc_id, v).text.encode("utf-8"))
        if m["metadata"]["sha256"] != manifest["metadata"]["sha256"]:
            archive.mkdir(exist_ok=True)
            (archive / f"metadata-{m['metadata']['sha256']}.csv").write_bytes(corpus.release_table(v))
    (tmp / "CHANGELOG.md").write_bytes(rel.render_changelog(history))
    info = load_info(corpus.root)
    sha = corpus.manifest_sha256(version)
    (tmp / "CITATION.cff").write_text(
        cite(info, version=version, date=manifest["date"], manifest_sha256=sha, style="cff") + "\n",
        encoding="utf-8")
    for name in ("README.md", "corpus.yml"):
        if (corpus.root / name).is_file():
            shutil.copyfile(corpus.root / name, tmp / name)
    (tmp / BUNDLE_MARKER).write_text(json.dumps(
        {"exported_release": version, "manifest_sha256": sha, "releases": [m["version"] for m in history],
         "made_by": "python -m analysis corpus export"}, indent=1) + "\n", encoding="utf-8")


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


__all__ = ["export_release", "release_history", "check_bundle_target", "BUNDLE_MARKER"]
