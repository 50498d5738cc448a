"""kill -9 mid-add and mid-release, then recovery: nothing committed is ever lost.

Each case kills a real ``python -m analysis corpus ...`` subprocess with
SIGKILL at a named point of the transaction (``ANALYSIS_CRASH_AT``), then
recovers with ``corpus recover`` or lets the next writer do it, and checks
the whole tree hash: before the journal says ``committing`` recovery rolls
back to the exact previous tree; from then on it completes the operation,
giving exactly the tree of an uninterrupted run.
"""

from __future__ import annotations

import signal
import time

import pytest

from analysis.corpus import CorpusStore
from analysis.corpus.atomic import JOURNAL
from analysis.corpus.recover import stray_tmp_files

from .conftest import RIGHTS, TEXT_C, cli, new_doc, popen, released_bytes, tree_hash, twin

# (crash point, expected outcome); the add stages 3 texts, the archived 0.1.0 table and the new table.
ADD_POINTS = [
    ("staged:1", "before"), ("staged:4", "before"), ("journal-committing", "after"),
    ("placed:1", "after"), ("placed:3", "after"), ("placed:5", "after"),
    ("placed-all", "after"), ("backups-removed", "after"),
]
# The release stages the new table (added_in filled), CHANGELOG.md and the manifest
# (the add before it already archived the 0.1.0 table).
RELEASE_POINTS = [
    ("staged:1", "before"), ("staged:3", "before"), ("journal-committing", "after"),
    ("placed:1", "after"), ("placed:2", "after"), ("placed-all", "after"), ("backups-removed", "after"),
]
# The next writer (not 'corpus recover') recovers: a few points on each side of the commit.
NEXT_WRITER_POINTS = [("staged:4", "before"), ("journal-committing", "after"), ("placed:3", "after")]
ADD = ("corpus", "add", "{folder}", "--corpus", "{root}", "--rights", RIGHTS, "--no-progress")
RELEASE = ("corpus", "release", "0.2.0", "--corpus", "{root}", "--date", "2024-03-01", "--message", "three added")


def _args(template, store, folder=None):
    return [a.format(root=store.root, folder=folder) for a in template]


def _recover_and_check(store: CorpusStore, reference: CorpusStore, *, how: str, committed: dict) -> None:
    """Recover ``store`` and compare it with ``reference`` (the expected tree, prepared on a copy)."""
    if how == "recover":
        done = cli("corpus", "recover", "--corpus", store.root, check=True)
        assert "interrupted" in done.stdout, done.stdout
    else:  # the next writer recovers when it takes the lock; the reference gets the same write
        store.update("a1", notes="checked after the crash")
        reference.update("a1", notes="checked after the crash")
    assert not (store.root / JOURNAL).exists() and stray_tmp_files(store.root) == []
    assert tree_hash(store.root) == tree_hash(reference.root)
    assert store.validate() == []
    for v in store.versions():
        assert store.verify(v) == [], v
    now = released_bytes(store)
    assert {k: now[k] for k in committed} == committed  # every released byte survives


@pytest.mark.parametrize("point, outcome, how", [(p, o, "recover") for p, o in ADD_POINTS]
                         + [(p, o, "next-writer") for p, o in NEXT_WRITER_POINTS])
def test_kill_9_mid_add_is_recovered(base, tmp_path, point, outcome, how):
    folder = tmp_path / "new"
    committed = released_bytes(base)
    finished = twin(base, tmp_path / "finished")
    cli(*_args(ADD, finished, folder), check=True)
    reference = twin({"before": base, "after": finished}[outcome], tmp_path / "reference")

    done = cli(*_args(ADD, base, folder), crash_at=point)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert (base.root / JOURNAL).exists()  # the kill left an interrupted transaction
    _recover_and_check(base, reference, how=how, committed=committed)
    assert sorted(base.rows()) == (["a1", "b1"] if outcome == "before" else ["a1", "b1", "n1", "n2", "n3"])


@pytest.mark.parametrize("point, outcome", RELEASE_POINTS)
def test_kill_9_mid_release_is_recovered(base, tmp_path, point, outcome):
    cli(*_args(ADD, base, tmp_path / "new"), check=True)
    committed = released_bytes(base)
    finished = twin(base, tmp_path / "finished")
    cli(*_args(RELEASE, finished), check=True)
    reference = twin({"before": base, "after": finished}[outcome], tmp_path / "reference")

    done = cli(*_args(RELEASE, base), crash_at=point)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert (base.root / JOURNAL).exists()
    _recover_and_check(base, reference, how="recover", committed=committed)
    assert base.versions() == (["0.1.0"] if outcome == "before" else ["0.1.0", "0.2.0"])


