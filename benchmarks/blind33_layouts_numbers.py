"""Apple Numbers writer of the ``blind33_layouts`` set (reportlab).

A city zoo's daily avian influenza sitrep, kept by the head of animal care as an Apple Numbers spreadsheet and
exported to PDF (File › Export To › PDF, "Each sheet", Numbers naming itself creator and the macOS Quartz PDFContext
producer): each sheet a page of its own, no header or footer. The first sheet "Daily sitrep": a text box at the top
left (the title, the zoo, the day and date, "Prepared by"), the table "Key figures" at the top right (birds housed,
deaths, swabs, visitors — figures that are not items — with a header row), and under them each section a one-column
table whose table name is printed above it in bold, no header row, one point a row, in the "Basic" style (grey
gridlines, the name in bold); the tables stand in two columns as the author arranged them, the left column first,
then the right; the second sheet "Risks & actions": the table "Risks" with its header row Risk | Mitigation | Owner
| Status (one risk a row, the mitigation in its own cell), then the sections after it, full width. "€3,400",
"€1.25m", "(yesterday: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind17_layouts_content import count
from blind23_layouts_print import BOLD, SANS, fonts, wrap
from blind32_layouts_print import Op, line, pdf
from council_layouts_gold import Doc

A4W, A4H = 595.28, 841.89
HEAD_FILL = (0.84, 0.89, 0.95)
GRID = (0.72, 0.72, 0.72)
KEEPERS = {"Dublin": "Orla Fitzsimons", "Corrib": "Seán Kilbride", "Slaney": "Gráinne Moloney",
           "Ballymore": "Peter Nyhan"}  # fmt: skip
OWNERS = ("Head of Animal Care", "Veterinary Manager", "Operations Manager", "Health and Safety Lead",
          "Curator of Birds")  # fmt: skip
STATUS = ("Open", "Open – rising", "Open – high", "Open – critical")
SIZE, LEAD, PAD = 9.0, 11.5, 4.0


def _table(ops: list[Op], x: float, y: float, widths: list[float], rows: list[list[str]], name: str | None,
           header: bool) -> float:  # fmt: skip
    """A Numbers table at (x, y) (the top of its name); the y under it."""
    if name:
        ops.append(lambda c, y=y: (c.setFillColorRGB(0, 0, 0), c.setFont(BOLD, 11), c.drawString(x, y, name)))
        y -= 8
    for r, row in enumerate(rows):
        bold = header and r == 0
        cells = [wrap([(w, BOLD if bold else SANS) for w in t.split()], wd - 2 * PAD, SIZE) or [[]]
                 for t, wd in zip(row, widths, strict=True)]  # fmt: skip
        high = max(len(c) for c in cells) * LEAD + 2 * PAD
        cx = x
        for wd, lines in zip(widths, cells, strict=True):
            ops.append(lambda c, cx=cx, y=y, wd=wd, high=high, fill=bold: (
                c.setStrokeColorRGB(*GRID), c.setLineWidth(0.5), c.setFillColorRGB(*(HEAD_FILL if fill else (1, 1, 1))),
                c.rect(cx, y - high, wd, high, 1, 1)))  # fmt: skip
            for k, ln in enumerate(lines):
                ops.append(lambda c, cx=cx, yy=y - PAD - SIZE - k * LEAD + 1, ln=ln: (
                    c.setFillColorRGB(0.1, 0.1, 0.1), line(c, cx + PAD, yy, ln, SIZE)))  # fmt: skip
            cx += wd
        y -= high
    return y


def _height(widths: list[float], rows: list[list[str]], name: bool) -> float:
    return (8 if name else 0) + sum(max(len(wrap([(w, SANS) for w in t.split()], wd - 2 * PAD, SIZE) or [[]])
                                        for t, wd in zip(row, widths, strict=True)) * LEAD + 2 * PAD
                                    for row in rows)  # fmt: skip


def pdf_numbers_zoo_ie(doc: Doc) -> bytes:
    """The zoo's daily sitrep as Numbers exports its two sheets to PDF."""
    fonts()
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    zoo = next(k for k in KEEPERS if doc.organisation.startswith(k))
    margin, gap = 36.0, 16.0
    col = (A4W - 2 * margin - gap) / 2
    xs = (margin, margin + col + gap)
    pages: list[list[Op]] = [[]]
    ops = pages[0]
    ops.append(
        lambda c: (
            c.setFillColorRGB(0, 0, 0),
            c.setFont(BOLD, 16),
            c.drawString(margin, A4H - 58, "Avian Influenza – Daily Sitrep"),
            c.setFont(SANS, 11),
            c.setFillColorRGB(0.35, 0.35, 0.35),
            c.drawString(margin, A4H - 76, doc.organisation),
            c.drawString(margin, A4H - 91, f"Day {doc.number + 4} · {when:%A} {when.day} {when:%B %Y}"),
            c.drawString(margin, A4H - 106, f"Prepared by {KEEPERS[zoo]}, Head of Animal Care"),
        )
    )
    housed = count(doc, ("housed indoors",), 60 + h % 200)
    figures = [["Measure", "Today", "Yesterday"], ["Birds housed indoors", str(housed), str(housed - h % 9)],
               ["Bird deaths (total)", str(count(doc, ("have died",), 2 + h % 6)), str(1 + h % 5)],
               ["Swabs taken (total)", str(count(doc, ("swabs",), 40 + h % 90)), str(30 + h % 60)],
               ["Visitors", f"{900 + h % 2400:,}", f"{800 + h % 2100:,}"]]  # fmt: skip
    under_figures = _table(ops, xs[1], A4H - 52, [col * 0.52, col * 0.24, col * 0.24], figures, "Key figures", True)
    ys = [A4H - 140, under_figures - 22]
    split = next((k for k, s in enumerate(doc.sections) if s.risks), len(doc.sections))
    heights = [_height([col], [[it.text] for it in s.items], True) + 20 for s in doc.sections[:split]]
    half = (sum(heights) + ys[0] - ys[1]) / 2  # the author balanced the two columns of tables by eye
    column, used = 0, 0.0
    for s, high in zip(doc.sections[:split], heights, strict=True):
        rows = [[it.text] for it in s.items]
        if column == 0 and (used + high / 2 > half or ys[0] - high < 40):
            column = 1  # the next tables stand in the right-hand column
        used += high
        if ys[column] - high + 20 < 40:
            pages.append([])  # a table that runs off the sheet prints on the next page
            ops, ys, column = pages[-1], [A4H - 50, A4H - 50], 0
        ys[column] = _table(ops, xs[column], ys[column], [col], rows, s.heading, False) - 20
    pages.append([])
    ops = pages[-1]
    y, full = A4H - 50, A4W - 2 * margin
    for s in doc.sections[split:]:
        if s.risks:
            rows = [["Risk", "Mitigation", "Owner", "Status"]] + [
                [it.body, it.mitigation or "–", OWNERS[(h + k) % len(OWNERS)], STATUS[it.level]]
                for k, it in enumerate(s.items)]  # fmt: skip
            widths = [full * 0.36, full * 0.36, full * 0.16, full * 0.12]
            y = _table(ops, margin, y, widths, rows, s.heading, True) - 22
            continue
        y = _table(ops, margin, y, [full], [[it.text] for it in s.items], s.heading, False) - 22
    return pdf(pages, (A4W, A4H), {"title": f"AI sitrep day {doc.number + 4}", "author": KEEPERS[zoo],
                                   "creator": "Numbers", "producer": "macOS Version 15.1 (Build 24B83) Quartz "
                                   "PDFContext"})  # fmt: skip
