"""The store key covers the package's own code, so edited code never reads results of the old code."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from analysis.paths import PACKAGE_DIR
from analysis.store.codehash import _cached, code_sha256, source_files
from tests.conftest import REPO_ROOT
from tests.store.conftest import make_corpus

PROBE = (
    "import json, sys, analysis\n"
    "from analysis.tables import corpus_tables\n"
    "t = corpus_tables(sys.argv[1], 'working', progress=False, backend='rules')\n"
    "print(json.dumps({'package': analysis.__file__, 'cached': t.cached, 'claims': len(t.casualties),\n"
    "                  'code': t.versions['code_sha256']}))\n"
)


def _run(package_parent, corpus):
    env = {**os.environ, "PYTHONPATH": str(package_parent)}
    done = subprocess.run([sys.executable, "-c", PROBE, str(corpus)], capture_output=True, text=True,
                          env=env, cwd=package_parent)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_cache_is_not_used_after_editing_casualties_lexicon(tmp_path):
    """Issue 10: after editing casualties/lexicon.py, corpus_tables answered cached=True for the old code."""
    copy = tmp_path / "checkout"
    shutil.copytree(PACKAGE_DIR, copy / "analysis", ignore=shutil.ignore_patterns("__pycache__"))
    corpus = make_corpus(tmp_path / "corpus", 2)

    first = _run(copy, corpus)
    assert first["package"].startswith(str(copy)) and not first["cached"] and first["claims"]
    assert _run(copy, corpus)["cached"]

    lexicon = copy / "analysis" / "casualties" / "lexicon.py"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# an edit that changes no rule\n",
                       encoding="utf-8")
    edited = _run(copy, corpus)
    assert not edited["cached"] and edited["code"] != first["code"]
    assert edited["claims"] == first["claims"]
    assert _run(copy, corpus)["cached"]


def test_code_hash_follows_sources_and_data_files_only(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub" / "data").mkdir(parents=True)
    (package / "a.py").write_text("x = 1\n")
    (package / "sub" / "data" / "rules.yml").write_text("version: 1\n")
    hashes = [_cached(package)]
    (package / "sub" / "__pycache__").mkdir()
    (package / "sub" / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")
    (package / "notes.bak").write_text("ignored")
    _cached.cache_clear()
    hashes.append(_cached(package))
    (package / "sub" / "data" / "rules.yml").write_text("version: 2\n")
    _cached.cache_clear()
    hashes.append(_cached(package))
    (package / "sub" / "data" / "rules.yml").rename(package / "sub" / "data" / "other.yml")
    _cached.cache_clear()
    hashes.append(_cached(package))
    _cached.cache_clear()
    assert hashes[0] == hashes[1] and len(set(hashes[1:])) == 3


def test_every_source_and_shipped_data_file_is_hashed():
    names = {p.relative_to(PACKAGE_DIR).as_posix() for p in source_files()}
    assert {"casualties/lexicon.py", "tables.py", "framing/data/actors.yml", "lexicon/data/labels.yml"} <= names
    assert not any("__pycache__" in n for n in names)
    assert code_sha256() == code_sha256(REPO_ROOT / "analysis")
