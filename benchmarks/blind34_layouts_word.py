"""Word writers of the ``blind34_layouts`` set.

The Dutch asylum reception agency's weekly situation report on overcrowding at one of its locations, in Dutch,
written in Word in the central government's house style (Rijkshuisstijl) as its "Notitie" template lays a document
out: the emblem's blue ribbon and the agency's name centred in the first page's header, the narrow colophon at the
right margin (a text frame, ``w:framePr``, anchored to the first paragraph: the directorate, the location, the contact,
"Datum", "Kenmerk" and "Pagina 1 van 2", in 7.5 pt), the body in a narrow column at the left; the document type
"Situatierapportage" and the subject line, a figures table under its caption "Tabel 1 Bezetting" (norm capacity,
residents, in the waiting room, intake, outflow — figures that are not items), each section in the template's own
heading style ("Rijksoverheid Kop 1", not Word's "Heading 1"), the points in "List Bullet" with the "–" the house style
asks for, the risks a register table Risico | Beheersmaatregel | Eigenaar (one risk a row, the control measure its
own cell), "Pagina 1 van 2" in fields in the footer. "€ 3.400", "€ 1,25 mln", "1.250", "12%", "16 augustus",
"(vorige rapportage: 5)".

A social-housing landlord's weekly damp-and-mould position statement, produced by its housing management system's
document production (a Word template with merge fields, filled from the system's data and saved as .docx, the fields
kept): the header with the landlord and "OFFICIAL" and the statement's name, a borderless table of the merged
particulars (week ending, prepared by, data extracted — ``MERGEFIELD`` fields with their results), a "Key measures"
table (this week, last week — merged figures that are not items), each section in the template's "HA Section
Heading" style (bold, teal, a rule under it, no outline level), the points in "List Bullet", each point's figure a
``MERGEFIELD`` with a number format switch whose result is the figure as printed, "Controls:" bold inside a risk's
point, the template's small italic closing note and the footer "Produced by the housing management system … Page 1
of 2". "£3,400", "£1.25m", "(last week: 5)".
"""

from __future__ import annotations

import re
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import count, group
from blind32_layouts_word import _app, _field, _save
from blind34_layouts_content import NL_MONTHS, parts
from council_layouts_gold import Doc

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _shade(cell, fill: str) -> None:
    from docx.oxml import parse_xml

    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _dash_bullets(document) -> None:
    """The house style's "–" in place of the template's bullet, at every level of the bullet list."""
    numbering = document.part.numbering_part.element
    for lvl in numbering.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}lvlText"):
        if lvl.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") in (
            "\uf0b7",
            "•",
            "o",
            "\uf0a7",
        ):
            lvl.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val", "–")


# ---------------------------------------------------------------- Rijkshuisstijl "Notitie", Dutch

CONTACTS = {"Drouwenerveen": "J. (Jolanda) Bakker", "Zevenbergen-West": "M. (Mehmet) Yilmaz",
            "Dijkhuizen": "A. (Anouk) van Dijk", "Loosterveld": "R. (Ruud) Hoekstra"}  # fmt: skip
HOLDERS = ("Locatiemanager", "GZA", "Teamleider beveiliging", "Regiomanager", "HR-adviseur")


