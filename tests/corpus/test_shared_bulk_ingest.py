"""Bulk ingest of the real SaudiNewsNet zips (skipped when ../shared is absent).

Nothing from SaudiNewsNet is written outside tmp_path.
"""

import resource
import sys
import time

import pytest

from analysis.corpus import CorpusStore

SNN_MAP = "text=content,title=title,url=url,outlet=source,published=date_extracted,retrieved=date_extracted"
SNN_RIGHTS = "CC BY-NC-SA 4.0; research use only; articles owned by their newspapers (SaudiNewsNet)"


def _ingest(run_cli, zips, corpus_dir):
    return run_cli("corpus", "add", *zips, "--corpus", corpus_dir, "--map", SNN_MAP, "--id-prefix", "snn",
                   "--date-source", "inferred", "--rights", SNN_RIGHTS, "--skip-invalid",
                   "--notes", "published = SaudiNewsNet date_extracted (extraction date)")


@pytest.mark.shared
def test_one_zip(run_cli, saudinewsnet_dir, tmp_path):
    zip_path = sorted(saudinewsnet_dir.glob("*.zip"))[0]
    status, out, err = _ingest(run_cli, [zip_path], tmp_path / "c")
    assert status == 0, err
    corpus = CorpusStore(tmp_path / "c")
    df = corpus.metadata()
    assert len(df) > 2000 and "added" in out
    assert set(df["date_source"]) == {"inferred"} and set(df["language"]) == {"ar"}
    assert (df["outlet"] != "").all() and df["url"].str.startswith("http").all()
    assert corpus.validate() == []
    # re-ingesting is idempotent: every row is now a duplicate (or still invalid)
    status, out, err = _ingest(run_cli, [zip_path], tmp_path / "c")
    assert status == 0 and "added 0 document(s)" in out


@pytest.mark.shared
@pytest.mark.slow
def test_full_ingest(run_cli, saudinewsnet_dir, tmp_path):
    zips = sorted(saudinewsnet_dir.glob("*.zip"))
    start = time.perf_counter()
    status, out, err = _ingest(run_cli, zips, tmp_path / "c")
    wall = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert status == 0, err
    corpus = CorpusStore(tmp_path / "c")
    n = len(corpus.metadata())
    print(f"\nSaudiNewsNet full ingest: {n} documents in {wall:.1f} s; process peak RSS {peak_mib:.0f} MiB\n{out}",
          file=sys.stderr)
    # 31,030 rows less empty texts and exact duplicates
    assert 29_000 < n < 31_030
    start = time.perf_counter()
    assert corpus.validate() == []
    corpus.release("0.1.0", date="2024-01-01")
    assert corpus.verify() == []
    print(f"validate + release + verify: {time.perf_counter() - start:.1f} s", file=sys.stderr)
