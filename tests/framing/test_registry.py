"""Actor registry: shipped contents, links, validation errors with file and line."""

from __future__ import annotations

import pytest

from analysis.errors import AnalysisError
from analysis.framing.registry import ACTOR_TYPES, load_registry

REQUIRED_IDS = [
    "azerbaijan", "azerbaijan_army", "azerbaijan_presidency", "aliyev", "armenia", "armenia_government",
    "pashinyan", "karabakh_authorities", "karabakh_forces", "armenian_opposition", "russia", "putin",
    "russian_peacekeepers", "russia_mod", "usa", "blinken", "china", "wang_yi", "am_ombudsman", "civilians",
    "houthis", "saudi_coalition", "isis", "syria_regime", "israel", "palestinians",
]


@pytest.fixture(scope="module")
def reg():
    return load_registry()


@pytest.mark.parametrize("actor_id", REQUIRED_IDS)
def test_required_actor_ids_exist(reg, actor_id):
    assert actor_id in reg
    assert reg.actor(actor_id).type in ACTOR_TYPES


@pytest.mark.parametrize("actor_id,chain", [
    ("aliyev", ("aliyev", "azerbaijan")),
    ("wang_yi", ("wang_yi", "china")),
    ("russian_peacekeepers", ("russian_peacekeepers", "russia")),
    ("karabakh_forces", ("karabakh_forces", "karabakh_authorities")),
    ("karabakh_authorities", ("karabakh_authorities",)),  # de facto authority: not part of Armenia
])
def test_links(reg, actor_id, chain):
    assert reg.ancestors(actor_id) == chain


def test_registry_has_name_version_and_entries(reg):
    assert reg.name == "actors" and reg.version
    keys = {e.key for e in reg.entries()}
    assert "actor/azerbaijan" in keys and "role/military" in keys


def _write(tmp_path, body: str):
    path = tmp_path / "actors.yml"
    path.write_text(body, encoding="utf-8")
    return path


GOOD_HEAD = "name: mine\nversion: '1'\nroles:\n  military:\n    forms: [قوات]\nactors:\n"


@pytest.mark.parametrize("body,line,message", [
    (GOOD_HEAD + "  - id: x\n    type: planet\n    name: {ar: س, en: X}\n", 8, "type 'planet'"),
    (GOOD_HEAD + "  - id: Bad-Id\n    type: state\n    name: {ar: س, en: X}\n", 7, "actor id"),
    (GOOD_HEAD + "  - id: x\n    type: state\n    name: {ar: س, en: X}\n    part_of: nowhere\n", 7, "part_of 'nowhere'"),
    (GOOD_HEAD + "  - id: x\n    type: state\n    name: {ar: س, en: X}\n    names: [باكو]\n"
                 "  - id: y\n    type: state\n    name: {ar: ص, en: Y}\n    names: [باكو]\n", 14, "already a form"),
    (GOOD_HEAD + "  - id: p\n    type: person\n    name: {ar: س, en: P}\n", 7, "needs gender"),
    (GOOD_HEAD + "  - id: x\n    type: state\n    name: {ar: س, en: X}\n    role: navy\n", 10, "role 'navy'"),
    (GOOD_HEAD + "  - id: x\n    type: state\n    name: {ar: س, en: X}\n    colour: red\n", 10, "unknown field 'colour'"),
    (GOOD_HEAD + "  - id: x\n    type: state\n    name: {ar: س, en: X}\nresolve:\n  - when: labels/x\n"
                 "    context: [x]\n    actor: ghost\n", 13, "actor 'ghost'"),
    ("name: mine\nversion: '1'\nactors: [\n", 4, "invalid YAML"),
])
def test_validation_errors_name_file_and_line(tmp_path, body, line, message):
    path = _write(tmp_path, body)
    with pytest.raises(AnalysisError) as err:
        load_registry(path)
    text = str(err.value)
    assert text.startswith(f"{path}:{line}:"), text
    assert message in text


def test_user_registry_is_used(tmp_path):
    from analysis.framing import analyze_text

    path = _write(tmp_path, GOOD_HEAD + "  - id: atlantis\n    type: state\n    name: {ar: أتلانتس, en: Atlantis}\n"
                                        "    names: [أتلانتس]\n")
    reg = load_registry(path)
    r = analyze_text("وقالت أتلانتس إن الهدنة صامدة.", registry=reg)  # synthetic
    assert [q.speaker for q in r.quotes] == ["atlantis"]
