"""Word writer of the ``blind69_layouts`` set (python-docx): a Hebron governorate municipality's daily report on a
summer shortage of water, typed right to left as a Palestinian official letter in Word 2024.

A municipality of Hebron governorate (its council runs the town's own water network, bought in bulk and pumped from
its wells, and answers to the governorate's emergency committee, the Palestinian Water Authority and the Ministry of
Local Government) in a summer when the heat rises and the water reaching its reservoirs falls: its daily report to the
governor as head of the governorate's emergency committee, typed in Word 2024 on the municipality's letter template,
every paragraph right to left, in Simplified Arabic — the letterhead in a right-to-left table (at the right "دولة
فلسطين", the governorate and the municipality; the emblem between; at the left the same in English), a double rule,
"الرقم:", "التاريخ:" and "الموافق:" with the Hijri day, "عطوفة محافظ محافظة الخليل المحترم" in bold and his post,
"الموضوع:" and the subject bold and underlined, "تحية طيبة وبعد،،،" and the sentence with the report's number and
hour; then each section's name bold after its letter in the abjad order and a hyphen ("أ- ملخص الوضع"), the summary as
justified paragraphs, the other points typed after their number and a hyphen ("1-"), "الإجراء المتخذ:" in bold;
"وتفضلوا بقبول فائق الاحترام والتقدير،،،", the mayor's post and name at the left, "نسخة:" and its lines, the address
in the footer over the page number. "12,480 شيكل", "1.25 مليون شيكل", "1,250", "16 آب", "(في التقرير الأخير: 5)".
"""

from __future__ import annotations

import io
import zipfile
import zlib

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field
from blind46_layouts_word import _save, _widths
from blind47_layouts_word import logo
from blind61_layouts_word import _script
from blind63_layouts_content import hijri
from blind63_layouts_word import _rtl
from blind69_layouts_banks_arabic import MAYAH
from blind69_layouts_content import parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

W = nsdecls("w")
FONT = "Simplified Arabic"
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
       'officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
       'docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>{minutes}</TotalTime><Pages>2</Pages>'
       "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>{company}</Company>"
       "<LinksUpToDate>false</LinksUpToDate><AppVersion>16.0000</AppVersion></Properties>")  # fmt: skip
TOWNS = (
    ("حلحول", "Halhul", "ح ل", "م. عماد سليم الحلايقة", "شارع الجامعة – حلحول", "halhul"),
    ("دورا", "Dura", "د ر", "أ. خالد محمود العواودة", "دوار البلدية – دورا", "dura"),
    ("بني نعيم", "Bani Na'im", "ب ن", "م. سامر عبد الله المناصرة", "الشارع الرئيسي – بني نعيم", "baninaim"),
    ("سعير", "Sa'ir", "س ع", "أ. نضال يوسف الجرادات", "وسط البلد – سعير", "sair"),
)
COPIES = ("سلطة المياه الفلسطينية – دائرة المياه الجنوبية", "وزارة الحكم المحلي – مديرية الحكم المحلي/ الخليل",
          "مديرية الصحة – الخليل", "الملف")  # fmt: skip


def _with_app(data: bytes, minutes: int, company: str) -> bytes:
    """The package with Word 2024's docProps/app.xml in python-docx's place."""
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = APP.format(minutes=minutes, company=company).encode()
            z.writestr(info, body)
    return out.getvalue()


def _para(d, text: str = "", bold: bool = False, size: float | None = None, after: float = 4, align=None):
    p = d.add_paragraph()
    _rtl(p, text, bold, size)
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


def _letterhead(d, town: str, latin: str) -> None:
    """The template's letterhead: a right-to-left table of Arabic, the emblem and English, over a double rule."""
    t = d.add_table(rows=1, cols=3)
    t._tbl.tblPr.append(parse_xml(f"<w:bidiVisual {W}/>"))
    _widths(t, (Cm(6.5), Cm(3.5), Cm(6.5)))
    right, middle, left = t.rows[0].cells
    for k, line in enumerate(("دولة فلسطين", "محافظة الخليل", f"بلدية {town}")):
        p = right.paragraphs[0] if k == 0 else right.add_paragraph()
        _rtl(p, line, bold=True, size=14 if k == 2 else 12)
        p.alignment, p.paragraph_format.space_after = WD_ALIGN_PARAGRAPH.CENTER, Pt(0)
    middle.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    middle.paragraphs[0].add_run().add_picture(io.BytesIO(logo((0, 122, 61), "PS")), width=Cm(2.2))
    for k, line in enumerate(("State of Palestine", "Hebron Governorate", f"{latin} Municipality")):
        p = left.paragraphs[0] if k == 0 else left.add_paragraph()
        p.alignment, p.paragraph_format.space_after = WD_ALIGN_PARAGRAPH.CENTER, Pt(0)
        r = p.add_run(line)
        r.bold, r.font.size, r.font.name = True, Pt(13 if k == 2 else 11), "Times New Roman"
    rule = d.add_paragraph()
    rule._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {W}><w:bottom w:val="double" w:sz="6" w:space="1" '
                                              'w:color="007A3D"/></w:pBdr>'))  # fmt: skip


