"""``python -m analysis reuse``."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pyarrow.parquet as pq

from analysis import schemas
from analysis.exports import read_versions


def _run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "analysis", "reuse", *args], capture_output=True,
                          text=True, cwd=cwd)


def test_help_ends_with_an_example(repo_root):
    done = _run("--help", cwd=repo_root)
    assert done.returncode == 0
    assert done.stdout.rstrip().splitlines()[-1].strip().startswith("python -m analysis reuse")


def test_writes_reuse_edits_and_clusters_with_versions(reuse_corpus, tmp_path, repo_root):
    out, edits, clusters = tmp_path / "reuse.csv", tmp_path / "edits.csv", tmp_path / "clusters.csv"
    done = _run("--corpus", str(reuse_corpus), "--backend", "rules", "--format", "csv", "--out", str(out),
                "--edits", str(edits), "--clusters", str(clusters), cwd=repo_root)
    assert done.returncode == 0, done.stderr
    pairs = pd.read_csv(out)
    assert pairs[["doc_a", "doc_b"]].values.tolist() == [["c1", "w1"]]
    assert list(pairs.columns[:7]) == ["doc_a", "doc_b", "jaccard", "containment", "containment_b_in_a",
                                       "cluster", "n_changed_tokens"]
    assert len(pd.read_csv(edits)) == 3
    assert set(pd.read_csv(clusters)["doc_id"]) == {"c1", "w1"}
    assert read_versions(out)["reuse"]["threshold"] == 0.5
    assert read_versions(edits)["reuse"]["shingle"] == 5
    for path, kind in ((out, "reuse_pairs"), (edits, "reuse_edits"), (clusters, "reuse_clusters")):
        assert schemas.problems(path, kind) == [], kind


def test_parquet_carries_the_parameters(reuse_corpus, tmp_path, repo_root):
    out = tmp_path / "reuse.parquet"
    done = _run("--corpus", str(reuse_corpus), "--threshold", "0.7", "--shingle", "4", "--num-perm", "64",
                "--format", "parquet", "--out", str(out), cwd=repo_root)
    assert done.returncode == 0, done.stderr
    meta = json.loads(pq.read_schema(out).metadata[b"analysis.versions"])
    assert {k: meta["reuse"][k] for k in ("threshold", "shingle", "num_perm")} == \
        {"threshold": 0.7, "shingle": 4, "num_perm": 64}


def test_errors_are_one_line(reuse_corpus, tmp_path, repo_root):
    for args, message in [
        (["--threshold", "0"], "error: --threshold must be above 0"),
        (["--version", "9.9.9"], "error: no release 9.9.9"),
        (["--format", "parquet"], "error: --format parquet needs --out FILE"),
        (["--out", str(reuse_corpus / "reuse.csv")], "error: "),
        (["--out", str(tmp_path / "x.csv"), "--edits", str(tmp_path / "x.csv")], "error: --out, --edits"),
    ]:
        done = _run("--corpus", str(reuse_corpus), *args, cwd=repo_root)
        assert done.returncode == 1, args
        assert done.stderr.startswith(message) and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert not (reuse_corpus / "reuse.csv").exists()


def test_an_existing_output_is_replaced_only_with_force(reuse_corpus, tmp_path, repo_root):
    out = tmp_path / "reuse.csv"
    out.write_text("keep me")
    done = _run("--corpus", str(reuse_corpus), "--out", str(out), cwd=repo_root)
    assert done.returncode == 1 and out.read_text() == "keep me"
    done = _run("--corpus", str(reuse_corpus), "--out", str(out), "--force", cwd=repo_root)
    assert done.returncode == 0 and out.read_text().startswith("doc_a,doc_b")
