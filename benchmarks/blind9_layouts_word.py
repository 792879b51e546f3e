"""Word writer of the ``blind9_layouts`` set: a community food partnership's weekly update written in Google Docs
and downloaded as .docx. Google Docs writes what its editor shows, not Word's habits: the document's name in
the "Title" style and a "Subtitle" under it, the section headings typed as Normal paragraphs made bold and
14 pt (the writer never picked a heading style), Arial set on every run, bulleted lists defined by Google's own
numbering (one list definition per list, "●" / "○" / "■" in Arial), and empty paragraphs for spacing.
"""

from __future__ import annotations

from blind7_layouts_content import report_day
from council_layouts_gold import Doc
from council_layouts_writers import _save

GOOGLE_BULLETS = "".join(
    f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{ch}"/>'
    f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{720 * (n + 1)}" w:hanging="360"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:u w:val="none"/>'
    "</w:rPr></w:lvl>"
    for n, ch in enumerate("●○■●○■●○■")
)
PARAGRAPHS = ("What we're seeing",)  # the section the coordinator writes as paragraphs, not bullets
LEAD = "What we're doing:"


def _google_list(document) -> int:
    """A list definition as Google Docs exports one (each list in the document has its own)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = document.part.numbering_part.element
    aid = 1 + max((int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))), default=-1)
    nid = 1 + max((int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))), default=0)
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">{GOOGLE_BULLETS}</w:abstractNum>')
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def _run(paragraph, text: str, bold: bool = False, size: float = 11, italic: bool = False, colour: str = ""):
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(text)
    run.font.name = "Arial"
    run.font.size = Pt(size)
    run.bold = bold or None
    run.italic = italic or None
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    return run


def _spacing(paragraph, before: float = 0, after: float = 0) -> None:
    from docx.shared import Pt

    fmt = paragraph.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(before), Pt(after), 1.15


def docx_google_docs(doc: Doc) -> bytes:
    """The update as Google Docs' "Download > Microsoft Word (.docx)" writes it."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = Document()
    when = report_day(doc)
    title = d.add_paragraph(style="Title")
    _run(title, doc.organisation, size=26)
    sub = d.add_paragraph(style="Subtitle")
    _run(sub, f"Weekly winter update no. {doc.number} – week ending {when:%A} {doc.date}", size=15,
         colour="666666")  # fmt: skip
    note = d.add_paragraph()
    _run(note, "For partners – please do not share on social media. Figures are for Monday to Sunday.", italic=True)
    d.add_paragraph()
    for s in doc.sections:
        head = d.add_paragraph()
        _spacing(head, 10, 4)
        _run(head, s.heading, bold=True, size=14)
        if s.heading in PARAGRAPHS:
            for it in s.items:
                p = d.add_paragraph()
                _spacing(p, 0, 6)
                _run(p, it.text)
        else:
            nid = _google_list(d)
            for it in s.items:
                p = d.add_paragraph()
                _spacing(p)
                num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = 0
                num_pr.get_or_add_numId().val = nid
                text = it.text
                if f" {LEAD} " in text:
                    risk_text, mit = text.split(f" {LEAD} ", 1)
                    _run(p, risk_text + " ")
                    _run(p, LEAD, bold=True)
                    _run(p, " " + mit)
                else:
                    _run(p, text)
        d.add_paragraph()  # the blank line the writer leaves between sections
    contact = d.add_paragraph()
    _run(contact, "Questions about this update? Email ", size=10)
    _run(contact, f"coordinator@{doc.organisation.split()[0].lower()}food.org.uk", size=10, colour="1155CC")
    _run(contact, " or call 01632 960 214 (Mon–Fri, 9–3).", size=10)
    # Google's export sets Arial as the document default too
    defaults = d.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        fonts = OxmlElement("w:rFonts")
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(a), "Arial")
        rpr = defaults.find(qn("w:rPrDefault"))
        if rpr is not None and rpr.find(qn("w:rPr")) is not None:
            rpr.find(qn("w:rPr")).insert(0, fonts)
    return _save(d)
