"""Report layer: summaries, bilingual figures, citable tables, methods text.

The notebooks in ``notebooks/`` and ``python -m analysis report`` share
this code, so a figure in a paper and the notebook a reviewer re-runs come
from the same function::

    summaries.py  CorpusTables frames -> small, sorted summary DataFrames
    figures.py    summary DataFrame -> matplotlib Figure (Arabic + English labels)
    tables.py     DataFrame -> byte-stable CSV and LaTeX; KWIC display
    methods.py    versions and provenance -> methods.md, CITATION.cff, BibTeX
    build.py      the whole ``reports/<version>/`` folder, notebooks included
    cli.py        ``python -m analysis report``

Importing the package is cheap: matplotlib and nbclient load only when a
figure or notebook is actually made.
"""
