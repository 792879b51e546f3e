"""Word writers of the ``blind32_layouts`` set.

A Bosnian mine action centre's regional office's daily information on the mine situation after floods and landslides,
in Bosnian, typed by the office's operations officer on the office's letter from a Word 97 template (``Normal.dot``)
and saved on as .docx in compatibility mode (``w:compat`` with the Word 97 line-break rules and compatibility mode 11
in ``settings.xml``), as such offices' templates often are: the header block (the state, the centre, the regional
office, "Broj:" and the place and date), the addressee, "PREDMET:" and the covering sentence, then the sections as
bold Normal paragraphs numbered by hand ("1. Sažetak"), the points typed "-" and a tab on a hanging indent, the risks a
table Rizik | Vjerovatnoća | Posljedice | Kontrolne mjere | Nosilac (one risk a row, the control measures in their own
cell, "—" where there are none), the head of office's signature with "M.P.", "Dostaviti:" with its numbered
distribution list, and the page number in a field in the footer. "3.400 KM", "1,25 miliona KM", "1.250", "12 %",
"16. januara", "(prethodni izvještaj: 5)".

A council's bereavement services' weekly winter pressures sitrep, written by the bereavement services manager in Apple
Pages and exported to Word (File › Export To › Word): the styles are Pages' own ("Title", "Subtitle", "Heading",
"Body", "Bullet"), the header "OFFICIAL" and the footer with the service and the page number; the title, the week line
and "Prepared by", a table "This week at a glance" (each site's services this week, capacity used and next available
slot — figures that are not items), each section in "Heading", the overview as "Body" paragraphs, the other points in
"Bullet", "Mitigation in place:" bold inside a risk's point. "£3,400", "£1.25m", "(last week: 5)".
"""

from __future__ import annotations

import io
import zipfile
import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind32_layouts_banks_abroad import BS_LEVELS
from blind32_layouts_content import parts
from council_layouts_gold import Doc

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _field(paragraph, code: str, cached: str) -> None:
    """A Word field (PAGE, NUMPAGES) with its cached result."""
    from docx.oxml import parse_xml

    for xml in (f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {W}><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>',
                f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>', f"<w:r {W}><w:t>{cached}</w:t></w:r>",
                f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):  # fmt: skip
        paragraph._p.append(parse_xml(xml))


