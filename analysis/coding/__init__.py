"""Human coding: sheets, inter-coder reliability, evaluation of the automatic coding.

The workflow a paper reports (see ``python -m analysis coding --help``)::

    export_sheet(corpus, "casualties", Path("sheet.csv"), sample=200, seed=1, blind=True)  # coders fill code_*
    import_sheet(Path("sheet_rana.csv"), corpus, coder="rana")                  # validated, stored
    agreement_table(corpus)                 # Krippendorff's alpha per variable, bootstrap 95% interval
    evaluate(corpus, gold="rana").scores    # precision / recall / F1 per variable
    import_golden(corpus, golden_files)     # hand-made golden files as coder "gold"
    codebook_markdown()                     # the written codebook coders follow

Modules: :mod:`~analysis.coding.codebook` (variables and allowed values),
:mod:`~analysis.coding.definitions` (definitions, examples, decision rules,
from ``data/codebook.yml``), :mod:`~analysis.coding.sheets` (building sheets),
:mod:`~analysis.coding.export` (writing them, blind or not),
:mod:`~analysis.coding.validate` (checking a filled sheet),
:mod:`~analysis.coding.store` (import, storage), :mod:`~analysis.coding.agreement`,
:mod:`~analysis.coding.evaluate`, :mod:`~analysis.coding.golden`,
:mod:`~analysis.coding.summary` and :mod:`~analysis.coding.figures` (notebook).

Example:
    >>> from analysis.coding import scheme
    >>> scheme("terms").match_on
    ('key',)
"""

from analysis.coding.agreement import agreement, agreement_table
from analysis.coding.codebook import SCHEMES, WHATS, scheme
from analysis.coding.evaluate import Evaluation, evaluate, evaluate_coding
from analysis.coding.definitions import codebook_markdown
from analysis.coding.export import export_sheet
from analysis.coding.golden import import_golden
from analysis.coding.sheets import build_sheet
from analysis.coding.store import SheetError, import_sheet, load_coding
from analysis.coding.summary import ValidationSummary, validation_summary

__all__ = ["WHATS", "SCHEMES", "scheme", "build_sheet", "export_sheet", "import_sheet", "load_coding", "SheetError",
           "agreement", "agreement_table", "evaluate", "evaluate_coding", "Evaluation", "import_golden",
           "ValidationSummary", "validation_summary", "codebook_markdown"]
