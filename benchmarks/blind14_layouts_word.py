"""Word writers of the ``blind14_layouts`` set: a Kenyan county department of health's "Cholera Outbreak
Situation Report" (the county's coat of arms over the county, the department and the division centred, the
title, a Sitrep No. / Date / Epi week / Outbreak response table, numbered Heading 1 headings "1. Highlights" over
Word bullets, the epidemiological summary on a landscape page with a Sub-county | New cases | Cumulative cases
| Deaths | CFR | Date of last case | Status table and its Total row, "3. Response Activities" as a Pillar |
Activities undertaken table whose pillar cells head the bullets beside them, "Way forward:" in bold inside a
challenge's bullet, next steps in Word's numbered list, "Prepared by" / "Approved by" lines and the contact,
"Page 1 of 3" in the footer; "1,250", "12%", "16th March") and a US county public health department's
"Respiratory Illness Weekly Situation Report" (the department and its program in the page header, the title
and a reporting period line in bold body type, a "Key Points" text box — Word's own, its DrawingML and its VML
fallback both in the file — then a Table 1 of key indicators this week and last, section headings that are
only bold navy body text, Word bullets, "Mitigation strategy:" in bold inside a risk's bullet, the data sources
and contact lines, "Data are provisional and subject to change." and "Page 1 of 2" in the footer; "1,250",
"12%", "March 16").
"""

from __future__ import annotations

import io
import re
from functools import cache

from blind5_layouts_content import figure
from blind7_layouts_content import report_day
from blind14_layouts_content import _ordinal
from blind14_layouts_pdf import _count, _split
from council_layouts_gold import Doc
from council_layouts_writers import _save

KE_LEAD = "Way forward:"
US_LEAD = "Mitigation strategy:"
SUBCOUNTIES = (("Kendu Bay", 0.34), ("Homa Town", 0.24), ("Rangwe", 0.18), ("Suba North", 0.14), ("Mbita", 0.1))
NAVY = "1F3864"


def _fields(paragraph, text: str) -> None:
    """``text`` with "{PAGE}" and "{NUMPAGES}" as Word fields."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    for part in re.split(r"(\{PAGE\}|\{NUMPAGES\})", text):
        if part in ("{PAGE}", "{NUMPAGES}"):
            paragraph._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="{part[1:-1]}"><w:r><w:t>1</w:t>'
                                          "</w:r></w:fldSimple>"))  # fmt: skip
        elif part:
            paragraph.add_run(part)


def _lead(paragraph, text: str, lead: str) -> None:
    if f" {lead} " in text:
        before, after = text.split(f" {lead} ", 1)
        paragraph.add_run(before + " ")
        paragraph.add_run(lead).bold = True
        paragraph.add_run(" " + after)
    else:
        paragraph.add_run(text)


@cache
def _arms() -> bytes:
    """The county's coat of arms, as the template's picture."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (120, 120), "white")
    draw = ImageDraw.Draw(img)
    draw.polygon([(20, 14), (100, 14), (100, 64), (60, 108), (20, 64)], fill="#1B5E20", outline="black")
    draw.rectangle([20, 40, 100, 52], fill="#B71C1C")
    draw.ellipse([46, 22, 74, 36], fill="white")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


# ---------------------------------------------------------------- Kenyan county cholera situation report


