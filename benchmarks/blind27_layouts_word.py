"""Word writer of the ``blind27_layouts`` set: an NHS acute trust's incident management team's daily situation report
during resident doctors' industrial action, written in the trust's Word template by the incident co-ordinator and
sent round as the .docx: the headings Heading 1 and Heading 2 tied to a multilevel list in the template, so that
their numbers ("1.", "2.1") are Word's list numbers and not in the heading's text; the title page block, then
"Contents" over a table of contents field (``TOC \\o "1-2" \\h \\z \\u``) with its cached entries (TOC 1 / TOC 2
paragraphs, each a hyperlink to the heading's bookmark, a tab leader and the page number); the running header with
the trust's name, "OFFICIAL-SENSITIVE" and a ``STYLEREF "Heading 1"`` field holding the current section's name (its
cached text the first section's), the footer "Page 1 of 3" in PAGE / NUMPAGES fields; the points "List Bullet",
"Mitigating actions:" in a bold run inside a risk's point; a reviewer's comments in the margin (``comments.xml``) on
two points and a footnote on the first point (``footnotes.xml``, its reference mark a superscript number after the
point's text); the document control table at the end; "£3,400", "£1.25m", "(previous report: 5)".
"""

from __future__ import annotations

import re
import zlib

from blind7_layouts_content import report_day
from blind27_layouts_content import parts
from council_layouts_gold import Doc
from council_layouts_writers import _save

NUM = re.compile(r"^\d+(?:\.\d+)*\.?\s+")
WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ABSTRACT = (
    f'<w:abstractNum {WNS} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
    '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
    '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    "</w:abstractNum>"
)
NUMREF = f'<w:num {WNS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
FOOTNOTES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f"<w:footnotes {WNS}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
    '</w:footnote><w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
    '<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {note}</w:t>'
    "</w:r></w:p></w:footnote></w:footnotes>"
)
COORDINATORS = ("Sarah Whitcombe", "James Adeyemi", "Louise Hartley", "Tom Brennan")


def _field(paragraph, instr: str, cached: str) -> None:
    """A complex field (begin, instruction, separate, cached result, end) at the end of ``paragraph``."""
    from docx.oxml import parse_xml

    xml = (f'<w:r {WNS}><w:fldChar w:fldCharType="begin"/></w:r>', f'<w:r {WNS}><w:instrText xml:space="preserve"> '
           f"{instr} </w:instrText></w:r>", f'<w:r {WNS}><w:fldChar w:fldCharType="separate"/></w:r>',
           f'<w:r {WNS}><w:t xml:space="preserve">{cached}</w:t></w:r>', f'<w:r {WNS}><w:fldChar '
           'w:fldCharType="end"/></w:r>')  # fmt: skip
    for x in xml:
        paragraph._p.append(parse_xml(x))


