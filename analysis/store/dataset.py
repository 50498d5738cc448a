"""Reading a store: one table as a DataFrame, or every table as a DuckDB view.

Only the files of finished shards (those with a done-marker) are read, in
shard order, so rows come out in the tables' sort order and a half-written
shard is invisible.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pandas as pd

from analysis.errors import AnalysisError
from analysis.store.layout import TABLES, StoreLayout


def read_table(where: Path | str, table: str, *, doc_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """Table ``table`` of the store at ``where``, optionally only the rows of ``doc_ids``.

    The columns and dtypes are those of :func:`analysis.store.columns.table_columns`
    and :func:`~analysis.store.columns.table_dtypes`, whatever the shards hold.

    Example:
        >>> import tempfile
        >>> list(read_table(tempfile.mkdtemp(), "quotes").columns[:3])
        ['doc_id', 'start', 'end']
    """
    import pyarrow.dataset as ds

    from analysis.store.columns import empty_frame

    _check(table)
    files = [str(p) for p in StoreLayout(Path(where)).part_files(table)]
    empty = empty_frame(table)
    if not files:
        return empty
    schema = _arrow_schema(empty)
    dataset = ds.dataset(files, format="parquet", schema=schema)
    wanted = None if doc_ids is None else ds.field("doc_id").isin(sorted(set(doc_ids)))
    frame = dataset.to_table(filter=wanted).to_pandas()
    return frame.reset_index(drop=True)


def connect(where: Path | str):
    """An in-memory DuckDB connection with every table of the store as a view.

    Views read the Parquet files of finished shards directly, so a query over
    a corpus of millions of articles never loads it into pandas.

    Args:
        where: The store folder (``CorpusTables.store``).

    Returns:
        A ``duckdb.DuckDBPyConnection``; views ``documents``, ``terms``,
        ``actors``, ``quotes`` and ``casualties``.

    Example:
        >>> import tempfile
        >>> con = connect(tempfile.mkdtemp())
        >>> con.sql("SELECT count(*) FROM casualties").fetchall()
        [(0,)]
    """
    import duckdb

    from analysis.store.columns import empty_frame

    layout = StoreLayout(Path(where))
    con = duckdb.connect()
    for table in TABLES:
        files = [p.as_posix() for p in layout.part_files(table)]
        if files:
            listing = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
            con.execute(f'CREATE VIEW "{table}" AS SELECT * FROM read_parquet([{listing}])')
        else:
            register_frames(con, {table: empty_frame(table)})
    return con


def register_frames(con, frames: dict[str, pd.DataFrame]):
    """Make each DataFrame of ``frames`` a view named after its key (tables held in memory)."""
    import pyarrow as pa

    for name, frame in frames.items():
        con.register(name, pa.Table.from_pandas(frame, preserve_index=False))
    return con


def _arrow_schema(frame: pd.DataFrame):
    import pyarrow as pa

    return pa.Schema.from_pandas(frame, preserve_index=False)


def _check(table: str) -> None:
    if table not in TABLES:
        raise AnalysisError(f"no table {table!r}; tables: {', '.join(TABLES)}")


__all__ = ["read_table", "connect", "register_frames"]
