"""Lexicon candidates: a YAML stub, in the lexicon file format, for a researcher to curate.

The stub loads with :func:`analysis.lexicon.loader.load_lexicon` as it is
(one entry per candidate under ``candidates/cNNN``, the normalized
clitic-stripped feature as lemma, the evidence in ``note``), so it can be tried
at once with ``--lexicon``; curating means giving each kept entry a real key
(``labels/...``), a gloss and its forms, and deleting the rest.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import yaml

from analysis.errors import AnalysisError

_HEADER = """\
# Lexicon CANDIDATES: a stub to curate, not a lexicon in use.
# Made from: {source}
# Versions: {versions}
# Each entry is one candidate: the normalized, clitic-stripped form as lemma,
# its most frequent spelling and the evidence in `note`. To curate: move the
# entries you keep under a real key (labels/..., events/...), add a gloss and
# the inflected forms (never clitics: the matcher adds them), delete the rest,
# give the file its own name and version.
"""


def candidates_yaml(table: pd.DataFrame, *, source: str, top: int = 50, name: str = "candidates") -> str:
    """The YAML stub for the first ``top`` rows of a keyness or collocation table.

    Args:
        table: From :func:`~analysis.discovery.keyness.keyness`,
            :func:`~analysis.discovery.collocations.collocations` or
            :func:`~analysis.discovery.collocations.actor_collocations`.
        source: What made the table, for the header (a command line).
        top: How many rows become entries.
        name: The lexicon name in the stub.

    Example:
        >>> t = pd.DataFrame({"feature": ["انفصاليين"], "surface": ["الانفصاليين"], "statistic": [12.5],
        ...                   "measure": ["lr"], "n_target": [9], "n_reference": [1],
        ...                   "doc_id": ["d"], "start": [0], "end": [11]})
        >>> print(candidates_yaml(t, source="example").split("entries:\\n")[1], end="")
          candidates/c001:
          - lemma: انفصاليين
            note: 'surface: الانفصاليين; lr 12.5; n_target 9, n_reference 1; e.g. d:0-11'
    """
    if top < 1:
        raise AnalysisError("--top must be at least 1")
    entries = {}
    for i, row in enumerate(table.head(top).to_dict("records"), start=1):
        lemma = row.get("features") or row.get("feature")
        if not lemma:
            raise AnalysisError("the table has no feature column to take candidates from")
        entries[f"candidates/c{i:03d}"] = [{"lemma": str(lemma), "note": _evidence(row)}]
    if not entries:
        raise AnalysisError("no rows to take candidates from")
    body = {"name": name, "version": "0.0.0",
            "description": f"Uncurated candidates from {source}", "entries": entries}
    versions = json.dumps(table.attrs.get("versions", {}), ensure_ascii=False, sort_keys=True, default=str)
    header = _HEADER.format(source=source.replace("\n", " "), versions=versions.replace("\n", " "))
    return header + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=100)


def _evidence(row: dict) -> str:
    parts = []
    if row.get("collocation"):
        parts.append(f"as written: {row['collocation']}; count {row['count']}; lambda {row['lambda']:.3g}; "
                     f"z {row['z']:.3g}")
    elif row.get("actor"):
        parts.append(f"surface: {row['surface']}; near {row['actor']} in {row['group']}: n {row['n']}; "
                     f"logDice {row['log_dice']:.3g}; PMI {row['pmi']:.3g}")
    else:
        parts.append(f"surface: {row['surface']}; {row['measure']} {row['statistic']:.4g}; "
                     f"n_target {row['n_target']}, n_reference {row['n_reference']}")
    parts.append(f"e.g. {row['doc_id']}:{row['start']}-{row['end']}")
    return "; ".join(parts)


def write_candidates(table: pd.DataFrame, path: str | Path, *, source: str, top: int = 50,
                     force: bool = False) -> Path:
    """Write :func:`candidates_yaml` through :func:`analysis.outputs.write_text` (never inside a corpus)."""
    from analysis.outputs import write_text

    return write_text(path, candidates_yaml(table, source=source, top=top), force=force, what="lexicon candidates")


__all__ = ["candidates_yaml", "write_candidates"]
