"""Word writers of the ``blind20_layouts`` set: a Lithuanian district municipality's "Informacija apie ekstremaliąją
situaciją" on an ice-jam flood as its emergency operations centre's officer leaves it after editing the report
before with Track Changes on (python-docx with raw revision marks: the municipality and the centre in the page
header, the title, the date and number line with the old number deleted and the new inserted, headings in the style
Lithuanian Word calls ``Antrat1`` with typed numbers "1. Bendra situacija", the points entries of
``Sraassuenkleliais`` — List Bullet — each typed over last report's point word by word: kept words plain, removed
words in ``w:del``, typed words in ``w:ins``, points of the report before that no longer hold deleted whole with their
paragraph mark, new points inserted whole; "Priemonės:" in bold inside a risk's entry; a reviewer's two comments in
the margin; the coordinator's name; "1 250", "12 proc.", "3 400 Eur", "kovo 16 d.") and a Slovak district office's
"Situačná správa" on floods whose key figures stand in a floating text box anchored beside the first section (a
``wps:txbx`` shape in ``mc:AlternateContent`` with its ``v:textbox`` fallback, squared wrapping at the right margin:
"KĽÚČOVÉ ÚDAJE" and label / figure lines only), the office and its crisis department in the header, the title,
its subject and "Stav k:" line, headings in ``Nadpis1`` (Heading 1), the points in ``Zoznamsodrkami`` (List
Bullet), "Opatrenia:" in bold inside a risk's entry, the head of the crisis staff's signature, "Strana 1 z 2"; "1
250", "12 %", "3 400 €", "16. septembra").
"""

from __future__ import annotations

import re
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import Revisions, track_revisions
from blind14_layouts_word import _fields
from blind17_layouts_content import count, split_mitigation
from blind17_layouts_word import _rename_ids
from blind20_layouts_content import LEADS, MENESIAI, MESIACE, previous, remember
from council_layouts_gold import Doc, Item
from council_layouts_writers import _save

LT_IDS = {"Heading1": "Antrat1", "ListBullet": "Sraassuenkleliais", "Header": "Antrats", "Footer": "Porat"}
SK_IDS = {"Heading1": "Nadpis1", "ListBullet": "Zoznamsodrkami", "Header": "Hlavika", "Footer": "Pta"}
LT_STALE = ("Vandens lygis Nemune ties Smalininkais stabilizavosi.", "Kelias Šilutė–Rusnė atidarytas eismui.",
            "Gyventojams išdalyta 200 smėlio maišų.")  # fmt: skip
LT_PLACES = {"Šilutės": "Šilutė", "Jurbarko": "Jurbarkas", "Pagėgių": "Pagėgiai", "Kauno": "Kaunas"}
_NUM = re.compile(r"\d+")


def _edit(rev: Revisions, p, old: str, new: str, lead: str) -> None:
    """``new`` typed over ``old`` with changes tracked; a risk's lead in bold where it stands in both."""
    sep = f" {lead} "
    if sep not in old or sep not in new:
        rev.edit(p, old, new)
        return
    (old_risk, old_mitigation), (risk, mitigation) = old.split(sep, 1), new.split(sep, 1)
    rev.edit(p, old_risk, risk)
    p.add_run(" ")
    p.add_run(lead).bold = True
    p.add_run(" ")
    rev.edit(p, old_mitigation, mitigation)