def docx_cholera_ke(doc: Doc) -> bytes:
    """The county's cholera situation report as the disease surveillance coordinator writes it each week."""
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = Document()
    when = report_day(doc)
    county = doc.organisation.replace("County Government of ", "")
    day = _ordinal(when.day)
    week = when.isocalendar()[1]
    sec = d.sections[0]
    portrait = (sec.page_width, sec.page_height)
    sec.header.paragraphs[0].text = f"Cholera Outbreak Situation Report No. {doc.number:02d} – {county} County"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _fields(sec.footer.paragraphs[0], "Page {PAGE} of {NUMPAGES}")
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(io.BytesIO(_arms()), width=Cm(2.2))
    for text, size in ((doc.organisation.upper(), 13), ("DEPARTMENT OF HEALTH SERVICES", 12),
                       ("Division of Disease Surveillance and Response", 10.5),
                       ("CHOLERA OUTBREAK SITUATION REPORT", 15)):  # fmt: skip
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
        run = p.add_run(text)
        run.bold, run.font.size = True, Pt(size)
    details = d.add_table(rows=2, cols=2)
    details.style = "Table Grid"
    for cell, (label, value) in zip(
        [c for r in details.rows for c in r.cells],
        (("Sitrep No.: ", f"{doc.number:02d}"), ("Date: ", f"{day} {when:%B %Y}"), ("Epi week: ", str(week)),
         ("Outbreak response: ", "Ongoing")), strict=True):  # fmt: skip
        cell.paragraphs[0].add_run(label).bold = True
        cell.paragraphs[0].add_run(value)
    d.add_paragraph()
    pillars = None
    for s in doc.sections:
        if s.key == "situation":
            new = d.add_section(WD_SECTION.NEW_PAGE)
            new.orientation, new.page_width, new.page_height = WD_ORIENT.LANDSCAPE, portrait[1], portrait[0]
        if s.level == 2:
            if pillars is None:
                pillars = d.add_table(rows=1, cols=2)
                pillars.style = "Table Grid"
                pillars.autofit = False
                for cell, text, w in zip(pillars.rows[0].cells, ("Pillar", "Activities undertaken"), (4.5, 11.5),
                                         strict=True):  # fmt: skip
                    cell.paragraphs[0].add_run(text).bold = True
                    cell.width = Cm(w)
                for column, w in zip(pillars.columns, (4.5, 11.5), strict=True):
                    column.width = Cm(w)
            left, right = pillars.add_row().cells
            left.width, right.width = Cm(4.5), Cm(11.5)
            left.paragraphs[0].add_run(s.heading).bold = True
            for k, it in enumerate(s.items):
                para = right.paragraphs[0] if k == 0 else right.add_paragraph()
                para.style = d.styles["List Bullet"]
                para.add_run(it.text)
            continue
        if pillars is not None:
            d.add_paragraph()
            pillars = None
        d.add_paragraph(s.heading, style="Heading 1")
        for it in s.items:
            _lead(d.add_paragraph(style="List Number" if s.key == "next-steps" else "List Bullet"), it.text, KE_LEAD)
        if s.key == "situation":
            _epi_table(d, doc, week)
            new = d.add_section(WD_SECTION.NEW_PAGE)
            new.orientation, new.page_width, new.page_height = WD_ORIENT.PORTRAIT, *portrait
    d.add_paragraph()
    for label, text in (("Prepared by: ", "Dr. Achieng Otieno, County Disease Surveillance Coordinator"),
                        ("Approved by: ", "Dr. Peter Mwangi, County Director of Health"),
                        ("For more information contact: ", f"County Department of Health Services, Tel: 0722 000 "
                         f"111, Email: health@{county.split()[0].lower()}.go.ke")):  # fmt: skip
        p = d.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(text)
    return _save(d)


