"""Word writers of the ``blind47_layouts`` set (python-docx): a college group's report from its template, each
section a heading over an "Update | RAG" table, and a public health service's briefing with its paragraphs numbered
on through the whole paper, saved as PDF by LibreOffice.

An English further education college group's RAAC situation report, typed into the group's Word template: the page
header a table of three cells — the group's logo (a picture), "RAAC Situation Report" and the group's name, and the
date, report number and version —, "OFFICIAL-SENSITIVE" and "Page 1 of 3" in the footer; a "Prepared by" and
"Circulation" line in italics; then each section a Heading 1 followed by a two-column table "Update | RAG", its
header row shaded, a row per point with "G", "A" or "R" in a cell shaded green, amber or red; the risks a table of
three columns — Risk | RAG | Control measures —, each risk's mitigation in its Control measures cell, "–" where it
has none; "Next report: …" in italics at the end. "£3,400", "£1.25m", "1,250", "16 March", "(was 5)".

A New Zealand public health service's briefing on a whooping cough outbreak, in the public service's briefing
template saved as PDF by LibreOffice (``soffice --headless --convert-to pdf``): "IN CONFIDENCE" at the head of every
page, the service's name, "Briefing" and the title, a table of particulars (Date, Briefing number, To, Priority,
Security level, Contact), "Purpose" and its paragraph, then each section a bold heading with its paragraphs numbered
by Word's list on through the whole briefing ("1." for the purpose, then "2." and on), "What we are doing:" in
bold inside a risk's paragraph, a "Recommendations" table of what the group is asked to note and agree ("Noted",
"Agree / Disagree"), the Medical Officer of Health's name and post, "Page 1 of 3" at the foot. "$3,400", "$1.25m",
"16 March", "(last update: 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field, add_list, number_paragraph
from blind43_layouts_word import soffice_pdf
from blind46_layouts_word import _save, _shade, _widths
from blind47_layouts_banks_north import RAAC
from blind47_layouts_banks_south import PERTUSSIS
from blind47_layouts_content import parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

# ---------------------------------------------------------------- a college group's template, "Update | RAG"

RAG = {"G": "92D050", "A": "FFC000", "R": "FF0000"}
RISK_RAG = ("A", "A", "R", "R")
AUTHORS = ("Director of Estates", "Chief Operating Officer", "Head of Estates and Facilities",
           "Vice Principal, Resources")  # fmt: skip
COLOURS = ((0x00, 0x5E, 0xB8), (0x8A, 0x1C, 0x7C), (0x00, 0x7A, 0x6E), (0xC4, 0x3E, 0x00))


def logo(rgb: tuple[int, int, int], letters: str) -> bytes:
    """The organisation's logo as the template holds it: a coloured tile with its letters."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (180, 120), rgb)
    draw = ImageDraw.Draw(img)
    draw.rectangle((8, 8, 171, 111), outline=(255, 255, 255), width=4)
    draw.text((30, 45), letters, fill=(255, 255, 255))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _rag(item) -> str:
    return "A" if zlib.crc32(item.thread.encode()) % 4 == 0 else "G"


def _header_table(sec, doc: Doc, k: int, when) -> None:
    """The template's page header: logo, title and date cells in one table."""
    head = sec.header
    head.paragraphs[0].text = ""
    t = head.add_table(rows=1, cols=3, width=Cm(16.6))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    initials = "".join(w[0] for w in doc.organisation.split() if w[0].isupper())
    t.cell(0, 0).paragraphs[0].add_run().add_picture(io.BytesIO(logo(COLOURS[k], initials)), width=Cm(2.6))
    p = t.cell(0, 1).paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("RAAC Situation Report")
    r.bold, r.font.size = True, Pt(14)
    p = t.cell(0, 1).add_paragraph(doc.organisation)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in (f"Date: {when.day} {when:%B %Y}", f"Report no: {doc.number}", f"Version: 1.{doc.number % 3}"):
        q = t.cell(0, 2).paragraphs[0] if line.startswith("Date") else t.cell(0, 2).add_paragraph()
        q.add_run(line).font.size = Pt(9)
    _widths(t, (Cm(3.4), Cm(8.6), Cm(4.6)))
    t._tbl.addnext(head.paragraphs[0]._p)  # the header ends with a paragraph, as Word keeps it


def _table(d, header: tuple[str, ...], rows: list[tuple[str, ...]], widths, rag_col: int) -> None:
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, header, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, "D9D9D9")
    for row in rows:
        cells = t.add_row().cells
        for n, (cell, text) in enumerate(zip(cells, row, strict=True)):
            cell.paragraphs[0].add_run(text).bold = n == rag_col
            if n == rag_col:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                _shade(cell, RAG[text])
    _widths(t, widths)


