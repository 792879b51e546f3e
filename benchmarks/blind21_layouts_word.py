"""Word writers of the ``blind21_layouts`` set: a Serbian city or municipal emergency staff's flood report
("Informacija o stanju odbrane od poplava") whose sections are the first level of one multilevel numbered list —
the section "1.", its points "1.1.", "1.2." on the list's second level, every entry a ``Pasussalistom`` (List
Paragraph) paragraph with its number from numbering.xml, no heading style anywhere; the first level's entries in
bold where the staff's secretary makes them so (Šabac, Kraljevo) and plain elsewhere; the republic, city, staff,
file number, date and place block at the top left, the title, a sentence citing the law, "Mere:" in bold inside a
risk's entry, the staff commander's signature block and the "Dostaviti:" distribution lines; "1.250", "12%",
"3.400.000 dinara", "16. maja") — and a Luxembourg commune's flood "Situatiounsbericht" laid out in one two-column
table (python-docx with raw shading: a title row merged across both columns on a dark blue fill, a "Stand" row, then
one row per section — its name in the narrow left column on a grey fill, its points as List Bullet paragraphs in the
right one —, "Moossnamen:" in bold inside a risk's point; the commune's administration in the page header, the crisis
cell's signature under the table and "Säit 1 vun 1" in the footer; "1.250", "12 %", "3.400 €", "16. Mäerz").
"""

from __future__ import annotations

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_list, number_paragraph
from blind14_layouts_word import _fields
from blind17_layouts_content import split_mitigation
from blind17_layouts_word import _rename_ids
from blind21_layouts_content import LEADS, MOUNTEN
from council_layouts_gold import Doc, Item
from council_layouts_writers import _save

SR_IDS = {"ListParagraph": "Pasussalistom", "Header": "Zaglavlje", "Footer": "Podnojestranice"}
OUTLINE = (
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="792" w:hanging="432"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1224" w:hanging="504"/></w:pPr></w:lvl>'
)
BOLD_LEVEL0 = ("Gradski štab za vanredne situacije Šabac", "Gradski štab za vanredne situacije Kraljevo")
GRAD = {"Šabac": "GRAD ŠABAC", "Obrenovac": "GRADSKA OPŠTINA OBRENOVAC", "Kraljevo": "GRAD KRALJEVO",
        "Paraćin": "OPŠTINA PARAĆIN"}  # fmt: skip


def _runs(p, item: Item, lang: str) -> None:
    risk, lead, mitigation = split_mitigation(item, LEADS[lang])
    if not lead:
        p.add_run(item.text)
        return
    p.add_run(risk + " ")
    p.add_run(lead).bold = True
    p.add_run(" " + mitigation)


def docx_informacija_sr(doc: Doc) -> bytes:
    """The staff's report typed as one outline-numbered list, as its secretary writes every report."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = Document()
    _rename_ids(d, SR_IDS)
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    when = report_day(doc)
    place = doc.organisation.rsplit(" ", 1)[1]
    for line in ("REPUBLIKA SRBIJA", GRAD[place], doc.organisation.rsplit(" ", 1)[0],
                 f"Broj: 217-{40 + doc.number}/2025-III", f"Datum: {when:%d.%m.%Y}. godine",
                 " ".join(place.upper())):  # fmt: skip
        p = d.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(f"INFORMACIJA O STANJU ODBRANE OD POPLAVA br. {doc.number}")
    r.bold, r.font.size = True, Pt(14)
    intro = d.add_paragraph(
        "Na osnovu člana 43. Zakona o smanjenju rizika od katastrofa i upravljanju vanrednim situacijama, "
        f"štab dostavlja informaciju o stanju na dan {when:%d.%m.%Y}. godine u 7 časova:"
    )
    intro.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    num = add_list(d, OUTLINE, "multilevel")
    bold = doc.organisation in BOLD_LEVEL0
    for s in doc.sections:
        p = d.add_paragraph(style="List Paragraph")
        number_paragraph(p, num, 0)
        p.paragraph_format.space_before = Pt(6)
        p.add_run(s.heading).bold = bold
        for it in s.items:
            q = d.add_paragraph(style="List Paragraph")
            number_paragraph(q, num, 1)
            q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            _runs(q, it, "sr")
    d.add_paragraph()
    for line, b in (("KOMANDANT ŠTABA", True), ("Milan Jovanović", False)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(line).bold = b
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph("Dostaviti:").paragraph_format.space_after = Pt(0)
    for line in ("- Republičkom štabu za vanredne situacije,", "- Okružnom štabu za vanredne situacije,",
                 "- a/a."):  # fmt: skip
        d.add_paragraph(line).paragraph_format.space_after = Pt(0)
    _fields(d.sections[0].footer.paragraphs[0], "{PAGE}")
    d.sections[0].footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return _save(d)


# ---------------------------------------------------------------- Luxembourg commune: sections as a table


def _shade(cell, fill: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                                                f'w:fill="{fill}"/>'))  # fmt: skip


def docx_situatiounsbericht_lb(doc: Doc) -> bytes:
    """The commune's crisis cell's report, its sections the rows of a two-column table."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    when = report_day(doc)
    day = f"{when.day}. {MOUNTEN[when.month - 1]} {when.year}"
    commune = doc.organisation.removeprefix("Gemeng ")
    sec = d.sections[0]
    head = sec.header.paragraphs[0]
    head.add_run(f"Administration communale · {doc.organisation}").bold = True
    head.add_run(f"\nKrisenzell · Service technique · Tel. 80 87 {doc.number:02d}-1").font.size = Pt(8)
    _fields(sec.footer.paragraphs[0], "Säit {PAGE} vun {NUMPAGES}")
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    table = d.add_table(rows=2 + len(doc.sections), cols=2)
    table.style = d.styles["Table Grid"]
    widths = (Cm(3.6), Cm(13.4))
    table.autofit = False
    for col, w in zip(table.columns, widths, strict=True):
        col.width = w
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = w
    top = table.rows[0].cells[0].merge(table.rows[0].cells[1])
    _shade(top, "1F4E79")
    r = top.paragraphs[0].add_run(f"Situatiounsbericht Nr. {doc.number} – Héichwaasser – {commune}")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(13), RGBColor(0xFF, 0xFF, 0xFF)
    stand = table.rows[1].cells
    stand[0].paragraphs[0].add_run("Stand").bold = True
    stand[1].paragraphs[0].add_run(f"{day}, 7.00 Auer · Krisenzell vun der Gemeng {commune}")
    for row, s in zip(table.rows[2:], doc.sections, strict=True):
        left, right = row.cells
        _shade(left, "E7E6E6")
        left.paragraphs[0].add_run(s.heading).bold = True
        for n, it in enumerate(s.items):
            p = right.paragraphs[0] if n == 0 else right.add_paragraph()
            p.style = d.styles["List Bullet"]
            _runs(p, it, "lb")
    d.add_paragraph()
    d.add_paragraph(f"Fir d'Krisenzell: Jos Weber, Buergermeeschter vun der Gemeng {commune}")
    return _save(d)
