"""Word writer of the ``blind65_layouts`` set (python-docx): a Nigerien communal disaster committee's flood report
typed in Hausa in a French-language Word 2013 on the commune's letter template.

The communal committee for the prevention and management of disasters (Comité communal de prévention et de gestion
des catastrophes) of a commune of Niger's Maradi or Zinder region in a season of floods, chaired by the mayor: its
report on the flood, typed in Hausa so that it can be read out on the community radio, in Word 2013 with French menus
on the commune's letter template, A4 and Times New Roman — the letterhead in a borderless table as the
administration sets it (at the left the region, department, commune and committee in capitals, each under a short
dashed line; at the right "RÉPUBLIQUE DU NIGER", the motto "Fraternité – Travail – Progrès" in italics and a dashed
line), the letter's number and "Dakoro, le 16 août 2026" in French, the title in a ruled box and the hour and day
under it in Hausa; then each section's name after a capital letter ("A. Taƙaitawa") in Word's built-in first heading
style — its identifier the French Word's "Titre1", restyled bold, black and underlined —, the summary as justified
paragraphs, the other points a list whose bullet is the dash of Word's bullet library in the French Word's "Paragraphe
de liste" style, "Matakin da aka ɗauka:" in bold; the chairman's signature block at the right ("Le Président du
Comité, Maire de la Commune", the name in bold capitals under the space for the stamp), "Ampliations :" with its
dotted list, and "1/2" in the footer. "2.584.000 FCFA", "1.250", "16 ga Agusta", "(rahoton baya: 5)".
"""

from __future__ import annotations

import io
import zipfile
import zlib

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field, add_list, number_paragraph
from blind46_layouts_word import _save, _widths
from blind65_layouts_banks_inland import AMBALIYA
from blind65_layouts_content import HA_MONTHS, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

W = nsdecls("w")
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
       'officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
       'docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>{minutes}</TotalTime><Pages>2</Pages>'
       "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>{company}</Company>"
       "<AppVersion>15.0000</AppVersion></Properties>")  # fmt: skip
DASH = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" '
        'w:hint="default"/></w:rPr></w:lvl>')  # fmt: skip
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre")  # fmt: skip
COMMUNES = (
    ("Dakoro", "MARADI", "DAKORO", "COMMUNE URBAINE DE DAKORO", "CU/DKR", "ISSOUFOU MAMANE SANI"),
    ("Madarounfa", "MARADI", "MADAROUNFA", "COMMUNE RURALE DE MADAROUNFA", "CR/MDF", "HALIMA ABDOU GARBA"),
    ("Mirriah", "ZINDER", "MIRRIAH", "COMMUNE URBAINE DE MIRRIAH", "CU/MRH", "ALMOUSTAPHA ILLIASSOU"),
    ("Tessaoua", "MARADI", "TESSAOUA", "COMMUNE URBAINE DE TESSAOUA", "CU/TSA", "SANI DAN MALLAM HAROUNA"),
)
LINE = "----------"
COMMITTEE = "COMITÉ COMMUNAL DE PRÉVENTION ET DE GESTION DES CATASTROPHES"


def _with_app(data: bytes, minutes: int, company: str) -> bytes:
    """The package with Word 2013's docProps/app.xml in python-docx's place."""
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = APP.format(minutes=minutes, company=company).encode()
            z.writestr(info, body)
    return out.getvalue()


def _french_styles(d) -> None:
    """The built-in styles as a French Word names them in the file: "Titre1", "Paragraphedeliste"; the heading
    restyled as the commune's template has it (Times New Roman, bold, black, underlined, 12 points)."""
    for name, sid in (("Heading 1", "Titre1"), ("List Paragraph", "Paragraphedeliste")):
        d.styles[name].element.set(qn("w:styleId"), sid)
    h = d.styles["Heading 1"]
    h.font.name, h.font.size, h.font.bold, h.font.underline = "Times New Roman", Pt(12), True, True
    h.font.color.rgb = RGBColor(0, 0, 0)
    rpr = h.element.get_or_add_rPr()
    for old in rpr.findall(qn("w:rFonts")):
        rpr.remove(old)
    rpr.append(parse_xml(f'<w:rFonts {W} w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
                         'w:cs="Times New Roman"/>'))  # fmt: skip
    h.paragraph_format.space_before, h.paragraph_format.space_after = Pt(12), Pt(6)


