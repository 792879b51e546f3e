"""Word writers of the ``blind49_layouts`` set (python-docx): a Nigerian state ministry of health's Lassa fever
situation report laid out in a table, and a Northern Ireland council's committee report on a heating oil disruption
numbered by hand.

A Nigerian state ministry of health's weekly Lassa fever situation report, written in Word as the state epidemiology
unit writes it: the ministry's logo and name and "State Epidemiology Unit" in the header, "LASSA FEVER SITUATION
REPORT" in bold capitals, the serial number, epi-week and reporting period as "Label: value" lines, a "Key
indicators" table of figures (suspected, confirmed and probable cases, deaths, the case fatality rate), then the
report as one table of two columns under the header row "Thematic area | Update" — a row per section, its name bold
in the left cell on a green shade, its points in the right cell (the highlights as paragraphs, the others bulleted,
"Intervention:" in bold inside a risk's point) —, "Prepared by" and "For" lines under the table, the report's name
and "Page 1 of 2" in PAGE / NUMPAGES fields at the foot. "₦3,400", "₦1.25 million", "1,250", "16th February",
"(previous epi-week: 5)".

A Northern Ireland council's situation report on a disruption of heating oil deliveries, written on the council's
committee report template for its emergency management team: the council's logo and name in the header, the
template's table of particulars ("Report to", "Subject", "Date", "Reporting Officer", "Contact Officer", and the
questions every report answers — "Is this report restricted for confidential business?", "Is the decision eligible
for Call-in?" — with "Yes ☐ No ☒"), then the sections numbered by hand as the template is written: each section's
name a bold paragraph "1.0", a tab and the name, each point a paragraph "1.1", a tab and the text (a hanging
indent, justified), "Mitigation:" in bold inside a risk's point; the template's closing sections "Recommendation"
("Members are asked to note …") and "Appendices – Documents Attached" ("None") after the report's own, and
"OFFICIAL SENSITIVE" with "Page 1 of 2" in the footer. "£3,400", "£1.25m", "1,250", "16 February",
"(previous report: 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field
from blind17_layouts_content import count
from blind46_layouts_word import _save, _shade, _widths
from blind47_layouts_word import logo
from blind49_layouts_banks_north import OIL
from blind49_layouts_banks_south import LASSA
from blind49_layouts_content import ordinal, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor


def _point(p, item, lang: str) -> None:
    risk, lead, rest = parts(item, lang)
    if lead:
        p.add_run(f"{risk} ")
        p.add_run(lead).bold = True
        p.add_run(f" {rest}")
    else:
        p.add_run(item.text)


def _page_of(p) -> None:
    p.add_run("Page ")
    add_field(p, "PAGE", "1")
    p.add_run(" of ")
    add_field(p, "NUMPAGES", "2")


# ---------------------------------------------------------------- a state ministry's sitrep in a table

STATES = (("ONDO", "Dr. Adebayo Ogunleye", (0x00, 0x6B, 0x3F)), ("EDO", "Dr. Osaze Igbinosa", (0x8B, 0x00, 0x00)),
          ("BAUCHI", "Dr. Aminu Shehu", (0x00, 0x4B, 0x87)),
          ("EBONYI", "Dr. Chioma Nwankwo", (0x00, 0x80, 0x40)))  # fmt: skip


def docx_table_lassa_ng(doc: Doc) -> bytes:
    """The ministry's weekly Lassa fever situation report, its sections the rows of one table."""
    when = report_day(doc)
    k = LASSA.organisations.index(doc.organisation)
    state, epid, rgb = STATES[k]
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    head = sec.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head.add_run().add_picture(io.BytesIO(logo(rgb, state[:3])), width=Cm(1.5))
    for text, size in ((f"{state} STATE MINISTRY OF HEALTH", 12), ("State Epidemiology Unit", 10)):
        p = sec.header.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold, r.font.size = True, Pt(size)
    foot = sec.footer.paragraphs[0]
    foot.add_run(f"Lassa fever situation report – {state.title()} State\t\t")
    _page_of(foot)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("LASSA FEVER SITUATION REPORT")
    r.bold, r.font.size = True, Pt(14)
    start = when - timedelta(days=6)
    week = (when.timetuple().tm_yday - 1) // 7 + 1
    since = ordinal(start.day) if start.month == when.month else f"{ordinal(start.day)} {start:%B}"
    period = f"{since} – {ordinal(when.day)} {when:%B}, {when.year}"
    for label, value in (("Serial Number", f"{doc.number:02d}"), ("Epi-week", str(week)),
                         ("Reporting period", period)):  # fmt: skip
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(f"{label}: ").bold = True
        p.add_run(value)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("Key indicators").bold = True
    confirmed = count(doc, ("confirmed cases have been recorded",), 12)
    cfr = count(doc, ("case fatality rate",), 18)
    figures = (("Suspected cases", f"{confirmed * 4 + 7:,}"), ("Confirmed cases", f"{confirmed:,}"),
               ("Probable cases", str(1 + confirmed % 4)), ("Deaths (confirmed)", str(max(1, confirmed * cfr // 100))),
               ("CFR", f"{cfr}%"))  # fmt: skip
    t = d.add_table(rows=2, cols=len(figures))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for n, (label, value) in enumerate(figures):
        t.cell(0, n).text = label
        t.cell(0, n).paragraphs[0].runs[0].bold = True
        _shade(t.cell(0, n), "D9EAD3")
        t.cell(1, n).text = value
        for row in (0, 1):
            t.cell(row, n).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph()
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for n, label in enumerate(("Thematic area", "Update")):
        cell = t.cell(0, n)
        r = cell.paragraphs[0].add_run(label)
        r.bold, r.font.color.rgb = True, RGBColor(0xFF, 0xFF, 0xFF)
        _shade(cell, "1E6B3A")
    for s in doc.sections:
        row = t.add_row()
        left, right = row.cells
        left.paragraphs[0].add_run(s.heading).bold = True
        _shade(left, "E2EFDA")
        first = True
        for it in s.items:
            p = right.paragraphs[0] if first else right.add_paragraph()
            first = False
            if s.key != "highlights":
                p.style = d.styles["List Bullet"]
            p.paragraph_format.space_after = Pt(3)
            _point(p, it, "ng")
    _widths(t, (Cm(4.2), Cm(12.8)))
    d.add_paragraph()
    for label, value in (("Prepared by", f"{epid}, State Epidemiologist"),
                         ("For", "Honourable Commissioner for Health")):  # fmt: skip
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(f"{label}: ").bold = True
        p.add_run(value)
    d.core_properties.author = epid
    d.core_properties.title = "LASSA FEVER SITUATION REPORT"
    return _save(d)


# ---------------------------------------------------------------- a council's committee report, numbered by hand

OFFICERS = (("Director of Environment and Property", "Emergency Planning Officer", (0x00, 0x5A, 0x8C)),
            ("Director of Community and Wellbeing", "Emergency Planning Coordinator", (0x4B, 0x2E, 0x83)),
            ("Director of Environmental Services", "Emergency Planning Manager", (0x00, 0x6E, 0x51)),
            ("Director of Neighbourhood Services", "Civil Contingencies Officer", (0x00, 0x3A, 0x70)))  # fmt: skip
TAB = Cm(1.27)


def _numbered(d, number: str, text_or_item, bold: bool = False) -> None:
    """A paragraph typed "1.1", a tab and its text, the text hanging at the tab stop."""
    p = d.add_paragraph()
    f = p.paragraph_format
    f.left_indent, f.first_line_indent = TAB, -TAB
    f.tab_stops.add_tab_stop(TAB, WD_TAB_ALIGNMENT.LEFT)
    f.space_after = Pt(8 if not bold else 6)
    if bold:
        f.space_before = Pt(6)
        f.keep_with_next = True
        r = p.add_run(f"{number}\t{text_or_item}")
        r.bold = True
        return
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(f"{number}\t")
    if isinstance(text_or_item, str):
        p.add_run(text_or_item)
    else:
        _point(p, text_or_item, "ni")


def docx_numbered_oil_ni(doc: Doc) -> bytes:
    """The council's situation report on its committee report template, every paragraph numbered by hand."""
    when = report_day(doc)
    k = OIL.organisations.index(doc.organisation)
    director, contact, rgb = OFFICERS[k]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    head = sec.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    head.add_run().add_picture(io.BytesIO(logo(rgb, "".join(w[0] for w in doc.organisation.split()[:3]))),
                               width=Cm(2.2))  # fmt: skip
    p = sec.header.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(doc.organisation).font.size = Pt(9)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("OFFICIAL SENSITIVE").bold = True
    p = sec.footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_of(p)
    rows = (("Report to:", "Emergency Management Team"),
            ("Subject:", f"Heating oil supply disruption – situation report {doc.number}"),
            ("Date:", f"{when:%A} {when.day} {when:%B %Y}"), ("Reporting Officer:", director),
            ("Contact Officer:", contact),
            ("Is this report restricted for confidential business?", "Yes ☐  No ☒"),
            ("Is the decision eligible for Call-in?", "Yes ☐  No ☒"))  # fmt: skip
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for n, (label, value) in enumerate(rows):
        t.cell(n, 0).paragraphs[0].add_run(label).bold = True
        t.cell(n, 1).paragraphs[0].add_run(value)
    _widths(t, (Cm(7.6), Cm(9.0)))
    d.add_paragraph()
    for s in doc.sections:
        number, _, name = s.heading.partition(" ")
        _numbered(d, number, name, bold=True)
        major = number.split(".")[0]
        for m, it in enumerate(s.items, start=1):
            _numbered(d, f"{major}.{m}", it)
    n = len(doc.sections)
    _numbered(d, f"{n + 1}.0", "Recommendation", bold=True)
    _numbered(d, f"{n + 1}.1", "Members are asked to note the contents of this report and the actions being taken "
              "by the council and its partners.")  # fmt: skip
    _numbered(d, f"{n + 2}.0", "Appendices – Documents Attached", bold=True)
    _numbered(d, f"{n + 2}.1", "None.")
    d.core_properties.author = contact
    d.core_properties.title = f"Heating oil supply disruption – situation report {doc.number}"
    d.core_properties.revision = 2 + h % 7
    return _save(d)
