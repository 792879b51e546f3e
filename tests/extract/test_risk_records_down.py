"""A risk set out down a small table, one field a row ("Risk | …", "Treatment | …", "Residual rating | …"), as form
tools and templates print each risk: the risk is an item carrying its treatment as the mitigation ("Nil" is none),
the rating a field counted as left out, never a heading or an item. In Word, HTML and PDF (a form tool's report
drawn row by row, with a record broken by the page)."""

from __future__ import annotations

import io

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

RISKS = [
    ("Fatigue of field staff working long shifts.", "Nil", "Low"),
    ("Spread to a second district through stock movements.", "Checkpoints on all roads out of the area.", "Medium"),
    ("Illegal movements of livestock at night.", "Police patrols on the back roads.", "High"),
]
LABELS = ("Risk", "Treatment", "Residual rating")
EXPECTED = [(r, None if t == "Nil" else t) for r, t, _ in RISKS]
AFTER = ("Next steps", ["Review the restricted area with the chief veterinary officer."])


def _docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("Situation report 1", style="Title")
    d.add_heading("Risks", 1)
    for record in RISKS:
        t = d.add_table(rows=3, cols=2)
        t.style = "Table Grid"
        for r, (label, value) in enumerate(zip(LABELS, record, strict=True)):
            t.cell(r, 0).text, t.cell(r, 1).text = label, value
        d.add_paragraph("")
    d.add_heading(AFTER[0], 1)
    d.add_paragraph(AFTER[1][0], style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    tables = "".join(
        "<table>" + "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in zip(LABELS, r, strict=True)) + "</table>"
        for r in RISKS
    )
    after = f"<h2>{AFTER[0]}</h2><ul><li>{AFTER[1][0]}</li></ul>"
    return f"<html><body><h1>Situation report 1</h1><h2>Risks</h2>{tables}{after}</body></html>".encode()


def _pdf(break_at: int | None = None) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(45, 790, "Situation report 1")
    c.setFont("Helvetica", 9)
    c.drawString(45, 770, "Foot-and-mouth disease response, Local Control Centre Tarrawong, 16 February 2026")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(45, 740, "Risks")
    y, row = 716, 0
    for record in RISKS:
        for label, value in zip(LABELS, record, strict=True):
            if row == break_at:
                c.showPage()
                y = 790
            c.setFont("Helvetica-Bold", 9)
            c.drawString(45, y, label)
            c.setFont("Helvetica", 9)
            c.drawString(166, y, value)
            y -= 14
            row += 1
        y -= 12
    c.setFont("Helvetica-Bold", 11)
    c.drawString(45, y - 10, AFTER[0])
    c.setFont("Helvetica", 9)
    c.drawString(45, y - 28, "- " + AFTER[1][0])
    c.save()
    return buf.getvalue()


LAYOUTS = {
    "word": (_docx, "r.docx"),
    "html": (_html, "r.html"),
    "pdf": (_pdf, "r.pdf"),
    "pdf broken by the page": (lambda: _pdf(break_at=4), "r.pdf"),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_each_record_is_one_risk_with_its_treatment(layout: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(), name)[0]
    sections = {s.heading: s for s in report.sections}
    assert [(i.text, i.mitigation) for i in sections["Risks"].items] == EXPECTED
    assert [i.text for i in sections["Next steps"].items] == AFTER[1]
    assert not {"Risk", "Treatment", "Residual rating"} & set(sections)
    assert any("risk record" in w for w in report.warnings)


SIDE = [
    ("Situation", "River levels are falling but remain above normal at the town bridge."),
    ("Risks", "Further flooding if the forecast rain falls on saturated ground."),
    ("Response", "Highways crews are clearing debris and gullies on the main routes."),
]


def _side_docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("Situation report 1", style="Title")
    t = d.add_table(rows=len(SIDE), cols=2)
    for r, (label, text) in enumerate(SIDE):
        t.cell(r, 0).text, t.cell(r, 1).text = label, text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _side_html() -> bytes:
    rows = "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in SIDE)
    return f"<html><body><h1>Situation report 1</h1><table>{rows}</table></body></html>".encode()


def _side_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(45, 790, "Situation report 1")
    y = 760
    for label, text in SIDE:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(45, y, label)
        c.setFont("Helvetica", 10)
        c.drawString(166, y, text)
        y -= 24
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(("make", "name"), [(_side_docx, "s.docx"), (_side_html, "s.html"), (_side_pdf, "s.pdf")])
def test_side_headings_beside_sentences_are_no_record(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert sorted(i.text for i in report.items()) == sorted(text for _, text in SIDE)
    assert all(i.mitigation is None for i in report.items())
