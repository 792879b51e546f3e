"""PDF writers of the ``blind47_layouts`` set drawn with reportlab's canvas (each page laid out as its program lays it
out): a municipality's sitrep sheet printed from a spreadsheet with its gridlines and row and column headings, and a
hospital system's notebook page exported to PDF.

A South African metropolitan municipality's daily report in a bulk water shutdown, kept as a sheet and printed to PDF
landscape with "Print gridlines" and "Print row and column headings" on: the grey band of column letters A … F across
the top of every page and the row numbers down its left, the header row (row 5) set to print at the top of every page
with its number, the sheet's name ("Sitrep") at the head and "Page 1 of 3" and the workbook's path at the foot; the
title, municipality and report line in rows 1 to 3; then a row per point — its number "2.1", the workstream's name
in a cell merged down over the workstream's rows and centred in it, the update wrapped in its cell, the status "G",
"A" or "R" on a green, amber or red fill, the responsible directorate and, in a risk's row, its mitigation in the
"Mitigation / intervention" column (empty where it has none). "R3 400", "R1,25 million", "1 250", "16 March",
"(previous: 5)".

An American hospital system's IV fluid shortage report, a page of the supply chain team's shared notebook exported
to PDF: the page title over a thin rule with the date and time under it, the notebook's note container down the left
with each section's name in the notebook's "Heading 2" style, the summary as paragraphs, the other points after "•",
"Action:" in bold inside a risk's point, a star tag drawn before the most serious risk, the next steps as "To Do"
tagged lines with their check boxes drawn, a "Pasted from <…>" line under the supply status, and a second container
of contacts and links set beside the first at the top of the page; the page runs on over as many letter pages as it
needs, with nothing at their heads or feet. "$3,400", "$1.25 million", "1,250", "October 16", "(last report: 5)".
"""

from __future__ import annotations

