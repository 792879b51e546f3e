"""A details table under a PDF report's title, each label beside its value ("Evento | Incendios forestales",
"Fecha | sábado 3 de febrero de 2024"; "Event: | Flooding", "Date: | 14 May 2021"; two pairs a row in
French), is the report's particulars: left out and counted, its date read, and no label becomes a heading
nor any value an item. A ruled Word export with bold labels and a value wrapping in its cell, and a page
drawn line by line with the labels closed by a colon. The same table inside a section, or one under the
title that states neither a date nor a number, is not taken for one."""

from __future__ import annotations

import io
from datetime import date
from html import escape

import pytest

from sitroom.read import parse_bytes

REPORTS = {
    "es": (
        "REPORTE DE SITUACIÓN N° 3",
        [
            ("Evento", "Incendios forestales"),
            ("Región", "Región del Valle Alto"),
            ("Fecha", "sábado 3 de febrero de 2024"),
            ("Hora de corte", "08:00 horas"),
            ("Fuente", "Comités Comunales para la Gestión del Riesgo de Desastres, CONAF, Bomberos, Carabineros"),
        ],
        [
            ("SITUACIÓN GENERAL", ["Se mantiene la Alerta Roja regional por amenaza de incendio forestal.",
                                   "La superficie afectada alcanza 16.425 hectáreas."]),
            ("AFECTACIÓN", ["157 personas en 12 albergues habilitados."]),
        ],
        date(2024, 2, 3),
    ),
    "en": (
        "Situation Report No. 3",
        [("Event", "River flooding"), ("Area", "Lower Vale district"), ("Date", "14 May 2021"),
         ("Time of issue", "08:00"), ("Source", "Duty officer, fire service, highways")],
        [
            ("Current situation", ["Three roads remain closed after the river burst its banks.",
                                   "Water levels are falling slowly at every gauge."]),
            ("Welfare", ["Forty residents stayed in the rest centre overnight."]),
        ],
        date(2021, 5, 14),
    ),
    "fr": (
        "Point de situation n° 3",
        [("Événement", "Inondations"), ("Province", "Hainaut"), ("Date", "16 janvier 2024"), ("Heure", "08h00")],
        [
            ("Situation générale", ["La Dendre reste en alerte dans la traversée de la ville.",
                                    "Trois voiries communales restent fermées à la circulation."]),
            ("Actions engagées", ["Les sacs de sable ont été distribués aux riverains."]),
        ],
        date(2024, 1, 16),
    ),
}  # fmt: skip


def _ruled(title: str, fields: list[tuple[str, str]], sections: list, inside: bool = False) -> bytes:
    """A4 from Word: a ruled grid of bold labels, shaded, beside plain values (a long value wraps)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    st = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, alignment=1, spaceAfter=8),
        "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=10, spaceAfter=4),
        "li": ParagraphStyle("li", fontName="Helvetica", fontSize=9.5, leading=12.5, leftIndent=14, bulletIndent=2),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cb", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5),
    }  # fmt: skip
    grid = Table([[Paragraph(escape(a), st["cellb"]), Paragraph(escape(b), st["cell"])] for a, b in fields],
                 colWidths=[100, 200])  # fmt: skip
    grid.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2"))])  # fmt: skip
    story: list = [Paragraph(escape(title), st["title"])]
    if not inside:
        story.append(grid)
    for n, (heading, items) in enumerate(sections):
        story.append(Paragraph(escape(heading), st["h"]))
        story += [Paragraph(escape(t), st["li"], bulletText="–") for t in items]
        if inside and n == 0:
            story.append(grid)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


def _drawn(title: str, fields: list[tuple[str, str]], sections: list, inside: bool = False) -> bytes:
    """US Letter drawn line by line in Times: no rules, each label closed by a colon, in the same print as
    its value; the French report sets two pairs a row."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1)
    left, y = 60, LETTER[1] - 70

    def table() -> None:
        nonlocal y
        per_row = 2 if len(fields) == 4 else 1
        for n in range(0, len(fields), per_row):
            for k, (label, value) in enumerate(fields[n : n + per_row]):
                x = left + k * 250
                c.setFont("Times-Roman", 10)
                c.drawString(x, y, f"{label}:")
                c.drawString(x + 90, y, value)
            y -= 14
        y -= 12

    c.setFont("Times-Bold", 18)
    c.drawString(left, y, title)
    y -= 30
    if not inside:
        table()
    for n, (heading, items) in enumerate(sections):
        c.setFont("Times-Bold", 12)
        c.drawString(left, y, heading)
        y -= 18
        for t in items:
            c.setFont("Times-Roman", 11)
            c.drawString(left, y, "•")
            c.drawString(left + 12, y, t)
            y -= 15
        y -= 8
        if inside and n == 0:
            table()
    c.save()
    return buf.getvalue()


LAYOUTS = {"ruled": _ruled, "drawn": _drawn}


def _texts(report) -> list[str]:
    return [s.heading or "" for s in report.sections] + [i.text for s in report.sections for i in s.items]


@pytest.mark.parametrize("language", list(REPORTS))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_labels_beside_values_under_the_title_are_the_reports_details(layout: str, language: str) -> None:
    title, fields, sections, day = REPORTS[language]
    report = parse_bytes(LAYOUTS[layout](title, fields, sections), "report.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == sections
    assert report.date == day
    assert any("details table" in w for w in report.warnings)
    texts = _texts(report)
    for label, value in fields:
        assert not any(t.startswith(label) or value in t for t in texts)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_same_table_inside_a_section_is_no_details_table(layout: str) -> None:
    title, fields, sections, _ = REPORTS["en"]
    report = parse_bytes(LAYOUTS[layout](title, fields, sections, inside=True), "report.pdf")[0]
    assert [s.heading for s in report.sections][:1] == [sections[0][0]]
    assert not any("details table" in w for w in report.warnings)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_labels_beside_values_with_no_date_or_number_are_no_details_table(layout: str) -> None:
    title, _, sections, _ = REPORTS["en"]
    fields = [("Roads closed", "Three"), ("Crews on standby", "Two"), ("Rest centres", "One open")]
    report = parse_bytes(LAYOUTS[layout](title, fields, sections), "report.pdf")[0]
    assert not any("details table" in w for w in report.warnings)
