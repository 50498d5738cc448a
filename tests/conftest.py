"""Fixtures shared by the whole suite.

``../shared`` (seed article, SaudiNewsNet) sits beside the checkout on
development machines and in CI, but not for every user: tests that need it
take these fixtures and skip cleanly when it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = Path(os.environ.get("ACN_SHARED_DIR", REPO_ROOT.parent / "shared"))
SEED_ID = "000_e3af78f8bd1dea90"
SEED_SHA256 = "7cda300c57458a3dcf5ac7976c0391cc84497b173c624fedd5b4fe729064c1d0"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED_DIR.is_dir():
        pytest.skip(f"{SHARED_DIR} is absent")
    return SHARED_DIR


@pytest.fixture(scope="session")
def saudinewsnet_dir(shared_dir: Path) -> Path:
    path = shared_dir / "data" / "saudinewsnet"
    if not any(path.glob("*.zip")):
        pytest.skip(f"no SaudiNewsNet zips in {path}")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article, read from the shipped corpus (committed, byte-exact)."""
    path = REPO_ROOT / "corpus" / "texts" / f"{SEED_ID}.txt"
    if not path.exists():
        pytest.skip("seed article not yet in corpus/texts")
    return path.read_bytes().decode("utf-8")
