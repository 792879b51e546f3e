"""PDF writers of the ``blind43_layouts`` set drawn with reportlab (the pages placed as the tool places them).

A Church of England diocese's weekly flood response bulletin, set as an A5 booklet for the parishes and sent to them
as the printer's file — the pages imposed for saddle-stitching, two A5 pages side by side on each A4 landscape sheet
in the order the sheets are folded and stapled (with eight pages: 8 and 1, 2 and 7, 6 and 3, 4 and 5), so that the
file reads back cover, cover, page 2, page 7 …: the cover (the diocese, a cross drawn as shapes, "Flood response
bulletin", the number and date, "Inside"), each section's name in letter-spaced capitals in the diocese's purple,
the summary as paragraphs, the other points after "•", "What we are doing:" in bold inside a risk's point, the
bulletin's name and the page number at the foot of the inner pages, "A prayer in time of flood" on the last inner
page, the diocesan office's address, telephone and charity number on the back cover. "£3,400", "£1.25m",
"16 November", "(last week: 5)".

A Scottish hospice's weekly situation report to its board and the Health and Social Care Partnership, written in Word
and saved as PDF, its risk register a landscape table turned on a portrait page (the table set sideways, reading from
the bottom of the page up, as a landscape table is fitted into a portrait report): the hospice's name and "Weekly
situation report" at the head, the report's line, each section a bold heading, the key messages as paragraphs, the
other points after "•", then a page turned on its side with the caption "Risk register" and the table (Ref | Risk |
Likelihood | Impact | Controls | Owner), the controls in their own column, the sections after it on portrait pages
again, "OFFICIAL-SENSITIVE" and "Page 1 of 3" at every foot. "£3,400", "£1.25m", "16 January", "(last week: 5)".
"""

from __future__ import annotations

import io
import zlib
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind43_layouts_content import parts
from council_layouts_gold import Doc

PURPLE = "#5b2c6f"


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=4)
    bullet = ParagraphStyle("u", parent=base, leftIndent=10, bulletIndent=0, spaceAfter=3)
    return base, bullet


