"""The report's data dictionary: the Frictionless schemas of the corpus tables behind it.

Every number in a report comes from the corpus tables (documents, terms,
actors, quotes, casualties). The report carries their schemas from
:mod:`analysis.schemas` -- the same files every export is validated
against -- as ``data_dictionary/<table>.json`` and, for reading,
``data_dictionary.md``. ``tables/casualty_claims.csv`` is the casualties
table itself and validates against ``data_dictionary/casualties.json``.

Example:
    >>> print(markdown(["documents"]).splitlines()[2])
    ## documents
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from analysis.outputs import write_text

TABLES = ("documents", "terms", "actors", "quotes", "casualties")
"""The corpus tables a report is computed from (see :mod:`analysis.tables`)."""
SCHEMA_OF = {"casualty_claims": "casualties"}
"""Report tables that are a corpus table, and the schema they follow."""


def markdown(kinds: Iterable[str] = TABLES) -> str:
    """The data dictionary as Markdown: one section per table, one row per column."""
    from analysis import schemas

    lines = ["# Data dictionary", ""]
    for kind in kinds:
        schema = schemas.load(kind)
        lines += [f"## {kind}", "", schema.get("description", ""), "",
                  "| column | type | description |", "|---|---|---|"]
        lines += [f"| `{f['name']}` | {f['type']} | {f['description'].replace('|', '/')} |"
                  for f in schema["fields"]]
        lines.append("")
    return "\n".join(lines)


def write(folder: Path, kinds: Iterable[str] = TABLES) -> list[Path]:
    """Write ``data_dictionary/<table>.json`` and ``data_dictionary.md`` into a report folder."""
    from analysis import schemas

    kinds = list(kinds)
    written = [write_text(folder / "data_dictionary" / f"{kind}.json",
                          json.dumps(schemas.load(kind), ensure_ascii=False, indent=1) + "\n",
                          what="data dictionary") for kind in kinds]
    written.append(write_text(folder / "data_dictionary.md", markdown(kinds), what="data dictionary"))
    return written
