"""Word writers of the ``blind33_layouts`` set.

A Belarusian town's district heating utility's operational report ("аператыўная зводка") on a trunk main burst in a
cold snap, in Belarusian, written by the chief engineer's office in Word with a Belarusian interface and so saved as
such Word saves it: the built-in styles keep their English names but take the localised style ids Word gives them
("1" for heading 1, "a" for Normal, "a3" for Title, "a5" for List Bullet, "a6" for Table Grid — not "Heading1" or
"ListBullet"), the language be-BY; the header with the utility's name, the title "АПЕРАТЫЎНАЯ ЗВОДКА № 3" in "Title",
what it is about and "па стане на 08:00 …" centred, a bold caption "Асноўныя паказчыкі" over a two-column table of
the day's indicators (temperature, houses and people without heating, mobile boiler houses — figures that are not
items), each section in "heading 1", the points in "List Bullet", "Меры:" bold inside a risk's point, the chief
engineer's signature line with a tab and the officer who prepared it ("Выканаўца:"), the footer "Старонка 1 з 2" in
fields. "3 400 руб.", "1,25 млн руб.", "1 250", "12 %", "16 студзеня", "(папярэдняя зводка: 5)".

A county 911 emergency communications center's situation report on a phone system outage, typed by the 911 director
in WordPerfect and saved as a Word document (File › Save As, "MS Word 2007/2010/2013", ``docProps/app.xml`` naming
WordPerfect), as county offices that kept WordPerfect do: everything in the Normal style in Times New Roman with
direct formatting, a memorandum head ("MEMORANDUM" centred and bold, TO:, FROM:, DATE:, RE: with tabs, a double rule
under them as a paragraph border), the sections typed with Roman numerals and a tab ("I.<tab>SUMMARY", bold, capitals),
the points typed with letters and a tab ("A.<tab>…") on a hanging indent, "Mitigation strategy:" underlined inside a
risk's point, the closing sentence, "/s/" and the director's name and title, "cc:" and the header (the center at the
left, the report's number at the right) and "Page 1" in the footer. "$3,400", "$1.25 million", "January 16",
"(prior report: 5)".
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from blind7_layouts_content import report_day
from blind17_layouts_content import count
from blind32_layouts_word import _app, _field
from blind33_layouts_content import BE_MONTHS, parts
from council_layouts_gold import Doc

LOCAL_IDS = {
    "Normal": "a",
    "DefaultParagraphFont": "a0",
    "TableNormal": "a1",
    "NoList": "a2",
    "Title": "a3",
    "TitleChar": "a4",
    "ListBullet": "a5",
    "TableGrid": "a6",
    "Header": "a7",
    "HeaderChar": "a8",
    "Footer": "a9",
    "FooterChar": "aa",
    "ListParagraph": "ab",
    "Subtitle": "ac",
    "SubtitleChar": "ad",
    **{f"Heading{k}": str(k) for k in range(1, 10)},
    **{f"Heading{k}Char": f"{k}0" for k in range(1, 10)},
}
_STYLE_REF = re.compile(r'(w:styleId="|<w:(?:pStyle|rStyle|tblStyle|basedOn|next|link) w:val=")([^"]+)"')


def _package(document, app: str, fix=None) -> bytes:
    """The package with ``app`` as its docProps/app.xml and every word/*.xml part passed through ``fix``."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                data = app.encode()
            elif fix and info.filename.startswith("word/") and info.filename.endswith(".xml"):
                data = fix(data.decode("utf-8")).encode("utf-8")
            dst.writestr(info, data)
    return out.getvalue()


def _belarusian_word(xml: str) -> str:
    xml = _STYLE_REF.sub(lambda m: f'{m.group(1)}{LOCAL_IDS.get(m.group(2), m.group(2))}"', xml)
    return xml.replace('w:lang w:val="en-US"', 'w:lang w:val="be-BY"')


# ---------------------------------------------------------------- Word with a Belarusian interface

ENGINEERS = {
    "Азярышча": ("А. М. Кавалёў", "Н. С. Лагун"),
    "Лясная Гара": ("В. І. Жукоўскі", "Т. П. Міхневіч"),
    "Нёманск": ("С. Р. Дубовік", "А. В. Цішкевіч"),
    "Крынічнае": ("Ю. Л. Статкевіч", "І. А. Грыцук"),
}


def docx_localised_word_heating_be(doc: Doc) -> bytes:
    """The utility's operational report as Word with a Belarusian interface saves it."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    town = doc.organisation.split(" – г. ")[1]
    chief, officer = ENGINEERS[town]
    d = Document()
    d.styles["Normal"].font.name, d.styles["Normal"].font.size = "Times New Roman", Pt(13)
    d.core_properties.author = officer
    head = d.sections[0].header.paragraphs[0]
    head.text, head.alignment = f"КУП «Цеплавыя сеткі» г. {town}", WD_ALIGN_PARAGRAPH.CENTER

    def centred(text: str, bold: bool = False, style: str | None = None):
        p = d.add_paragraph(style=style)
        p.add_run(text).bold = bold
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    centred(f"АПЕРАТЫЎНАЯ ЗВОДКА № {doc.number}", style="Title")
    centred("аб ходзе ліквідацыі аварыі на магістральнай цеплатрасе")
    centred(f"па стане на 08:00 {when.day} {BE_MONTHS[when.month - 1]} {when.year} г.")
    d.add_paragraph().add_run("Асноўныя паказчыкі").bold = True
    houses = count(doc, ("дамоў без ацяплення",), 10 + h % 60)
    rows = (
        ("Паказчык", "Значэнне"),
        ("Тэмпература паветра ў 08:00", f"мінус {12 + h % 14} °C"),
        ("Жылых дамоў без ацяплення", str(houses)),
        ("Жыхароў у зоне аварыі", f"{houses * 61 + h % 90:,}".replace(",", " ")),
        ("Перасоўных кацельняў", str(1 + h % 6)),
        ("Аварыйных брыгад", str(4 + h % 9)),
    )
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for k, (a, b) in enumerate(rows):
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(a).bold = k == 0
        cells[1].paragraphs[0].add_run(b).bold = k == 0
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 1")
        for it in s.items:
            risk, lead, rest = parts(it, "be")
            p = d.add_paragraph(style="List Bullet")
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if lead:
                p.add_run(f"{risk} ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
            else:
                p.add_run(it.text)
    d.add_paragraph()
    d.add_paragraph(f"Галоўны інжынер\t\t\t\t\t\t{chief}")
    d.add_paragraph()
    small = d.add_paragraph().add_run(f"Выканаўца: {officer}, тэл. 8 (0{1500 + h % 400}) {h % 90 + 10}-{h % 89 + 10}")
    small.font.size = Pt(9)
    foot = d.sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot.add_run("Старонка ")
    _field(foot, "PAGE", "1")
    foot.add_run(" з ")
    _field(foot, "NUMPAGES", "2")
    return _package(d, _app("Microsoft Office Word", "Normal.dotm", "16.0000"), _belarusian_word)


# ---------------------------------------------------------------- WordPerfect saved as .docx

DIRECTORS = {"Harlan": "Denise R. Whitfield", "Dawes": "Marcus T. Elling", "Marion Valley": "Carla Jo Benavides",
             "Oconee Lakes": "Raymond Pruitt"}  # fmt: skip
LETTERS = "ABCDEFGHIJ"


def docx_wordperfect_911_us(doc: Doc) -> bytes:
    """The 911 center's situation report as WordPerfect saves it as a Word document."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.shared import Inches, Pt

    when = report_day(doc)
    county = next(k for k in DIRECTORS if doc.organisation.startswith(k))
    director = DIRECTORS[county]
    d = Document()
    d.styles["Normal"].font.name, d.styles["Normal"].font.size = "Times New Roman", Pt(12)
    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    d.core_properties.author = director

    def para(text: str = "", bold: bool = False, after: int = 12, center: bool = False):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.font.name = bold, "Times New Roman"
        p.paragraph_format.space_after = Pt(after)
        if center:
            p.alignment = 1
        return p

    head = d.sections[0].header.paragraphs[0]
    head.text = f"{doc.organisation.upper()}\tSituation Report No. {doc.number}"
    head.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), 2)
    para("MEMORANDUM", bold=True, center=True, after=18)
    date = f"{when:%B} {when.day}, {when.year}"
    for label, value in (("TO:", "Board of Commissioners; County Administrator; Sheriff; Fire and EMS Chiefs"),
                         ("FROM:", f"{director}, 911 Director"), ("DATE:", date),
                         ("RE:", f"911 Phone System Outage – Situation Report No. {doc.number}")):  # fmt: skip
        p = para(after=6)
        p.add_run(label).bold = True
        p.add_run(f"\t{value}")
        p.paragraph_format.tab_stops.add_tab_stop(Inches(1))
        p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Inches(1), Inches(-1)
    rule = para(after=18)
    rule._p.get_or_add_pPr().append(
        parse_xml(
            '<w:pBdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:bottom w:val="double" '
            'w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
        )
    )
    for s in doc.sections:
        number, title = s.heading.split(" ", 1)
        para(f"{number}\t{title}", bold=True, after=12)
        for k, it in enumerate(s.items):
            p = para(after=12)
            p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Inches(1), Inches(-0.5)
            risk, lead, rest = parts(it, "psap")
            p.add_run(f"{LETTERS[k]}.\t{risk}")
            if lead:
                p.add_run(" ")
                p.add_run(lead).underline = True
                p.add_run(f" {rest}")
    para("Please contact me with any questions. The next report will follow at 0800 tomorrow.")
    para(f"/s/ {director}", after=0)
    para(f"{director}", after=0)
    para("911 Director", after=18)
    para("cc:\tFile; Emergency Management Coordinator", after=0)
    foot = d.sections[0].footer.paragraphs[0]
    foot.alignment = 1
    foot.add_run("Page ")
    _field(foot, "PAGE", "1")
    return _package(d, _app("WordPerfect", "", "21.0"))
