import io
import json
import sys
import zipfile

import pytest

from .conftest import RIGHTS, TEXT_A, TEXT_C, tree_hash

# synthetic
ARABIC = ("أعلنت الحكومة وقف إطلاق النار اعتبارا من اليوم الأربعاء في المدينة، وقال مصدر عسكري "
          "إن المعارك توقفت بعد ثلاثة أيام من القتال العنيف.\n")


def test_help_ends_with_examples(run_cli):
    for command in ("add", "validate", "verify", "list", "release", "diff", "cite", "export"):
        with pytest.raises(SystemExit):
            run_cli("corpus", command, "--help")


def test_help_text(monkeypatch, capsys):
    import analysis.__main__ as m

    monkeypatch.setattr(m, "COMMAND_MODULES", ["analysis.corpus.cli"])
    with pytest.raises(SystemExit):
        m.main(["corpus", "add", "--help"])
    out = capsys.readouterr().out
    assert out.rstrip().splitlines()[-1].startswith("  python -m analysis corpus add ")
    assert "Examples:" in out


def test_add_list_release_verify_cite(run_cli, tmp_path):
    c = tmp_path / "corpus"
    f = tmp_path / "art1.txt"
    f.write_bytes(TEXT_A.encode())
    status, out, err = run_cli("corpus", "add", f, "--corpus", c, "--rights", RIGHTS, "--published", "2024-01-02",
                               "--outlet", "Outlet")
    assert status == 0, err
    assert "added 1 document" in out
    status, out, _ = run_cli("corpus", "list", "--corpus", c, "--format", "json")
    assert json.loads(out)[0]["doc_id"] == "art1"
    assert run_cli("corpus", "validate", "--corpus", c)[0] == 0
    status, out, err = run_cli("corpus", "release", "0.1.0", "--corpus", c, "--date", "2024-02-01")
    assert status == 0, err
    assert run_cli("corpus", "verify", "--corpus", c)[0] == 0
    status, out, _ = run_cli("corpus", "cite", "--corpus", c, "--style", "bibtex")
    assert "version = {0.1.0}" in out
    status, out, err = run_cli("corpus", "release", "0.2.0", "--corpus", c)
    assert (status, err) == (1, "error: nothing changed since 0.1.0; no release needed\n")


def test_verify_fails_naming_the_doc(run_cli, released):
    path = released.text_path("b1")
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    status, out, err = run_cli("corpus", "verify", "--corpus", released.root)
    assert status == 1
    assert "changed: texts/b1.txt" in out
    assert err.strip() == "error: release 0.1.0: 1 problem(s) (changed, missing, damaged or stray files)"


def test_diff(run_cli, released, tmp_path):
    f = tmp_path / "c1.txt"
    f.write_bytes(TEXT_C.encode())
    run_cli("corpus", "add", f, "--corpus", released.root, "--rights", RIGHTS)
    run_cli("corpus", "release", "0.2.0", "--corpus", released.root, "--date", "2024-03-01")
    status, out, _ = run_cli("corpus", "diff", "0.1.0", "0.2.0", "--corpus", released.root)
    assert status == 0 and "added (1):\n  c1" in out and "removed (0):" in out


