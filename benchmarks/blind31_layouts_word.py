"""Word writers of the ``blind31_layouts`` set.

A North Macedonian reception and transit centre's daily report to the crisis management centre, in Macedonian, typed
by the centre's duty officer in ONLYOFFICE Desktop Editors and saved as .docx (``docProps/app.xml`` naming
"ONLYOFFICE/8.2…"): the header block in capitals centred (the republic, the crisis management centre, the centre),
the file number and date, the title "ДНЕВЕН ИЗВЕШТАЈ бр. 3" and the period line, each section in "Heading 1" with
its number typed ("1. Резиме"), the points in "List Bullet", the risks a table Ризик | Проценка | Мерки |
Одговорен, one risk a row, the rating in words and the measures in their own cell (a risk with none has "—"), the
head of centre's signature, and the footer with the page number in a field. "3.400 денари", "1,25 милиони денари",
"1.250", "12 %", "16 јануари", "(претходно: 5)".

A council returning officer's situation report through an election, written by the elections manager in Word from
the council's corporate template, whose styles are its own ("WBC Title", "WBC Heading", "WBC Body", "WBC Bullet") and
carry no outline level, as such templates' styles often do: the header (the council's name and "OFFICIAL –
SENSITIVE"), the title and the issue line, a table of the key times (poll opens, poll closes, verification, count),
each section in "WBC Heading", the points in "WBC Bullet", "Action:" bold inside a risk's point, the returning
officer's name and the distribution line, and "Page 1 of 2" in fields in the footer. "£3,400", "(last sitrep: 5)".
"""

from __future__ import annotations

import io
import zipfile
import zlib
from datetime import date, timedelta

from blind7_layouts_content import report_day
from blind31_layouts_banks_abroad import MK_LEVELS
from blind31_layouts_content import MK_MONTHS, parts
from council_layouts_gold import Doc

RATING = ("Низок", "Среден", "Висок", "Висок")
OWNERS = ("Раководител на центарот", "Министерство за здравство", "МВР – Одделение за гранични работи",
          "Црвен крст")  # fmt: skip


def _field(paragraph, code: str, cached: str) -> None:
    """A Word field (PAGE, NUMPAGES) with its cached result, as Word and ONLYOFFICE save it."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    for xml in (f'<w:r {w}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {w}><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>',
                f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>', f"<w:r {w}><w:t>{cached}</w:t></w:r>",
                f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>'):  # fmt: skip
        paragraph._p.append(parse_xml(xml))


def _save(document, app: str) -> bytes:
    """The package with ``app`` as its docProps/app.xml (the application that saved it)."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info, app.encode() if info.filename == "docProps/app.xml" else data)
    return out.getvalue()


def _app(name: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.'
        'org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/docPropsVTypes"><Template>Normal.dotm</Template><Pages>2</Pages><Application>{name}</Application>'
        "<DocSecurity>0</DocSecurity></Properties>"
    )


# ---------------------------------------------------------------- ONLYOFFICE, Macedonian


