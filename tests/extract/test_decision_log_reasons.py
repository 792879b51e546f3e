"""A decision log (No. | Decision | Rationale | Owner | Time) lists decisions: each row's decision is a point, and the
reason given beside it explains the decision, as its owner and time describe it; it is no point of its own, however
long. In Word, printed to PDF and on a web page; headed in English and in Spanish, with two rows and with four."""

from __future__ import annotations

import io
from html import escape

import pytest

from sitroom.read import parse_bytes

LOGS = {
    "english": (
        ("No.", "Decision", "Rationale", "Owner", "Time"),
        [
            ("2.1", "The Moorside evacuation remains in place.", "Public safety takes priority over access",
             "SCG chair", "08:40"),
            ("2.2", "Request military helicopter support through the MACA process.",
             "Capacity of the fire service's own aircraft is exhausted", "Fire TCG", "08:45"),
            ("2.3", "Open a second rest centre if 60 or more people register.",
             "Registrations at the first rest centre are rising every night", "Council", "09:10"),
            ("2.4", "Close the moorland access land to the public by order.",
             "Walkers were found inside the cordon twice yesterday", "National park", "09:30"),
        ],
    ),
    "spanish": (
        ("N.º", "Decisión", "Justificación", "Responsable", "Hora"),
        [
            ("1", "Se mantiene la evacuación del barrio de La Vega.", "La seguridad de las personas es lo primero",
             "Dirección del plan", "08:40"),
            ("2", "Se solicitan dos medios aéreos al Estado.", "Los medios propios no bastan para el frente norte",
             "Jefatura de bomberos", "08:45"),
            ("3", "Se abre un segundo albergue en el polideportivo.",
             "El primer albergue está al 90 % de su capacidad", "Ayuntamiento", "09:10"),
        ],
    ),
}  # fmt: skip
NEXT = ("Next meeting", "The group meets again at 16:00.")


def _docx(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Strategic Coordinating Group – record of decisions", level=1)
    d.add_heading("Decision log", level=2)
    table = d.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    d.add_heading(NEXT[0], level=2)
    d.add_paragraph(NEXT[1], style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    header = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{escape(t)}</td>" for t in row) + "</tr>" for row in rows)
    return (
        "<html><head><style>table{border-collapse:collapse} td,th{border:1px solid #444;padding:3px;"
        "font:9pt 'Liberation Sans'}</style></head><body><h1>Strategic Coordinating Group – record of decisions</h1>"
        f"<h2>Decision log</h2><table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"
        f"<h2>{NEXT[0]}</h2><ul><li>{NEXT[1]}</li></ul></body></html>"
    )


def _pdf(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> bytes:
    """Printed from a word processor: a gridded table, the header row bold and shaded, the cells wrapped."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
    bold = ParagraphStyle("bold", parent=cell, fontName="Helvetica-Bold")
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=10)
    heading = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8)
    grid = [[Paragraph(escape(h), bold) for h in head]] + [[Paragraph(escape(t), cell) for t in r] for r in rows]
    table = Table(grid, colWidths=[30, 160, 160, 80, 40], repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    table.setStyle(TableStyle(style))
    bullet = ParagraphStyle("bullet", parent=cell, fontSize=10, leftIndent=12, bulletIndent=2)
    buf = io.BytesIO()
    story = [
        Paragraph("Strategic Coordinating Group – record of decisions", title),
        Paragraph("Decision log", heading),
        table,
        Paragraph(NEXT[0], heading),
        Paragraph(NEXT[1], bullet, bulletText="•"),
    ]
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


FORMATS = {
    "docx": (_docx, "log.docx"),
    "html": (lambda h, r: _html(h, r).encode(), "log.html"),
    "pdf": (_pdf, "log.pdf"),
}


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("language,count", [("english", 4), ("english", 2), ("spanish", 3)])
def test_the_reason_beside_a_decision_is_no_point(fmt: str, language: str, count: int) -> None:
    make, name = FORMATS[fmt]
    head, rows = LOGS[language]
    rows = rows[:count]
    report = parse_bytes(make(head, rows), name)[0]
    sections = {s.heading: [i.text for i in s.items] for s in report.sections}
    assert sections["Decision log"] == [row[1] for row in rows]
    assert sections[NEXT[0]] == [NEXT[1]]