def _tracked(text: str, size: float, colour: str, space: float):
    """A heading in capitals set with letter-spacing (tracking), as a designer sets it."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Flowable

    class Tracked(Flowable):
        def wrap(self, aw, ah):
            return aw, size + 10

        def draw(self):
            t = self.canv.beginText(0, 4)
            t.setFont("Helvetica-Bold", size)
            t.setCharSpace(space)
            t.setFillColor(HexColor(colour))
            t.textOut(text)
            self.canv.drawText(t)

    return Tracked()


def _paginate(flows, width: float, height: float) -> list[list[tuple[object, float]]]:
    """Flowables on pages of ``height`` (each with its height), a new page where one does not fit or at None."""
    pages: list[list] = [[]]
    left = height
    for f in flows:
        if f is None:
            pages.append([])
            left = height
            continue
        _, h = f.wrap(width, height)
        if h > left and pages[-1]:
            pages.append([])
            left = height
        pages[-1].append((f, h))
        left -= h
    return pages


def _items(s, lang: str, base, bullet, summary: str) -> list:
    from reportlab.platypus import Paragraph

    out = []
    for it in s.items:
        if s.key == summary:
            out.append(Paragraph(escape(it.text), base))
            continue
        risk, lead, rest = parts(it, lang)
        text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
        out.append(Paragraph(text, bullet, bulletText="•"))
    return out


# ---------------------------------------------------------------- a diocese's bulletin, imposed as an A5 booklet

OFFICES = {"Fenwold": "Church House, Minster Yard, Fenwold FW1 2DE", "Ribbledale": "Diocesan Office, Clitheroe Road, "
           "Ribbledale RB7 4QP", "Severnmouth": "Church House, Quay Street, Severnmouth SV2 1AL",
           "Calderfield": "The Diocesan Centre, Kirkgate, Calderfield CF4 8NN"}  # fmt: skip


def pdf_booklet_imposed_gb(doc: Doc) -> bytes:
    """The bulletin's A5 pages imposed two to an A4 landscape sheet for saddle-stitching."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph, Spacer

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    see = doc.organisation.removeprefix("Diocese of ")
    base, bullet = _styles()
    pw, ph = 148.5 * mm, 210 * mm
    width, height = pw - 30 * mm, ph - 38 * mm
    flows: list = []
    for s in doc.sections:
        flows += [Spacer(1, 5), _tracked(s.heading, 10, PURPLE, 1.6)]
        flows += _items(s, "dio", base, bullet, "highlights")
    flows += [None, _tracked("A PRAYER IN TIME OF FLOOD", 10, PURPLE, 1.6)]
    flows.append(Paragraph("<i>Lord of wind and water, be with all whose homes and churches are flooded; give "
                           "strength to those who help them, and hope to all who wait. Amen.</i>", base))  # fmt: skip
    inner = _paginate(flows, width, height)
    total = 4 * -(-(len(inner) + 2) // 4)
    pages: dict[int, list] = {i + 2: p for i, p in enumerate(inner)}
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    c.setTitle(doc.title)
    c.setAuthor(f"Diocese of {see} Communications")
    c.setCreator("Adobe InDesign 19.2 (Macintosh)")

    def page(n: int, x0: float) -> None:
        if n == 1:
            c.setFillColor(HexColor(PURPLE))
            c.rect(x0, ph - 70 * mm, pw, 70 * mm, fill=1, stroke=0)
            c.setFillColor(HexColor("#ffffff"))
            c.rect(x0 + pw / 2 - 2 * mm, ph - 55 * mm, 4 * mm, 30 * mm, fill=1, stroke=0)
            c.rect(x0 + pw / 2 - 10 * mm, ph - 38 * mm, 20 * mm, 4 * mm, fill=1, stroke=0)
            c.setFont("Helvetica-Bold", 12)
            c.drawCentredString(x0 + pw / 2, ph - 64 * mm, doc.organisation.upper())
            c.setFillColor(HexColor(PURPLE))
            c.setFont("Helvetica-Bold", 24)
            c.drawString(x0 + 15 * mm, ph - 95 * mm, "Flood response")
            c.drawString(x0 + 15 * mm, ph - 105 * mm, "bulletin")
            c.setFont("Helvetica", 12)
            c.drawString(x0 + 15 * mm, ph - 117 * mm, f"No. {doc.number} · {when.day} {when:%B %Y}")
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x0 + 15 * mm, 60 * mm, "INSIDE")
            c.setFont("Helvetica", 9)
            for i, s in enumerate(doc.sections[:5]):
                c.drawString(x0 + 15 * mm, 54 * mm - i * 11, s.heading.capitalize())
            return
        if n == total:
            c.setFillColor(HexColor(PURPLE))
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x0 + 15 * mm, 70 * mm, doc.organisation)
            c.setFont("Helvetica", 9)
            lines = (OFFICES[see], f"01{h % 900 + 100} {h % 900000 + 100000}", f"flood@{see.lower()}.anglican.org",
                     f"Registered charity number {1140000 + h % 9000}")  # fmt: skip
            for i, line in enumerate(lines):
                c.drawString(x0 + 15 * mm, 62 * mm - i * 12, line)
            return
        y = ph - 18 * mm
        for f, fh in pages.get(n, []):
            f.drawOn(c, x0 + 15 * mm, y - fh)
            y -= fh
        c.setFillColor(HexColor("#777777"))
        c.setFont("Helvetica", 7.5)
        c.drawString(x0 + 15 * mm, 10 * mm, f"Flood response bulletin {doc.number}")
        c.drawRightString(x0 + pw - 15 * mm, 10 * mm, str(n))
        c.setFillColor(HexColor("#000000"))

    for sheet in range(total // 4):
        for left, right in ((total - 2 * sheet, 1 + 2 * sheet), (2 + 2 * sheet, total - 1 - 2 * sheet)):
            page(left, 0)
            page(right, pw)
            c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- a hospice's report, its risk register sideways

LIKELY = ("Possible", "Likely", "Likely", "Almost certain")
IMPACT = ("Moderate", "Major", "Major", "Severe")
OWNERS = ("Director of Nursing", "Director of Nursing", "Medical Director", "Chief Executive", "Director of Care")


def pdf_word_sideways_register_sco(doc: Doc) -> bytes:
    """The hospice's report saved from Word as PDF, the risk register a table turned on its side."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    when = report_day(doc)
    base, bullet = _styles()
    head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8,
                          textColor=HexColor("#00524c"))  # fmt: skip
    cell = ParagraphStyle("c", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    pw, ph = A4
    width, height = pw - 50 * mm, ph - 60 * mm
    line = (f"Report {doc.number}, week ending {when.day} {when:%B %Y}. Prepared by the Director of Nursing for the "
            "Board and the Health and Social Care Partnership.")  # fmt: skip
    flows: list = [Paragraph(line, base), Spacer(1, 4)]
    register = None
    for s in doc.sections:
        if s.risks:
            register = s
            flows += [None, "REGISTER", None]
            continue
        flows.append(Paragraph(escape(s.heading), head))
        flows += _items(s, "hos", base, bullet, "highlights")
    pages: list = []
    cut: list = []
    for f in flows:
        if f == "REGISTER":
            pages += _paginate(cut, width, height) if cut else []
            pages.append("REGISTER")
            cut = []
        elif f is not None:
            cut.append(f)
    pages += _paginate(cut, width, height) if cut else []
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle(doc.title)
    c.setAuthor("Director of Nursing")
    c.setCreator("Microsoft® Word for Microsoft 365")
    for n, pg in enumerate(pages, start=1):
        c.setFont("Helvetica", 7.5)
        c.setFillColor(HexColor("#555555"))
        c.drawCentredString(pw / 2, 12 * mm, "OFFICIAL-SENSITIVE")
        c.drawRightString(pw - 25 * mm, 12 * mm, f"Page {n} of {len(pages)}")
        c.setFillColor(HexColor("#000000"))
        if pg == "REGISTER":
            rows = [["Ref", "Risk", "Likelihood", "Impact", "Controls", "Owner"]]
            for i, it in enumerate(register.items):
                rows.append([f"R{i + 1}", Paragraph(escape(it.body), cell), LIKELY[it.level], IMPACT[it.level],
                             Paragraph(escape(it.mitigation or "–"), cell), OWNERS[i % len(OWNERS)]])  # fmt: skip
            t = Table(rows, colWidths=[12 * mm, 80 * mm, 24 * mm, 22 * mm, 78 * mm, 34 * mm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, HexColor("#7f7f7f")),
                                   ("BACKGROUND", (0, 0), (-1, 0), HexColor("#00524c")),
                                   ("TEXTCOLOR", (0, 0), (-1, 0), HexColor("#ffffff")),
                                   ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                                   ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
            _, th = t.wrap(ph - 40 * mm, pw)
            top = pw - 40 * mm  # the landscape page's height, its top at the portrait page's left
            c.saveState()
            c.translate(pw - 20 * mm, 20 * mm)
            c.rotate(90)
            c.setFont("Helvetica-Bold", 12)
            c.setFillColor(HexColor("#00524c"))
            c.drawString(0, top - 6 * mm, register.heading)
            t.drawOn(c, 0, top - 10 * mm - th)
            c.restoreState()
        else:
            if n == 1:
                c.setFont("Helvetica-Bold", 16)
                c.setFillColor(HexColor("#00524c"))
                c.drawString(25 * mm, ph - 22 * mm, doc.organisation)
                c.setFont("Helvetica", 12)
                c.drawString(25 * mm, ph - 29 * mm, "Weekly situation report")
                c.setFillColor(HexColor("#000000"))
            y = ph - (35 if n == 1 else 25) * mm
            for f, fh in pg:
                f.drawOn(c, 25 * mm, y - fh)
                y -= fh
        c.showPage()
    c.save()
    return buf.getvalue()
