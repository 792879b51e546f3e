"""Word writers of the ``blind73_layouts`` set (python-docx): a Valencian town hall's flood report written out by
PHPWord from its emergency register with its headings in the margin column, and a Bhutanese dzongkhag administration's
GLOF report typed as an official letter in Word 2011 for Mac.

A municipality of l'Horta Sud south of Valencia (its mayor and its local emergency centre, the CECOPAL, which report to
the Generalitat's emergency coordination centre, the 112 Comunitat Valenciana, and work with the Diputació, the UME and
the water and power companies) after a flash flood: the "informe de situació" that the CECOPAL's incident register, a
PHP web application of the town hall, writes out through PHPWord from the coordinator's entries — the town's arms and
name in the page header, the title, a table of particulars ("Data", "Hora", "Elaborat per", "Destinatari"), then a
borderless table of two columns, each section's name in the left margin column in bold blue at the right edge, its
points in the right column as paragraphs that begin with "— ", "Mesures adoptades:" in bold; "Paiporta, 16 d'octubre de
2026", the mayor's post and name and "Document signat electrònicament"; in the footer the secure verification code (CSV)
line and "Pàgina 1 de 2". "84.240,00 €", "2,35 milions d'euros", "1.250", "12 %", "(informe anterior: 5)".

A dzongkhag administration of western or northern Bhutan (its Dzongdag, the district administrator, and the
Dzongkhag Disaster Management Committee, which report to the Department of Local Governance and Disaster Management
and work with the National Center for Hydrology and Meteorology, the De-suung, the police and the army) under the
threat of a glacial lake outburst flood: the situation report typed as an official letter in Word 2011 on the
administration's old Mac — the letterhead in the page header (the name in Dzongkha and in English, the post box and
phones over a double rule), "Ref. No.", "Dated:", "To," and the addressee, "Subject:" in bold, "Sir," and the
covering sentence, each section's number and name in capitals in bold and underlined ("1. GENERAL SITUATION"), its
points numbered "(i)", "(ii)" in a hanging indent, "Mitigation measures:" in bold; "Tashi Delek.", "Yours sincerely,",
the Dzongdag's name and post, "Copy to:" and its numbered lines, "Page 1 of 2" at the foot. "Nu. 84,240",
"Nu. 3,57,000", "Nu. 2.35 million", "1,250", "16th July", "(previous report: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import MONTHS, report_day
from blind8_layouts_ooxml import add_field
from blind46_layouts_word import _save, _shade, _widths
from blind72_layouts_word import _app, _para, _rule
from blind73_layouts_banks_east import GLOF
from blind73_layouts_banks_west import RIUADA
from blind73_layouts_content import parts, va_day
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

W = nsdecls("w")
ROMAN_LOW = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def _no_borders(table) -> None:
    borders = "".join(f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    table._tbl.tblPr.append(parse_xml(f"<w:tblBorders {W}>{borders}</w:tblBorders>"))


def _small(p, text: str, size: float = 8, bold: bool = False):
    r = p.add_run(text)
    r.font.size, r.bold = Pt(size), bold or None
    return r


# ---------------------------------------------------------------- a town hall of l'Horta Sud, PHPWord

AJUNTAMENTS = (
    ("Paiporta", "L'alcaldessa", "Rosa Ferrer Navarro", "Plaça del Poble, 1 – 46200 Paiporta", "96 397 12 22"),
    ("Catarroja", "L'alcaldessa", "Amparo Giner Bosch", "Camí Reial, 22 – 46470 Catarroja", "96 126 50 00"),
    ("Alfafar", "L'alcalde", "Josep Vicent Martí Soler", "Plaça de l'Ajuntament, 1 – 46910 Alfafar",
     "96 318 21 26"),
    ("Massanassa", "L'alcalde", "Vicent Llopis Carbonell", "Plaça de l'Ajuntament, 1 – 46470 Massanassa",
     "96 125 09 11"),
)  # fmt: skip
BLUE = RGBColor(0x1F, 0x4E, 0x79)


def docx_phpword_riuada_ajuntament_va(doc: Doc) -> bytes:
    """The town hall's flood report as its emergency register writes it through PHPWord, headings in the margin."""
    when = report_day(doc)
    town, post, mayor, address, phone = AJUNTAMENTS[RIUADA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8), Cm(3.2), Cm(2.4)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)
    head = sec.header.paragraphs[0]
    r = head.add_run(f"AJUNTAMENT DE {town.upper()}" if town[0] not in "AEIOU" else f"AJUNTAMENT D'{town.upper()}")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(13), BLUE
    _small(sec.header.add_paragraph(), "Seguretat Ciutadana · CECOPAL", 9)
    _rule(sec.header.paragraphs[-1], sz=6)
    title = _para(d, f"INFORME DE SITUACIÓ NÚM. {doc.number}", True, 15, after=2)
    title.runs[0].font.color.rgb = BLUE
    _para(d, "Emergència per inundacions – DANA", size=11, after=8)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rows = (("Data", f"{when:%d/%m/%Y}"), ("Hora", "19:00 h"), ("Elaborat per", "CECOPAL – Coordinació d'emergències"),
            ("Destinatari", "Centre de Coordinació d'Emergències de la Generalitat (112 CV)"))  # fmt: skip
    for k, v in rows:
        a, b = t.add_row().cells
        _shade(a, "DEEAF6")
        a.paragraphs[0].add_run(k).bold = True
        b.paragraphs[0].add_run(v)
    _widths(t, (Cm(3.5), Cm(13.9)))
    _para(d, after=8)
    body = d.add_table(rows=0, cols=2)
    _no_borders(body)
    for s in doc.sections:
        left, right = body.add_row().cells
        p = left.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_before = Pt(6)
        r = p.add_run(s.heading)
        r.bold, r.font.color.rgb, r.font.size = True, BLUE, Pt(10)
        for k, it in enumerate(s.items):
            q = right.paragraphs[0] if k == 0 else right.add_paragraph()
            q.paragraph_format.space_before = Pt(6) if k == 0 else Pt(0)
            q.paragraph_format.space_after = Pt(4)
            q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if s.key == "highlights":
                q.add_run(it.text)
                continue
            risk, lead, rest = parts(it, "va")
            q.add_run(f"— {risk if lead else it.text}")
            if lead:
                q.add_run(" ")
                q.add_run(lead).bold = True
                q.add_run(f" {rest}")
    _widths(body, (Cm(4), Cm(13.4)))
    _para(d, f"{town}, {va_day(when.day, when.month)} de {when.year}", after=6).paragraph_format.space_before = Pt(14)
    _para(d, post, after=2)
    _para(d, mayor, True, after=2)
    _para(d, "Document signat electrònicament", size=8)
    foot = sec.footer.paragraphs[0]
    _small(foot, f"Codi Segur de Verificació (CSV): {h:08X}{doc.number:04d} · Validació a la seu electrònica · "
                 f"{address} · Tel. {phone}", 7)  # fmt: skip
    page = sec.footer.add_paragraph()
    page.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _small(page, "Pàgina ")
    add_field(page, "PAGE", "1")
    _small(page, " de ")
    add_field(page, "NUMPAGES", "2")
    d.core_properties.author, d.core_properties.title = f"CECOPAL {town}", f"Informe de situació {doc.number}"
    return _app(_save(d), 0, "PHPWord", "1.2.0")


