"""Fixtures for the framing tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, SEED_ID, SHARED_DIR

GOLDEN = REPO_ROOT / "tests" / "golden" / "seed_framing.json"


@pytest.fixture(scope="session")
def seed_article() -> str:
    """The seed article from the corpus, else from ../shared/seed (skips if neither exists)."""
    for path in (REPO_ROOT / "corpus" / "texts" / f"{SEED_ID}.txt", SHARED_DIR / "seed" / f"{SEED_ID}.txt"):
        if path.exists():
            return path.read_bytes().decode("utf-8")
    pytest.skip("seed article not available")


@pytest.fixture(scope="session")
def golden() -> dict:
    return json.loads(Path(GOLDEN).read_text(encoding="utf-8"))
