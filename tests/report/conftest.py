"""Fixtures for the report tests: hand-made corpus tables (no pipeline needed) and a copy of the shipped corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis.tables import COLUMNS, DOCUMENT_COLUMNS, CorpusTables

VERSIONS = {
    "corpus": "0.1.0", "corpus_manifest_sha256": "ab" * 32, "package": "0.1.0",
    "lexicons": {"labels": {"version": "1.0.0", "sha256": "cd" * 32}},
    "actors": {"name": "actors", "version": "0.2.0", "sha256": "ef" * 32},
    "backend": "rules", "backend_version": "1",
}


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=columns)
    return df


def make_tables(n_docs: int = 3) -> CorpusTables:
    """Small but complete tables: every figure has something to draw."""
    outlets = ["عكاظ", "الرياض", ""]  # synthetic
    docs = [{
        "doc_id": f"d{i}", "title": f"عنوان {i}" if i % 2 == 0 else "",  # synthetic
        "outlet": outlets[i % 3], "url": "" if i % 2 else f"https://example.org/{i}",
        "published": f"2015-07-{21 + i % 5:02d}", "date_precision": "day", "date_source": "metadata",
        "n_chars": 500 + 10 * i, "n_tokens": 90 + 3 * i, "n_sentences": 4 + i % 3,
    } for i in range(n_docs)]
    terms, actors, quotes, claims = [], [], [], []
    for i in range(n_docs):
        d = f"d{i}"
        terms += [
            {"doc_id": d, "start": 10, "end": 20, "text": "الإرهابيين", "key": "labels/terrorist",  # synthetic
             "sentence": 0, "voice": "reported", "quoted": True, "scare_quote": False, "so_called": False},
            {"doc_id": d, "start": 40, "end": 50, "text": "الانفصاليون", "key": "labels/separatist",  # synthetic
             "sentence": 1, "voice": "own", "quoted": False, "scare_quote": i % 2 == 0, "so_called": i % 3 == 0},
            {"doc_id": d, "start": 60, "end": 66, "text": "كاراباخ", "key": "places/karabakh",  # synthetic
             "sentence": 1, "voice": "own", "quoted": False, "scare_quote": False, "so_called": False},
        ]
        actors += [
            {"doc_id": d, "start": 12, "end": 20, "text": "الحوثيين", "actor": "houthis",  # synthetic
             "alias": "الحوثي", "labels": "militia|terrorist" if i % 2 else "militia", "sentence": 0},
            {"doc_id": d, "start": 70, "end": 80, "text": "الأمم المتحدة", "actor": "un",  # synthetic
             "alias": "الأمم المتحدة", "labels": "", "sentence": 1},
        ]
        quotes += [{"doc_id": d, "start": 0, "end": 30, "speaker": "un" if i % 2 else None,
                    "speaker_text": "", "cue": "قال", "kind": "direct",  # synthetic
                    "content_start": 5, "content_end": 25}]
        claims += [
            {"doc_id": d, "start": 100, "end": 110, "text": "مقتل 12 شخصا", "category": "killed",  # synthetic
             "value": 12 + i, "low": None, "high": None, "hedge": "at_least" if i % 2 else None,
             "group": None, "parent": None, "source": "ministry" if i % 2 else None,
             "perpetrator": "houthis" if i % 2 else None, "cause": None,
             "agency": "perpetrator" if i % 2 else "agentless"},
            {"doc_id": d, "start": 112, "end": 125, "text": "بينهم 5 أطفال", "category": "killed",  # synthetic
             "value": 5, "low": None, "high": None, "hedge": None, "group": "children",
             "parent": 100, "source": None, "perpetrator": None, "cause": None, "agency": "agentless"},
        ]
    return CorpusTables(
        versions=dict(VERSIONS),
        documents=_frame(docs, DOCUMENT_COLUMNS),
        terms=_frame(terms, COLUMNS["terms"]),
        actors=_frame(actors, COLUMNS["actors"]),
        quotes=_frame(quotes, COLUMNS["quotes"]),
        casualties=_frame(claims, COLUMNS["casualties"]),
    )


def empty_tables() -> CorpusTables:
    t = make_tables(0)
    return t


@pytest.fixture
def tables() -> CorpusTables:
    return make_tables(6)


@pytest.fixture
def empty() -> CorpusTables:
    return empty_tables()


@pytest.fixture
def corpus_copy(repo_root, tmp_path) -> Path:
    """A copy of the shipped corpus, so a test may write beside it."""
    if not (repo_root / "corpus" / "releases").is_dir():
        pytest.skip("the repository corpus has no release yet")
    dest = tmp_path / "corpus"
    shutil.copytree(repo_root / "corpus", dest)
    return dest