def docx_rijkshuisstijl_opvang_nl(doc: Doc) -> bytes:
    """The location's situation report as the Rijkshuisstijl "Notitie" template lays it out in Word."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt, RGBColor

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    place = doc.organisation.split(" ", 3)[-1]
    day = f"{when.day} {NL_MONTHS[when.month - 1]} {when.year}"
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin = Cm(2.4), Cm(6.4), Cm(5.2)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "RijksoverheidSansText", Pt(9.5)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = Pt(13.5)
    kop = d.styles.add_style("Rijksoverheid Kop 1", WD_STYLE_TYPE.PARAGRAPH)
    kop.base_style, kop.next_paragraph_style = normal, normal
    kop.font.bold, kop.font.size = True, Pt(9.5)
    kop.paragraph_format.space_before, kop.paragraph_format.space_after = Pt(13.5), Pt(0)
    kop.paragraph_format.keep_with_next = True
    d.core_properties.author = CONTACTS[place]
    head = sec.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lint = head.add_run("▌")
    lint.font.color.rgb, lint.font.size = RGBColor(0x15, 0x42, 0x73), Pt(28)
    head.add_run("  Centraal Orgaan opvang asielzoekers").font.size = Pt(10)
    colophon = (
        f"Directie Opvang en Wonen\nLocatie {place}\n\nContactpersoon\n{CONTACTS[place]}\n"
        f"T 088 715 {h % 9000 + 1000:04d}\n\nDatum\n{day}\n\nKenmerk\nCOA-{when.year}-{h % 90000 + 10000}"
    )
    first = d.add_paragraph()
    first._p.get_or_add_pPr().append(parse_xml(
        f'<w:framePr {W} w:w="2268" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="9356" '
        'w:y="2978"/>'))  # fmt: skip
    for k, ln in enumerate(colophon.split("\n")):
        r = first.add_run(ln)
        r.font.size, r.bold = Pt(7.5), ln in ("Contactpersoon", "Datum", "Kenmerk")
        if k < colophon.count("\n"):
            r.add_break()
    title = d.add_paragraph()
    title.add_run("Situatierapportage").font.size = Pt(14)
    title.paragraph_format.space_after = Pt(13.5)
    subject = d.add_paragraph()
    subject.add_run("Onderwerp ").bold = True
    subject.add_run(f"Overbezetting {doc.organisation.removeprefix('COA – ')}, rapportage nr. {doc.number}")
    d.add_paragraph("Aan  Raad van Bestuur COA; ministerie van Asiel en Migratie (DGM)")
    residents = count(doc, ("verblijven",), 900 + h % 1500)
    cap = d.add_paragraph(f"Tabel 1 Bezetting op {day}", style="Caption")
    cap.paragraph_format.space_before = Pt(13.5)
    over = count(doc, ("overschreden",), 100 + h % 300)
    rows = (("", "Aantal"), ("Normcapaciteit", group(residents - over, ".")),
            ("Aanwezige bewoners", f"{residents:,}".replace(",", ".")),
            ("Waarvan in wachtruimte", str(40 + h % 160)),
            ("Instroom afgelopen week", group(count(doc, ("melden zich",), 60 + h % 200) * 7, ".")),
            ("Uitstroom afgelopen week", str(count(doc, ("overgeplaatst",), 100 + h % 300))))  # fmt: skip
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for k, (a, b) in enumerate(rows):
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(a).bold = k == 0
        cells[1].paragraphs[0].add_run(b).bold = k == 0
        cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if k == 0:
            _shade(cells[0], "D9E2EC")
            _shade(cells[1], "D9E2EC")
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Rijksoverheid Kop 1")
        if s.risks:
            reg = d.add_table(rows=1, cols=3)
            reg.style = "Table Grid"
            for cell, label in zip(reg.rows[0].cells, ("Risico", "Beheersmaatregel", "Eigenaar"), strict=True):
                cell.paragraphs[0].add_run(label).bold = True
                _shade(cell, "D9E2EC")
            for k, it in enumerate(s.items):
                cells = reg.add_row().cells
                cells[0].text, cells[1].text = it.body, it.mitigation or "–"
                cells[2].text = HOLDERS[(h + k) % len(HOLDERS)]
            continue
        for it in s.items:
            d.add_paragraph(it.text, style="List Bullet")
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot.add_run("Pagina ").font.size = Pt(7.5)
    _field(foot, "PAGE", "1")
    foot.add_run(" van ").font.size = Pt(7.5)
    _field(foot, "NUMPAGES", "2")
    _dash_bullets(d)
    return _save(d, _app("Microsoft Office Word", "RHS Notitie.dotx", "16.0000"))


# ---------------------------------------------------------------- housing system's merge template, English

PREPARERS = {"Calder": "Damp & Mould Taskforce (S. Whitworth)", "Brookmere": "Property Services (K. Adeyemi)",
             "Eastgate": "Asset Management (R. Lomax)", "Lowther": "Repairs Hub (F. Begum)"}  # fmt: skip
_FIGURE = re.compile(r"(?<![\w£$€])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?!\d)")
TEAL = "00737A"


def _merge(paragraph, name: str, switch: str, result: str, bold: bool = False) -> None:
    """A ``MERGEFIELD`` with its result as merged."""
    from docx.oxml import parse_xml

    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    switch, result = escape(switch, quote=False), escape(result, quote=False)
    for xml in (f'<w:r {W}>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {W}>{rpr}<w:instrText xml:space="preserve"> MERGEFIELD  {name} {switch} </w:instrText></w:r>',
                f'<w:r {W}>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r {W}>{rpr}<w:t xml:space="preserve">{result}</w:t></w:r>',
                f'<w:r {W}>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'):  # fmt: skip
        paragraph._p.append(parse_xml(xml))


def _merged_text(paragraph, text: str, field: str) -> None:
    """``text`` with its first figure a merge field, the rest typed in the template."""
    m = _FIGURE.search(text)
    if not m:
        paragraph.add_run(text)
        return
    paragraph.add_run(text[: m.start()])
    _merge(paragraph, field, r'\# "#,##0"' if "." not in m.group() else "", m.group())
    paragraph.add_run(text[m.end() :])


def docx_merge_damp_mould_gb(doc: Doc) -> bytes:
    """The landlord's weekly position statement as the housing system's document production merges it."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.shared import Inches, Pt, RGBColor

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    short = doc.organisation.split()[0]
    d = Document()
    d.styles["Normal"].font.name, d.styles["Normal"].font.size = "Arial", Pt(10.5)
    sh = d.styles.add_style("HA Section Heading", WD_STYLE_TYPE.PARAGRAPH)
    sh.base_style = d.styles["Normal"]
    sh.font.bold, sh.font.size, sh.font.color.rgb = True, Pt(12), RGBColor.from_string(TEAL)
    sh.paragraph_format.space_before, sh.paragraph_format.space_after = Pt(14), Pt(4)
    sh._element.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {W}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="{TEAL}"/></w:pBdr>'))  # fmt: skip
    d.core_properties.author = "svc_docgen"
    head = d.sections[0].header.paragraphs[0]
    head.text = f"{doc.organisation}\t\tOFFICIAL"
    head.paragraph_format.tab_stops.add_tab_stop(Inches(6.3), 2)
    d.sections[0].header.add_paragraph("Damp, Mould and Condensation – Weekly Position Statement")
    t = d.add_paragraph()
    r = t.add_run(f"Damp and Mould Position Statement No. {doc.number}")
    r.bold, r.font.size = True, Pt(16)
    particulars = d.add_table(rows=0, cols=2)
    stamp = f"{when:%d/%m/%Y} 06:{h % 50 + 5:02d}"
    for label, field, switch, value in (
        ("Week ending:", "Week_Ending", r'\@ "d MMMM yyyy"', f"{when.day} {when:%B %Y}"),
        ("Prepared by:", "Report_Owner", "", PREPARERS[short]),
        ("Data extracted:", "Extract_DateTime", r'\@ "dd/MM/yyyy HH:mm"', stamp),
    ):
        cells = particulars.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        _merge(cells[1].paragraphs[0], field, switch, value)
    d.add_paragraph("Key measures", style="HA Section Heading").paragraph_format.space_before = Pt(18)
    cases = count(doc, ("open damp",), 300 + h % 900)
    measures = (
        ("Open cases", "Open_Cases", cases, cases - h % 40 + 12),
        ("Category 1 hazards", "Cat1_Cases", count(doc, ("category 1",), 10 + h % 50), 14 + h % 40),
        ("Surveys completed", "Surveys_Week", count(doc, ("surveyed",), 50 + h % 200), 40 + h % 190),
        ("Households decanted", "Decants_Live", count(doc, ("temporary homes",), 3 + h % 20), 2 + h % 19),
    )
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, ("Measure", "This week", "Last week"), strict=True):
        cell.paragraphs[0].add_run(label).bold = True
    for label, field, now, before in measures:
        cells = table.add_row().cells
        cells[0].text = label
        _merge(cells[1].paragraphs[0], field, r'\# "#,##0"', f"{now:,}")
        _merge(cells[2].paragraphs[0], f"{field}_Prev", r'\# "#,##0"', f"{before:,}")
    for s in doc.sections:
        d.add_paragraph(s.heading, style="HA Section Heading")
        for k, it in enumerate(s.items, start=1):
            p = d.add_paragraph(style="List Bullet")
            risk, lead, rest = parts(it, "damp")
            field = f"DM_{s.heading.split()[0].strip(',')}_{k}"
            if lead:
                _merged_text(p, f"{risk} ", field)
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
            else:
                _merged_text(p, it.text, field)
    note = d.add_paragraph().add_run("This statement is produced from the housing management system. Figures are "
                                     "as at the time of extraction and may change as cases are updated.")  # fmt: skip
    note.italic, note.font.size = True, Pt(8)
    foot = d.sections[0].footer.paragraphs[0]
    foot.add_run(f"Produced by the housing management system – Document Production – {stamp}\tPage ")
    _field(foot, "PAGE", "1")
    foot.add_run(" of ")
    _field(foot, "NUMPAGES", "2")
    return _save(d, _app("Microsoft Office Word", "DMC_Weekly_Position.dotx", "16.0000"))
