"""annotate(): one text in, one Annotation out, with offsets and versions."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pytest

from analysis.annotate import Pipeline, annotate
from tests.conftest import REPO_ROOT

# synthetic: a short report with a loaded term, a quote and a casualty figure.
SYNTHETIC = 'قال الجيش في بيان إن "الإرهابيين" قتلوا 3 مدنيين على الأقل في القصف.\nعنوان ثان'


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load(backend="rules")


@pytest.mark.parametrize("kind", ["terms", "actors", "casualties"])
def test_every_item_quotes_its_surface(pipeline, seed_text, kind):
    result = annotate(seed_text, doc_id="seed", pipeline=pipeline)
    items = getattr(result, kind)
    assert items, kind
    for item in items:
        assert seed_text[item.start:item.end] == item.text


def test_quote_offsets_are_inside_the_text(pipeline, seed_text):
    for quote in annotate(seed_text, pipeline=pipeline).quotes:
        assert 0 <= quote.start < quote.end <= len(seed_text)
        assert quote.content_start <= quote.content_end <= len(seed_text)


def test_to_dict_has_the_contract_fields_and_versions(pipeline):
    data = annotate(SYNTHETIC, doc_id="x", pipeline=pipeline).to_dict()
    assert {"versions", "tokens", "sentences", "terms", "actors", "quotes", "casualties"} <= set(data)
    versions = data["versions"]
    assert versions["backend"] == "rules"
    assert {"labels", "places"} <= set(versions["lexicons"])
    assert versions["actors"]["version"] and versions["cues"]["version"]
    assert [s["text"] for s in data["sentences"]][-1] == "عنوان ثان"
    for term in data["terms"]:
        assert {"start", "end", "text", "key", "lemma", "voice"} <= set(term)
    claim, = data["casualties"]
    assert (claim["category"], claim["value"], claim["hedge"]) == ("killed", 3, "at_least")


def test_annotation_is_deterministic(pipeline, seed_text):
    first = json.dumps(annotate(seed_text, pipeline=pipeline).to_dict(), ensure_ascii=False)
    second = json.dumps(annotate(seed_text, pipeline=pipeline).to_dict(), ensure_ascii=False)
    assert first == second


def test_a_user_lexicon_replaces_the_shipped_ones_and_shows_in_versions(tmp_path):
    lexicon = tmp_path / "mine.yml"
    lexicon.write_text('name: mine\nversion: "0.3.0"\nentries:\n  x/army:\n    - lemma: جيش\n',
                       encoding="utf-8")
    pipeline = Pipeline.load(lexicon_paths=[lexicon], backend="rules")
    result = annotate(SYNTHETIC, pipeline=pipeline)
    sha = hashlib.sha256(lexicon.read_bytes()).hexdigest()
    assert result.versions["lexicons"] == {"mine": {"version": "0.3.0", "sha256": sha}}
    assert [(t.text, t.key) for t in result.terms] == [("الجيش", "x/army")]


def test_cli_prints_one_json_object(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(SYNTHETIC, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "analysis", "annotate", "--text-file", str(path), "--format", "json",
         "--backend", "rules"],
        capture_output=True, text=True, cwd=REPO_ROOT, check=True,
    ).stdout
    data = json.loads(out)
    assert data["doc_id"] == "article" and data["tokens"] > 10
    assert any(t["key"] == "labels/terrorist" for t in data["terms"])
