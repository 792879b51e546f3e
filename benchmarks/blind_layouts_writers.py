"""Word and PDF writers of the blind council layouts (``blind_layouts``): a two-column PDF bulletin under a
coloured masthead band, Word with real multilevel heading numbering and an Issue | Update | RAG table
per section, a Word return turned into PDF by LibreOffice (Symbol-font bullets, running header, "Page N"
footer) and an Italian Word return whose headings are bold run-in labels.
"""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
from html import escape
from pathlib import Path

from council_layouts_gold import RAG, Doc, Item
from council_layouts_writers import _docx, _save

FILL = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")
# a short topic for the Issue column, from the first word of the item that names one (else "General")
TOPICS = (("PPE", "PPE"), ("care home", "Care homes"), ("school", "Schools"), ("pupil", "Schools"),
          ("staff", "Staffing"), ("agency", "Staffing"), ("road", "Highways"), ("flood", "Flooding"),
          ("evacuat", "Evacuation"), ("rest centre", "Rest centres"), ("£", "Costs"), ("cost", "Costs"),
          ("provider", "Providers"), ("briefing", "Briefings"), ("message", "Messaging"), ("test", "Testing"),
          ("referral", "Referrals"), ("warning", "Warnings"), ("power", "Utilities"), ("volunteer", "Volunteers"),
          ("laptop", "Digital"), ("court", "Courts"), ("visit", "Visits"), ("bed", "Placements"),
          ("conference", "Child protection"), ("hub", "Community hubs"), ("leave", "Leave"))  # fmt: skip


def restyle_outline(doc: Doc) -> None:
    """The headings as Word's multilevel list renders them: "1. Summary", "3.1 Staffing"."""
    top = sub = 0
    for s in doc.sections:
        if s.level == 1:
            top, sub = top + 1, 0
            s.heading = f"{top}. {s.heading}"
        else:
            sub += 1
            s.heading = f"{top}.{sub} {s.heading}"


def _topic(it: Item) -> str:
    low = it.text.lower()
    hits = [(low.find(k.lower()), name) for k, name in TOPICS if k.lower() in low]
    return min(hits)[1] if hits else "General"


# ---------------------------------------------------------------- Word


def _w(tag: str) -> str:
    return f"{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}{tag}"


