"""The on-disk layout of one annotation store, and its only writer and reader.

A store is a folder (under :func:`analysis.paths.cache_dir`, named by the
cache key)::

    versions.json                 the versions that made it (written first)
    plan.json                     {"format": 1, "shard_size": N}
    documents/part-000000.parquet one file per table per shard
    terms/part-000000.parquet
    ...
    _done/part-000000.json        written last, once every table of the shard is in place
    complete.json                 written once every shard is done

Shard ``k`` holds documents ``k*N .. (k+1)*N - 1`` in doc_id order. Every file
is written through :func:`analysis.outputs.write_bytes` (temporary file,
fsync, ``os.replace``), so a file is whole or absent; the done-marker comes
after the shard's tables, so a shard whose marker is missing is redone and
its files are never read. A crash therefore costs at most the shards in
flight.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.errors import AnalysisError
from analysis.outputs import write_bytes

STORE_FORMAT = 1
TABLES = ("documents", "terms", "actors", "quotes", "casualties")


def part_name(index: int) -> str:
    """File stem of shard ``index``.

    Example:
        >>> part_name(7)
        'part-000007'
    """
    return f"part-{index:06d}"


@dataclass(frozen=True)
class StoreLayout:
    """Paths and markers of the store at ``root``.

    Example:
        >>> import tempfile
        >>> s = StoreLayout(Path(tempfile.mkdtemp()) / "key")
        >>> s.done_shards(), s.is_complete()
        ({}, False)
    """

    root: Path

    def part_path(self, table: str, index: int) -> Path:
        return self.root / table / f"{part_name(index)}.parquet"

    def marker_path(self, index: int) -> Path:
        return self.root / "_done" / f"{part_name(index)}.json"

    # -- writing -----------------------------------------------------------
    def write_json(self, name: str, value: Any) -> None:
        """Write ``root/name`` atomically (sorted keys, so equal values give equal bytes)."""
        _write(self.root / name, json.dumps(value, sort_keys=True, indent=1).encode("utf-8"))

    def write_part(self, table: str, index: int, data: bytes) -> None:
        _write(self.part_path(table, index), data)

    def mark_done(self, index: int, summary: dict[str, Any]) -> None:
        """Record shard ``index`` as finished (after all of its tables are written)."""
        _write(self.marker_path(index), json.dumps(summary, sort_keys=True).encode("utf-8"))

    def mark_complete(self, n_shards: int, n_documents: int) -> None:
        self.write_json("complete.json", {"n_shards": n_shards, "n_documents": n_documents})

    # -- reading -----------------------------------------------------------
    def read_json(self, name: str) -> Any:
        try:
            return json.loads((self.root / name).read_bytes())
        except (OSError, ValueError):
            return None

    def is_complete(self) -> bool:
        complete = self.read_json("complete.json")
        if not isinstance(complete, dict):
            return False
        done = self.done_shards()
        return len(done) == complete.get("n_shards") and all(i in done for i in range(len(done)))

    def done_shards(self) -> dict[int, dict]:
        """Finished shards: index -> the summary recorded in its marker."""
        folder = self.root / "_done"
        if not folder.is_dir():
            return {}
        done = {}
        for marker in folder.glob("part-*.json"):
            try:
                index = int(marker.stem.removeprefix("part-"))
                done[index] = json.loads(marker.read_bytes())
            except (ValueError, OSError):
                continue  # not a marker this module wrote: ignore it
        return done

    def part_files(self, table: str) -> list[Path]:
        """The table's files of finished shards, in shard order (the order of the rows)."""
        return [self.part_path(table, i) for i in sorted(self.done_shards())]


def _write(path: Path, data: bytes) -> None:
    try:
        write_bytes(path, data, force=True, what="annotation store file")
    except AnalysisError as exc:
        raise AnalysisError(f"cannot write the annotation store at {path.parent}: {exc}") from None


__all__ = ["StoreLayout", "STORE_FORMAT", "TABLES", "part_name"]
