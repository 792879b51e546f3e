"""Word writer of the ``blind56_layouts`` set (python-docx, in Word for the web's place): a Bulgarian water and
sewerage company's information on the water regime to the regional governor, typed in Word for the web from the
company's letter template on SharePoint and downloaded as DOCX.

A Bulgarian ВиК company while a drought puts villages on a water regime: the daily "Информация" to the regional
governor and the regional crisis staff, typed in the browser on the company's template — Aptos 11 as Microsoft 365
now sets it, the header a borderless table with the logo at the left and the company, address, telephone, e-mail and
ЕИК at the right over a rule, "Изх. № 2-1187/18.08.2026" at the left, "ДО" and the governor in bold capitals at the
right, "ОТНОСНО:" with its subject, "УВАЖАЕМИ ГОСПОДИН ОБЛАСТЕН УПРАВИТЕЛ," centred, the opening sentence, each
section's name in Word's "Heading 2" after its Roman number ("I. Обща обстановка"), the summary as paragraphs, the
other points in Word's bulleted "List Paragraph", "Предприети мерки:" in bold, "С уважение," and the manager's
title and name ("инж. … / Управител"), "Изготвил:" with the dispatcher's name, and "стр. 1 от 2" in the footer.
"340 000 евро", "1,25 млн. евро", "1 250", "12%", "16 август", "(при предходната информация: 5)".
"""

from __future__ import annotations

import io
import zlib

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import BULLET_LEVELS, add_field, add_list, number_paragraph
from blind56_layouts_banks_away import VODA
from blind56_layouts_content import parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

VIK = (("Плевен", "гр. Плевен 5800, ул. „Т. Каблешков“ № 4", "064 800 300", "vik-pleven.com", "114005374",
        "инж. Петър Иванов", "Десислава Николова"),
       ("Ловеч", "гр. Ловеч 5500, ул. „Търговска“ № 43", "068 603 300", "vik-lovech.com", "110004143",
        "инж. Стефан Маринов", "Цветелина Петкова"),
       ("Враца", "гр. Враца 3000, ул. „Иванка Ботева“ № 9", "092 660 300", "vikvratsa.com", "106002410",
        "инж. Георги Костов", "Милена Ангелова"),
       ("Габрово", "гр. Габрово 5300, ул. „Брянска“ № 50", "066 800 340", "vik-gabrovo.com", "107004024",
        "инж. Николай Христов", "Радослава Денева"))  # fmt: skip
BLUE = RGBColor(0x0B, 0x4F, 0x8A)


def _logo() -> bytes:
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (160, 160), "white")
    d = ImageDraw.Draw(im)
    d.ellipse((8, 8, 152, 152), fill="#0b4f8a")
    d.polygon([(80, 26), (118, 96), (80, 134), (42, 96)], fill="#ffffff")
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def _para(d, text: str = "", bold: bool = False, align=None, after: float = 6, style: str | None = None):
    p = d.add_paragraph(style=style)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    if text:
        p.add_run(text).bold = bold or None
    return p


def docx_word_web_informatsiya_vodorezhim_bg(doc: Doc) -> bytes:
    """The company's information on the water regime as Word for the web downloads it."""
    when = report_day(doc)
    town, address, phone, domain, eik, manager, author = VIK[VODA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2), Cm(1.5), Cm(2)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Aptos", Pt(11)
    normal.element.rPr.rFonts.set(qn("w:cs"), "Aptos")
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.08
    h2 = d.styles["Heading 2"]
    h2.font.name, h2.font.size, h2.font.color.rgb = "Aptos Display", Pt(13), BLUE
    h2.paragraph_format.space_before, h2.paragraph_format.space_after = Pt(10), Pt(4)

    head = sec.header
    table = head.add_table(rows=1, cols=2, width=Cm(16.5))
    table.columns[0].width, table.columns[1].width = Cm(3), Cm(13.5)
    left, right = table.rows[0].cells
    left.width, right.width = Cm(3), Cm(13.5)
    left.paragraphs[0].add_run().add_picture(io.BytesIO(_logo()), width=Cm(2.2))
    for n, (line, size, bold) in enumerate(((doc.organisation.upper(), 13, True), (address, 9, False),
                                            (f"тел.: {phone}, e-mail: office@{domain}, www.{domain}", 9, False),
                                            (f"ЕИК {eik}", 9, False))):  # fmt: skip
        p = right.paragraphs[0] if n == 0 else right.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.bold, r.font.size = bold or None, Pt(size)
        if bold:
            r.font.color.rgb = BLUE
    rule = head.paragraphs[0]
    rule._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="12" '
                                              'w:space="1" w:color="0B4F8A"/></w:pBdr>'))  # fmt: skip
    head._element.remove(rule._p)
    head._element.append(rule._p)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot.add_run("стр. ")
    add_field(foot, "PAGE", "1")
    foot.add_run(" от ")
    add_field(foot, "NUMPAGES", "2")

    _para(d, f"Изх. № 2-{1000 + h % 400 + doc.number}/{when:%d.%m.%Y}", after=12)
    for line in ("ДО", f"ОБЛАСТНИЯ УПРАВИТЕЛ НА ОБЛАСТ {town.upper()}", "ПРЕДСЕДАТЕЛ НА ОБЛАСТНИЯ КРИЗИСЕН ЩАБ"):
        p = _para(d, line, bold=True, after=0)
        p.paragraph_format.left_indent = Cm(9)
    _para(d, after=6)
    p = _para(d, after=12)
    p.add_run("ОТНОСНО: ").bold = True
    p.add_run(f"Водоснабдяването на населените места в област {town} в условията на засушаване")
    _para(d, "УВАЖАЕМИ ГОСПОДИН ОБЛАСТЕН УПРАВИТЕЛ,", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    p = _para(d, f"Във връзка с Ваше писмо и решение на Областния кризисен щаб Ви предоставяме информация за "
                 f"водоснабдяването към 08:00 ч. на {when:%d.%m.%Y} г.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)  # fmt: skip
    p.paragraph_format.first_line_indent = Cm(1.25)
    bullets = add_list(d, BULLET_LEVELS)
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 2")
        for it in s.items:
            if s.key == "highlights":
                _para(d, it.text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                continue
            p = _para(d, style="List Paragraph", align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=3)
            number_paragraph(p, bullets)
            risk, lead, rest = parts(it, "bg")
            p.add_run(risk if lead else it.text)
            if lead:
                p.add_run(" ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
    _para(d, after=12)
    _para(d, "С уважение,", after=24)
    _para(d, manager.upper(), bold=True, after=0)
    _para(d, "Управител", after=30)
    p = _para(d, f"Изготвил: {author}, диспечер, тел. {phone}", after=0)
    p.runs[0].font.size = Pt(9)
    d.core_properties.author = author
    d.core_properties.title = "Информация водоснабдяване"
    d.core_properties.language = "bg-BG"
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()
