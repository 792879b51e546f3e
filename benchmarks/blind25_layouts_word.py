"""Word writer of the ``blind25_layouts`` set: a Thai provincial disaster prevention and mitigation office's flood
report typed as a "บันทึกข้อความ", the internal memorandum of the Thai civil service's standard on official
correspondence — the Garuda at the top left beside "บันทึกข้อความ" in large bold letters, the form's lines
"ส่วนราชการ", "ที่" with "วันที่", "เรื่อง" (their labels bold, the values on dotted underlines), "เรียน" and the
addressee, the opening paragraph indented 2.5 cm, the headings bold lines numbered by hand in Thai digits "๑.
สถานการณ์โดยสรุป", each point a paragraph numbered by hand "๑.๑" and a tab under a hanging indent, the situation's
points paragraphs indented as the opening, "มาตรการรองรับ:" in bold inside a risk's point, "จึงเรียนมาเพื่อโปรดทราบ
และพิจารณาสั่งการ", the director's name in brackets and title at the right; every run in TH SarabunPSK 16 pt set as a
complex script (``w:cs``, ``w:szCs``, ``w:bCs``, ``w:lang w:bidi="th-TH"``), the page number "- ๒ -" at the head of
later pages only (a first page of its own, ``w:pgNumType w:fmt="thaiNumbers"``); Thai digits throughout, "๑,๒๕๐",
"ร้อยละ ๑๒", "๕๑๓,๐๐๐ บาท", "๑๙ กันยายน ๒๕๖๘" (the Buddhist Era year), no full stop after a sentence.
"""

from __future__ import annotations

import io
from functools import cache
from typing import Any

from blind7_layouts_content import report_day
from blind25_layouts_content import DUEAN, THAI_DIGITS, split_lead
from council_layouts_gold import Doc
from council_layouts_writers import _save

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
SARABUN = "TH SarabunPSK"
PROVINCES = {"เชียงราย": ("ชร", "นายสมชาย ศรีสุข", "๐ ๕๓๑๗ ๕๓๔๕"), "อุบลราชธานี": ("อบ", "นายวิชัย บุญมา", "๐ ๔๕๒๔ ๔๐๑๑"),
             "นครศรีธรรมราช": ("นศ", "นางสาวกัลยา แก้วมณี", "๐ ๗๕๓๕ ๖๒๐๑"),
             "พระนครศรีอยุธยา": ("อย", "นายประเสริฐ ทองดี", "๐ ๓๕๓๓ ๕๑๗๔")}  # fmt: skip


def th(text: str) -> str:
    return text.translate(THAI_DIGITS)


