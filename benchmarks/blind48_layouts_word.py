"""Word writer of the ``blind48_layouts`` set (python-docx and the package's XML): a Caribbean coastal agency's
sargassum situation report, filled into the government's old restricted-editing template.

The government's situation report template, made in Word 2003 and carried on as a .docx: its editing restricted
("Restrict Editing", no changes but in the regions marked for everyone — ``w:documentProtection`` with its hash and
salt in the settings, each region a ``w:permStart`` / ``w:permEnd`` pair for the group "everyone"); its text still
carrying the smart tags the old Word added (``w:smartTag`` of the ``urn:schemas-microsoft-com:office:smarttags``
namespace around every date — "date" with its Month, Day and Year — and every quantity in tonnes —
"metricconverter" with its ProductID —, the types declared in the settings); the spelling checker's marks around
every "sargassum" the dictionary does not know (``w:proofErr`` spellStart / spellEnd) and each paragraph's runs
split where the editing sessions changed (``w:rsidR``). The page: the coat of arms (a picture with its alt text) and
"GOVERNMENT OF …" in the header, the agency's name, "SARGASSUM SITUATION REPORT" in capitals, the particulars as
"Label:" and value in the regions to fill (report number, period covered, prepared by), then each section's name in
the template's Heading 1 (locked) with its points in a region under it, bulleted, "Response:" in bold inside a
risk's point, the next steps each after a check box content control (``w14:checkbox``, "☐"), "Approved by" and the
form's code ("Form SR-1 (rev. 2011)") and "Page 1 of 2" in the footer. Each agency prints amounts in its own
currency: "BDS$3,400", "J$3,400", "TT$3,400", "EC$3,400", "BDS$1.25 million", "16 June", "(last week: 5)".
"""

from __future__ import annotations

import io
import re
import zlib
from datetime import timedelta
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field
from blind46_layouts_word import _save
from blind47_layouts_word import logo
from blind48_layouts_banks_south import SARGASSUM
from blind48_layouts_content import parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Cm, Pt, RGBColor

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
ST = "urn:schemas-microsoft-com:office:smarttags"
COUNTRIES = ("BARBADOS", "JAMAICA", "THE REPUBLIC OF TRINIDAD AND TOBAGO", "ANTIGUA AND BARBUDA")
OFFICERS = ("Coastal Engineer", "Director, Environmental Management", "Senior Environmental Officer",
            "Chief Environment Officer")  # fmt: skip
ARMS = ((0x00, 0x26, 0x7F), (0x00, 0x9B, 0x3A), (0xCE, 0x11, 0x26), (0x00, 0x72, 0xC6))
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
_TAGGED = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r")\b|\b(\d[\d,]*) tonnes\b|[Ss]argassum")
BULLET = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
          '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
          '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>')  # fmt: skip


def _r(text: str, rsid: str, bold: bool = False) -> str:
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r w:rsidR="{rsid}">{b}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _runs(text: str, seed: int, bold: bool = False) -> str:
    """``text`` as Word keeps it after a few editing sessions: runs split where the rsid changes, the old smart tags
    around dates and tonnes, the spelling marks around "sargassum"."""
    rsids = ("00A31C4E", "004F2B7D", "00E86A13")
    out, pos, n = [], 0, 0
    for m in _TAGGED.finditer(text):
        out.append(_plain(text[pos : m.start()], seed + n, rsids, bold))
        n += 1
        rsid = rsids[(seed + n) % 3]
        if m.group(1):
            day, month = m.group(1), m.group(2)
            props = (f'<w:smartTagPr><w:attr w:name="Month" w:val="{MONTHS.index(month) + 1}"/><w:attr w:name="Day"'
                     f' w:val="{day}"/><w:attr w:name="Year" w:val="2026"/></w:smartTagPr>')  # fmt: skip
            out.append(f'<w:smartTag w:uri="{ST}" w:element="date">{props}{_r(m.group(), rsid, bold)}</w:smartTag>')
        elif m.group(3):
            props = f'<w:smartTagPr><w:attr w:name="ProductID" w:val="{m.group()}"/></w:smartTagPr>'
            out.append(f'<w:smartTag w:uri="{ST}" w:element="metricconverter">{props}{_r(m.group(), rsid, bold)}'
                       "</w:smartTag>")  # fmt: skip
        else:
            out.append(f'<w:proofErr w:type="spellStart"/>{_r(m.group(), rsid, bold)}<w:proofErr w:type="spellEnd"/>')
        pos = m.end()
    out.append(_plain(text[pos:], seed + n + 1, rsids, bold))
    return "".join(out)


