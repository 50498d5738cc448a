"""Issue 11, defect 11: each of these used to end in a traceback.

Every case must give exit status 1, exactly one ``error: ...`` line on
stderr, no traceback, and a corpus whose whole-tree hash is unchanged.
"""

from __future__ import annotations

import errno
import json
import zipfile

import pytest

import analysis.__main__ as cli_main

from .conftest import RIGHTS, TEXT_C, tree_hash

# synthetic
ROW = "قصفت الطائرات مواقع في ريف المدينة."


def _zip(path, data: bytes):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("x.json", data)
    return path


def bad_crc(tmp, corpus):
    path = _zip(tmp / "crc.zip", json.dumps([{"t": ROW}], ensure_ascii=False).encode())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("x.json")
    data = bytearray(path.read_bytes())
    data[14] ^= 0xFF  # the CRC-32 in the local header; the central directory keeps the right one
    data[path.read_bytes().index(b"PK\x01\x02") + 16] ^= 0xFF  # and in the central directory
    path.write_bytes(bytes(data))
    assert info.CRC
    return ["corpus", "add", path, "--map", "text=t"]


def encrypted(tmp, corpus):
    path = _zip(tmp / "enc.zip", b"[]")
    data = bytearray(path.read_bytes())
    data[6] |= 1
    data[data.index(b"PK\x01\x02") + 8] |= 1
    path.write_bytes(bytes(data))
    return ["corpus", "add", path, "--map", "text=t"]


def nested_json(tmp, corpus):
    return ["corpus", "add", _zip(tmp / "nest.zip", b"[" * 200000), "--map", "text=t"]


def rows_json(tmp):
    path = tmp / "rows.json"
    path.write_text(json.dumps([{"t": ROW}], ensure_ascii=False), encoding="utf-8")
    return path


def malformed_template(tmp, corpus):
    return ["corpus", "add", rows_json(tmp), "--map", "text=t", "--id-template", "{prefix"]


def attribute_template(tmp, corpus):
    return ["corpus", "add", rows_json(tmp), "--map", "text=t", "--id-template", "{prefix.__class__.__name__}"]


def csv_field(tmp, corpus):
    path = tmp / "rows.csv"
    path.write_text('t\n"' + "x" * 5000 + '"\n', encoding="utf-8")
    return ["corpus", "add", path, "--map", "text=t", "--max-csv-field", "1KB"]


def yaml_nesting(tmp, corpus):
    lexicon = tmp / "deep.yml"
    lexicon.write_text("name: x\nentries: " + "[" * 20000 + "]" * 20000 + "\n", encoding="utf-8")
    text = tmp / "t.txt"
    text.write_text(ROW, encoding="utf-8")
    return ["annotate", "--text-file", text, "--lexicon", lexicon]


def disk_full(tmp, corpus, monkeypatch, at: int):
    """ENOSPC from the at-th fsync: while staging texts, writing the journal, or committing."""
    import analysis.corpus.atomic as atomic

    real = atomic.os.fsync
    calls = {"n": 0}

    def full(fd):
        calls["n"] += 1
        if calls["n"] == at:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd)

    monkeypatch.setattr(atomic.os, "fsync", full)
    folder = tmp / "new"
    folder.mkdir()
    for i, text in enumerate((TEXT_C, ROW, ROW + " أمس")):  # synthetic
        (folder / f"n{i}.txt").write_text(text, encoding="utf-8")
    return ["corpus", "add", folder]


def corpus_is_a_file(tmp, corpus):
    (tmp / "c.txt").write_text(TEXT_C, encoding="utf-8")
    return ["corpus", "add", tmp / "c.txt", "--corpus", corpus.root / "metadata.csv"]


def corpus_is_a_file_validate(tmp, corpus):
    return ["corpus", "validate", "--corpus", corpus.root / "metadata.csv"]


def dev_zero(tmp, corpus):
    return ["corpus", "add", "/dev/zero", "--id", "z"]


CASES = {
    "bad CRC in a zip": bad_crc,
    "encrypted zip member": encrypted,
    "nested-bracket JSON in a zip": nested_json,
    "malformed --id-template": malformed_template,
    "--id-template attribute access": attribute_template,
    "CSV field over the limit": csv_field,
    "20,000-level YAML nesting": yaml_nesting,
    **{f"disk full (fsync {n})": (lambda n: lambda tmp, corpus, mp: disk_full(tmp, corpus, mp, n))(n)
       for n in (1, 2, 4, 7, 9, 11)},
    "--corpus pointing at a file (add)": corpus_is_a_file,
    "--corpus pointing at a file (validate)": corpus_is_a_file_validate,
    "add /dev/zero": dev_zero,
}


@pytest.mark.parametrize("case", list(CASES))
def test_refused_input_is_one_error_line_and_the_corpus_is_unchanged(case, corpus, tmp_path, monkeypatch, capsys):
    before = tree_hash(corpus.root)
    make = CASES[case]
    argv = make(tmp_path, corpus, monkeypatch) if case.startswith("disk full") else make(tmp_path, corpus)
    argv = [str(a) for a in argv]
    if argv[0] == "corpus" and "--corpus" not in argv:
        argv += ["--corpus", str(corpus.root)]
    if argv[:2] == ["corpus", "add"]:
        argv += ["--rights", RIGHTS]
    status = cli_main.main(argv)
    out, err = capsys.readouterr()
    monkeypatch.undo()
    assert status == 1, (case, out, err)
    assert err.startswith("error: ") and err.count("\n") == 1, (case, err)
    assert "Traceback" not in out + err
    assert tree_hash(corpus.root) == before, case
    assert corpus.validate() == []
