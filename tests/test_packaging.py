"""Docs kept honest by tests: install files in sync, README commands real, CLI help with examples."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

import pytest
import yaml

from tests.conftest import REPO_ROOT


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pyproject() -> dict:
    return tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())


def test_environment_yml_matches_pyproject():
    project = _pyproject()["project"]
    wanted = {_name(d) for d in project["dependencies"]} | {
        _name(d) for d in project["optional-dependencies"]["dev"]
    }
    env = yaml.safe_load((REPO_ROOT / "environment.yml").read_text())
    conda = {_name(d) for d in env["dependencies"] if isinstance(d, str)} - {"python", "pip"}
    pip = {_name(d) for d in env["dependencies"] if isinstance(d, dict) for d in d["pip"]}
    # camel-tools is installed with --no-deps after the environment is created
    # (it would otherwise pull torch); the file must say how.
    assert conda | pip | {"camel-tools"} == wanted
    assert "pip install --no-deps camel-tools==1.6.0" in (REPO_ROOT / "environment.yml").read_text()


def test_lock_file_pins_every_dependency_and_no_torch():
    lock = (REPO_ROOT / "requirements" / "lock.txt").read_text().splitlines()
    pinned = {_name(line) for line in lock if line and not line.startswith("#")}
    assert all("==" in line for line in lock if line and not line.startswith("#"))
    project = _pyproject()["project"]
    for dep in project["dependencies"] + project["optional-dependencies"]["dev"]:
        assert _name(dep) in pinned, dep
    assert not pinned & {"torch", "transformers", "nvidia-cublas-cu12"}


def test_readme_first_screen_has_exactly_two_commands_and_ci_runs_the_test_one():
    readme = (REPO_ROOT / "README.md").read_text()
    first_screen = readme.split("\n## ", 2)[:2]
    commands = re.findall(r"^    (make \w+)$|^```\n(make \w+)\n```", "\n## ".join(first_screen), re.M)
    found = [a or b for a, b in commands]
    assert found == ["make report", "make test"], found
    ci = (REPO_ROOT / ".ci" / "run").read_text()
    assert re.search(r"^make test$", ci, re.M)


def test_top_level_layout():
    for name in ("notebooks", "corpus", "analysis", "tests", "environment.yml", "pyproject.toml",
                 "README.md", "CITATION.cff", ".ci/run"):
        assert (REPO_ROOT / name).exists(), name


def _commands(parser):
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield name, sub
                for sub_name, sub_sub in _commands(sub):
                    yield f"{name} {sub_name}", sub_sub


def test_every_command_help_ends_with_an_example():
    from analysis.__main__ import build_parser

    commands = dict(_commands(build_parser()))
    assert {"corpus", "kwic", "annotate", "casualties", "report"} <= set(commands)
    for name, parser in commands.items():
        help_text = parser.format_help().rstrip()
        last = help_text.splitlines()[-1].strip()
        assert "python -m analysis " in last, (name, last)
        assert "Examples:" in help_text, name


def test_top_level_help_lists_commands():
    out = subprocess.run([sys.executable, "-m", "analysis", "--help"], capture_output=True,
                         text=True, cwd=REPO_ROOT, check=True).stdout
    for command in ("corpus", "kwic", "annotate", "report"):
        assert re.search(rf"^\s+{command}\s", out, re.M), command
    assert "Examples:" in out


@pytest.mark.parametrize("argv", [["annotate", "--text-file", "/nonexistent.txt"],
                                  ["corpus", "verify", "--corpus", "/nonexistent"]])
def test_errors_are_one_line_and_non_zero(argv):
    proc = subprocess.run([sys.executable, "-m", "analysis", *argv], capture_output=True,
                          text=True, cwd=REPO_ROOT)
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr


def _readme_commands() -> list[str]:
    readme = (REPO_ROOT / "README.md").read_text()
    blocks = re.findall(r"```sh\n(.*?)```", readme, re.S)
    joined = "\n".join(blocks).replace("\\\n", " ")
    commands = []
    for line in joined.splitlines():
        for part in line.split("&&"):
            part = part.split("#")[0].strip()
            if part.startswith("python -m analysis "):
                commands.append(part)
    return commands


@pytest.mark.parametrize("command", _readme_commands())
def test_readme_command_lines_parse(command):
    """Every CLI line in the README names real commands and options."""
    import shlex

    from analysis.__main__ import build_parser

    argv = shlex.split(command)[3:]
    args = build_parser().parse_args(argv)  # SystemExit(2) on an unknown option
    assert getattr(args, "func", None) is not None, command