def docx_update_rag_raac_gb(doc: Doc) -> bytes:
    """The college group's report: a heading over an "Update | RAG" table per section, the risks in three columns."""
    when = report_day(doc)
    k = RAAC.organisations.index(doc.organisation)
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.header_distance = Cm(0.8)
    sec.top_margin = Cm(4.2)
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    h1 = d.styles["Heading 1"]
    h1.font.name, h1.font.size, h1.font.color.rgb = "Arial", Pt(13), RGBColor(*COLOURS[k])
    _header_table(sec, doc, k, when)
    d.styles["Footer"].font.size = Pt(8)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("OFFICIAL-SENSITIVE\tPage ")
    add_field(foot, "PAGE", "1")
    foot.add_run(" of ")
    add_field(foot, "NUMPAGES", "3")
    p = d.add_paragraph()
    r = p.add_run(f"Prepared by: {AUTHORS[k]}. Circulation: Executive Leadership Team, Chair of the Corporation, "
                  "Department for Education regional team.")  # fmt: skip
    r.italic, r.font.size = True, Pt(9)
    for s in doc.sections:
        d.add_heading(s.heading, level=1)
        if s.risks:
            rows = [(it.body, RISK_RAG[it.level], it.mitigation or "–") for it in s.items]
            _table(d, ("Risk", "RAG", "Control measures"), rows, (Cm(7.4), Cm(1.6), Cm(7.6)), 1)
        else:
            _table(d, ("Update", "RAG"), [(it.text, _rag(it)) for it in s.items], (Cm(14.6), Cm(2)), 1)
    nxt = when + timedelta(days=7)
    d.add_paragraph()
    d.add_paragraph().add_run(f"Next report: {nxt:%A} {nxt.day} {nxt:%B %Y}").italic = True
    d.core_properties.author = AUTHORS[k]
    d.core_properties.title = "RAAC Situation Report"
    return _save(d)


# ---------------------------------------------------------------- a public health briefing, paragraphs numbered

PARAS = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
         '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>')  # fmt: skip
LETTERS = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/>'
           '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>')  # fmt: skip
MOHS = ("Dr Aroha Ngata", "Dr James Whitfield", "Dr Mere Tautahi", "Dr Priya Raman")
NAVY = RGBColor(0x1B, 0x36, 0x5D)


def _particulars(d, rows: list[tuple[str, str, str, str]]) -> None:
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in rows:
        cells = t.add_row().cells
        for n, (cell, text) in enumerate(zip(cells, row, strict=True)):
            r = cell.paragraphs[0].add_run(text)
            r.font.size = Pt(9.5)
            if n % 2 == 0:
                r.bold = True
                _shade(cell, "E7ECF3")
    _widths(t, (Cm(3), Cm(5.2), Cm(3.2), Cm(4.6)))


def _heading(d, text: str) -> None:
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.font.size, r.font.color.rgb = True, Pt(12), NAVY
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True


def _word_briefing_nz(doc: Doc) -> bytes:
    when = report_day(doc)
    k = PERTUSSIS.organisations.index(doc.organisation)
    region = doc.organisation.split(" – ")[1]
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    d.styles["Normal"].font.name = "Liberation Sans"
    d.styles["Normal"].font.size = Pt(11)
    head = sec.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = head.add_run("IN CONFIDENCE")
    r.bold, r.font.size = True, Pt(9)
    d.styles["Footer"].font.size = Pt(8)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot.add_run("Page ")
    add_field(foot, "PAGE", "1")
    foot.add_run(" of ")
    add_field(foot, "NUMPAGES", "3")
    p = d.add_paragraph()
    r = p.add_run(f"Te Whatu Ora – Health New Zealand\n{doc.organisation}")
    r.font.size, r.font.color.rgb = Pt(10), NAVY
    p = d.add_paragraph()
    r = p.add_run("Briefing")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(24), NAVY
    p = d.add_paragraph()
    r = p.add_run(f"Pertussis (whooping cough) outbreak in {region}: update {doc.number}")
    r.bold, r.font.size = True, Pt(14)
    h = zlib.crc32(doc.title.encode())
    _particulars(
        d,
        [
            ("Date", f"{when.day} {when:%B %Y}", "Briefing number", f"NPHS-{when.year}-{h % 900 + 100:04d}"),
            ("To", f"{region} Regional Leadership Group", "Priority", "Medium"),
            ("Security level", "In confidence", "Contact", f"{MOHS[k]}, Medical Officer of Health"),
        ],
    )
    paras = add_list(d, PARAS, "singleLevel")
    _heading(d, "Purpose")
    p = d.add_paragraph(f"This briefing updates the group on the pertussis outbreak in {region} and the public "
                        "health response to it.")  # fmt: skip
    number_paragraph(p, paras)
    for s in doc.sections:
        _heading(d, s.heading)
        for it in s.items:
            p = d.add_paragraph()
            number_paragraph(p, paras)
            p.paragraph_format.space_after = Pt(6)
            risk, lead, rest = parts(it, "nz")
            if lead:
                p.add_run(f"{risk} ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
            else:
                p.add_run(it.text)
    _heading(d, "Recommendations")
    d.add_paragraph("It is recommended that the Regional Leadership Group:")
    letters = add_list(d, LETTERS, "singleLevel")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for ask, answer in (("note the contents of this briefing", "Noted"),
                        ("agree that the outbreak response continues at its current level", "Agree / Disagree"),
                        ("note that a further update will be provided in one week", "Noted")):  # fmt: skip
        cells = t.add_row().cells
        number_paragraph(cells[0].paragraphs[0], letters)
        cells[0].paragraphs[0].add_run(ask)
        cells[1].paragraphs[0].add_run(answer).bold = True
        cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _widths(t, (Cm(12), Cm(4)))
    d.add_paragraph()
    p = d.add_paragraph(f"{MOHS[k]}\nMedical Officer of Health, {region}\nDate: {when.day} {when:%B %Y}")
    p.paragraph_format.space_before = Pt(18)
    d.core_properties.author = MOHS[k]
    d.core_properties.title = f"Briefing: pertussis outbreak update {doc.number}"
    return _save(d)


def pdf_soffice_briefing_nz(doc: Doc) -> bytes:
    """The public health service's briefing, its paragraphs numbered on, saved as PDF by LibreOffice."""
    return soffice_pdf(_word_briefing_nz(doc), ".docx")
