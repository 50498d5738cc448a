"""Everything the validation notebook shows, computed here so the notebook only calls and plots."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.coding.agreement import agreement
from analysis.coding.evaluate import DISAGREEMENT_COLUMNS, SCORE_COLUMNS, evaluate_coding
from analysis.coding.store import ANNOTATIONS_DIR, load_coding

NO_CODING = "No human coding yet in {path}. Export a sheet with 'python -m analysis coding export', " \
            "have it coded, and import it with 'python -m analysis coding import SHEET --coder NAME'."


@dataclass(frozen=True)
class ValidationSummary:
    """Coding, reliability and accuracy of one corpus.

    Attributes:
        coders: One row per kind and coder: ``what, coder, sheets, items, sentences, added``.
        agreement: :func:`analysis.coding.agreement.agreement` (empty without coding).
        scores: :func:`analysis.coding.evaluate.evaluate_coding` scores against ``gold``
            (empty when that coder has coded nothing).
        disagreements: The errors behind ``scores``.
        message: What a reader should know first (no coding yet, one coder only ...).
    """

    coders: pd.DataFrame
    agreement: pd.DataFrame
    scores: pd.DataFrame
    disagreements: pd.DataFrame
    message: str


def validation_summary(corpus_dir: Path | str, *, gold: str = "gold") -> ValidationSummary:
    """Gather what ``notebooks/05_validation.ipynb`` reports.

    Args:
        corpus_dir: The corpus directory.
        gold: Coder to evaluate the system against.

    Example:
        >>> s = validation_summary("/nonexistent")
        >>> s.message.startswith("No human coding yet"), s.agreement.empty, s.scores.empty
        (True, True, True)
    """
    coding = load_coding(Path(corpus_dir))
    empty_scores = pd.DataFrame(columns=SCORE_COLUMNS)
    empty_dis = pd.DataFrame(columns=DISAGREEMENT_COLUMNS)
    if coding.empty:
        return ValidationSummary(pd.DataFrame(columns=["what", "coder", "sheets", "items", "sentences", "added"]),
                                 agreement(coding), empty_scores, empty_dis,
                                 NO_CODING.format(path=Path(corpus_dir) / ANNOTATIONS_DIR))
    coders = coding.groupby(["what", "coder"]).agg(
        sheets=("sheet", "nunique"),
        items=("row_type", lambda s: int((s == "item").sum())),
        sentences=("row_type", lambda s: int((s == "sentence").sum())),
        added=("row_type", lambda s: int((s == "added").sum())),
    ).reset_index()
    notes = []
    if coders.groupby("what")["coder"].nunique().max() < 2:
        notes.append("Agreement needs two coders of the same units; alpha is NaN until then.")
    if (coding["coder"] == gold).any():
        result = evaluate_coding(coding, gold=gold)
        scores, dis = result.scores, result.disagreements
    else:
        scores, dis = empty_scores, empty_dis
        notes.append(f"No coding by {gold!r}: no precision/recall yet.")
    return ValidationSummary(coders, agreement(coding), scores, dis, " ".join(notes) or "Human coding found.")


__all__ = ["ValidationSummary", "validation_summary", "NO_CODING"]
