"""Provenance for a report: ``methods.md`` and the corpus citation files.

``methods.md`` opens with a paragraph a researcher can paste into the methods
section of a paper: which corpus version (and the sha256 of its release
manifest, which pins every text), which lexicon and actor-registry versions,
which package version and git commit, which morphology backend, and when.
A table of the same facts and the command that regenerates the report follow.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

from analysis import __version__
from analysis.paths import PACKAGE_DIR

UNKNOWN = "unknown"


def git_commit(repo: Path | None = None) -> str:
    """The checked-out commit of the package's repository, ``+dirty`` when modified.

    Args:
        repo: Repository folder (default: the folder above the package).

    Returns:
        The full commit hash, ``<hash>+dirty`` when tracked files differ from
        it, or ``'unknown'`` outside a git checkout or without git.

    Example:
        >>> git_commit(Path("/")) == "unknown" or len(git_commit(Path("/"))) >= 40
        True
    """
    repo = Path(repo) if repo is not None else PACKAGE_DIR.parent
    try:
        head = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True,
                              text=True, timeout=10)
        if head.returncode != 0:
            return UNKNOWN
        status = subprocess.run(["git", "-C", str(repo), "status", "--porcelain", "--untracked-files=no"],
                                capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return UNKNOWN
    commit = head.stdout.strip()
    return f"{commit}+dirty" if status.returncode == 0 and status.stdout.strip() else commit


def provenance(versions: dict[str, Any], *, counts: dict[str, int] | None = None,
               date: str | None = None, commit: str | None = None) -> dict[str, Any]:
    """Collect every fact ``methods.md`` states.

    Args:
        versions: ``CorpusTables.versions`` (corpus, corpus_manifest_sha256,
            lexicons, actors, package, backend).
        counts: Rows per table (documents, terms, actors, quotes, casualties).
        date: Report date, ``YYYY-MM-DD`` (default: today).
        commit: Git commit (default: :func:`git_commit`).

    Returns:
        A flat dict with string values (``'unknown'`` where a fact is missing).

    Example:
        >>> p = provenance({"corpus": "0.1.0", "lexicons": {"labels": {"version": "1.0.0"}}},
        ...                date="2024-01-02", commit="abc")
        >>> p["lexicons"], p["actors"], p["date"]
        ('labels 1.0.0', 'unknown', '2024-01-02')
    """
    lexicons = versions.get("lexicons") or {}
    if isinstance(lexicons, dict):
        lex = ", ".join(f"{name} {(v or {}).get('version', UNKNOWN) if isinstance(v, dict) else v}"
                        for name, v in sorted(lexicons.items())) or UNKNOWN
    else:
        lex = str(lexicons)
    def named_version(field: str) -> str:
        value = versions.get(field)
        if isinstance(value, dict):
            return f"{value.get('name', field)} {value.get('version', UNKNOWN)}"
        return str(value) if value else UNKNOWN

    backend = versions.get("backend") or UNKNOWN
    if versions.get("backend_version"):
        backend = f"{backend} {versions['backend_version']}"
    return {
        "corpus": str(versions.get("corpus") or UNKNOWN),
        "manifest_sha256": str(versions.get("corpus_manifest_sha256") or UNKNOWN),
        "lexicons": lex,
        "actors": named_version("actors"),
        "cues": named_version("cues"),
        "package": str(versions.get("package") or __version__),
        "commit": commit if commit is not None else git_commit(),
        "backend": str(backend),
        "date": date or dt.date.today().isoformat(),
        **{f"n_{k}": int(v) for k, v in (counts or {}).items()},
    }


def methods_markdown(info: dict[str, Any], *, citation: str | None = None,
                     command: str | None = None, codebook: bool = False) -> str:
    """The text of ``methods.md``.

    Args:
        info: From :func:`provenance`.
        citation: APA citation of the corpus version, if released.
        command: The command that regenerates the report.
        codebook: The report includes ``codebook.md``.

    Example:
        >>> info = provenance({"corpus": "0.1.0", "corpus_manifest_sha256": "ab" * 32,
        ...     "package": "0.1.0", "backend": "rules"}, counts={"documents": 1},
        ...     date="2024-01-02", commit="unknown")
        >>> "version 0.1.0 of the corpus" in methods_markdown(info)
        True
    """
    n_docs = info.get("n_documents")
    docs = f" ({n_docs:,} document{'s' if n_docs != 1 else ''})" if n_docs is not None else ""
    released = info["corpus"] not in ("working", UNKNOWN)
    corpus_phrase = (f"version {info['corpus']} of the corpus{docs}, whose release manifest has "
                     f"sha256 `{info['manifest_sha256']}`"
                     if released else
                     f"the unreleased working tree of the corpus{docs} (metadata table sha256 "
                     f"`{info['manifest_sha256']}`; cut a release before citing results)")
    commit = info["commit"]
    commit_phrase = "an unknown git commit" if commit == UNKNOWN else f"git commit `{commit}`"
    paragraph = (
        f"We analysed {corpus_phrase}. Texts were processed with arabic-conflict-news "
        f"{info['package']} ({commit_phrase}): offset-preserving tokenization, clitic "
        f"segmentation and the `{info['backend']}` morphology backend. Loaded terms were "
        f"matched clitic-aware against the lexicons {info['lexicons']}; actors and the labels "
        f"attached to them were identified with the actor registry {info['actors']}, and "
        f"reported speech with the reporting-cue list {info.get('cues', UNKNOWN)}. For each "
        "loaded-term use we recorded whether it occurs in the outlet's own voice or in reported "
        "speech, inside quotation marks, in scare quotes, or after \"so-called\" (ما يسمى). "
        "Quotations were attributed to speakers from their reporting verbs, and casualty claims "
        "were extracted with their figures, hedges, sources, subsets and the agency of the "
        "telling (named perpetrator, inanimate cause, or agentless). Every count in the "
        "report's tables can be traced to character offsets in the original texts. The report "
        f"was generated on {info['date']}."
    )
    rows = [
        ("Corpus version", info["corpus"]),
        ("Release manifest sha256", info["manifest_sha256"]),
        ("Lexicons", info["lexicons"]),
        ("Actor registry", info["actors"]),
        ("Reporting cues", info.get("cues", UNKNOWN)),
        ("Package", f"arabic-conflict-news {info['package']}"),
        ("Git commit", commit),
        ("Morphology backend", info["backend"]),
        ("Report date", info["date"]),
    ]
    rows += [(f"{k[2:].capitalize()} (rows)", f"{v:,}") for k, v in info.items() if k.startswith("n_")]
    lines = ["# Methods", "", paragraph, "", "| | |", "|---|---|"]
    lines += [f"| {a} | {b} |" for a, b in rows]
    if citation:
        lines += ["", "## Citing the corpus", "", citation,
                  "", "`CITATION.cff` and `citation.bib` in this folder hold the same reference."]
    lines += ["", "## Data dictionary", "", "`data_dictionary.md` (and the Frictionless schemas in "
              "`data_dictionary/`) describe every column of the corpus tables the report counts; "
              "`tables/casualty_claims.csv` is the casualties table itself."]
    if codebook:
        lines += ["", "## Codebook", "", "`codebook.md` in this folder defines every coded variable "
                  "and label, with the decision rules for hard cases."]
    if command:
        lines += ["", "## Reproducing this report", "", "```", command, "```"]
    return "\n".join(lines) + "\n"


def corpus_citations(corpus_dir: Path, version: str) -> dict[str, str] | None:
    """CFF, BibTeX and APA citations of a released corpus version (None for the working tree).

    Uses :mod:`analysis.corpus.cite`, so the report cites exactly as
    ``python -m analysis corpus cite`` does.
    """
    if version in ("working", None):
        return None
    from analysis.corpus import CorpusStore
    from analysis.corpus.cite import cite, load_info

    corpus = CorpusStore(corpus_dir)
    manifest = corpus.manifest(version)
    info = load_info(Path(corpus_dir))
    sha = corpus.manifest_sha256(version)
    return {style: cite(info, version=version, date=manifest["date"], manifest_sha256=sha,
                        style=style) + "\n"
            for style in ("cff", "bibtex", "apa")}


def codebook_markdown() -> str:
    """The coding codebook as Markdown, for ``codebook.md`` in the report.

    The same text as ``python -m analysis coding codebook``, generated from
    the label definitions the coding sheets use
    (:func:`analysis.coding.definitions.codebook_markdown`).

    Example:
        >>> codebook_markdown().splitlines()[0]
        '# Coding codebook'
    """
    from analysis.coding.definitions import codebook_markdown as generate

    return generate()


def provenance_table(versions: dict[str, Any], **kwargs) -> "pd.DataFrame":
    """The provenance facts as a two-column table (``item, value``) for a notebook.

    Example:
        >>> provenance_table({"corpus": "0.1.0"}, date="2024-01-02", commit="unknown").iloc[0].tolist()
        ['corpus', '0.1.0']
    """
    import pandas as pd

    info = provenance(versions, **kwargs)
    return pd.DataFrame(list(info.items()), columns=["item", "value"])
