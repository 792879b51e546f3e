"""Word writer of the ``blind55_layouts`` set (python-docx, in Word's place): a Transcarpathian city council's
executive committee reporting a spring flood to the regional administration, as a letter on the committee's blank
laid out by the national standard for organisational documents, ДСТУ 4163:2020.

The executive committee of a Transcarpathian city council while the Tysa floods the community: the daily letter
"Про паводкову ситуацію на території громади" to the civil protection department of the regional state (military)
administration, typed in Word on the committee's letter blank as ДСТУ 4163:2020 sets it out and registered in the
council's electronic document system, which writes the registration date and number into the blank's bookmarks:
Times New Roman 14 on A4 with margins of 30, 10, 20 and 20 mm, the city's arms centred, "ХУСТСЬКА МІСЬКА РАДА",
"ЗАКАРПАТСЬКОЇ ОБЛАСТІ" and "ВИКОНАВЧИЙ КОМІТЕТ" centred in bold, the line of address, telephone, e-mail and
ЄДРПОУ code over a double rule, the registration line "17.03.2026 № 02-14/512" and "На № … від …", the addressee at
the right, the heading to the text at the left, an opening paragraph, then each section's name in bold after its
number ("1. Загальна обстановка"), the summary as paragraphs and the other points typed after "– ", every paragraph
justified with a first-line indent of 1.25 cm, "Вжиті заходи:" in bold, the signature as a borderless table
("Міський голова" and "Андрій ПЕТРЕЦЬ" in the standard's "Ім'я ПРІЗВИЩЕ"), the executor's name and telephone in
12 points at the foot, and from the second page on the page number centred at the top. "340 тис. грн",
"1,25 млн грн", "1 250", "12 %", "16 березня", "(у попередній довідці: 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field, bookmark
from blind55_layouts_banks_away import PAVODOK
from blind55_layouts_content import parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor

RADY = (("Хуст", "ХУСТСЬКА", "вул. Карпатської Січі, 2, м. Хуст, 90400", "(03142) 5-33-48", "khust-rada.gov.ua",
         "04053720", "Андрій ПЕТРЕЦЬ", "Оксана Бабич"),
        ("Тячів", "ТЯЧІВСЬКА", "вул. Незалежності, 33, м. Тячів, 90500", "(03134) 3-22-35", "tyachiv-rada.gov.ua",
         "04053571", "Іван КОВАЧ", "Марія Шимон"),
        ("Рахів", "РАХІВСЬКА", "вул. Миру, 1, м. Рахів, 90600", "(03132) 2-15-61", "rakhiv-rada.gov.ua", "04053625",
         "Михайло ПОПОВИЧ", "Василь Дячук"),
        ("Виноградів", "ВИНОГРАДІВСЬКА", "вул. Миру, 5, м. Виноградів, 90300", "(03143) 2-12-49",
         "vynogradiv-rada.gov.ua", "04053654", "Степан ГРИЦАК", "Наталія Ференц"))  # fmt: skip
INDENT = Cm(1.25)


def _arms() -> bytes:
    """The city's arms as the blank carries it: a small shield, 12 × 17 mm."""
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (120, 170), "white")
    d = ImageDraw.Draw(im)
    d.polygon([(4, 4), (116, 4), (116, 100), (60, 166), (4, 100)], fill="#1c5aa8", outline="#c9a227")
    d.polygon([(30, 40), (90, 40), (90, 90), (60, 120), (30, 90)], fill="#f2c531")
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def _para(d, text: str = "", bold: bool = False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent: bool = True,
          size: float = 0, after: int = 0):  # fmt: skip
    p = d.add_paragraph()
    p.alignment = align
    fmt = p.paragraph_format
    fmt.space_after, fmt.space_before = Pt(after), Pt(0)
    if indent:
        fmt.first_line_indent = INDENT
    if text:
        r = p.add_run(text)
        r.bold = bold or None
        if size:
            r.font.size = Pt(size)
    return p


def _rule(p) -> None:
    p._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="double" w:sz="6" w:space="1" '
                                           'w:color="000000"/></w:pBdr>'))  # fmt: skip


