"""A system's print or an export closes with a note of how it was made ("This statement is produced from the housing
management system. Figures are as at the time of extraction and may change."): the document speaking of itself, no
news of the incident and no item of the last section. In Word (small italic, as a merge template sets it), HTML,
Markdown and PDF. A closing paragraph that says how a figure was made and what it shows stays an item."""

from __future__ import annotations

import io

import docx
import pytest
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

TITLE = "Damp and mould position statement 3"
SECTIONS = [
    ("Headlines", ["Open damp and mould cases rose to 412 this week.", "Two households were moved out."]),
    ("Actions for next week", ["Inspect the remaining high-rise blocks.", "Agree the contractor's extra crews."]),
]
NOTES = {
    "housing system": "This statement is produced from the housing management system. Figures are as at the time of"
    " extraction and may change as cases are updated.",
    "incident log": "This report was generated automatically from the incident log. Data are provisional.",
    "dashboard export": "This summary has been exported from the performance dashboard.",
}


def _docx(note: str) -> bytes:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    for h, items in SECTIONS:
        d.add_heading(h, 1)
        for t in items:
            d.add_paragraph(t, style="List Bullet")
    run = d.add_paragraph().add_run(note)
    run.italic, run.font.size = True, Pt(8)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(note: str) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{t}</li>" for t in it) + "</ul>" for h, it in SECTIONS)
    return f"<html><body><main><h1>{TITLE}</h1>{body}<p><small>{note}</small></p></main></body></html>".encode()


def _markdown(note: str) -> bytes:
    body = "".join(f"\n## {h}\n\n" + "".join(f"- {t}\n" for t in items) for h, items in SECTIONS)
    return f"# {TITLE}\n{body}\n_{note}_\n".encode()


def _pdf(note: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = A4[1] - 80
    c.setFont("Helvetica-Bold", 15)
    c.drawString(56, y, TITLE)
    y -= 34
    for heading, points in SECTIONS:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, y, heading)
        y -= 18
        c.setFont("Helvetica", 10)
        for p in points:
            c.drawString(60, y, "•")
            c.drawString(72, y, p)
            y -= 14
        y -= 10
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawString(56, y - 20, note)
    c.save()
    return buf.getvalue()


LAYOUTS = {
    "word": (_docx, "r.docx"),
    "html": (_html, "r.html"),
    "markdown": (_markdown, "r.md"),
    "pdf": (_pdf, "r.pdf"),
}


@pytest.mark.parametrize("note", list(NOTES))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_note_of_how_the_document_was_made_is_no_item(layout: str, note: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(NOTES[note]), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_closing_point_on_how_a_figure_was_made_stays(layout: str) -> None:
    make, name = LAYOUTS[layout]
    point = "This report was produced with the contractor's survey, which found 38 more homes with mould."
    report = parse_bytes(make(point), name)[0]
    assert point in [i.text for i in report.items()]
