"""Run the analysis notebooks headless, papermill-style, and export them as HTML.

The notebooks in ``notebooks/`` have one cell tagged ``parameters``
(``corpus_dir = "../corpus"``, ``corpus_version = None``; comments go on
their own lines, which papermill can parse). To run one on another corpus,
:func:`inject_parameters` adds a cell tagged ``injected-parameters`` right
after it -- exactly what papermill does, so
``papermill notebooks/01_corpus_overview.ipynb out.ipynb -p corpus_dir /tmp/snn``
and :func:`execute` give the same notebook. Only the parameters a notebook
declares are injected into it.

Paths given to the notebooks are relative to ``notebooks/`` (the kernels'
working folder) where possible, so an executed notebook's HTML does not
show the folders of the machine that built it.

Kernels always run with the Python that runs this code (the project's
``.venv``), whatever kernelspecs the user has installed, and with the
checkout on ``PYTHONPATH``, so ``import analysis`` works even without an
editable install.
"""

from __future__ import annotations

import asyncio
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from analysis.paths import NOTEBOOKS_DIR, PACKAGE_DIR

# The notebooks live in the checkout beside the package.


def _kernel_manager_class():
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.manager import AsyncKernelManager

    class VenvKernelManager(AsyncKernelManager):
        """An ipykernel on ``sys.executable``, ignoring installed kernelspecs."""

        @property
        def kernel_spec(self):  # noqa: D401 -- property
            return KernelSpec(
                argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                display_name="Python 3 (arabic-conflict-news)", language="python",
            )

    return VenvKernelManager


def notebook_paths(directory: Path | None = None) -> list[Path]:
    """Every ``*.ipynb`` in the notebooks folder, sorted by name.

    Example:
        >>> [p.name for p in notebook_paths()][:1]  # doctest: +SKIP
        ['01_corpus_overview.ipynb']
    """
    directory = Path(directory or NOTEBOOKS_DIR)
    return sorted(p for p in directory.glob("*.ipynb") if not p.name.startswith("."))


def declared_parameters(nb) -> list[str]:
    """Names assigned in a notebook's ``parameters`` cell (empty without one).

    Example:
        >>> import nbformat
        >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        ...     "# the corpus\\ncorpus_dir = '../corpus'\\ngold_coder = 'gold'",
        ...     metadata={"tags": ["parameters"]})])
        >>> declared_parameters(nb)
        ['corpus_dir', 'gold_coder']
    """
    import ast

    for cell in nb.cells:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            return [t.id for node in ast.parse(cell.source).body if isinstance(node, ast.Assign)
                    for t in node.targets if isinstance(t, ast.Name)]
    return []


def relative_to_notebooks(path: Path | str) -> str:
    """``path`` relative to the notebooks folder (the kernels' working folder).

    Absolute only when no relative path exists (another drive on Windows).

    Example:
        >>> relative_to_notebooks(NOTEBOOKS_DIR.parent / "corpus")
        '../corpus'
    """
    resolved = Path(path).expanduser().resolve()
    try:
        return Path(os.path.relpath(resolved, NOTEBOOKS_DIR.resolve())).as_posix()
    except ValueError:
        return str(resolved)


def inject_parameters(nb, parameters: dict[str, Any]):
    """Add a cell tagged ``injected-parameters`` after the ``parameters`` cell (as papermill).

    Without a ``parameters`` cell the new cell goes first. Values are written
    with :func:`repr`, so strings, numbers, ``None``, lists and dicts work.

    Example:
        >>> import nbformat
        >>> nb = nbformat.v4.new_notebook(cells=[
        ...     nbformat.v4.new_code_cell("x = 1", metadata={"tags": ["parameters"]}),
        ...     nbformat.v4.new_code_cell("print(x)")])
        >>> [c.source for c in inject_parameters(nb, {"x": 2}).cells]
        ['x = 1', '# Parameters\\nx = 2', 'print(x)']
    """
    import nbformat

    if not parameters:
        return nb
    source = "# Parameters\n" + "\n".join(f"{k} = {v!r}" for k, v in parameters.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    cells = [c for c in nb.cells if "injected-parameters" not in c.get("metadata", {}).get("tags", [])]
    at = next((i + 1 for i, c in enumerate(cells)
               if "parameters" in c.get("metadata", {}).get("tags", [])), 0)
    nb.cells = cells[:at] + [cell] + cells[at:]
    return nb


@dataclass
class Run:
    """One executed notebook: the notebook node, and the error if a cell failed."""

    path: Path
    notebook: Any
    error: str | None = None


def _kernel_env() -> dict[str, str]:
    env = dict(os.environ)
    root = str(PACKAGE_DIR.parent)
    env["PYTHONPATH"] = os.pathsep.join([root] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    env["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
    env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")  # silences a debugger warning in outputs
    return env


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


async def _run_one(path: Path, parameters: dict[str, Any], timeout: int, semaphore) -> Run:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(path, as_version=4)
    declared = declared_parameters(nb)
    if declared:
        parameters = {k: v for k, v in parameters.items() if k in declared}
    nb = inject_parameters(nb, parameters)
    client = NotebookClient(
        nb, timeout=timeout, kernel_name="python3", kernel_manager_class=_kernel_manager_class(),
        resources={"metadata": {"path": str(path.parent)}}, record_timing=False,
    )
    # The kernel's own stderr (startup warnings) stays out of the terminal;
    # it is quoted only when the kernel dies.
    async with semaphore:
        with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as log:
            try:
                await client.async_execute(env=_kernel_env(), cwd=str(path.parent), stderr=log)
            except CellExecutionError as exc:
                lines = [ln for ln in _ANSI.sub("", str(exc)).strip().splitlines() if ln.strip()]
                return Run(path, nb, lines[-1] if lines else "cell failed")
            except Exception as exc:  # kernel died, timeout, ...  # noqa: BLE001
                log.seek(0)
                tail = " | ".join(log.read().strip().splitlines()[-3:])
                return Run(path, nb, f"{type(exc).__name__}: {exc}" + (f" (kernel: {tail})" if tail else ""))
    return Run(path, nb)


def execute(paths: Iterable[Path], parameters: dict[str, Any] | None = None, *,
            timeout: int = 1200, jobs: int | None = None) -> list[Run]:
    """Execute notebooks top to bottom, several at a time, each in a fresh kernel.

    Args:
        paths: Notebook files.
        parameters: Injected after each notebook's ``parameters`` cell (only
            those the cell declares, when it has one).
        timeout: Seconds allowed per cell.
        jobs: Notebooks run at once (default: up to 4, at most the CPU count).

    Returns:
        One :class:`Run` per path, in the same order; a failed cell sets
        ``error`` and leaves the traceback in the notebook's outputs.
    """
    paths = [Path(p) for p in paths]
    jobs = jobs or max(1, min(4, os.cpu_count() or 1))

    async def main() -> list[Run]:
        semaphore = asyncio.Semaphore(jobs)
        return list(await asyncio.gather(
            *(_run_one(p, dict(parameters or {}), timeout, semaphore) for p in paths)))

    return asyncio.run(main())


def to_html(nb) -> str:
    """An executed notebook as standalone HTML (figures embedded), via nbconvert."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab")
    body, _ = exporter.from_notebook_node(nb)
    return body


def strip_outputs(nb):
    """Remove outputs and execution counts (what committed notebooks must look like).

    Example:
        >>> import nbformat
        >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")])
        >>> nb.cells[0].execution_count = 3
        >>> strip_outputs(nb).cells[0].execution_count is None
        True
    """
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
            cell.metadata.pop("execution", None)
    return nb
