"""Word writers of the ``blind64_layouts`` set (python-docx): a Bolivian municipal risk management unit's technical
report on forest fires typed in Word 2019, and an Afghan provincial disaster management directorate's earthquake
report typed right to left in Pashto.

The risk management unit (Unidad de Gestión de Riesgos, UGR) of a Bolivian municipal government in a season of forest
fires: the daily "Informe técnico" to the mayor typed in Word 2019 on the municipality's template, Letter paper and
Arial — the municipality's logo, name, unit and department in the page header over a rule, "INFORME TÉCNICO" bold and
underlined with the report's cite ("GAMSIV/UGR/INF. N° 043/2026"), the routing block typed at a tab ("A:", "VÍA:",
"DE:" each with a name and the post in capitals under it, "REF.:" in bold, "FECHA:" with the town and the day), a
double rule, then each section's name typed in bold capitals after a Roman numeral and closed by ".-"
("I. RESUMEN.-"), the summary as justified paragraphs, the other points a list whose bullet Word draws from Wingdings
(the arrowhead ""), "Medidas adoptadas:" in bold; "Es cuanto informo …", "Atentamente,", the head of unit's name and
post centred, "c.c.:" lines and the typist's initials, the address and "Página 1 de 2" in the footer.
"Bs 30.600", "Bs 2,13 millones", "1.250", "16 de septiembre", "(informe anterior: 5)".

The provincial directorate of Afghanistan's national disaster management authority (ANDMA) after an earthquake: its
daily report to the provincial disaster management committee typed in Word in Bahij Nassim, every paragraph right to
left — the letterhead in a right-to-left table (the authority and the directorate in Pashto at the right, the emblem
between, the same in English at the left), a double rule, "ګڼه:" and "نېټه:" with the Solar Hijri date, the committee
with "ته!", "موضوع:" in bold, "السلام علیکم ورحمة الله وبرکاته!" and the sentence saying what hour the report stands
at, the title and the day centred, then each section's name bold and white on a dark band (the paragraph shaded), the
summary as justified paragraphs, the other points a right-to-left list of Word's bullets, "نیول شوي تدابیر:" in bold;
"په درنښت", the director's name and post, "کاپي:" and its list, the directorate's address and the page number in the
footer. Persian digits throughout: "۳۰۶٬۰۰۰ افغانۍ", "۲٫۱۳ میلیونه افغانۍ", "۱٬۲۵۰", "۱۲ وږی", "(تېر راپور: ۵)".
"""

from __future__ import annotations

import io
import zipfile
import zlib

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import BULLET_LEVELS, add_field, add_list, number_paragraph
from blind24_layouts_content import fa_digits, jalali
from blind46_layouts_word import _save, _widths
from blind47_layouts_word import logo
from blind61_layouts_word import _script
from blind63_layouts_content import MESES
from blind63_layouts_word import _rtl
from blind64_layouts_banks_landlocked import INCENDIOS, ZALZALA
from blind64_layouts_content import PS_MONTHS, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

W = nsdecls("w")
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
       'officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
       'docPropsVTypes"><Template>{template}</Template><TotalTime>{minutes}</TotalTime><Pages>2</Pages>'
       "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>{company}</Company>"
       "<AppVersion>16.0000</AppVersion></Properties>")  # fmt: skip
ARROW = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0d8"/>'
         '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
         '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr></w:lvl>')  # fmt: skip


def _with_app(data: bytes, template: str, minutes: int, company: str) -> bytes:
    """The package with Word 2019's docProps/app.xml in python-docx's place."""
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = APP.format(template=template, minutes=minutes, company=company).encode()
            z.writestr(info, body)
    return out.getvalue()


def _rule(p, kind: str = "single", size: int = 6, colour: str = "auto") -> None:
    p._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {W}><w:bottom w:val="{kind}" w:sz="{size}" w:space="1" '
                                           f'w:color="{colour}"/></w:pBdr>'))  # fmt: skip


