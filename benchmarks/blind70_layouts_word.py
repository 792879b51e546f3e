"""Word writers of the ``blind70_layouts`` set (python-docx): an Assam gaon panchayat's daily flood report typed in
Assamese in Word 2007, its sections in a table, and a Salvadoran municipal civil protection commission's storm report
typed in Word for iPad with no styles, only bold typed by hand.

A gaon panchayat (the village council of the panchayati raj, which answers for its villages' relief to the circle
officer of its revenue circle and the district disaster management authority) on the north bank of the Brahmaputra in
the monsoon's floods: the secretary's daily report to the circle officer, typed in Assamese with the Ramdhenu keyboard
in Word 2007 on the panchayat office's computer, in Vrinda — the panchayat's name, block and district centred at the
top, "পত্ৰ নং:" and "তাৰিখ:" on one line, "প্ৰতি," and the circle officer, "বিষয়:" in bold, "মহোদয়," and the covering
sentence; then one ruled table "ক্ৰমিক নং | বিষয় | বিৱৰণ", a row a section — its number in Assamese digits, its name
in bold, its points in the third cell as paragraphs after "(১)", "(২)", "গৃহীত ব্যৱস্থা:" in bold; "আপোনাৰ বিশ্বাসী",
the president and the secretary side by side, "প্ৰতিলিপি:" and its lines, "পৃষ্ঠা" and the page in the footer.
"৮৪,০০০ টকা", "৪.৭৩ লাখ টকা", "১,২৫,০০০", "১৬ জুলাই", "(আগৰ প্ৰতিবেদনত: ৫)".

A municipal civil protection commission of El Salvador (the mayor, the municipal staff, the health unit, the police
and the relief bodies, which answer to the departmental commission and the Dirección General de Protección Civil) in a
tropical storm: its situation report typed by the commission's coordinator on the municipality's iPad in Word for iPad,
in Calibri, with no style but the default one — every line a "Normal" paragraph, the bold, the capitals and the sizes
typed by hand: the municipality and the commission centred in bold, "REPORTE DE SITUACIÓN No. 3", "Fecha:",
"Hora:", "Para:", "De:" and "Asunto:", the covering sentence; each section's Roman number and name in bold capitals
("I. RESUMEN"), the summary as paragraphs, the other points typed after "- ", "Medidas tomadas:" in bold;
"Atentamente,", the coordinator, the telephone. "$4,318.00", "$1.59 millones", "1,250", "16 de octubre",
"(reporte anterior: 5)".
"""

from __future__ import annotations

import io
import zipfile
import zlib

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field
from blind46_layouts_word import _save, _widths
from blind61_layouts_word import _bold, _script
from blind70_layouts_banks_coast import TORMENTA
from blind70_layouts_banks_inland import BAANPANI
from blind70_layouts_content import AS_DIGITS, ES_MONTHS, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

W = nsdecls("w")
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
       'officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
       'docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>{minutes}</TotalTime><Pages>2</Pages>'
       "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>{company}</Company>"
       "<LinksUpToDate>false</LinksUpToDate><AppVersion>{version}</AppVersion></Properties>")  # fmt: skip


def _with_app(data: bytes, minutes: int, company: str, version: str) -> bytes:
    """The package with the Word version's docProps/app.xml in python-docx's place."""
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = APP.format(minutes=minutes, company=company, version=version).encode()
            z.writestr(info, body)
    return out.getvalue()


# ---------------------------------------------------------------- an Assam gaon panchayat, Word 2007

PANCHAYATS = (
    ("বৰডলনী", "মাজুলী উন্নয়ন খণ্ড", "মাজুলী", "মাজুলী ৰাজহ চক্ৰ", "শ্ৰী দিলীপ কুমাৰ দলে", "শ্ৰীমতী ৰূপালী পেগু"),
    ("চিলাপথাৰ", "ধেমাজী উন্নয়ন খণ্ড", "ধেমাজী", "ধেমাজী ৰাজহ চক্ৰ", "শ্ৰী ৰমেন চুতীয়া", "শ্ৰী প্ৰাঞ্জল বৰা"),
    ("ঘিলামৰা", "ঘিলামৰা উন্নয়ন খণ্ড", "লখিমপুৰ", "ঢকুৱাখনা ৰাজহ চক্ৰ", "শ্ৰী হেমন্ত গগৈ", "শ্ৰীমতী নিৰুপমা শইকীয়া"),
    ("মাটমৰা", "ধকুৱাখনা উন্নয়ন খণ্ড", "লখিমপুৰ", "ঢকুৱাখনা ৰাজহ চক্ৰ", "শ্ৰী বিপুল মিলি", "শ্ৰী অজিত হাজৰিকা"),
)
COPIES = ("১। উপায়ুক্ত তথা অধ্যক্ষ, জিলা দুৰ্যোগ ব্যৱস্থাপনা প্ৰাধিকৰণ, {district}",
          "২। খণ্ড উন্নয়ন বিষয়া, {block}", "৩। অফিচ নথি")  # fmt: skip


