"""Word writer of the ``blind66_layouts`` set (python-docx): a Kabylian village committee's forest-fire report typed in
Kabyle in Word 2021 on the committee's letter template, sent to the commune.

A village committee (agraw n taddart, the elected committee of a Kabylian village, registered as an association and
working with its commune, the APC) in a summer of forest fires: its report on the fire to the head of the commune
(Aqerru n Tɣiwant), typed in Kabyle in the Latin letters the Kabyle press and schools use ("ɛ ɣ č ḍ ṛ ṣ ṭ ẓ"), in Word
2021 on the committee's template, A4 and Calibri — the page header a borderless table (at the left the committee's
name in Kabyle in bold and its French name, at the right "Tiẓi Wezzu" and the registration with the commune) over a
green rule; the place and date at the right ("Tewrirt Mimun, ass n 16 Ɣuct 2026"), "Ɣer:" and the head of the
commune, "Asentel:" and the subject; the title in Word's "Title" style and its hour under it in italics; then each
section's name in Word's "Heading 2" style (Calibri Light, blue, as Word 2021 ships it), the summary as paragraphs,
the other points a list of Word's round bullet, "Ayen yettwaxedmen:" in bold; "Tanemmirt.", "S yisem n ugraw," the
president's post and name, the committee's address and mail in the footer with "Asebter 1 seg 2". "4 680 000 DA",
"1 250", "16 Ɣuct", "(aneqqis yezrin: 5)".
"""

from __future__ import annotations

import io
import zipfile
import zlib

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field, add_list, number_paragraph
from blind46_layouts_word import _save, _widths
from blind66_layouts_banks_africa import TIMES
from blind66_layouts_content import KAB_MONTHS, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

W = nsdecls("w")
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
       'officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
       'docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>{minutes}</TotalTime><Pages>2</Pages>'
       "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company></Company>"
       "<AppVersion>16.0000</AppVersion></Properties>")  # fmt: skip
BULLET = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
          '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
          '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>')  # fmt: skip
GREEN = "2E7D32"
VILLAGES = (
    ("Tewrirt Mimun", "Taourirt Mimoun", "At Yenni", "Aït Yenni", "Mohand Amokrane Aït Ali", "15014"),
    ("Iɣil Imula", "Ighil Imoula", "Tizi n Tlata", "Tizi N'Tleta", "Saïd Hamoum", "15040"),
    ("Tifilkut", "Tifilkout", "Illilten", "Illilten", "Arezki Mellal", "15047"),
    ("At Lqayed", "Aït El Kaïd", "Agni Gɣeṛan", "Agouni Gueghrane", "Lounès Ouali", "15025"),
)


def _with_app(data: bytes, minutes: int) -> bytes:
    """The package with Word 2021's docProps/app.xml in python-docx's place."""
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = APP.format(minutes=minutes).encode()
            z.writestr(info, body)
    return out.getvalue()


def _styles(d) -> None:
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    h = d.styles["Heading 2"]
    h.font.name, h.font.size, h.font.bold = "Calibri Light", Pt(13), False
    h.font.color.rgb = RGBColor(0x2F, 0x54, 0x96)
    h.paragraph_format.space_before, h.paragraph_format.space_after = Pt(10), Pt(3)
    t = d.styles["Title"]
    t.font.name, t.font.size, t.font.color.rgb = "Calibri Light", Pt(24), RGBColor(0, 0, 0)


def _rule(p, side: str) -> None:
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {W}><w:{side} w:val="single" w:sz="12" w:space="1" w:color="{GREEN}"/></w:pBdr>'))  # fmt: skip


def docx_word2021_aneqqis_times_dz(doc: Doc) -> bytes:
    """The committee's fire report as the Word 2021 letter sent to the commune."""
    when = report_day(doc)
    village, village_fr, commune, commune_fr, president, post = VILLAGES[TIMES.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {KAB_MONTHS[when.month - 1]} {when.year}"
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.header_distance = Cm(3), Cm(1.2)
    _styles(d)
    bullets = add_list(d, BULLET)
    head = sec.header
    t = head.add_table(rows=1, cols=2, width=Cm(16))
    _widths(t, (Cm(10), Cm(6)))
    for k, (text, bold, size) in enumerate(
        (
            (f"AGRAW N TADDART N {village.upper()}", True, 12),
            (
                f"Comité du village {village_fr} – Commune d'{commune_fr}"
                if commune_fr[0] in "AEIOU"
                else f"Comité du village {village_fr} – Commune de {commune_fr}",
                False,
                9,
            ),
        )
    ):
        p = t.cell(0, 0).paragraphs[0] if k == 0 else t.cell(0, 0).add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(text)
        r.bold, r.font.size = bold, Pt(size)
        r.font.color.rgb = RGBColor.from_string(GREEN) if bold else None
    for k, text in enumerate(("Tiẓi Wezzu", f"Agrément APC n° {h % 40 + 3:02d}/{2014 + h % 8}")):
        p = t.cell(0, 1).paragraphs[0] if k == 0 else t.cell(0, 1).add_paragraph()
        p.alignment, p.paragraph_format.space_after = WD_ALIGN_PARAGRAPH.RIGHT, Pt(0)
        p.add_run(text).font.size = Pt(9)
    _rule(head.paragraphs[0], "bottom")
    p = d.add_paragraph(f"{village}, ass n {day}")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph()
    p.add_run("Ɣer: ").bold = True
    p.add_run(f"Aqerru n Tɣiwant n {commune}")
    p = d.add_paragraph()
    p.add_run("Asentel: ").bold = True
    p.add_run(f"Aneqqis n tegnit wis {doc.number} ɣef times n tezgwa")
    d.add_paragraph(f"Aneqqis n tegnit wis {doc.number}", style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(f"Times n tezgwa – tagnit ass n {day} ɣef 18:00").italic = True
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 2").paragraph_format.keep_with_next = True
        for it in s.items:
            p = d.add_paragraph(style=None if s.key == "highlights" else "List Paragraph")
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if s.key != "highlights":
                number_paragraph(p, bullets)
                p.paragraph_format.space_after = Pt(3)
            risk, lead, rest = parts(it, "dz")
            p.add_run(risk if lead else it.text)
            if lead:
                p.add_run(" ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
    d.add_paragraph("Tanemmirt.").paragraph_format.space_before = Pt(12)
    for k, line in enumerate(("S yisem n ugraw,", "Aselway n ugraw", "", president)):
        p = d.add_paragraph()
        p.paragraph_format.left_indent, p.paragraph_format.space_after = Cm(9), Pt(0)
        p.add_run(line).bold = k == 3
    foot = sec.footer.paragraphs[0]
    _rule(foot, "top")
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(f"Agraw n taddart n {village} – {post} {commune_fr} – Tizi Ouzou – "
                 f"agraw.{village_fr.split()[-1].lower()}@gmail.com").font.size = Pt(8)  # fmt: skip
    p = sec.footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Asebter ").font.size = Pt(8)
    add_field(p, "PAGE", "1")
    p.add_run(" seg ").font.size = Pt(8)
    add_field(p, "NUMPAGES", "2")
    d.core_properties.author, d.core_properties.title = "Agraw n taddart", f"Aneqqis {doc.number}"
    d.core_properties.language = "kab-DZ"
    return _with_app(_save(d), 30 + h % 40)
