"""The annotation store: corpus-wide tables as a partitioned Parquet dataset.

:func:`analysis.tables.corpus_tables` annotates a corpus version into a store
under :func:`analysis.paths.cache_dir`, in a folder named by the cache key
(the corpus manifest, every data file's version and sha256, and
:func:`code_sha256` of the package itself), and reads it back lazily.

Modules::

    columns.py   column order and dtypes; annotations to typed table rows
    codehash.py  the hash of the package's own code and data files
    layout.py    the folder layout, atomic writes, done-markers
    shards.py    annotate one shard and write its tables (the unit of work)
    engines.py   build_store: stream documents into shards; local or Dask engine
    cluster.py   Dask client / LocalCluster
    dataset.py   read_table (pyarrow.dataset) and connect (DuckDB views)

Example:
    >>> import tempfile
    >>> con = connect(tempfile.mkdtemp())
    >>> con.sql("SELECT outlet, count(*) FROM casualties GROUP BY 1").fetchall()
    []
"""

from analysis.store.codehash import code_sha256
from analysis.store.dataset import connect, read_table
from analysis.store.engines import DEFAULT_SHARD_SIZE, ENGINES, build_store
from analysis.store.layout import TABLES, StoreLayout

__all__ = ["build_store", "connect", "read_table", "code_sha256", "StoreLayout", "TABLES",
           "DEFAULT_SHARD_SIZE", "ENGINES"]
