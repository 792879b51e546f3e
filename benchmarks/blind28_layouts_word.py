"""Word writers of the ``blind28_layouts`` set.

A New South Wales public school's principal's daily update to the Director, Educational Leadership while a bushfire
keeps the school non-operational, typed in Word on the school's letterhead template: the school's name, address and
phone in the page header, the Department's name and the school's web address in the footer, the memo lines "To:",
"From:", "Date:" and "Subject:", then each section a bold underlined line of its own and under it ONE paragraph
holding all the section's points, each a typed "- " and its text, the points parted by manual line breaks
(Shift+Enter, ``<w:br/>``) as a principal types a list without Word's bullets; "Control measures:" plain inside a
risk's point; "Regards", the principal's name and title. "$3,400", "$1.25 million", "(last report 5)".

An NHS integrated care board's system co-ordination centre's daily system situation report, made from the ICB's
Word template: a cover page (the ICB's name, the report's title, date and reporting period, a small table "OPEL
level" | "Prepared by" | "Version", "OFFICIAL-SENSITIVE" under it) and a page break, then a landscape section whose
body is one table — Area | Update | RAG | Lead, the header row repeated on each page — with the area's cell merged
down over all its rows (``w:vMerge``), one row a point, "Actions:" bold inside a risk's update, the RAG a word in a
shaded cell; the protective marking in the header of every page and "Page 2 of 3" in PAGE / NUMPAGES fields in the
footer. "£3,400", "£1.25m", "(prev: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind27_layouts_word import _field
from blind28_layouts_content import parts
from council_layouts_gold import RAG, Doc
from council_layouts_writers import _save

# ---------------------------------------------------------------- NSW school, points parted by line breaks

SCHOOLS = {"Kurrajong Flat": ("14 Bells Line Road, Kurrajong Flat NSW 2758", "(02) 4573 1120", "Hawkesbury",
                              "Megan Doyle"),
           "Wattle Creek": ("2 Creek Street, Wattle Creek NSW 2580", "(02) 4821 3307", "Southern Tablelands",
                            "Paul Nguyen"),
           "Myall Coast": ("88 Lakes Way, Bulahdelah NSW 2423", "(02) 4997 4410", "Great Lakes", "Karen Ellis"),
           "Bellbird Ridge": ("1 Ridge Road, Bellbird NSW 2325", "(02) 4990 1875", "Cessnock",
                              "Daniel Osei")}  # fmt: skip


def _school(org: str) -> tuple[str, str, str, str]:
    for key, value in SCHOOLS.items():
        if org.startswith(key):
            return value
    raise KeyError(org)


def docx_soft_breaks_school_au(doc: Doc) -> bytes:
    """The principal's update as typed on the school's letterhead."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    when = report_day(doc)
    address, phone, network, principal = _school(doc.organisation)
    d = Document()
    style = d.styles["Normal"]
    style.font.name, style.font.size = "Arial", Pt(11)
    sec = d.sections[0]
    head = sec.header.paragraphs[0]
    run = head.add_run(doc.organisation)
    run.bold, run.font.size, run.font.color.rgb = True, Pt(14), RGBColor(0x00, 0x26, 0x64)
    sec.header.add_paragraph(f"{address} | Phone {phone}").runs[0].font.size = Pt(8)
    web = doc.organisation.lower().replace(" public school", "-p").replace(" high school", "-h").replace(" ", "")
    foot = sec.footer.paragraphs[0]
    foot.add_run(f"NSW Department of Education | {web}.schools.nsw.gov.au").font.size = Pt(8)
    for label, value in (("To:", f"Director, Educational Leadership – {network} Network"),
                         ("From:", f"{principal}, Principal"), ("Date:", f"{when:%A} {when.day} {when:%B %Y}"),
                         ("Subject:", f"Bushfire – school non-operational – update {doc.number}")):  # fmt: skip
        p = d.add_paragraph()
        p.add_run(label).bold = True
        p.add_run("\t" + value)
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    for s in doc.sections:
        p = d.add_paragraph()
        r = p.add_run(s.heading)
        r.bold = r.underline = True
        p.paragraph_format.space_after = Pt(2)
        body = d.add_paragraph()
        for k, it in enumerate(s.items):
            risk, lead, rest = parts(it, "au")
            line = body.add_run(f"- {risk} {lead} {rest}" if lead else f"- {it.text}")
            if k < len(s.items) - 1:
                line.add_break()
    d.add_paragraph("Regards,")
    d.add_paragraph(principal)
    d.add_paragraph(f"Principal, {doc.organisation}")
    d.core_properties.author = principal
    return _save(d)


