"""Word writers of the ``blind72_layouts`` set (python-docx): a Negros Occidental municipality's typhoon memorandum
typed in Hiligaynon in Polaris Office, and a Bukovina hromada's flood report typed as the table of a Ukrainian
official letter in SoftMaker TextMaker.

A municipality of southern Negros Occidental (its mayor and its municipal disaster risk reduction and management
office, the MDRRMO, which reports to the provincial council, the PDRRMC, and works with the DSWD, the Office of Civil
Defense, the fire and police stations and the barangays) in a typhoon: the MDRRMO's situational report typed as a
memorandum in Polaris Office on the office's laptop, in Hiligaynon with the English words the offices use — the
letterhead in the page header ("Republika sang Pilipinas", the province, "BANWA SANG …", the office), "MEMORANDUM",
"PARA KAY :", "PAAGI KAY :", "HALIN KAY :", "PETSA :", "TOPIKO :" over a rule, the opening sentence, each section's
Roman numeral and name in bold ("I. Kabilugan nga Sitwasyon"), the summary as paragraphs, the other points numbered
by hand ("1. "), "Ginhimo nga aksyon:" in bold; "Para sa inyo nga impormasyon kag angay nga aksyon.", "Ginhanda ni:"
and "Nakita ni:" with the officer and the mayor, "Kopya:" and its lines, the hotline and "Pahina 1 sang 2" in the
footer. "₱84,240.00", "₱2.35 milyon", "1,250", "Oktubre 16", "(sa nagligad nga report: 5)".

A hromada of the Vyzhnytsia district in Bukovina (its council and head, who report to the district military
administration and work with the State Emergency Service, the hydrometeorological centre and the Red Cross) in a
flood: the "донесення" typed in SoftMaker TextMaker on the council's computer as Ukrainian official letters are — the
council's letterhead ("УКРАЇНА", the council, district and region, the executive committee, the address and the
ЄДРПОУ code over a rule), "від … № …" and the addressee at the right, the title in bold, then the table "№ з/п |
Показник | Інформація", a row a section — its number, its name, its points after "– " in the right cell, "Вжиті
заходи:" in bold; the head's post and name at the tab, "Виконавець:" and the phone in small print, the page number at
the top of the pages after the first. "61 880,00 грн", "2,45 млн грн", "1 250", "16 червня",
"(у попередньому донесенні: 5)".
"""

from __future__ import annotations

import io
import zipfile
import zlib

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field
from blind46_layouts_word import _save, _shade, _widths
from blind72_layouts_banks_east import BAGYO
from blind72_layouts_banks_west import PAVODOK
from blind72_layouts_content import HIL_MONTHS, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

W = nsdecls("w")
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
       'officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
       'docPropsVTypes"><TotalTime>{minutes}</TotalTime><Application>{application}</Application>'
       "<AppVersion>{version}</AppVersion></Properties>")  # fmt: skip


def _app(data: bytes, minutes: int, application: str, version: str) -> bytes:
    """The package with the writing program's docProps/app.xml in python-docx's place."""
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = APP.format(minutes=minutes, application=application, version=version).encode()
            z.writestr(info, body)
    return out.getvalue()


def _para(part, text: str = "", bold: bool = False, size: float | None = None, align=None, after: float = 0):
    p = part.add_paragraph()
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        r.bold = bold or None
        if size:
            r.font.size = Pt(size)
    return p


def _rule(p, edge: str = "bottom", val: str = "single", sz: int = 8) -> None:
    p._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {W}><w:{edge} w:val="{val}" w:sz="{sz}" w:space="1" '
                                           'w:color="auto"/></w:pBdr>'))  # fmt: skip


# ---------------------------------------------------------------- a Negros Occidental MDRRMO, Polaris Office

BANWA = (
    ("HINIGARAN", "Hon. Ramon A. Gatuslao", "Engr. Rosalie D. Villanueva", "0917 305 1122"),
    ("BINALBAGAN", "Hon. Alejandro S. Mirasol", "Mr. Jose Noel T. Dalisay", "0918 441 2030"),
    ("ILOG", "Hon. Marilyn L. Jalandoni", "Ms. Cherry Mae G. Sumagaysay", "0919 552 7781"),
    ("PONTEVEDRA", "Hon. Edwin P. Ledesma", "Mr. Rey Anthony B. Tupas", "0927 118 4409"),
)
MEMO = ("PARA KAY", "PAAGI KAY", "HALIN KAY", "PETSA", "TOPIKO")
KOPYA = ("PDRRMO Negros Occidental", "OCD Negros Island Region", "DILG – {town}", "MSWDO – {town}", "File")