# ---------------------------------------------------------------- a Bolivian UGR's technical report

MUNICIPIOS = (
    ("San Ignacio de Velasco", "GAMSIV", "Sr. Moisés Salces Áñez", "Ing. Ronald Chávez Vaca", "Lic. Juan Carlos Rivero "
     "Suárez", "Calle 24 de Septiembre esq. Velasco, plaza principal", "7-962-2013", "sanignacio"),
    ("Concepción", "GAMC", "Sr. Hugo Vargas Rojas", "Lic. Mirtha Ortiz Parada", "Ing. Fernando Durán Ribera",
     "Plaza principal 15 de Diciembre s/n", "7-964-3030", "concepcion"),
    ("San José de Chiquitos", "GAMSJCH", "Sr. Germán Caballero Vargas", "Ing. Daniel Roca Suárez",
     "Lic. Patricia Méndez Chuvé", "Calle Sucre esq. Bolívar", "7-972-2121", "sanjose"),
    ("Roboré", "GAMR", "Sr. Iván Quezada Peña", "Lic. Rosa Ardaya Cuéllar", "Ing. Marcelo Justiniano Rojas",
     "Av. Ejército Nacional s/n, frente a la plaza", "7-974-2055", "robore"),
)  # fmt: skip


def _routing(d, label: str, lines: tuple[str, ...], bold_first: bool = False) -> None:
    for k, line in enumerate(lines):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))
        p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(2.5), Cm(-2.5)
        p.paragraph_format.space_after = Pt(0 if k < len(lines) - 1 else 6)
        r = p.add_run(f"{label if k == 0 else ''}\t")
        r.bold = True
        p.add_run(line).bold = bold_first or k > 0


