"""Citations for a corpus version: CFF 1.2.0, biblatex/BibTeX, APA 7.

Title, authors, licence, URL, DOI and repository come from ``corpus.yml`` in
the corpus directory (falling back to the repository's ``CITATION.cff`` for
the authors, then to the project defaults). Every citation names the version
and the sha256 of its release manifest, which pins every text and the
metadata table.

``corpus.yml`` looks like::

    title: Arabic Conflict News corpus
    authors:
      - name: Arabic Conflict News contributors      # or family-names / given-names / orcid
    license: CC-BY-4.0          # SPDX id (or ids joined by AND/OR); covers the COMPILATION only
    url: https://example.org/acn       # landing page (optional)
    doi: 10.5281/zenodo.1234567        # optional
    repository: https://github.com/example/acn   # optional

The licence covers the compilation -- metadata, release manifests and the
data statement. Each text keeps its own rights, in the ``rights`` column of
``metadata.csv``; every citation says so. A licence that is not an SPDX
expression (``"mixed: ..."``) is refused: CFF requires SPDX.

Styles:

``cff``
    CITATION.cff 1.2.0 (``type: dataset``), valid against the official schema.
``bibtex``
    A biblatex ``@dataset`` entry (``version``, ``date``, ``url``, ``doi``,
    ``note``), for biber/biblatex documents.
``bibtex-misc``
    The fallback for classic BibTeX styles, which know no ``@dataset`` and
    no ``version`` field: ``@misc`` with ``howpublished`` and the version in
    ``note``.
``apa``
    APA 7 reference for a data set.

Both BibTeX styles escape LaTeX's special characters (``& % $ # _ { } ~ ^ \\``)
in every field; Arabic is kept as UTF-8 (compile with XeLaTeX or LuaLaTeX).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from analysis.errors import AnalysisError

DEFAULT_INFO = {
    "title": "Arabic Conflict News corpus",
    "authors": [{"name": "Arabic Conflict News contributors"}],
    "license": "",
    "url": "",
    "doi": "",
    "repository": "",
}
FIELDS = ("title", "authors", "license", "url", "doi", "repository")
STYLES = ("cff", "bibtex", "bibtex-misc", "apa")
LICENSE_SCOPE = ("The licence covers the compilation only (metadata, release manifests and the data "
                 "statement); each text keeps its own rights, listed in the rights column of metadata.csv.")
# An SPDX licence id, or several joined by AND / OR (CFF takes a list of ids, not full expressions).
_SPDX_ID = r"[A-Za-z0-9][A-Za-z0-9.+-]*"
SPDX_EXPRESSION = re.compile(rf"{_SPDX_ID}(?: (?:AND|OR) {_SPDX_ID})*")
DOI = re.compile(r"10\.\d{4,9}/\S+")
_LATEX_SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                  "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def load_info(corpus_dir: Path) -> dict:
    """Citation info from ``corpus.yml``, else the repo ``CITATION.cff``, else defaults.

    Raises:
        AnalysisError: If the YAML is malformed (naming file and line), the
            licence is not an SPDX expression, or the DOI is malformed.

    Example:
        >>> load_info(Path("/nonexistent"))["title"]
        'Arabic Conflict News corpus'
    """
    for path in (corpus_dir / "corpus.yml", corpus_dir.resolve().parent / "CITATION.cff"):
        if not path.is_file():
            continue
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (yaml.YAMLError, RecursionError) as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{path}:{mark.line + 1}" if mark else str(path)
            raise AnalysisError(f"{where}: invalid YAML ({getattr(exc, 'problem', None) or 'too deeply nested'})") from None
        if not isinstance(data, dict):
            raise AnalysisError(f"{path}: expected a mapping at the top level")
        info = dict(DEFAULT_INFO)
        if path.name == "corpus.yml":
            info.update({k: data[k] for k in FIELDS if data.get(k)})
        elif data.get("authors"):
            info["authors"] = data["authors"]
        _check(info, path)
        return info
    return dict(DEFAULT_INFO)


def _check(info: dict, path: Path) -> None:
    authors = info["authors"]
    if not isinstance(authors, list) or not all(isinstance(a, dict) for a in authors):
        raise AnalysisError(f"{path}: authors must be a list of mappings (name, or family-names/given-names)")
    for key in ("title", "license", "url", "doi", "repository"):
        if not isinstance(info[key], str):
            raise AnalysisError(f"{path}: {key} must be a string")
    if info["license"] and not SPDX_EXPRESSION.fullmatch(info["license"]):
        raise AnalysisError(f"{path}: license {info['license']!r} is not an SPDX expression (e.g. CC-BY-4.0); "
                            "it covers the compilation only, the texts' own rights stay in metadata.csv")
    if info["doi"] and not DOI.fullmatch(info["doi"]):
        raise AnalysisError(f"{path}: doi {info['doi']!r} is not a DOI like 10.5281/zenodo.1234567")


def _author_name(author: dict, *, style: str) -> str:
    if author.get("family-names"):
        family, given = author["family-names"], author.get("given-names", "")
        if style == "apa":
            initials = " ".join(f"{p[0]}." for p in given.split())
            return f"{family}, {initials}".rstrip(", ")
        return f"{family}, {given}".rstrip(", ")
    return author.get("name", "")


def latex_escape(text: str) -> str:
    r"""``text`` with LaTeX's special characters escaped.

    Example:
        >>> print(latex_escape("Killed & injured: 50% of_all #1"))
        Killed \& injured: 50\% of\_all \#1
    """
    return "".join(_LATEX_SPECIAL.get(ch, ch) for ch in text)


def cite(info: dict, *, version: str, date: str, manifest_sha256: str, style: str) -> str:
    """Format a citation of one corpus version.

    Args:
        info: From :func:`load_info`.
        version: Corpus version.
        date: Release date (YYYY-MM-DD).
        manifest_sha256: sha256 of ``releases/<version>.json``.
        style: One of :data:`STYLES`.

    Example:
        >>> print(cite(DEFAULT_INFO, version="0.1.0", date="2024-01-02",
        ...            manifest_sha256="ab" * 32, style="apa"))
        Arabic Conflict News contributors. (2024). Arabic Conflict News corpus (Version 0.1.0; manifest sha256 abababababab) [Data set].
    """
    if style == "cff":
        return _cff(info, version, date, manifest_sha256)
    if style in ("bibtex", "bibtex-misc"):
        return _bibtex(info, version, date, manifest_sha256, dataset=style == "bibtex")
    if style == "apa":
        names = [_author_name(a, style="apa") for a in info["authors"]]
        authors = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]
        link = f" https://doi.org/{info['doi']}" if info.get("doi") else (f" {info['url']}" if info.get("url") else "")
        return (f"{authors.rstrip('.')}. ({date[:4]}). {info['title']} (Version {version}; manifest sha256 "
                f"{manifest_sha256[:12]}) [Data set].{link}")
    raise AnalysisError(f"unknown citation style {style!r}; use one of {', '.join(STYLES)}")


def _cff(info: dict, version: str, date: str, sha: str) -> str:
    doc = {
        "cff-version": "1.2.0",
        "message": "If you use this corpus, please cite this version as below.",
        "type": "dataset",
        "title": info["title"],
        "version": version,
        "date-released": date,
        "authors": info["authors"],
    }
    if info.get("license"):
        ids = re.split(r" (?:AND|OR) ", info["license"])
        doc["license"] = ids[0] if len(ids) == 1 else ids
    doc["abstract"] = f"Release {version} of the corpus. {LICENSE_SCOPE}"
    for key in ("url", "repository"):
        if info.get(key):
            doc[key] = info[key]
    if info.get("doi"):
        doc["doi"] = info["doi"]
    doc["identifiers"] = [{
        "type": "other",
        "value": f"sha256:{sha}",
        "description": f"sha256 of the release manifest releases/{version}.json",
    }]
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=1000).rstrip("\n")


def _bibtex(info: dict, version: str, date: str, sha: str, *, dataset: bool) -> str:
    key = "acn_corpus_" + re.sub(r"[^0-9A-Za-z]", "_", version)
    authors = " and ".join(
        "{" + latex_escape(a["name"]) + "}" if "name" in a and "family-names" not in a
        else latex_escape(_author_name(a, style="bibtex")) for a in info["authors"])
    note = f"Version {version}, released {date}; release manifest sha256 {sha}. {LICENSE_SCOPE}"
    fields = [("author", authors), ("title", "{" + latex_escape(info["title"]) + "}")]
    if dataset:
        fields += [("date", date), ("version", latex_escape(version))]
    else:
        fields += [("year", date[:4]), ("howpublished", "Data set")]
    # url and doi are read verbatim by biblatex and hyperref's \url; only % must be escaped,
    # since BibTeX-reading tools take it as the start of a comment.
    if info.get("url"):
        fields.append(("url", info["url"].replace("%", r"\%")))
    if info.get("doi"):
        fields.append(("doi", info["doi"].replace("%", r"\%")))
    fields.append(("note", latex_escape(note)))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{'dataset' if dataset else 'misc'}{{{key},\n{body}\n}}"


__all__ = ["STYLES", "DEFAULT_INFO", "LICENSE_SCOPE", "load_info", "cite", "latex_escape"]