@cache
def garuda() -> bytes:
    """The Garuda emblem of a Thai official form, drawn as the template's picture."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (240, 270), "white")
    d = ImageDraw.Draw(img)
    d.ellipse((90, 20, 150, 80), fill="black")
    d.polygon([(120, 70), (40, 60), (10, 140), (70, 120), (120, 200), (170, 120), (230, 140), (200, 60)], fill="black")
    d.polygon([(85, 190), (120, 265), (155, 190)], fill="black")
    d.ellipse((105, 35, 135, 65), fill="white")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _run(p, text: str, bold: bool = False, size: float = 16, dotted: bool = False) -> None:
    """One run in TH SarabunPSK as a complex script, as Thai Word writes it."""
    from docx.oxml import parse_xml

    r = p.add_run(text)
    rpr = r._r.get_or_add_rPr()
    b = "<w:b/><w:bCs/>" if bold else ""
    u = '<w:u w:val="dotted"/>' if dotted else ""
    for el in parse_xml(f'<w:rPr {W}><w:rFonts w:ascii="{SARABUN}" w:hAnsi="{SARABUN}" w:cs="{SARABUN}"/>{b}{u}'
                        f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>'
                        '<w:lang w:bidi="th-TH"/></w:rPr>'):  # fmt: skip
        rpr.append(el)


def _para(d, indent: float = 0.0, first: float = 0.0, after: float = 0.0, align=None, tab: float = 0.0) -> Any:
    from docx.shared import Cm, Pt

    p = d.add_paragraph()
    f = p.paragraph_format
    f.left_indent, f.first_line_indent, f.space_after, f.space_before = Cm(indent), Cm(first), Pt(after), Pt(0)
    f.line_spacing = 1.0
    if align is not None:
        p.alignment = align
    if tab:
        f.tab_stops.add_tab_stop(Cm(tab))
    return p


def docx_memo_th(doc: Doc) -> bytes:
    """The office's report as the memo its officer types in Word."""
    from blind14_layouts_word import _fields
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm

    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(1.5), Cm(2), Cm(3), Cm(2)
    sec.different_first_page_header_footer = True
    sec._sectPr.append(parse_xml(f'<w:pgNumType {W} w:fmt="thaiNumbers"/>'))
    head = sec.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _fields(head, "- {PAGE} -")
    when = report_day(doc)
    province = doc.organisation.removeprefix("สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด")
    code, director, phone = PROVINCES[province]
    day = th(f"{when.day} {DUEAN[when.month - 1]} {when.year + 543}")
    p = _para(d, tab=5.2)
    p.add_run().add_picture(io.BytesIO(garuda()), height=Cm(1.5))
    _run(p, "\t")
    _run(p, "บันทึกข้อความ", bold=True, size=29)
    for label, value in (("ส่วนราชการ", f"  {doc.organisation} โทร. {phone}"),
                         ("ที่", th(f"  {code} 0023.{doc.number % 3 + 1}/{1180 + doc.number}")),
                         ("เรื่อง", th(f"  รายงานสถานการณ์อุทกภัย จังหวัด{province} ครั้งที่ {doc.number}"))):  # fmt: skip
        p = _para(d, tab=9.0)
        _run(p, label, bold=True, size=20)
        _run(p, value, dotted=True)
        if label == "ที่":
            _run(p, "\t")
            _run(p, "วันที่", bold=True, size=20)
            _run(p, f"  {day}", dotted=True)
    p = _para(d, after=6)
    _run(p, "เรียน", bold=True)
    _run(p, f"  ผู้ว่าราชการจังหวัด{province}")
    start = when.replace(day=when.day - doc.number + 1)
    opening = th(f"ด้วยจังหวัด{province}ได้รับผลกระทบจากฝนตกหนักต่อเนื่องตั้งแต่วันที่ {start.day} "
                 f"{DUEAN[start.month - 1]} {start.year + 543} ทำให้เกิดอุทกภัยในหลายพื้นที่ {doc.organisation}"
                 f"ขอรายงานสถานการณ์ ณ วันที่ {day} เวลา 06.00 น. ดังนี้")  # fmt: skip
    p = _para(d, first=2.5, after=6, align=WD_ALIGN_PARAGRAPH.THAI_JUSTIFY)
    _run(p, opening)
    for n, s in enumerate(doc.sections, start=1):
        p = _para(d, first=2.5)
        _run(p, s.heading, bold=True)
        for k, it in enumerate(s.items, start=1):
            risk, lead, rest = split_lead(it.text, "th")
            if s.key == "situation":
                p = _para(d, first=2.5, align=WD_ALIGN_PARAGRAPH.THAI_JUSTIFY)
            else:
                p = _para(d, indent=4.0, first=-1.0, tab=4.0, align=WD_ALIGN_PARAGRAPH.THAI_JUSTIFY)
                _run(p, th(f"{n}.{k}\t"))
            if lead:
                _run(p, risk + " ")
                _run(p, lead, bold=True)
                _run(p, " " + rest)
            else:
                _run(p, it.text)
    p = _para(d, first=2.5, after=24)
    p.paragraph_format.space_before = Cm(0.3)
    _run(p, "จึงเรียนมาเพื่อโปรดทราบและพิจารณาสั่งการ")
    for line in (f"({director})", f"ผู้อำนวยการ{doc.organisation}"):
        p = _para(d, indent=7.0, align=WD_ALIGN_PARAGRAPH.CENTER)
        _run(p, line)
    return _save(d)