def docx_polaris_bagyo_mdrrmo_ph(doc: Doc) -> bytes:
    """The MDRRMO's typhoon report as the Hiligaynon memorandum typed in Polaris Office."""
    when = report_day(doc)
    town, mayor, officer, hotline = BANWA[BAGYO.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{HIL_MONTHS[when.month - 1]} {when.day}, {when.year}"
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(33.02)  # the long bond paper of Philippine offices
    sec.left_margin = sec.right_margin = Cm(2.54)
    sec.top_margin, sec.header_distance, sec.bottom_margin = Cm(4.2), Cm(1), Cm(2)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Bookman Old Style", Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    head = sec.header
    head.paragraphs[0].text = ""
    for text, bold, size in (("Republika sang Pilipinas", False, 10), ("Probinsya sang Negros Occidental", False, 10),
                             (f"BANWA SANG {town}", True, 13),
                             ("MUNICIPAL DISASTER RISK REDUCTION AND MANAGEMENT OFFICE", True, 10)):  # fmt: skip
        p = head.paragraphs[0] if not head.paragraphs[0].text else head.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold, r.font.size = bold or None, Pt(size)
    _rule(head.paragraphs[-1], val="thickThinSmallGap", sz=12)
    _para(d, "MEMORANDUM", True, 14, WD_ALIGN_PARAGRAPH.CENTER, 10)
    values = ("HON. RAFAEL M. ESCALANTE, Gobernador kag Chairperson, PDRRMC Negros Occidental",
              f"{mayor.upper()}, Municipal Mayor kag Chairperson, MDRRMC", f"{officer.upper()}, MDRRM Officer", day,
              f"Situational Report No. {doc.number} – Bagyo kag Baha sa Banwa sang {town.title()}")  # fmt: skip
    for label, value in zip(MEMO, values, strict=True):
        p = _para(d, after=3)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3))
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
        p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(3.5), Cm(-3.5)
        p.add_run(f"{label}\t:\t").bold = True
        p.add_run(value).bold = label == "TOPIKO" or None
    _rule(_para(d, after=8), sz=12)
    _para(d, f"Ining report nagapakita sang kahimtangan sang Banwa sang {town.title()} tubtob alas 5:00 sang hapon "
             "subong nga adlaw, suno sa report sang mga barangay kag sang mga ahensya:", after=6,
          align=WD_ALIGN_PARAGRAPH.JUSTIFY)  # fmt: skip
    for s in doc.sections:
        p = _para(d, s.heading, True, after=3)
        p.paragraph_format.space_before = Pt(8)
        for n, it in enumerate(s.items, 1):
            p = _para(d, after=3, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if s.key == "highlights":
                p.paragraph_format.left_indent = Cm(0.8)
                p.add_run(it.text)
                continue
            risk, lead, rest = parts(it, "hil")
            p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(1.4), Cm(-0.6)
            p.add_run(f"{n}.\t{risk if lead else it.text}")
            p.paragraph_format.tab_stops.add_tab_stop(Cm(1.4))
            if lead:
                p.add_run(" ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
    _para(d, "Para sa inyo nga impormasyon kag angay nga aksyon.", after=18).paragraph_format.space_before = Pt(10)
    for label, name, post in (("Ginhanda ni:", officer, "MDRRM Officer"), ("Nakita ni:", mayor, "Municipal Mayor")):
        _para(d, label, after=22)
        _para(d, name.upper(), True)
        _para(d, post, after=12)
    _para(d, "Kopya:", True, 9)
    for line in KOPYA:
        _para(d, f"    {line.format(town=town.title())}", size=9)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = foot.add_run(f"MDRRMO {town.title()} · Emergency Hotline {hotline} · ")
    r.font.size = Pt(8)
    foot.add_run("Pahina ").font.size = Pt(8)
    add_field(foot, "PAGE", "1")
    foot.add_run(" sang ").font.size = Pt(8)
    add_field(foot, "NUMPAGES", "2")
    d.core_properties.author, d.core_properties.title = f"MDRRMO {town.title()}", ""
    return _app(_save(d), 25 + h % 40, "POLARIS Office", "9.0")


# ---------------------------------------------------------------- a Bukovina hromada, SoftMaker TextMaker

HROMADY = (
    ("ВИЖНИЦЬКА МІСЬКА РАДА", "Вижницької міської територіальної громади", "Міський голова", "Наталія КОЗАК",
     "вул. Українська, 29, м. Вижниця, 59200", "(03730) 2-14-51", "vyzhnytsia-rada@ukr.net", "04062069",
     "Олег ГЛІБКА"),
    ("ПУТИЛЬСЬКА СЕЛИЩНА РАДА", "Путильської селищної територіальної громади", "Селищний голова",
     "Іван КУРИЛЮК", "вул. Федьковича, 2, смт Путила, 59100", "(03738) 2-11-63", "putyla-rada@ukr.net",
     "04417011", "Марія ТКАЧУК"),
    ("БЕРЕГОМЕТСЬКА СЕЛИЩНА РАДА", "Берегометської селищної територіальної громади", "Селищний голова",
     "Василь ГУЦУЛЯК", "вул. Центральна, 41, смт Берегомет, 59233", "(03730) 4-12-70", "beregomet-rada@ukr.net",
     "04417380", "Юрій ФЕДЮК"),
    ("УСТЬ-ПУТИЛЬСЬКА СІЛЬСЬКА РАДА", "Усть-Путильської сільської територіальної громади", "Сільський голова",
     "Михайло ЯРЕМЧУК", "вул. Головна, 18, с. Усть-Путила, 59140", "(03738) 2-52-19", "ustputyla-rada@ukr.net",
     "04417290", "Оксана ПАЛІЙ"),
)  # fmt: skip


def _cell(cell, text: str = "", bold: bool = False, first: bool = True, align=None):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    if align is not None:
        p.alignment = align
    if text:
        p.add_run(text).bold = bold or None
    return p


def docx_textmaker_pavodok_hromada_ua(doc: Doc) -> bytes:
    """The hromada's flood report as the table of the council's letter typed in SoftMaker TextMaker."""
    when = report_day(doc)
    rada, hromada, post, head, address, phone, mail, code, executor = HROMADY[
        PAVODOK.organisations.index(doc.organisation)]  # fmt: skip
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(1.5), Cm(2), Cm(2)
    sec.different_first_page_header_footer = True
    top = sec.header.paragraphs[0]
    top.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(top, "PAGE", "2")
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(13)
    normal.paragraph_format.space_after = Pt(0)
    centre = WD_ALIGN_PARAGRAPH.CENTER
    _para(d, "УКРАЇНА", True, 13, centre)
    _para(d, rada, True, 15, centre)
    _para(d, "ВИЖНИЦЬКОГО РАЙОНУ ЧЕРНІВЕЦЬКОЇ ОБЛАСТІ", True, 12, centre)
    _para(d, "ВИКОНАВЧИЙ КОМІТЕТ", True, 12, centre, 2)
    p = _para(d, f"{address}, тел. {phone}, e-mail: {mail}, код ЄДРПОУ {code}", size=9, align=centre, after=10)
    _rule(p, val="thickThinSmallGap", sz=18)
    _para(d, f"від {when:%d.%m.%Y} № 01-19/{h % 900 + 100}", after=10)
    for line in ("Начальнику Вижницької районної", "військової адміністрації", "Богдану ОНУФРІЙЧУКУ"):
        _para(d, line).paragraph_format.left_indent = Cm(9.5)
    _para(d, after=10)
    _para(d, f"ДОНЕСЕННЯ № {doc.number}", True, align=centre)
    _para(d, f"про обстановку, що склалася внаслідок паводку на території {hromada}", True, align=centre)
    _para(d, f"(станом на 18:00 {when:%d.%m.%Y})", align=centre, after=8)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ("№ з/п", "Показник", "Інформація"), strict=True):
        _shade(cell, "E7E6E6")
        _cell(cell, text, True, align=centre)
    for n, s in enumerate(doc.sections, 1):
        num, name, body = t.add_row().cells
        _cell(num, f"{n}.", align=centre)
        _cell(name, s.heading)
        for k, it in enumerate(s.items):
            p = _cell(body, first=k == 0, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if s.key == "highlights":
                p.add_run(it.text)
                continue
            risk, lead, rest = parts(it, "uk")
            p.add_run(f"– {risk if lead else it.text}")
            if lead:
                p.add_run(" ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
    _widths(t, (Cm(1.3), Cm(4.4), Cm(10.8)))
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(12)
    _para(d, after=18)
    p = _para(d, f"{post}\t{head}", True)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), alignment=2)
    _para(d, after=30)
    _para(d, f"Виконавець: {executor}", size=9)
    _para(d, phone, size=9)
    d.core_properties.author, d.core_properties.title = "Відділ з питань НС та ЦЗ", ""
    return _app(_save(d), 20 + h % 30, "SoftMaker TextMaker", "2024")