def _cell_lines(cell, lines: list[tuple[str, bool, bool]]) -> None:
    for k, (text, bold, italic) in enumerate(lines):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(text)
        r.bold, r.italic, r.font.size = bold, italic, Pt(10.5)


def docx_word2013_rahoto_ambaliya_ne(doc: Doc) -> bytes:
    """The committee's flood report as the Word 2013 letter sent to the mayor's office and the radio."""
    when = report_day(doc)
    town, region, dept, commune, code, mayor = COMMUNES[AMBALIYA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(1.5)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(12)
    normal.element.get_or_add_rPr().append(parse_xml(f'<w:lang {W} w:val="fr-FR"/>'))
    _french_styles(d)
    dash = add_list(d, DASH)
    t = d.add_table(rows=1, cols=2)
    _widths(t, (Cm(9), Cm(7.6)))
    _cell_lines(t.cell(0, 0), [(f"RÉGION DE {region}", True, False), (LINE, False, False),
                               (f"DÉPARTEMENT DE {dept}", True, False), (LINE, False, False),
                               (commune, True, False), (LINE, False, False),
                               (COMMITTEE, True, False)])  # fmt: skip
    _cell_lines(t.cell(0, 1), [("RÉPUBLIQUE DU NIGER", True, False), ("Fraternité – Travail – Progrès", False, True),
                               (LINE, False, False)])  # fmt: skip
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10))
    p.add_run(f"N° {40 + doc.number * 3 + h % 3:03d}/{code}/CCPGC\t{town}, le {when.day} {MOIS[when.month - 1]} "
              f"{when.year}")  # fmt: skip
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(14)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {W}><w:top w:val="single" w:sz="8" w:space="4" w:color="000000"/><w:left w:val="single" w:sz="8" '
        'w:space="4" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:space="4" w:color="000000"/><w:right '
        'w:val="single" w:sz="8" w:space="4" w:color="000000"/></w:pBdr>'))  # fmt: skip
    r = p.add_run(f"RAHOTON HALIN DA AKE CIKI NA AMBALIYAR RUWA LAMBA {doc.number}")
    r.bold, r.font.size = True, Pt(13)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(f"(Halin da ake ciki zuwa ƙarfe 6 na yamma, ranar {when.day} ga {HA_MONTHS[when.month - 1]} "
              f"{when.year})").italic = True  # fmt: skip
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 1").paragraph_format.keep_with_next = True
        for it in s.items:
            p = d.add_paragraph(style=None if s.key == "highlights" else "List Paragraph")
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if s.key != "highlights":
                number_paragraph(p, dash)
                p.paragraph_format.space_after = Pt(2)
            else:
                p.paragraph_format.first_line_indent = Cm(1)
            risk, lead, rest = parts(it, "ne")
            p.add_run(risk if lead else it.text)
            if lead:
                p.add_run(" ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
    for k, line in enumerate(("Le Président du Comité,", "Maire de la Commune", "", "", "", mayor)):
        p = d.add_paragraph()
        p.paragraph_format.left_indent, p.paragraph_format.space_after = Cm(9), Pt(0)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if k == 0:
            p.paragraph_format.space_before = Pt(18)
        r = p.add_run(line)
        r.bold, r.underline = k == 5, k == 5
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run("Ampliations :")
    r.bold, r.underline = True, True
    for who in (f"Gouverneur Région de {region.capitalize()}", f"Préfet de {dept.capitalize()}",
                f"DRPC/GC {region.capitalize()}", "Radio communautaire", "Chrono"):  # fmt: skip
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(8), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
        p.add_run(f"- {who}\t1").font.size = Pt(10)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_field(foot, "PAGE", "1")
    foot.add_run("/")
    add_field(foot, "NUMPAGES", "2")
    d.core_properties.author, d.core_properties.title = "SG Mairie", f"Rahoto {doc.number}"
    d.core_properties.language = "ha-NE"
    return _with_app(_save(d), 25 + h % 30, f"Mairie de {town}")
