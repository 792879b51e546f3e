"""PDF writers of the ``blind8_layouts`` set: a US county's incident status summary as a flattened ICS 209
style form (drawn on a reportlab canvas: ruled cells whose small numbered labels sit in their top corner, the
typed answers in the form's field font inside them, each point a "- " line whose wrapped lines go back to the
box's edge, the text shrunk to fit a fixed box as a form field's auto size does; three pages, the incident
name and number repeated at the top of each, "ICS 209, Page n" and "Page n of 3" at the foot) and a
resilience forum's weekly bulletin set in two columns (platypus frames: a masthead banner across the first
page, an "At a glance" box of figures at the head of its right column, headings, paragraphs and bullets
flowing down the left column and on into the right, a pull quote between rules, a running head and footer).
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta
from html import escape

from blind5_layouts_content import figure
from blind8_layouts_content import report_day
from council_layouts_gold import Doc

FIRES = ("Cedar Gulch Fire", "Bitter Creek Fire", "Horse Ridge Complex", "Lone Pine Fire")
LETTER_W, LETTER_H = 612.0, 792.0
M = 30.0

# box numbers of the narrative boxes, page by page, and each box's fixed height
PAGES = ((("12.", 250), ("13.", 250)), (("14.", 190), ("15.", 220), ("16.", 150)), (("17.", 220), ("18.", 120)))


class _Form:
    """The form's canvas: ruled cells with a label in their corner and typed text inside."""

    def __init__(self, doc: Doc) -> None:
        from reportlab.pdfgen.canvas import Canvas

        self.doc = doc
        self.buf = io.BytesIO()
        self.c = Canvas(self.buf, pagesize=(LETTER_W, LETTER_H), invariant=1)
        self.c.setTitle(f"ICS 209 {doc.service} {doc.number}")
        self.c.setLineWidth(0.8)

    def cell(self, x: float, top: float, w: float, h: float, label: str, value: str = "") -> None:
        c = self.c
        c.rect(x, top - h, w, h)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(x + 3, top - 9, label)
        if value:
            c.setFont("Helvetica", 9)
            for k, line in enumerate(value.split("\n")):
                c.drawString(x + 6, top - 21 - 11 * k, line)

    def box(self, top: float, h: float, label: str, points: list[str]) -> None:
        """A narrative box: its label, then the typed points, the font shrunk until they fit the box."""
        from reportlab.lib.utils import simpleSplit

        c = self.c
        width = LETTER_W - 2 * M
        c.rect(M, top - h, width, h)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(M + 3, top - 10, label)
        size = 9.0
        while True:
            lines = [line for p in points for line in simpleSplit(f"- {p}", "Helvetica", size, width - 12)]
            if len(lines) * size * 1.18 <= h - 20 or size <= 6:
                break
            size -= 0.5
        c.setFont("Helvetica", size)
        y = top - 14 - size * 1.18
        for line in lines:
            c.drawString(M + 6, y, line)
            y -= size * 1.18

    def head(self, page: int, name: str, number: str) -> float:
        """The form's title row and the incident name and number row; the y under them."""
        c = self.c
        top = LETTER_H - M
        c.rect(M, top - 22, LETTER_W - 2 * M, 22)
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(LETTER_W / 2, top - 16, "INCIDENT STATUS SUMMARY (ICS 209)")
        half = (LETTER_W - 2 * M) / 2
        self.cell(M, top - 22, half, 32, "*1. Incident Name:", name)
        self.cell(M + half, top - 22, half, 32, "2. Incident Number:", number)
        c.setFont("Helvetica", 7.5)
        c.drawString(M, 18, f"ICS 209, Page {page}")
        c.drawCentredString(LETTER_W / 2, 18, "*Required when applicable.")
        c.drawRightString(LETTER_W - M, 18, f"Page {page} of {len(PAGES)}")
        return top - 54


