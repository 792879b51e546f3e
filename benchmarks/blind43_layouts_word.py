"""Word writers of the ``blind43_layouts`` set (python-docx, with the XML it does not make written here).

An East Frisian dyke association's ("Deichacht") situation report through a storm surge, in Low German, typed in the
association's Word template, which is built on a layout table as newsletter templates are: a table without borders of
one row and two columns across the page, the narrow left column shaded as a sidebar ("Deichacht …", "Laagbericht
Nr. 3", the date, "Waterstand an 'n Pegel" with a small table of the gauges' readings and its "Tosamen" row, "Kontakt"
with the dyke warden's telephone), the wide right column holding the report — each section a "Heading 2" inside the
cell, the summary as paragraphs, the other points "List Bullet", "Wat wi doon:" in bold inside a risk's point —; the
page header with the association's name and the footer "Siet 1 van 2" by fields. "3.400 €", "1,25 Mio. €", "1.250",
"12 %", "16. Januaar", "(leste Bericht: 5)".

An Asturian rural parish's ("parroquia rural") situation report after spring wildfires, in Asturian, typed as a
situation board in Word: landscape A4, the title and the line with the date above one table whose columns are the
sections — the header row the sections' names on a dark fill, the row under it their points as paragraphs of the cell
(a risk's "Midida:" in bold inside its point) — in two bands of the table (the first six sections, then a header row
of the other five and their row), "Presidente/a de la Parroquia Rural" and the name under the table. "3.400 €",
"1,25 millones d'euros", "1.250", "12 %", "16 d'abril", "(informe anterior: 5)".

A Slovenian beekeepers' society's report after a flood, in Slovene, typed in Word with each section's name in the left
margin beside its points — a framed paragraph (``w:framePr``, anchored to the text, set in the margin at the left) as
older report templates set their side headings — and saved as PDF by LibreOffice: the society's name and "Poročilo
o stanju po poplavah št. 3" at the head, the date line, the summary as paragraphs, the other points "List Bullet",
"Ukrep:" in bold inside a risk's point, "Predsednik društva" and the name at the end, "Stran 1 od 2" at the foot.
"3.400 €", "1,25 milijona €", "1.250", "12 %", "16. avgusta", "(prejšnje poročilo: 5)".
"""

from __future__ import annotations

import subprocess
import tempfile
import zlib
from pathlib import Path

