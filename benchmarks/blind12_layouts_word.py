"""Word writers of the ``blind12_layouts`` set: an Irish county council's crisis management team update in a
storm (the council, "Crisis Management Team Update No. 3", the event and a Date / Time / Chair line in bold
Normal type, a "Status summary" RAG table of Area | Status | Comment with shaded status cells, headings "1.0
Situation" … typed bold with a tab after the number, Word bullets, a risk's "Mitigation: …" on an indented
paragraph under it led by a typed "o" and a tab as it arrives when pasted from an e-mail); an Italian
municipality's operations centre "Bollettino di aggiornamento" typed without styles (the municipality, the
province and "CENTRO OPERATIVO COMUNALE (C.O.C.)" centred, "BOLLETTINO DI AGGIORNAMENTO N. 3", the event and
its time; headings in bold underlined capitals; each point a paragraph opening with a typed "– ", "Azioni:"
inside a risk's point; "Il Sindaco", "f.to …" and the note on the printed signature); and a water company's
incident update whose sections are rows of one one-column table (each heading a shaded row with white bold
text, the content the row under it holding Word bullets, "Mitigation:" in bold inside a risk's bullet), under
the company's name, "INCIDENT UPDATE" and an incident details line, with the distribution list after the
table and a protective marking in the footer.
"""

from __future__ import annotations

from blind7_layouts_content import report_day
from council_layouts_gold import Doc
from council_layouts_writers import _save

IE_LEAD = "Mitigation:"
IT_LEAD = "Azioni:"
WATER_LEAD = "Mitigation:"
RAG_ROWS = (("Roads", "Red", "Closures across all districts"), ("Water Services", "Amber", "Pumping stations on "
            "generators"), ("Housing", "Green", "No emergency placements"), ("Fire Service", "Amber",
            "Tree and flooding calls"))  # fmt: skip
SHADE = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050"}


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _lead_runs(p, text: str, lead: str, bold: bool = True) -> None:
    """``text`` as runs of ``p``, ``lead`` set in bold where it stands inside the text."""
    if f" {lead} " not in text:
        p.add_run(text)
        return
    before, after = text.split(f" {lead} ", 1)
    p.add_run(before + " ")
    p.add_run(lead).bold = bold
    p.add_run(" " + after)


# ---------------------------------------------------------------- Irish CMT update


def docx_cmt_ie(doc: Doc) -> bytes:
    """The CMT's update as the council's emergency management officer circulates it after the meeting."""
    from docx import Document
    from docx.shared import Cm, Pt

    d = Document()
    when = report_day(doc)
    d.sections[0].footer.paragraphs[0].text = f"{doc.organisation} – CMT update {doc.number} – not for publication"
    for text, size in ((doc.organisation, 14), (f"Crisis Management Team Update No. {doc.number}", 16),
                       (doc.service, 12),
                       (f"Date: {when:%d/%m/%Y}\tTime: 08:30\tChair: Chief Executive", 10)):  # fmt: skip
        run = d.add_paragraph().add_run(text)
        run.bold, run.font.size = True, Pt(size)
    d.add_paragraph().add_run("Status summary").bold = True
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Area", "Status", "Comment"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for area, status, comment in RAG_ROWS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = area, status, comment
        _shade(cells[1], SHADE[status])
    d.add_paragraph()
    for s in doc.sections:
        number, _, name = s.heading.partition(" ")
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        run = p.add_run(f"{number}\t{name}")
        run.bold, run.font.size = True, Pt(12)
        for it in s.items:
            if s.risks and f" {IE_LEAD} " in it.text:
                risk, mit = it.text.split(f" {IE_LEAD} ", 1)
                d.add_paragraph(risk, style="List Bullet")
                sub = d.add_paragraph(f"o\t{IE_LEAD} {mit}")
                sub.paragraph_format.left_indent = Cm(1.9)
                sub.paragraph_format.first_line_indent = Cm(-0.63)
            else:
                d.add_paragraph(it.text, style="List Bullet")
    return _save(d)


# ---------------------------------------------------------------- Italian bollettino


def docx_bollettino_it(doc: Doc) -> bytes:
    """The C.O.C.'s bulletin as the municipal civil protection office types it for the mayor to sign."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = Document()
    when = report_day(doc)
    name = doc.organisation.replace("Comune di ", "")
    head = ((doc.organisation.upper(), 14, True), ("Provincia di Aquilonia", 10, False),
            ("CENTRO OPERATIVO COMUNALE (C.O.C.)", 11, True), ("", 10, False),
            (f"BOLLETTINO DI AGGIORNAMENTO N. {doc.number}", 14, True),
            (f"{doc.service} – situazione alle ore 12:00 del {when:%d/%m/%Y}", 11, False))  # fmt: skip
    for text, size, bold in head:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.bold, run.font.size = bold, Pt(size)
    for s in doc.sections:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        run = p.add_run(s.heading)
        run.bold = run.underline = True
        for it in s.items:
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            _lead_runs(p, "– " + it.text, IT_LEAD)
    d.add_paragraph()
    for text in (f"{name}, {when:%d/%m/%Y}", "Il Sindaco", "f.to Dott. Marco Bellini"):
        p = d.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    note = d.add_paragraph("(Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. "
                           "39/1993)")  # fmt: skip
    note.runs[0].font.size = Pt(8)
    note.runs[0].italic = True
    return _save(d)


# ---------------------------------------------------------------- water company's one-column table


def docx_water_table(doc: Doc) -> bytes:
    """The water company's incident update to partners, from its incident room's template."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    d = Document()
    when = report_day(doc)
    d.sections[0].footer.paragraphs[0].text = "OFFICIAL-SENSITIVE – for partner organisations only"
    run = d.add_paragraph().add_run(doc.organisation)
    run.bold, run.font.size = True, Pt(18)
    run = d.add_paragraph().add_run("INCIDENT UPDATE")
    run.bold, run.font.size = True, Pt(14)
    d.add_paragraph(f"Incident: {doc.service} – Hallow Hill zone  |  Update no. {doc.number}  |  Issued: "
                    f"{when:%d/%m/%Y} 07:30  |  Incident manager: Duty Incident Manager")  # fmt: skip
    table = d.add_table(rows=0, cols=1)
    table.style = "Table Grid"
    for s in doc.sections:
        cell = table.add_row().cells[0]
        _shade(cell, "1F4E79")
        run = cell.paragraphs[0].add_run(s.heading)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        cell = table.add_row().cells[0]
        for n, it in enumerate(s.items):
            p = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
            p.style = d.styles["List Bullet"]
            _lead_runs(p, it.text, WATER_LEAD)
    d.add_paragraph()
    d.add_paragraph("Distribution: LRF partners, Drinking Water Inspectorate, UKHSA, local authority "
                    "environmental health")  # fmt: skip
    return _save(d)
