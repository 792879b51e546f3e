"""Word writer of the ``blind51_layouts`` set (python-docx): a Lithuanian municipal administration's official letter
on the emergency of a burning tyre recycling plant, written on the administration's letter blank as Lithuania's
rules for preparing documents lay it out.

The municipal administration's letter to the council members and the state bodies on the state of the emergency
("DĖL EKSTREMALIOSIOS SITUACIJOS PADĖTIES"), written in Word on the administration's blank in Times New Roman, as
the Documentation Rules ("Dokumentų rengimo taisyklės") set it: the municipality's arms centred, the
administration's name in bold capitals, the line of its particulars ("Biudžetinė įstaiga, … Duomenys kaupiami ir
saugomi Juridinių asmenų registre, kodas …") over a rule, the addressees at the left beside the date and
registration number in the ISO order ("2026-10-14 Nr. (E)-4.15-1287") and the "Į … Nr. …" line, the title in bold
capitals starting with "DĖL", a first paragraph on which information this is, then each section's name a paragraph
in bold, each point a justified paragraph with the first line indented and typed after a dash ("– "),
"Taikomos priemonės:" in bold, the signer's post and name on one line parted by a tab, the preparer's name,
telephone and e-mail at the end, and the page number centred at the top from the second page on. "3 400 Eur",
"1,25 mln. Eur", "1 250", "12 proc.", "spalio 16 d.", "(ankstesnėje informacijoje: 5)".
"""

from __future__ import annotations

import io
import zlib

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field
from blind46_layouts_word import _save, _widths
from blind47_layouts_word import logo
from blind51_layouts_banks_away import GAISRAS
from blind51_layouts_content import parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

ADMINISTRATIONS = (
    ("ALYTAUS MIESTO SAVIVALDYBĖS ADMINISTRACIJA", "Rotušės a. 4, LT-62504 Alytus", "(8 315) 55 100", "alytus.lt",
     "188763955", "Alytaus miesto savivaldybės tarybos nariams", "Administracijos direktorius", "Rimantas Jakštas",
     "Laura Vaitkevičienė", (0x00, 0x4B, 0x87)),
    ("KAUNO RAJONO SAVIVALDYBĖS ADMINISTRACIJA", "Savanorių pr. 371, LT-49500 Kaunas", "(8 37) 30 55 01", "krs.lt",
     "188769437", "Kauno rajono savivaldybės tarybos nariams", "Administracijos direktorė", "Ingrida Petrauskienė",
     "Tomas Žilinskas", (0x00, 0x6B, 0x3F)),
    ("ŠIAULIŲ MIESTO SAVIVALDYBĖS ADMINISTRACIJA", "Vasario 16-osios g. 62, LT-76295 Šiauliai", "(8 41) 59 63 00",
     "siauliai.lt", "188771865", "Šiaulių miesto savivaldybės tarybos nariams", "Administracijos direktorius",
     "Antanas Bartulis", "Rasa Mockienė", (0x8A, 0x15, 0x38)),
    ("PANEVĖŽIO RAJONO SAVIVALDYBĖS ADMINISTRACIJA", "Vasario 16-osios g. 27, LT-35185 Panevėžys", "(8 45) 58 26 00",
     "panrs.lt", "188775696", "Panevėžio rajono savivaldybės tarybos nariams", "Administracijos direktorė",
     "Daiva Kairienė", "Mindaugas Stankus", (0x1B, 0x4F, 0x9C)),
)  # fmt: skip
STATE = ("Priešgaisrinės apsaugos ir gelbėjimo departamentui", "Nacionaliniam visuomenės sveikatos centrui")


def _point(p, it) -> None:
    risk, lead, rest = parts(it, "lt")
    p.add_run("– ")
    if lead:
        p.add_run(f"{risk} ")
        p.add_run(lead).bold = True
        p.add_run(f" {rest}")
    else:
        p.add_run(it.text)


def _rule_below(p) -> None:
    border = '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/>'
    p._p.get_or_add_pPr().append(parse_xml(f"<w:pBdr {nsdecls('w')}>{border}</w:pBdr>"))


def _no_borders(table) -> None:
    table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))  # fmt: skip


def _text(d, text: str = "", bold: bool = False, indent: bool = True, after: float = 0):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf = p.paragraph_format
    pf.first_line_indent = Cm(1.27) if indent else None
    pf.space_after, pf.space_before = Pt(after), Pt(0)
    if text:
        p.add_run(text).bold = bold
    return p


def docx_rastas_gaisras_lt(doc: Doc) -> bytes:
    """The administration's letter on the state of the emergency, on its blank in Word."""
    when = report_day(doc)
    k = GAISRAS.organisations.index(doc.organisation)
    name, address, phone, web, code, council, post, director, writer, rgb = ADMINISTRATIONS[k]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3.0), Cm(1.0), Cm(2.0), Cm(2.0)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(12)
    normal.paragraph_format.space_after = Pt(0)
    sec.different_first_page_header_footer = True
    head = sec.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(head, "PAGE", "2")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(io.BytesIO(logo(rgb, name.split()[0][:2])), width=Cm(1.6))
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(6)
    p.add_run(name).bold = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(f"Biudžetinė įstaiga, {address}, tel. {phone}, el. p. info@{web}, https://www.{web}. Duomenys "
                  f"kaupiami ir saugomi Juridinių asmenų registre, kodas {code}")  # fmt: skip
    r.font.size = Pt(9)
    _rule_below(p)
    d.add_paragraph()
    t = d.add_table(rows=1, cols=2)
    _no_borders(t)
    _widths(t, (Cm(8.5), Cm(8.5)))
    left = t.cell(0, 0).paragraphs[0]
    left.add_run(council)
    for x in STATE:
        t.cell(0, 0).add_paragraph(x)
    right = t.cell(0, 1).paragraphs[0]
    right.add_run(f"{when:%Y-%m-%d}  Nr. (E)-4.15-{h % 9000 + 1000}")
    t.cell(0, 1).add_paragraph("Į  " + "_" * 12 + "  Nr. " + "_" * 12)
    d.add_paragraph()
    p = _text(d, "", indent=False, after=12)
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p.add_run("DĖL EKSTREMALIOSIOS SITUACIJOS PADĖTIES").bold = True
    hour = 9 + h % 8
    _text(d, f"Informuojame apie ekstremaliosios situacijos, paskelbtos dėl padangų perdirbimo įmonėje kilusio gaisro, "
             f"padėtį {when.year} m. {_lt_day(when)} {hour} val. (informacija Nr. {doc.number}).", after=6)  # fmt: skip
    for s in doc.sections:
        _text(d, s.heading, bold=True, after=2).paragraph_format.space_before = Pt(6)
        for it in s.items:
            _point(_text(d, after=2), it)
    d.add_paragraph()
    d.add_paragraph()
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(13.0), WD_TAB_ALIGNMENT.LEFT)
    p.add_run(f"{post}\t{director}")
    for _ in range(4):
        d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run(f"{writer}, tel. {phone[:-2]}{h % 90 + 10}, el. p. {_ascii(writer)}@{web}")
    r.font.size = Pt(10)
    d.core_properties.author = writer
    d.core_properties.title = "Dėl ekstremaliosios situacijos padėties"
    d.core_properties.language = "lt-LT"
    return _save(d)


def _lt_day(when) -> str:
    from blind20_layouts_content import MENESIAI

    return f"{MENESIAI[when.month - 1]} {when.day} d."


def _ascii(person: str) -> str:
    import unicodedata

    first, last = person.split()[0], person.split()[-1]
    return unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore").decode().lower()
