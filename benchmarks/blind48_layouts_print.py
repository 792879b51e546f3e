"""Report writer of the ``blind48_layouts`` set (reportlab): an Australian water utility's PFAS incident status
report, run from its incident management system's report designer and exported to PDF.

The incident system's "Incident Status Report", a banded report exported to PDF as the report engine exports one —
every field its own box of text at its place, a long field growing downwards over as many lines as it needs: the
report header on the first page (the utility's name in its colour, "Incident Status Report", the incident's number
and name, the report number and the period), the page header on every page ("Printed: 16/11/2026 4:12:07PM" and
the column headings Ref | Update | Entered by | Entered over a rule), then a group per section of the sitrep — the
group header its name in bold on a grey band, a detail row per point (the log entry's reference, the update, the
user who entered it and when), the group footer "Entries: 2" —, the risks a subreport of the risk register with its
own column headings (Risk | Rating | Controls | Owner), each risk's mitigation in its Controls field ("–" where it
has none), "*** End of report ***" in the report footer, and the page footer's file name ("IncidentStatus.rpt") and
"Page 1 of 2". "$3,400", "$1.25 million", "1,250", "16 November", "(previous: 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind47_layouts_print import wrap
from blind48_layouts_banks_south import PFAS
from council_layouts_gold import Doc

COLOURS = ("#0072BC", "#E35205", "#00A3AD", "#6A1B9A")
USERS = (("jtaylor", "mnguyen", "skelly", "rpatel"), ("lchen", "dobrien", "akaur", "bsmith"),
         ("hwalker", "tbrown", "cmorris", "jlee"), ("pwhite", "kharris", "ejones", "nwilson"))  # fmt: skip
OWNERS = ("Water Quality Manager", "Operations Manager", "Customer Manager", "Capital Delivery Manager",
          "Incident Controller")  # fmt: skip
RATING = ("Medium", "High", "High", "Extreme")
SIZE, LEAD = 9, 11.5
MARGIN = 36


def pdf_crystal_report_au(doc: Doc) -> bytes:
    """The utility's incident status report as its incident system's report engine exports it to PDF."""
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    fonts()
    when = report_day(doc)
    k = PFAS.organisations.index(doc.organisation)
    h = zlib.crc32(doc.title.encode())
    width, height = A4
    right = width - MARGIN
    pages: list[list] = [[]]  # each page a list of drawing operations, so that "Page 1 of N" is known
    y = height - MARGIN
    printed = f"Printed: {when.day}/{when.month}/{when.year} {1 + h % 5}:{h % 60:02d}:{h % 59:02d}PM"
    details = ((MARGIN, 62, "Ref"), (MARGIN + 66, 300, "Update"), (MARGIN + 372, 62, "Entered by"),
               (MARGIN + 440, right - MARGIN - 440, "Entered"))  # fmt: skip
    register = ((MARGIN, 192, "Risk"), (MARGIN + 204, 46, "Rating"), (MARGIN + 254, 172, "Controls"),
                (MARGIN + 438, right - MARGIN - 438, "Owner"))  # fmt: skip

    def text(x, yy, s, font="Sans", size=SIZE, colour=black):
        pages[-1].append(("text", x, yy, s, font, size, colour))

    def line(x1, yy, x2, w=0.6):
        pages[-1].append(("line", x1, yy, x2, w))

    def band(yy, hgt, colour):
        pages[-1].append(("band", yy, hgt, colour))

    def page_header(cols):
        nonlocal y
        y = height - MARGIN
        text(right - 130, y, printed, size=7.5)
        y -= 16
        for x, _, name in cols:
            text(x, y, name, "Sans-Bold", 8)
        line(MARGIN, y - 4, right)
        y -= 16

    def need(rows: int, cols) -> None:
        if y - rows * LEAD < MARGIN + 30:
            pages.append([])
            page_header(cols)

    # the report header, first page only
    text(MARGIN, y - 4, doc.organisation, "Sans-Bold", 16, HexColor(COLOURS[k]))
    text(right - 130, y, printed, size=7.5)
    y -= 30
    text(MARGIN, y, "Incident Status Report", "Sans-Bold", 13)
    y -= 16
    text(MARGIN, y, f"Incident: INC-{when.year}-{h % 9000 + 1000}  PFAS detection – drinking water supply", size=9)
    y -= 12
    text(MARGIN, y, f"Report no: {doc.number}    Period ending: {when.day}/{when.month:02d}/{when.year}", size=9)
    y -= 20
    for x, _, name in details:
        text(x, y, name, "Sans-Bold", 8)
    line(MARGIN, y - 4, right)
    y -= 16
    entry = 0
    for n, s in enumerate(doc.sections):
        cols = register if s.risks else details
        need(3, cols)
        band(y - 3, 13, HexColor("#D9D9D9"))
        text(MARGIN + 2, y, s.heading, "Sans-Bold", 9.5)
        y -= 17
        if s.risks:
            for x, _, name in register:
                text(x, y, name, "Sans-Bold", 8)
            line(MARGIN, y - 4, right)
            y -= 15
        for m, it in enumerate(s.items):
            if s.risks:
                cells = (wrap(it.body, "Sans", SIZE, register[0][1]), [RATING[it.level]],
                         wrap(it.mitigation or "–", "Sans", SIZE, register[2][1]),
                         wrap(OWNERS[(n + m) % len(OWNERS)], "Sans", SIZE, register[3][1]))  # fmt: skip
                spots = register
            else:
                entry += 1
                day = when - timedelta(days=m % 2)
                at = f"{day.day}/{day.month:02d}/{day.year} {8 + (h + m) % 9:02d}:{(h >> m) % 60:02d}"
                cells = ([f"LOG-{h % 900 + 100}-{entry:02d}"], wrap(it.text, "Sans", SIZE, details[1][1]),
                         [USERS[k][(n + m) % 4]], [at])  # fmt: skip
                spots = details
            rows = max(len(c) for c in cells)
            need(rows, cols)
            for (x, _, _), lines in zip(spots, cells, strict=True):
                for r, ln in enumerate(lines):
                    text(x, y - r * LEAD, ln)
            y -= rows * LEAD + 5
        text(MARGIN + 66, y, f"Entries: {len(s.items)}", "Sans-Italic", 7.5)
        y -= 22
    need(2, details)
    text(width / 2 - 45, y - 6, "*** End of report ***", "Sans", 8)

    out = io.BytesIO()
    c = Canvas(out, pagesize=A4)
    c.setTitle("Incident Status Report")
    c.setAuthor("Crystal Reports")
    c.setCreator("Crystal Reports")
    c.setProducer("Business Objects PDF Library")
    for p, ops in enumerate(pages, start=1):
        for op in ops:
            if op[0] == "text":
                _, x, yy, s, font, size, colour = op
                c.setFillColor(colour)
                c.setFont(font, size)
                c.drawString(x, yy, s)
            elif op[0] == "line":
                _, x1, yy, x2, w = op
                c.setLineWidth(w)
                c.line(x1, yy, x2, yy)
            else:
                _, yy, hgt, colour = op
                c.setFillColor(colour)
                c.rect(MARGIN, yy, right - MARGIN, hgt, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Sans", 7.5)
        c.drawString(MARGIN, MARGIN - 6, "IncidentStatus.rpt")
        c.drawCentredString(width / 2, MARGIN - 6, f"Page {p} of {len(pages)}")
        c.showPage()
    c.save()
    return out.getvalue()
