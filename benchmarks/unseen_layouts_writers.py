"""Word and PDF writers of the unseen council layouts (``unseen_layouts``): French and Spanish returns,
a "SITUATION IN NUMBERS" sidebar, a form-style PDF, Roman-numeral headings in bold body text, and a
Word return whose sections are table rows with a RAG column.
"""

from __future__ import annotations

import io
import re
from html import escape

from council_layouts_gold import RAG, Doc, Item
from council_layouts_writers import _bold_para, _docx, _pdf_styles, _save

NIVEAU = ("Faible", "Moyen", "Élevé", "Élevé")
FILL = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
_FIGURE = re.compile(r"(£?\d[\d,]*%?)\s+((?:[A-Za-z'’-]+\s+){1,3}[A-Za-z'’-]+)")


def restyle_mitigation_line(doc: Doc) -> None:
    """A risk's mitigation printed as "Mitigation:" at a line end and the action below it."""
    for s in doc.sections:
        for it in s.items:
            if it.mitigation:
                it.text = f"{it.body} Mitigation: {it.mitigation}"


def restyle_roman(doc: Doc) -> None:
    """Headings numbered I., II., III. … and printed in capitals."""
    numerals = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
    for n, s in enumerate(doc.sections):
        s.heading = f"{numerals[n]}. {s.heading.upper()}"


# ---------------------------------------------------------------- Word


def word_french(doc: Doc) -> bytes:
    """A French return: Title style, Heading 1 sections, bullets, risks in a French risk table."""
    d, _ = _docx()
    d.add_paragraph(doc.title, style="Title")
    for s in doc.sections:
        d.add_heading(s.heading, level=1)
        if s.risks:
            cols = ("Risque", "Niveau", "Mesures d'atténuation", "Responsable")
            table = d.add_table(rows=1, cols=len(cols))
            table.style = "Table Grid"
            for cell, name in zip(table.rows[0].cells, cols, strict=True):
                cell.paragraphs[0].add_run(name).bold = True
            for n, it in enumerate(s.items):
                row = table.add_row().cells
                for cell, value in zip(row, (it.body, NIVEAU[it.level], it.mitigation or "", f"Pôle {n + 1}"),
                                       strict=True):  # fmt: skip
                    cell.text = value
            continue
        for it in s.items:
            d.add_paragraph(it.text, style="List Bullet")
    return _save(d)


def word_rows_rag(doc: Doc) -> bytes:
    """Each section a table row: heading cell | a cell of bullets | a RAG cell shaded in its colour."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d, _ = _docx()
    _bold_para(d, doc.title, 14)
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, ("Area", "Update", "RAG"), strict=True):
        cell.paragraphs[0].add_run(name).bold = True
    for s in doc.sections:
        left, mid, right = table.add_row().cells
        left.paragraphs[0].add_run(s.heading).bold = True
        for n, it in enumerate(s.items):
            para = mid.paragraphs[0] if n == 0 else mid.add_paragraph()
            para.style = d.styles["List Bullet"]
            para.add_run(it.text)
        rag = RAG[max((it.level for it in s.items), default=0)]
        right.text = rag
        shade = OxmlElement("w:shd")
        shade.set(qn("w:val"), "clear")
        shade.set(qn("w:fill"), FILL[rag])
        right._tc.get_or_add_tcPr().append(shade)
    return _save(d)


# ---------------------------------------------------------------- PDF


def _items(items: list[Item], st, glyph: str = "•", mitigation_break: bool = False) -> object:
    from reportlab.platypus import ListFlowable, ListItem, Paragraph

    def text(it: Item) -> str:
        if mitigation_break and it.mitigation:
            return f"{escape(it.body)} Mitigation:<br/>{escape(it.mitigation)}"
        return escape(it.text)

    return ListFlowable(
        [ListItem(Paragraph(text(it), st["body"]), leftIndent=14) for it in items],
        bulletType="bullet", start=glyph, leftIndent=14, bulletFontSize=st["body"].fontSize,
    )  # fmt: skip


def _simple(doc: Doc, story: list, margin: float = 56) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    buf = io.BytesIO()
    d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin, title=doc.title, invariant=1)
    d.build(story)
    return buf.getvalue()


def pdf_spanish_dashes(doc: Doc) -> bytes:
    """A Spanish return: bold headings, "–" dash bullets, each mitigation on the line after "Mitigation:"."""
    from reportlab.platypus import Paragraph

    st = _pdf_styles(10)
    story: list = [Paragraph(escape(doc.title), st["title"])]
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), st["head"]))
        if s.items:
            story.append(_items(s.items, st, "–", mitigation_break=True))
    return _simple(doc, story)


def pdf_roman(doc: Doc) -> bytes:
    """Headings "I. KEY POINTS" in bold at the body's size; items plain paragraphs, no bullets."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    st = _pdf_styles(10)
    head = ParagraphStyle("rh", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=10, spaceAfter=4)
    body = ParagraphStyle("rb", parent=st["body"], spaceAfter=5)
    story: list = [Paragraph(escape(doc.title), st["title"])]
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), head))
        story += [Paragraph(escape(it.text), body) for it in s.items]
    return _simple(doc, story)


