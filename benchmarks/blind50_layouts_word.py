"""Word writer of the ``blind50_layouts`` set (python-docx): a Dutch municipality's council information letter
("raadsinformatiebrief") on the clean-up after a fire that spread asbestos, written in Dutch Word.

The municipal executive's letter to the council on the asbestos fire, written on the municipality's template for a
"raadsinformatiebrief" in a Word set to Dutch — so its built-in styles carry Dutch Word's identifiers ("Kop2" for
heading 2, "Lijstopsommingteken" for the bulleted list) under their English names: the municipality's logo in the
header, "Raadsinformatiebrief" in large type, a table of particulars ("Onderwerp", "Datum", "Portefeuillehouder",
"Zaaknummer", "Steller", "Bijlage(n)"), "Geachte leden van de raad," and a paragraph on which letter this is, then
each section's name in the heading 2 style, the core message as paragraphs, the other points in the bulleted list
style, "Beheersmaatregel:" in bold inside a risk's point, the closing "Met vriendelijke groet," and "Burgemeester en
wethouders van …," over a borderless table signed by the secretary and the mayor, and the town hall's address,
telephone and web address and "Pagina 1 van 2" in the footer. "€ 3.400", "€ 1,25 miljoen", "1.250", "16 maart",
"(vorige brief: 5)".
"""

from __future__ import annotations

import io
import zlib

from blind7_layouts_content import MAANDEN, report_day
from blind8_layouts_ooxml import add_field
from blind46_layouts_word import _save, _widths
from blind47_layouts_word import logo
from blind50_layouts_banks_away import ASBEST
from blind50_layouts_content import parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

MUNICIPALITIES = (("Oldambt", "Postbus 175, 9670 AD Winschoten", "14 0597", "gemeente-oldambt.nl", "J.H. Dijkhuis",
                   "mr. A.M. Wieringa", "R. de Boer", (0x00, 0x5B, 0x96)),
                  ("Hof van Twente", "Postbus 54, 7470 AB Goor", "14 0547", "hofvantwente.nl", "M.A. Slotman",
                   "drs. P.J. Oude Luttikhuis", "E. Nijhuis", (0xC4, 0x12, 0x30)),
                  ("Peel en Maas", "Postbus 7088, 5980 AB Panningen", "077 306 66 66", "peelenmaas.nl",
                   "L.H.M. Janssen", "ing. W.J. Vossen", "S. Verstappen", (0x6A, 0x9A, 0x1F)),
                  ("Goeree-Overflakkee", "Postbus 1, 3240 AA Middelharnis", "14 0187", "goeree-overflakkee.nl",
                   "C. van der Wende", "A.J. Tanis", "K. Breen", (0x00, 0x7F, 0x8C)))  # fmt: skip


def _point(p, it) -> None:
    risk, lead, rest = parts(it, "nl")
    if lead:
        p.add_run(f"{risk} ")
        p.add_run(lead).bold = True
        p.add_run(f" {rest}")
    else:
        p.add_run(it.text)


def _dutch(d) -> None:
    """The built-in styles under the identifiers Dutch Word gives them."""
    for name, ident in (("Heading 1", "Kop1"), ("Heading 2", "Kop2"), ("List Bullet", "Lijstopsommingteken"),
                        ("Table Grid", "Tabelraster"), ("Header", "Koptekst"), ("Footer", "Voettekst")):  # fmt: skip
        d.styles[name].style_id = ident
    h2 = d.styles["Heading 2"]
    h2.font.name, h2.font.size, h2.font.bold = "Arial", Pt(11), True
    h2.font.color.rgb = RGBColor(0, 0, 0)
    h2.paragraph_format.space_before, h2.paragraph_format.space_after = Pt(12), Pt(4)


def _no_borders(table) -> None:
    pr = table._tbl.tblPr
    pr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))  # fmt: skip


def docx_raadsinformatiebrief_nl(doc: Doc) -> bytes:
    """The executive's council information letter on the asbestos fire, on the municipality's Word template."""
    when = report_day(doc)
    k = ASBEST.organisations.index(doc.organisation)
    name, postbox, phone, web, secretary, mayor, writer, rgb = MUNICIPALITIES[k]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    _dutch(d)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.0)
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    head = sec.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    head.add_run().add_picture(io.BytesIO(logo(rgb, "".join(w[0] for w in name.split("-")[0].split()[:2]))),
                               width=Cm(2.6))  # fmt: skip
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = foot.add_run(f"Gemeente {name} · {postbox} · telefoon {phone} · www.{web}")
    r.font.size = Pt(8)
    p = sec.footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Pagina ").font.size = Pt(8)
    add_field(p, "PAGE", "1")
    p.add_run(" van ").font.size = Pt(8)
    add_field(p, "NUMPAGES", "2")
    p = d.add_paragraph()
    r = p.add_run("Raadsinformatiebrief")
    r.font.size, r.font.color.rgb = Pt(20), RGBColor(*rgb)
    p.paragraph_format.space_after = Pt(12)
    rows = (("Onderwerp", f"Asbestbrand Industrieweg – stand van zaken ({doc.number})"),
            ("Datum", f"{when.day} {MAANDEN[when.month - 1]} {when.year}"),
            ("Portefeuillehouder", f"burgemeester {mayor}"), ("Zaaknummer", f"Z.{when.year}.{h % 90000 + 10000}"),
            ("Steller", f"{writer}, team Openbare Orde en Veiligheid"), ("Bijlage(n)", "geen"))  # fmt: skip
    t = d.add_table(rows=len(rows), cols=2)
    t.style = d.styles["Table Grid"]
    for n, (label, value) in enumerate(rows):
        t.cell(n, 0).paragraphs[0].add_run(label).bold = True
        t.cell(n, 1).paragraphs[0].add_run(value)
    _widths(t, (Cm(4.0), Cm(12.5)))
    d.add_paragraph()
    d.add_paragraph("Geachte leden van de raad,")
    d.add_paragraph(f"Met deze brief informeren wij u voor de {doc.number}e keer over de gevolgen van de brand met "
                    "asbest aan de Industrieweg en over de aanpak daarvan.")  # fmt: skip
    for s in doc.sections:
        d.add_paragraph(s.heading, style=d.styles["Heading 2"])
        for it in s.items:
            p = d.add_paragraph(style=None if s.key == "highlights" else d.styles["List Bullet"])
            p.paragraph_format.space_after = Pt(4)
            _point(p, it)
    d.add_paragraph()
    d.add_paragraph("Met vriendelijke groet,")
    d.add_paragraph(f"Burgemeester en wethouders van {name},")
    t = d.add_table(rows=3, cols=2)
    _no_borders(t)
    for col, (post, person) in enumerate((("de secretaris,", secretary), ("de burgemeester,", mayor))):
        t.cell(0, col).paragraphs[0].add_run(post)
        t.cell(2, col).paragraphs[0].add_run(person)
    d.core_properties.author = writer
    d.core_properties.title = f"Raadsinformatiebrief asbestbrand {doc.number}"
    d.core_properties.language = "nl-NL"
    return _save(d)
