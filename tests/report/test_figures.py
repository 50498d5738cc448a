"""Figures: every one draws real data and empty data, bilingual labels, reproducible files."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from matplotlib.figure import Figure

from analysis.report import figures as F
from analysis.report import summaries as S

FIGURES = [
    ("documents_per_outlet", lambda t: F.documents_per_outlet(S.documents_per_outlet(t.documents))),
    ("documents_over_time", lambda t: F.documents_over_time(S.documents_over_time(t.documents))),
    ("metadata_completeness", lambda t: F.metadata_completeness(S.metadata_completeness(t.documents))),
    ("text_lengths", lambda t: F.text_lengths(t.documents)),
    ("actor_mentions", lambda t: F.actor_mentions(S.actor_mentions(t.actors))),
    ("label_actor_heatmap", lambda t: F.label_actor_heatmap(S.label_actor_counts(t.actors))),
    ("share_of_voice", lambda t: F.share_of_voice(S.share_of_voice(t.quotes))),
    ("quoted_about", lambda t: F.quoted_about(S.quoted_about(t.quotes, t.actors))),
    ("actor_term_heatmap", lambda t: F.actor_term_heatmap(S.actor_term_cooccurrence(t.actors, t.terms))),
    ("term_voice", lambda t: F.term_voice(S.term_voice(t.terms, t.documents, by_outlet=True))),
    ("term_voice_corpus", lambda t: F.term_voice(S.term_voice(t.terms))),
    ("term_markers", lambda t: F.term_markers(S.term_markers(t.terms))),
    ("terms_over_time", lambda t: F.terms_over_time(S.terms_over_time(t.terms, t.documents))),
    ("figures_by_source", lambda t: F.figures_by_source(S.figures_by_source(t.casualties))),
    ("hedge_counts", lambda t: F.hedge_counts(S.hedge_counts(t.casualties))),
    ("agency_breakdown", lambda t: F.agency_breakdown(S.agency_breakdown(t.casualties, t.documents))),
    ("casualty_timeline", lambda t: F.casualty_timeline(S.casualty_timeline(t.casualties, t.documents))),
]
IDS = [f[0] for f in FIGURES]
ARABIC = re.compile("[\u0600-\u06ff]")


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")) if t.get_text()]


@pytest.mark.parametrize("name,draw", FIGURES, ids=IDS)
def test_figure_draws_data_with_bilingual_axes(name, draw, tables):
    fig = draw(tables)
    assert isinstance(fig, Figure)
    assert F.NOTHING not in _texts(fig)
    labels = [ax.get_xlabel() + ax.get_ylabel() for ax in fig.axes if ax.get_visible()]
    assert any(" / " in lab and ARABIC.search(lab) and re.search("[A-Za-z]", lab) for lab in labels)
    fig.canvas.draw()  # layout and Arabic shaping run without error


@pytest.mark.parametrize("name,draw", FIGURES, ids=IDS)
def test_figure_says_nothing_found_on_empty_data(name, draw, empty):
    fig = draw(empty)
    assert F.NOTHING in _texts(fig)
    assert fig.axes[0].get_title("left")  # still says which figure it is
    fig.canvas.draw()


@pytest.mark.parametrize("name,draw", FIGURES, ids=IDS)
def test_figure_handles_one_document(name, draw):
    from .conftest import make_tables

    fig = draw(make_tables(1))
    fig.canvas.draw()


def test_figures_do_not_touch_global_state():
    import matplotlib
    import matplotlib.pyplot as plt

    before = (plt.get_fignums(), matplotlib.rcParams["font.size"])
    F.nothing("x")
    assert (plt.get_fignums(), matplotlib.rcParams["font.size"]) == before


def test_bilingual_translates_known_values_and_wraps_long_ones_without_cutting():
    assert F.bilingual("reported") == "reported / منقول"
    long = "Anahit Manasyan (Human Rights Defender of the Republic of Armenia)"
    assert F.bilingual(long).replace("\n", " ") == long  # wrapped, every word kept
    assert all(len(line) <= F.labels.WRAP for line in F.bilingual(long).splitlines())
    assert "…" not in F.bilingual("x" * 60)


def test_lexicon_keys_are_shown_with_their_entry_gloss_and_lemma():
    assert F.bilingual("labels/separatist") == "separatist / انفصالي"
    assert F.bilingual("events/military_operation") == "military operation / عملية عسكرية"


def test_figures_label_actors_from_the_registry_that_was_passed(tmp_path):
    from analysis.paths import ACTORS_FILE

    custom = tmp_path / "my_actors.yml"
    text = ACTORS_FILE.read_text(encoding="utf-8")
    assert "name: {ar: روسيا, en: Russia}" in text
    custom.write_text(text.replace("name: {ar: روسيا, en: Russia}",
                                   "name: {ar: روسيا, en: Russian Federation (my registry)}"),
                      encoding="utf-8")
    names = F.Names.load(actors=custom)
    assert names.actors["russia"][0] == "Russian Federation (my registry)"
    counts = pd.DataFrame({"actor": ["russia"], "n_mentions": [2], "n_documents": [1]})
    fig = F.actor_mentions(counts, names=names)
    assert "Russian Federation (my registry)" in fig.plotted["label"].iloc[0].replace("\n", " ")
    assert "my registry" not in F.actor_mentions(counts).plotted["label"].iloc[0]


@pytest.mark.parametrize("name,draw", FIGURES[::3], ids=IDS[::3])
def test_saved_files_are_reproducible(name, draw, tables, tmp_path):
    # As in a report run: a fresh figure each time, saved once per format.
    first = F.save(draw(tables), tmp_path / "a" / "fig", formats=("png", "svg", "pdf"))
    second = F.save(draw(tables), tmp_path / "b" / "fig", formats=("png", "svg", "pdf"))
    for p, q in zip(first, second):
        assert p.read_bytes() == q.read_bytes(), p.name
    svg = first[1].read_text(encoding="utf-8")
    assert "<dc:date>" not in svg
    assert b"arabic-conflict-news" in first[0].read_bytes()  # PNG Software field
    assert b"Matplotlib version" not in first[0].read_bytes()


def test_actor_term_heatmap_one_panel_per_voice_on_a_shared_scale(tables):
    table = S.actor_term_cooccurrence(tables.actors, tables.terms)
    fig = F.actor_term_heatmap(table)
    panels = [ax for ax in fig.axes if ax.images]
    assert [ax.get_title("left") for ax in panels] == [F.bilingual("own"), F.bilingual("reported")]
    assert {ax.images[0].get_clim() for ax in panels} == {(0, table["n_sentences"].max())}
    written = sorted(int(t.get_text()) for ax in panels for t in ax.texts)
    assert written == sorted(table["n_sentences"].tolist())  # every cell of the table, nothing else