def pdf_form(doc: Doc) -> bytes:
    """A form: a label | value grid of the return's details, then bold headings over bulleted sections."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    st = _pdf_styles(10)
    grid = [
        ["Organisation", doc.organisation, "Service", doc.service],
        ["Return number", str(doc.number), "Date of return", doc.date],
        ["Completed by", "Sam Taylor", "Overall status", "Amber"],
        ["Period covered", "Previous 7 days", "Next return due", "Next Monday"],
    ]
    cells = [[Paragraph(escape(v), st["cellhead"] if n % 2 == 0 else st["cell"]) for n, v in enumerate(r)]
             for r in grid]  # fmt: skip
    table = Table(cells, colWidths=[90, 150, 90, 150])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#DDDDDD")),
                               ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#DDDDDD"))]))  # fmt: skip
    story: list = [Paragraph(escape(doc.title), st["title"]), table, Spacer(1, 10)]
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), st["head"]))
        if s.items:
            story.append(_items(s.items, st))
    return _simple(doc, story)


def _figures(doc: Doc) -> list[tuple[str, str]]:
    """Up to five (figure, what it counts) pairs taken from the items, for the sidebar."""
    out = []
    for s in doc.sections:
        for it in s.items:
            m = _FIGURE.search(it.text)
            if m and len(out) < 5:
                out.append((m.group(1), m.group(2)))
    return out or [("0", "figures reported")]


def pdf_sidebar(doc: Doc) -> bytes:
    """Page one: body text on the left, a shaded "SITUATION IN NUMBERS" box of figures on the right."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    buf = io.BytesIO()
    w, h = A4
    m, gap, side = 50, 18, 150
    main = w - 2 * m - gap - side
    st = _pdf_styles(10)
    big = ParagraphStyle("fig", fontName="Helvetica-Bold", fontSize=18, leading=21, textColor=colors.white)
    small = ParagraphStyle("lab", fontName="Helvetica", fontSize=8, leading=10, textColor=colors.white, spaceAfter=8)
    boxhead = ParagraphStyle("bh", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=colors.white,
                             spaceAfter=8)  # fmt: skip
    top = h - m - 50

    def shade(c, _d) -> None:
        c.saveState()
        c.setFillColor(colors.HexColor("#1F4E79"))
        c.rect(w - m - side, top - 300, side, 300, stroke=0, fill=1)
        c.restoreState()

    first = [
        Frame(m, top, w - 2 * m, 50, id="title"),
        Frame(w - m - side, top - 300, side, 300, id="side", leftPadding=8, rightPadding=8),
        Frame(m, m, main, top - m, id="body"),
    ]
    later = [Frame(m, m, w - 2 * m, h - 2 * m, id="page")]
    d = BaseDocTemplate(buf, pagesize=A4, title=doc.title, invariant=1)
    d.addPageTemplates([PageTemplate("first", first, onPage=shade, autoNextPageTemplate="later"),
                        PageTemplate("later", later)])  # fmt: skip
    story: list = [Paragraph(escape(doc.title), st["title"]), FrameBreak(),
                   Paragraph("SITUATION IN NUMBERS", boxhead)]  # fmt: skip
    for fig, label in _figures(doc):
        story += [Paragraph(escape(fig), big), Paragraph(escape(label), small)]
    story.append(FrameBreak())
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), st["head"]))
        if s.items:
            story.append(_items(s.items, st))
    d.build(story)
    return buf.getvalue()
