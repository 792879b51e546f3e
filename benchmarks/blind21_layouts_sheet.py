"""Spreadsheet writer of the ``blind21_layouts`` set: an Azerbaijani district executive authority's flood report
("Daşqınla bağlı vəziyyət haqqında məlumat") kept in a workbook and printed to PDF from the spreadsheet program
(reportlab, drawn as the program prints a sheet: the printed gridlines of every cell, light grey, and the table's
thin black borders; the head of the authority's approval block "TƏSDİQ EDİRƏM" at the top right; the title, subject
and date rows merged across the columns; a header row "№ | Bölmə | Məlumat" on a grey fill, set as the print titles
so that it repeats at the top of every page; then one row per point — the section's number and name each in a cell
merged down the rows of its points and centred in them, the point in a wrapped cell of the third column —,
"Tədbirlər:" inside a risk's point; after the table the preparer's and telephone rows; the page's footer the sheet's
tab name at the left and "Page 1 of 2" in the middle, in the program's English; "1 250", "12%", "3 400 manat", "7
aprel").
"""

from __future__ import annotations

import io

from blind7_layouts_content import report_day
from blind11_layouts_pdf import _fonts
from council_layouts_gold import Doc

PW, PH = 595.28, 841.89
LEFT, TOP, BOTTOM = 50.0, 54.0, 60.0
COLS = (28.0, 128.0, 300.0)
SIZE, LEAD = 11.0, 14.5