def _bulk(tmp_path, n: int):
    import json

    path = tmp_path / "rows.jsonl"
    # synthetic
    rows = [{"t": f"نص تجريبي رقم {i} عن اشتباكات في المنطقة {i * 7}."} for i in range(n)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("kill_when", ["first-temp-file", "half-staged", "committing"])
def test_timed_kill_during_bulk_add_is_recovered(base, tmp_path, kill_when):
    """Killed from outside at a moment seen in the corpus (not at a hook)."""
    rows = _bulk(tmp_path, 120)
    args = ["corpus", "add", rows, "--corpus", base.root, "--rights", RIGHTS, "--map", "text=t", "--no-progress"]
    before = tree_hash(base.root)
    committed = released_bytes(base)
    finished = twin(base, tmp_path / "finished")
    cli(*[a if a != base.root else finished.root for a in args], check=True)
    after = tree_hash(finished.root)

    proc = popen(*args)
    texts = base.root / "texts"
    deadline = time.monotonic() + 240
    while proc.poll() is None and time.monotonic() < deadline:
        staged = sum(1 for p in texts.iterdir() if p.name.startswith(".tmp-")) if texts.is_dir() else 0
        journal = (base.root / JOURNAL).read_text() if (base.root / JOURNAL).exists() else ""
        if ((kill_when == "first-temp-file" and staged >= 1) or (kill_when == "half-staged" and staged >= 60)
                or (kill_when == "committing" and '"committing"' in journal)):
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.002)
    proc.wait()
    if proc.returncode == 0:
        pytest.skip(f"the add finished before the '{kill_when}' moment was seen (machine too fast)")
    assert proc.returncode == -signal.SIGKILL
    done = cli("corpus", "recover", "--corpus", base.root, check=True)
    assert tree_hash(base.root) in (before, after), done.stdout
    assert stray_tmp_files(base.root) == [] and base.validate() == [] and base.verify("0.1.0") == []
    assert {k: released_bytes(base)[k] for k in committed} == committed


def test_recover_without_journal_removes_old_temp_debris(base):
    """Debris like the old bulk-add crash left (texts/.tmp-*, .tmp-metadata.csv.*, archive/.tmp-*)."""
    before = tree_hash(base.root)
    (base.root / "archive").mkdir()
    for rel in ("texts/.tmp-x.txt.1.ab", ".tmp-metadata.csv.2.cd", "archive/.tmp-metadata-ee.csv.3.ef"):
        (base.root / rel).write_bytes(b"partial")
    problems = base.validate()
    assert sum("temporary file" in p for p in problems) == 3, problems
    done = cli("corpus", "recover", "--corpus", base.root, check=True)
    assert "removed 3 temporary file(s)" in done.stdout
    (base.root / "archive").rmdir()
    assert tree_hash(base.root) == before and base.validate() == []
    base.add([new_doc("c1", TEXT_C)])


ROLLBACK_SCRIPT = """
import os, sys
from pathlib import Path
import analysis.corpus.atomic as atomic
from analysis.corpus import CorpusStore
from tests.corpus.conftest import new_doc, TEXT_C
real, calls = os.replace, {"n": 0}
def failing(src, dst):
    calls["n"] += 1
    if calls["n"] == int(sys.argv[2]):
        raise OSError(28, "No space left on device")
    return real(src, dst)
atomic.os.replace = failing
CorpusStore(sys.argv[1]).add([new_doc("c1", TEXT_C), new_doc("d1", TEXT_C + " أمس")])  # synthetic
"""


# The add places c1, d1, the archived 0.1.0 table and the new table; os.replace number fail_at
# fails, and the process is killed after undoing kill_at of the placements (the rest still placed).
@pytest.mark.parametrize("fail_at, kill_at", [(3, "rollback-placed:1"), (4, "rollback-placed:2")])
def test_kill_9_during_an_in_process_rollback_is_rolled_back(base, fail_at, kill_at):
    """A commit fails (disk full) and the process is killed while undoing it: recovery finishes the undo."""
    import subprocess
    import sys

    from .conftest import REPO

    before = tree_hash(base.root)
    env = {"PYTHONPATH": str(REPO), "ANALYSIS_CRASH_AT": kill_at, "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", ROLLBACK_SCRIPT, str(base.root), str(fail_at)], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert '"rolling-back"' in (base.root / JOURNAL).read_text()
    assert "rolling-back" in base.recover().describe()
    assert tree_hash(base.root) == before and base.validate() == [] and base.verify("0.1.0") == []