def _number_headings(d) -> None:
    """The template's multilevel list, tied to Heading 1 and Heading 2."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(ABSTRACT))
    numbering.append(parse_xml(NUMREF))
    for name, level in (("Heading 1", 0), ("Heading 2", 1)):
        ppr = d.styles[name].element.get_or_add_pPr()
        ppr.insert(0, parse_xml(f'<w:numPr {WNS}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    for style in ("TOC 1", "TOC 2"):
        if style not in [s.name for s in d.styles]:
            from docx.enum.style import WD_STYLE_TYPE

            s = d.styles.add_style(style, WD_STYLE_TYPE.PARAGRAPH)
            s.base_style = d.styles["Normal"]
    del qn


def _footnotes(d, note: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                FOOTNOTES.replace("{note}", note).encode(), d.part.package)  # fmt: skip
    d.part.relate_to(part, RT.FOOTNOTES)


def docx_styleref_toc_nhs(doc: Doc) -> bytes:
    """The incident management team's sitrep as the trust's Word template makes it."""
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt, RGBColor

    when = report_day(doc)
    d = Document()
    _number_headings(d)
    blue = RGBColor(0x00, 0x5E, 0xB8)
    for name in ("Heading 1", "Heading 2"):
        d.styles[name].font.color.rgb = blue
    sec = d.sections[0]
    head = sec.header.paragraphs[0]
    head.text = f"{doc.organisation}\tOFFICIAL-SENSITIVE\t"
    _field(head, 'STYLEREF "Heading 1" \\* MERGEFORMAT', NUM.sub("", doc.sections[0].heading))
    foot = sec.footer.paragraphs[0]
    foot.text = f"IMT sitrep {doc.number} – {when.day} {when:%B %Y}\tPage "
    _field(foot, "PAGE", "1")
    foot.add_run(" of ")
    _field(foot, "NUMPAGES", "3")
    d.add_paragraph(doc.organisation.upper()).runs[0].bold = True
    d.add_paragraph("Industrial Action – Incident Management Team Situation Report", style="Title")
    d.add_paragraph(f"Sitrep no. {doc.number} | {when:%A} {when.day} {when:%B %Y} | position at 15:00",
                    style="Subtitle")  # fmt: skip
    d.add_paragraph("Contents").runs[0].bold = True
    numbers: list[str] = []
    top = sub = 0
    for s in doc.sections:
        if s.level == 1:
            top, sub = top + 1, 0
            numbers.append(f"{top}.")
        else:
            sub += 1
            numbers.append(f"{top}.{sub}")
    first = True
    for n, (s, num) in enumerate(zip(doc.sections, numbers, strict=True)):
        p = d.add_paragraph(style="TOC 1" if s.level == 1 else "TOC 2")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.2 if s.level == 1 else 1.8))
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if s.level == 2:
            p.paragraph_format.left_indent = Cm(0.6)
        if first:
            _field(p, 'TOC \\o "1-2" \\h \\z \\u', "")
            p._p.remove(p._p[-1])  # the field stays open over the cached entries
            first = False
        p._p.append(parse_xml(f'<w:hyperlink {WNS} w:anchor="_Toc{2000 + n}" w:history="1"><w:r><w:t '
                              f'xml:space="preserve">{num}\t{NUM.sub("", s.heading)}\t{1 + n // 5}</w:t></w:r>'
                              "</w:hyperlink>"))  # fmt: skip
    d.paragraphs[-1]._p.append(parse_xml(f'<w:r {WNS}><w:fldChar w:fldCharType="end"/></w:r>'))
    comments = 0
    for n, s in enumerate(doc.sections):
        h = d.add_heading(level=s.level)
        h._p.append(parse_xml(f'<w:bookmarkStart {WNS} w:id="{n}" w:name="_Toc{2000 + n}"/>'))
        h.add_run(NUM.sub("", s.heading))
        h._p.append(parse_xml(f'<w:bookmarkEnd {WNS} w:id="{n}"/>'))
        for it in s.items:
            p = d.add_paragraph(style="List Bullet")
            risk, lead, rest = parts(it, "nhs")
            if lead:
                runs = [p.add_run(risk + " "), p.add_run(lead), p.add_run(" " + rest)]
                runs[1].bold = True
            else:
                runs = [p.add_run(it.text)]
            if n == 0 and it is s.items[0]:
                p._p.append(parse_xml(f'<w:r {WNS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                      '<w:footnoteReference w:id="1"/></w:r>'))  # fmt: skip
            if comments < 2 and zlib.crc32(it.thread.encode()) % 3 == 0:
                comments += 1
                d.add_comment(runs, text=("Can BI confirm this figure before it goes to the ICB?",
                                          "Agree wording with comms before 16:00 call")[comments - 1],
                              author="Rachel Moore (Deputy COO)", initials="RM")  # fmt: skip
    _footnotes(d, "Figures from the Trust's industrial action tracker, validated at 14:00.")
    d.add_paragraph()
    d.add_paragraph("Document control").runs[0].bold = True
    coordinator = COORDINATORS[zlib.crc32(doc.organisation.encode()) % 4]
    table = d.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    for row, (a, b) in zip(table.rows, (("Prepared by", f"{coordinator}, Incident Co-ordinator"),
                                        ("Approved by", "Tactical Commander (Silver)"),
                                        ("Distribution", "IMT members; ICB System Co-ordination Centre")),
                           strict=True):  # fmt: skip
        row.cells[0].text, row.cells[1].text = a, b
    for p in d.paragraphs:
        for r in p.runs:
            r.font.name = "Arial"
            if p.style.name in ("Normal", "List Bullet"):
                r.font.size = Pt(11)
    d.core_properties.author = coordinator
    d.core_properties.title = doc.title
    return _save(d)
