"""Word writers of the ``blind59_layouts`` set (python-docx): a district of Malta's Water Services Corporation's
water supply report, and a Probation Service region's business continuity SITREP marked OFFICIAL-SENSITIVE.

A district of the Water Services Corporation in a summer of water cuts: the "Rapport dwar is-Sitwazzjoni tal-Provvista
tal-Ilma" typed in Word on the corporation's template and sent to the ministry — the page header with the logo,
"Korporazzjoni għas-Servizzi tal-Ilma" and "Water Services Corporation", the title in the "Title" style, a table
of particulars ("Data", "Distrett", "Ippreparat minn"), "Heading 1" sections, the summary as paragraphs, the other
points "List Bullet", "Miżuri meħuda:" in bold, the contact line, and a footer with the address and "Paġna 1 minn 2".
"€1,170,000", "1,250", "16 ta' Lulju", "(rapport preċedenti: 5)".

A region of the Probation Service after a national IT outage: the business continuity "SITREP" to Gold command,
typed in Word on HMPPS's template — "OFFICIAL-SENSITIVE" centred in the header and the footer, "HM Prison &
Probation Service" and "Probation Service" beside the crest, the title, a table of particulars with the overall RAG
status, each section's name typed bold after its number ("1. Summary"), the points bulleted, "Mitigation:" in bold,
"Completed by:", "Distribution:", the handling note and "Page 1 of 2". "£3,400", "16 October",
"(previous SITREP: 5)".
"""

from __future__ import annotations

import io
import zlib

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field
from blind46_layouts_word import _save, _widths
from blind47_layouts_word import logo
from blind59_layouts_banks_away import ILMA
from blind59_layouts_banks_home import PROBATION
from blind59_layouts_content import XHUR, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor


def _points(d, items, lang: str, style: str = "List Bullet") -> None:
    for it in items:
        p = d.add_paragraph(style=style)
        risk, lead, rest = parts(it, lang)
        p.add_run(risk if lead else it.text)
        if lead:
            p.add_run(" ")
            p.add_run(lead).bold = True
            p.add_run(f" {rest}")


def _page_of(foot, before: str, between: str) -> None:
    foot.add_run(before).font.size = Pt(8)
    add_field(foot, "PAGE", "1")
    foot.add_run(between).font.size = Pt(8)
    add_field(foot, "NUMPAGES", "2")


# ---------------------------------------------------------------- a WSC district's water supply report

DISTRETTI = (("Tramuntana", "Joseph Borg"), ("Nofsinhar", "Maria Camilleri"), ("Ċentrali", "Daniel Vella"),
             ("Għawdex", "Carmen Grech"))  # fmt: skip
BLUE = RGBColor(0, 91, 170)


def docx_wsc_ilma_mt(doc: Doc) -> bytes:
    """The district's water supply report as the Word file sent to the ministry."""
    when = report_day(doc)
    district, officer = DISTRETTI[ILMA.organisations.index(doc.organisation)]
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    d.styles["Normal"].font.name, d.styles["Normal"].font.size = "Calibri", Pt(11)
    d.styles["Heading 1"].font.size, d.styles["Heading 1"].font.color.rgb = Pt(13), BLUE
    head = sec.header.paragraphs[0]
    head.add_run().add_picture(io.BytesIO(logo((0, 91, 170), "WSC")), width=Cm(1.6))
    r = head.add_run("\tKorporazzjoni għas-Servizzi tal-Ilma\n\tWater Services Corporation")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(10), BLUE
    d.add_paragraph(f"Rapport dwar is-Sitwazzjoni tal-Provvista tal-Ilma Nru {doc.number}", style="Title")
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    _widths(t, (Cm(4), Cm(12.6)))
    for row, (a, b) in zip(t.rows, (("Data", f"{when.day} ta' {XHUR[when.month - 1]} {when.year}"),
                                    ("Distrett", district), ("Ippreparat minn", f"{officer}, Maniġer tad-Distrett")),
                           strict=True):  # fmt: skip
        row.cells[0].paragraphs[0].add_run(a).bold = True
        row.cells[1].paragraphs[0].add_run(b)
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 1")
        if s.key == "highlights":
            for it in s.items:
                d.add_paragraph(it.text)
        else:
            _points(d, s.items, "mt")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run("Għal aktar informazzjoni: customercare@wsc.com.mt | Freephone 8007 2222").italic = True
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_of(foot, "Water Services Corporation · Triq Ħal Qormi, Il-Luqa LQA 9043 · www.wsc.com.mt    Paġna ", " minn ")
    d.core_properties.author, d.core_properties.language = officer, "mt-MT"
    d.core_properties.title = f"Rapport Nru {doc.number} – {district}"
    return _save(d)


# ---------------------------------------------------------------- a probation region's business continuity SITREP

REGIONS = (
    ("North West", "Sarah Whitfield", "Head of Operations"),
    ("Yorkshire and the Humber", "Imran Hussain", "Head of Operations"),
    ("Wales", "Rhian Pritchard", "Head of Public Protection"),
    ("London", "Daniel Okafor", "Head of Operations"),
)
RAG = ("AMBER", "RED", "AMBER", "AMBER/GREEN")


def docx_probation_sitrep_official_uk(doc: Doc) -> bytes:
    """The region's business continuity SITREP as the Word file sent to Gold command."""
    when = report_day(doc)
    region, name, post = REGIONS[PROBATION.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    d.styles["Normal"].font.name, d.styles["Normal"].font.size = "Arial", Pt(11)
    for part in (sec.header.paragraphs[0], sec.footer.paragraphs[0]):
        part.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = part.add_run("OFFICIAL-SENSITIVE")
        r.bold, r.font.size = True, Pt(10)
    foot = sec.footer.add_paragraph()
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_of(foot, "Page ", " of ")
    top = d.add_table(rows=1, cols=2)
    _widths(top, (Cm(2.4), Cm(14.6)))
    top.rows[0].cells[0].paragraphs[0].add_run().add_picture(io.BytesIO(logo((0, 0, 0), "HM")), width=Cm(1.8))
    cell = top.rows[0].cells[1]
    cell.paragraphs[0].add_run("HM Prison & Probation Service").bold = True
    cell.add_paragraph("Probation Service")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run(f"SITREP {doc.number} – National case management system outage (Business Continuity)")
    r.bold, r.font.size = True, Pt(15)
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    _widths(t, (Cm(5), Cm(12)))
    rows = (("Region", region), ("SITREP number", str(doc.number)), ("Date / time", f"{when:%d/%m/%Y} 15:00"),
            ("Completed by", f"{name}, {post}"), ("Overall RAG status", RAG[h % 4]))  # fmt: skip
    for row, (a, b) in zip(t.rows, rows, strict=True):
        row.cells[0].paragraphs[0].add_run(a).bold = True
        row.cells[1].paragraphs[0].add_run(b)
    for s in doc.sections:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.add_run(s.heading).bold = True
        if s.key == "highlights":
            for it in s.items:
                d.add_paragraph(it.text)
        else:
            _points(d, s.items, "uk")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run("Completed by: ").bold = True
    p.add_run(f"{name}, {post}, {region}")
    p = d.add_paragraph()
    p.add_run("Distribution: ").bold = True
    p.add_run("HMPPS Gold command; Regional Probation Director; Regional Business Continuity Lead")
    d.add_paragraph("Handling: this document must not be forwarded outside HMPPS without the author's agreement.")
    d.core_properties.author, d.core_properties.title = name, f"SITREP {doc.number} {region}"
    return _save(d)