def docx_word2024_taqrir_miyah_ps(doc: Doc) -> bytes:
    """The municipality's daily water shortage report as the Word 2024 letter sent to the governor."""
    when = report_day(doc)
    town, latin, code, mayor, address, host = TOWNS[MAYAH.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    hd, hm, hy = hijri(when.date())
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(2)
    sec._sectPr.append(parse_xml(f"<w:bidi {W}/>"))
    _script(d, FONT, 14, "ar-PS")
    d.styles["Normal"].paragraph_format.space_after = Pt(2)
    _letterhead(d, town, latin)
    for k, line in enumerate(
        (
            f"الرقم: {code}/ {2400 + doc.number * 17 + h % 13}",
            f"التاريخ: {when.day}/{when.month}/{when.year}م",
            f"الموافق: {hd}/{hm + 1}/{hy}هـ",
        )
    ):
        _para(d, line, size=12, after=0).paragraph_format.space_before = Pt(6 if k == 0 else 0)  # fmt: skip
    p = _para(d, "عطوفة محافظ محافظة الخليل المحترم", bold=True, after=0)
    p.paragraph_format.space_before = Pt(12)
    _para(d, "رئيس لجنة الطوارئ في المحافظة", after=8)
    p = _para(d, "", after=8, align=WD_ALIGN_PARAGRAPH.CENTER)
    _rtl(p, "الموضوع: ", bold=True)
    _rtl(p, "التقرير اليومي حول أزمة المياه في البلدة", bold=True, underline=True)
    _para(d, "تحية طيبة وبعد،،،", after=4)
    p = _para(d, f"نرفق لعطوفتكم التقرير اليومي رقم ({doc.number}) حول أزمة المياه في بلدة {town} حتى الساعة الثانية "
                 "من بعد ظهر اليوم، وهو على النحو الآتي:", after=6)  # fmt: skip
    p.paragraph_format.first_line_indent = Cm(1)
    for s in doc.sections:
        p = _para(d, s.heading, bold=True, after=3)
        p.paragraph_format.space_before, p.paragraph_format.keep_with_next = Pt(8), True
        for n, it in enumerate(s.items, 1):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_after = Pt(2)
            if s.key == "highlights":
                p.paragraph_format.first_line_indent = Cm(1)
                _rtl(p, it.text)
                continue
            p.paragraph_format.right_indent, p.paragraph_format.first_line_indent = Cm(0.9), Cm(-0.6)
            risk, lead, rest = parts(it, "ps")
            _rtl(p, f"{n}- {risk if lead else it.text}")
            if lead:
                _rtl(p, f" {lead}", bold=True)
                _rtl(p, f" {rest}")
    p = _para(d, "وتفضلوا بقبول فائق الاحترام والتقدير،،،", after=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.space_before = Pt(10)
    for line in ("رئيس البلدية", "", mayor):
        p = _para(d, line, bold=True, after=0, align=WD_ALIGN_PARAGRAPH.CENTER)
        p.paragraph_format.right_indent = Cm(9.5)
    _para(d, "نسخة:", bold=True, size=11, after=0).paragraph_format.space_before = Pt(12)
    for line in COPIES:
        _para(d, f"- {line}", size=11, after=0)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {W}><w:top w:val="single" w:sz="6" w:space="1" '
                                              'w:color="007A3D"/></w:pBdr>'))  # fmt: skip
    _rtl(foot, f"بلدية {town} – {address} – هاتف: 02-22{h % 90000 + 10000} – البريد الإلكتروني: ", size=9)
    foot.add_run(f"info@{host}.ps").font.size = Pt(9)
    page = sec.footer.add_paragraph()
    page.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(page, "PAGE", "1")
    d.core_properties.author, d.core_properties.language = f"بلدية {town}", "ar-PS"
    d.core_properties.title = f"التقرير اليومي {doc.number}"
    return _with_app(_save(d), 20 + h % 30, f"بلدية {town}")