def _no_borders(table) -> None:
    borders = "".join(f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    table._tbl.tblPr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{borders}</w:tblBorders>"))


def docx_dstu_dovidka_pavodok_uk(doc: Doc) -> bytes:
    """The executive committee's letter on the flood, on its blank, as Word saves it."""
    when = report_day(doc)
    town, upper, address, phone, domain, edrpou, mayor, executor = RADY[PAVODOK.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(30), Mm(10), Mm(20), Mm(20)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(14)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    normal.element.rPr.rFonts.set(qn("w:cs"), "Times New Roman")
    normal.paragraph_format.space_after = Pt(0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(hp, "PAGE", "2")

    arms = _para(d, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    arms.add_run().add_picture(io.BytesIO(_arms()), width=Mm(12), height=Mm(17))
    for line, bold in ((f"{upper} МІСЬКА РАДА", True), ("ЗАКАРПАТСЬКОЇ ОБЛАСТІ", True), ("ВИКОНАВЧИЙ КОМІТЕТ", True)):
        _para(d, line, bold=bold, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    contact = _para(d, f"{address}, тел. {phone}, e-mail: vykonkom@{domain}, код згідно з ЄДРПОУ {edrpou}",
                    align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=10, after=10)  # fmt: skip
    _rule(contact)
    number = f"02-14/{400 + h % 300 + doc.number}"
    reg = _para(d, f"{when:%d.%m.%Y} № {number}", align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    for r in reg.runs:
        r.underline = True
    bookmark(reg, "RegData", 10)
    asked = when - timedelta(days=doc.number + 2)
    _para(d, f"На № 01-27/{1100 + h % 400} від {asked:%d.%m.%Y}", align=WD_ALIGN_PARAGRAPH.LEFT, indent=False,
          after=12)  # fmt: skip
    p = _para(d, "Управлінню з питань цивільного захисту Закарпатської обласної державної адміністрації – "
                 "обласної військової адміністрації", align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)  # fmt: skip
    p.paragraph_format.left_indent = Cm(8.5)
    _para(d, after=6)
    subject = _para(d, "Про паводкову ситуацію на території громади", align=WD_ALIGN_PARAGRAPH.LEFT, indent=False,
                    after=12)  # fmt: skip
    subject.paragraph_format.right_indent = Cm(9)
    _para(d, f"На виконання Вашого листа від {asked:%d.%m.%Y} № 01-27/{1100 + h % 400} надаємо інформацію щодо "
             f"паводкової ситуації на території {town}ської міської територіальної громади станом на 08:00 "
             f"{when:%d.%m.%Y}.", after=6)  # fmt: skip
    for s in doc.sections:
        p = _para(d, s.heading, bold=True)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.keep_with_next = True
        for it in s.items:
            if s.key == "highlights":
                _para(d, it.text)
                continue
            risk, lead, rest = parts(it, "uk")
            p = _para(d, f"– {risk if lead else it.text}")
            if lead:
                p.add_run(" ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
    _para(d, after=18)
    sign = d.add_table(rows=1, cols=3)
    _no_borders(sign)
    sign.alignment = WD_TABLE_ALIGNMENT.LEFT
    aligns = (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT)
    widths = (Cm(6.5), Cm(4.5), Cm(6))
    for cell, text, align, width in zip(sign.rows[0].cells, ("Міський голова", "", mayor), aligns, widths,
                                        strict=True):  # fmt: skip
        cell.width = width
        cell.paragraphs[0].alignment = align
        cell.paragraphs[0].add_run(text).bold = True
    for _ in range(4):
        _para(d, indent=False)
    tail = _para(d, executor, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, size=12)
    tail.runs[0].font.color.rgb = RGBColor(0, 0, 0)
    _para(d, phone.replace("(", "").replace(")", "").replace("-", " "), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False,
          size=12)  # fmt: skip
    d.core_properties.author = executor
    d.core_properties.title = "Про паводкову ситуацію на території громади"
    d.core_properties.language = "uk-UA"
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()