def docx_onlyoffice_transit_mk(doc: Doc) -> bytes:
    """The transit centre's daily report as ONLYOFFICE saves it."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    d = Document()
    d.core_properties.author = "Дежурен службеник"
    d.core_properties.title = ""
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(11)

    def centred(text: str, bold: bool = True, size: int = 11) -> None:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold, r.font.size = bold, Pt(size)

    for line in ("РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА", "ЦЕНТАР ЗА УПРАВУВАЊЕ СО КРИЗИ", doc.organisation.upper()):
        centred(line)
    before = when - timedelta(days=1)
    d.add_paragraph(f"Бр. 09-{100 + h % 800}/{doc.number}\nДатум: {when:%d.%m.%Y} година")
    centred(f"ДНЕВЕН ИЗВЕШТАЈ бр. {doc.number}", size=14)
    centred(f"за периодот од 08:00 часот на {before.day} {MK_MONTHS[before.month - 1]} до 08:00 часот на "
            f"{when.day} {MK_MONTHS[when.month - 1]} {when.year} година", bold=False)  # fmt: skip
    for s in doc.sections:
        d.add_heading(s.heading, level=1)
        if not s.risks:
            for it in s.items:
                d.add_paragraph(it.text, style="List Bullet")
            continue
        table = d.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, label in zip(table.rows[0].cells, ("Ризик", "Проценка", "Мерки", "Одговорен"), strict=True):
            cell.paragraphs[0].add_run(label).bold = True
        for k, it in enumerate(s.items):
            row = table.add_row().cells
            # the escalation is in Macedonian words, which the gold's English level reading does not see
            level = max((n for n, word in enumerate(MK_LEVELS) if word in it.body), default=0)
            row[0].text, row[1].text = it.body, RATING[level]
            row[2].text, row[3].text = it.mitigation or "—", OWNERS[(h + k) % len(OWNERS)]
        d.add_paragraph()
    d.add_paragraph()
    sign = d.add_paragraph("Раководител на центарот\n")
    sign.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sign.add_run(("Марко Стојановски", "Елена Трајковска", "Бојан Ристовски", "Ана Петрушевска")[h % 4]).bold = True
    foot = d.sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("Страна ")
    _field(foot, "PAGE", "1")
    return _save(d, _app("ONLYOFFICE/8.2.0.143"))


# ---------------------------------------------------------------- corporate template, election

POLL = date(2026, 5, 7)  # polling day of the series (ELECTION's reports run up to it)
OFFICERS = {"Wrenfield": "Andrew Pell", "Kestrel Vale": "Sophie Marsh", "Marston Heath": "Imran Qureshi",
            "Holmebridge": "Claire Ditchburn"}  # fmt: skip


def docx_corporate_election_gb(doc: Doc) -> bytes:
    """The returning officer's sitrep as Word saves it from the council's corporate template."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    when = report_day(doc)
    officer = next(v for k, v in OFFICERS.items() if doc.organisation.startswith(k))
    d = Document()
    st = d.styles
    d.styles["Normal"].font.name = "Arial"

    def style(name: str, size: float, bold: bool = False, base: str = "Normal", colour=None):
        s = st.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = st[base]
        s.font.name, s.font.size, s.font.bold = "Arial", Pt(size), bold
        if colour:
            s.font.color.rgb = RGBColor(*colour)
        s.paragraph_format.space_after = Pt(6)
        return s

    style("WBC Title", 18, True, colour=(0x00, 0x4B, 0x87))
    style("WBC Heading", 13, True, colour=(0x00, 0x4B, 0x87)).paragraph_format.space_before = Pt(12)
    style("WBC Body", 11)
    style("WBC Bullet", 11, base="List Bullet")
    head = d.sections[0].header.paragraphs[0]
    head.text = f"{doc.organisation}\tOFFICIAL – SENSITIVE"
    d.add_paragraph(f"Elections {when.year} – Returning Officer's situation report", style="WBC Title")
    d.add_paragraph(f"Sitrep {doc.number} – issued 16:00 {when:%A} {when.day} {when:%B %Y}", style="WBC Body")
    count = POLL + timedelta(days=1)
    times = (("Poll opens", f"07:00 {POLL:%a} {POLL.day} {POLL:%b}"), ("Poll closes", "22:00"),
             ("Verification", f"23:00 {POLL:%a}"), ("Count", f"10:00 {count:%a} {count.day} {count:%b}"))  # fmt: skip
    table = d.add_table(rows=2, cols=4)
    table.style = "Light Grid Accent 1"
    for k, (label, value) in enumerate(times):
        table.rows[0].cells[k].text, table.rows[1].cells[k].text = label, value
    for s in doc.sections:
        d.add_paragraph(s.heading, style="WBC Heading")
        for it in s.items:
            risk, lead, rest = parts(it, "election")
            p = d.add_paragraph(style="WBC Bullet")
            if lead:
                p.add_run(f"{risk} ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
            else:
                p.add_run(it.text)
    d.add_paragraph(f"{officer}, Returning Officer", style="WBC Body").paragraph_format.space_before = Pt(18)
    d.add_paragraph("Distribution: Deputy Returning Officers, Chief Executive, Police SPOC, Communications Team, "
                    "Group Leaders", style="WBC Body")  # fmt: skip
    foot = d.sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot.add_run("Page ")
    _field(foot, "PAGE", "1")
    foot.add_run(" of ")
    _field(foot, "NUMPAGES", "2")
    return _save(d, _app("Microsoft Office Word"))
