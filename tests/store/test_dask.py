"""The Dask engine (2-worker LocalCluster) writes the same tables as the local engine."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.store import StoreLayout
from analysis.tables import TABLE_NAMES, corpus_tables

SCRIPT = Path(__file__).with_name("dask_tables.py")


def test_dask_local_cluster_gives_the_local_engines_tables(small_corpus, tmp_path):
    out = tmp_path / "dask"
    done = subprocess.run([sys.executable, str(SCRIPT), str(small_corpus), str(out)],
                          capture_output=True, text=True, timeout=600)
    if done.returncode == 77:
        pytest.skip(f"no Dask LocalCluster here: {done.stderr.strip()[-300:]}")
    assert done.returncode == 0, done.stderr[-3000:]
    run = json.loads((out / "run.json").read_text())
    assert not run["cached"]
    assert sorted(StoreLayout(Path(run["store"])).done_shards()) == list(range(7))

    local = corpus_tables(small_corpus, "working", progress=False, backend="rules", cache=False, workers=1)
    for kind in TABLE_NAMES:
        pd.testing.assert_frame_equal(pd.read_parquet(out / f"{kind}.parquet"), local.frame(kind), obj=kind)
