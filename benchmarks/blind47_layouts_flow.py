"""Word writer of the ``blind47_layouts`` set: an Irish county council's gorse fire situation report, a Word template
filled in by a flow ("Populate a Microsoft Word template") from the entries the crisis management team keeps in a
list (python-docx with raw ``w:sdt``).

The council's name in Irish and English in the page header, "Page 1" in the footer; the template's title
("Situation Report – Gorse Fires", Word's "Title" style); a table of particulars whose values are plain-text content
controls the flow fills (Report number, Date and time, Prepared by, Chair of the Crisis Management Team); then each
section's name a locked content control in Heading 2 and its points a repeating section content control
(``w15:repeatingSection``) of one item per entry of the list, each item a List Bullet paragraph holding a plain-text
control of the point — a risk's item two controls, the risk and its actions, the flow writing "Actions: …" into the
second where the entry has any and leaving it empty where it has none —; the template's "Other matters" section the
flow had nothing for, its control still showing the template's grey placeholder ("Click or tap here to enter
text."); the approver's name in a control at the end. "€3,400", "€1.25m", "1,250", "16 April", "(last update: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field
from blind46_layouts_word import _save, _widths
from blind47_layouts_banks_north import GORSE
from blind47_layouts_content import parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Cm, Pt, RGBColor

IRISH = {"Wicklow County Council": "Comhairle Contae Chill Mhantáin",
         "Kerry County Council": "Comhairle Contae Chiarraí",
         "Donegal County Council": "Comhairle Contae Dhún na nGall",
         "Galway County Council": "Comhairle Chontae na Gaillimhe"}  # fmt: skip
OFFICERS = ("Senior Executive Officer, Fire and Emergency Management", "Chief Fire Officer",
            "Senior Assistant Chief Fire Officer", "Senior Executive Officer, Emergency Management")  # fmt: skip
CHAIRS = ("Director of Services, Transportation and Water", "Chief Executive", "Director of Services, Housing",
          "Director of Services, Roads")  # fmt: skip
CLICK = "Click or tap here to enter text."
_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"')  # fmt: skip


class _Ids:
    def __init__(self, seed: int) -> None:
        self.n = seed

    def __call__(self) -> int:
        self.n += 7
        return self.n


def _pr(ids: _Ids, alias: str, extra: str = "", placeholder: bool = False) -> str:
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    tag = alias.lower().replace(" ", "_")
    return (f'<w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(tag)}"/><w:id w:val="{ids()}"/>'
            f"{extra}{shown}</w:sdtPr>")  # fmt: skip


def _run(text: str, bold: bool = False, grey: bool = False) -> str:
    rpr = ("<w:b/>" if bold else "") + ('<w:color w:val="808080"/>' if grey else "")
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _text_control(ids: _Ids, alias: str, text: str, placeholder: bool = False) -> str:
    """A run-level plain-text content control holding ``text`` (or its grey placeholder)."""
    return (f"<w:sdt>{_pr(ids, alias, '<w:text/>', placeholder)}<w:sdtContent>"
            f"{_run(text, grey=placeholder)}</w:sdtContent></w:sdt>")  # fmt: skip


def _bullet(inner: str) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:spacing w:after="60"/></w:pPr>{inner}</w:p>'


def _repeating(ids: _Ids, alias: str, paragraphs: list[str]) -> str:
    """A block-level repeating section control: one repeating item per paragraph."""
    items = "".join(f'<w:sdt><w:sdtPr><w:id w:val="{ids()}"/><w15:repeatingSectionItem/></w:sdtPr>'
                    f"<w:sdtContent>{p}</w:sdtContent></w:sdt>" for p in paragraphs)  # fmt: skip
    return f"<w:sdt {_NS}>{_pr(ids, alias, '<w15:repeatingSection/>')}<w:sdtContent>{items}</w:sdtContent></w:sdt>"


def _heading(ids: _Ids, text: str) -> str:
    lock = '<w:lock w:val="sdtContentLocked"/>'
    return (f"<w:sdt {_NS}>{_pr(ids, 'Section title', lock)}<w:sdtContent><w:p><w:pPr><w:pStyle w:val=\"Heading2\"/>"
            f"</w:pPr>{_run(text)}</w:p></w:sdtContent></w:sdt>")  # fmt: skip


def _body(d, xml: str) -> None:
    d.element.body.sectPr.addprevious(parse_xml(xml))


def docx_flow_template_ie(doc: Doc) -> bytes:
    """The council's report as the flow fills its Word template: content controls, a repeating section a section."""
    when = report_day(doc)
    k = GORSE.organisations.index(doc.organisation)
    ids = _Ids(zlib.crc32(doc.title.encode()) % 900000 + 100000)
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    h2 = d.styles["Heading 2"]
    h2.font.name, h2.font.size, h2.font.color.rgb = "Calibri", Pt(13), RGBColor(0x00, 0x5A, 0x3C)
    head = sec.header.paragraphs[0]
    r = head.add_run(f"{IRISH[doc.organisation]}\t\t{doc.organisation}")
    r.font.size, r.font.color.rgb = Pt(9), RGBColor(0x00, 0x5A, 0x3C)
    d.styles["Footer"].font.size = Pt(8)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("Major Emergency Management – Situation Report – Page ")
    add_field(foot, "PAGE", "1")
    d.add_paragraph("Situation Report – Gorse Fires", style="Title")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    values = (("Report number", str(doc.number)), ("Date and time", f"{when.day} {when:%B %Y}, 17:00"),
              ("Prepared by", OFFICERS[k]), ("Chair of the Crisis Management Team", CHAIRS[k]))  # fmt: skip
    for label, value in values:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0]._p.append(parse_xml(f"<w:sdt {_NS}>{_pr(ids, label, '<w:text/>')}<w:sdtContent>"
                                                   f"{_run(value)}</w:sdtContent></w:sdt>"))  # fmt: skip
    _widths(t, (Cm(6), Cm(10.4)))
    for s in doc.sections:
        _body(d, _heading(ids, s.heading))
        paras = []
        for it in s.items:
            risk, lead, rest = parts(it, "ie")
            if s.risks:
                actions = f"{lead} {rest}" if lead else ""
                paras.append(_bullet(_text_control(ids, "Risk", risk) + _run(" " if actions else "")
                                     + _text_control(ids, "Actions", actions)))  # fmt: skip
            else:
                paras.append(_bullet(_text_control(ids, "Update", it.text)))
        _body(d, _repeating(ids, s.heading, paras))
    _body(d, _heading(ids, "Other matters"))
    _body(d, _repeating(ids, "Other matters", [_bullet(_text_control(ids, "Update", CLICK, placeholder=True))]))
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Approved by: ").bold = True
    p._p.append(parse_xml(f"<w:sdt {_NS}>{_pr(ids, 'Approver', '<w:text/>')}<w:sdtContent>{_run(CHAIRS[k])}"
                          "</w:sdtContent></w:sdt>"))  # fmt: skip
    d.core_properties.author = "Flow service account"
    d.core_properties.title = "Situation Report – Gorse Fires"
    return _save(d)