def _bad_inputs(tmp_path):
    cases = {}

    def case(name, data, *extra, suffix=".txt"):
        p = tmp_path / f"{name}{suffix}"
        p.write_bytes(data)
        cases[name] = ([p, *extra])

    case("empty", b"")
    case("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    case("cp1256", ARABIC.encode("cp1256") * 2)
    case("bom", b"\xef\xbb\xbf" + ARABIC.encode())
    case("future", ARABIC.encode(), "--published", "2999-01-01")
    case("baddate", ARABIC.encode(), "--published", "2023-02-30")
    case("dupid", ARABIC.encode(), "--id", "a1")
    case("unsafe", ARABIC.encode(), "--id", "../evil")
    case("duplicate", TEXT_A.encode())
    cases["norights"] = [cases["future"][0], "--rights", ""]
    csv_path = tmp_path / "rows.csv"
    csv_path.write_text("body,headline\nنص,عنوان\n", encoding="utf-8")  # synthetic
    cases["csvmap"] = [csv_path, "--map", "text=content,title=headline"]
    return cases


EXPECTED = {
    "empty": "is empty",
    "binary": "looks binary",
    "cp1256": "is not UTF-8 (detected cp1256)",
    "bom": "byte-order mark",
    "future": "is in the future",
    "baddate": "invalid published date '2023-02-30'",
    "dupid": "doc_id 'a1' already exists",
    "unsafe": "unsafe doc_id '../evil'",
    "duplicate": "exact duplicate of a1",
    "norights": "missing required field rights",
    "csvmap": "missing column(s) content (columns: body, headline)",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_input_is_one_line_and_leaves_corpus_identical(run_cli, corpus, tmp_path, name):
    args = _bad_inputs(tmp_path)[name]
    before = tree_hash(corpus.root)
    argv = ["corpus", "add", *args, "--corpus", corpus.root]
    if "--rights" not in args:
        argv += ["--rights", RIGHTS]
    status, out, err = run_cli(*argv)
    assert status == 1
    assert err.count("\n") == 1 and err.startswith("error: "), err
    assert EXPECTED[name] in err
    assert tree_hash(corpus.root) == before


def test_bom_and_encoding_options_record_notes(run_cli, corpus, tmp_path):
    bom = tmp_path / "bom1.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + ARABIC.encode())
    assert run_cli("corpus", "add", bom, "--corpus", corpus.root, "--rights", RIGHTS, "--strip-bom")[0] == 0
    assert "byte-order mark removed" in corpus.get("bom1").meta["notes"]
    assert corpus.text_path("bom1").read_bytes() == ARABIC.encode()
    legacy = tmp_path / "win1.txt"
    legacy.write_bytes((ARABIC + "سطر آخر.\n").encode("cp1256") * 2)  # synthetic
    assert run_cli("corpus", "add", legacy, "--corpus", corpus.root, "--rights", RIGHTS, "--convert-encoding")[0] == 0
    assert "converted from cp1256" in corpus.get("win1").meta["notes"]
    assert corpus.validate() == []


def test_force_adds_duplicate(run_cli, corpus, tmp_path):
    f = tmp_path / "again.txt"
    f.write_bytes(TEXT_A.encode())
    status, _, err = run_cli("corpus", "add", f, "--corpus", corpus.root, "--rights", RIGHTS, "--force")
    assert status == 0 and "duplicates a1" in err


def test_bulk_add_reports_counts(run_cli, tmp_path):
    rows = [{"content": TEXT_A, "source": "o1"}, {"content": TEXT_A, "source": "o2"}, {"content": "", "source": "o3"}]
    z = tmp_path / "b.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("b.json", json.dumps(rows, ensure_ascii=False))
    c = tmp_path / "c"
    args = ["corpus", "add", z, "--corpus", c, "--rights", RIGHTS, "--map", "text=content,outlet=source",
            "--id-prefix", "t", "--no-progress"]
    status, _, err = run_cli(*args)
    assert status == 1 and "b.zip:b.json#3: text is empty" in err
    status, out, err = run_cli(*args, "--skip-invalid")
    assert status == 0, err
    assert "added 1 document" in out and "skipped 1 exact duplicate" in out and "skipped 1 invalid row" in out


def test_folder_add(run_cli, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "x1.txt").write_bytes(TEXT_A.encode())
    (d / "x2.txt").write_bytes(TEXT_C.encode())
    status, out, err = run_cli("corpus", "add", d, "--corpus", tmp_path / "c", "--rights", RIGHTS, "--no-progress")
    assert status == 0, err
    assert "added 2" in out
    status, _, err = run_cli("corpus", "add", d, "--corpus", tmp_path / "c2", "--rights", RIGHTS, "--id", "x")
    assert status == 1 and "describe one document" in err


def test_set_and_remove(run_cli, released):
    assert run_cli("corpus", "set", "b1", "--corpus", released.root, "--outlet", "Fixed")[0] == 0
    assert run_cli("corpus", "release", "0.1.1", "--corpus", released.root, "--date", "2024-03-01")[0] == 0
    assert run_cli("corpus", "remove", "a1", "--corpus", released.root)[0] == 0
    status, _, err = run_cli("corpus", "release", "0.2.0", "--corpus", released.root, "--date", "2024-03-02")
    assert status == 1 and "release 1.0.0 instead" in err
    assert run_cli("corpus", "release", "1.0.0", "--corpus", released.root, "--date", "2024-03-02")[0] == 0
    for v in ("0.1.0", "0.1.1", "1.0.0"):
        assert run_cli("corpus", "verify", v, "--corpus", released.root)[0] == 0


def test_add_help_documents_ids_encodings_and_map(run_cli, capsys):
    with pytest.raises(SystemExit):
        run_cli("corpus", "add", "--help")
    out = capsys.readouterr().out
    for phrase in ("file name stem", "{prefix}_{sha16}", "first 16 hex digits of the sha256", "id=COLUMN",
                   "--strip-bom", "--convert-encoding cp1256", "windows-1256", "recorded",
                   "--map FIELD=COLUMN[,FIELD=COLUMN...]", "date_precision", "text= is required",
                   "--map text=content,outlet=source,published=date", "progress bar on stderr"):
        assert phrase in out, phrase
    description = out.split("\n\n", 1)[1].split("positional arguments:")[0]
    assert max(len(line) for line in description.splitlines()) <= 79


def test_add_help_map_example_works(run_cli, tmp_path):
    # the --map example in 'corpus add --help', on rows of the shape it describes
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"content": ARABIC, "source": "okaz", "date": "2015-07-21"}, ensure_ascii=False)
                    + "\n", encoding="utf-8")
    status, out, err = run_cli("corpus", "add", rows, "--corpus", tmp_path / "c", "--rights", RIGHTS,
                               "--map", "text=content,outlet=source,published=date")
    assert status == 0, err
    from analysis.corpus import CorpusStore

    row = CorpusStore(tmp_path / "c").metadata().iloc[0]
    assert (row["outlet"], row["published"]) == ("okaz", "2015-07-21") and row["doc_id"].startswith("doc_")


