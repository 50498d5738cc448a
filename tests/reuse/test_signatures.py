"""Signatures do not depend on where they are computed."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.errors import AnalysisError
from analysis.reuse import signatures as S
from analysis.reuse.shingles import ReuseParams

# synthetic: numbered words, so every document is distinct.
DOCS = [(f"d{n:03d}", " ".join(f"كلمة{(n * 7 + w) % 90}" for w in range(30)), "x", "2015") for n in range(60)]


def _same(a, b):
    return a.infos == b.infos and np.array_equal(a.offsets, b.offsets) and np.array_equal(a.ids, b.ids) \
        and np.array_equal(a.values, b.values)


def test_processes_and_batches_give_the_same_signatures(monkeypatch):
    one = S.compute_signatures(DOCS, ReuseParams(), workers=1)
    monkeypatch.setattr(S, "BATCH", 16)
    monkeypatch.setattr(S, "CHUNK", 5)
    assert _same(one, S.compute_signatures(DOCS, ReuseParams(), workers=2))


@pytest.mark.slow
def test_dask_gives_the_same_signatures(monkeypatch):
    monkeypatch.setattr(S, "CHUNK", 20)
    one = S.compute_signatures(DOCS, ReuseParams(), workers=1)
    assert _same(one, S.compute_signatures(DOCS, ReuseParams(), workers=2, engine="dask"))


def test_unknown_engine_is_an_error():
    with pytest.raises(AnalysisError, match="unknown engine 'spark'"):
        S.compute_signatures(DOCS, ReuseParams(), engine="spark")
