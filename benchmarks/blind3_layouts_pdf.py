"""PDF writers of the fifth blind council layouts (``blind3_layouts``): a health-trust style report made
with reportlab platypus (a cover page with a logo box, version and a document-control table, a contents
page with dotted leaders, numbered headings) and a slide deck saved as PDF (landscape 16:9 pages, one
title per slide, bullets, a footer with the organisation and the slide number).
"""

from __future__ import annotations

import io
from html import escape

from council_layouts_gold import Doc

NHS_BLUE = "#005EB8"


def pdf_trust_report(doc: Doc) -> bytes:
    """Cover page: a blue logo box, the organisation, the title, the date, "Version 1.2" and a
    Version | Date | Author | Change table; a contents page (dotted leaders, page numbers) built by a real
    two-pass build; then the sections (blue numbered headings, "•" bullets), a running footer with the
    title, the version and "Page N" from the second page on."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        ListFlowable,
        ListItem,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.tableofcontents import TableOfContents

    blue = colors.HexColor(NHS_BLUE)
    st = {
        "cover": ParagraphStyle("cover", fontName="Helvetica-Bold", fontSize=24, leading=29, textColor=blue),
        "meta": ParagraphStyle("meta", fontName="Helvetica", fontSize=12, leading=16, spaceBefore=4),
        "contents": ParagraphStyle("contents", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=12),
        "H1": ParagraphStyle("H1", fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=blue,
                             spaceBefore=12, spaceAfter=6),
        "H2": ParagraphStyle("H2", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=blue,
                             spaceBefore=8, spaceAfter=4),
        "body": ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11),
    }  # fmt: skip
    w, h = A4
    m = 2.2 * cm

    def cover(c, _d) -> None:
        c.saveState()
        c.setFillColor(blue)
        c.rect(w - m - 3.2 * cm, h - m - 1.3 * cm, 3.2 * cm, 1.3 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-BoldOblique", 22)
        c.drawCentredString(w - m - 1.6 * cm, h - m - 0.95 * cm, "NHS")
        c.restoreState()

    def later(c, d) -> None:
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#425563"))
        c.drawString(m, 1.2 * cm, f"{doc.title} · Version 1.2")
        c.drawRightString(w - m, 1.2 * cm, f"Page {d.page}")
        c.restoreState()

    class Report(BaseDocTemplate):
        def afterFlowable(self, flowable) -> None:  # feed the contents page
            if isinstance(flowable, Paragraph) and flowable.style.name in ("H1", "H2"):
                self.notify("TOCEntry", (0 if flowable.style.name == "H1" else 1, flowable.getPlainText(), self.page))

    buf = io.BytesIO()
    d = Report(buf, pagesize=A4, title=doc.title, invariant=1)
    frame = Frame(m, 2 * cm, w - 2 * m, h - 2 * m - 1 * cm)
    d.addPageTemplates([
        PageTemplate("cover", [frame], onPage=cover, autoNextPageTemplate="body"),
        PageTemplate("body", [frame], onPage=later),
    ])  # fmt: skip
    control = [["Version", "Date", "Author", "Change"],
               ["1.0", "1 April 2020", "Emergency Planning Officer", "First draft for the incident team"],
               ["1.1", "3 April 2020", "Head of Resilience", "Figures updated after the cell meeting"],
               ["1.2", doc.date, "Head of Resilience", "Approved for circulation"]]  # fmt: skip
    table = Table([[Paragraph(escape(v), st["cell"]) for v in row] for row in control],
                  colWidths=(1.8 * cm, 3 * cm, 4.2 * cm, 7.5 * cm))  # fmt: skip
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDEE"))]))  # fmt: skip
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [
        ParagraphStyle("toc1", fontName="Helvetica", fontSize=11, leading=16, leftIndent=0, firstLineIndent=0),
        ParagraphStyle("toc2", fontName="Helvetica", fontSize=10, leading=14, leftIndent=18, firstLineIndent=0),
    ]
    story: list = [Spacer(1, 3 * cm), Paragraph(escape(doc.organisation), st["meta"]), Spacer(1, 0.6 * cm),
                   Paragraph(escape(doc.title), st["cover"]), Spacer(1, 0.6 * cm),
                   Paragraph(escape(doc.date), st["meta"]), Paragraph("Version 1.2", st["meta"]),
                   Spacer(1, 1.5 * cm), Paragraph("<b>Document control</b>", st["meta"]), Spacer(1, 0.2 * cm), table,
                   PageBreak(), Paragraph("Contents", st["contents"]), toc, PageBreak()]  # fmt: skip
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), st["H1" if s.level == 1 else "H2"]))
        if s.items:
            story.append(ListFlowable(
                [ListItem(Paragraph(escape(it.text), st["body"]), leftIndent=14) for it in s.items],
                bulletType="bullet", start="•", leftIndent=14, bulletFontSize=9))  # fmt: skip
    d.multiBuild(story)
    return buf.getvalue()


# ---------------------------------------------------------------- slides

SLIDE = (960.0, 540.0)  # 16:9, in points
DARK = "#1B3A5C"


def _slide_frame(c, items: list[str], size: float) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Frame, ListFlowable, ListItem, Paragraph

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=size, leading=size * 1.25, spaceAfter=size * 0.6)
    flow = ListFlowable([ListItem(Paragraph(escape(t), body), leftIndent=26) for t in items], bulletType="bullet",
                        start="•", leftIndent=26, bulletFontSize=size)  # fmt: skip
    Frame(56, 56, SLIDE[0] - 112, SLIDE[1] - 56 - 128, showBoundary=0).addFromList([flow], c)


def pdf_slides(doc: Doc) -> bytes:
    """A deck saved as PDF: a title slide (title, organisation, date), one slide per section (its title in
    30 pt under a coloured bar, its items as bullets, smaller type when there are many), a divider slide for
    a parent heading, a closing "Questions?" slide; every slide but the first has a footer with the
    organisation and the slide number."""
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=SLIDE, invariant=1)
    c.setTitle(doc.title)
    w, h = SLIDE
    dark = colors.HexColor(DARK)
    page = 1

    def footer() -> None:
        c.setFont("Helvetica", 10)
        c.setFillColor(colors.HexColor("#6B7B8C"))
        c.drawString(56, 24, f"{doc.organisation} | {doc.service}")
        c.drawRightString(w - 56, 24, str(page))

    c.setFillColor(dark)
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 36)
    c.drawString(56, h / 2 + 20, doc.title)
    c.setFont("Helvetica", 18)
    c.drawString(56, h / 2 - 24, f"{doc.organisation} · {doc.date}")
    c.showPage()
    for s in doc.sections:
        page += 1
        if not s.items:  # a divider slide
            c.setFillColor(dark)
            c.setFont("Helvetica-Bold", 40)
            c.drawCentredString(w / 2, h / 2, s.heading)
        else:
            c.setFillColor(dark)
            c.rect(0, h - 18, w, 18, stroke=0, fill=1)
            c.setFont("Helvetica-Bold", 30)
            c.drawString(56, h - 84, s.heading)
            size = 20 if len(s.items) <= 4 else 17 if len(s.items) <= 6 else 14
            _slide_frame(c, [it.text for it in s.items], size)
        footer()
        c.showPage()
    page += 1
    c.setFillColor(dark)
    c.setFont("Helvetica-Bold", 40)
    c.drawCentredString(w / 2, h / 2 + 10, "Questions?")
    c.setFont("Helvetica", 16)
    c.drawCentredString(w / 2, h / 2 - 30, "resilience@example.gov.uk")
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()