def _numbering(d, abstract_xml: str, num_id: int) -> None:
    """Add an abstract list definition and its w:num instance to the document's numbering part."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    part = d.part.numbering_part.element
    abstract = f"<w:abstractNum {nsdecls('w')} w:abstractNumId='{num_id}'>{abstract_xml}</w:abstractNum>"
    part.insert(0, parse_xml(abstract))  # every w:abstractNum comes before the first w:num
    part.append(parse_xml(f"<w:num {nsdecls('w')} w:numId='{num_id}'><w:abstractNumId w:val='{num_id}'/></w:num>"))


def _num(para, num_id: int, ilvl: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    para._p.get_or_add_pPr().insert(
        0, parse_xml(f"<w:numPr {nsdecls('w')}><w:ilvl w:val='{ilvl}'/><w:numId w:val='{num_id}'/></w:numPr>")
    )


_OUTLINE = "<w:multiLevelType w:val='multilevel'/>" + "".join(
    f"<w:lvl w:ilvl='{n}'><w:start w:val='1'/><w:numFmt w:val='decimal'/><w:pStyle w:val='Heading{n + 1}'/>"
    f"<w:lvlText w:val='{text}'/><w:lvlJc w:val='left'/><w:pPr><w:ind w:left='{567 * (n + 1)}' w:hanging='567'/>"
    "</w:pPr></w:lvl>"
    for n, text in enumerate(("%1.", "%1.%2"))
)
_SYMBOL_BULLET = (
    "<w:multiLevelType w:val='hybridMultilevel'/><w:lvl w:ilvl='0'><w:start w:val='1'/>"
    "<w:numFmt w:val='bullet'/><w:lvlText w:val='\uf0b7'/><w:lvlJc w:val='left'/>"
    "<w:pPr><w:ind w:left='720' w:hanging='360'/></w:pPr>"
    "<w:rPr><w:rFonts w:ascii='Symbol' w:hAnsi='Symbol' w:hint='default'/></w:rPr></w:lvl>"
)


def _shade(cell, fill: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    shd = f"<w:shd {nsdecls('w')} w:val='clear' w:color='auto' w:fill='{fill}'/>"
    cell._tc.get_or_add_tcPr().append(parse_xml(shd))


def word_outline(doc: Doc) -> bytes:
    """Heading 1 / Heading 2 numbered by a real multilevel list ("1.", "1.1"; the digits are not in the
    text), a prepared-by line, and per section an Issue | Update | RAG table whose Update cells are sentences."""
    d, pt = _docx()
    _numbering(d, _OUTLINE, 71)
    d.add_paragraph(doc.title, style="Title")
    d.add_paragraph(f"Prepared by the {doc.service} management team · {doc.date}").runs[0].italic = True
    for s in doc.sections:
        _num(d.add_heading(_NUMBER.sub("", s.heading), level=s.level), 71, s.level - 1)
        if not s.items:
            continue
        table = d.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for cell, name in zip(table.rows[0].cells, ("Issue", "Update", "RAG"), strict=True):
            cell.paragraphs[0].add_run(name).bold = True
            _shade(cell, "D9E2F3")
        for n, it in enumerate(s.items):
            rag = RAG[it.level] if s.risks else RAG[(n + doc.number) % 5 // 4]
            cells = table.add_row().cells
            for cell, value in zip(cells, (_topic(it), it.text, rag), strict=True):
                cell.text = value
            _shade(cells[2], FILL[rag])
        table.autofit = False
        for column, width in zip(table.columns, (3.2, 11.3, 1.8), strict=True):
            column.width = pt(width * 28.35)
            for cell in column.cells:
                cell.width = pt(width * 28.35)
        d.add_paragraph()
    return _save(d)


def _word_for_soffice(doc: Doc) -> bytes:
    """A plain Word return: a running header with the title, a "Page N" footer field, Heading 1/2 sections
    and bullets from a Symbol-font bullet list (Word's own default bullet)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d, pt = _docx()
    _numbering(d, _SYMBOL_BULLET, 72)
    sec = d.sections[0]
    head = sec.header.paragraphs[0]
    head.text = doc.title
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    head.runs[0].font.size = pt(8)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("Page ")
    field = ("<w:fldChar w:fldCharType='begin'/>", "<w:instrText xml:space='preserve'> PAGE </w:instrText>",
             "<w:fldChar w:fldCharType='separate'/>", "<w:t>1</w:t>", "<w:fldChar w:fldCharType='end'/>")  # fmt: skip
    for xml in field:
        foot._p.append(parse_xml(f"<w:r {nsdecls('w')}>{xml}</w:r>"))
    d.add_paragraph(doc.title, style="Title")
    d.add_paragraph(f"Report date: {doc.date}. Return {doc.number} from {doc.organisation}.")
    for s in doc.sections:
        d.add_heading(s.heading, level=s.level)
        for it in s.items:
            para = d.add_paragraph(it.text, style="List Paragraph")
            _num(para, 72, 0)
    return _save(d)


def pdf_soffice(doc: Doc) -> bytes:
    """The Word return of :func:`_word_for_soffice` converted to PDF by LibreOffice, as many offices do."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "return.docx"
        src.write_bytes(_word_for_soffice(doc))
        profile = Path(tmp) / "profile"  # a private profile: runs beside any other LibreOffice
        subprocess.run(
            ["/usr/bin/soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", tmp, str(src)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        return src.with_suffix(".pdf").read_bytes()


def word_italian(doc: Doc) -> bytes:
    """An Italian return with no heading lines for its sections: each section opens with a paragraph that
    starts with a bold run-in label ("Personale: …" then the first item); the section's other items follow
    as plain paragraphs. A parent heading (with sub-sections) is a bold line of its own."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d, pt = _docx()
    title = d.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(doc.title)
    run.bold, run.font.size = True, pt(14)
    d.add_paragraph(f"Aggiornamento al {doc.date} – a cura della Sala operativa").runs[0].italic = True
    for s in doc.sections:
        if not s.items:
            para = d.add_paragraph()
            para.add_run(s.heading).bold = True
            continue
        for n, it in enumerate(s.items):
            para = d.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if n == 0:
                para.add_run(f"{s.heading}:").bold = True
                para.add_run(f" {it.text}")
            else:
                para.add_run(it.text)
    return _save(d)


# ---------------------------------------------------------------- PDF


ADDRESS = "County Hall, Market Street, Northfield NF1 2AB · 01632 960 000 · resilience@example.gov.uk"


def _photo(width: float, caption: str, st) -> list:
    """A photograph (a drawn stand-in: sky, ground and sandbags) and its caption."""
    from reportlab.graphics.shapes import Circle, Drawing, Rect
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer

    h = width * 0.55
    dr = Drawing(width, h)
    dr.add(Rect(0, 0, width, h, fillColor=colors.HexColor("#9FC5E8"), strokeColor=None))
    dr.add(Rect(0, 0, width, h * 0.4, fillColor=colors.HexColor("#6AA84F"), strokeColor=None))
    for k in range(6):
        dr.add(Circle(20 + k * 18, h * 0.42, 9, fillColor=colors.HexColor("#B45F06"), strokeColor=None))
    return [dr, Paragraph(escape(caption), st["caption"]), Spacer(1, 6)]


def pdf_bulletin(doc: Doc) -> bytes:
    """A bulletin: a coloured masthead band (organisation, title, issue and date) on the first page, two
    columns, larger coloured headings, "•" bullets in both columns, a photograph with a caption after the
    first section, and a footer with the organisation's address and the page number on every page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, ListFlowable, ListItem, PageTemplate, Paragraph

    blue = colors.HexColor("#1F4E79")
    st = {
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=17, textColor=blue,
                             spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                             textColor=colors.HexColor("#2E75B6"), spaceBefore=6, spaceAfter=3),
        "body": ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11.5, spaceAfter=3),
        "caption": ParagraphStyle("c", fontName="Helvetica-Oblique", fontSize=7.5, leading=9,
                                  textColor=colors.HexColor("#555555"), spaceBefore=2),
    }  # fmt: skip
    w, h = A4
    m, gap, band = 1.6 * cm, 0.7 * cm, 3.2 * cm
    col = (w - 2 * m - gap) / 2

    def furniture(c, d, first: bool) -> None:
        c.saveState()
        if first:
            c.setFillColor(blue)
            c.rect(0, h - band, w, band, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica", 10)
            c.drawString(m, h - 1.0 * cm, doc.organisation.upper())
            c.setFont("Helvetica-Bold", 20)
            c.drawString(m, h - 2.0 * cm, doc.title)
            c.setFont("Helvetica", 10)
            c.drawString(m, h - 2.7 * cm, f"Issue {doc.number} · {doc.date}")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("Helvetica", 7.5)
        c.line(m, 1.3 * cm, w - m, 1.3 * cm)
        c.drawString(m, 0.9 * cm, ADDRESS)
        c.drawRightString(w - m, 0.9 * cm, str(d.page))
        c.restoreState()

    low, top = 1.6 * cm, h - band - 0.5 * cm
    first = [Frame(m, low, col, top - low, id="l1"), Frame(m + col + gap, low, col, top - low, id="r1")]
    later = [Frame(m, low, col, h - m - low, id="l"), Frame(m + col + gap, low, col, h - m - low, id="r")]
    buf = io.BytesIO()
    d = BaseDocTemplate(buf, pagesize=A4, title=doc.title, invariant=1)
    d.addPageTemplates([
        PageTemplate("first", first, onPage=lambda c, dd: furniture(c, dd, True), autoNextPageTemplate="later"),
        PageTemplate("later", later, onPage=lambda c, dd: furniture(c, dd, False)),
    ])  # fmt: skip
    story: list = []
    for n, s in enumerate(doc.sections):
        story.append(Paragraph(escape(s.heading), st["h1" if s.level == 1 else "h2"]))
        if s.items:
            story.append(ListFlowable(
                [ListItem(Paragraph(escape(it.text), st["body"]), leftIndent=10) for it in s.items],
                bulletType="bullet", start="•", leftIndent=10, bulletFontSize=8, bulletColor=blue))  # fmt: skip
        if n == 0:
            story += _photo(col, f"Staff and volunteers at the {doc.service} coordination centre this week. "
                                 f"Photo: {doc.organisation}", st)  # fmt: skip
    d.build(story)
    return buf.getvalue()