from blind7_layouts_content import report_day
from blind32_layouts_word import _app, _save
from blind42_layouts_word import _field
from blind43_layouts_content import AST_MONTHS, NDS_MONTHS, SL_MONTHS, parts
from council_layouts_gold import Doc

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _shade(cell, fill: str) -> None:
    from docx.oxml import parse_xml

    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _no_borders(table) -> None:
    from docx.oxml import parse_xml

    sides = "".join(f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    table._tbl.tblPr.append(parse_xml(f"<w:tblBorders {W}>{sides}</w:tblBorders>"))


def _point(container, it, lang: str, style: str | None = "List Bullet"):
    risk, lead, rest = parts(it, lang)
    p = container.add_paragraph(style=style)
    if lead:
        p.add_run(f"{risk} ")
        p.add_run(lead).bold = True
        p.add_run(f" {rest}")
    else:
        p.add_run(it.text)
    return p


def _page(d, landscape: bool = False) -> None:
    from docx.shared import Cm, Pt

    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = (Cm(29.7), Cm(21)) if landscape else (Cm(21), Cm(29.7))
    if landscape:
        sec.orientation = 1
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------- an East Frisian Deichacht, a layout table

GAUGES = ("Emden", "Knock", "Leerort", "Pogum")


def docx_layout_table_nds(doc: Doc) -> bytes:
    """The dyke association's report in its template: a borderless two-column table, the sidebar at the left."""
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    d = Document()
    _page(d)
    sec = d.sections[0]
    sec.header.paragraphs[0].add_run(doc.organisation.upper()).bold = True
    foot = sec.footer.paragraphs[0]
    foot.alignment = 2
    foot.add_run("Siet ")
    _field(foot, "PAGE", "1")
    foot.add_run(" van ")
    _field(foot, "NUMPAGES", "2")
    table = d.add_table(rows=1, cols=2)
    _no_borders(table)
    table.autofit = False
    side, main = table.rows[0].cells
    for cell, width in ((side, Cm(5.2)), (main, Cm(12.2))):
        cell.width = width
    _shade(side, "DCE6F0")
    first = side.paragraphs[0]
    r = first.add_run(doc.organisation)
    r.bold, r.font.size, r.font.color.rgb = True, Pt(13), RGBColor(0x1F, 0x3A, 0x5F)
    side.add_paragraph(f"Laagbericht Nr. {doc.number}").runs[0].bold = True
    side.add_paragraph(f"{when.day}. {NDS_MONTHS[when.month - 1]} {when.year}, 16:00 Klock")
    side.add_paragraph()
    side.add_paragraph("Waterstand an 'n Pegel").runs[0].bold = True
    gauges = side.add_table(rows=1, cols=2)
    gauges.style = "Table Grid"
    gauges.rows[0].cells[0].text, gauges.rows[0].cells[1].text = "Pegel", "cm över MHW"
    total = 0
    for i, g in enumerate(GAUGES):
        v = 40 + (h >> (i * 3)) % 160
        total += v
        row = gauges.add_row().cells
        row[0].text, row[1].text = g, str(v)
    row = gauges.add_row().cells
    row[0].text, row[1].text = "Middel", str(total // len(GAUGES))
    for c in row:
        c.paragraphs[0].runs[0].bold = True
    side.add_paragraph()
    side.add_paragraph("Kontakt").runs[0].bold = True
    side.add_paragraph(f"Deekrichter: 0 49 {h % 90 + 10} / {h % 9000 + 1000}")
    side.add_paragraph("deekacht@ewe.net")
    main.paragraphs[0].add_run(f"Laagbericht Stormfloot Nr. {doc.number}").bold = True
    main.paragraphs[0].runs[0].font.size = Pt(16)
    for s in doc.sections:
        main.add_paragraph(s.heading, style="Heading 2")
        for it in s.items:
            if s.key == "highlights":
                main.add_paragraph(it.text)
            else:
                _point(main, it, "nds")
    d.core_properties.author = "Deichacht Geschäftsstell"
    return _save(d, _app("Microsoft Office Word", "Laagbericht Deichacht.dotx", "16.0000"))


# ---------------------------------------------------------------- an Asturian parroquia rural, a situation board

PRESIDENTS = ("Xuan Antón Fernández", "María Xosé Álvarez", "Pelayo Menéndez", "Llucía García")


def docx_board_columns_ast(doc: Doc) -> bytes:
    """The parish's report as a board: one table whose columns are the sections, in two bands."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    when = report_day(doc)
    k = zlib.crc32(doc.organisation.encode()) % 4
    d = Document()
    _page(d, landscape=True)
    d.styles["Normal"].font.size = Pt(9)
    t = d.add_paragraph()
    r = t.add_run(f"{doc.organisation.upper()} – CUADRU DE SITUACIÓN N.º {doc.number}")
    r.bold, r.font.size = True, Pt(14)
    month = AST_MONTHS[when.month - 1]
    d.add_paragraph(f"Quemes de {when.year} · Anováu'l {when.day} {'d' + chr(39) if month[0] in 'aeiou' else 'de '}"
                    f"{month} de {when.year} a les 20:00")  # fmt: skip
    bands = (doc.sections[:6], doc.sections[6:])
    table = d.add_table(rows=0, cols=6)
    table.style = "Table Grid"
    for band in bands:
        head = table.add_row().cells
        body = table.add_row().cells
        for i, s in enumerate(band):
            _shade(head[i], "7A1F1F")
            run = head[i].paragraphs[0].add_run(s.heading)
            run.bold, run.font.color.rgb = True, RGBColor(0xFF, 0xFF, 0xFF)
            cell = body[i]
            for j, it in enumerate(s.items):
                p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                risk, lead, rest = parts(it, "ast")
                if lead:
                    p.add_run(f"{risk} ")
                    p.add_run(lead).bold = True
                    p.add_run(f" {rest}")
                else:
                    p.add_run(it.text)
                p.paragraph_format.space_after = Pt(4)
    d.add_paragraph()
    d.add_paragraph("Presidente/a de la Parroquia Rural")
    d.add_paragraph(PRESIDENTS[k])
    d.core_properties.author = PRESIDENTS[k]
    return _save(d, _app("Microsoft Office Word", "Normal.dotm", "16.0000"))


# ---------------------------------------------------------------- a Slovenian beekeepers' society, margin headings

CHAIRS = ("Janez Kladnik", "Marjeta Podbrežnik", "Anton Goričar", "Franc Lesjak")


def _word_margin_frames_sl(doc: Doc) -> bytes:
    from docx import Document
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt, RGBColor

    when = report_day(doc)
    k = zlib.crc32(doc.organisation.encode()) % 4
    d = Document()
    _page(d)
    sec = d.sections[0]
    sec.left_margin, sec.right_margin = Cm(5.5), Cm(2)
    head = sec.header.paragraphs[0]
    head.add_run(doc.organisation).bold = True
    head.add_run(f"\tPoročilo o stanju po poplavah št. {doc.number}")
    foot = sec.footer.paragraphs[0]
    foot.alignment = 1
    foot.add_run("Stran ")
    _field(foot, "PAGE", "1")
    foot.add_run(" od ")
    _field(foot, "NUMPAGES", "2")
    title = d.add_paragraph()
    r = title.add_run("POROČILO O STANJU PO POPLAVAH")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(15), RGBColor(0x8A, 0x5A, 0x00)
    d.add_paragraph(f"Št. {doc.number}, stanje na dan {when.day}. {SL_MONTHS[when.month - 1]} {when.year}")
    for s in doc.sections:
        p = d.add_paragraph()
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:framePr {W} w:w="2268" w:hSpace="284" w:wrap="around" w:vAnchor="text" w:hAnchor="page" '
            'w:x="567" w:y="1"/>'))  # fmt: skip
        run = p.add_run(s.heading)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(10), RGBColor(0x8A, 0x5A, 0x00)
        for it in s.items:
            if s.key == "highlights":
                d.add_paragraph(it.text)
            else:
                _point(d, it, "sl")
    d.add_paragraph()
    d.add_paragraph("Predsednik društva")
    d.add_paragraph(CHAIRS[k])
    d.core_properties.author = CHAIRS[k]
    return _save(d, _app("Microsoft Office Word", "Normal.dotm", "16.0000"))


def soffice_pdf(data: bytes, suffix: str) -> bytes:
    """``data`` (a Word file or a sheet) converted to PDF by LibreOffice, with a private profile."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"report{suffix}"
        src.write_bytes(data)
        profile = Path(tmp) / "profile"
        subprocess.run(
            ["/usr/bin/soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", tmp, str(src)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        return src.with_suffix(".pdf").read_bytes()


def pdf_word_margin_frames_sl(doc: Doc) -> bytes:
    """The society's report, its side headings in Word frames, saved as PDF by LibreOffice."""
    return soffice_pdf(_word_margin_frames_sl(doc), ".docx")
