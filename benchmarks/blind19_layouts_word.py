"""Word writers of the ``blind19_layouts`` set: a Slovenian municipal civil protection staff's "Poročilo o stanju" on
floods in a Slovenian Word (python-docx: the municipality and the staff in the page header, the title and a
Številka / Datum / Stanje ob / Pripravil table, headings in the style Slovenian Word calls ``Naslov1`` with typed
numbers "1. Splošno stanje", the points entries of ``Oznaenseznam`` — List Bullet —, "Ukrepi:" in bold inside a
risk's entry, a landscape section in the middle holding a "Preglednica 1" of interventions by settlement — the page
turned for the wide table, then turned back —, "Poveljnik CZ" and a signature, "Stran 1 od 3"; "1.250", "12 %",
"3.400 EUR", the dates in figures "16. 8."), an Estonian rescue board region's "Olukorra ülevaade" on a storm that
cut the power (the headings Normal paragraphs in bold whose outline level is set on the paragraph itself,
``w:outlineLvl``, with no heading style, a "Sisukord" table of contents field built from those outline levels with
its cached entries linked to bookmarks, "ASUTUSESISESEKS KASUTAMISEKS" in the page header, a details block, each point
an entry of a "–" list, "Meetmed:" in bold inside a risk's entry, "Koostas:" and the page as "1/2"; "1 250", "12%",
"3 400 eurot", "16. jaanuar") and the Word report a Tanzanian regional secretariat attaches to its e-mail (the
republic, the office and the region centred, "TAARIFA YA HALI YA MAFURIKO", "Na. 3 – …", Heading 1 headings "1.
Muhtasari", List Bullet points, "Hatua:" in bold inside a risk's point, "Imeandaliwa na:" and the page in the footer;
"1,250", "TSh 3,400,000", "16 Aprili").
"""

from __future__ import annotations

from datetime import timedelta

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_list, number_paragraph
from blind14_layouts_word import _fields
from blind17_layouts_content import count, split_mitigation
from blind17_layouts_word import _rename_ids
from blind19_layouts_content import KUUD, LEADS, MIEZI
from council_layouts_gold import Doc, Item
from council_layouts_writers import _save

DASH = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="283"/></w:pPr></w:lvl>')  # fmt: skip
SL_IDS = {"Heading1": "Naslov1", "ListBullet": "Oznaenseznam", "Header": "Glava", "Footer": "Noga",
          "Title": "Naslov", "TableGrid": "Tabelamrea"}  # fmt: skip
SETTLEMENTS = ("Center", "Podgora", "Spodnja vas", "Zgornji Log", "Breg", "Pri mostu")


def _runs(p, item: Item, lang: str) -> None:
    risk, lead, mitigation = split_mitigation(item, LEADS[lang])
    if not lead:
        p.add_run(item.text)
        return
    p.add_run(risk + " ")
    p.add_run(lead).bold = True
    p.add_run(" " + mitigation)