class _TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("kind", ["folder", "bulk"])
def test_add_shows_progress_on_a_terminal(run_cli, tmp_path, monkeypatch, kind):
    if kind == "folder":
        source = tmp_path / "in"
        source.mkdir()
        (source / "x1.txt").write_bytes(TEXT_A.encode())
        (source / "x2.txt").write_bytes(TEXT_C.encode())
        extra = []
    else:
        source = tmp_path / "rows.json"
        source.write_text(json.dumps([{"t": TEXT_A}, {"t": TEXT_C}], ensure_ascii=False), encoding="utf-8")
        extra = ["--map", "text=t"]
    for flag, shown in (([], True), (["--no-progress"], False)):
        stderr = _TTY()
        monkeypatch.setattr(sys, "stderr", stderr)
        corpus_dir = tmp_path / f"c{len(flag)}"
        status, out, _ = run_cli("corpus", "add", source, "--corpus", corpus_dir, "--rights", RIGHTS, *extra, *flag)
        monkeypatch.undo()
        assert status == 0 and "added 2" in out
        bar = stderr.getvalue()
        assert ("adding" in bar and "2" in bar and "docs" in bar) is shown, bar
        if shown and kind == "folder":
            assert "2/2" in bar  # a folder's size is known up front


def test_convert_encoding_is_refused_for_bulk(run_cli, tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text("t\nx\n", encoding="utf-8")
    status, _, err = run_cli("corpus", "add", rows, "--corpus", tmp_path / "c", "--rights", RIGHTS,
                             "--map", "text=t", "--convert-encoding")
    assert status == 1 and "bulk files must be UTF-8" in err and not (tmp_path / "c").exists()


def test_list_csv_out_inside_the_corpus_is_refused(run_cli, released):
    """Issue 11 defect 2: no output path may resolve inside a corpus (symlinks included)."""
    before = tree_hash(released.root)
    link = released.root.parent / "link-to-corpus"
    link.symlink_to(released.root)
    for out in (released.root / "metadata.csv", released.root / "texts" / "a1.txt", link / "list.csv"):
        status, _, err = run_cli("corpus", "list", "--format", "csv", "--out", out, "--corpus", released.root,
                                 "--force")
        assert status == 1 and err.startswith("error: refusing to write list") and err.count("\n") == 1
    status, _, err = run_cli("corpus", "cite", "--out", released.root / "CITATION.cff", "--corpus", released.root)
    assert status == 1 and err.startswith("error: refusing to write citation")
    assert tree_hash(released.root) == before


def test_list_and_cite_out_replace_a_file_only_with_force(run_cli, released, tmp_path):
    out = tmp_path / "list.csv"
    assert run_cli("corpus", "list", "--format", "csv", "--out", out, "--corpus", released.root)[0] == 0
    status, _, err = run_cli("corpus", "list", "--format", "csv", "--out", out, "--corpus", released.root)
    assert (status, err) == (1, f"error: {out} exists; pass --force to replace it\n")
    assert run_cli("corpus", "list", "--format", "csv", "--out", out, "--corpus", released.root, "--force")[0] == 0
    cff = tmp_path / "c.cff"
    assert run_cli("corpus", "cite", "--style", "cff", "--out", cff, "--corpus", released.root)[0] == 0
    assert "0.1.0" in cff.read_text(encoding="utf-8")


def test_list_csv_neutralises_formula_cells(run_cli, tmp_path):
    """Issue 11 defect 10: corpus list --format csv goes through the one CSV writer."""
    c = tmp_path / "corpus"
    f = tmp_path / "f.txt"
    f.write_bytes(TEXT_A.encode())
    assert run_cli("corpus", "add", f, "--corpus", c, "--rights", RIGHTS, "--title", "=HYPERLINK(\"x\")")[0] == 0
    status, out, _ = run_cli("corpus", "list", "--format", "csv", "--corpus", c)
    assert status == 0 and "'=HYPERLINK" in out


def test_recover_help_ends_with_an_example(run_cli, capsys):
    with pytest.raises(SystemExit):
        run_cli("corpus", "recover", "--help")
    assert capsys.readouterr().out.rstrip().splitlines()[-1].startswith("  python -m analysis corpus recover")