def _wrap(text: str, width: float, font: str, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, cur = [], ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    return [*lines, cur] if cur else lines


def pdf_melumat_az(doc: Doc) -> bytes:
    """The district's report as its civil defence officer prints the workbook's sheet to PDF."""
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    _fonts()
    when = report_day(doc)
    tab = f"Hesabat_{when:%d.%m}"
    x = [LEFT, LEFT + COLS[0], LEFT + COLS[0] + COLS[1], LEFT + sum(COLS)]
    grid, black = colors.HexColor("#C8C8C8"), colors.black
    # the sheet's rows: (kind, cells); a section is a block of rows whose first two cells are merged
    blocks = []
    for n, s in enumerate(doc.sections, start=1):
        rows = []
        for it in s.items:
            lines = _wrap(it.text, COLS[2] - 6, "DejaVu", SIZE)
            rows.append((lines, max(22.0, LEAD * len(lines) + 8)))
        if not rows:
            rows = [([], 15.0)]
        name = _wrap(s.heading, COLS[1] - 6, "DejaVu-Bold", SIZE)
        need = LEAD * len(name) + 4
        if sum(h for _, h in rows) < need:  # the merged cell's text needs more height than the points
            lines, h = rows[-1]
            rows[-1] = (lines, h + need - sum(h for _, h in rows))
        blocks.append((str(n), name, rows))
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(PW, PH))
    c.setTitle(tab)
    c.setAuthor("FHN Mülki müdafiə şöbəsi")
    c.setCreator("Microsoft® Excel® for Microsoft 365")
    pages: list[list] = [[]]
    y = TOP
    approve = [
        ("TƏSDİQ EDİRƏM", "DejaVu-Bold", 10, 16.0),
        ("Rayon İcra Hakimiyyətinin başçısı", "DejaVu", 10, 16.0),
        ("_______________ E. Quliyev", "DejaVu", 10, 20.0),
        (f"«{when.day:02d}» {when:%m.%Y}", "DejaVu", 10, 16.0),
    ]
    for text, font, size, h in approve:
        pages[-1].append(("right", text, font, size, y, h))
        y += h
    title = [
        (doc.organisation, "DejaVu-Bold", 12, 20.0),
        (f"Daşqınla bağlı vəziyyət haqqında məlumat № {doc.number}", "DejaVu-Bold", 11, 18.0),
        (f"Tarix: {when:%d.%m.%Y}, saat 08:00 vəziyyətinə", "DejaVu", 9.5, 16.0),
        ("", "DejaVu", 9, 10.0),
    ]
    for text, font, size, h in title:
        pages[-1].append(("merged", text, font, size, y, h))
        y += h
    header_h = 18.0
    pages[-1].append(("header", y))
    y += header_h
    for number, name, rows in blocks:
        height = sum(h for _, h in rows)
        if y + height > PH - BOTTOM and pages[-1][-1][0] != "header":
            pages.append([("header", TOP)])
            y = TOP + header_h
        pages[-1].append(("block", number, name, rows, y))
        y += height
    for text in ("", "Hazırladı: Mülki müdafiə şöbəsinin rəisi R. Məmmədov", "Tel.: (021) 5 12 34 56"):
        if y + 15 > PH - BOTTOM:  # the print titles repeat on every page, the table's last too
            pages.append([("header", TOP)])
            y = TOP + header_h
        pages[-1].append(("plain", text, y))
        y += 15

    def line(x0, y0, x1, y1, col, w=0.5):
        c.setStrokeColor(col)
        c.setLineWidth(w)
        c.line(x0, PH - y0, x1, PH - y1)

    def cell_grid(y0, h):
        for k in range(3):
            c.setStrokeColor(grid)
            c.setLineWidth(0.3)
            c.rect(x[k], PH - y0 - h, x[k + 1] - x[k], h, stroke=1, fill=0)

    total = len(pages)
    for p, items in enumerate(pages, start=1):
        for entry in items:
            kind = entry[0]
            if kind == "right":
                _, text, font, size, y0, h = entry
                cell_grid(y0, h)
                c.setFillColor(colors.white)
                c.rect(x[2] + 0.3, PH - y0 - h + 0.3, COLS[2] - 0.6, h - 0.6, stroke=0, fill=1)
                c.setFillColor(black)
                c.setFont(font, size)
                c.drawRightString(x[3] - 3, PH - y0 - h + 4, text)
            elif kind == "merged":
                _, text, font, size, y0, h = entry
                cell_grid(y0, h)
                c.setFillColor(colors.white)
                c.rect(x[0] + 0.3, PH - y0 - h + 0.3, x[3] - x[0] - 0.6, h - 0.6, stroke=0, fill=1)
                c.setFillColor(black)
                c.setFont(font, size)
                c.drawCentredString((x[0] + x[3]) / 2, PH - y0 - h + 5, text)
            elif kind == "header":
                y0 = entry[1]
                c.setFillColor(colors.HexColor("#D9D9D9"))
                c.rect(x[0], PH - y0 - header_h, x[3] - x[0], header_h, stroke=0, fill=1)
                c.setFillColor(black)
                c.setFont("DejaVu-Bold", SIZE)
                for k, label in enumerate(("№", "Bölmə", "Məlumat")):
                    c.drawCentredString((x[k] + x[k + 1]) / 2, PH - y0 - 13, label)
                for k in range(4):
                    line(x[k], y0, x[k], y0 + header_h, black)
                line(x[0], y0, x[3], y0, black)
                line(x[0], y0 + header_h, x[3], y0 + header_h, black)
            elif kind == "block":
                _, number, name, rows, y0 = entry
                height = sum(h for _, h in rows)
                yy = y0
                for lines, h in rows:
                    c.setStrokeColor(grid)
                    c.setLineWidth(0.3)
                    c.rect(x[2], PH - yy - h, COLS[2], h, stroke=1, fill=0)
                    c.setFont("DejaVu", SIZE)
                    c.setFillColor(black)
                    for k, text in enumerate(lines):
                        c.drawString(x[2] + 3, PH - yy - 14 - k * LEAD, text)
                    line(x[2], yy + h, x[3], yy + h, black)
                    yy += h
                mid = y0 + height / 2
                c.setFont("DejaVu", SIZE)
                c.drawCentredString((x[0] + x[1]) / 2, PH - mid - 3.5, number)
                c.setFont("DejaVu-Bold", SIZE)
                top = mid - LEAD * len(name) / 2
                for k, text in enumerate(name):
                    c.drawString(x[1] + 3, PH - top - 9 - k * LEAD, text)
                for k in range(4):
                    line(x[k], y0, x[k], y0 + height, black)
                line(x[0], y0 + height, x[2], y0 + height, black)
            else:
                _, text, y0 = entry
                cell_grid(y0, 15)
                c.setFont("DejaVu", SIZE)
                c.setFillColor(black)
                c.drawString(x[0] + 3, PH - y0 - 11, text)
        c.setFont("DejaVu", 8)
        c.setFillColor(black)
        c.drawString(LEFT, 28, tab)
        c.drawCentredString(PW / 2, 28, f"Page {p} of {total}")
        c.showPage()
    c.save()
    return buf.getvalue()
