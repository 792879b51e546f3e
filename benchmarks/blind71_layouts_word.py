"""Word writers of the ``blind71_layouts`` set (python-docx): an upper Sindh town committee's heatwave report typed in
Sindhi in Word with no styles, right to left, the bold typed by hand, and an Oaxacan municipal civil protection unit's
earthquake report filled in the unit's form table in Word Starter 2010.

A municipal or town committee of upper Sindh (the elected local council whose chief municipal officer answers to the
deputy commissioner of the district and the provincial disaster management authority) in a heatwave: the chief
officer's daily report to the deputy commissioner, typed in Sindhi with the Sindhi keyboard in Word 2019 on the
committee office's computer, in MB Lateefi, right to left, every line a "Normal" paragraph — the committee and the
district centred in bold, "نمبر:" and "تاريخ:", "ڏانهن،" and the deputy commissioner, "موضوع:" bold and underlined,
"جناب عالي،" and the covering sentence; each section's number and name in bold ("1. مجموعي صورتحال"), the summary as
paragraphs, the other points typed after "• ", "ڪيل اپاءَ:" in bold; "توهان جو خير خواه،", the officer's name and
post, "نقل:" and its lines. "84,000 رپيا", "4.73 لک رپيا", "1,250", "16 مئي", "(گذريل رپورٽ: 5)".

A municipal civil protection unit of the Isthmus of Tehuantepec in Oaxaca (the unit of the ayuntamiento, which
reports to the state's civil protection coordination) after an earthquake: its situation report filled in the unit's
form in Word Starter 2010 on the unit's netbook — "H. AYUNTAMIENTO CONSTITUCIONAL DE …", the unit, a table of
particulars ("FECHA:", "HORA DE CORTE:", "FENÓMENO:", "ELABORÓ:"), then the form's table "RUBRO | DESCRIPCIÓN", a row a
section — its name in capitals in the left cell, its points in the right cell after "a) ", "b) ", "Acciones
realizadas:" in bold; "ATENTAMENTE", "SUFRAGIO EFECTIVO. NO REELECCIÓN", the director, "c.c.p." and its lines, the
palace's address in the footer. "$91,540.00", "$2.87 millones de pesos", "1,250", "16 de septiembre",
"(reporte anterior: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field
from blind46_layouts_word import _save, _shade, _widths
from blind61_layouts_word import _script
from blind63_layouts_word import _rtl
from blind70_layouts_word import _with_app
from blind71_layouts_banks_south import GARMI, SISMO
from blind71_layouts_content import ES_MONTHS, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

W = nsdecls("w")
WHITE = RGBColor(0xFF, 0xFF, 0xFF)

# ---------------------------------------------------------------- an upper Sindh town committee, Sindhi in Word

COMMITTEES = (
    ("ميونسپل ڪميٽي جيڪب آباد", "جيڪب آباد", "چيف ميونسپل آفيسر", "عبدالغفار سومرو", "MCJ"),
    ("ٽائون ڪميٽي ٺل", "جيڪب آباد", "ٽائون آفيسر", "محمد عرس ڀٽو", "TCT"),
    ("ميونسپل ڪميٽي شڪارپور", "شڪارپور", "چيف ميونسپل آفيسر", "غلام مصطفيٰ مهر", "MCS"),
    ("ميونسپل ڪميٽي دادو", "دادو", "چيف ميونسپل آفيسر", "نثار احمد جتوئي", "MCD"),
)
COPIES = ("1. ڊائريڪٽر جنرل، پي ڊي ايم اي سنڌ، ڪراچي", "2. ضلعي ايمرجنسي آپريشن سينٽر، {district}",
          "3. چيئرمين، {committee}", "4. آفيس فائل")  # fmt: skip


def _line(
    d,
    text: str = "",
    bold: bool = False,
    size: float | None = None,
    centre: bool = False,
    after: float = 0,
    underline: bool = False,
):
    """A "Normal" paragraph right to left, its bold, size and underline typed on the run."""
    p = d.add_paragraph()
    _rtl(p, text, bold, size, underline)
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(after)
    return p


def docx_word_lateefi_garmi_sd(doc: Doc) -> bytes:
    """The committee's heatwave report as the Sindhi Word letter sent to the deputy commissioner."""
    when = report_day(doc)
    committee, district, post, officer, code = COMMITTEES[GARMI.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    sec._sectPr.append(parse_xml(f"<w:bidi {W}/>"))
    _script(d, "MB Lateefi", 14, "sd-Arab-PK")
    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    _line(d, f"آفيس {committee}", True, 20, True)
    p = _line(d, f"ضلعو {district}، سنڌ", True, 14, True, after=2)
    p._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {W}><w:bottom w:val="double" w:sz="6" w:space="1" '
                                           'w:color="auto"/></w:pBdr>'))  # fmt: skip
    _line(d)
    _line(d, f"نمبر: {code}/HW/{when.year}/{h % 400 + 100}\t\t\t\t\tتاريخ: {when:%d-%m-%Y}")
    _line(d)
    _line(d, "ڏانهن،")
    _line(d, "    ڊپٽي ڪمشنر،")
    _line(d, f"    ضلعو {district}.", after=8)
    _line(d, f"موضوع: گرمي جي لهر بابت روزاني صورتحال رپورٽ نمبر {doc.number}", True, underline=True, after=8)
    _line(d, "جناب عالي،", after=4)
    p = _line(d, f"مٿي ڄاڻايل موضوع جي حوالي سان عرض آهي ته اڄ شام 5 وڳي تائين {committee} جي حدن ۾ گرمي جي لهر "
                 "جي صورتحال هيٺ ڏجي ٿي:", after=6)  # fmt: skip
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for s in doc.sections:
        p = _line(d, s.heading, True, 15, after=2)
        p.paragraph_format.space_before = Pt(8)
        for it in s.items:
            if s.key == "highlights":
                _line(d, it.text, after=3).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                continue
            risk, lead, rest = parts(it, "sd")
            p = _line(d, f"• {risk if lead else it.text}", after=2)
            if lead:
                _rtl(p, f" {lead}", bold=True)
                _rtl(p, f" {rest}")
    _line(d)
    _line(d, "توهان جو خير خواه،", after=30).paragraph_format.left_indent = Cm(0)
    for line, bold in ((f"({officer})", True), (post, False), (committee, False)):
        _line(d, line, bold).alignment = WD_ALIGN_PARAGRAPH.LEFT
    _line(d)
    _line(d, "نقل:", True, underline=True)
    for line in COPIES:
        _line(d, line.format(district=district, committee=committee))
    d.core_properties.author, d.core_properties.title = "CMO Office", ""
    return _with_app(_save(d), 30 + h % 40, "", "16.0000")


