"""The shared YAML reader behind lexicons, the actor registry and cues."""

import pytest

from analysis.datafiles import compose_yaml
from analysis.errors import AnalysisError


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"name: x\nentries:\n  - [a, b\n", r"x\.yml:4: invalid YAML"),
        (b"name: \xff\n", r"x\.yml: not valid UTF-8"),
    ],
)
def test_errors_name_file_and_line(tmp_path, content, expected):
    path = tmp_path / "x.yml"
    path.write_bytes(content)
    with pytest.raises(AnalysisError, match=expected):
        compose_yaml(path)


def test_missing_file_names_what_it_is(tmp_path):
    with pytest.raises(AnalysisError, match=r"no such lexicon file: .*nope\.yml"):
        compose_yaml(tmp_path / "nope.yml", what="lexicon file")


def test_nodes_keep_their_lines(tmp_path):
    path = tmp_path / "x.yml"
    path.write_text("name: x\nversion: '1'\n", encoding="utf-8")
    root = compose_yaml(path)
    (_, version_value), = [(k, v) for k, v in root.value if k.value == "version"]
    assert version_value.start_mark.line + 1 == 2


def test_yaml_nested_20000_levels_is_one_line_error(tmp_path):
    from analysis.datafiles import compose_yaml
    from analysis.errors import AnalysisError

    path = tmp_path / "deep.yml"
    path.write_text("a: " + "[" * 20000 + "]" * 20000 + "\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match="nested too deeply") as info:
        compose_yaml(path)
    assert "\n" not in str(info.value)
