"""Word and PDF writers of council sitreps in layouts sitroom ships no template for.

Each writer prints a :class:`~council_layouts_gold.Doc` the way a real council or partner might:
headings as bold body text, numbered headings, risk tables, sections as a two-column table, banners,
two-column PDF pages, a letterhead with an address and "Page 1 of 3", headings told only by their size.
E-mail, web and Markdown returns are in ``council_layouts_web``.
"""

from __future__ import annotations

import io
from html import escape

from council_layouts_gold import LIKELIHOOD, OWNERS, RAG, Doc, Item

# ---------------------------------------------------------------- Word


def _docx() -> tuple[object, object]:
    from docx import Document
    from docx.shared import Pt

    return Document(), Pt


def _save(doc: object) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)  # type: ignore[attr-defined]
    return buf.getvalue()


def _bold_para(doc, text: str, size: float | None = None) -> None:
    from docx.shared import Pt

    run = doc.add_paragraph().add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def _risk_table(doc, items: list[Item], columns: tuple[str, ...], split: bool = False) -> None:
    table = doc.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, columns, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True
    for n, it in enumerate(items):
        values = {
            "Ref": f"R{n + 1}",
            "Risk": it.body,
            "Risk / issue": it.body,
            "RAG": RAG[it.level],
            "Likelihood": LIKELIHOOD[it.level],
            "Impact": LIKELIHOOD[min(3, it.level + 1)],
            "Mitigation": it.mitigation or "",
            "Mitigating actions": it.mitigation or "",
            "Owner": OWNERS[n % len(OWNERS)],
        }
        row = table.add_row().cells
        for cell, name in zip(row, columns, strict=True):
            cell.text = values[name]
            if name == "Mitigation" and split and "; " in values[name]:
                # a mitigation of several actions, one paragraph each
                first, rest = values[name].split("; ", 1)
                cell.text = first + ";"
                cell.add_paragraph(rest)


def _form(d, doc: Doc) -> None:
    """The return's details as a label | value grid under the title, as many council forms open."""
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in (("Service", doc.service), ("Completed by", "Sam Taylor, Head of Service"),
                         ("Date of return", doc.date)):  # fmt: skip
        left, right = table.add_row().cells
        left.paragraphs[0].add_run(label).bold = True
        right.text = value


def word_bold_headings(doc: Doc) -> bytes:
    """No heading styles: the title and headings (with a colon) are bold Normal paragraphs, a form grid
    of the return's details, items plain paragraphs."""
    d, _ = _docx()
    _bold_para(d, doc.title, 14)
    _form(d, doc)
    for s in doc.sections:
        _bold_para(d, f"{s.heading}:")
        for it in s.items:
            d.add_paragraph(it.text)
    return _save(d)


def word_risk_rag(doc: Doc) -> bytes:
    """Heading styles, bulleted items, risks in a Risk | RAG | Mitigation | Owner table."""
    d, _ = _docx()
    d.add_heading(doc.title, level=1)
    for s in doc.sections:
        d.add_heading(s.heading, level=2)
        if s.risks:
            _risk_table(d, s.items, ("Ref", "Risk", "RAG", "Mitigation", "Owner"), split=True)
            continue
        for it in s.items:
            d.add_paragraph(it.text, style="List Bullet")
    return _save(d)


def word_numbered(doc: Doc) -> bytes:
    """Typed numbers on bold headings ("1. Summary", "3.1 Staffing"); Risk | Likelihood | Impact | Mitigation."""
    d, _ = _docx()
    _bold_para(d, doc.title, 16)
    for s in doc.sections:
        _bold_para(d, s.heading, 12 if s.level == 1 else None)
        if s.risks:
            _risk_table(d, s.items, ("Risk", "Likelihood", "Impact", "Mitigation"))
            continue
        for it in s.items:
            d.add_paragraph(it.text, style="List Number")
    return _save(d)


