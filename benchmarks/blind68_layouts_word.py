"""Word writer of the ``blind68_layouts`` set (python-docx): a Cusco peasant community's frost report typed in
Quechua in Word 2016 as the letter a Peruvian community sends its district municipality.

A peasant community (comunidad campesina, the legally recognised community of the Andes, whose risk management
committee works with the district municipality's civil defence office) of the high Cusco Andes in a spell of frost and
snow (heladas y nevadas): the committee's report to the district mayor, typed in Southern Quechua in the Cusco-Collao
spelling in Word 2016 at the municipality's computer room, A4 and Arial, as Peruvian official letters are laid out —
the page header with the community's name in bold capitals, its committee and its district, province and region over a
rule; the year's official name in quotes and italics at the top ("Año de la recuperación y consolidación de la
economía peruana", which every public letter of 2025 carries in Spanish); the report's cite in bold and underlined
("WILLAKUY N° 003-2025-CCGRD-CC.PHINAYA"); the routing block at a tab in Quechua ("PIMAN :" the mayor and his post
under him, "PIMANTA :" the president, "IMAMANTA :" the subject, "HAYK'AQ :" the place and day) over a rule; the
greeting and the sentence with the day and hour; then each section's number, a point and a hyphen and its name in bold
capitals ("1.- PISILLAPI WILLAKUY"), the summary as justified paragraphs, the other points a list of the check mark
Wingdings draws (""), "Ruwasqayku:" in bold; "Chayllata willayki, yanapayniykita suyaspa.", "Yusulpayki.", the
dotted signature line, the president's name, post and national identity number ("DNI N° …") centred, and
"c.c.: Archivo". "S/ 4,680.00", "S/ 1.25 millones", "1,250", "16 Junio", "(ñawpaq willakuypi: 5)".
"""

from __future__ import annotations

import io
import zipfile
import zlib

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_list, number_paragraph
from blind46_layouts_word import _save
from blind68_layouts_banks_america import QASA
from blind68_layouts_content import QU_MONTHS, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

W = nsdecls("w")
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
       'officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
       'docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>{minutes}</TotalTime><Pages>2</Pages>'
       "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>Municipalidad"
       "</Company><AppVersion>16.0000</AppVersion></Properties>")  # fmt: skip
CHECK = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0fc"/>'
         '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1068" w:hanging="360"/></w:pPr>'
         '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr></w:lvl>')  # fmt: skip
YEAR_NAMES = {2025: "Año de la recuperación y consolidación de la economía peruana"}
COMMUNITIES = (
    ("Phinaya", "Pitumarca", "Canchis", "Teodoro Quispe Mamani", "Presidente", "24871356", "Edwin Condori Huamán"),
    ("Chillca", "Pitumarca", "Canchis", "Hilaria Ccoa Turpo", "Presidenta", "24905187", "Edwin Condori Huamán"),
    (
        "Pampacancha",
        "Ocongate",
        "Quispicanchi",
        "Mario Huallpa Ccallo",
        "Presidente",
        "23960452",
        "Hernán Ccahuana Condori",
    ),
    ("Upis", "Ocongate", "Quispicanchi", "Santusa Mamani Crispín", "Presidenta", "44127809", "Hernán Ccahuana Condori"),
)


def _with_app(data: bytes, minutes: int) -> bytes:
    """The package with Word 2016's docProps/app.xml in python-docx's place."""
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = APP.format(minutes=minutes).encode()
            z.writestr(info, body)
    return out.getvalue()


def _rule(p, side: str = "bottom") -> None:
    p._p.get_or_add_pPr().append(
        parse_xml(f'<w:pBdr {W}><w:{side} w:val="single" w:sz="8" w:space="1" w:color="auto"/></w:pBdr>')
    )


def _para(d, text: str = "", align=None, bold: bool = False, size: float | None = None, after: float = 0):
    p = d.add_paragraph()
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    return p


def docx_word2016_willakuy_qasa_pe(doc: Doc) -> bytes:
    """The community's frost report as the Word 2016 letter sent to the district municipality."""
    when = report_day(doc)
    place, district, province, president, title, dni, mayor = COMMUNITIES[QASA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {QU_MONTHS[when.month - 1]} {when.year}"
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin = Cm(3), Cm(2.5), Cm(3.2)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    checks = add_list(d, CHECK)
    head = sec.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head.add_run(f"COMUNIDAD CAMPESINA DE {place.upper()}").bold = True
    for text, size in (("Comité Comunal de Gestión del Riesgo de Desastres", 9.5),
                       (f"Distrito de {district} – Provincia de {province} – Región Cusco", 8.5)):  # fmt: skip
        p = sec.header.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).font.size = Pt(size)
    _rule(sec.header.paragraphs[-1])
    p = _para(d, f"“{YEAR_NAMES.get(when.year, YEAR_NAMES[2025])}”", WD_ALIGN_PARAGRAPH.CENTER, size=9, after=14)
    p.runs[0].italic = True
    p = _para(d, after=12)
    r = p.add_run(f"WILLAKUY N° {doc.number:03d}-{when.year}-CCGRD-CC.{place.upper()}")
    r.bold = r.underline = True
    routing = (("PIMAN", f"Wiraqocha {mayor}"), ("", f"{district} Distrito Municipalidadpa Alcalden"),
               ("PIMANTA", president), ("", f"Comité Comunal de Gestión del Riesgo, {place} ayllumanta"),
               ("IMAMANTA", f"Qasa, rit'i imayna kachkan – willakuy N° {doc.number}"),
               ("HAYK'AQ", f"{place}, {day}"))  # fmt: skip
    for label, text in routing:
        p = _para(d, after=2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3))
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
        p.add_run(label).bold = True
        p.add_run(f"\t:\t{text}" if label else f"\t\t{text}")
    _rule(_para(d, after=12))
    p = _para(d, after=8)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(f"Sumaqta napaykuspayki, kay qillqawan willayki {place} ayllupi qasa, rit'i imayna kachkanmanta, kunan "
              f"{day} p'unchaw, 6:00 horakama.")  # fmt: skip
    for s in doc.sections:
        p = _para(d, s.heading, bold=True, after=4)
        p.paragraph_format.space_before, p.paragraph_format.keep_with_next = Pt(8), True
        for it in s.items:
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if s.key == "highlights":
                p.paragraph_format.left_indent = Cm(0.63)
            else:
                number_paragraph(p, checks)
                p.paragraph_format.space_after = Pt(3)
            risk, lead, rest = parts(it, "pe")
            p.add_run(risk if lead else it.text)
            if lead:
                p.add_run(" ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
    _para(d, "Chayllata willayki, yanapayniykita suyaspa.", after=6).paragraph_format.space_before = Pt(12)
    _para(d, "Yusulpayki.", after=36)
    for k, line in enumerate(("……………………………………………", president,
                              f"{title} del Comité Comunal de Gestión del Riesgo", f"DNI N° {dni}")):  # fmt: skip
        _para(d, line, WD_ALIGN_PARAGRAPH.CENTER, bold=k == 1)
    _para(d, "c.c.: Archivo", size=8).paragraph_format.space_before = Pt(18)
    d.core_properties.author, d.core_properties.title = president, f"WILLAKUY N° {doc.number:03d}"
    d.core_properties.language = "qu-PE"
    return _with_app(_save(d), 25 + h % 50)
