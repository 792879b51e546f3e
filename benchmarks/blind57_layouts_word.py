"""Word writer of the ``blind57_layouts`` set (python-docx, in Word for Android's place): a Ghanaian district
assembly's disaster management office's situational report on the dam spillage, typed on the district director's
phone in Word for Android and shared as DOCX over WhatsApp and e-mail.

A district office of Ghana's National Disaster Management Organisation (NADMO) when the spillage of the Akosombo and
Kpong dams floods the lower Volta: the daily "Situational Report" to the regional director, typed on a phone in Word
for Android from a blank document — every line a "Normal" paragraph, no heading styles, no header or footer, Calibri
11 as the app sets it: the assembly, "NATIONAL DISASTER MANAGEMENT ORGANISATION (NADMO)" and the post box centred in
bold capitals, the title centred, bold and underlined, "REPORT NO. 3", "TO:", "FROM:" and "DATE:" ("16th October,
2026") with their labels in bold and a tab, each section's name in bold capitals after its letter ("A. SUMMARY"),
the summary as paragraphs, the other points in the app's bulleted list, "Intervention:" in bold, "Submitted for your
information and necessary action, please.", a dotted line, the director's name and post, and "cc:" with the copies.
"GH₵3,400,000" (a pound as ten cedis), "GH₵12.5 million", "1,250", "12%", "16th October", "(previous report: 5)".
"""

from __future__ import annotations

import io
import zlib

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import BULLET_LEVELS, add_list, number_paragraph
from blind57_layouts_banks_home import SPILLAGE
from blind57_layouts_content import ordinal, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

DISTRICTS = (("P. O. BOX 24, SOGAKOPE – VOLTA REGION", "SOGAKOPE", "Richard Kwame Agbenyefia", "South Tongu"),
             ("P. O. BOX 30, ADIDOME – VOLTA REGION", "ADIDOME", "Gifty Esi Dzathor", "Central Tongu"),
             ("P. O. BOX 2, BATTOR – VOLTA REGION", "BATTOR", "Emmanuel Selorm Gbeku", "North Tongu"),
             ("P. O. BOX 15, ADA FOAH – GREATER ACCRA REGION", "ADA FOAH", "Felicia Akuorkor Tetteh",
              "Ada East"))  # fmt: skip


def _para(d, text: str = "", bold: bool = False, align=None, underline: bool = False, after: float = 0):
    p = d.add_paragraph()
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        r.bold, r.underline = bold or None, underline or None
    return p


def docx_word_android_spillage_gh(doc: Doc) -> bytes:
    """The district's situational report as Word for Android saves it."""
    when = report_day(doc)
    box, town, director, district = DISTRICTS[SPILLAGE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    centre = WD_ALIGN_PARAGRAPH.CENTER
    for line in (doc.organisation.upper(), "NATIONAL DISASTER MANAGEMENT ORGANISATION (NADMO)", box):
        _para(d, line, bold=True, align=centre)
    _para(d)
    _para(d, "SITUATIONAL REPORT ON THE SPILLAGE OF THE AKOSOMBO AND KPONG DAMS", bold=True, align=centre,
          underline=True)  # fmt: skip
    _para(d, f"REPORT NO. {doc.number}", bold=True, align=centre, after=8)
    for label, value in (("TO:", "THE REGIONAL DIRECTOR, NADMO, HO"),
                         ("FROM:", f"THE DISTRICT DIRECTOR, NADMO, {town}"),
                         ("DATE:", f"{ordinal(when.day)} {when:%B}, {when.year}")):  # fmt: skip
        p = _para(d, after=2)
        p.add_run(label).bold = True
        p.add_run(f"\t{value}")
    _para(d, after=6)
    bullets = add_list(d, BULLET_LEVELS)
    for s in doc.sections:
        _para(d, s.heading, bold=True, after=4)
        for it in s.items:
            if s.key == "highlights":
                _para(d, it.text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=6)
                continue
            p = d.add_paragraph(style="List Paragraph")
            p.paragraph_format.space_after = Pt(2)
            number_paragraph(p, bullets)
            risk, lead, rest = parts(it, "gh")
            p.add_run(risk if lead else it.text)
            if lead:
                p.add_run(" ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
        _para(d, after=4)
    _para(d, "Submitted for your information and necessary action, please.", after=24)
    _para(d, "……………………………………")
    _para(d, director.upper(), bold=True)
    _para(d, "DISTRICT DIRECTOR, NADMO", bold=True, after=12)
    _para(d, "cc:", bold=True)
    for line in (f"The District Chief Executive, {district} District Assembly",
                 f"The District Coordinating Director, {district} District Assembly",
                 "The Director-General, NADMO, Accra"):  # fmt: skip
        p = _para(d, line)
        p.paragraph_format.left_indent = Pt(36)
    d.core_properties.author = director
    d.core_properties.last_modified_by = director
    d.core_properties.title = ""
    d.core_properties.revision = 3 + h % 9
    d.core_properties.comments = ""
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()