import io
import math
import zlib

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind47_layouts_banks_south import SHUTDOWN
from blind47_layouts_content import parts
from council_layouts_gold import Doc


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` at ``size`` points of ``font``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and stringWidth(trial, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line] if line else lines


# ---------------------------------------------------------------- a municipality's sheet, printed with its headings

COLS = (("No.", 30), ("Workstream", 96), ("Update", 290), ("Status", 42), ("Responsible", 92),
        ("Mitigation / intervention", 160))  # fmt: skip
FILL = {"G": "#92d050", "A": "#ffc000", "R": "#ff5050"}
STATUS = ("A", "A", "R", "R")
DIRECTORATES = ("Water and Sanitation", "Disaster Management", "Infrastructure Services", "Community Services",
                "Finance", "Corporate Services", "Communications")  # fmt: skip
PATHS = ("C:\\Users\\tmokoena\\OneDrive - City of Johannesburg\\JOC\\", "C:\\Users\\pnkosi\\Documents\\JOC\\",
         "C:\\Users\\rvanwyk\\OneDrive - Ekurhuleni\\Water shutdown\\", "D:\\DMC\\Sitreps\\")  # fmt: skip
SIZE, LEAD = 10, 12.5
HEAD_W, HEAD_H = 22, 13  # the row number column and the column letter band


def _rows(doc: Doc) -> list[tuple[str, str, str, str, str, str]]:
    """(number, workstream, update, status, responsible, mitigation) for every point of the report."""
    rows = []
    for n, s in enumerate(doc.sections, start=1):
        for m, it in enumerate(s.items, start=1):
            who = DIRECTORATES[(n + m) % len(DIRECTORATES)] if s.key != "finance" else "Finance"
            if s.risks:
                rows.append((f"{n}.{m}", s.heading, it.body, STATUS[it.level], who, it.mitigation or ""))
            else:
                rag = "A" if zlib.crc32(it.thread.encode()) % 5 == 0 else "G"
                rows.append((f"{n}.{m}", s.heading, it.text, rag, who, ""))
    return rows


def pdf_sheet_print_za(doc: Doc) -> bytes:
    """The municipality's sitrep sheet printed landscape with gridlines and row and column headings."""
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    fonts()
    when = report_day(doc)
    k = SHUTDOWN.organisations.index(doc.organisation)
    pw, ph = landscape(A4)
    left, top, bottom = 50, ph - 54, 54
    xs = [left + HEAD_W]
    for _, w in COLS:
        xs.append(xs[-1] + w)
    grid = HexColor("#bfbfbf")
    rows = _rows(doc)
    heights = []
    for r in rows:
        cells = [wrap(t, "Sans", SIZE, w - 6) or [""] for t, (_, w) in zip(r, COLS, strict=True)]
        cells[1] = [""]  # the workstream sits in its merged cell
        heights.append(max(len(c) for c in cells) * LEAD + 5)
    for name in dict.fromkeys(r[1] for r in rows):  # a workstream's rows tall enough for its name
        block = [j for j, r in enumerate(rows) if r[1] == name]
        need = len(wrap(name, "Sans-Bold", SIZE, COLS[1][1] - 6)) * LEAD + 5
        heights[block[-1]] += max(0, need - sum(heights[j] for j in block))
    # pages: sections are kept whole, as the manual page breaks keep them
    pages: list[list[int]] = [[]]
    y = top - HEAD_H - 4 * 16 - 26
    i = 0
    while i < len(rows):
        block = [j for j in range(i, len(rows)) if rows[j][1] == rows[i][1]]
        need = sum(heights[j] for j in block)
        if y - need < bottom and pages[-1]:
            pages.append([])
            y = top - HEAD_H - 26
        pages[-1] += block
        y -= need
        i = block[-1] + 1
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(pw, ph))
    c.setTitle(f"Bulk water shutdown sitrep {doc.number}")
    c.setAuthor(doc.organisation)
    c.setCreator("Microsoft® Excel® for Microsoft 365")
    file = f"{PATHS[k]}Bulk water shutdown sitrep {doc.number}.xlsx"

    def row_band(y: float, h: float, number: int, fill=None) -> None:
        c.setFillColor(HexColor("#f2f2f2"))
        c.rect(left, y - h, HEAD_W, h, stroke=0, fill=1)
        if fill:
            c.setFillColor(HexColor(fill))
            c.rect(xs[0], y - h, xs[-1] - xs[0], h, stroke=0, fill=1)
        c.setStrokeColor(grid)
        c.rect(left, y - h, xs[-1] - left, h, stroke=1, fill=0)
        c.setFillColor(black)
        c.setFont("Sans", 7.5)
        c.drawCentredString(left + HEAD_W / 2, y - 9, str(number))

    for p, page in enumerate(pages, start=1):
        c.setFont("Sans", 9)
        c.drawCentredString(pw / 2, ph - 30, "Sitrep")
        c.setFont("Sans", 7.5)
        c.drawString(left, 28, file)
        c.drawCentredString(pw / 2, 16, f"Page {p} of {len(pages)}")
        y = top
        c.setFillColor(HexColor("#f2f2f2"))
        c.rect(left, y - HEAD_H, xs[-1] - left, HEAD_H, stroke=0, fill=1)
        c.setStrokeColor(grid)
        c.setFillColor(black)
        c.setFont("Sans", 7.5)
        for n, x in enumerate(xs[:-1]):
            c.rect(x, y - HEAD_H, xs[n + 1] - x, HEAD_H, stroke=1, fill=0)
            c.drawCentredString((x + xs[n + 1]) / 2, y - 9.5, "ABCDEF"[n])
        c.rect(left, y - HEAD_H, HEAD_W, HEAD_H, stroke=1, fill=0)
        y -= HEAD_H
        if p == 1:
            for number, (text, font, size) in enumerate(
                ((f"BULK WATER SHUTDOWN – DAILY SITUATION REPORT NO. {doc.number}", "Sans-Bold", 12),
                 (f"Municipality: {doc.organisation}", "Sans", SIZE),
                 (f"Date: {when.day} {when:%B %Y}     Time: 16:00     Compiled by: Joint Operations Centre", "Sans",
                  SIZE), ("", "Sans", SIZE)), start=1):  # fmt: skip
                row_band(y, 16, number)
                c.setFont(font, size)
                c.drawString(xs[0] + 3, y - 12, text)
                y -= 16
        row_band(y, 26, 5, "#d9e1f2")
        c.setFont("Sans-Bold", SIZE)
        for n, (label, w) in enumerate(COLS):
            for m, line in enumerate(wrap(label, "Sans-Bold", SIZE, w - 6)):
                c.drawString(xs[n] + 3, y - 11 - m * LEAD, line)
            c.line(xs[n], y, xs[n], y - 26)
        y -= 26
        row_no = 6 + page[0]
        start = 0
        for j in page:
            h = heights[j]
            r = rows[j]
            row_band(y, h, row_no + j - page[0])
            c.setFillColor(HexColor(FILL[r[3]]))
            c.rect(xs[3], y - h, COLS[3][1], h, stroke=0, fill=1)
            c.setStrokeColor(grid)
            for n in (0, 2, 3, 4, 5):
                c.line(xs[n], y, xs[n], y - h)
                c.setFillColor(black)
                c.setFont("Sans-Bold" if n == 3 else "Sans", SIZE)
                for m, line in enumerate(wrap(r[n], "Sans", SIZE, COLS[n][1] - 6)):
                    if n == 3:
                        c.drawCentredString((xs[3] + xs[4]) / 2, y - 10 - m * LEAD, line)
                    else:
                        c.drawString(xs[n] + 3, y - 10 - m * LEAD, line)
            c.line(xs[-1], y, xs[-1], y - h)
            first = j == page[0] or rows[j - 1][1] != r[1]
            if first:
                start = y
            last = j == page[-1] or rows[j + 1][1] != r[1]
            if last:  # the merged workstream cell: one box over the block, its name centred in it
                c.setFillColor(HexColor("#ffffff"))
                c.rect(xs[1] + 0.5, y - h + 0.5, COLS[1][1] - 1, start - (y - h) - 1, stroke=0, fill=1)
                c.setStrokeColor(grid)
                c.rect(xs[1], y - h, COLS[1][1], start - (y - h), stroke=1, fill=0)
                c.setFillColor(black)
                c.setFont("Sans-Bold", SIZE)
                lines = wrap(r[1], "Sans-Bold", SIZE, COLS[1][1] - 6)
                mid = (start + y - h) / 2 + (len(lines) * LEAD) / 2 - 8
                for m, line in enumerate(lines):
                    c.drawString(xs[1] + 3, mid - m * LEAD, line)
            y -= h
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- a hospital system's notebook page as PDF

BLUE = "#2e75b5"
CONTACTS = ("Supply desk (24/7): ext. 4471", "Pharmacy on call: pager 3320", "Supplier allocation portal",
            "Conservation guidance (intranet)")  # fmt: skip


def pdf_notebook_export_us(doc: Doc) -> bytes:
    """The supply chain team's notebook page as the notebook exports it to PDF."""
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen.canvas import Canvas

    fonts()
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    ph = LETTER[1]
    x0, width = 54, 360
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=LETTER)
    c.setTitle(f"IV Fluid Shortage - Sitrep {doc.number}")
    c.setCreator("Microsoft® OneNote® for Microsoft 365")
    y = ph - 60
    c.setFont("Sans", 20)
    c.drawString(x0, y, f"IV Fluid Shortage – Sitrep {doc.number}")
    c.setStrokeColor(HexColor("#a6a6a6"))
    c.line(x0, y - 8, x0 + 300, y - 8)
    c.setFont("Sans", 9)
    c.setFillColor(HexColor("#767676"))
    c.drawString(x0, y - 22, f"{when:%A}, {when:%B} {when.day}, {when.year}")
    c.drawString(x0 + 150, y - 22, f"{4 + h % 4}:{h % 50 + 10:02d} PM")
    # the contacts container beside the main one
    cy = y - 48
    c.setFillColor(black)
    c.setFont("Sans-Bold", 10)
    c.drawString(440, cy, "Contacts and links")
    c.setFont("Sans", 9)
    for n, line in enumerate(CONTACTS):
        c.setFillColor(HexColor("#0563c1") if n >= 2 else black)
        c.drawString(440, cy - 14 * (n + 1), line)
    c.setFillColor(black)
    y -= 48
    worst = max((it for s in doc.sections if s.risks for it in s.items), key=lambda it: it.level, default=None)

    def room(need: float) -> None:
        nonlocal y
        if y - need < 50:
            c.showPage()
            y = ph - 50

    for s in doc.sections:
        room(40)
        y -= 8
        c.setFont("Sans", 14)
        c.setFillColor(HexColor(BLUE))
        c.drawString(x0, y, s.heading)
        c.setFillColor(black)
        y -= 20
        for it in s.items:
            risk, lead, rest = parts(it, "us")
            indent = 0 if s.key == "highlights" else 16
            text = f"{risk} {lead} {rest}" if lead else it.text
            lines = wrap(text, "Sans", 11, width - indent)
            room(len(lines) * 14 + 4)
            if s.key == "next-steps":
                c.setStrokeColor(HexColor("#4472c4"))
                c.rect(x0 + 2, y - 2, 9, 9, stroke=1, fill=0)
            elif s.key != "highlights":
                c.setFont("Sans", 11)
                c.drawString(x0 + 4, y, "•")
            if it is worst and it.level >= 1:
                c.setFillColor(HexColor("#ffc000"))
                star = c.beginPath()
                for n in range(10):
                    r = 5 if n % 2 == 0 else 2.2
                    a = math.pi / 2 + n * math.pi / 5
                    (star.moveTo if n == 0 else star.lineTo)(x0 - 10 + r * math.cos(a), y + 3 + r * math.sin(a))
                star.close()
                c.drawPath(star, stroke=0, fill=1)
                c.setFillColor(black)
            bold_at = len(risk) + 1 if lead else -1
            seen = 0
            for line in lines:
                tx = c.beginText(x0 + indent, y)
                for word in line.split(" "):
                    start = seen
                    seen += len(word) + 1
                    in_lead = lead and bold_at <= start < bold_at + len(lead)
                    tx.setFont("Sans-Bold" if in_lead else "Sans", 11)
                    tx.textOut(word + " ")
                c.drawText(tx)
                y -= 14
            y -= 4
        if s.key == "situation":
            c.setFont("Sans", 8)
            c.setFillColor(HexColor("#767676"))
            c.drawString(x0 + 16, y, "Pasted from <https://www.ashp.org/drug-shortages/current-shortages/drug-shortage-"
                         f"detail.aspx?id={900 + h % 90}>")  # fmt: skip
            c.setFillColor(black)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()
