"""Word writer of the ``blind67_layouts`` set (python-docx): a Lebanese regional water establishment's weekly report
typed in French in Word on the establishment's bilingual letterhead, sent to a union of municipalities.

One of Lebanon's four regional water establishments (the public utilities of Beirut and Mount Lebanon, the North, the
Bekaa and the South, under the Ministry of Energy and Water, which supply the municipalities and work with their
unions) in a summer of long power cuts: its weekly "point de situation" to the president of a union of municipalities,
typed in French — as the establishments' engineers write to their partners — in Word (Microsoft 365, French) on the
establishment's letterhead, A4 and Times New Roman: the page header a borderless table of three cells (at the left
"République Libanaise", the ministry and the establishment in French, in the middle the establishment's initials in a
blue roundel, at the right the same three lines in Arabic, set right to left in Simplified Arabic) over a blue rule;
"Réf. :" and the reference, the place and date at the right ("Saïda, le 16 août 2026"), "À Monsieur le Président de
l'Union des municipalités de …" and "Objet :" in bold; "Monsieur le Président," and the covering sentence; then each
section's name typed in bold small capitals, underlined, the summary as justified paragraphs, the other points a list
of Word's en dash ("–", as French lists are set), "Mesures engagées :" in italics; the closing formula, "Le Directeur
général" and the director's name at the right, "Copie :" and its list; the establishment's address, telephone and
site in the footer with "Page 1 sur 2". "4 318 USD", "1,59 million USD", "1 250", "12 %", "16 août",
"(point précédent : 5)".
"""

from __future__ import annotations

import io
import zipfile
import zlib

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field, add_list, number_paragraph
from blind46_layouts_word import _save, _shade, _widths
from blind67_layouts_banks_north import EAUX
from blind67_layouts_content import FR_MOIS, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

W = nsdecls("w")
BLUE = "1F5FA8"
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
       'officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
       'docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>{minutes}</TotalTime><Pages>2</Pages>'
       "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>{company}</Company>"
       "<AppVersion>16.0000</AppVersion></Properties>")  # fmt: skip
DASH = (
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="283"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:hint="default"/></w:rPr></w:lvl>'
)
ESTABLISHMENTS = (
    ("EBML", "Établissement des Eaux de Beyrouth et du Mont-Liban", "مؤسسة مياه بيروت وجبل لبنان", "Beyrouth",
     "du Metn", "Georges Moussa", "Mohafazat du Mont-Liban", "Rue Pasteur, Beyrouth", "01 386 761", "ebml.gov.lb"),
    ("EELN", "Établissement des Eaux du Liban-Nord", "مؤسسة مياه لبنان الشمالي", "Tripoli", "d'Al-Fayhaa",
     "Khaled Obeid", "Mohafazat du Liban-Nord", "Rue Al-Mina, Tripoli", "06 431 220", "eeln.gov.lb"),
    ("EEB", "Établissement des Eaux de la Békaa", "مؤسسة مياه البقاع", "Zahlé", "du caza de Zahlé",
     "Rami Sleiman", "Mohafazat de la Békaa", "Boulevard de Zahlé, Zahlé", "08 801 476", "eeb.gov.lb"),
    ("EELS", "Établissement des Eaux du Liban-Sud", "مؤسسة مياه لبنان الجنوبي", "Saïda", "de Tyr",
     "Wassim Daher", "Mohafazat du Liban-Sud", "Rue Riad el-Solh, Saïda", "07 721 458", "eels.gov.lb"),
)  # fmt: skip


def _with_app(data: bytes, minutes: int, company: str) -> bytes:
    """The package with Word's docProps/app.xml in python-docx's place."""
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = APP.format(minutes=minutes, company=company).encode()
            z.writestr(info, body)
    return out.getvalue()


def _arabic(p, text: str, bold: bool) -> None:
    """A right-to-left paragraph of Arabic in Simplified Arabic, as Word keeps it (w:bidi, w:rtl, the cs font)."""
    p._p.get_or_add_pPr().append(parse_xml(f"<w:bidi {W}/>"))
    r = p.add_run(text)
    rpr = r._r.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:rFonts {W} w:cs="Simplified Arabic"/>'))
    if bold:
        rpr.append(parse_xml(f"<w:bCs {W}/>"))
    rpr.append(parse_xml(f'<w:szCs {W} w:val="24"/>'))
    rpr.append(parse_xml(f"<w:rtl {W}/>"))
    r.bold = bold


def _rule(p, side: str) -> None:
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {W}><w:{side} w:val="single" w:sz="12" w:space="1" w:color="{BLUE}"/></w:pBdr>'))  # fmt: skip


