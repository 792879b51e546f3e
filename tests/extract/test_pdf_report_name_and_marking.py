"""The report's own name with its number ("POINT DE SITUATION n° 3", "Situation Report No. 4", "Informe de
situación N.º 2", "Lagebericht Nr. 5"), set large under the sender's name and a line or two of its unit in
small print, is the title, not a heading over the date line; and a handling marking at the foot of the page
("Diffusion restreinte – membres de la cellule de crise", "OFFICIAL-SENSITIVE", "Uso interno", "Nur für den
Dienstgebrauch") is page furniture, not an item of the section the page ends in. A one-page report in two
columns drawn on the canvas, and one in a single column from a document template."""

from __future__ import annotations

import io
from datetime import date
from html import escape

import pytest

from sitroom.read import parse_bytes

REPORTS = {
    "fr": (
        ("PROVINCE DE HAINAUT", "Cellule de crise provinciale – Discipline 5 (information)"),
        "POINT DE SITUATION n° 3",
        "jeudi 18 janvier 2024 – situation à 08h00",
        "Diffusion restreinte – membres de la cellule de crise et bourgmestres",
        [
            ("Situation générale", ["La Dendre reste en alerte dans la traversée de la ville.",
                                    "Trois voiries communales restent fermées à la circulation."]),
            ("Actions engagées", ["Les sacs de sable ont été distribués aux riverains du quai."]),
        ],
        date(2024, 1, 18),
    ),
    "en": (
        ("NORTHSHIRE COUNTY COUNCIL", "Emergency Planning Unit"),
        "Situation Report No. 4",
        "Tuesday 14 May 2021, 08:00",
        "OFFICIAL-SENSITIVE",
        [
            ("Current situation", ["Three roads remain closed after the river burst its banks.",
                                   "Water levels are falling slowly at every gauge."]),
            ("Welfare", ["Forty residents stayed in the rest centre overnight."]),
        ],
        date(2021, 5, 14),
    ),
    "es": (
        ("DIRECCIÓN REGIONAL DE EMERGENCIAS", "Unidad de Alerta Temprana"),
        "Informe de situación N.º 2",
        "sábado 3 de febrero de 2024, 08:00 horas",
        "Uso interno",
        [
            ("Situación general", ["Se mantiene la Alerta Roja regional por amenaza de incendio forestal.",
                                   "La superficie afectada alcanza 16.425 hectáreas."]),
            ("Afectación", ["157 personas en 12 albergues habilitados."]),
        ],
        date(2024, 2, 3),
    ),
    "de": (
        ("LANDKREIS NORDTAL", "Führungsstab", "Sachgebiet 2 – Lage"),
        "Lagebericht Nr. 5",
        "Stand: 06.04.2020, 08:00 Uhr",
        "VS – Nur für den Dienstgebrauch",
        [
            ("Lage", ["Der Pegel am Nordtal-Wehr sinkt seit dem Morgen langsam.",
                      "Zwei Kreisstraßen bleiben wegen Überflutung gesperrt."]),
            ("Maßnahmen", ["Die Sandsackfüllstation am Bauhof bleibt besetzt."]),
        ],
        date(2020, 4, 6),
    ),
}  # fmt: skip


def _masthead(c, sender: tuple[str, ...], name: str, when: str, marking: str, width: float, top: float) -> None:
    """The sender's name in large print, its unit (and its section) in small print, the report's name."""
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, top - 40, sender[0])
    c.setFont("Helvetica", 9.5)
    for n, line in enumerate(sender[1:]):
        c.drawString(40, top - 54 - 11 * n, line)
    c.line(40, top - 78, width - 40, top - 78)
    c.setFont("Helvetica-Bold", 16)
    c.drawCentredString(width / 2, top - 98, name)
    c.setFont("Helvetica", 10)
    c.drawCentredString(width / 2, top - 114, when)
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawString(40, 24, marking)
    c.drawRightString(width - 40, 24, "Page 1")


def _two_columns(sender, name, when, marking, sections) -> bytes:
    """A4 in two columns: the sections flow down the left column and on into the right."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    _masthead(c, sender, name, when, marking, w, h)
    col = (w - 80 - 18) / 2
    x, y = 40, h - 150
    for n, (heading, items) in enumerate(sections):
        if n == len(sections) - 1:
            x, y = 40 + col + 18, h - 150
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(x, y, heading)
        y -= 16
        for t in items:
            c.setFont("Helvetica", 10)
            c.drawString(x, y, "•")
            words, line = t.split(), ""
            for word in words:  # wrap inside the column
                if line and c.stringWidth(f"{line} {word}", "Helvetica", 10) > col - 12:
                    c.drawString(x + 10, y, line)
                    y, line = y - 13, word
                else:
                    line = f"{line} {word}".strip()
            c.drawString(x + 10, y, line)
            y -= 16
        y -= 6
    c.save()
    return buf.getvalue()


def _template(sender, name, when, marking, sections) -> bytes:
    """A4 in one column from a document template, the masthead and the foot drawn on the page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=9, spaceAfter=3)
    li = ParagraphStyle("li", fontName="Helvetica", fontSize=10, leading=13, leftIndent=12, bulletIndent=0)
    story: list = []
    for heading, items in sections:
        story.append(Paragraph(escape(heading), h))
        story += [Paragraph(escape(t), li, bulletText="–") for t in items]

    def page(c, _d) -> None:
        c.saveState()
        _masthead(c, sender, name, when, marking, A4[0], A4[1])
        c.restoreState()

    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, topMargin=140, bottomMargin=50, invariant=1).build(story, onFirstPage=page)
    return buf.getvalue()


LAYOUTS = {"two columns": _two_columns, "template": _template}


@pytest.mark.parametrize("language", list(REPORTS))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_numbered_name_is_the_title_and_the_foot_marking_furniture(layout: str, language: str) -> None:
    sender, name, when, marking, sections, day = REPORTS[language]
    report = parse_bytes(LAYOUTS[layout](sender, name, when, marking, sections), "report.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == sections
    assert report.title == name
    assert report.date == day
    assert any("footer" in w for w in report.warnings)


@pytest.mark.parametrize(
    ("line", "marking"),
    [
        ("OFFICIAL-SENSITIVE", True),
        ("Diffusion restreinte – membres de la cellule de crise et bourgmestres", True),
        ("USO INTERNO – Comité Regional de Emergencia", True),
        ("Nur für den Dienstgebrauch", True),
        ("TLP:AMBER", True),
        ("Internal communications", False),
        ("Restricted access to the quay stays in place until the water level has fallen below the wall.", False),
    ],
)
def test_a_marking_line_in_any_language(line: str, marking: bool) -> None:
    from sitroom.text.markings import is_marking_line

    assert is_marking_line(line) is marking
