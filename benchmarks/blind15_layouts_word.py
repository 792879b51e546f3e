"""Word writers of the ``blind15_layouts`` set: an NHS integrated care board's daily "System Sitrep" (the ICB's
name white on NHS blue in a one-row banner table beside "SYSTEM SITREP", a Date / Time / System OPEL / Prepared
by grid, a RAG summary table of each area with its RAG rating and trend arrow, then numbered sections whose
headings are bold body text "1. System Summary" and whose points are paragraphs numbered by hand "1.1", "1.2",
"Actions to mitigate:" in bold inside a risk's paragraph, "Approved by" and "Distribution:" lines,
"OFFICIAL-SENSITIVE" in the page header, "Page 1 of 2" in the footer; "1,250", "12%", "18 December") and the
Irish HSE region's weekly "Winter Pressures Report" (the HSE's name in English and Irish in the page header,
the title and "Week 2 | Reporting period …", a Key indicators table of this week and last, each section's
heading white in a green one-cell band table, the points as paragraphs lettered by hand "(a)", "(b)" with a
hanging indent, "Controls in place:" in bold inside a risk's paragraph, "Prepared by" and the Regional
Executive Officer's office, "Page 1 of 2"; "1,250", "€3,400", "€1.25m", "6 January").
"""

from __future__ import annotations

from blind5_layouts_content import figure
from blind7_layouts_content import report_day
from blind14_layouts_word import _fields, _lead
from council_layouts_gold import Doc
from council_layouts_writers import _save

ICB_LEAD = "Actions to mitigate:"
IE_LEAD = "Controls in place:"
NHS_BLUE = "005EB8"
HSE_GREEN = "00857C"
RAG = ("Red", "Amber", "Amber", "Green", "Amber", "Red")
RAG_FILL = {"Red": "E53935", "Amber": "FFB300", "Green": "43A047"}


def _shade(cell, fill: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                                                f'w:fill="{fill}"/>'))  # fmt: skip


def _cell(cell, text: str, bold: bool = False, white: bool = False, size: float = 10) -> None:
    from docx.shared import Pt, RGBColor

    run = cell.paragraphs[0].add_run(text)
    run.bold, run.font.size = bold, Pt(size)
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _grid(d, rows: list[tuple[str, ...]], header_fill: str = "D9D9D9"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            _cell(t.rows[r].cells[c], text, bold=r == 0, size=9)
            if r == 0:
                _shade(t.rows[r].cells[c], header_fill)
    return t


# ---------------------------------------------------------------- NHS integrated care board system sitrep


def docx_sitrep_icb(doc: Doc) -> bytes:
    """The ICB's system sitrep as the system coordination centre sends it each morning."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = Document()
    when = report_day(doc)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL-SENSITIVE"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _fields(sec.footer.paragraphs[0], f"System Sitrep {doc.number} – {when:%d/%m/%Y}    Page {{PAGE}} of {{NUMPAGES}}")
    banner = d.add_table(rows=1, cols=2)
    left, right = banner.rows[0].cells
    _shade(left, NHS_BLUE)
    _shade(right, NHS_BLUE)
    _cell(left, doc.organisation, bold=True, white=True, size=12)
    _cell(right, "SYSTEM SITREP", bold=True, white=True, size=16)
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    _grid(d, [("Date", "Time", "System OPEL", "Sitrep no.", "Prepared by"),
              (f"{when:%A} {when.day} {when:%B %Y}", "09:30", "3", str(doc.number),
               "System Coordination Centre")])  # fmt: skip
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("RAG summary").bold = True
    rag = _grid(d, [("Area", "RAG", "Trend")] + [(s.heading.split(". ", 1)[-1], RAG[k % 6], "↔" if k % 2 else "↑")
                                                   for k, s in enumerate(doc.sections)])  # fmt: skip
    for r, row in enumerate(rag.rows[1:]):
        _shade(row.cells[1], RAG_FILL[RAG[r % 6]])
    for n, s in enumerate(doc.sections, start=1):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        run = p.add_run(s.heading)
        run.bold, run.font.size = True, Pt(12)
        for k, it in enumerate(s.items, start=1):
            p = d.add_paragraph()
            p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(1.0), Cm(-1.0)
            p.add_run(f"{n}.{k}\t")
            _lead(p, it.text, ICB_LEAD)
    d.add_paragraph()
    for label, text in (("Approved by: ", "Director of Operational Performance and Resilience (ICB on call)"),
                        ("Distribution: ", "ICB Executive Team; acute and community trusts; NHS England regional "
                         "EPRR; local authority directors of adult social services"),
                        ("Next sitrep: ", f"{when.day + 1 if when.day < 28 else 1} {when:%B} at 09:30")):  # fmt: skip
        p = d.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(text).font.size = Pt(9)
    return _save(d)


# ---------------------------------------------------------------- HSE region winter pressures report


def docx_winter_hse(doc: Doc) -> bytes:
    """The HSE region's winter pressures report as the regional performance office writes it weekly."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = Document()
    when = report_day(doc)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Feidhmeannacht na Seirbhíse Sláinte | Health Service Executive"
    _fields(sec.footer.paragraphs[0], f"{doc.organisation} – Winter Pressures Report\tPage {{PAGE}} of {{NUMPAGES}}")
    for text, size in ((doc.organisation, 12), ("Winter Pressures Report", 20)):
        p = d.add_paragraph()
        run = p.add_run(text)
        run.bold, run.font.size = True, Pt(size)
    week = when.isocalendar()[1]
    d.add_paragraph(f"Week {week} | Reporting period: Monday {when.day} {when:%B %Y} (08:00 TrolleyGAR count)")
    trolley = figure(doc, ("trolleys",))[0]
    dtoc = figure(doc, ("delayed transfers",))[0]
    surge = figure(doc, ("surge beds",))[0]
    _grid(d, [("Key indicator", "This week", "Last week"), ("Patients on trolleys (08:00)", trolley, "–"),
              ("Delayed transfers of care", dtoc, "–"), ("Surge beds open", surge, "–")], "C8E6E3")  # fmt: skip
    d.add_paragraph()
    for s in doc.sections:
        band = d.add_table(rows=1, cols=1)
        _shade(band.rows[0].cells[0], HSE_GREEN)
        _cell(band.rows[0].cells[0], s.heading, bold=True, white=True, size=12)
        for k, it in enumerate(s.items):
            p = d.add_paragraph()
            p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(1.0), Cm(-1.0)
            p.paragraph_format.space_after = Pt(4)
            p.add_run(f"({'abcdefghij'[k]})\t")
            _lead(p, it.text, IE_LEAD)
        d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Prepared by: ").bold = True
    p.add_run(f"Regional Performance and Integration Office, {doc.organisation}")
    p = d.add_paragraph("Office of the Regional Executive Officer | Email: reo.office@hse.ie")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p.runs[0].font.size = Pt(8)
    return _save(d)
