"""Word writers of the ``blind46_layouts`` set (python-docx): a council's report numbered by Word's "List Number"
styles, a Ladin municipality's report with a cover and a contents page saved as PDF by LibreOffice, and a county
animal service's report whose points are numbered lists.

An English district council's situation report in a strike of its refuse crews, typed in Word as a plain report:
the council's name and the title in bold, a small table of particulars (Date, Prepared by, Distribution), each
section's name a bold paragraph in Word's built-in "List Number" style and each sub-section's in "List Number 2",
both styles linked to one multilevel list so that Word numbers them "1." and "4.1" (the number is Word's, not the
text's), the points as body paragraphs indented under them (no bullets), the risks as a table inside section 7 —
Risk | Rating | Actions, the header row shaded, the rating in words, each risk's mitigation in its Actions cell, "–"
where it has none —, "Next report due …" in italics at the end; "OFFICIAL – SENSITIVE" in the header, the report's
name and "Page 1 of 2" in the footer. "£3,400", "£1.25m", "1,250", "12%", "16 March", "(last report: 5)".

A Ladin municipality's landslide report, in Ladin, written in Word and saved as PDF by LibreOffice (``soffice
--headless --convert-to pdf``): a cover page (the municipality's name in Ladin, German and Italian, "Protezion
zivila", the title, the event and the date, "Stab de crisa dl chemun", the version and "Documënt intern"), a contents
page ("Contignü", a TOC field whose cached entries carry each section's page behind dotted leaders), then each
section a Heading 1, the summary as paragraphs, the other points in Word's bullet list, "Mosöres:" in bold inside a
risk's point, the mayor's name under the last section; the municipality and the report's number in the header and
"Plata 2 de 4" in the footer of every page. "3.400 €", "1,25 miliuns de €", "1.250", "16 de messé",
"(relaziun dant: 5)".

An American county animal service's hurricane pet sheltering report, in Word: the service's name in Word's "Title"
style, the report's name and the operational period under it, an "At a glance" table of four figures, each section a
Heading 2, the summary as paragraphs, the other points a numbered list ("1.", "2." …) that starts again under each
heading, "Mitigation:" in bold inside a risk's point, a photograph of the shelter with its caption after the shelter
points, the public information officer and "Page 1" in the footer. "$3,400", "$1.25 million", "September 16",
"(last report: 5)".
"""

from __future__ import annotations

import base64
import io
import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field, add_list, bookmark, number_paragraph
from blind43_layouts_word import soffice_pdf
from blind46_layouts_banks_new import LAVINA
from blind46_layouts_banks_other import PETS, STRIKE
from blind46_layouts_content import LLD_MONTHS, count, group, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor


def _save(d) -> bytes:
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _shade(cell, fill: str) -> None:
    pr = cell._tc.get_or_add_tcPr()
    pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _widths(table, widths) -> None:
    """Column widths in the table's grid and in every cell, as Word keeps them."""
    table.autofit = False
    for col, w in zip(table.columns, widths, strict=True):
        col.width = w
        for cell in col.cells:
            cell.width = w


def _point(p, item, lang: str) -> None:
    """A point's runs: the risk, its lead in bold and the mitigation, or the text alone."""
    risk, lead, rest = parts(item, lang)
    if lead:
        p.add_run(f"{risk} ")
        p.add_run(lead).bold = True
        p.add_run(f" {rest}")
    else:
        p.add_run(item.text)


# ---------------------------------------------------------------- a council's report numbered by "List Number"

NUMBERED = (
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="ListNumber"/>'
    '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="ListNumber2"/>'
    '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
)
RATING = ("Low", "Medium", "High", "Very high")
AUTHORS = ("Head of Environmental Services", "Waste and Recycling Manager", "Head of Street Scene",
           "Operations Manager (Waste)")  # fmt: skip


