"""Property: every number a brief line states is stated by each item it cites, in every format.

Series are generated with the same wordings and numbers drawn independently, so near-duplicate
lines from several series state the same numbers only sometimes: they may be merged only then.
"""

from __future__ import annotations

import io
import re
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom.brief.compose import compose_brief
from sitroom.brief.docx import render_docx
from sitroom.brief.faithful import check_stored, rendered_gaps
from sitroom.brief.html import render_html
from sitroom.brief.markdown import render_markdown
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import make_engine, session_scope

WORDINGS = [
    "Income lost from closed venues is estimated at £{n},000 a month.",
    "Savings of £{n},000 are expected from reduced travel and cancelled training.",
    "{n} staff are shielding and working from home.",
    "Today marks {n} days of response.",
    "Staff absence is at {n}% across the service.",
]
RISKS = [
    "The risk of a spike in referrals is increasing, {n} this week.",
    "Gaps in learning for {n} disadvantaged pupils are widening.",
    "Shortfall of {n} care home beds.",
]
REPORT = "{series} Sitrep No. {k} – as of {d} May 2020\n\nKEY ACTIVITY HEADLINES\n\n{items}\n\nRISKS\n\n{risks}\n"

numbers = st.sampled_from([19, 21, 24, 28, 33, 48, 49])
report = st.tuples(
    st.lists(st.tuples(st.sampled_from(range(len(WORDINGS))), numbers), min_size=1, max_size=4),
    st.lists(st.tuples(st.sampled_from(range(len(RISKS))), numbers), max_size=2),
)
series = st.lists(report, min_size=1, max_size=3)


def _text(series_name: str, k: int, d: int, content) -> str:
    items, risks = content
    return REPORT.format(
        series=series_name,
        k=k,
        d=d,
        items="\n".join(f"• {WORDINGS[w].format(n=n)}" for w, n in dict(items).items()),
        risks="\n".join(f"• {RISKS[w].format(n=n)}" for w, n in dict(risks).items()) or "• None.",
    )


def _pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    return " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(series, min_size=2, max_size=3))
def test_every_number_of_every_line_is_stated_by_each_source_it_cites(generated):
    from docx import Document
    from selectolax.lexbor import LexborHTMLParser

    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'sitroom.db'}")
        try:
            for s, reports in enumerate(generated):
                name = ["Children's Services", "Education", "Adult Social Care"][s]
                for k, content in enumerate(reports, start=1):
                    options = IngestOptions(series=name, period_date=date(2020, 5, 4 + 7 * k))
                    ingest_bytes(engine, _text(name, k, 4 + 7 * k, content).encode(), f"{s}-{k}.txt", options)
            with session_scope(engine, write=False) as session:
                brief = compose_brief(session, max_pages=0)
                checked, bad = check_stored(session, brief)
        finally:
            engine.dispose()
    assert checked > 0
    assert bad == []
    md = re.sub(r"\\([\\`*_\[\]<>|#])", r"\1", render_markdown(brief))
    html = LexborHTMLParser(render_html(brief)).body.text(separator=" ")
    doc = Document(io.BytesIO(render_docx(brief)))
    docx = "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    for fmt, text in (("md", md), ("html", html), ("docx", docx)):
        assert rendered_gaps(brief, text) == [], fmt


def test_the_pdf_draws_every_statement_of_a_merged_brief(tmp_path):
    pytest.importorskip("weasyprint")
    from sitroom.brief.pdf import render_pdf

    engine = make_engine(f"sqlite:///{tmp_path / 'sitroom.db'}")
    content = {"Children's Services": (24, 21), "Education": (33, 21), "Adult Social Care": (24, 19)}
    for k in (1, 2):
        for name, (income, saving) in content.items():
            text = _text(name, k, 4 + 7 * k, ([(0, income + k), (1, saving)], [(0, 48 + k)]))
            options = IngestOptions(series=name, period_date=date(2020, 5, 4 + 7 * k))
            ingest_bytes(engine, text.encode(), f"{name}-{k}.txt", options)
    with session_scope(engine, write=False) as session:
        brief = compose_brief(session, max_pages=0)
        checked, bad = check_stored(session, brief)
    engine.dispose()
    assert checked and bad == []
    assert rendered_gaps(brief, _pdf_text(render_pdf(brief))) == []
    savings = [x for s in brief.sections for x in s.lines if x.text.startswith("Savings")]
    # £21,000 said by two services is one line citing both; £19,000 keeps its own line.
    assert sorted(len(x.sources) for x in savings) == [1, 2]