def _shade(cell, fill: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="{fill}"/>'))


# ---------------------------------------------------------------- Slovenian municipal civil protection


def docx_porocilo_sl(doc: Doc) -> bytes:
    """The staff's report as its duty officer writes it in a Slovenian Word for the mayor and the regional centre."""
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    d = Document()
    _rename_ids(d, SL_IDS)  # before any paragraph names them
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    h1 = d.styles["Heading 1"]
    h1.font.size, h1.font.color.rgb = Pt(13), RGBColor(0x1F, 0x4E, 0x79)
    when = report_day(doc)
    sec = d.sections[0]
    head = sec.header.paragraphs[0]
    head.add_run(f"{doc.organisation.upper()}\nŠtab civilne zaščite").bold = True
    _fields(sec.footer.paragraphs[0], "Stran {PAGE} od {NUMPAGES}")
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(f"POROČILO O STANJU št. {doc.number}", style="Title")
    details = d.add_table(rows=4, cols=2, style="Table Grid")
    for r, (label, value) in enumerate((("Številka:", f"842-{doc.number + 11}/2025-3"),
                                        ("Datum:", f"{when.day}. {when.month}. {when.year}"),
                                        ("Stanje ob:", "7.00"), ("Pripravil:", "Dežurni član štaba CZ"))):  # fmt: skip
        details.cell(r, 0).text, details.cell(r, 1).text = label, value
        _shade(details.cell(r, 0), "DEEAF6")
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 1")
        for it in s.items:
            _runs(d.add_paragraph(style="List Bullet"), it, "sl")
        if s.key == "response":
            wide = d.add_section(WD_SECTION.NEW_PAGE)
            wide.orientation = WD_ORIENT.LANDSCAPE
            wide.page_width, wide.page_height = sec.page_height, sec.page_width
            cap = d.add_paragraph()
            cap.add_run("Preglednica 1: Intervencije po naseljih").italic = True
            total = count(doc, ("gasilcev",), 120)
            rows = [("Naselje", "Intervencije", "Gasilci", "Izčrpana voda (m³)", "Odstranjene naplavine (t)",
                     "Evakuirani", "Stanje")]  # fmt: skip
            for k, name in enumerate(SETTLEMENTS):
                rows.append(
                    (
                        name,
                        str(5 + (total + k * 7) % 40),
                        str(total // 6 + k),
                        f"{(total * (k + 3)) % 900}",
                        str((total + k) % 60),
                        str(k * 3 % 11),
                        "v teku" if k % 2 else "zaključeno",
                    )
                )
            table = d.add_table(rows=len(rows), cols=len(rows[0]), style="Table Grid")
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
                    if r == 0:
                        table.cell(r, c).paragraphs[0].runs[0].bold = True
                        _shade(table.cell(r, c), "DEEAF6")
            back = d.add_section(WD_SECTION.NEW_PAGE)
            back.orientation = WD_ORIENT.PORTRAIT
            back.page_width, back.page_height = sec.page_width, sec.page_height
    d.add_paragraph()
    for line in ("Poveljnik Civilne zaščite", doc.organisation.replace("Občina", "Občine"), "", "Marko Kranjc"):
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
    return _save(d)


# ---------------------------------------------------------------- Estonian rescue board region


def _bookmark(p, name: str, n: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    p._p.insert(1, parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{n}" w:name="{name}"/>'))
    p._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{n}"/>'))


def _toc(d, entries: list[tuple[str, str, int]]) -> None:
    """A TOC field built from outline levels (``\\u``) with its cached entries, as Word leaves it after an update."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    begin = (
        f'<w:r {w}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {w}><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>',
        f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>',
    )
    for k, (text, anchor, page) in enumerate(entries):
        p = d.add_paragraph(style="TOC 1") if "TOC 1" in [s.name for s in d.styles] else d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(5_900_000, alignment=2, leader=1)
        if k == 0:
            for xml in begin:
                p._p.append(parse_xml(xml))
        p._p.append(
            parse_xml(
                f'<w:hyperlink {w} w:anchor="{anchor}" w:history="1"><w:r><w:t xml:space="preserve">'
                f"{text}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>{page}</w:t></w:r></w:hyperlink>"
            )
        )
        if k == len(entries) - 1:
            p._p.append(parse_xml(f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>'))


def docx_ulevaade_et(doc: Doc) -> bytes:
    """The region's overview as its staff officer types it: headings given an outline level, not a style."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.name = "Roboto"
    d.styles["Normal"].font.size = Pt(11)
    when = report_day(doc)
    nxt = when + timedelta(days=1)
    sec = d.sections[0]
    head = sec.header.paragraphs[0]
    head.add_run(f"{doc.organisation}\t\tASUTUSESISESEKS KASUTAMISEKS").font.size = Pt(8)
    _fields(sec.footer.paragraphs[0], "{PAGE}/{NUMPAGES}")
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    title = d.add_paragraph()
    run = title.add_run(f"OLUKORRA ÜLEVAADE NR {doc.number}")
    run.bold, run.font.size = True, Pt(16)
    for line in (f"Seisuga {when:%d.%m.%Y} kell 09:00", "Sündmus: torm ja ulatuslikud elektrikatkestused",
                 f"Järgmine ülevaade: {nxt.day}. {KUUD[nxt.month - 1]} kell 09:00"):  # fmt: skip
        p = d.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
    contents = d.add_paragraph()
    contents.paragraph_format.space_before = Pt(12)
    contents.add_run("Sisukord").bold = True
    anchors = [(s.heading, f"_Toc{187400000 + 17 * k + doc.number}", 1 if k < 4 else 2)
               for k, s in enumerate(doc.sections)]  # fmt: skip
    _toc(d, anchors)
    dash = add_list(d, DASH, "singleLevel")
    for k, s in enumerate(doc.sections):
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(12), Pt(4)
        p._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="0"/>'))
        r = p.add_run(s.heading)
        r.bold, r.font.size = True, Pt(12)
        _bookmark(p, anchors[k][1], k + 10)
        for it in s.items:
            q = d.add_paragraph()
            q.paragraph_format.space_after = Pt(2)
            number_paragraph(q, dash, 0)
            _runs(q, it, "et")
    d.add_paragraph()
    for line in ("Koostas:", "Kadri Tamm", "staabi infoosakonna juht", doc.organisation):
        p = d.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
    return _save(d)


# ---------------------------------------------------------------- Tanzanian regional secretariat (attachment)


def docx_taarifa_sw(doc: Doc) -> bytes:
    """The regional disaster committee's report as the secretariat writes it, to go out attached to an e-mail."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    when = report_day(doc)
    region = doc.organisation.split("Mkoa wa ")[-1]
    for line in ("JAMHURI YA MUUNGANO WA TANZANIA", "OFISI YA RAIS – TAWALA ZA MIKOA NA SERIKALI ZA MITAA",
                 f"MKOA WA {region.upper()}", "", "TAARIFA YA HALI YA MAFURIKO"):  # fmt: skip
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        p.add_run(line).bold = True
    p = d.add_paragraph(f"Na. {doc.number} – {when.day} {MIEZI[when.month - 1]} {when.year}, saa 12:00 jioni")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 1")
        for it in s.items:
            _runs(d.add_paragraph(style="List Bullet"), it, "sw")
    d.add_paragraph()
    for line in ("Imeandaliwa na:", "Sekretarieti ya Kamati ya Maafa ya Mkoa", f"{region}"):
        q = d.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)
    _fields(d.sections[0].footer.paragraphs[0], "Ukurasa {PAGE} kati ya {NUMPAGES}")
    return _save(d)