def docx_list_number_gb(doc: Doc) -> bytes:
    """The council's report: sections numbered by Word's List Number styles, the risks a table."""
    when = report_day(doc)
    k = STRIKE.organisations.index(doc.organisation)
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    nid = add_list(d, NUMBERED, "multilevel")
    for name, lvl in (("List Number", 0), ("List Number 2", 1)):
        num_pr = d.styles[name].element.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = lvl
        num_pr.get_or_add_numId().val = nid
    head = sec.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    head.add_run("OFFICIAL – SENSITIVE").font.size = Pt(9)
    foot = sec.footer.paragraphs[0]
    foot.add_run(f"Waste services industrial action – situation report {doc.number}\t\tPage ").font.size = Pt(9)
    add_field(foot, "PAGE", "1")
    foot.add_run(" of ")
    add_field(foot, "NUMPAGES", "3")
    p = d.add_paragraph()
    p.add_run(doc.organisation).bold = True
    p = d.add_paragraph()
    r = p.add_run("Waste services industrial action")
    r.bold, r.font.size = True, Pt(16)
    p = d.add_paragraph()
    r = p.add_run(f"Situation report {doc.number}")
    r.bold, r.font.size = True, Pt(13)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in (("Date", f"{when.day} {when:%B %Y}, 4pm"), ("Prepared by", AUTHORS[k]),
                         ("Distribution", "Chief Executive, Leader, Cabinet Member for Environment, Corporate "
                                          "Leadership Team")):  # fmt: skip
        row = t.add_row().cells
        row[0].paragraphs[0].add_run(label).bold = True
        row[1].paragraphs[0].add_run(value)
    _widths(t, (Cm(4), Cm(12.6)))
    d.add_paragraph()
    for s in doc.sections:
        p = d.add_paragraph(style="List Number" if s.level == 1 else "List Number 2")
        p.add_run(s.heading).bold = True
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        if s.risks:
            rt = d.add_table(rows=1, cols=3)
            rt.style = "Table Grid"
            for cell, text in zip(rt.rows[0].cells, ("Risk", "Rating", "Actions"), strict=True):
                cell.paragraphs[0].add_run(text).bold = True
                _shade(cell, "D9E2F3")
            for it in s.items:
                row = rt.add_row().cells
                row[0].paragraphs[0].add_run(it.body)
                row[1].paragraphs[0].add_run(RATING[it.level])
                row[2].paragraphs[0].add_run(it.mitigation or "–")
            _widths(rt, (Cm(7.6), Cm(2.4), Cm(6.6)))
            continue
        for it in s.items:
            p = d.add_paragraph(it.text)
            p.paragraph_format.left_indent = Cm(1)
            p.paragraph_format.space_after = Pt(6)
    d.add_paragraph()
    day = when + timedelta(days=2)  # the next report is two days on
    d.add_paragraph().add_run(f"Next report due: {day:%A} {day.day} {day:%B %Y}, 4pm").italic = True
    d.core_properties.author = AUTHORS[k]
    d.core_properties.title = f"Situation report {doc.number}"
    return _save(d)


# ---------------------------------------------------------------- a Ladin municipality's report with its contents

NAMES = {"Chemun de Badia": ("Gemeinde Abtei", "Comune di Badia"),
         "Chemun de Corvara": ("Gemeinde Corvara", "Comune di Corvara"),
         "Chemun de San Martin de Tor": ("Gemeinde St. Martin in Thurn", "Comune di San Martino in Badia"),
         "Chemun de La Val": ("Gemeinde Wengen", "Comune di La Valle")}  # fmt: skip
OMBOLC = ("Giacomo Frenademez, ombolt", "Robert Rottonara, ombolt", "Mirjam Pescollderungg, ombolta",
          "Claudia Irsara, ombolta")  # fmt: skip
BODY_HEIGHT = 697  # points of an A4 page between the margins


