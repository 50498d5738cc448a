"""Annotate a corpus with the Dask engine on a 2-worker LocalCluster and save its tables (run by test_dask.py).

A real file with a ``__main__`` guard: Dask's worker processes re-import the main module.
Usage: python tests/store/dask_tables.py CORPUS OUT_DIR; exit 77 when the cluster cannot start.
"""

import json
import sys
import time
from pathlib import Path

from analysis.errors import AnalysisError
from analysis.tables import TABLE_NAMES, corpus_tables

if __name__ == "__main__":
    corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
    started = time.perf_counter()
    try:
        tables = corpus_tables(corpus, "working", progress=False, backend="rules", engine="dask",
                               workers=2, shard_size=2)
    except AnalysisError as exc:
        if str(exc).startswith("cannot start a Dask LocalCluster"):
            print(exc, file=sys.stderr)
            sys.exit(77)
        raise
    out.mkdir(parents=True, exist_ok=True)
    for kind in TABLE_NAMES:
        tables.frame(kind).to_parquet(out / f"{kind}.parquet", index=False)
    (out / "run.json").write_text(json.dumps({"seconds": time.perf_counter() - started,
                                              "store": str(tables.store), "cached": tables.cached}))
