"""Word writer of the ``blind39_layouts`` set.

A Sri Lankan district disaster management coordination unit's flood and landslide report to the Disaster Management
Centre, in Sinhala, typed in Word as the District Secretariat's offices type their letters: the Unicode font "Iskoola
Pota" (Windows' Sinhala font) on every run as the complex-script font, no heading styles; the letterhead centred — the
Centre's name, the unit and district, the address and telephones — over a rule; at the left "මගේ අංකය" (my number)
and at the right "දිනය" (date) on one line by a tab; the addressee's lines (the Director General, the Centre, the
street, "කොළඹ 07."); the subject in bold and underlined; then a numbers table of the divisional secretariats
(affected families and people, houses damaged, safe centres) under its caption; each section's name typed with its
number, bold and underlined ("01. සාරාංශය"), the summary as justified paragraphs, the other points in Word's bulleted
list ("List Bullet", the bullet drawn by the numbering, not typed), "ගත් පියවර:" in bold inside a risk's point; the
closing sentence, the dotted signature line, the assistant director's name and post, the unit, and "පිටපත්:" with its
numbered copies typed by hand. "රු. 3,400", "රු. මිලියන 1.25", "1,250", "ජූනි 16", "(පෙර වාර්තාව: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind17_layouts_content import count
from blind32_layouts_word import _app, _save
from blind39_layouts_banks_far import GANWATHURA
from blind39_layouts_content import parts
from council_layouts_gold import Doc

FONT = "Iskoola Pota"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DISTRICTS = ("රත්නපුර", "කළුතර", "ගාල්ල", "කෑගල්ල")
DS = (("රත්නපුර", "ඇහැලියගොඩ", "කුරුවිට", "එළපාත"), ("කළුතර", "හොරණ", "බුලත්සිංහල", "මතුගම"),
      ("නාගොඩ", "නෙලුව", "තවලම", "බද්දේගම"), ("කෑගල්ල", "රුවන්වැල්ල", "යටියන්තොට", "දැරණියගල"))  # fmt: skip
OFFICERS = ("ආර්. එම්. සමන් කුමාර", "එච්. කේ. නිශාන්ත පෙරේරා", "ඩබ්. ජී. චමිලා ප්‍රියදර්ශනී", "කේ. ඒ. රුවන් බණ්ඩාර")


def _run(p, text: str, size: float = 11, bold: bool = False, underline: bool = False):
    from docx.oxml import parse_xml
    from docx.shared import Pt

    r = p.add_run(text)
    rpr = r._r.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:rFonts {W} w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'))
    r.font.size = Pt(size)
    rpr.append(parse_xml(f'<w:szCs {W} w:val="{int(size * 2)}"/>'))
    r.bold, r.underline = bold or None, underline or None
    if bold:
        rpr.append(parse_xml(f"<w:bCs {W}/>"))
    return r


def _para(d, text: str = "", size: float = 11, align: int = 0, bold: bool = False, underline: bool = False,
          after: float = 3, first: float = 0, style: str | None = None):  # fmt: skip
    from docx.shared import Cm, Pt

    p = d.add_paragraph(style=style)
    p.alignment = align
    p.paragraph_format.space_after, p.paragraph_format.space_before = Pt(after), Pt(0)
    if first:
        p.paragraph_format.first_line_indent = Cm(first)
    if text:
        _run(p, text, size, bold, underline)
    return p


def _table(d, rows: list[list[str]]) -> None:
    from docx.shared import Pt

    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = t.cell(i, j)
            p = cell.paragraphs[0]
            p.alignment = 0 if j == 0 else 1
            p.paragraph_format.space_after = Pt(0)
            _run(p, text, 9.5, bold=i == 0 or i == len(rows) - 1)


def docx_ddmcu_si(doc: Doc) -> bytes:
    """The district unit's flood and landslide report as the District Secretariat types it in Word."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.shared import Cm

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = GANWATHURA.organisations.index(doc.organisation)
    dist = DISTRICTS[k]
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2), Cm(1.8), Cm(1.8)
    _para(d, "ආපදා කළමනාකරණ මධ්‍යස්ථානය", 14, align=1, bold=True, after=0)
    _para(d, f"දිස්ත්‍රික් ආපදා කළමනාකරණ සම්බන්ධීකරණ ඒකකය - {dist}", 12, align=1, bold=True, after=0)
    _para(d, f"දිස්ත්‍රික් ලේකම් කාර්යාලය, {dist}.", 10, align=1, after=0)
    code = ("045", "034", "091", "035")[k]
    rule = _para(d, f"දුරකථන: {code}-22{h % 90000 + 10000}  ෆැක්ස්: {code}-22{(h >> 8) % 90000 + 10000}", 10, align=1,
                 after=8)  # fmt: skip
    rule._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {W}><w:bottom w:val="single" w:sz="8" w:space="4" w:color="000000"/></w:pBdr>'))  # fmt: skip
    ref = _para(d, f"මගේ අංකය: DMC/{dist}/ගං/{2026}/{100 + doc.number}\tදිනය: {when:%Y.%m.%d}", after=8)
    ref.paragraph_format.tab_stops.add_tab_stop(Cm(12.5))
    for line in ("අධ්‍යක්ෂ ජනරාල්,", "ආපදා කළමනාකරණ මධ්‍යස්ථානය,", "විද්‍යා මාවත,", "කොළඹ 07."):
        _para(d, line, after=0)
    _para(d, after=6)
    _para(d, f"{dist} දිස්ත්‍රික්කයේ ගංවතුර හා නායයෑම් තත්ත්වය - වාර්තා අංක {doc.number:02d}", bold=True,
          underline=True, align=1, after=8)  # fmt: skip
    fam = count(doc, ("පවුල්",), 200 + h % 900)
    people = count(doc, ("පුද්ගලයින්",), fam * 4)
    shares = (0.4, 0.3, 0.2, 0.1)
    rows = [["ප්‍රා.ලේ. කොට්ඨාසය", "පවුල්", "පුද්ගලයින්", "නිවාස හානි", "ආරක්ෂිත මධ්‍යස්ථාන"]]
    for j, name in enumerate(DS[k]):
        rows.append([name, f"{int(fam * shares[j]):,}", f"{int(people * shares[j]):,}", str(3 + (h >> j) % 40),
                     str(1 + (h >> j) % 6)])  # fmt: skip
    rows.append(["එකතුව", *(f"{sum(int(r[i].replace(',', '')) for r in rows[1:]):,}" for i in range(1, 5))])
    _para(d, "ප්‍රාදේශීය ලේකම් කොට්ඨාස අනුව බලපෑම (පැය 16.00 ට)", 10, bold=True, after=2)
    _table(d, rows)
    _para(d, after=6)
    for s in doc.sections:
        _para(d, s.heading, bold=True, underline=True, after=2)
        for it in s.items:
            if s.key == "highlights":
                _para(d, it.text, align=3, first=1.0)
                continue
            risk, lead, rest = parts(it, "si")
            p = _para(d, style="List Bullet", after=2, align=3)
            if lead:
                _run(p, f"{risk} ")
                _run(p, lead, bold=True)
                _run(p, f" {rest}")
            else:
                _run(p, it.text)
        _para(d, after=2)
    _para(d, "ඉහත කරුණු කාරුණිකව ඔබගේ දැනගැනීම සඳහා ඉදිරිපත් කරමි.", first=1.0, after=24)
    for line in ("........................................", OFFICERS[k], "සහකාර අධ්‍යක්ෂ",
                 f"දිස්ත්‍රික් ආපදා කළමනාකරණ සම්බන්ධීකරණ ඒකකය, {dist}."):  # fmt: skip
        _para(d, line, after=0)
    _para(d, after=8)
    _para(d, "පිටපත්:", bold=True, after=0)
    for j, cc in enumerate((f"දිස්ත්‍රික් ලේකම්, {dist}.", "ලේකම්, ආරක්ෂක අමාත්‍යාංශය.",
                            "අධ්‍යක්ෂ, ජාතික ආපදා සහන සේවා මධ්‍යස්ථානය."), start=1):  # fmt: skip
        _para(d, f"{j}. {cc}", 10, after=0)
    d.core_properties.author = f"DDMCU {dist}"
    return _save(d, _app("Microsoft Office Word", "Normal.dotm", "16.0000"))
