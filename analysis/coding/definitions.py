"""The written codebook: definitions, examples and decision rules, from one YAML file.

``analysis/coding/data/codebook.yml`` defines every variable of
:data:`analysis.coding.codebook.SCHEMES`, each closed label with a definition
and an Arabic example, and the decision rules for hard cases. The same
definitions go into every sheet's ``.schema.json`` and into the Markdown
codebook (:func:`codebook_markdown`, ``python -m analysis coding codebook``),
so coders, reviewers and the tool read one text. The file is validated on
load: every variable and label of the schemes is defined, and nothing else.

Example:
    >>> book = load_definitions()
    >>> book.label("casualties", "category", "killed")["definition"][:20]
    'People reported dead'
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from analysis.coding.codebook import NONE, SCHEMES
from analysis.datafiles import compose_yaml
from analysis.errors import AnalysisError

CODEBOOK_FILE = Path(__file__).resolve().parent / "data" / "codebook.yml"


@dataclass(frozen=True)
class Definitions:
    """The parsed codebook file.

    Attributes:
        version: The file's version.
        sha256: sha256 of the file's bytes.
        kinds: ``what -> {"description", "variables": {name -> {...}}}``.
        rules: Decision rules, each ``{"title", "rule", "example"}``.
    """

    version: str
    sha256: str
    kinds: dict[str, Any]
    rules: list[dict[str, str]]

    def variable(self, what: str, name: str) -> dict[str, Any]:
        """The definition of one variable."""
        return self.kinds[what]["variables"][name]

    def label(self, what: str, name: str, label: str) -> dict[str, str]:
        """The definition and example of one label of a closed variable."""
        return self.variable(what, name)["labels"][label]


def _line(node: yaml.Node | None) -> str:
    return f":{node.start_mark.line + 1}" if node is not None else ""


def _check(path: Path, data: Any, root: yaml.Node | None) -> None:
    def fail(problem: str) -> AnalysisError:
        return AnalysisError(f"{path}{_line(root)}: {problem}")

    if not isinstance(data, dict) or not isinstance(data.get("kinds"), dict):
        raise fail("expected a mapping with name, version, kinds and decision_rules")
    if not isinstance(data.get("version"), str):
        raise fail("version must be a string like 1.0.0")
    for what, sch in SCHEMES.items():
        kind = data["kinds"].get(what)
        if not isinstance(kind, dict) or not isinstance(kind.get("variables"), dict):
            raise fail(f"kinds.{what}: missing, or without variables")
        defined = kind["variables"]
        names = [v.name for v in sch.variables]
        for name in set(defined) - set(names):
            raise fail(f"kinds.{what}.variables.{name}: not a variable of the {what} scheme ({', '.join(names)})")
        for var in sch.variables:
            entry = defined.get(var.name)
            if not isinstance(entry, dict) or not str(entry.get("definition", "")).strip():
                raise fail(f"kinds.{what}.variables.{var.name}: needs a definition")
            labels = entry.get("labels") or {}
            wanted = set(var.labels or ())
            if set(labels) != wanted:
                missing, extra = sorted(wanted - set(labels)), sorted(set(labels) - wanted)
                raise fail(f"kinds.{what}.variables.{var.name}: labels differ from the scheme "
                           f"(missing: {', '.join(missing) or '-'}; not in the scheme: {', '.join(extra) or '-'})")
            for label, body in labels.items():
                if not isinstance(body, dict) or not body.get("definition") or not body.get("example"):
                    raise fail(f"kinds.{what}.variables.{var.name}.labels.{label}: needs definition and example")
    rules = data.get("decision_rules")
    if not isinstance(rules, list) or not all(isinstance(r, dict) and r.get("title") and r.get("rule")
                                              for r in rules):
        raise fail("decision_rules must be a list of {title, rule, example}")


@lru_cache(maxsize=4)
def load_definitions(path: Path = CODEBOOK_FILE) -> Definitions:
    """Read and validate the codebook file (cached per path).

    Raises:
        AnalysisError: ``FILE:LINE: problem`` for a malformed or incomplete file.
    """
    root = compose_yaml(path, what="codebook file")
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    _check(Path(path), data, root)
    sha = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    return Definitions(data["version"], sha, data["kinds"], data["decision_rules"])


def codebook_markdown(book: Definitions | None = None) -> str:
    """The whole codebook as Markdown: kinds, variables, labels, decision rules.

    Example:
        >>> print(codebook_markdown().splitlines()[0])
        # Coding codebook
    """
    book = book or load_definitions()
    lines = ["# Coding codebook", "",
             f"Codebook version {book.version} (`analysis/coding/data/codebook.yml`, sha256 {book.sha256[:12]}). "
             "Generated by `python -m analysis coding codebook`; coding sheets carry the same definitions in "
             "their `.schema.json`. Examples are constructed to illustrate each label.", "",
             "## Conventions", "",
             "- A blank cell is *not coded* (missing); `none` means the variable does not apply.",
             "- Booleans are `yes` / `no`; several labels are joined by `|`; numbers are ASCII digits.",
             "- `code_item`: `yes` for a real item, `no` for a false detection. Items the tool missed are "
             "added as rows of type `added` (or on a random sentence row) and count in agreement.", ""]
    for what, sch in SCHEMES.items():
        kind = book.kinds[what]
        lines += [f"## {what}", "", kind["description"], ""]
        for var in sch.variables:
            entry = book.variable(what, var.name)
            lines += [f"### `{var.name}` ({var.level})", "", entry["definition"].strip()]
            if entry.get("example"):
                lines += ["", f"Example: {entry['example']}"]
            if var.labels:
                lines += ["", "| label | definition | example |", "|---|---|---|"]
                for label in var.labels:
                    body = entry["labels"][label]
                    lines.append(f"| `{label}` | {body['definition']} | {body['example']} |")
                lines.append(f"| `{NONE}` | the variable does not apply | |")
            lines.append("")
    lines += ["## Decision rules for hard cases", ""]
    for rule in book.rules:
        lines += [f"### {rule['title']}", "", rule["rule"].strip()]
        if rule.get("example"):
            lines += ["", f"Example: {rule['example']}"]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


__all__ = ["CODEBOOK_FILE", "Definitions", "load_definitions", "codebook_markdown"]
