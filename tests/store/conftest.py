"""Corpora for the store tests: the shipped seed plus synthetic documents, and a SaudiNewsNet sample."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import CorpusStore, NewDocument
from analysis.tables import TABLE_NAMES
from tests.conftest import REPO_ROOT

# synthetic: varied casualty, quote and label sentences (no two alike), for many small documents
_PLACES = ["حلب", "عدن", "الموصل", "تعز", "درعا", "صنعاء", "إدلب", "الرقة"]
_OUTLETS = ["okaz", "alriyadh", "sabq"]
_TEMPLATES = [
    "قال الجيش في بيان إن {n} مسلحين قتلوا في اشتباكات مع قوات الأمن في {p}.",
    "أعلنت وزارة الصحة مقتل {n} مدنيين وإصابة {m} آخرين في قصف على {p}.",
    "وصفت الحكومة المتمردين بـ\"الإرهابيين\" بعد هجوم في {p} أسفر عن سقوط {n} قتيلا.",
    "نقلت وكالة الأنباء عن مصدر أمني قوله: \"قتل {n} جنود في انفجار لغم قرب {p}\".",
]


def synthetic_texts(n: int) -> dict[str, str]:
    """``n`` distinct synthetic articles of two or three sentences each."""
    texts = {}
    for i in range(n):
        parts = [t.format(n=3 + i, m=10 + 2 * i, p=_PLACES[(i + j) % len(_PLACES)])
                 for j, t in enumerate(_TEMPLATES) if (i + j) % 4 != 0]
        texts[f"syn{i:03d}"] = " ".join(parts)
    return texts


def make_corpus(target: Path, n_synthetic: int, *, release: bool = False) -> Path:
    """The shipped corpus copied to ``target`` plus ``n_synthetic`` synthetic documents."""
    shutil.copytree(REPO_ROOT / "corpus", target)
    store = CorpusStore(target)
    store.add([
        NewDocument(doc_id, text.encode("utf-8"),
                    {"rights": "CC0-1.0 (synthetic test text)", "language": "ar",
                     "outlet": _OUTLETS[i % len(_OUTLETS)], "title": f"عنوان {i}",
                     "published": f"2024-01-{1 + i % 28:02d}"},
                    origin="test")
        for i, (doc_id, text) in enumerate(synthetic_texts(n_synthetic).items())
    ])
    if release:
        store.release("0.2.0", date="2024-02-01", message="synthetic documents for the store tests")
    return target


@pytest.fixture()
def small_corpus(tmp_path) -> Path:
    """The seed plus 12 synthetic documents (working tree)."""
    return make_corpus(tmp_path / "corpus", 12)


@pytest.fixture(scope="session")
def snn_sample(saudinewsnet_dir, tmp_path_factory) -> Path:
    """A released corpus of 120 SaudiNewsNet articles, spread over the first zip (stays in tmp)."""
    with zipfile.ZipFile(sorted(saudinewsnet_dir.glob("*.zip"))[0]) as zf:
        articles = [a for name in sorted(zf.namelist()) if name.endswith(".json")
                    for a in json.loads(zf.read(name).decode("utf-8"))]
    chosen = [a for a in articles if (a.get("content") or "").strip()][::7][:120]
    target = tmp_path_factory.mktemp("snn") / "corpus"
    store = CorpusStore(target)
    store.add([
        NewDocument(f"snn{i:04d}", a["content"].encode("utf-8"),
                    {"rights": "CC BY-NC-SA 4.0; research use only (SaudiNewsNet)", "language": "ar",
                     "outlet": a.get("source") or "", "title": (a.get("title") or "").strip(),
                     "published": a.get("date_extracted", "")[:10], "date_source": "inferred"},
                    origin="snn")
        for i, a in enumerate(chosen)
    ], duplicates="skip", invalid="skip")
    store.release("0.1.0", date="2015-08-12", message="SaudiNewsNet sample")
    return target


def one_pass_tables(corpus_dir: Path, version: str | None) -> dict[str, pd.DataFrame]:
    """Every table built in memory in one pass over all documents: the reference for the store."""
    from analysis.annotate import Pipeline, annotate
    from analysis.tables import ITEM_KINDS, annotation_rows, document_frame, document_row, item_frame

    pipeline = Pipeline.load(backend="rules")
    rows = {kind: [] for kind in ITEM_KINDS}
    doc_rows = []
    for doc in CorpusStore(corpus_dir).documents(version):
        result = annotation_rows(annotate(doc.text, doc_id=doc.doc_id, pipeline=pipeline), document=doc.meta)
        doc_rows.append(document_row(doc.doc_id, doc.text, doc.meta, result["n_tokens"], result["n_sentences"]))
        for kind in ITEM_KINDS:
            rows[kind].extend(result[kind])
    return {"documents": document_frame(doc_rows), **{k: item_frame(k, rows[k]) for k in ITEM_KINDS}}


def assert_same_tables(left, right) -> None:
    """Equal frames (values, dtypes, order) for every table; each side a CorpusTables or a dict."""
    for kind in TABLE_NAMES:
        a = left[kind] if isinstance(left, dict) else left.frame(kind)
        b = right[kind] if isinstance(right, dict) else right.frame(kind)
        pd.testing.assert_frame_equal(a, b, obj=kind)