def pdf_ics209_form(doc: Doc) -> bytes:
    """The three pages of the form, filled in and flattened: the identification cells (report version,
    commander, start, size, containment, complexity, period, preparer) on page 1, the numbered narrative boxes
    (each section's heading is its box's label), the approval cells on page 3."""
    form = _Form(doc)
    k = zlib.crc32(doc.organisation.encode())
    name = FIRES[k % len(FIRES)]
    number = f"{('CO', 'OR', 'ID', 'MT')[k % 4]}-{('SWX', 'PVD', 'CBX', 'HCX')[k % 4]}-{k % 900000 + 100000:06d}"
    when = report_day(doc)
    start = when - timedelta(days=doc.number + 1)
    # the boxes hold the figures of the day whether or not a narrative point repeats them
    acres = figure(doc, ("acres",))[0].replace("–", f"{(k % 40 + 8) * 100 * doc.number:,}")
    contained = figure(doc, ("Containment",))[0].replace("–", f"{min(5 * doc.number + k % 20, 95)}%")
    boxes = {s.heading.split(" ", 1)[0]: s for s in doc.sections}
    w = LETTER_W - 2 * M
    for page, layout in enumerate(PAGES, start=1):
        top = form.head(page, name, number)
        if page == 1:
            version = (
                "[  ] Initial     [X] Update     [  ] Final"
                if doc.number > 1
                else "[X] Initial  [  ] Update  [  ] Final"
            )
            form.cell(M, top, w * 0.3, 44, "3. Report Version (check one box):", f"{version}\nReport #: {doc.number}")
            form.cell(M + w * 0.3, top, w * 0.4, 44, "4. Incident Commander(s) & Agency or Organization:",
                      "R. Delgado, Type 2 IMT\n" + doc.organisation)  # fmt: skip
            form.cell(M + w * 0.7, top, w * 0.3, 44, "5. Incident Start Date/Time:",
                      f"Date: {start:%m/%d/%Y}  Time: 1437\nTime Zone: MDT")  # fmt: skip
            top -= 44
            cells = (("6. Incident Size or Area Involved:", f"{acres} acres"),
                     ("7. Percent (%) Contained:", contained), ("8. Incident Definition:", "Wildfire – timber"),
                     ("9. Incident Complexity Level:", "Type 2"))  # fmt: skip
            for n, (label, value) in enumerate(cells):
                form.cell(M + n * w / 4, top, w / 4, 34, label, value)
            top -= 34
            form.cell(
                M,
                top,
                w / 2,
                34,
                "10. For Time Period:",
                f"From: {when - timedelta(days=1):%m/%d/%Y} 0600  To: {when:%m/%d/%Y} 0600",
            )
            form.cell(M + w / 2, top, w / 2, 34, "11. Prepared By (Name, ICS Position, Date/Time):",
                      f"K. Whitlock, SITL, {when:%m/%d/%Y} 1900")  # fmt: skip
            top -= 34
        for box, height in layout:
            s = boxes.get(box)
            if s is not None:
                form.box(top, height, s.heading, [it.text for it in s.items])
                top -= height
        if page == len(PAGES):
            form.cell(M, top, w / 2, 40, "19. Approved By (Name, Position, Signature):",
                      "R. Delgado, Incident Commander")  # fmt: skip
            form.cell(M + w / 2, top, w / 2, 40, "20. Primary Location, Organization, or Agency Sent To:",
                      f"{doc.organisation} EOC; State EOC")  # fmt: skip
        form.c.showPage()
    form.c.save()
    return form.buf.getvalue()


# ---------------------------------------------------------------- two-column bulletin

BRAND = "#0B5563"
GLANCE = ((("flood warnings",), "flood warnings in force"), (("escalation beds",), "escalation beds open"),
          (("Warm spaces",), "warm spaces open"), (("recovery grants",), "households paid flood grants"),
          (("lost power",), "properties lost power"), (("newsletter",), "residents reached"),
          (("Gritting",), "gritting runs"), (("bursts",), "bursts repaired"))  # fmt: skip
BULLETED = ("Headlines", "Risks to watch", "Dates for your diary")
LEAD = "What partners are doing:"