def _save(document, app: str, settings: bytes | None = None) -> bytes:
    """The package with ``app`` as its docProps/app.xml and, given, ``settings`` in place of word/settings.xml."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                data = app.encode()
            elif info.filename == "word/settings.xml" and settings:
                data = settings
            dst.writestr(info, data)
    return out.getvalue()


def _app(name: str, template: str, version: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.'
        'org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/docPropsVTypes"><Template>{template}</Template><Pages>2</Pages><Application>{name}</Application>'
        f"<DocSecurity>0</DocSecurity><AppVersion>{version}</AppVersion></Properties>"
    )


# the settings of a Word 97 document saved on as .docx without converting it
SETTINGS_97 = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:settings {W}><w:zoom w:percent="100"/><w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:useWord97LineBreakRules/>'
    "<w:doNotUseHTMLParagraphAutoSpacing/><w:doNotExpandShiftReturn/><w:noColumnBalance/>"
    '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="11"/>'
    '</w:compat><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>'
).encode()

# ---------------------------------------------------------------- Word 97 template, Bosnian

LIKELY = ("Niska", "Srednja", "Visoka", "Visoka")
IMPACT = ("Male", "Srednje", "Velike", "Velike")
HOLDERS = ("Regionalni ured", "Štab civilne zaštite", "Oružane snage BiH – Deminerski bataljon", "Općinska služba CZ",
           "Policijska uprava")  # fmt: skip
HEADS = {"Savska Luka": "Mirsad Hodžić", "Brezovac": "Dragana Kovačević", "Vrhovina": "Emir Softić",
         "Lipovo Brdo": "Ivana Marić"}  # fmt: skip


def docx_word97_minska_bs(doc: Doc) -> bytes:
    """The regional office's daily information as Word saves the Word 97 letter on as .docx."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    office = doc.organisation.split("Regionalni ured ")[1]
    d = Document()
    d.core_properties.author = "Operativni oficir"
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(12)
    normal.paragraph_format.space_after = Pt(0)

    def para(text: str = "", bold: bool = False, align=None, after: int = 0):
        p = d.add_paragraph()
        if text:
            p.add_run(text).bold = bold
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(after)
        return p

    for t in ("BOSNA I HERCEGOVINA", "CENTAR ZA UKLANJANJE MINA", f"Regionalni ured {office}"):
        para(t, bold=True)
    para(f"Broj: 05-3-{300 + h % 600}/{when:%y}")
    para(f"{office}, {when:%d.%m.%Y}. godine", after=12)
    para("ŠTAB CIVILNE ZAŠTITE", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("n/r komandanta Štaba", align=WD_ALIGN_PARAGRAPH.RIGHT, after=12)
    p = para()
    p.add_run("PREDMET: ").bold = True
    p.add_run(f"Informacija o minskoj situaciji nakon poplava i klizišta, broj {doc.number}, dostavlja se")
    para(after=6)
    before = when - timedelta(days=1)
    para(f"U skladu sa zaključcima Štaba, dostavljamo Vam informaciju o minskoj situaciji na području regiona za "
         f"period od {before:%d.%m.} do {when:%d.%m.%Y}. godine, kako slijedi:", after=12)  # fmt: skip
    for s in doc.sections:
        para(s.heading, bold=True, after=6).paragraph_format.space_before = Pt(6)
        if not s.risks:
            for it in s.items:
                q = para(f"-\t{it.text}", after=3)
                q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                q.paragraph_format.left_indent, q.paragraph_format.first_line_indent = Cm(0.63), Cm(-0.63)
            continue
        table = d.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        for cell, label in zip(table.rows[0].cells, ("Rizik", "Vjerovatnoća", "Posljedice", "Kontrolne mjere",
                                                     "Nosilac"), strict=True):  # fmt: skip
            cell.paragraphs[0].add_run(label).bold = True
        for k, it in enumerate(s.items):
            row = table.add_row().cells
            # the escalation is in Bosnian words, which the gold's English level reading does not see
            level = max((n for n, word in enumerate(BS_LEVELS) if word in it.body), default=0)
            row[0].text, row[1].text, row[2].text = it.body, LIKELY[level], IMPACT[level]
            row[3].text, row[4].text = it.mitigation or "—", HOLDERS[(h + k) % len(HOLDERS)]
        para(after=6)
    para(after=12)
    para("RUKOVODILAC REGIONALNOG UREDA", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(HEADS[office], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("M.P.", align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    para("Dostaviti:", bold=True)
    for k, t in enumerate(("Naslovu", "Općinskim štabovima civilne zaštite", "Sjedištu Centra – Operativni sektor",
                           "a/a"), start=1):  # fmt: skip
        para(f"{k}.\t{t}")
    foot = d.sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(foot, "PAGE", "1")
    return _save(d, _app("Microsoft Office Word", "Normal.dot", "16.0000"), SETTINGS_97)


# ---------------------------------------------------------------- Apple Pages exported to Word

MANAGERS = {"Harrowby": "Janet Ollerenshaw", "Kennet Vale": "David Ekwueme", "Lowther": "Ruth Calloway",
            "Saltmarsh": "Owen Prys"}  # fmt: skip
PARAGRAPHS = ("situation",)


def docx_pages_bereavement_gb(doc: Doc) -> bytes:
    """The weekly sitrep as Pages exports it to Word."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    town = next(k for k in MANAGERS if doc.organisation.startswith(k))
    d = Document()
    st = d.styles
    st["Normal"].font.name = "Helvetica Neue"

    def style(name: str, size: float, bold: bool = False, base: str = "Normal", colour=None):
        s = st[name] if name in ("Title", "Subtitle") else st.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = st[base]
        s.font.name, s.font.size, s.font.bold = "Helvetica Neue", Pt(size), bold
        s.font.color.rgb = RGBColor(*(colour or (0, 0, 0)))
        s.paragraph_format.space_after = Pt(6)
        return s

    style("Title", 24, True)
    style("Subtitle", 13, colour=(0x5E, 0x5E, 0x5E))
    style("Heading", 14, True, colour=(0x1F, 0x3A, 0x5F)).paragraph_format.space_before = Pt(14)
    style("Body", 11)
    style("Bullet", 11, base="List Bullet")
    head = d.sections[0].header.paragraphs[0]
    head.text, head.alignment = "OFFICIAL", WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Bereavement Services – Winter Pressures Sitrep", style="Title")
    d.add_paragraph(f"Week {doc.number} · week ending {when:%A} {when.day} {when:%B %Y}", style="Subtitle")
    d.add_paragraph(f"Prepared by {MANAGERS[town]}, Bereavement Services Manager, {doc.organisation}", style="Body")
    d.add_paragraph(style="Body").add_run("This week at a glance").bold = True  # the table's caption
    sites = (f"{town} Crematorium", "Eastfield Cemetery", "Northgate Cemetery")
    table = d.add_table(rows=1, cols=4)
    table.style = "Light List Accent 1"
    for cell, label in zip(table.rows[0].cells, ("Site", "Services this week", "Capacity used", "Next available slot"),
                           strict=True):  # fmt: skip
        cell.text = label
    for k, site in enumerate(sites):
        g = (h >> (4 * k)) % 97
        slot = when + timedelta(days=3 + g % 12)
        values = (site, str(10 + g), f"{70 + g % 31}%", f"{slot:%a} {slot.day} {slot:%b}")
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading")
        for it in s.items:
            risk, lead, rest = parts(it, "bereavement")
            p = d.add_paragraph(style="Body" if s.key in PARAGRAPHS else "Bullet")
            if lead:
                p.add_run(f"{risk} ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
            else:
                p.add_run(it.text)
    foot = d.sections[0].footer.paragraphs[0]
    foot.add_run(f"{doc.organisation} · Bereavement Services · Page ")
    _field(foot, "PAGE", "1")
    d.core_properties.author = MANAGERS[town]
    return _save(d, _app("Pages", "", "14.2"))