# ---------------------------------------------------------------- a Bhutanese dzongkhag, Word 2011 for Mac

DZONGKHAGS = (
    ("Punakha", "སྤུ་ན་ཁ་རྫོང་ཁག་བདག་སྐྱོང་།", "Dasho Kinley Wangchuk", "Post Box No. 101, Khuruthang", "02-584102",
     "Kinley Dorji, Dzongkhag Disaster Management Officer"),
    ("Wangdue Phodrang", "དབང་འདུས་ཕོ་བྲང་རྫོང་ཁག་བདག་སྐྱོང་།", "Dasho Sonam Jamtsho", "Post Box No. 201, Bajo",
     "02-481203", "Pema Yangzom, Dzongkhag Disaster Management Officer"),
    ("Gasa", "མགར་ས་རྫོང་ཁག་བདག་སྐྱོང་།", "Dasho Ugyen Tshering", "Post Box No. 1101, Gasa", "02-688112",
     "Tashi Penjor, Dzongkhag Disaster Management Officer"),
    ("Lhuentse", "ལྷུན་རྩེ་རྫོང་ཁག་བདག་སྐྱོང་།", "Dasho Tshewang Rinzin", "Post Box No. 301, Lhuentse",
     "04-545101", "Dechen Wangmo, Dzongkhag Disaster Management Officer"),
)  # fmt: skip
COPIES = ("The Hon'ble Secretary, Ministry of Home Affairs, Thimphu, for kind information.",
          "The Director, National Center for Hydrology and Meteorology, Thimphu, for kind information.",
          "The Chairperson, Dzongkhag Tshogdu, {dz}, for kind information.", "Office copy.")  # fmt: skip


