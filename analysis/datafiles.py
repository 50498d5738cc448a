"""Reading the YAML data files (lexicons, actor registry, cues) with line numbers.

Researchers edit these files by hand, so every error must say where: each
loader walks the composed node tree (which keeps line marks) rather than the
plain parsed dict, and all of them read files through :func:`compose_yaml`.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from analysis.errors import AnalysisError


def compose_yaml(path: Path, *, what: str = "data file") -> yaml.Node | None:
    """Read a UTF-8 YAML file into a node tree whose nodes know their line.

    Args:
        path: The file.
        what: How to name it in the "no such file" error (``lexicon file``).

    Returns:
        The root node (``None`` for an empty file).

    Raises:
        AnalysisError: ``FILE: ...`` for a missing or non-UTF-8 file, and
            ``FILE:LINE: invalid YAML: problem`` for a syntax error or
            absurd nesting (20,000 levels used to end in a RecursionError).

    Example:
        >>> import tempfile
        >>> p = Path(tempfile.mkdtemp()) / "x.yml"
        >>> _ = p.write_text("name: x\\nentries: [a, b\\n", encoding="utf-8")
        >>> try:
        ...     compose_yaml(p)
        ... except AnalysisError as e:
        ...     print(str(e).split(": ", 1)[1])
        invalid YAML: expected ',' or ']', but got '<stream end>'
    """
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AnalysisError(f"no such {what}: {path}") from None
    except UnicodeDecodeError as exc:
        raise AnalysisError(f"{path}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    try:
        return yaml.compose(raw, Loader=yaml.SafeLoader)
    except RecursionError:
        raise AnalysisError(f"{path}: invalid YAML: nested too deeply (data files are a few levels deep)") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise AnalysisError(f"{path}{line}: invalid YAML: {problem}") from None


class NodeReader:
    """Base for the walkers of a composed node tree: errors name file and line.

    Example:
        >>> import yaml
        >>> node = yaml.compose("a: 1")
        >>> str(NodeReader(Path("x.yml")).fail(node, "bad mapping"))
        'x.yml:1: bad mapping'
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, node: yaml.Node | None, problem: str) -> AnalysisError:
        """An :class:`AnalysisError` ``FILE:LINE: problem`` for ``node`` (line 1 if none)."""
        line = node.start_mark.line + 1 if node is not None else 1
        return AnalysisError(f"{self.path}:{line}: {problem}")

    def scalar(self, node: yaml.Node, what: str) -> str:
        """The stripped text of a scalar node; an error for a list, a mapping or blank text.

        Example:
            >>> NodeReader(Path("x.yml")).scalar(yaml.compose("' a '"), "name")
            'a'
        """
        if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
            raise self.fail(node, f"{what} must be a non-empty text value")
        return str(node.value).strip()

    def strings(self, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node]]:
        """One text value or a list of them, each with its node (for line numbers in later errors)."""
        if isinstance(node, yaml.SequenceNode):
            return [(self.scalar(n, what), n) for n in node.value]
        return [(self.scalar(node, what), node)]


__all__ = ["compose_yaml", "NodeReader"]