def _older(text: str) -> str:
    """What a point with figures said in a report before the series' first: its first figure a little lower."""
    m = _NUM.search(text)
    if not m or zlib.crc32(text.encode()) % 2:
        return text
    return text[: m.start()] + str(max(1, int(m.group()) * 4 // 5)) + text[m.end() :]


def docx_informacija_lt(doc: Doc) -> bytes:
    """The centre's report, last report's file edited with Track Changes on and sent with the marks left in."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = Document()
    _rename_ids(d, LT_IDS)
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    when = report_day(doc)
    before = previous(doc, "lt")
    rev = Revisions("Rūta Petrauskienė", f"{when:%Y-%m-%d}T07:{10 + doc.number % 40:02d}:00Z")
    track_revisions(d)
    sec = d.sections[0]
    head = sec.header.paragraphs[0]
    head.add_run(f"{doc.organisation.upper()}\nEkstremaliųjų situacijų operacijų centras").bold = True
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _fields(sec.footer.paragraphs[0], "{PAGE}")
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("INFORMACIJA APIE EKSTREMALIĄJĄ SITUACIJĄ").bold = True
    line = d.add_paragraph()
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    line.add_run(f"{when:%Y-%m-%d} Nr. ESOC-")
    rev.delete(line, str(doc.number - 1 or 7))
    rev.insert(line, str(doc.number))
    d.add_paragraph(LT_PLACES[doc.organisation.split()[0]]).alignment = WD_ALIGN_PARAGRAPH.CENTER
    old_items = {i.thread: i for s in before.sections for i in s.items} if before else {}
    threads = {i.thread for s in doc.sections for i in s.items}
    marked = 0
    for k, s in enumerate(doc.sections):
        d.add_paragraph(s.heading, style="Heading 1")
        for it in s.items:
            p = d.add_paragraph(style="List Bullet")
            if before and it.thread not in old_items:
                rev.paragraph_mark(p, inserted=True)
                rev.insert(p, it.text)
                continue
            old = old_items[it.thread].text if before else _older(it.text)
            _edit(rev, p, old, it.text, LEADS["lt"])
            if marked < 2 and p.runs and it.status != "new" and zlib.crc32(it.text.encode()) % 3 == 0:
                words = ("Patikslinti su seniūnijomis iki 10 val.", "Ar šis skaičius sutampa su PAGD duomenimis?")
                d.add_comment(p.runs[0], words[marked], author="Tomas Kazlauskas", initials="TK")
                marked += 1
        gone = [i for i in (before.sections[k].items if before and k < len(before.sections) else [])
                if i.thread not in threads]  # fmt: skip
        if not before and k == 0:
            gone = [Item("x", LT_STALE[doc.number % 3], "", "", "", None)]
        for i in gone:
            p = d.add_paragraph(style="List Bullet")
            rev.paragraph_mark(p, inserted=False)
            rev.delete(p, i.text)
    d.add_paragraph()
    sign = d.add_paragraph("Operacijų centro koordinatorius\t\t\tJonas Stankevičius")
    sign.paragraph_format.tab_stops.add_tab_stop(3_600_000)
    d.add_paragraph(f"Parengta {MENESIAI[when.month - 1]} {when.day} d. 8 val.").runs[0].italic = True
    remember(doc, "lt")
    return _save(d)


# ---------------------------------------------------------------- Slovak district office: floating text box

WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      f'xmlns:wps="{WPS}" xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:o="urn:schemas-microsoft-com:office:office"')  # fmt: skip


def _box_paras(lines: list[tuple[str, bool]]) -> str:
    out = []
    for text, bold in lines:
        rpr = '<w:rPr><w:b/><w:sz w:val="18"/></w:rPr>' if bold else '<w:rPr><w:sz w:val="18"/></w:rPr>'
        out.append(f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r>{rpr}<w:t xml:space="preserve">'
                   f"{escape(text)}</w:t></w:r></w:p>")  # fmt: skip
    return "".join(out)


def _text_box(p, lines: list[tuple[str, bool]], shape_id: int) -> None:
    """A floating text box holding ``lines`` anchored in paragraph ``p``, square wrapping at the right margin."""
    from docx.oxml import parse_xml

    body = _box_paras(lines)
    cx, cy = 1_900_000, 2_300_000
    xml = (
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="2516'
        f'{shape_id:05d}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{shape_id}" name="Textové pole {shape_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="E7EEF7"/>'
        '</a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Textové pole {shape_id}" o:spid="_x0000_s{1026 + shape_id}" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;'
        "width:149.6pt;height:181.1pt;z-index:251659264;mso-position-horizontal:right;"
        'mso-position-horizontal-relative:margin" fillcolor="#e7eef7" strokecolor="#1f4e79">'
        f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape>'
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    p._p.insert(1 if p._p.pPr is not None else 0, parse_xml(xml))


def docx_situacna_sprava_sk(doc: Doc) -> bytes:
    """The district office's flood report with its key figures in a text box beside the summary."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    d = Document()
    _rename_ids(d, SK_IDS)
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    h1 = d.styles["Heading 1"]
    h1.font.size, h1.font.color.rgb = Pt(13), RGBColor(0x1F, 0x4E, 0x79)
    when = report_day(doc)
    okres = doc.organisation.removeprefix("Okresný úrad ")
    sec = d.sections[0]
    head = sec.header.paragraphs[0]
    head.add_run(f"{doc.organisation.upper()}\n").bold = True
    head.add_run("odbor krízového riadenia").font.size = Pt(9)
    _fields(sec.footer.paragraphs[0], "Strana {PAGE} z {NUMPAGES}")
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(f"SITUAČNÁ SPRÁVA č. {doc.number}")
    r.bold, r.font.size = True, Pt(16)
    sub = d.add_paragraph(f"o povodňovej situácii v územnom obvode okresu {okres}")
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(f"Stav k: {when.day}. {when.month}. {when.year}, 7.00 hod.").alignment = WD_ALIGN_PARAGRAPH.CENTER
    figures = [("KĽÚČOVÉ ÚDAJE", True), (f"Stav k {when.day}. {MESIACE[when.month - 1]}", False)]
    for label, words, default in (("Evakuované osoby", ("evakuovaných",), 40),
                                  ("Zaplavené domy", ("zaplavených",), 25),
                                  ("Obce v mimoriadnej situácii", ("obcí",), 4),
                                  ("Nasadení hasiči", ("hasičských",), 60)):  # fmt: skip
        figures += [(label, True), (f"{count(doc, words, default):,}".replace(",", " "), False)]
    for k, s in enumerate(doc.sections):
        d.add_paragraph(s.heading, style="Heading 1")
        for n, it in enumerate(s.items):
            p = d.add_paragraph(style="List Bullet")
            risk, lead, mitigation = split_mitigation(it, LEADS["sk"])
            if lead:
                p.add_run(risk + " ")
                p.add_run(lead).bold = True
                p.add_run(" " + mitigation)
            else:
                p.add_run(it.text)
            if k == 0 and n == 0:
                _text_box(p, figures, 1 + doc.number)
    d.add_paragraph()
    for line in ("Ing. Peter Horváth", f"prednosta Okresného úradu {okres}", "predseda krízového štábu"):
        q = d.add_paragraph(line)
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.paragraph_format.space_after = Pt(0)
    return _save(d)
