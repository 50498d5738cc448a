"""What the benchmarks share: the seed article, SaudiNewsNet texts, and per-stage timing of annotate().

Benchmarks print numbers and never fail on speed. On a shared machine,
compare ratios measured in the same run, not absolute times. Single-process
timings here are CPU seconds of this process (``time.process_time``), so that
other load on the machine inflates them far less than wall-clock time.
"""

from __future__ import annotations

import json
import re
import sys
import time
import zipfile
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SHARED = REPO.parent / "shared"
SAUDINEWSNET = SHARED / "data" / "saudinewsnet"
SEED_ID = "000_e3af78f8bd1dea90"
STAGES = ("tokenize", "sentences", "lexicon", "framing", "casualties")


def seed_text() -> str:
    """The seed article: ``../shared/seed`` when present, else the shipped corpus copy (same bytes)."""
    for path in (SHARED / "seed" / f"{SEED_ID}.txt", REPO / "corpus" / "texts" / f"{SEED_ID}.txt"):
        if path.exists():
            return path.read_bytes().decode("utf-8")
    raise SystemExit("the seed article is in neither ../shared/seed nor corpus/texts")


def repeated(text: str, times: int) -> str:
    """``text`` ``times`` times, copies separated by a blank line (paragraphs of one long article)."""
    return "\n\n".join([text] * times)


def one_sentence(text: str) -> str:
    """``text`` with its sentence-ending punctuation and line breaks turned into spaces."""
    return re.sub(r"[.!?؟\n]+", " ", text)


def saudinewsnet_texts(data: Path = SAUDINEWSNET, max_docs: int | None = None) -> list[str]:
    """The non-empty ``content`` of SaudiNewsNet articles, in zip and file order."""
    texts: list[str] = []
    for z in sorted(data.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                if not name.endswith(".json"):
                    continue
                for article in json.loads(zf.read(name).decode("utf-8")):
                    content = article.get("content") or ""
                    if content.strip():
                        texts.append(content)
                        if max_docs and len(texts) >= max_docs:
                            return texts
    return texts


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` calls of ``fn``, in CPU seconds."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def stage_seconds(text: str, pipeline) -> tuple[dict[str, float], int]:
    """CPU seconds spent in each stage of :func:`analysis.annotate.annotate` on ``text``, and its token count.

    The stages are called exactly as ``annotate`` calls them, one after the other.
    """
    from analysis.casualties import extract_claims
    from analysis.framing import analyze_framing
    from analysis.text import split_sentences, tokenize

    seconds: dict[str, float] = {}
    clock = time.process_time()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.process_time()
        seconds[stage] = now - clock
        clock = now

    tokens = tokenize(text)
    lap("tokenize")
    sentences = split_sentences(text, tokens)
    lap("sentences")
    hits = pipeline.matcher.match(tokens, text=text)
    lap("lexicon")
    framing = analyze_framing(text, tokens, sentences, hits, registry=pipeline.registry,
                              backend=pipeline.backend, cues=pipeline.cues)
    lap("framing")
    extract_claims(text, tokens, sentences, quotes=framing.quotes, actor_mentions=framing.actors)
    lap("casualties")
    return seconds, len(tokens)


def per_token_us(seconds: float, tokens: int) -> float:
    return 1e6 * seconds / max(tokens, 1)