def _as(n) -> str:
    return str(n).translate(AS_DIGITS)


def _cell_para(cell, first: bool):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.paragraph_format.space_after = Pt(3)
    return p


def docx_word2007_baanpani_as(doc: Doc) -> bytes:
    """The gaon panchayat's daily flood report as the Word 2007 letter sent to the circle officer."""
    when = report_day(doc)
    gp, block, district, circle, president, secretary = PANCHAYATS[BAANPANI.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    _script(d, "Vrinda", 12, "as-IN")
    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    for k, line in enumerate((f"{gp} গাঁও পঞ্চায়ত কাৰ্যালয়", f"{block}, জিলা: {district}", "অসম")):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if k < 2:
            _bold(p, line, 16 if k == 0 else 12)
        else:
            p.add_run(line)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run(f"পত্ৰ নং: জি পি/{_as(h % 90 + 10)}/দুৰ্যোগ/{_as(when.year)}/{_as(doc.number)}\t\t\t\tতাৰিখ: "
              f"{_as(f'{when:%d/%m/%Y}')}")  # fmt: skip
    p = d.add_paragraph("প্ৰতি,")
    p.paragraph_format.space_before = Pt(10)
    for line in ("চক্ৰ বিষয়া,", f"{circle},", f"জিলা: {district}।"):
        d.add_paragraph(line).paragraph_format.left_indent = Cm(1)
    p = d.add_paragraph()
    p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(10), Pt(10)
    _bold(p, f"বিষয়: {gp} গাঁও পঞ্চায়তৰ দৈনিক বানপানী প্ৰতিবেদন দাখিল প্ৰসংগত।")
    d.add_paragraph("মহোদয়,").paragraph_format.space_after = Pt(4)
    p = d.add_paragraph(f"উপৰোক্ত বিষয়ৰ প্ৰসংগত আপোনাৰ সদয় অৱগতিৰ বাবে জনাওঁ যে আজি আবেলি ৪ বজালৈকে {gp} গাঁও "
                        f"পঞ্চায়তৰ বানপানী পৰিস্থিতিৰ প্ৰতিবেদন (নং {_as(doc.number)}) তলত দাখিল কৰা হ'ল।")  # fmt: skip
    p.paragraph_format.first_line_indent, p.paragraph_format.space_after = Cm(1), Pt(8)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    _widths(t, (Cm(1.8), Cm(4.2), Cm(10.6)))
    for cell, text in zip(t.rows[0].cells, ("ক্ৰমিক নং", "বিষয়", "বিৱৰণ"), strict=True):
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _bold(cell.paragraphs[0], text)
    for n, s in enumerate(doc.sections, 1):
        num, name, body = t.add_row().cells
        num.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        num.paragraphs[0].add_run(f"{_as(n)}।")
        _bold(name.paragraphs[0], s.heading)
        for k, it in enumerate(s.items):
            p = _cell_para(body, k == 0)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if s.key == "highlights":
                p.add_run(it.text)
                continue
            risk, lead, rest = parts(it, "as")
            p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(0.7), Cm(-0.7)
            p.add_run(f"({_as(k + 1)}) {risk if lead else it.text}")
            if lead:
                p.add_run(" ")
                _bold(p, lead)
                p.add_run(f" {rest}")
    _widths(t, (Cm(1.8), Cm(4.2), Cm(10.6)))
    p = d.add_paragraph("আপোনাৰ বিশ্বাসী,")
    p.paragraph_format.space_before, p.paragraph_format.left_indent = Pt(18), Cm(10)
    sign = d.add_table(rows=1, cols=2)
    for cell, (name, post) in zip(sign.rows[0].cells, ((secretary, "সচিব"), (president, "সভাপতি")), strict=True):
        cell.paragraphs[0].paragraph_format.space_before = Pt(30)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell.paragraphs[0].add_run(f"({name})")
        p = cell.add_paragraph(post)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p = cell.add_paragraph(f"{gp} গাঁও পঞ্চায়ত")
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    _bold(p, "প্ৰতিলিপি:")
    for line in COPIES:
        d.add_paragraph(line.format(district=district, block=block)).paragraph_format.left_indent = Cm(1)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("পৃষ্ঠা ")
    add_field(foot, "PAGE", "১")
    d.core_properties.author, d.core_properties.title = "GP Secretary", f"Flood Report {doc.number}"
    return _with_app(_save(d), 25 + h % 40, f"{gp} GP", "12.0000")


# ---------------------------------------------------------------- a Salvadoran commission, Word for iPad

COMMISSIONS = (
    ("La Libertad Costa", "La Libertad", "Lic. Mario Ernesto Hernández", "2335-4120"),
    ("Sonsonate Oeste", "Sonsonate", "Ing. Karla Beatriz Menjívar", "2452-7018"),
    ("Usulután Este", "Usulután", "Prof. José Amílcar Romero", "2662-3345"),
    ("La Paz Centro", "La Paz", "Lic. Ana Gloria Alvarado", "2334-1907"),
)


def _typed(d, text: str = "", bold: bool = False, size: float = 11, align=None, after: float = 0):
    """A paragraph with its font, size and bold typed on the run: no style but the default one."""
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.font.size, r.font.name = bold or None, Pt(size), "Calibri"
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


def _run(p, text: str, bold: bool = False) -> None:
    r = p.add_run(text)
    r.bold, r.font.size, r.font.name = bold or None, Pt(11), "Calibri"


def docx_ipadword_tormenta_sv(doc: Doc) -> bytes:
    """The commission's storm report as the Word for iPad document sent to the departmental commission."""
    when = report_day(doc)
    town, dept, coordinator, phone = COMMISSIONS[TORMENTA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} de {ES_MONTHS[when.month - 1]} de {when.year}"
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2.54)
    center = WD_ALIGN_PARAGRAPH.CENTER
    _typed(d, f"ALCALDÍA MUNICIPAL DE {town.upper()}", True, 14, center)
    _typed(d, "COMISIÓN MUNICIPAL DE PROTECCIÓN CIVIL, PREVENCIÓN Y MITIGACIÓN DE DESASTRES", True, 11, center)
    _typed(d, f"Departamento de {dept}, El Salvador", False, 10, center, after=12)
    _typed(d, f"REPORTE DE SITUACIÓN No. {doc.number}", True, 13, center, after=10)
    for label, value in (("Fecha: ", day), ("Hora: ", f"{16 + h % 3}:00 horas"),
                         ("Para: ", f"Comisión Departamental de Protección Civil de {dept}"),
                         ("De: ", f"Comisión Municipal de Protección Civil de {town}"),
                         ("Asunto: ", "Situación por tormenta tropical")):  # fmt: skip
        p = _typed(d)
        _run(p, label, True)
        _run(p, value)
    _typed(d)
    _typed(d, f"Por este medio se informa la situación del municipio de {town} a la fecha y hora indicadas, según "
              "los datos recopilados por la Comisión Municipal:", after=6)  # fmt: skip
    for s in doc.sections:
        p = _typed(d, s.heading, True, 11, after=4)
        p.paragraph_format.space_before = Pt(8)
        for it in s.items:
            if s.key == "highlights":
                _typed(d, it.text, after=4).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                continue
            risk, lead, rest = parts(it, "sv")
            p = _typed(d, after=2)
            _run(p, f"- {risk if lead else it.text}")
            if lead:
                _run(p, " ")
                _run(p, lead, True)
                _run(p, f" {rest}")
    _typed(d)
    _typed(d, "Atentamente,", after=30)
    _typed(d, coordinator, True)
    _typed(d, "Coordinador(a) de la Comisión Municipal de Protección Civil")
    _typed(d, f"Tel. {phone} / Cel. 7{h % 900 + 100}-{h % 9000 + 1000}")
    d.core_properties.author, d.core_properties.title = coordinator.split(". ", 1)[1], ""
    return _with_app(_save(d), 10 + h % 20, "", "16.0000")
