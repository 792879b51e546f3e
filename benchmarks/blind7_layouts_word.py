"""Word writers of the ``blind7_layouts`` set: a Dutch safety region's "situatierapport" (a details table,
the BOB structure in heading styles — "Beeld" over one sub-heading per discipline, "Oordeel", "Besluiten" —
agreed actions in a Nr | Actie | Wie | Gereed table, the next meeting at the end), a Welsh council's
bilingual report (one two-column table, Welsh on the left and English on the right, a shaded row per
heading and a row per point, the Welsh language line at the foot) and a health board's SBAR paper (a To /
From / Date / Subject table, then four rows whose left cell is a large shaded letter over its word and whose
right cell holds the bullets).
"""

from __future__ import annotations

from datetime import timedelta

from blind7_layouts_content import MISOEDD, report_day, welsh_of
from council_layouts_gold import Doc
from council_layouts_writers import _save

# the English heading as the Welsh council prints it beside its Welsh one
CYMRAEG = {
    "Current situation": "Y sefyllfa bresennol",
    "Impact on residents and services": "Effaith ar drigolion a gwasanaethau",
    "Council response": "Ymateb y cyngor",
    "Risks and mitigation": "Risgiau a mesurau lliniaru",
    "Staffing": "Staffio",
    "Communications": "Cyfathrebu",
    "Next steps": "Camau nesaf",
}


WHO = ("Informatiemanager", "Algemeen commandant bevolkingszorg", "Officier van dienst GHOR", "Communicatieadviseur")


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _cell_text(cell, text: str, bold: bool = False, size: float | None = None, style: str | None = None):
    """Write ``text`` into the cell's first empty paragraph (or a new one), bold or sized as asked."""
    from docx.shared import Pt

    p = cell.paragraphs[-1] if not cell.paragraphs[-1].text else cell.add_paragraph()
    if style:
        p.style = style
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def _details(d, rows: list[tuple[str, str]], fill: str) -> None:
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        _cell_text(cells[0], label, bold=True)
        _shade(cells[0], fill)
        _cell_text(cells[1], value)


def docx_situatierapport(doc: Doc) -> bytes:
    """A Dutch safety region's situation report of its regional operational team: "SITUATIERAPPORT" and a
    details table, then Heading 1 / Heading 2 sections of bullets in the BOB order, the agreed actions as a
    Nr | Actie | Wie | Gereed table, "Volgend ROT-overleg …" at the end."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    d = Document()
    when = report_day(doc) + timedelta(hours=8, minutes=30)
    title = d.add_paragraph()
    run = title.add_run("SITUATIERAPPORT")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(20), RGBColor(0xC8, 0x10, 0x2E)
    _details(d, [("Veiligheidsregio", doc.organisation), ("Incident", doc.service),
                 ("Team", "Regionaal Operationeel Team (ROT)"), ("Datum / tijd", f"{when:%d-%m-%Y %H:%M} uur"),
                 ("Versie", str(doc.number)), ("Opschaling", "GRIP 2"),
                 ("Opgesteld door", "Informatiemanager ROT")], "F2DCDB")  # fmt: skip
    for s in doc.sections:
        d.add_heading(s.heading, level=s.level)
        if s.heading != "Acties":
            for it in s.items:
                d.add_paragraph(it.text, style="List Bullet")
            continue
        table = d.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, name in zip(table.rows[0].cells, ("Nr", "Actie", "Wie", "Gereed"), strict=True):
            _cell_text(cell, name, bold=True)
            _shade(cell, "D9D9D9")
        for k, it in enumerate(s.items, start=1):
            cells = table.add_row().cells
            _cell_text(cells[0], f"A{doc.number}.{k}")
            _cell_text(cells[1], it.text)
            _cell_text(cells[2], WHO[(len(it.thread) + k) % len(WHO)])
            _cell_text(cells[3], f"{when + timedelta(hours=4 * k):%d-%m %H:%M}")
    d.add_paragraph()
    d.add_paragraph(f"Volgend ROT-overleg: {when + timedelta(hours=4):%d-%m-%Y %H:%M} uur, Meldkamer Oost")
    return _save(d)


def _welsh_date(doc: Doc) -> str:
    when = report_day(doc)
    return f"{when.day} {MISOEDD[when.month - 1]} {when.year}"


def docx_bilingual(doc: Doc) -> bytes:
    """A Welsh council's situation report in both languages: the council's Welsh and English names and the
    title in two cells, then one table of two columns (Cymraeg | English) with a shaded row per heading and a
    row per point, each point a "•" paragraph; the line that the document is available in both languages
    under it."""
    from docx import Document
    from docx.shared import Pt

    d = Document()
    cy_org, en_org = doc.organisation.split(" / ")
    top = d.add_table(rows=2, cols=2)
    _cell_text(top.rows[0].cells[0], cy_org, bold=True, size=13)
    _cell_text(top.rows[0].cells[1], en_org, bold=True, size=13)
    _cell_text(top.rows[1].cells[0], f"Ymateb i Storm – Adroddiad Sefyllfa {doc.number}\n{_welsh_date(doc)}")
    _cell_text(top.rows[1].cells[1], f"{doc.title}\n{doc.date}")
    d.add_paragraph()
    welsh = welsh_of(doc)
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    _cell_text(table.rows[0].cells[0], "Cymraeg", bold=True)
    _cell_text(table.rows[0].cells[1], "English", bold=True)
    for k, s in enumerate(doc.sections):
        cells = table.add_row().cells
        for cell, text in zip(cells, (CYMRAEG[s.heading], s.heading), strict=True):
            _cell_text(cell, text, bold=True, size=11.5)
            _shade(cell, "DDEBF7")
        for n, it in enumerate(s.items):
            cells = table.add_row().cells
            for cell, text in zip(cells, (welsh[k][n], it.text), strict=True):
                p = _cell_text(cell, "•\t" + text)
                p.paragraph_format.left_indent = Pt(14)
                p.paragraph_format.first_line_indent = Pt(-14)
    d.add_paragraph()
    end = d.add_paragraph().add_run("Mae'r ddogfen hon ar gael yn Gymraeg. This document is available in Welsh.")
    end.italic = True
    return _save(d)


def docx_sbar(doc: Doc) -> bytes:
    """A health board's SBAR paper: the board's name, "SBAR" and the subject, a To / From / Date / Subject /
    Purpose table, then a four-row table whose left cell holds a large shaded capital over its word
    ("S" / "Situation") and whose right cell holds the section's bullets (List Bullet paragraphs)."""
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor

    d = Document()
    org = d.add_paragraph()
    run = org.add_run(doc.organisation)
    run.bold, run.font.size, run.font.color.rgb = True, Pt(11), RGBColor(0x00, 0x5E, 0xB8)
    title = d.add_paragraph()
    run = title.add_run(doc.title)
    run.bold, run.font.size = True, Pt(16)
    _details(d, [("To", "Executive Team"), ("From", "Chief Operating Officer"), ("Date", doc.date),
                 ("Subject", f"{doc.service}: position and escalation"), ("Purpose", "For approval")],
             "E7E6E6")  # fmt: skip
    d.add_paragraph()
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for s in doc.sections:
        left, right = table.add_row().cells
        left.width, right.width = Cm(3.2), Cm(13.3)
        _shade(left, "005EB8")
        letter = _cell_text(left, s.heading[0], bold=True, size=28)
        letter.runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        word = _cell_text(left, s.heading, bold=True, size=10)
        word.runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for it in s.items:
            _cell_text(right, it.text, style="List Bullet")
    return _save(d)
