"""German and Dutch reports close and address themselves as English ones do: the distribution ("Verteiler:
…", "Verzendlijst: …") is the masthead's, the next report or meeting ("Nächster Lagebericht: …", "Volgend
ROT-overleg: …") and the signature's abbreviation before the name ("gez. Brandt", "w.g. De Vries") are the
trailer, none of them an item. The next meeting said in a sentence as the last point of the next steps
("Nächste Stabssitzung am 10. Januar um 07:30 Uhr.") is a point.

Two layouts: a district crisis staff's Lagebericht as a PDF (the distribution in the header grid, decimal
headings in bold body type, "-" items); and a Dutch operational team's situatierapport in Word (the
distribution under the title, heading styles, list bullets, the next meeting and the signature at the end).
"""

from __future__ import annotations

import io

import docx
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sitroom.model import Report
from sitroom.read import parse_bytes

LAGE = [
    ("1. Lage", ["Der Pegel Lauterbach steht bei 4,12 m und fällt langsam.", "Rund 1.250 Haushalte sind ohne Strom."]),
    ("2. Getroffene Maßnahmen", ["Zwei Notunterkünfte sind eingerichtet.", "Die B 27 ist bei Tann gesperrt."]),
    # the next meeting said as a point of the next steps is an item
    ("3. Weiteres Vorgehen", ["Deich bei Au weiter beobachten.", "Nächste Stabssitzung am 10. Januar um 07:30 Uhr."]),
]
BEELD = [
    ("Algemeen", ["Sinds gisteren zijn 57.990 aansluitingen zonder stroom", "Er zijn 3 NL-Alerts verstuurd"]),
    ("Bevolkingszorg", ["Warmtepunten zijn ingericht in 11 dorpshuizen"]),
]


def _got(report: Report) -> list[tuple[str | None, list[str]]]:
    return [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]


def _lagebericht() -> bytes:
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5)
    number = ParagraphStyle("number", fontName="Helvetica-Bold", fontSize=11, leading=14)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    bold = ParagraphStyle("bold", parent=body, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=10, spaceAfter=3)
    item = ParagraphStyle("item", parent=body, leftIndent=24, bulletIndent=13, spaceAfter=2)
    head = Table(
        [
            [
                Paragraph("Landkreis Au<br/>Krisenstab – Sachgebiet S 2 (Lage)", cell),
                Paragraph("LAGEBERICHT Nr. 3<br/>Stand: 09.01.2024, 07:00 Uhr", number),
            ],
            [Paragraph("Ereignis: Hochwasser", cell), Paragraph("Verteiler: Stabsmitglieder, Gemeinden, ILS", cell)],
        ],
        colWidths=[260, 220],
    )
    head.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black)]))
    story: list = [head, Spacer(1, 10)]
    for heading, items in LAGE:
        story.append(Paragraph(heading, bold))
        story += [Paragraph(t, item, bulletText="-") for t in items]
    story += [Spacer(1, 10), Paragraph("Nächster Lagebericht: 09.01.2024, 19:00 Uhr", body)]
    story.append(Paragraph("gez. Brandt, Leiter Sachgebiet S 2", body))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def _situatierapport() -> bytes:
    d = docx.Document()
    d.add_heading("Situatierapport 4 – Stroomstoring", level=0)
    d.add_paragraph("Verzendlijst: leden ROT, burgemeesters, Meldkamer Oost")
    for heading, items in BEELD:
        d.add_heading(heading, level=1)
        for t in items:
            d.add_paragraph(t, style="List Bullet")
    d.add_paragraph()
    d.add_paragraph("Volgend ROT-overleg: 13-02-2024 12:30 uur, Meldkamer Oost")
    d.add_paragraph("w.g. De Vries, informatiemanager ROT")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_lageberichts_distribution_next_report_and_signature_are_no_items() -> None:
    report = parse_bytes(_lagebericht(), "lagebericht.pdf")[0]
    assert _got(report) == LAGE


def test_a_situatierapports_distribution_next_meeting_and_signature_are_no_items() -> None:
    report = parse_bytes(_situatierapport(), "situatierapport.docx")[0]
    assert _got(report) == BEELD
