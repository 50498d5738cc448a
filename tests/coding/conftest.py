"""Fixtures for the coding tests: a small corpus and a tree hash to prove nothing changed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import CorpusStore, NewDocument
from tests.conftest import REPO_ROOT, SEED_ID, SEED_SHA256, SHARED_DIR

# synthetic: a made-up report, for tests only.
SYNTHETIC_TEXT = (
    "قال مسؤول إن 12 مدنيا قتلوا وأصيب 30 آخرون في القصف. "
    "وأعلن الجيش أن الانفصاليين هاجموا القرية. "
    "وعاد الهدوء إلى المدينة مساء أمس. "
    "ونزح 200 شخص من البلدة. "
    "وفقد 5 صيادين في البحر."
)  # synthetic


def make_corpus(root: Path, docs: dict[str, str]) -> Path:
    """A corpus at ``root`` holding ``docs`` (doc_id -> text)."""
    CorpusStore(root).add([NewDocument(doc_id, text.encode("utf-8"), {"rights": "CC0-1.0", "language": "ar"}, doc_id)
                      for doc_id, text in docs.items()])
    return root


def tree_hash(root: Path) -> str:
    """sha256 over every file's relative path and bytes under ``root``."""
    h = hashlib.sha256()
    for path in sorted(p for p in Path(root).rglob("*") if p.is_file()):
        h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def casualty_table(text: str, doc_id: str = "d1") -> pd.DataFrame:
    """The 'system output' for SYNTHETIC_TEXT: two right claims, one wrong category, one missed."""

    def claim(surface: str, category: str, value: int) -> dict:
        start = text.index(surface)
        return dict(doc_id=doc_id, start=start, end=start + len(surface), text=surface, category=category,
                    value=float(value), low=None, high=None, hedge="exact", group=None, parent=None,
                    source=None, perpetrator=None, cause=None, agency="agentless", sentence=0)

    return pd.DataFrame([claim("12 مدنيا", "killed", 12), claim("30 آخرون", "injured", 30),
                         claim("200 شخص", "killed", 200)])


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    return make_corpus(tmp_path / "corpus", {"d1": SYNTHETIC_TEXT})


@pytest.fixture(scope="session")
def seed_article() -> str:
    """The seed article: from the repo's corpus when committed, else from ../shared."""
    for path in (REPO_ROOT / "corpus" / "texts" / f"{SEED_ID}.txt", SHARED_DIR / "seed" / f"{SEED_ID}.txt"):
        if path.is_file():
            data = path.read_bytes()
            assert hashlib.sha256(data).hexdigest() == SEED_SHA256
            return data.decode("utf-8")
    pytest.skip("seed article is neither in corpus/texts nor in ../shared/seed")