def _pages(doc: Doc) -> list[int]:
    """The page each section starts on as the contents' cached entries give it: the cover and contents first, then
    the headings (34 pt each, kept with their first point) and points (14 pt a line of 100 characters and 4 pt after)
    laid down the page as Word lays them."""
    pages, page, y = [], 3, 0.0
    for s in doc.sections:
        first = 14 * (len(s.items[0].text) // 100 + 1) + 4 if s.items else 0
        if y + 34 + first > BODY_HEIGHT:
            page, y = page + 1, 0.0
        pages.append(page)
        y += 34
        for it in s.items:
            h = 14 * (len(it.text) // 100 + 1) + 4
            if y + h > BODY_HEIGHT:
                page, y = page + 1, 0.0
            y += h
    return pages


def _toc_line(p, text: str, anchor: str, page: int, first: bool, last: bool) -> None:
    """One cached entry of the TOC field: a hyperlink to the heading's bookmark, its text, a tab and its page."""
    runs = []
    if first:
        runs.append(_fld("begin"))
        runs.append(_instr(' TOC \\o "1-1" \\h \\z \\u '))
        runs.append(_fld("separate"))
    for r in runs:
        p._p.append(r)
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    for part in (text, "\t", str(page)):
        r = OxmlElement("w:r")
        el = OxmlElement("w:tab") if part == "\t" else OxmlElement("w:t")
        if part != "\t":
            el.set(qn("xml:space"), "preserve")
            el.text = part
        r.append(el)
        link.append(r)
    p._p.append(link)
    if last:
        p._p.append(_fld("end"))


def _fld(kind: str):
    r = OxmlElement("w:r")
    f = OxmlElement("w:fldChar")
    f.set(qn("w:fldCharType"), kind)
    r.append(f)
    return r


def _instr(text: str):
    r = OxmlElement("w:r")
    el = OxmlElement("w:instrText")
    el.set(qn("xml:space"), "preserve")
    el.text = text
    r.append(el)
    return r


def _word_cover_toc_lld(doc: Doc) -> bytes:
    when = report_day(doc)
    k = LAVINA.organisations.index(doc.organisation)
    day = f"{when.day} de {LLD_MONTHS[when.month - 1]} {when.year}"
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    d.styles["Normal"].font.name = "Liberation Sans"
    d.styles["Normal"].font.size = Pt(11)
    toc1 = d.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    toc1.style_id = "TOC1"
    toc1.base_style = d.styles["Normal"]
    toc1.paragraph_format.space_after = Pt(6)
    toc1.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    green = RGBColor(0x1F, 0x5C, 0x3A)
    h1 = d.styles["Heading 1"]
    h1.font.name, h1.font.size, h1.font.color.rgb = "Liberation Sans", Pt(14), green
    head = sec.header.paragraphs[0]
    head.add_run(f"{doc.organisation} · Protezion zivila\t\tRelaziun söla situaziun nr. {doc.number}").font.size = Pt(8)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("Plata ").font.size = Pt(8)
    add_field(foot, "PAGE", "1")
    foot.add_run(" de ")
    add_field(foot, "NUMPAGES", str(max(_pages(doc))))
    german, italian = NAMES[doc.organisation]
    for text, size, bold, before in ((doc.organisation.upper(), 20, True, 60), (german, 13, False, 0),
                                     (italian, 13, False, 0), ("Protezion zivila", 12, False, 40),
                                     (f"Relaziun söla situaziun nr. {doc.number}", 26, True, 60),
                                     (f"Lavina de tera – {day}", 15, False, 6),
                                     ("Stab de crisa dl chemun", 12, False, 90),
                                     (f"Stand: {day}, 18.00 · Verjiun 1.{doc.number - 1}", 11, False, 6),
                                     ("Documënt intern", 11, True, 6)):  # fmt: skip
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(before)
        r = p.add_run(text)
        r.font.size, r.bold = Pt(size), bold
        if size >= 20:
            r.font.color.rgb = green
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    p = d.add_paragraph()
    r = p.add_run("Contignü")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(16), green
    p.paragraph_format.space_after = Pt(18)
    pages = _pages(doc)
    for i, s in enumerate(doc.sections):
        _toc_line(
            d.add_paragraph(style="toc 1"), s.heading, f"_Toc{2300 + i}", pages[i], i == 0, i == len(doc.sections) - 1
        )
    d.add_section(WD_SECTION.NEW_PAGE)
    for i, s in enumerate(doc.sections):
        bookmark(d.add_heading(s.heading, level=1), f"_Toc{2300 + i}", i)
        for it in s.items:
            p = d.add_paragraph(style=None if s.key == "highlights" else "List Bullet")
            _point(p, it, "lld")
            p.paragraph_format.space_after = Pt(4)
    d.add_paragraph()
    p = d.add_paragraph(f"Por le stab de crisa dl chemun\n{OMBOLC[k]}")
    p.paragraph_format.space_before = Pt(18)
    d.core_properties.author = OMBOLC[k].split(",")[0]
    d.core_properties.title = f"Relaziun söla situaziun nr. {doc.number}"
    return _save(d)


def pdf_soffice_cover_toc_lld(doc: Doc) -> bytes:
    """The municipality's report with its cover and contents, saved as PDF by LibreOffice."""
    return soffice_pdf(_word_cover_toc_lld(doc), ".docx")


# ---------------------------------------------------------------- a county animal service's numbered points

PIOS = ("Kelly Brannon, Public Information Officer", "Ray Delgado, Public Information Officer",
        "Tasha Greene, Public Information Officer", "Mark Ellison, Public Information Officer")  # fmt: skip
DECIMAL = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
           '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>')  # fmt: skip
# a 4 × 3 picture: the shelter's photograph as the officer pasted it
PHOTO = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAGElEQVR4nGOo6ImCI4YTW3rgiCEqzw2OAG2GEdE+DE1iAAAAAElFTkSuQmCC"
)