def _letterhead(sec, short: str, french: str, arabic: str) -> None:
    head = sec.header
    t = head.add_table(rows=1, cols=3, width=Cm(17))
    _widths(t, (Cm(7), Cm(3), Cm(7)))
    for k, (text, bold) in enumerate((("RÉPUBLIQUE LIBANAISE", True), ("Ministère de l'Énergie et de l'Eau", False),
                                      (french, True))):  # fmt: skip
        p = t.cell(0, 0).paragraphs[0] if k == 0 else t.cell(0, 0).add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(text)
        r.bold, r.font.size = bold, Pt(9.5)
    logo = t.cell(0, 1)
    logo.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    _shade(logo, BLUE)
    p = logo.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(short)
    r.bold, r.font.size, r.font.color.rgb = True, Pt(13), RGBColor(0xFF, 0xFF, 0xFF)
    for k, (text, bold) in enumerate((("الجمهورية اللبنانية", True), ("وزارة الطاقة والمياه", False), (arabic, True))):
        p = t.cell(0, 2).paragraphs[0] if k == 0 else t.cell(0, 2).add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        _arabic(p, text, bold)
    _rule(head.paragraphs[0], "bottom")


def docx_bilingual_letterhead_eaux_lb(doc: Doc) -> bytes:
    """The establishment's weekly point as the French Word letter on its bilingual letterhead."""
    when = report_day(doc)
    short, french, arabic, city, union, director, mohafazat, address, phone, site = ESTABLISHMENTS[
        EAUX.organisations.index(doc.organisation)
    ]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {FR_MOIS[when.month - 1]} {when.year}"
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.header_distance = Cm(3.6), Cm(0.8)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(12)
    normal.paragraph_format.space_after = Pt(4)
    normal.element.get_or_add_rPr().append(parse_xml(f'<w:lang {W} w:val="fr-FR" w:bidi="ar-LB"/>'))
    dashes = add_list(d, DASH)
    _letterhead(sec, short, french, arabic)
    p = d.add_paragraph()
    p.add_run(f"Réf.\u00a0: {when.year}/{h % 9000 + 1000}/{short}").font.size = Pt(10)
    p = d.add_paragraph(f"{city}, le {day}")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph()
    p.paragraph_format.left_indent, p.paragraph_format.space_before = Cm(8), Pt(6)
    p.add_run(f"À Monsieur le Président de l'Union des municipalités {union}").bold = True
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.add_run("Objet\u00a0: ").bold = True
    p.add_run(f"Rapport de situation n° {doc.number} – approvisionnement en eau potable").bold = True
    d.add_paragraph("Monsieur le Président,").paragraph_format.space_before = Pt(10)
    p = d.add_paragraph("Nous avons l'honneur de vous adresser ci-après le point de situation hebdomadaire de "
                        "l'Établissement sur l'approvisionnement en eau de la zone desservie, arrêté au "
                        f"{day} à 14\u00a0h.")  # fmt: skip
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for s in doc.sections:
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.keep_with_next = Pt(10), True
        r = p.add_run(s.heading)
        r.bold, r.underline, r.font.small_caps = True, True, True
        r.font.color.rgb = RGBColor.from_string(BLUE)
        for it in s.items:
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if s.key != "highlights":
                number_paragraph(p, dashes)
                p.paragraph_format.space_after = Pt(2)
            risk, lead, rest = parts(it, "lb")
            p.add_run(risk if lead else it.text)
            if lead:
                p.add_run(" ")
                p.add_run(lead).italic = True
                p.add_run(f" {rest}")
    p = d.add_paragraph("Veuillez agréer, Monsieur le Président, l'expression de notre haute considération.")
    p.paragraph_format.space_before = Pt(12)
    for k, line in enumerate(("Le Directeur général", "", "", f"Ing. {director}")):
        p = d.add_paragraph()
        p.paragraph_format.left_indent, p.paragraph_format.space_after = Cm(10), Pt(0)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = k in (0, 3)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run("Copie\u00a0:").underline = True
    for line in ("Ministère de l'Énergie et de l'Eau – Direction générale des ressources hydrauliques",
                 mohafazat, "Archives"):  # fmt: skip
        p = d.add_paragraph(line)
        number_paragraph(p, dashes)
        p.paragraph_format.space_after = Pt(0)
        for r in p.runs:
            r.font.size = Pt(10)
    foot = sec.footer.paragraphs[0]
    _rule(foot, "top")
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(f"{french} – {address} – Tél.\u00a0: {phone} – www.{site}").font.size = Pt(8)
    p = sec.footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Page ").font.size = Pt(8)
    add_field(p, "PAGE", "1")
    p.add_run(" sur ").font.size = Pt(8)
    add_field(p, "NUMPAGES", "2")
    d.core_properties.author, d.core_properties.title = f"Bureau du DG – {short}", f"Rapport {doc.number}"
    d.core_properties.language = "fr-FR"
    return _with_app(_save(d), 25 + h % 50, french)
