"""Reading release manifests safely: JSON schema first, then integrity.

A manifest (``releases/<version>.json``, described in
:mod:`analysis.corpus.releases`) is read only through :func:`load_manifest`,
which turns every kind of damage (invalid JSON, ``{}``, ``[]``, a missing
key, a wrong type, an unsafe doc id) into one :class:`AnalysisError` line.

Integrity: since this format, a manifest carries ``content_sha256``, the
sha256 of its own canonical bytes without that key (:func:`content_sha256`),
and the next release records the parent manifest file's sha256 as
``parent_manifest_sha256`` (the git tag message records it too). An edited
``n_documents`` or a deleted entry therefore no longer verifies. Manifests
cut before this format have neither key; they are checked by the schema and
by their successors only.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import fastjsonschema
from fastjsonschema import JsonSchemaValueException

from analysis.corpus.ids import ID_PATTERN, check_id, text_sha256
from analysis.corpus.metadata import SEMVER_PATTERN, SHA256_PATTERN
from analysis.errors import AnalysisError

_SHA = {"type": "string", "pattern": SHA256_PATTERN}


def _file_ref(path: str) -> dict:
    return {"type": "object", "required": ["path", "sha256"], "additionalProperties": False,
            "properties": {"path": {"const": path}, "sha256": _SHA}}


MANIFEST_SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "title": "Corpus release manifest",
    "type": "object",
    "required": ["version", "date", "parent", "message", "n_documents", "metadata", "datapackage", "documents"],
    "additionalProperties": False,
    "properties": {
        "version": {"type": "string", "pattern": SEMVER_PATTERN},
        "date": {"type": "string", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
        "parent": {"type": ["string", "null"], "pattern": SEMVER_PATTERN},
        "parent_manifest_sha256": {"type": ["string", "null"], "pattern": SHA256_PATTERN},
        "message": {"type": "string"},
        "n_documents": {"type": "integer", "minimum": 0},
        "metadata": _file_ref("metadata.csv"),
        "datapackage": _file_ref("datapackage.json"),
        "documents": {
            "type": "object",
            "propertyNames": {"pattern": ID_PATTERN},
            "additionalProperties": {
                "type": "object", "required": ["sha256", "meta_sha256"], "additionalProperties": False,
                "properties": {"sha256": _SHA, "meta_sha256": _SHA},
            },
        },
        "content_sha256": _SHA,
    },
}


def content_sha256(manifest: dict) -> str:
    """sha256 of a manifest's canonical bytes without its ``content_sha256`` key.

    Example:
        >>> content_sha256({"version": "0.1.0"}) == content_sha256({"version": "0.1.0", "content_sha256": "x"})
        True
    """
    from analysis.corpus.releases import manifest_bytes

    return text_sha256(manifest_bytes({k: v for k, v in manifest.items() if k != "content_sha256"}))


_ID_RE, _SHA_RE = re.compile(ID_PATTERN), re.compile(SHA256_PATTERN)


@functools.lru_cache(maxsize=1)
def _validator():
    # fastjsonschema compiles the schema once (draft 7); jsonschema costs ~1 s of import per command.
    return fastjsonschema.compile(MANIFEST_SCHEMA)
_ENTRY_KEYS = {"sha256", "meta_sha256"}


def _documents_conform(documents: object) -> bool:
    # The "documents" part of MANIFEST_SCHEMA as one tight loop, for 31,000-document manifests;
    # anything it does not accept goes through the schema validator, which words the problem.
    if not isinstance(documents, dict):
        return False
    for doc_id, entry in documents.items():
        if not (_ID_RE.fullmatch(doc_id) and isinstance(entry, dict) and entry.keys() == _ENTRY_KEYS):
            return False
        if not all(isinstance(v, str) and _SHA_RE.fullmatch(v) for v in entry.values()):
            return False
    return True


def schema_problem(manifest: object) -> str | None:
    """The first problem :data:`MANIFEST_SCHEMA` (plus id, version and count checks) finds, or None.

    Example:
        >>> schema_problem([])
        'manifest must be object'
        >>> print(schema_problem({"version": 1}))  # doctest: +ELLIPSIS
        manifest must contain [...] properties
    """
    instance = manifest
    if isinstance(manifest, dict) and _documents_conform(manifest.get("documents")):
        instance = {**manifest, "documents": {}}  # the rest still goes through the schema
    try:
        _validator()(instance)
    except JsonSchemaValueException as exc:
        name = exc.name or "data"
        where = name.removeprefix("data").lstrip(".")
        message = exc.message.removeprefix(name).strip()
        message = message if len(message) <= 160 else message[:160] + "…"
        return f"{where or 'manifest'} {message}"
    try:
        for doc_id in manifest["documents"]:  # type: ignore[index]
            check_id(doc_id)
        from analysis.corpus.releases import parse_version

        parse_version(manifest["version"])  # type: ignore[index]
    except AnalysisError as exc:
        return str(exc)
    if manifest["n_documents"] != len(manifest["documents"]):  # type: ignore[index]
        return (f"n_documents is {manifest['n_documents']} but {len(manifest['documents'])} "  # type: ignore[index]
                "documents are listed")
    if "content_sha256" in manifest and manifest["content_sha256"] != content_sha256(manifest):  # type: ignore[arg-type]
        return "content_sha256 does not match the manifest's content (the manifest was edited)"
    return None


def load_manifest(path: Path, version: str) -> dict:
    """Read and check ``releases/<version>.json``.

    Raises:
        AnalysisError: One line: missing file, not a regular file, invalid
            JSON, schema violation, a version that is not the file's name, or
            a failed self-hash.
    """
    from analysis.corpus.safe_io import read_regular

    data = read_regular(path, what=f"releases/{version}.json")
    try:
        manifest = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise AnalysisError(f"releases/{version}.json is not valid JSON ({str(exc)[:120]})") from None
    problem = schema_problem(manifest)
    if problem:
        raise AnalysisError(f"releases/{version}.json is damaged: {problem}")
    if manifest["version"] != version:
        raise AnalysisError(f"releases/{version}.json is damaged: it says version {manifest['version']}")
    return manifest


__all__ = ["MANIFEST_SCHEMA", "content_sha256", "schema_problem", "load_manifest"]