def docx_numbered_points_us(doc: Doc) -> bytes:
    """The animal service's report: Heading 2 sections, the points numbered lists starting again under each."""
    when = report_day(doc)
    k = PETS.organisations.index(doc.organisation)
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(doc.organisation, style="Title")
    sub = d.add_paragraph(style="Subtitle")
    sub.add_run(f"Hurricane Pet Sheltering – Situation Report #{doc.number}")
    d.add_paragraph(f"Operational period: {when:%B} {when.day}, {when.year}, 0800–2000")
    figures = (("Animals in care", count(doc, ("animals are in",), 0)),
               ("Open shelters", count(doc, ("shelters remain",), 0)),
               ("Lost pet reports", count(doc, ("lost pet",), 0)),
               ("Volunteers", count(doc, ("volunteers worked",), 0)))  # fmt: skip
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for n, (label, value) in enumerate(figures):
        t.cell(0, n).paragraphs[0].add_run(label).bold = True
        _shade(t.cell(0, n), "DEEAF6")
        r = t.cell(1, n).paragraphs[0].add_run(group(value, ",") if value else "–")
        r.font.size = Pt(16)
        t.cell(1, n).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("At a glance: figures as of 8 p.m.")
    p.runs[0].italic = True
    p.runs[0].font.size = Pt(9)
    h = zlib.crc32(doc.title.encode())
    for s in doc.sections:
        d.add_heading(s.heading, level=2)
        if s.key == "highlights":
            for it in s.items:
                d.add_paragraph(it.text)
        else:
            nid = add_list(d, DECIMAL, "hybridMultilevel")
            for it in s.items:
                p = d.add_paragraph(style="List Paragraph")
                number_paragraph(p, nid, 0)
                _point(p, it, "us")
        if s.heading == "Pet-friendly shelters":
            d.add_paragraph().add_run().add_picture(io.BytesIO(PHOTO), width=Cm(7))
            d.add_paragraph(
                f"Figure 1: Volunteers walk dogs outside the shelter at "
                f"{('the fairgrounds', 'the civic center', 'the high school')[h % 3]}.",
                style="Caption",
            )
    foot = d.sections[0].footer.paragraphs[0]
    foot.add_run(f"Prepared by {PIOS[k]}\tPage ")
    add_field(foot, "PAGE", "1")
    d.core_properties.author = PIOS[k].split(",")[0]
    return _save(d)
