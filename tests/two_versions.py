"""A small corpus with one released and one unreleased document, for the API and CLI tests.

``r1`` is the seed article, released as 0.1.0 (outlet ``Alpha``, 2023-09-20);
``u1`` is a synthetic report added after the release (outlet ``Beta``,
2023-10-02), so it is in the working tree only.
"""

from __future__ import annotations

from pathlib import Path

from analysis.corpus import CorpusStore, NewDocument

# synthetic: a made-up report with a loaded term, a quote, an actor and casualty figures.
UNRELEASED_TEXT = (
    'قال الجيش الأذربيجاني في بيان إن "الانفصاليين" قتلوا 3 مدنيين على الأقل في القصف.\n'
    "وأعلن الانفصاليون أن 12 جنديا قتلوا وأصيب 30 آخرون.\n"
)  # synthetic

# A researcher's own lexicon: two keys of their own, nothing shipped.
MY_LEXICON = """\
name: mine
version: "0.3.0"
entries:
  x/army:
    - lemma: جيش
  x/separatist:
    - lemma: انفصالي
      forms: [الانفصاليين, الانفصاليون, انفصاليين]
"""


def make_two_version_corpus(root: Path, seed_text: str) -> Path:
    """The corpus described in the module docstring, at ``root``."""
    store = CorpusStore(root)
    meta = {"rights": "CC0-1.0", "language": "ar", "date_precision": "day", "date_source": "metadata"}
    store.add([NewDocument("r1", seed_text.encode("utf-8"),
                           {**meta, "outlet": "Alpha", "published": "2023-09-20", "title": "Seed"}, "r1")])
    store.release("0.1.0", date="2024-01-01")
    store.add([NewDocument("u1", UNRELEASED_TEXT.encode("utf-8"),
                           {**meta, "outlet": "Beta", "published": "2023-10-02", "title": "Later"}, "u1")])
    return root


def write_lexicon(folder: Path) -> Path:
    path = folder / "my.yml"
    path.write_text(MY_LEXICON, encoding="utf-8")
    return path
