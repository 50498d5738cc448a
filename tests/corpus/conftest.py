"""Helpers for corpus tests: tmp corpora, whole-tree hashes, the CLI."""

from __future__ import annotations

import hashlib
import importlib.util
import os
from pathlib import Path

import pytest

import analysis.__main__ as cli_main
from analysis.corpus import CorpusStore, NewDocument

def _root_conftest():
    # tests/conftest.py keeps SEED_ID and SEED_SHA256; load it by path because its
    # module name depends on pytest's import mode.
    spec = importlib.util.spec_from_file_location("_acn_root_conftest", Path(__file__).parents[1] / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_ROOT = _root_conftest()
SEED_ID, SEED_SHA256 = _ROOT.SEED_ID, _ROOT.SEED_SHA256
RIGHTS = "CC0-1.0 (synthetic test text)"
# synthetic
TEXT_A = "قصفت القوات مواقع في المدينة وأسفر القصف عن سقوط 5 قتلى.\n"
# synthetic
TEXT_B = "أعلنت الحكومة وقف إطلاق النار اعتبارا من اليوم الأربعاء."
# synthetic
TEXT_C = "قال مصدر عسكري إن المعارك مستمرة في الريف الشمالي."


def tree_hash(root: Path) -> str:
    """sha256 over every path, file mode and file content under root (dirs included)."""
    h = hashlib.sha256()
    if not root.exists():
        return "absent"
    for dirpath, dirnames, filenames in sorted(os.walk(root)):
        dirnames.sort()
        h.update(f"D {Path(dirpath).relative_to(root)}\n".encode())
        for name in sorted(filenames):
            path = Path(dirpath) / name
            h.update(f"F {path.relative_to(root)}\n".encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def new_doc(doc_id: str, text: str, **meta) -> NewDocument:
    return NewDocument(doc_id, text.encode("utf-8"), {"rights": RIGHTS, "language": "ar", **meta}, doc_id)


@pytest.fixture
def corpus(tmp_path: Path) -> CorpusStore:
    """A working-tree corpus with two synthetic documents, no release."""
    c = CorpusStore(tmp_path / "corpus")
    c.add([new_doc("a1", TEXT_A, published="2024-01-02", outlet="Test Outlet"), new_doc("b1", TEXT_B)])
    return c


@pytest.fixture
def released(corpus: CorpusStore) -> CorpusStore:
    corpus.release("0.1.0", date="2024-02-01")
    return corpus


@pytest.fixture
def run_cli(monkeypatch, capsys):
    """Run ``python -m analysis`` with only the corpus commands; returns (status, out, err).

    Other stages are built concurrently; registering only ours keeps these
    tests about this package.
    """
    monkeypatch.setattr(cli_main, "COMMAND_MODULES", ["analysis.corpus.cli"])

    def run(*argv: str) -> tuple[int, str, str]:
        status = cli_main.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return status, out, err

    return run