def word_section_table(doc: Doc) -> bytes:
    """The whole return as one two-column table: heading cell | a cell of bullet paragraphs."""
    d, _ = _docx()
    _bold_para(d, doc.title, 14)
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, ("Area", "Update"), strict=True):
        cell.paragraphs[0].add_run(name).bold = True
    for s in doc.sections:
        left, right = table.add_row().cells
        left.paragraphs[0].add_run(s.heading).bold = True
        first = True
        for it in s.items:
            para = right.paragraphs[0] if first else right.add_paragraph()
            para.style = d.styles["List Bullet"]
            para.add_run(it.text)
            first = False
    return _save(d)


def word_banner_headings(doc: Doc) -> bytes:
    """Each heading a shaded one-cell table (a banner across the page), its items bulleted below it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d, _ = _docx()
    _bold_para(d, doc.title, 16)
    for s in doc.sections:
        banner = d.add_table(rows=1, cols=1).rows[0].cells[0]
        shade = OxmlElement("w:shd")
        shade.set(qn("w:val"), "clear")
        shade.set(qn("w:fill"), "1F4E79")
        banner._tc.get_or_add_tcPr().append(shade)
        banner.paragraphs[0].add_run(s.heading).bold = True
        for it in s.items:
            d.add_paragraph(it.text, style="List Bullet")
    return _save(d)


# ---------------------------------------------------------------- PDF


def _pdf_styles(body_size: float, head_bold: bool = True, head_scale: float = 1.1):
    from reportlab.lib.styles import ParagraphStyle

    head_font = "Helvetica-Bold" if head_bold else "Helvetica"
    return {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=8),
        "head": ParagraphStyle(
            "h", fontName=head_font, fontSize=body_size * head_scale, leading=body_size * head_scale + 4,
            spaceBefore=body_size, spaceAfter=body_size / 2,
        ),
        "sub": ParagraphStyle(
            "s", fontName=head_font, fontSize=body_size * (head_scale + 1) / 2, leading=body_size + 4,
            spaceBefore=body_size / 2, spaceAfter=3,
        ),
        "body": ParagraphStyle("b", fontName="Helvetica", fontSize=body_size, leading=body_size * 1.3, spaceAfter=3),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=body_size - 1, leading=body_size + 1),
        "cellhead": ParagraphStyle("ch", fontName="Helvetica-Bold", fontSize=body_size - 1, leading=body_size + 1),
    }  # fmt: skip


def _marked_up(it: Item, bold_lead: bool) -> str:
    """The item's text, its "Mitigation:" lead in bold when ``bold_lead`` (as many writers set it)."""
    if not bold_lead or not it.mitigation:
        return escape(it.text)
    cut = it.text.rfind(it.mitigation)
    head, lead = it.text[:cut].rsplit("Mitigation", 1)
    return f"{escape(head)}<b>Mitigation{escape(lead.rstrip())}</b> {escape(it.mitigation)}"


def _bullets(items: list[Item], st, bold_lead: bool = False) -> object:
    from reportlab.platypus import ListFlowable, ListItem, Paragraph

    return ListFlowable(
        [ListItem(Paragraph(_marked_up(it, bold_lead), st["body"]), leftIndent=12) for it in items],
        bulletType="bullet", start="•", leftIndent=12, bulletFontSize=st["body"].fontSize - 1,
    )  # fmt: skip


