"""Every path the package uses, in one place.

Package data (lexicons, actor registry) ships inside the package; the corpus
and reports live in the working directory so that a researcher's checkout is
the unit of reproducibility.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
LEXICON_DIR = PACKAGE_DIR / "lexicon" / "data"
ACTORS_FILE = PACKAGE_DIR / "framing" / "data" / "actors.yml"
CUES_FILE = PACKAGE_DIR / "framing" / "data" / "cues.yml"
ANNOTATIONS_DIR = "annotations"  # human coding, inside the corpus folder
CAMEL_STUB_DIR = PACKAGE_DIR / "text" / "camel_stub"

# Notebooks live in the checkout, not in the installed package: they are
# documents a researcher opens in JupyterLab.
NOTEBOOKS_DIR = PACKAGE_DIR.parent / "notebooks"

DEFAULT_CORPUS = Path("corpus")
DEFAULT_REPORTS = Path("reports")


def cache_dir(corpus_dir: Path) -> Path:
    """Where corpus-wide tables are cached: beside the corpus, never inside it.

    The corpus folder holds only data that is cited; derived tables go to a
    sibling ``.cache/tables/<corpus folder name>`` that can be deleted freely.
    """
    corpus_dir = Path(corpus_dir).resolve()
    return corpus_dir.parent / ".cache" / "tables" / corpus_dir.name