def docx_word2019_informe_ugr_incendios_bo(doc: Doc) -> bytes:
    """The UGR's forest fire report as the Word 2019 file sent to the mayor."""
    when = report_day(doc)
    town, code, mayor, secretary, head, address, phone, host = MUNICIPIOS[
        INCENDIOS.organisations.index(doc.organisation)
    ]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} de {MESES[when.month - 1]} de {when.year}"
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin, sec.right_margin, sec.top_margin = Cm(3), Cm(2.5), Cm(2)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(11)
    bullets = add_list(d, ARROW)
    head_t = sec.header.add_table(rows=1, cols=2, width=Cm(16))
    _widths(head_t, (Cm(3), Cm(13)))
    head_t.cell(0, 0).paragraphs[0].add_run().add_picture(io.BytesIO(logo((0, 122, 61), code)), width=Cm(2.4))
    cell = head_t.cell(0, 1)
    for k, line in enumerate((f"GOBIERNO AUTÓNOMO MUNICIPAL DE {town.upper()}", "Unidad de Gestión de Riesgos – UGR",
                              "Santa Cruz – Bolivia")):  # fmt: skip
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold, r.font.size = k == 0, Pt(12 if k == 0 else 9.5)
    _rule(sec.header.add_paragraph(), "single", 12, "007A3D")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("INFORME TÉCNICO")
    r.bold, r.underline, r.font.size = True, True, Pt(14)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(f"{code}/UGR/INF. N° {30 + doc.number * 4 + h % 4:03d}/{when.year}").bold = True
    p.paragraph_format.space_after = Pt(12)
    _routing(d, "A:", (mayor, "ALCALDE MUNICIPAL"))
    _routing(d, "VÍA:", (secretary, "SECRETARIO(A) GENERAL"))
    _routing(d, "DE:", (head, "RESPONSABLE DE LA UNIDAD DE GESTIÓN DE RIESGOS"))
    _routing(d, "REF.:", (f"INFORME DE SITUACIÓN N° {doc.number} – INCENDIOS FORESTALES EN EL MUNICIPIO",), True)
    _routing(d, "FECHA:", (f"{town}, {day}",))
    _rule(d.add_paragraph(), "double", 6)
    for s in doc.sections:
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.keep_with_next = Pt(10), True
        p.add_run(s.heading).bold = True
        for it in s.items:
            p = d.add_paragraph(style=None if s.key == "highlights" else "List Paragraph")
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if s.key != "highlights":
                number_paragraph(p, bullets)
                p.paragraph_format.space_after = Pt(3)
            risk, lead, rest = parts(it, "bo")
            p.add_run(risk if lead else it.text)
            if lead:
                p.add_run(" ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
    p = d.add_paragraph("Es cuanto informo para su conocimiento y fines consiguientes.")
    p.paragraph_format.space_before = Pt(12)
    d.add_paragraph("Atentamente,")
    for k, line in enumerate(("", "", head, "RESPONSABLE UGR", f"G.A.M. {town}")):
        p = d.add_paragraph()
        p.alignment, p.paragraph_format.space_after = WD_ALIGN_PARAGRAPH.CENTER, Pt(0)
        p.add_run(line).bold = k == 2
    for line in ("", "c.c.: Archivo UGR", "c.c.: COED Santa Cruz",
                 f"{''.join(w[0] for w in head.split()[1:3])}/{'mlr' if h % 2 else 'ajv'}"):  # fmt: skip
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(line).font.size = Pt(8)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(f"{address} • Telf.: {phone} • ugr@{host}.gob.bo").font.size = Pt(8)
    page = sec.footer.add_paragraph()
    page.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page.add_run("Página ")
    add_field(page, "PAGE", "1")
    page.add_run(" de ")
    add_field(page, "NUMPAGES", "2")
    d.core_properties.author, d.core_properties.title = head.split(" ", 1)[1], f"INFORME UGR N° {doc.number}"
    d.core_properties.language = "es-BO"
    return _with_app(_save(d), "Normal.dotm", 14 + h % 40, f"G.A.M. {town}")


# ---------------------------------------------------------------- an Afghan ANDMA directorate's earthquake report

PROVINCES = (
    ("کونړ", "Kunar", "اسعدآباد", "مولوي عبدالحکیم صافي", "kunar"),
    ("ننګرهار", "Nangarhar", "جلال آباد", "انجنیر محمد اسماعیل شینواری", "nangarhar"),
    ("خوست", "Khost", "خوست", "مولوي نور محمد زدراڼ", "khost"),
    ("پکتیکا", "Paktika", "شرنه", "الحاج عبدالستار خروټی", "paktika"),
)
WEEKDAYS = ("دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")
BAND = "1F3864"


def _ps(d, text: str = "", bold: bool = False, size: float | None = None, centre: bool = False, after: float = 4):
    p = d.add_paragraph()
    _rtl(p, text, bold, size)
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(after)
    return p


def _band(d, heading: str) -> None:
    """A section's name bold and white on the dark band of its shaded paragraph."""
    p = d.add_paragraph()
    p._p.get_or_add_pPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{BAND}"/>'))
    p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(10), Pt(4)
    p.paragraph_format.keep_with_next = True
    _rtl(p, heading, bold=True, size=13).font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def docx_bahij_andma_zalzala_af(doc: Doc) -> bytes:
    """The directorate's earthquake report as the right-to-left Word letter sent to the provincial committee."""
    when = report_day(doc)
    province, latin, seat, director, host = PROVINCES[ZALZALA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    jy, jm, jd = jalali(when.date())
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(1.5)
    sec._sectPr.append(parse_xml(f"<w:bidi {W}/>"))
    _script(d, "Bahij Nassim", 13, "ps-AF")
    bullets = add_list(d, BULLET_LEVELS)
    t = d.add_table(rows=1, cols=3)
    t._tbl.tblPr.append(parse_xml(f"<w:bidiVisual {W}/>"))
    _widths(t, (Cm(7), Cm(3), Cm(7)))
    right, middle, left = t.rows[0].cells
    _rtl(right.paragraphs[0], "د ناڅاپي پېښو د مدیریت ملي اداره", bold=True, size=13)
    _rtl(right.add_paragraph(), f"د {province} ولایت ریاست", bold=True)
    middle.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    middle.paragraphs[0].add_run().add_picture(io.BytesIO(logo((0, 84, 147), "ANDMA")), width=Cm(2))
    for k, line in enumerate(("National Disaster Management Authority", f"{latin} Provincial Directorate")):
        q = left.paragraphs[0] if k == 0 else left.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.LEFT
        r = q.add_run(line)
        r.bold, r.font.size = True, Pt(10.5 if k == 0 else 10)
    _rule(d.add_paragraph(), "double", 6, BAND)
    _ps(d, fa_digits(f"ګڼه: {180 + doc.number * 7 + h % 5}"), after=0)
    _ps(d, fa_digits(f"نېټه: {jy}/{jm}/{jd} هـ ش"), after=10)
    _ps(d, f"د {province} ولایت د ناڅاپي پېښو د مدیریت د ولایتي کمېټې محترم ریاست ته!", bold=True, after=6)
    p = _ps(d, after=6)
    _rtl(p, "موضوع: ", bold=True)
    _rtl(p, "د زلزلې د وضعیت ورځنی راپور", bold=True, underline=True)
    _ps(d, "السلام علیکم ورحمة الله وبرکاته!")
    p = _ps(d, fa_digits(f"د {province} ولایت د زلزلې د وضعیت په اړه تر نن ورځې د ماښام تر 5 بجو پورې راټول شوي "
                         "معلومات په لاندې ډول ستاسو حضور ته وړاندې کېږي:"), after=10)  # fmt: skip
    p.paragraph_format.first_line_indent = Cm(1)
    _ps(d, fa_digits(f"د زلزلې د وضعیت راپور ګڼه {doc.number}"), bold=True, size=15, centre=True, after=0)
    _ps(d, fa_digits(f"{WEEKDAYS[when.weekday()]} {jd} {PS_MONTHS[jm - 1]} {jy} هـ ش"), centre=True, after=8)
    for s in doc.sections:
        _band(d, s.heading)
        for it in s.items:
            p = _ps(d, after=3)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if s.key != "highlights":
                number_paragraph(p, bullets)
            risk, lead, rest = parts(it, "ps")
            _rtl(p, risk if lead else it.text)
            if lead:
                _rtl(p, f" {lead}", bold=True)
                _rtl(p, f" {rest}")
    p = _ps(d, "په درنښت", bold=True, after=24)
    p.paragraph_format.space_before = Pt(14)
    for k, line in enumerate((director, f"د {province} ولایت د ناڅاپي پېښو د مدیریت رئیس")):
        _ps(d, line, bold=k == 0, after=0)
    _ps(d, "", after=0)
    _ps(d, "کاپي:", bold=True, after=0)
    for k, line in enumerate(("د ناڅاپي پېښو د مدیریت ملي ادارې د عملیاتو ریاست ته",
                              f"د {province} ولایت د والي دفتر ته", f"د {province} ولایت د عامې روغتیا ریاست ته"),
                             1):  # fmt: skip
        _ps(d, fa_digits(f"{k}- {line}"), size=11, after=0)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _rtl(foot, fa_digits(f"پته: {seat}، د ولایت مقام ته نږدې | ټیلیفون: ۰۷۰۰{h % 900000 + 100000} | "), size=9)
    foot.add_run(f"{host}@andma.gov.af").font.size = Pt(9)
    add_field(sec.footer.add_paragraph(), "PAGE", "1")
    d.core_properties.author, d.core_properties.language = f"ANDMA {latin}", "ps-AF"
    d.core_properties.title = fa_digits(f"راپور {doc.number}")
    return _with_app(_save(d), "Normal.dotm", 20 + h % 30, f"ANDMA {latin}")
