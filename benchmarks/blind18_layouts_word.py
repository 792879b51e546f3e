"""Word writers of the ``blind18_layouts`` set: a Romanian prefecture's "Informare" on a blizzard that cut the power
(python-docx: "NECLASIFICAT" in the page header and footer, the "ROMÂNIA / MINISTERUL AFACERILOR INTERNE /
INSTITUȚIA PREFECTULUI …" block and "Nr. … din 21.01.2025" top left, the prefect's "APROB, / PREFECT, / name"
approval in a floating frame (``w:framePr``) top right, "INFORMARE" and the "privind situația operativă …" line
centred, chapter headings in Heading 1 numbered "I.", "II." by Word's list in numbering.xml, each point a justified
paragraph lettered "a)", "b)" by a list that restarts under each chapter, the letters in numbering.xml and not in the
text, "Măsuri:" in bold inside a risk's point, "Întocmit," and the officer, "Pagina 1 din 2"; "1.250", "12%", "3.400
lei", "21 ianuarie") and a Galician town council's "Informe de situación" on contaminated drinking water written in
LibreOffice Writer and saved as .docx by LibreOffice itself (a flat ODT converted by ``soffice --convert-to docx``:
Writer's own styles and numbering as its export writes them, the headings numbered "1." by the outline numbering of
the Heading 1 style, "–" points of a Writer list style, a details table, a "Táboa 1" caption with its sequence field
over a table of analyses under the state of the network, "Medidas:" in bold inside a risk's point, the place and date
and the mayor's signature, the council in the page header and "Páxina 1 de 2" in the footer; "1.250", "12 %",
"3.400 €", "16 de xaneiro").
"""

from __future__ import annotations

import subprocess
import tempfile
from datetime import timedelta
from html import escape
from pathlib import Path

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_list, number_paragraph
from blind14_layouts_word import _fields
from blind17_layouts_content import count, split_mitigation
from blind18_layouts_content import DIAS_GL, LEADS, MESES_GL
from council_layouts_gold import Doc, Item
from council_layouts_writers import _save

ROMAN = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Heading1"/>'
         '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>'
         "</w:lvl>")  # fmt: skip
LETTERS = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/>'
           '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="360"/></w:pPr></w:lvl>')  # fmt: skip
FRAME = ('<w:framePr {ns} w:w="3120" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" '
         'w:xAlign="right" w:y="1"/>')  # fmt: skip


def _runs(p, item: Item, lang: str) -> None:
    risk, lead, mitigation = split_mitigation(item, LEADS[lang])
    if not lead:
        p.add_run(item.text)
        return
    p.add_run(risk + " ")
    p.add_run(lead).bold = True
    p.add_run(" " + mitigation)


# ---------------------------------------------------------------- Romanian prefecture


