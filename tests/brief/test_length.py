"""Shortening the brief to a number of pages: it fits, it says what it left out, and it adds nothing."""

from __future__ import annotations

import pypdfium2
import pytest

from sitroom.brief.compose import compose_brief
from sitroom.brief.html import render_html
from sitroom.brief.length import estimate_pages, omitted_phrase
from sitroom.brief.pdf import render_pdf
from sitroom.generate import iter_series
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import make_engine, session_scope


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('length') / 'sitroom.db'}"
    engine = make_engine(url)
    for it in iter_series(12, 3, seed=3, organisations=2):
        for rep in it:
            ingest_bytes(engine, rep.render("txt"), rep.file_name("txt"), IngestOptions())
    yield engine
    engine.dispose()


def _lines(brief) -> set[str]:
    texts = {x.text for part in (brief.changes.new, brief.changes.updated, brief.changes.dropped) for x in part}
    texts |= {r.text for r in (*brief.changes.new_risks, *brief.changes.escalating_risks, *brief.risks)}
    texts |= {x.text for s in brief.sections for x in s.lines}
    return texts


def _pages(pdf: bytes) -> int:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def test_a_long_brief_is_shortened_to_the_pages_asked_for(store):
    with session_scope(store, write=False) as session:
        full = compose_brief(session, charts=True)
        short = compose_brief(session, charts=True, max_pages=3)
    assert estimate_pages(full) > 6 and not full.omitted
    assert _pages(render_pdf(short)) <= 3
    assert short.omitted and sum(short.omitted.values()) > 0
    # Extractive: the short brief only keeps lines of the full one, never new wording.
    assert _lines(short) <= _lines(full)
    # Every part keeps something: the changes, the roll-up and the figures.
    assert short.changes.new or short.changes.updated
    assert short.sections and short.figures


def test_the_brief_says_what_it_left_out(store):
    with session_scope(store, write=False) as session:
        short = compose_brief(session, max_pages=2)
    html = render_html(short)
    assert "Shortened to about 2 pages" in html
    for part, n in short.omitted.items():
        assert omitted_phrase(part, n) in html
    assert omitted_phrase("figures", 1) == "1 figure" and omitted_phrase("roll-up lines", 2) == "2 roll-up lines"


def test_the_estimate_follows_the_printed_length(store):
    with session_scope(store, write=False) as session:
        full = compose_brief(session, charts=True)
    printed = _pages(render_pdf(full))
    assert abs(estimate_pages(full) - printed) <= max(1.0, 0.2 * printed)


def test_a_brief_that_fits_is_left_alone(store):
    with session_scope(store, write=False) as session:
        full = compose_brief(session)
        same = compose_brief(session, max_pages=500)
    assert not same.omitted and _lines(same) == _lines(full)