# ---------------------------------------------------------------- an Oaxacan civil protection unit, Word Starter 2010

UNITS = (
    ("JUCHITÁN DE ZARAGOZA", "Ing. Rolando Toledo Orozco", "Palacio Municipal s/n, Col. Centro, Juchitán de "
     "Zaragoza, Oax. C.P. 70000 · Tel. 971 711 0000"),
    ("SALINA CRUZ", "C. Marisol Guerra Pineda", "Av. Ávila Camacho s/n, Col. Centro, Salina Cruz, Oax. C.P. 70600 · "
     "Tel. 971 714 0010"),
    ("SANTO DOMINGO TEHUANTEPEC", "Lic. Efraín Vásquez Luis", "Palacio Municipal, Col. Centro, Santo Domingo "
     "Tehuantepec, Oax. C.P. 70760 · Tel. 971 715 0100"),
    ("MATÍAS ROMERO AVENDAÑO", "Arq. Daniela Ruiz Cabrera", "Av. Hidalgo s/n, Col. Centro, Matías Romero, Oax. "
     "C.P. 70300 · Tel. 972 722 0050"),
)  # fmt: skip
LETTERS = "abcdefghijklmn"


def _cell(cell, text: str = "", bold: bool = False, size: float = 10, first: bool = True, centre: bool = False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        r = p.add_run(text)
        r.bold, r.font.size = bold or None, Pt(size)
    return p


def _small(p, text: str, bold: bool = False) -> None:
    r = p.add_run(text)
    r.bold, r.font.size = bold or None, Pt(10)


def docx_wordstarter_sismo_mx(doc: Doc) -> bytes:
    """The unit's earthquake report as the Word Starter 2010 form sent to the state coordination."""
    when = report_day(doc)
    town, director, address = UNITS[SISMO.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.5)
    d.styles["Normal"].font.name, d.styles["Normal"].font.size = "Arial", Pt(10)
    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    for text, size in ((f"H. AYUNTAMIENTO CONSTITUCIONAL DE {town}, OAXACA", 13), ("ADMINISTRACIÓN 2025-2027", 9),
                       ("UNIDAD MUNICIPAL DE PROTECCIÓN CIVIL", 11)):  # fmt: skip
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold, r.font.size = True, Pt(size)
    d.add_paragraph()
    head = d.add_table(rows=3, cols=4)
    head.style = "Table Grid"
    top = head.rows[0].cells[0].merge(head.rows[0].cells[3])
    _shade(top, "1F3864")
    _cell(top, f"REPORTE DE SITUACIÓN No. {doc.number}", True, 12, centre=True).runs[0].font.color.rgb = WHITE
    rows = (("FECHA:", f"{when.day:02d}/{when.month:02d}/{when.year}", "HORA DE CORTE:", f"{18 + h % 3}:00 hrs."),
            ("FENÓMENO:", "Sismo y réplicas", "ELABORÓ:", "UMPC"))  # fmt: skip
    for row, values in zip(head.rows[1:], rows, strict=True):
        for k, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
            _cell(cell, value, bold=k % 2 == 0)
            if k % 2 == 0:
                _shade(cell, "D9E2F3")
    _widths(head, (Cm(3.2), Cm(5.3), Cm(3.6), Cm(5.5)))
    d.add_paragraph()
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ("RUBRO", "DESCRIPCIÓN"), strict=True):
        _shade(cell, "D9E2F3")
        _cell(cell, text, True, centre=True)
    for s in doc.sections:
        name, body = t.add_row().cells
        _shade(name, "F2F2F2")
        _cell(name, s.heading, True)
        for k, it in enumerate(s.items):
            p = _cell(body, first=k == 0)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if s.key == "highlights":
                _small(p, it.text)
                continue
            risk, lead, rest = parts(it, "mx")
            p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(0.5), Cm(-0.5)
            _small(p, f"{LETTERS[k]}) {risk if lead else it.text}")
            if lead:
                _small(p, " ")
                _small(p, lead, True)
                _small(p, f" {rest}")
    _widths(t, (Cm(4.2), Cm(13.4)))
    d.add_paragraph()
    for text, bold, before in (
        ("ATENTAMENTE", True, 10),
        ("“SUFRAGIO EFECTIVO. NO REELECCIÓN”", True, 0),
        (
            f"{town.title().replace(' De ', ' de ')}, Oax., a {when.day} de {ES_MONTHS[when.month - 1]} de {when.year}",
            False,
            0,
        ),
        (director, True, 36),
        ("DIRECTOR(A) DE LA UNIDAD MUNICIPAL DE PROTECCIÓN CIVIL", True, 0),
    ):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(before)
        _small(p, text, bold)  # fmt: skip
    d.add_paragraph()
    for line in ("c.c.p. Coordinación Estatal de Protección Civil y Gestión de Riesgos de Oaxaca.- Para su "
                 "conocimiento.", "c.c.p. Presidencia Municipal.- Mismo fin.", "c.c.p. Archivo."):  # fmt: skip
        r = d.add_paragraph().add_run(line)
        r.font.size = Pt(8)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = foot.add_run(f"{address}    Página ")
    r.font.size = Pt(8)
    add_field(foot, "PAGE", "1")
    d.core_properties.author, d.core_properties.title = "UMPC", ""
    return _with_app(_save(d), 20 + h % 30, "", "14.0000")