def docx_informare_ro(doc: Doc) -> bytes:
    """The prefecture's report as the county emergency committee's secretariat types it for the prefect."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    h1 = d.styles["Heading 1"]
    h1.font.name, h1.font.size, h1.font.bold = "Times New Roman", Pt(12), True
    h1.font.color.rgb = None
    heads = add_list(d, ROMAN, "singleLevel")
    h1.element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = heads
    when = report_day(doc)
    county = doc.organisation.split("Județul ")[-1]
    sec = d.sections[0]
    for part in (sec.header.paragraphs[0], sec.footer.paragraphs[0]):
        part.alignment = WD_ALIGN_PARAGRAPH.CENTER
        part.add_run("NECLASIFICAT").bold = True
    _fields(sec.footer.add_paragraph(), "Pagina {PAGE} din {NUMPAGES}")
    sec.footer.paragraphs[1].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in ("APROB,", "PREFECT,", "Ion-Sorin Dumitrescu"):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p._p.get_or_add_pPr().insert(0, parse_xml(FRAME.format(ns=nsdecls("w"))))
        p.add_run(line).bold = True
    for line in ("ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", f"INSTITUȚIA PREFECTULUI – JUDEȚUL {county.upper()}",
                 "Comitetul Județean pentru Situații de Urgență"):  # fmt: skip
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(line)
        run.bold, run.font.size = True, Pt(10)
    d.add_paragraph(f"Nr. {doc.number * 317 + 1000:,}".replace(",", ".") + f" din {when:%d.%m.%Y}")
    title = d.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(18)
    run = title.add_run("INFORMARE")
    run.bold, run.font.size = True, Pt(14)
    sub = d.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.add_run(f"privind situația operativă generată de viscol și întreruperile în alimentarea cu energie "
                f"electrică, la data de {when:%d.%m.%Y}, ora 07:00").bold = True  # fmt: skip
    for s in doc.sections:
        heading = s.heading.split(". ", 1)[1] if s.heading.split(". ", 1)[0].isupper() else s.heading
        d.add_paragraph(heading, style="Heading 1")
        letters = add_list(d, LETTERS, "singleLevel")  # a new list per chapter: a) restarts
        for it in s.items:
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_after = Pt(3)
            number_paragraph(p, letters, 0)
            _runs(p, it, "ro")
    d.add_paragraph()
    for line, bold in (("Întocmit,", True), ("Șef Centru Operațional ISU „Județul " + county + "”", False),
                       ("lt. col. Andrei Marin", False)):  # fmt: skip
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(line).bold = bold
    return _save(d)


# ---------------------------------------------------------------- Galician town council (LibreOffice Writer)

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:generator>LibreOffice/24.2.7.2$Windows_X86_64</meta:generator><dc:title>{title}</dc:title>
</office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans"
 fo:font-size="10.5pt" fo:language="gl" fo:country="ES"/></style:style>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"
 style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.18cm"
 fo:text-align="justify"/></style:style>
<style:style style:name="Heading" style:family="paragraph"
 style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm"
 fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"
 fo:color="#1c4e80"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
 style:parent-style-name="Heading" style:default-outline-level="1"/>
<style:style style:name="Title" style:family="paragraph"
 style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"
 fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold"
 fo:color="#1c4e80"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph"
 style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"
 fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph"
 style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Caption" style:family="paragraph"
 style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.2cm"
 fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
<style:style style:name="Table" style:family="paragraph" style:parent-style-name="Caption"/>
<style:style style:name="List_20_Contents" style:display-name="List Contents" style:family="paragraph"
 style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties
 fo:font-size="8.5pt" fo:color="#555555"/></style:style>
<style:style style:name="Footer" style:family="paragraph"
 style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/><style:text-properties
 fo:font-size="8.5pt"/></style:style>
<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis"
 style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-suffix="."
 style:num-format="1"><style:list-level-properties
 text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment
 text:label-followed-by="listtab" text:list-tab-stop-position="0.76cm" fo:text-indent="-0.76cm"
 fo:margin-left="0.76cm"/></style:list-level-properties></text:outline-level-style></text:outline-style>
<text:list-style style:name="Dash_20_List" style:display-name="Dash List"><text:list-level-style-bullet
 text:level="1" text:bullet-char="–"><style:list-level-properties
 text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment
 text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm"
 fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Tab1" style:family="table"><style:table-properties style:width="16cm"
 table:align="left"/></style:style>
<style:style style:name="Cell1" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm"
 fo:border="0.5pt solid #808080"/></style:style>
<style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:background-color="#dde8f3"
 fo:padding="0.08cm" fo:border="0.5pt solid #808080"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p
 text:style-name="Header">{org} · Servizo Municipal de Augas · Protección Civil</text:p></style:header>
<style:footer><text:p text:style-name="Footer">Páxina <text:page-number
 text:select-page="current">1</text:page-number> de <text:page-count>1</text:page-count></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
"""


def _cell(text: str, head: bool = False) -> str:
    inner = f'<text:span text:style-name="Strong_20_Emphasis">{escape(text)}</text:span>' if head else escape(text)
    return (f'<table:table-cell table:style-name="{"CellH" if head else "Cell1"}" office:value-type="string">'
            f'<text:p text:style-name="Table_20_Contents">{inner}</text:p></table:table-cell>')  # fmt: skip