def pdf_bulletin(doc: Doc) -> bytes:
    """A4 in two columns: on the first page a masthead banner (the bulletin's name, the forum, issue and date)
    and the "At a glance" box at the head of the right column; headings in the brand colour, sub-headings in
    bold, paragraphs and "•" bullets, the risk's partners' action after a bold lead; a pull quote between
    rules after the partner updates; a running head on later pages; the forum, "OFFICIAL" and the page number
    at the foot of every page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate, Paragraph, Table

    brand = colors.HexColor(BRAND)
    pw, ph = A4
    gap, margin = 18.0, 36.0
    col = (pw - 2 * margin - gap) / 2
    st = {
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=brand,
                             spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=6, spaceAfter=2,
                             keepWithNext=1),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5),
        "li": ParagraphStyle("li", fontName="Helvetica", fontSize=9.5, leading=12.5, leftIndent=11, bulletIndent=1,
                             spaceAfter=3),
        "quote": ParagraphStyle("q", fontName="Helvetica-Oblique", fontSize=13, leading=17, textColor=brand),
    }  # fmt: skip
    when = report_day(doc)

    def foot(c) -> None:
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(margin, 22, f"OFFICIAL  ·  {doc.organisation}  ·  Resilience Bulletin, issue {doc.number}")
        c.drawRightString(pw - margin, 22, f"Page {c.getPageNumber()}")

    def first(c, _d) -> None:
        c.saveState()
        c.setFillColor(brand)
        c.rect(0, ph - 118, pw, 118, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 30)
        c.drawString(margin, ph - 62, "RESILIENCE BULLETIN")
        c.setFont("Helvetica", 11)
        c.drawString(margin, ph - 84, doc.organisation)
        c.drawString(margin, ph - 100, "Working together to prepare, respond and recover")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(pw - margin, ph - 62, f"Issue {doc.number}")
        c.setFont("Helvetica", 10)
        c.drawRightString(pw - margin, ph - 80, f"{when:%A} {doc.date}")
        x, top = margin + col + gap, ph - 138
        c.setFillColor(colors.HexColor("#E6F2F3"))
        c.setStrokeColor(brand)
        c.rect(x, top - 150, col, 150, stroke=1, fill=1)
        c.setFillColor(brand)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x + 10, top - 20, "At a glance")
        shown = [(figure(doc, words)[0], label) for words, label in GLANCE]
        for n, (value, label) in enumerate([f for f in shown if f[0] != "–"][:4]):
            c.setFont("Helvetica-Bold", 18)
            c.drawString(x + 10, top - 50 - 28 * n, value)
            c.setFont("Helvetica", 9)
            c.setFillColor(colors.HexColor("#1A1A1A"))
            c.drawString(x + 84, top - 47 - 28 * n, label)
            c.setFillColor(brand)
        foot(c)
        c.restoreState()

    def later(c, _d) -> None:
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(brand)
        c.drawString(margin, ph - 26, f"{doc.organisation}  |  Resilience Bulletin  |  Issue {doc.number}")
        c.setStrokeColor(brand)
        c.line(margin, ph - 31, pw - margin, ph - 31)
        foot(c)
        c.restoreState()

    low, top1 = 40.0, ph - 130
    frames1 = [Frame(margin, low, col, top1 - low, id="l1"),
               Frame(margin + col + gap, low, col, top1 - 160 - low, id="r1")]  # fmt: skip
    frames2 = [
        Frame(margin, low, col, ph - 44 - low, id="l2"),
        Frame(margin + col + gap, low, col, ph - 44 - low, id="r2"),
    ]
    buf = io.BytesIO()
    d = BaseDocTemplate(buf, pagesize=A4, title=f"Resilience Bulletin – Issue {doc.number}", author=doc.organisation,
                        invariant=1)  # fmt: skip
    d.addPageTemplates([PageTemplate("first", frames1, onPage=first), PageTemplate("later", frames2, onPage=later)])
    story: list = [NextPageTemplate("later")]
    quoted = False
    for k, s in enumerate(doc.sections):
        story.append(Paragraph(escape(s.heading), st["h1" if s.level == 1 else "h2"]))
        for it in s.items:
            text = escape(it.text).replace(LEAD, f"<b>{LEAD}</b>")
            if s.heading in BULLETED:
                story.append(Paragraph(text, st["li"], bulletText="•"))
            else:
                story.append(Paragraph(text, st["p"]))
        after = doc.sections[k + 1] if k + 1 < len(doc.sections) else None
        if s.level == 2 and (after is None or after.level == 1) and not quoted and doc.sections[0].items:
            # the editor lifts a headline into the quote: the longest, not one with a "(up from …)" note
            pull = max(doc.sections[0].items, key=lambda it: ("(" not in it.text, len(it.text)))
            quote = Table([[Paragraph(f"“{escape(pull.text)}”", st["quote"])]], colWidths=[col])
            quote.setStyle([("LINEABOVE", (0, 0), (-1, 0), 1.5, brand), ("LINEBELOW", (0, -1), (-1, -1), 1.5, brand),
                            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])  # fmt: skip
            story.append(quote)
            quoted = True
    d.build(story)
    return buf.getvalue()
