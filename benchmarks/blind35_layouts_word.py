"""Word writer of the ``blind35_layouts`` set.

An Ethiopian zone disaster risk management office's weekly drought situation report, in Amharic, written in Word from
the office's report template (the text typed in Nyala with a Ge'ez keyboard): the header a borderless table with the
regional emblem at the left, the office's name in Amharic and in English in the middle and the national emblem at the
right, a double rule under it (on every page); the title "የድርቅ ሁኔታ ሳምንታዊ ሪፖርት", "ሪፖርት ቁጥር 3" and the week it covers in
the Ethiopian calendar ("ከሐምሌ 20 ቀን እስከ ሐምሌ 27 ቀን 2018 ዓ.ም") centred; each section in Word's own "Heading 1" style,
numbered "1.", "2." by a list linked to the style (the numbers in numbering.xml, not in the text); the summary as
justified paragraphs, every other point typed with a Ge'ez letter, a slash and a tab ("ሀ/", "ለ/", "ሐ/" …, afresh under
each heading) on a hanging indent; under the food aid section the caption "ሠንጠረዥ 1፦ …" over a table of the woredas'
beneficiaries and grain (figures that are not items) with its total row; the risks a table ተ.ቁ | ስጋት | የመፍትሄ እርምጃ |
ኃላፊነት የሚወስደው (the serial number, the risk, its remedial action — "-" where there is none — and who is responsible);
"ከሰላምታ ጋር", the head's name and title, and the copy list "ግልባጭ፦" with its "ለ…" lines; the footer's telephone, fax and
post box and "ገጽ" with the page number in a field. "3,400 ብር", "1.25 ሚሊዮን ብር", "1,250", "12%", "ነሐሴ 4 ቀን", "(ባለፈው ሳምንት፦
5)", each sentence ended with "።".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_list
from blind17_layouts_content import count
from blind32_layouts_word import _app, _field, _save
from blind35_layouts_banks_abroad import DROUGHT
from blind35_layouts_content import et_date
from council_layouts_gold import Doc

ENGLISH = (
    "Upper Tekeze Zone Disaster Risk Management Office",
    "South Lasta Zone Disaster Risk Management Office",
    "West Segen Zone Disaster Risk Management Office",
    "North Wabi Zone Disaster Risk Management Office",
)
HEADS = ("አቶ ሙሉጌታ ተፈራ", "ወ/ሮ ትዕግሥት አለሙ", "አቶ ደሳለኝ በላይ", "ወ/ሮ ሐረግ መኮንን")
WOREDAS = ("ደብረ ሰላም", "አዲስ ዓለም", "ጎሐ ጽዮን", "ሰላም በር", "ደጋ ዳሞት", "ቆላ ወይና")
GEEZ = ("ሀ", "ለ", "ሐ", "መ", "ሠ", "ረ", "ሰ", "ቀ", "በ", "ተ")
HOLDERS = ("የዞኑ አደጋ ስጋት ሥራ አመራር ጽሕፈት ቤት", "የዞኑ ጤና መምሪያ", "የዞኑ ውሃና ኢነርጂ መምሪያ", "የወረዳ አስተዳደሮች",
           "የዞኑ ግብርና መምሪያ")  # fmt: skip
COPIES = ("ለዞኑ ዋና አስተዳዳሪ ጽሕፈት ቤት", "ለዞኑ ግብርና መምሪያ", "ለዞኑ ጤና መምሪያ", "ለመዝገብ ቤት")
HEADING = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
           '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr>'
           "</w:lvl>")  # fmt: skip
NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _emblem(rays: bool) -> io.BytesIO:
    """A small round emblem (a blue disc, a yellow star, with rays for the national one) as a PNG."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (120, 120), "white")
    d = ImageDraw.Draw(img)
    d.ellipse((8, 8, 112, 112), fill=(18, 80, 160) if rays else (40, 120, 60))
    pts = [(60 + 40 * c, 60 - 40 * s) for c, s in ((0, 1), (-0.59, -0.81), (0.95, 0.31), (-0.95, 0.31),
                                                    (0.59, -0.81))]  # fmt: skip
    d.line([*pts, pts[0]], fill=(250, 210, 0), width=4)
    if rays:
        for k in range(10):
            d.line((60, 60, 60 + 50 * (k % 2 - 0.5), 60 + 50 * ((k // 2) % 2 - 0.5)), fill=(250, 210, 0), width=1)
    out = io.BytesIO()
    img.save(out, "PNG")
    out.seek(0)
    return out


def _nyala(style) -> None:
    from docx.oxml import parse_xml

    rpr = style.element.get_or_add_rPr()
    for old in rpr.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts"):
        rpr.remove(old)
    rpr.insert(0, parse_xml(f'<w:rFonts {NS} w:ascii="Nyala" w:hAnsi="Nyala" w:eastAsia="Nyala" w:cs="Nyala"/>'))


def _cell(cell, text: str, bold: bool = False, size: float | None = None, centre: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def docx_drought_drm_am(doc: Doc) -> bytes:
    """The zone office's weekly drought report as typed in Word from its template."""
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt, RGBColor

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = DROUGHT.organisations.index(doc.organisation)
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.header_distance = Cm(4.2), Cm(1.0)
    normal = d.styles["Normal"]
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(4)
    _nyala(normal)
    heading = d.styles["Heading 1"]
    heading.font.size, heading.font.color.rgb = Pt(14), RGBColor(0x1F, 0x38, 0x64)
    _nyala(heading)
    heading.paragraph_format.space_before, heading.paragraph_format.space_after = Pt(12), Pt(4)
    nid = add_list(d, HEADING, "multilevel")
    heading.element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = nid
    d.core_properties.author = HEADS[k]
    d.core_properties.title = f"የድርቅ ሁኔታ ሪፖርት {doc.number}"
    head = sec.header
    grid = head.add_table(rows=1, cols=3, width=Cm(16))
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.cell(0, 0).paragraphs[0].add_run().add_picture(_emblem(False), width=Cm(2.0))
    _cell(grid.cell(0, 1), doc.organisation, bold=True, size=13, centre=True)
    p = grid.cell(0, 1).add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(ENGLISH[k]).font.size = Pt(10)
    grid.cell(0, 2).paragraphs[0].add_run().add_picture(_emblem(True), width=Cm(2.0))
    grid.cell(0, 2).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rule = head.paragraphs[0]
    rule._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {NS}><w:bottom w:val="double" w:sz="6" w:space="1" w:color="1F3864"/></w:pBdr>'))  # fmt: skip
    grid._tbl.addnext(rule._p)
    for text, size in (("የድርቅ ሁኔታ ሳምንታዊ ሪፖርት", 16), (f"ሪፖርት ቁጥር {doc.number}", 13),
                       (f"ከ{et_date(when - timedelta(days=7))} እስከ {et_date(when, year=True)}", 12)):  # fmt: skip
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold, r.font.size = size > 12, Pt(size)
    for s in doc.sections:
        d.add_paragraph(s.heading.split(". ", 1)[1], style="Heading 1")
        if s.risks:
            table = d.add_table(rows=1, cols=4)
            table.style = "Table Grid"
            for cell, label in zip(table.rows[0].cells, ("ተ.ቁ", "ስጋት", "የመፍትሄ እርምጃ", "ኃላፊነት የሚወስደው"), strict=True):
                _cell(cell, label, bold=True, centre=True)
            for n, it in enumerate(s.items, start=1):
                cells = table.add_row().cells
                _cell(cells[0], str(n), centre=True)
                _cell(cells[1], it.body)
                _cell(cells[2], it.mitigation or "-")
                _cell(cells[3], HOLDERS[(h + n) % len(HOLDERS)])
            table.autofit = False
            for n, w in enumerate((Cm(1.2), Cm(6.3), Cm(5.5), Cm(3.0))):
                table.columns[n].width = w
                for cell in table.columns[n].cells:
                    cell.width = w
            continue
        for n, it in enumerate(s.items):
            if s.key == "highlights":
                d.add_paragraph(it.text).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                continue
            p = d.add_paragraph(f"{GEEZ[n]}/\t{it.text}")
            p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(1.0), Cm(-0.75)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
        if s.key == "assistance":
            cap = d.add_paragraph()
            cap.add_run("ሠንጠረዥ 1፦ በወረዳ የምግብ እርዳታ ስርጭት").bold = True
            cap.paragraph_format.space_before = Pt(8)
            people = count(doc, ("ተረጂዎች",), 5000 + h % 90000)
            grain = count(doc, ("ኩንታል",), 900 + h % 9000)
            rows = [(WOREDAS[(h + j) % 6], people * (5 - j) // 14, grain * (5 - j) // 14) for j in range(3)]
            rows.append((WOREDAS[(h + 3) % 6], people - sum(r[1] for r in rows), grain - sum(r[2] for r in rows)))
            rows.append(("ድምር", sum(r[1] for r in rows), sum(r[2] for r in rows)))
            table = d.add_table(rows=1, cols=4)
            table.style = "Table Grid"
            for cell, label in zip(table.rows[0].cells, ("ተ.ቁ", "ወረዳ", "ተረጂዎች", "የተሰራጨ እህል (ኩንታል)"), strict=True):
                _cell(cell, label, bold=True, centre=True)
            for j, (name, a, b) in enumerate(rows, start=1):
                cells = table.add_row().cells
                total = j == len(rows)
                _cell(cells[0], "" if total else str(j), centre=True)
                _cell(cells[1], name, bold=total)
                _cell(cells[2], f"{a:,}", bold=total, centre=True)
                _cell(cells[3], f"{b:,}", bold=total, centre=True)
    d.add_paragraph().paragraph_format.space_before = Pt(12)
    for text, bold in (("ከሰላምታ ጋር", False), (HEADS[k], True), ("የጽሕፈት ቤቱ ኃላፊ", False)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = bold
    p = d.add_paragraph()
    p.add_run("ግልባጭ፦").bold = True
    p.paragraph_format.space_before = Pt(18)
    for line in COPIES:
        cp = d.add_paragraph(line)
        cp.paragraph_format.space_after = Pt(0)
        cp.runs[0].font.size = Pt(10)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    phone = f"0{33 + k * 3} {331 + h % 600} {h % 9000 + 1000}"
    foot.add_run(f"ስልክ፦ {phone}   ፋክስ፦ 0{33 + k * 3} {331 + h % 600} {(h >> 4) % 9000 + 1000}   ፖ.ሣ.ቁ {100 + h % 800}"
                 "   ገጽ ").font.size = Pt(9)  # fmt: skip
    _field(foot, "PAGE", "1")
    return _save(d, _app("Microsoft Office Word", "Normal.dotm", "16.0000"))
