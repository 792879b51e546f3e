"""Word writers of the ``blind60_layouts`` set (python-docx): a Kerala district emergency operations centre's daily
monsoon report in Malayalam on the proforma whose rows are its sections, and a Uruguayan departmental emergency
centre's flood report typed in Word for Mac in Spanish.

A district emergency operations centre (DEOC) of Kerala in the south-west monsoon: the "പ്രതിദിന സ്ഥിതി റിപ്പോർട്ട്"
typed in Word in the Karthika font, as the collectorates type Malayalam, and mailed to the state centre — "അടിയന്തരം"
in the page header, "കേരള സർക്കാർ", the district disaster management authority and the DEOC centred, the file
number and "തീയതി:" on one line, the title underlined and the hour the figures stand at, then the proforma: a table
"ക്രമ നമ്പർ | ഇനം | വിവരങ്ങൾ" whose every row is a section (its number, its name, its points), the summary as
paragraphs, the other points Word bullets, "സ്വീകരിച്ച നടപടി:" in bold; under it "(ഒപ്പ്)", the collector's name and
post, "പകർപ്പ്:" with its numbered list, and the footer with the DEOC's telephone and "പേജ് 1 / 2". "₹3.74 കോടി",
"1,250", "ജൂലൈ 16", "(മുൻ റിപ്പോർട്ട്: 5)".

A departmental emergency coordination centre (CECOED) of Uruguay when the river rises: the "Informe de situación"
to the national emergency system (SINAE), typed in Word for Mac in Spanish — so its styles carry Word's Spanish
identifiers ("Ttulo1", "Listaconvietas") and ``app.xml`` names "Microsoft Macintosh Word" — the header table with
the intendencia's logo and names and "Sistema Nacional de Emergencias", the "Título" and "Subtítulo", a table of
particulars, "Título 1" sections, the summary as paragraphs, the other points "Lista con viñetas", "Medidas
adoptadas:" in bold, the line for enquiries in italics, the coordinator's name and post, and the footer with the
address and "Página 1 de 2". "$ 4.250.000", "1.250", "16 de julio", "(informe anterior: 5)".
"""

from __future__ import annotations

import io
import zipfile
import zlib

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field
from blind46_layouts_word import _save, _shade, _widths
from blind47_layouts_word import logo
from blind60_layouts_banks_away import MAZHA
from blind60_layouts_banks_home import CRECIDA
from blind60_layouts_content import MESES, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def _points(container, items, lang: str, style: str = "List Bullet") -> None:
    for it in items:
        p = container.add_paragraph(style=style)
        risk, lead, rest = parts(it, lang)
        p.add_run(risk if lead else it.text)
        if lead:
            p.add_run(" ")
            p.add_run(lead).bold = True
            p.add_run(f" {rest}")


def _page_of(foot, before: str, between: str) -> None:
    foot.add_run(before).font.size = Pt(8)
    add_field(foot, "PAGE", "1")
    foot.add_run(between).font.size = Pt(8)
    add_field(foot, "NUMPAGES", "2")


def _centred(d, text: str, bold: bool = False, size: float = 11, underline: bool = False) -> None:
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold, r.underline, r.font.size = bold, underline, Pt(size)


# ---------------------------------------------------------------- a Kerala DEOC's proforma in Malayalam

JILLA = (("എറണാകുളം", "കാക്കനാട്", "ഡോ. അനിത കുമാരി ഐ.എ.എസ്.", "deocekm"),
         ("തൃശ്ശൂർ", "അയ്യന്തോൾ", "രാജേഷ് മേനോൻ ഐ.എ.എസ്.", "deoctsr"),
         ("ഇടുക്കി", "പൈനാവ്", "ഷീബ ജോർജ് ഐ.എ.എസ്.", "deocidk"),
         ("വയനാട്", "കൽപ്പറ്റ", "മുഹമ്മദ് ഷഫീഖ് ഐ.എ.എസ്.", "deocwyd"))  # fmt: skip


def _karthika(d) -> None:
    """Calibri for Latin letters and Karthika for Malayalam, in the Normal style, as the collectorate's template."""
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(11)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:cs"), "Karthika")
    lang = normal.element.get_or_add_rPr().makeelement(qn("w:lang"), {qn("w:val"): "en-IN", qn("w:bidi"): "ml-IN"})
    normal.element.get_or_add_rPr().append(lang)