def _epi_table(d, doc: Doc, week: int) -> None:
    from docx.shared import Pt

    new = _split(_count(doc, ("new cases",), 40), SUBCOUNTIES)
    cum = _split(max(_count(doc, ("cumulative cases",), 300), sum(new)), SUBCOUNTIES)
    deaths = _split(_count(doc, ("deaths",), 4), SUBCOUNTIES)
    cap = d.add_paragraph()
    cap.paragraph_format.space_before = Pt(8)
    cap.add_run(f"Table 1: Cholera cases and deaths by sub-county, epi week {week}").italic = True
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    head = ("Sub-county", "New cases (this week)", "Cumulative cases", "Cumulative deaths", "CFR (%)",
            "Date of last case", "Status")  # fmt: skip
    for cell, text in zip(t.rows[0].cells, head, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for k, (name, _) in enumerate(SUBCOUNTIES):
        cfr = f"{100 * deaths[k] / cum[k]:.1f}" if cum[k] else "0.0"
        status = "Active" if new[k] else "Controlled"
        row = (name, f"{new[k]:,}", f"{cum[k]:,}", str(deaths[k]), cfr, f"{report_day(doc):%d/%m/%Y}", status)
        for cell, text in zip(t.add_row().cells, row, strict=True):
            cell.text = text
    total = ("Total", f"{sum(new):,}", f"{sum(cum):,}", str(sum(deaths)),
             f"{100 * sum(deaths) / max(1, sum(cum)):.1f}", "", "")  # fmt: skip
    for cell, text in zip(t.add_row().cells, total, strict=True):
        cell.paragraphs[0].add_run(text).bold = True


# ---------------------------------------------------------------- US county respiratory weekly report


def _textbox(paragraphs: list[tuple[str, str, bool]], height_pt: float, width_pt: float = 468) -> str:
    """A Word text box as Word writes it: DrawingML (``wps``) with a VML fallback, each with the content."""
    from xml.sax.saxutils import escape

    def runs(text: str, bold: bool) -> str:
        return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

    body = "".join(
        f"<w:p><w:pPr>{f'<w:pStyle w:val={chr(34)}{style}{chr(34)}/>' if style else ''}</w:pPr>{runs(text, bold)}</w:p>"
        for text, style, bold in paragraphs
    )
    cx, cy = int(width_pt * 12700), int(height_pt * 12700)
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')  # fmt: skip
    return (
        f'<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline distT="0" distB="0" '
        f'distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="1" name="Text Box 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="EAF1FB"/>'
        f'</a:solidFill><a:ln w="19050"><a:solidFill><a:srgbClr val="{NAVY}"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr lIns="91440" tIns="45720" rIns="91440" bIns="45720"/></wps:wsp></a:graphicData></a:graphic>'
        "</wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="width:{width_pt}pt;'
        f'height:{height_pt}pt" fillcolor="#eaf1fb" strokecolor="#{NAVY}" strokeweight="1.5pt"><v:textbox>'
        f"<w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
        "</w:r>"
    )


def _last_week(doc: Doc, words: tuple[str, ...], pattern: str) -> tuple[str, str]:
    for s in doc.sections:
        for it in s.items:
            if any(w in it.text for w in words):
                value = figure(doc, words, pattern)[0]
                m = re.search(r"\((up|down) from ([\d,.%]+) last week\)", it.text)
                return value, m.group(2) if m else value
    return "–", "–"


def docx_weekly_us(doc: Doc) -> bytes:
    """The county's weekly respiratory situation report, from the epidemiology program's Word template."""
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import parse_xml
    from docx.shared import Inches, Pt, RGBColor

    d = Document()
    when = report_day(doc)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    width = sec.page_width - sec.left_margin - sec.right_margin
    head = sec.header.paragraphs[0]
    head.style = d.styles["Normal"]
    head.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    for run in (head.add_run(doc.organisation.upper()), head.add_run("\tEpidemiology & Surveillance Program")):
        run.font.size = Pt(9)
    head.runs[0].bold = True
    foot = sec.footer.paragraphs[0]
    foot.style = d.styles["Normal"]
    foot.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    _fields(foot, "Data are provisional and subject to change.\tPage {PAGE} of {NUMPAGES}")
    start = f"{when:%B} {when.day - 6 if when.day > 6 else 1}"
    for text, size in (("Respiratory Illness Weekly Situation Report", 18),
                       (f"Reporting period: {start} – {when:%B} {when.day}, {when.year} (MMWR Week "
                        f"{when.isocalendar()[1]})  |  Report #{doc.number}", 10)):  # fmt: skip
        run = d.add_paragraph().add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(size), RGBColor.from_string(NAVY)
    for n, s in enumerate(doc.sections):
        if n == 0:  # the key points go in the text box
            paras = [(s.heading, "", True)] + [(it.text, "ListBullet", False) for it in s.items]
            lines = 2 + sum(1 + len(it.text) // 88 for it in s.items)
            p = d.add_paragraph()
            p._p.append(parse_xml(_textbox(paras, 14.5 * lines + 14, width / 12700)))
            _indicators(d, doc)
            continue
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(10), Pt(2)
        run = p.add_run(s.heading)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(12), RGBColor.from_string(NAVY)
        for it in s.items:
            _lead(d.add_paragraph(style="List Bullet"), it.text, US_LEAD)
    slug = doc.organisation.split()[0].lower()
    for text in ("Data sources: ESSENCE syndromic surveillance; NHSN hospital respiratory data; state immunization "
                 "information system (IIS); county wastewater surveillance program.",
                 f"For questions about this report, contact the Epidemiology Program at epi@{slug}county.gov or "
                 "(555) 010-2200."):  # fmt: skip
        run = d.add_paragraph().add_run(text)
        run.italic, run.font.size = True, Pt(8.5)
    return _save(d)


def _indicators(d, doc: Doc) -> None:
    from docx.shared import Pt

    cap = d.add_paragraph()
    cap.paragraph_format.space_before = Pt(6)
    cap.add_run("Table 1. Key surveillance indicators").bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Light Grid Accent 1"
    for cell, text in zip(t.rows[0].cells, ("Indicator", "This week", "Previous week", "Trend"), strict=True):
        cell.text = text
    for label, words, pattern in (("COVID-19 test positivity", ("test positivity",), r"(?<=is )[\d.]+%"),
                                  ("ED visits for influenza-like illness", ("influenza-like illness",),
                                   r"(?<=for )[\d.]+%"),
                                  ("Residents hospitalized (COVID-19, flu, RSV)", ("hospitalized with",), ""),
                                  ("Active long-term care outbreaks", ("long-term care facilities",), "")):  # fmt: skip
        now, before = _last_week(doc, words, pattern)
        trend = "▲ Increasing" if now != before and float(re.sub(r"[^\d.]", "", now or "0") or 0) > float(
            re.sub(r"[^\d.]", "", before or "0") or 0) else "▼ Decreasing" if now != before else "► Stable"  # fmt: skip
        for cell, text in zip(t.add_row().cells, (label, now, before, trend if now != "–" else "–"), strict=True):
            cell.text = text
    d.add_paragraph()