def _pdf_risk_table(items: list[Item], st, width: float, scored: bool = False) -> object:
    """Risk | RAG | Mitigation | Owner, or with ``scored`` Risk | Likelihood | Impact | Mitigation in 1-5 scores."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    names = ("Risk", "Likelihood", "Impact", "Mitigation") if scored else ("Risk", "RAG", "Mitigation", "Owner")
    head = [Paragraph(h, st["cellhead"]) for h in names]

    def cells(n: int, it: Item) -> list[str]:
        if scored:
            return [escape(it.body), str(2 + it.level // 2), str(2 + it.level), escape(it.mitigation or "")]
        return [escape(it.body), RAG[it.level], escape(it.mitigation or ""), OWNERS[n % len(OWNERS)]]

    rows = [head] + [[Paragraph(c, st["cell"]) for c in cells(n, it)] for n, it in enumerate(items)]
    widths = (0.4, 0.13, 0.1, 0.37) if scored else (0.4, 0.1, 0.35, 0.15)
    t = Table(rows, colWidths=[width * w for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def _story(doc: Doc, st, width: float, risk_table: bool, scored: bool = False) -> list:
    from reportlab.platypus import Paragraph

    story: list = []
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), st["head"] if s.level == 1 else st["sub"]))
        if s.risks and risk_table:
            story.append(_pdf_risk_table(s.items, st, width, scored))
        elif s.items:
            story.append(_bullets(s.items, st, bold_lead=s.risks and not risk_table))
    return story


def pdf_two_column(doc: Doc) -> bytes:
    """A newsletter-style page: the title across the top, then two columns of text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    buf = io.BytesIO()
    m, gap = 1.8 * cm, 0.8 * cm
    w, h = A4
    col = (w - 2 * m - gap) / 2
    st = _pdf_styles(9.5)
    first = [
        Frame(m, h - m - 1.6 * cm, w - 2 * m, 1.6 * cm, id="title"),
        Frame(m, m, col, h - 2 * m - 1.6 * cm, id="l1"),
        Frame(m + col + gap, m, col, h - 2 * m - 1.6 * cm, id="r1"),
    ]
    later = [Frame(m, m, col, h - 2 * m, id="l"), Frame(m + col + gap, m, col, h - 2 * m, id="r")]
    d = BaseDocTemplate(buf, pagesize=A4, title=doc.title, invariant=1)
    d.addPageTemplates([PageTemplate("first", first, autoNextPageTemplate="later"), PageTemplate("later", later)])
    story = [Paragraph(escape(doc.title), st["title"]), *_story(doc, st, col, False)]
    d.build(story)
    return buf.getvalue()


def pdf_letterhead(doc: Doc) -> bytes:
    """A letterhead: organisation, address and contact block, a "Page 1 of 3" footer, a risk table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfgen import canvas as pdfcanvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    w, h = A4
    m = 2 * cm
    org = doc.organisation

    class Numbered(pdfcanvas.Canvas):
        """Draws "Page N of M" once the page count is known."""

        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont("Helvetica", 8)
                self.drawString(m, 1.2 * cm, f"{org} · {doc.service}")
                self.drawRightString(w - m, 1.2 * cm, f"Page {self._pageNumber} of {total}")
                super().showPage()
            super().save()

    def masthead(c, _d) -> None:
        c.saveState()
        c.setFont("Helvetica-Bold", 18)
        c.drawString(m, h - 2.2 * cm, org)
        c.setFont("Helvetica", 8.5)
        for n, line in enumerate(("Civic Centre, Market Street", "Northfield NF1 2AB", "Tel: 01632 960 123",
                                  "www.example.gov.uk")):  # fmt: skip
            c.drawRightString(w - m, h - 1.6 * cm - n * 11, line)
        c.restoreState()

    buf = io.BytesIO()
    d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=m, rightMargin=m, topMargin=3.6 * cm, bottomMargin=2.2 * cm,
                          title=doc.title, invariant=1)  # fmt: skip
    st = _pdf_styles(10.5)
    contact = Paragraph(
        f"Contact: Sam Taylor, {doc.service} Duty Manager · sam.taylor@example.gov.uk · 01632 960 456", st["cell"]
    )
    story = [Paragraph(escape(doc.title), st["title"]), contact, Spacer(1, 8), *_story(doc, st, w - 2 * m, True)]
    d.build(story, onFirstPage=masthead, canvasmaker=Numbered)
    return buf.getvalue()


def pdf_font_size(doc: Doc) -> bytes:
    """Headings told only by their size (regular font, no bold, no capitals); risks scored 1-5 in a table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    buf = io.BytesIO()
    m = 2.2 * cm
    d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=m, rightMargin=m, title=doc.title, invariant=1)
    st = _pdf_styles(10, head_bold=False, head_scale=1.45)
    d.build([Paragraph(escape(doc.title), st["title"]), *_story(doc, st, A4[0] - 2 * m, True, scored=True)])
    return buf.getvalue()