def docx_deoc_proforma_monsoon_ml(doc: Doc) -> bytes:
    """The DEOC's daily monsoon report as the Word file mailed to the state emergency operations centre."""
    when = report_day(doc)
    dist, seat, collector, mail = JILLA[MAZHA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    _karthika(d)
    head = sec.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = head.add_run("അടിയന്തരം")
    r.bold, r.font.color.rgb = True, RGBColor(192, 0, 0)
    _centred(d, "കേരള സർക്കാർ", bold=True, size=13)
    _centred(d, f"ജില്ലാ ദുരന്ത നിവാരണ അതോറിറ്റി, {dist}", bold=True)
    _centred(d, f"ജില്ലാ അടിയന്തരഘട്ട കാര്യനിർവഹണ കേന്ദ്രം (DEOC), കളക്ടറേറ്റ്, {seat}")
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run(f"നമ്പർ: DM1-{h % 9000 + 1000}/{when.year}/DEOC\tതീയതി: {when:%d.%m.%Y}")
    _centred(d, f"കാലവർഷം {when.year} – പ്രതിദിന സ്ഥിതി റിപ്പോർട്ട് നമ്പർ {doc.number}", bold=True, size=12,
             underline=True)  # fmt: skip
    _centred(d, f"({when:%d.%m.%Y} വൈകുന്നേരം 5.00 മണി വരെയുള്ള വിവരങ്ങൾ)", size=10)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    _widths(t, (Cm(1.8), Cm(4.2), Cm(11)))
    for cell, text in zip(t.rows[0].cells, ("ക്രമ നമ്പർ", "ഇനം", "വിവരങ്ങൾ"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, "D9E2F3")
    for n, s in enumerate(doc.sections, 1):
        no, name, details = t.add_row().cells
        no.paragraphs[0].add_run(str(n))
        no.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        name.paragraphs[0].add_run(s.heading)
        first = details.paragraphs[0]
        if s.key == "highlights":
            first.add_run(s.items[0].text)
            for it in s.items[1:]:
                details.add_paragraph(it.text)
        else:
            _points(details, s.items, "ml")
            first._p.getparent().remove(first._p)
    for text in ("", "(ഒപ്പ്)", collector, f"ജില്ലാ കളക്ടർ & ചെയർപേഴ്സൺ, ജില്ലാ ദുരന്ത നിവാരണ അതോറിറ്റി, {dist}"):
        p = d.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph().add_run("പകർപ്പ്:").bold = True
    for k, text in enumerate(("സംസ്ഥാന അടിയന്തരഘട്ട കാര്യനിർവഹണ കേന്ദ്രം, തിരുവനന്തപുരം",
                              "ലാൻഡ് റവന്യൂ കമ്മീഷണർ, തിരുവനന്തപുരം", "ജില്ലയിലെ എല്ലാ തഹസിൽദാർമാർക്കും"), 1):  # fmt: skip
        d.add_paragraph(f"{k}. {text}").paragraph_format.space_after = Pt(0)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_of(foot, f"DEOC {dist} · ഫോൺ: 1077 · {mail}@gmail.com    പേജ് ", " / ")
    d.core_properties.author, d.core_properties.title = "DEOC", f"Daily report {doc.number}"
    return _save(d)


# ---------------------------------------------------------------- a Uruguayan CECOED's report in Word for Mac

CECOED = (("Durazno", "río Yí", "Dr. Luis Alberto de Herrera 650, Durazno", "4362 2140", "Ana Laura Pérez"),
          ("Treinta y Tres", "río Olimar", "Juan Antonio Lavalleja 1180, Treinta y Tres", "4452 2113",
           "Martín Silveira"),
          ("Artigas", "río Cuareim", "Garzón 400, Artigas", "4772 2402", "Gabriela Rodríguez"),
          ("Salto", "río Uruguay", "Uruguay 555, Salto", "4732 9898", "Diego Olivera"))  # fmt: skip
SPANISH_IDS = {"Heading1": "Ttulo1", "Title": "Ttulo", "Subtitle": "Subttulo", "ListBullet": "Listaconvietas",
               "TableGrid": "Tablaconcuadrcula", "Header": "Encabezado", "Footer": "Piedepgina"}  # fmt: skip
APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>\
<TotalTime>{minutes}</TotalTime><Pages>2</Pages><Application>Microsoft Macintosh Word</Application><DocSecurity>0\
</DocSecurity><Company>Intendencia de {dept}</Company><AppVersion>16.0000</AppVersion></Properties>"""


def _spanish(d) -> None:
    """The style identifiers Word in Spanish writes, in the styles and wherever a paragraph or table names one."""
    for el in d.styles.element.iter():
        sid = el.get(qn("w:styleId"))
        if sid in SPANISH_IDS:
            el.set(qn("w:styleId"), SPANISH_IDS[sid])
        if el.tag in (qn("w:basedOn"), qn("w:next"), qn("w:link")) and el.get(qn("w:val")) in SPANISH_IDS:
            el.set(qn("w:val"), SPANISH_IDS[el.get(qn("w:val"))])
    sec = d.sections[0]
    for part in (d.element, sec.header._element, sec.footer._element):
        for el in part.iter(qn("w:pStyle"), qn("w:tblStyle")):
            if el.get(qn("w:val")) in SPANISH_IDS:
                el.set(qn("w:val"), SPANISH_IDS[el.get(qn("w:val"))])


def _mac(data: bytes, dept: str, minutes: int) -> bytes:
    """The package with Word for Mac's ``docProps/app.xml``."""
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = APP.format(minutes=minutes, dept=dept).encode()
            z.writestr(info, body)
    return out.getvalue()


def docx_word_mac_cecoed_crecida_uy(doc: Doc) -> bytes:
    """The CECOED's situation report as the Word for Mac file sent to the SINAE."""
    when = report_day(doc)
    dept, river, address, phone, coordinator = CECOED[CRECIDA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    d.styles["Normal"].font.name, d.styles["Normal"].font.size = "Aptos", Pt(11)
    d.styles["Heading 1"].font.size, d.styles["Heading 1"].font.color.rgb = Pt(14), RGBColor(0, 84, 147)
    top = sec.header.add_table(rows=1, cols=3, width=Cm(16))
    _widths(top, (Cm(2), Cm(8), Cm(6)))
    top.rows[0].cells[0].paragraphs[0].add_run().add_picture(io.BytesIO(logo((0, 84, 147), "ID")), width=Cm(1.6))
    mid = top.rows[0].cells[1].paragraphs[0]
    mid.add_run(f"Intendencia de {dept}").bold = True
    mid.add_run("\nCentro Coordinador de Emergencias Departamental").font.size = Pt(9)
    right = top.rows[0].cells[2].paragraphs[0]
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    right.add_run("Sistema Nacional de Emergencias").font.size = Pt(9)
    d.add_paragraph(f"Informe de situación N.° {doc.number}", style="Title")
    d.add_paragraph(f"Inundaciones – Crecida del {river}", style="Subtitle")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    _widths(t, (Cm(4), Cm(12)))
    rows = (
        ("Fecha", f"{when.day} de {MESES[when.month - 1]} de {when.year}"),
        ("Hora", "18:00"),
        ("Elaborado por", f"Coordinación del CECOED {dept}"),
        ("Destinatario", "Dirección Nacional del SINAE"),
    )
    for row, (a, b) in zip(t.rows, rows, strict=True):
        row.cells[0].paragraphs[0].add_run(a).bold = True
        row.cells[1].paragraphs[0].add_run(b)
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 1")
        if s.key == "highlights":
            for it in s.items:
                d.add_paragraph(it.text)
        else:
            _points(d, s.items, "uy")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run(f"Por consultas: CECOED {dept} – Tel. {phone} – Emergencias: 911").italic = True
    for text in (coordinator, f"Coordinación del CECOED {dept}"):
        d.add_paragraph(text).paragraph_format.space_after = Pt(0)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_of(foot, f"Intendencia de {dept} – {address}    Página ", " de ")
    d.core_properties.author, d.core_properties.last_modified_by = coordinator, coordinator
    d.core_properties.title = f"Informe {doc.number} CECOED {dept}"
    _spanish(d)
    return _mac(_save(d), dept, h % 50 + 12)
