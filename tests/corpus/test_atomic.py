"""Transactions on a corpus folder that does not exist yet (analysis/corpus/atomic.py)."""

import pytest

from analysis.__main__ import main
from analysis.corpus.atomic import Transaction

SEED_LIKE = "قال الجيش إن الهدوء عاد إلى المدينة بعد اشتباكات عنيفة."  # synthetic


def test_add_to_a_corpus_whose_parent_folders_do_not_exist(tmp_path, capsys):
    # Defect: 'corpus add --corpus /tmp/x/corpus' with /tmp/x missing gave a ValueError traceback
    # (the journal tried to name /tmp/x relative to the corpus folder).
    source = tmp_path / "a.txt"
    source.write_text(SEED_LIKE, encoding="utf-8")
    corpus = tmp_path / "new" / "deeper" / "corpus"
    assert main(["corpus", "add", str(source), "--corpus", str(corpus), "--rights", "CC0-1.0"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert (corpus / "texts" / "a.txt").read_text(encoding="utf-8") == SEED_LIKE


def test_a_failed_transaction_removes_the_folders_it_made_above_the_corpus(tmp_path):
    root = tmp_path / "new" / "deeper" / "corpus"
    with pytest.raises(RuntimeError):
        with Transaction(root) as tx:
            tx.ensure_dir(root / "texts")
            tx.write("texts/a.txt", b"x")
            raise RuntimeError("interrupted")
    assert list(tmp_path.iterdir()) == []
