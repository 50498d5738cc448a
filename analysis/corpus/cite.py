"""Citations for a corpus version: CFF, BibTeX, APA.

Title, authors, licence and URL come from ``corpus.yml`` in the corpus
directory (falling back to the repository's ``CITATION.cff``, then to the
project defaults). Every citation names the version and the sha256 of its
release manifest, which pins every text and the metadata table.

``corpus.yml`` looks like::

    title: Arabic Conflict News corpus
    authors:
      - name: Arabic Conflict News contributors      # or family-names / given-names / orcid
    license: "mixed: see the rights column of metadata.csv"
    url: https://example.org/acn
"""

from __future__ import annotations

from pathlib import Path

import yaml

from analysis.errors import AnalysisError

DEFAULT_INFO = {
    "title": "Arabic Conflict News corpus",
    "authors": [{"name": "Arabic Conflict News contributors"}],
    "license": "",
    "url": "",
}
STYLES = ("cff", "bibtex", "apa")


def load_info(corpus_dir: Path) -> dict:
    """Citation info from ``corpus.yml``, else the repo ``CITATION.cff``, else defaults.

    Raises:
        AnalysisError: If the YAML is malformed (naming file and line).

    Example:
        >>> load_info(Path("/nonexistent"))["title"]
        'Arabic Conflict News corpus'
    """
    for path in (corpus_dir / "corpus.yml", corpus_dir.resolve().parent / "CITATION.cff"):
        if not path.is_file():
            continue
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{path}:{mark.line + 1}" if mark else str(path)
            raise AnalysisError(f"{where}: invalid YAML ({getattr(exc, 'problem', exc)})") from None
        if not isinstance(data, dict):
            raise AnalysisError(f"{path}: expected a mapping at the top level")
        info = dict(DEFAULT_INFO)
        if path.name == "corpus.yml":
            info.update({k: data[k] for k in ("title", "authors", "license", "url") if data.get(k)})
        elif data.get("authors"):
            info["authors"] = data["authors"]
        authors = info["authors"]
        if not isinstance(authors, list) or not all(isinstance(a, dict) for a in authors):
            raise AnalysisError(f"{path}: authors must be a list of mappings (name, or family-names/given-names)")
        return info
    return dict(DEFAULT_INFO)


def _author_name(author: dict, *, style: str) -> str:
    if author.get("family-names"):
        family, given = author["family-names"], author.get("given-names", "")
        if style == "apa":
            initials = " ".join(f"{p[0]}." for p in given.split())
            return f"{family}, {initials}".rstrip(", ")
        return f"{family}, {given}".rstrip(", ")
    return author.get("name", "")


def cite(info: dict, *, version: str, date: str, manifest_sha256: str, style: str) -> str:
    """Format a citation of one corpus version.

    Args:
        info: From :func:`load_info`.
        version: Corpus version.
        date: Release date (YYYY-MM-DD).
        manifest_sha256: sha256 of ``releases/<version>.json``.
        style: ``cff``, ``bibtex`` or ``apa``.

    Example:
        >>> print(cite(DEFAULT_INFO, version="0.1.0", date="2024-01-02",
        ...            manifest_sha256="ab" * 32, style="apa"))
        Arabic Conflict News contributors. (2024). Arabic Conflict News corpus (Version 0.1.0; manifest sha256 abababababab) [Data set].
    """
    short = manifest_sha256[:12]
    year = date[:4]
    title = info["title"]
    if style == "cff":
        doc = {
            "cff-version": "1.2.0",
            "message": "If you use this corpus, please cite this version as below.",
            "type": "dataset",
            "title": title,
            "version": version,
            "date-released": date,
            "authors": info["authors"],
        }
        if info.get("license"):
            doc["license"] = info["license"]
        if info.get("url"):
            doc["url"] = info["url"]
        doc["identifiers"] = [{
            "type": "other",
            "value": f"sha256:{manifest_sha256}",
            "description": f"sha256 of the release manifest releases/{version}.json",
        }]
        return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=1000).rstrip("\n")
    if style == "bibtex":
        key = "acn_corpus_" + version.replace(".", "_")
        authors = " and ".join("{" + a["name"] + "}" if "name" in a and "family-names" not in a
                               else _author_name(a, style="bibtex") for a in info["authors"])
        lines = [
            f"@misc{{{key},",
            f"  author = {{{authors}}},",
            f"  title = {{{title}}},",
            f"  year = {{{year}}},",
            f"  version = {{{version}}},",
            f"  note = {{Version {version}, released {date}; release manifest sha256 {manifest_sha256}}},",
        ]
        if info.get("url"):
            lines.append(f"  url = {{{info['url']}}},")
        lines.append("}")
        return "\n".join(lines)
    if style == "apa":
        names = [_author_name(a, style="apa") for a in info["authors"]]
        authors = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]
        end = f" {info['url']}" if info.get("url") else ""
        return (f"{authors.rstrip('.')}. ({year}). {title} (Version {version}; manifest sha256 {short}) "
                f"[Data set].{end}")
    raise AnalysisError(f"unknown citation style {style!r}; use one of {', '.join(STYLES)}")


__all__ = ["STYLES", "DEFAULT_INFO", "load_info", "cite"]