def _plain(text: str, seed: int, rsids, bold: bool) -> str:
    """A stretch of text in one or two runs, split at a word where a later session typed on."""
    if not text:
        return ""
    cut = text.find(" ", len(text) // 2) if seed % 3 == 0 else -1
    if cut <= 0:
        return _r(text, rsids[seed % 3], bold)
    return _r(text[:cut], rsids[seed % 3], bold) + _r(text[cut:], rsids[(seed + 1) % 3], bold)


def _para(d, inner: str, style: str | None = None, num: int | None = None) -> None:
    p = d.add_paragraph(style=style)
    if num is not None:
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'))
    for el in parse_xml(f"<w:p {W} {W14}>{inner}</w:p>"):
        p._p.append(el)


def _perm(pid: int, start: bool) -> str:
    return f'<w:permStart w:id="{pid}" w:edGrp="everyone"/>' if start else f'<w:permEnd w:id="{pid}"/>'


def _checkbox(sid: int) -> str:
    return (f'<w:sdt><w:sdtPr><w:id w:val="{sid}"/><w14:checkbox><w14:checked w14:val="0"/><w14:checkedState '
            'w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS '
            'Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>\u2610</w:t></w:r></w:sdtContent></w:sdt>'
            "<w:r><w:tab/></w:r>")  # fmt: skip


def _bullets(d) -> int:
    from blind8_layouts_ooxml import add_list

    return add_list(d, BULLET, "hybridMultilevel")


def _settings(d, h: int) -> None:
    s = d.settings.element
    prot = parse_xml(f'<w:documentProtection {W} w:edit="readOnly" w:enforcement="1" w:cryptProviderType="rsaAES" '
                     'w:cryptAlgorithmClass="hash" w:cryptAlgorithmType="typeAny" w:cryptAlgorithmSid="14" '
                     f'w:cryptSpinCount="100000" w:hash="{h:08x}Qm5vXr2c8aK1pZ0tYw3eLg==" '
                     f'w:salt="{h % 99991:05d}Tn4bQ8xw9Rk=="/>')  # fmt: skip
    s.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}defaultTabStop").addprevious(prot)
    proof = s.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}proofState")
    proof.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}spelling", "dirty")
    shape = s.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}shapeDefaults")
    for name in ("metricconverter", "date"):
        shape.addprevious(parse_xml(f'<w:smartTagType {W} w:namespaceuri="{ST}" w:name="{name}"/>'))


def _arms(d, k: int) -> None:
    """The coat of arms in the header, a picture with its alt text."""
    head = d.sections[0].header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head.add_run().add_picture(io.BytesIO(logo(ARMS[k], "ARMS")), width=Cm(1.6))
    pr = head._p.xpath(".//wp:docPr")[0]
    pr.set("descr", f"Coat of arms of {COUNTRIES[k].title().replace('The Republic Of', 'the Republic of')}")
    p = d.sections[0].header.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(f"GOVERNMENT OF {COUNTRIES[k]}")
    r.bold, r.font.size = True, Pt(10)


def docx_restricted_template_carib(doc: Doc) -> bytes:
    """The agency's report in the government's restricted template, smart tags and spelling marks kept."""
    when = report_day(doc)
    k = SARGASSUM.organisations.index(doc.organisation)
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2.54)
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    h1 = d.styles["Heading 1"]
    h1.font.name, h1.font.size, h1.font.color.rgb = "Arial", Pt(13), RGBColor(0, 0, 0)
    fonts = h1.element.rPr.rFonts
    for a in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(f"{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}{a}", None)
    _arms(d, k)
    d.styles["Footer"].font.size = Pt(8)
    foot = sec.footer.paragraphs[0]
    foot.add_run("Form SR-1 (rev. 2011)\t\tPage ")
    add_field(foot, "PAGE", "1")
    foot.add_run(" of ")
    add_field(foot, "NUMPAGES", "2")
    _settings(d, h)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(doc.organisation.split(",")[0])
    r.bold, r.font.size = True, Pt(12)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("SARGASSUM SITUATION REPORT")
    r.bold, r.font.size = True, Pt(16)
    start = when - timedelta(days=6)
    pid = 1000 + h % 9000
    for label, value in (("Report No.:", str(doc.number)),
                         ("Period covered:", f"{start.day} {start:%B} to {when.day} {when:%B %Y}"),
                         ("Prepared by:", OFFICERS[k])):  # fmt: skip
        _para(d, _r(f"{label} ", "00A31C4E", True) + _perm(pid, True) + _runs(value, h) + _perm(pid, False))
        pid += 1
    bullets = _bullets(d)
    sid = -(h % 900000000) - 100000000
    for s in doc.sections:
        d.add_heading(s.heading, level=1)
        last = len(s.items) - 1
        for n, it in enumerate(s.items):
            risk, lead, rest = parts(it, "carib")
            body = (_runs(risk + " ", h + n) + _r(lead, "004F2B7D", True) + _runs(" " + rest, h + n + 1)
                    if lead else _runs(it.text, h + n))  # fmt: skip
            open_, close = (_perm(pid, True) if n == 0 else ""), (_perm(pid, False) if n == last else "")
            if s.key == "next-steps":
                _para(d, open_ + _checkbox(sid) + body + close)
                sid += 1
            else:
                _para(d, open_ + body + close, num=bullets)
        pid += 1
    d.add_paragraph()
    approver = _r(f"Director, {doc.organisation.split(',')[0]}", "00E86A13")
    _para(d, _r("Approved by: ", "00A31C4E", True) + _perm(pid, True) + approver + _perm(pid, False))
    d.core_properties.author = OFFICERS[k]
    d.core_properties.title = "SARGASSUM SITUATION REPORT"
    d.core_properties.comments = "Form SR-1"
    return _save(d)