# ---------------------------------------------------------------- ICB system sitrep, areas merged down the table

LEADS = ("SCC Duty Manager", "Director of Urgent Care", "Acute Lead", "Discharge Lead", "Primary Care Lead",
         "Workforce Lead", "Director of Nursing")  # fmt: skip
SHADE = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}


def _shade(cell, fill: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                                                f'w:fill="{fill}"/>'))  # fmt: skip


def docx_vmerge_log_icb_gb(doc: Doc) -> bytes:
    """The system situation report as the ICB's Word template makes it."""
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Cm, Pt, RGBColor

    when = report_day(doc)
    d = Document()
    d.styles["Normal"].font.name, d.styles["Normal"].font.size = "Arial", Pt(10)
    blue = RGBColor(0x00, 0x30, 0x87)
    for text, size in ((doc.organisation, 16), ("System Co-ordination Centre", 14),
                       (f"Daily System Situation Report {doc.number}", 24),
                       (f"{when:%A} {when.day} {when:%B %Y} – position at 08:00", 12),
                       ("Reporting period: the 24 hours to 08:00", 10)):  # fmt: skip
        r = d.add_paragraph().add_run(text)
        r.font.size, r.font.color.rgb, r.bold = Pt(size), blue, size >= 14
    cover = d.add_table(rows=2, cols=3)
    cover.style = "Table Grid"
    opel = 3 + zlib.crc32(doc.title.encode()) % 2
    for j, (a, b) in enumerate((("OPEL level", str(opel)), ("Prepared by", "SCC Duty Manager"),
                                ("Version", "1.0 – final"))):  # fmt: skip
        cover.cell(0, j).text, cover.cell(1, j).text = a, b
    d.add_paragraph("OFFICIAL-SENSITIVE").runs[0].bold = True
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for part in (d.sections[0], sec):
        part.header.is_linked_to_previous = False
        part.header.paragraphs[0].text = "OFFICIAL-SENSITIVE"
        part.header.paragraphs[0].alignment = 1
        foot = part.footer.paragraphs[0]
        foot.text = f"{doc.organisation} – SCC sitrep {doc.number}\tPage "
        _field(foot, "PAGE", "1")
        foot.add_run(" of ")
        _field(foot, "NUMPAGES", "3")
    rows = sum(len(s.items) for s in doc.sections)
    table = d.add_table(rows=rows + 1, cols=4)
    table.style = "Table Grid"
    widths = (Cm(4.5), Cm(16.5), Cm(2.2), Cm(4.0))
    for j, label in enumerate(("Area", "Update", "RAG", "Lead")):
        cell = table.cell(0, j)
        cell.text = label
        cell.paragraphs[0].runs[0].bold = True
        _shade(cell, "D9E2F3")
    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    r = 1
    for n, s in enumerate(doc.sections):
        first = r
        for it in s.items:
            cells = table.rows[r].cells
            risk, lead, rest = parts(it, "icb")
            p = cells[1].paragraphs[0]
            if lead:
                p.add_run(risk + " ")
                p.add_run(lead).bold = True
                p.add_run(" " + rest)
            else:
                p.add_run(it.text)
            rag = RAG[it.level] if s.risks else ("Green", "Amber", "Amber", "Red")[zlib.crc32(it.thread.encode()) % 4]
            cells[2].text = rag
            _shade(cells[2], SHADE[rag])
            cells[3].text = LEADS[n % len(LEADS)]
            r += 1
        area = table.cell(first, 0).merge(table.cell(r - 1, 0)) if r - 1 > first else table.cell(first, 0)
        area.text = s.heading
        area.paragraphs[0].runs[0].bold = True
    table.autofit = False
    for j, column in enumerate(table.columns):
        column.width = widths[j]
    for row in table.rows:
        for j, cell in enumerate(row.cells):
            cell.width = widths[j]
    d.add_paragraph()
    d.add_paragraph("Next SCC sitrep: 08:00 tomorrow. Escalations to the NHS England regional team via the SCC.")
    d.core_properties.title = doc.title
    return _save(d)