def docx_word2011_glof_dzongkhag_bt(doc: Doc) -> bytes:
    """The dzongkhag's GLOF report as the official letter typed in Word 2011 for Mac."""
    when = report_day(doc)
    dz, dzongkha, dzongdag, box, phone, officer = DZONGKHAGS[GLOF.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2), Cm(4.4), Cm(2.2)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(12)
    normal.paragraph_format.space_after = Pt(0)
    head = sec.header
    centre = WD_ALIGN_PARAGRAPH.CENTER
    for k, (text, size, bold) in enumerate(((dzongkha, 14, False), (f"{dz.upper()} DZONGKHAG ADMINISTRATION", 14, True),
                                            (f"{box}, Tel: {phone}, Fax: {phone[:-1]}9", 9, False))):  # fmt: skip
        p = head.paragraphs[0] if k == 0 else head.add_paragraph()
        p.alignment = centre
        _small(p, text, size, bold)
    _rule(head.paragraphs[-1], val="double", sz=6)
    p = _para(d, after=12)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.3), alignment=2)
    p.add_run(f"Ref. No. {dz[:3].upper()}/DDMC-05/{when.year}/{h % 900 + 100}\tDated: {when:%d/%m/%Y}")
    for line in ("To,", "The Director,", "Department of Local Governance and Disaster Management,",
                 "Ministry of Home Affairs,", "Thimphu."):  # fmt: skip
        _para(d, line)
    _para(d, after=10)
    p = _para(d, after=10)
    p.add_run("Subject: ").bold = True
    p.add_run(f"Situation Report No. {doc.number} on the GLOF alert and flooding in {dz} Dzongkhag").bold = True
    _para(d, "Sir,", after=6)
    _para(d, f"With reference to the GLOF alert issued by the National Center for Hydrology and Meteorology, I am "
             f"directed to submit herewith the situation in {dz} Dzongkhag as of 5 PM today for your kind "
             f"information and necessary action, please.", after=8,
          align=WD_ALIGN_PARAGRAPH.JUSTIFY)  # fmt: skip
    for s in doc.sections:
        p = _para(d, after=4)
        p.paragraph_format.space_before = Pt(8)
        r = p.add_run(s.heading)
        r.bold, r.underline = True, True
        for k, it in enumerate(s.items):
            q = _para(d, after=4, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            q.paragraph_format.left_indent, q.paragraph_format.first_line_indent = Cm(1.9), Cm(-1)
            q.paragraph_format.tab_stops.add_tab_stop(Cm(1.9))
            risk, lead, rest = parts(it, "bt")
            q.add_run(f"({ROMAN_LOW[k]})\t{risk if lead else it.text}")
            if lead:
                q.add_run(" ")
                q.add_run(lead).bold = True
                q.add_run(f" {rest}")
    _para(d, "Tashi Delek.", after=10).paragraph_format.space_before = Pt(10)
    _para(d, "Yours sincerely,", after=36)
    _para(d, f"({dzongdag})", True)
    _para(d, "Dzongdag", after=4)
    _para(d, f"Prepared by: {officer}", size=9, after=12)
    _para(d, "Copy to:", True, 10)
    for n, line in enumerate(COPIES, 1):
        _para(d, f"{n}. {line.format(dz=dz)}", size=10)
    foot = sec.footer.paragraphs[0]
    foot.alignment = centre
    _small(foot, "Page ", 9)
    add_field(foot, "PAGE", "1")
    _small(foot, " of ", 9)
    add_field(foot, "NUMPAGES", "2")
    d.core_properties.author = f"DDMO {dz}"
    d.core_properties.title = f"Sitrep {doc.number} {MONTHS[when.month - 1]}"
    return _app(_save(d), 30 + h % 40, "Microsoft Macintosh Word", "14.0000")