def _table(rows: list[list[str]], head_row: bool, head_col: bool) -> str:
    cols = len(rows[0])
    body = "".join("<table:table-row>" + "".join(_cell(c, (head_row and r == 0) or (head_col and k == 0))
                                                 for k, c in enumerate(row)) + "</table:table-row>"
                   for r, row in enumerate(rows))  # fmt: skip
    return (f'<table:table table:name="Táboa{len(rows)}{cols}" table:style-name="Tab1">'
            f'<table:table-column table:number-columns-repeated="{cols}"/>{body}</table:table>')  # fmt: skip


def _gl_item(item: Item) -> str:
    risk, lead, mitigation = split_mitigation(item, LEADS["gl"])
    if not lead:
        return escape(item.text, quote=False)
    return (f'{escape(risk, quote=False)} <text:span text:style-name="Strong_20_Emphasis">{escape(lead)}</text:span>'
            f" {escape(mitigation, quote=False)}")  # fmt: skip


def _gl_day(when) -> str:
    return f"{DIAS_GL[when.weekday()]}, {when.day} de {MESES_GL[when.month - 1]} de {when.year}"


def docx_informe_concello_gl(doc: Doc) -> bytes:
    """The council's report as its emergency coordinator writes it in LibreOffice Writer and saves it as Word."""
    when = report_day(doc)
    town = doc.organisation.replace("Concello de ", "")
    nxt = when + timedelta(days=1)
    body = [f'<text:p text:style-name="Title">Informe de situación n.º {doc.number}</text:p>',
            f'<text:p text:style-name="Subtitle">Incidencia na auga de consumo humano – {_gl_day(when)}, 13:00 h'
            "</text:p>",
            _table([["Incidencia", "Contaminación microbiolóxica da rede de abastecemento"],
                    ["Nivel do PEMU", "Nivel 1 – Emerxencia local"], ["Elabora", "CECOPAL – Protección Civil"],
                    ["Próximo informe", f"{_gl_day(nxt)}, 13:00 h"]], False, True)]  # fmt: skip
    share = count(doc, ("resultou apto",), 60)
    for s in doc.sections:
        body.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">'
                    f"{escape(s.heading.split('. ', 1)[-1])}</text:h>")  # fmt: skip
        lis = "".join(f'<text:list-item><text:p text:style-name="List_20_Contents">{_gl_item(i)}</text:p>'
                      "</text:list-item>" for i in s.items)  # fmt: skip
        body.append(f'<text:list text:style-name="Dash_20_List">{lis}</text:list>')
        if s.key == "situation":
            rows = [["Depósito", "E. coli (UFC/100 ml)", "Cloro libre (mg/l)", "Cualificación"]]
            for k, dep in enumerate(("Depósito de cabeceira", "Depósito de Vilanova", "Depósito do Castro")):
                ok = (share + 30 * k) % 100 > 40
                rows.append([dep, "0" if ok else str(3 + 4 * k), f"0,{4 + k}" if ok else "0,1",
                             "Apta" if ok else "Non apta"])  # fmt: skip
            body.append(
                '<text:p text:style-name="Table">Táboa <text:sequence text:ref-name="refTable0" '
                'text:name="Table" text:formula="ooow:Table+1" style:num-format="1">1</text:sequence>. '
                f"Resultados das últimas análises ({when.day} de {MESES_GL[when.month - 1]})</text:p>"
            )
            body.append(_table(rows, True, False))
    body += [f'<text:p text:style-name="Text_20_body">{escape(town)}, {when.day} de {MESES_GL[when.month - 1]} de '
             f"{when.year}</text:p>",
             '<text:p text:style-name="Text_20_body">O alcalde,</text:p>',
             '<text:p text:style-name="Text_20_body">Asdo.: Xosé Manuel Vilar Pena</text:p>']  # fmt: skip
    fodt = (FODT_HEAD.format(title=f"Informe de situación n.º {doc.number}", org=escape(doc.organisation))
            + "\n".join(body) + "</office:text></office:body></office:document>")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"informe-{doc.number}.fodt"
        src.write_text(fodt, encoding="utf-8")
        profile = Path(tmp) / "profile"  # a private profile: runs beside any other LibreOffice
        subprocess.run(
            ["/usr/bin/soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
             "docx:MS Word 2007 XML", "--outdir", tmp, str(src)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        return src.with_suffix(".docx").read_bytes()
