"""Word writer of the ``blind44_layouts`` set (python-docx).

An Asturian council's report on a storm and its landslides, in Asturian, typed in Word by the council's civil
protection officer the way Spanish local offices have long typed their reports, with no heading style anywhere: the
header with the council's name and "Proteición Civil" at the left and the report's number at the right, the footer
with the town hall's address and "Páxina 1 de 2" by fields, a title in capitals bold and centred, "Data:", "Asuntu:"
and "Destinatariu:" lines, each section's name typed in capitals and bold with its typed number ("3.- DAÑOS") in
"Normal" with the space after, the summary as justified paragraphs with a first-line indent, the other points typed
as "- " in paragraphs indented by hand, "Midíes:" in bold inside a risk's point, the place and date, the officer's
post in capitals and name centred. "3.400 €", "1,25 millones d'euros", "1.250", "12 %", "16 de payares",
"(informe anterior: 5)".
"""

from __future__ import annotations

import io

from blind7_layouts_content import report_day
from blind44_layouts_banks_new import ARGAYOS
from blind44_layouts_content import AST_MONTHS, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

TOWNS = (("Llangréu", "La Pola", "Plaza España, 1 · 33930 La Pola · Tel. 985 67 81 00"),
         ("Mieres", "Mieres del Camín", "Plaza la Requexada, 1 · 33600 Mieres · Tel. 985 46 61 11"),
         ("Tinéu", "Tinéu", "Plaza l'Ayuntamientu, 1 · 33870 Tinéu · Tel. 985 80 00 00"),
         ("Llaviana", "La Pola Llaviana", "Plaza la Pontica, 1 · 33980 La Pola Llaviana · Tel. 985 61 00 06"),
         )  # fmt: skip
OFFICERS = ("Xosé Manuel Fernández", "Ana Belén Suárez", "Pablo Menéndez", "Llucía García")


def _field(paragraph, instr: str, shown: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = shown
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _para(doc, text: str = "", bold: bool = False, align=None, indent: float = 0, first: float = 0,
          after: int = 6):  # fmt: skip
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.alignment = align
    if indent:
        pf.left_indent = Cm(indent)
    if first:
        pf.first_line_indent = Cm(first)
    if text:
        p.add_run(text).bold = bold
    return p


def docx_typed_headings_ast(doc: Doc) -> bytes:
    """The council's report typed in Word with the headings as bold capitals, numbered by hand."""
    when = report_day(doc)
    k = ARGAYOS.organisations.index(doc.organisation)
    _town, seat, address = TOWNS[k]
    day = f"{when.day} de {AST_MONTHS[when.month - 1]} de {when.year}"
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    head = sec.header.paragraphs[0]
    head.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    run = head.add_run(f"{doc.organisation.upper()}\t\tInforme n.º {doc.number}")
    run.bold = True
    run.font.size = Pt(9)
    sub = sec.header.add_paragraph()
    sub.add_run("Proteición Civil").font.size = Pt(9)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(f"{address}    Páxina ").font.size = Pt(8)
    _field(foot, "PAGE", "1")
    foot.add_run(" de ").font.size = Pt(8)
    _field(foot, "NUMPAGES", "2")
    _para(d, f"INFORME DE SITUACIÓN N.º {doc.number}: TEMPORAL Y ARGAYOS", True, WD_ALIGN_PARAGRAPH.CENTER, after=12)
    for label, value in (
        ("Data: ", day),
        ("Asuntu: ", "Temporal d'agua y vientu y argayos nel conceyu"),
        ("Destinatariu: ", "112 Asturies – Serviciu d'Emerxencies del Principáu d'Asturies"),
    ):
        p = _para(d, after=0)
        p.add_run(label).bold = True
        p.add_run(value)
    _para(d, after=6)
    for s in doc.sections:
        p = _para(d, s.heading, True, after=6)
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.keep_with_next = True
        for it in s.items:
            if s.key == "highlights":
                _para(d, it.text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=1.25)
                continue
            risk, lead, rest = parts(it, "ast")
            p = _para(d, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=1.0, after=4)
            p.add_run(f"- {risk} " if lead else f"- {it.text}")
            if lead:
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
    _para(d, after=6)
    _para(d, f"{seat}, {day}", align=WD_ALIGN_PARAGRAPH.CENTER, after=24)
    _para(d, "EL TÉCNICU DE PROTEICIÓN CIVIL" if k % 2 == 0 else "LA TÉCNICA DE PROTEICIÓN CIVIL", True,
          WD_ALIGN_PARAGRAPH.CENTER, after=36)  # fmt: skip
    _para(d, OFFICERS[k], align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    d.core_properties.author = OFFICERS[k]
    d.core_properties.title = f"Informe de situación {doc.number}"
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()
