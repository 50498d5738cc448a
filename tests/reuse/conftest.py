"""Fixtures for the reuse tests: a small corpus with one edited copy, and SaudiNewsNet samples."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from analysis.corpus import CorpusStore, NewDocument

# synthetic: a wire story and an outlet's edited copy of it. The copy swaps a
# label (الانفصاليين -> سلطات الإقليم), puts a phrase in scare quotes and
# changes a figure (32 -> 27); nothing else differs.
WIRE = (
    "أعلنت وزارة الدفاع الأذربيجانية أن قواتها بدأت عملية لمكافحة الإرهاب ضد الانفصاليين في الإقليم، "
    "وأسفرت المعارك عن مقتل 32 شخصا على الأقل. وقال المتحدث باسم الوزارة إن القوات تتقدم نحو "
    "المدينة وإن المدنيين غادروا القرى الحدودية خلال الليل بعد تحذيرات متكررة."
)  # synthetic
COPY = (
    "أعلنت وزارة الدفاع الأذربيجانية أن قواتها بدأت \"عملية لمكافحة الإرهاب\" ضد سلطات الإقليم في الإقليم، "
    "وأسفرت المعارك عن مقتل 27 شخصا على الأقل. وقال المتحدث باسم الوزارة إن القوات تتقدم نحو "
    "المدينة وإن المدنيين غادروا القرى الحدودية خلال الليل بعد تحذيرات متكررة."
)  # synthetic
OTHER = "قال الجيش في بيان إن الهدنة صامدة في الشمال منذ أسبوع ولم تسجل أي خروقات تذكر حتى الآن."  # synthetic


@pytest.fixture
def reuse_corpus(tmp_path) -> Path:
    """Released 0.1.0: ``w1`` (Wire, 2023-09-20), its copy ``c1`` (Copier, same day), ``o1`` unrelated."""
    root = tmp_path / "corpus"
    store = CorpusStore(root)
    meta = {"rights": "CC0-1.0", "language": "ar", "date_precision": "day", "date_source": "metadata"}
    store.add([
        NewDocument("w1", WIRE.encode("utf-8"), {**meta, "outlet": "Wire", "published": "2023-09-20"}, "w1"),
        NewDocument("c1", COPY.encode("utf-8"), {**meta, "outlet": "Copier", "published": "2023-09-20"}, "c1"),
        NewDocument("o1", OTHER.encode("utf-8"), {**meta, "outlet": "Copier", "published": "2023-09-21"}, "o1"),
    ])
    store.release("0.1.0", date="2024-01-01")
    return root


def saudinewsnet_sample(folder: Path, days: list[str]) -> list[tuple[str, str, str, str]]:
    """``(doc_id, text, outlet, published)`` of the articles of some SaudiNewsNet days (zips read directly)."""
    docs = []
    for day in days:
        with zipfile.ZipFile(folder / f"{day}.zip") as archive:
            for name in sorted(archive.namelist()):
                for n, row in enumerate(json.loads(archive.read(name))):
                    if (row.get("content") or "").strip():
                        docs.append((f"{day}_{n:05d}", row["content"], row.get("source") or "",
                                     (row.get("date_extracted") or "")[:10]))
    return docs
