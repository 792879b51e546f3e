"""A spreadsheet of the report's sections printed to PDF: each section's name in a cell merged down its rows, the
rows' numbers in the next column ("Section | No. | Statement | Measures"), and over the header a row of the sheet's
particulars whose borders part the columns under them otherwise ("Date: … | Hour: … | Prepared by: …"). Each name
heads the statements of its rows, each measure is its row's mitigation; numbers, header and particulars are no
items. Drawn with reportlab's tables with and without the particulars row, in English and in French."""

from __future__ import annotations

import io

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from sitroom.read import parse_bytes

BODY = ParagraphStyle("c", fontName="Helvetica", fontSize=10, leading=12)
BOLD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10, leading=12)
SHEETS = {
    "english": (
        ("Section", "No.", "Statement", "Measures / notes"),
        ("Date: 26/1/2026", "Hour: 16:00", "Prepared by: the duty liaison officer"),
        [
            ("Summary", [("The county was hit by a polar low with snow on the high ground since 24 January.", ""),
                         ("Roads closed by snow: 27.", "")]),
            ("Weather", [("The Met Office expects frost and ice on the roads during the night hours.", "")]),
            ("Staff", [("Crews work in shifts around the clock with the county operations room.", ""),
                       ("Technicians and drivers on duty: 153.", "")]),
            ("Risks", [("Ice on the mountain roads at night: under watch.",
                        "Salt spread in the evening and dangerous roads closed with the police."),
                       ("Landslides on the road shoulders after the thaw.", "Watch the critical sites.")]),
        ],
    ),
    "french": (
        ("Rubrique", "N°", "Constat", "Mesures prises"),
        ("Date : 26/1/2026", "Heure : 16 h", "Rédigé par : l'officier de liaison"),
        [
            ("Synthèse", [("Le département est touché par une dépression polaire avec de la neige en altitude.", ""),
                          ("Routes fermées par la neige : 27.", "")]),
            ("Moyens", [("Les équipes se relaient jour et nuit avec la salle opérationnelle.", ""),
                        ("Agents et chauffeurs de permanence : 153.", "")]),
            ("Risques", [("Verglas sur les routes de montagne la nuit : sous surveillance.",
                          "Salage en soirée et fermeture des routes dangereuses avec la gendarmerie."),
                         ("Glissements sur les accotements après le dégel.", "Surveillance des sites critiques.")]),
        ],
    ),
}  # fmt: skip


def _sheet(language: str, particulars: bool) -> bytes:
    titles, fields, sections = SHEETS[language]
    rows: list[list] = []
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if particulars:
        # three fields over the table: their borders fall where the columns' do not
        rows.append([Paragraph(fields[0], BODY), "", Paragraph(fields[1], BODY), Paragraph(fields[2], BODY), "", ""])
        style += [("SPAN", (0, 0), (1, 0)), ("SPAN", (3, 0), (5, 0))]
    top = len(rows)
    rows.append([Paragraph(titles[0], BOLD), Paragraph(titles[1], BOLD), Paragraph(titles[2], BOLD), "",
                 Paragraph(titles[3], BOLD), ""])  # fmt: skip
    for name, points in sections:
        start = len(rows)
        for n, (point, measure) in enumerate(points, 1):
            rows.append([Paragraph(name, BOLD) if n == 1 else "", str(n), Paragraph(point, BODY), "",
                         Paragraph(measure, BODY), ""])  # fmt: skip
        if len(points) > 1:
            style.append(("SPAN", (0, start), (0, len(rows) - 1)))
    # the statements and the measures each span two of the grid's columns, parted by the particulars' borders
    style += [("SPAN", (2, r), (3, r)) for r in range(top, len(rows))]
    style += [("SPAN", (4, r), (5, r)) for r in range(top, len(rows))]
    table = Table(rows, colWidths=[90, 25, 70, 185, 40, 130])
    table.setStyle(TableStyle(style))
    out = io.BytesIO()
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=16, leading=20)
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph("Field report No. 1", title), table])
    return out.getvalue()


@pytest.mark.parametrize("particulars", [False, True], ids=["plain", "particulars"])
@pytest.mark.parametrize("language", sorted(SHEETS))
def test_a_sheet_of_sections_with_numbered_rows(language: str, particulars: bool) -> None:
    _, _, sections = SHEETS[language]
    report = parse_bytes(_sheet(language, particulars), "sheet.pdf")[0]
    got = [(s.heading, [(i.text, i.mitigation) for i in s.items]) for s in report.sections if s.items]
    assert got == [(name, [(p, m or None) for p, m in points]) for name, points in sections]
