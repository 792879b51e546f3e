"""PDF writers of the ``blind27_layouts`` set (reportlab, with ``blind23_layouts_print``'s fonts and line helpers).

An Irish county council's community update on a town's flood recovery made by the community section in Microsoft
Publisher from the council's newsletter template and saved as PDF: a green masthead band ("Community Update", the
event, "Issue 3 · 17 November 2025", the council's name), three linked text boxes a page, the text flowing down
column one, two and three and on to the next page, "Continued on page 2 ►" at the foot of a page's last column and
"◄ Continued from page 1" at the head of the next page's first; each section's heading white on a green bar across
its column, the points "■" under a hanging indent, "What we're doing:" bold inside a risk's point; a pull quote in
a box at the top of the first page's third column repeating the first point of the update in large italics between
quotation marks; a running head from page 2 and a footer with the council's web address and the page. Publisher
writes a page's text boxes into the PDF in the order they were drawn, not in reading order: the pull quote first,
then the third, the first and the second column. "€3,400", "€1.25m", "(last week: 5)".

A UK water company's incident dashboard for a supply interruption, built in Power BI and exported with "Export >
PDF" for the incident call: 16:9 landscape pages in Power BI's grey canvas, the report title and "Data refreshed
12/08/2025 06:00" at the top, an "Incident" slicer, a row of KPI cards (a large number over its label), then the
visuals in rows of three white tiles — each a text box visual with its title in bold and its points "•" —, the risk
log a table visual across the page (Risk | RAG | Mitigation | Owner, a coloured dot before the rating, the mitigation
in its own cell, no lead); the visuals written in the order they were added to the page (the table and the cards
before the text boxes, the text boxes from the last to the first). "£3,400", "(prev. 5)".
"""

from __future__ import annotations

import io
from collections.abc import Callable

from blind7_layouts_content import report_day
from blind17_layouts_content import count
from blind23_layouts_print import BOLD, SANS, Run, draw_line, fonts, wrap
from blind27_layouts_content import parts
from council_layouts_gold import OWNERS, RAG, Doc, Item

Op = Callable[[object], None]
ITALIC = "B23Sans-Italic"
GREEN = (0.0, 0.42, 0.33)


def _runs(item: Item, lang: str) -> list[Run]:
    risk, lead, rest = parts(item, lang)
    words = [(w, SANS) for w in risk.split()]
    return words + [(w, BOLD) for w in lead.split()] + [(w, SANS) for w in rest.split()] if lead else words


def _canvas(size: tuple[float, float], title: str, creator: str, pages: list[list[Op]]) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    c.setTitle(title)
    c.setCreator(creator)
    for page in pages:
        for op in page:
            op(c)
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- Publisher newsletter, three linked columns

A4 = (595.28, 841.89)
WEBS = {"Laois": "www.laois.ie", "Offaly": "www.offaly.ie", "Westmeath": "www.westmeathcoco.ie",
        "Roscommon": "www.roscommoncoco.ie"}  # fmt: skip


class Columns:
    """Blocks laid down three columns a page; each column's drawing operations kept apart."""

    def __init__(self, first_top: float, top: float, bottom: float) -> None:
        self.x0, self.gap = 36.0, 14.0
        self.w = (A4[0] - 2 * self.x0 - 2 * self.gap) / 3
        self.first_top, self.top, self.bottom = first_top, top, bottom
        self.cols: list[list[list[Op]]] = [[[], [], []]]
        self.col, self.y = 0, first_top

    def x(self) -> float:
        return self.x0 + self.col * (self.w + self.gap)

    def push(self, op: Op) -> None:
        self.cols[-1][self.col].append(op)

    def need(self, h: float) -> None:
        if self.y - h >= self.bottom:
            return
        if self.col < 2:
            self.col += 1
            self.y = self.first_top if len(self.cols) == 1 else self.top
            if len(self.cols) == 1 and self.col == 2:
                self.y = self.first_top - 150  # under the pull quote
            return
        page = len(self.cols)
        x = self.x() + self.w
        self.push(lambda c, x=x, p=page: (c.setFont(ITALIC, 8), c.drawRightString(x, 40, f"Continued on page "
                                                                                     f"{p + 1} ►")))  # fmt: skip
        self.cols.append([[], [], []])
        self.col, self.y = 0, self.top
        x = self.x()
        self.push(lambda c, x=x, y=self.y, p=page: (c.setFont(ITALIC, 8), c.drawString(x, y, f"◄ Continued from "
                                                                                          f"page {p}")))  # fmt: skip
        self.y -= 16

    def heading(self, text: str) -> None:
        lines = wrap([(w, BOLD) for w in text.split()], self.w - 10, 11)
        h = 15 * len(lines) + 6
        self.need(h + 28)
        x, y = self.x(), self.y
        self.push(lambda c, x=x, y=y, h=h: (c.setFillColorRGB(*GREEN), c.rect(x, y - h + 4, self.w, h, 0, 1)))
        for k, line in enumerate(lines):
            self.push(lambda c, x=x, y=y - 10 - 15 * k, ln=line: (c.setFillColorRGB(1, 1, 1),
                      draw_line(c, x + 5, y, ln, 11), c.setFillColorRGB(0, 0, 0)))  # fmt: skip
        self.y -= h + 8

    def point(self, words: list[Run]) -> None:
        for k, line in enumerate(wrap(words, self.w - 12, 9.5)):
            self.need(12)
            x, y = self.x(), self.y
            if k == 0:
                self.push(lambda c, x=x, y=y: (c.setFillColorRGB(*GREEN), c.setFont(SANS, 6),
                          c.drawString(x + 1, y + 1, "■"), c.setFillColorRGB(0, 0, 0)))  # fmt: skip
            self.push(lambda c, x=x, y=y, ln=line: draw_line(c, x + 12, y, ln, 9.5))
            self.y -= 12
        self.y -= 5


def pdf_publisher_frames_ie(doc: Doc) -> bytes:
    """The community update as Publisher saves it to PDF."""
    fonts()
    when = report_day(doc)
    county = doc.organisation.removesuffix(" County Council")
    day = f"{when.day} {when:%B %Y}"
    cols = Columns(A4[1] - 150, A4[1] - 60, 56)
    for s in doc.sections:
        cols.heading(s.heading)
        for it in s.items:
            cols.point(_runs(it, "ie"))
    W, H = A4
    pages: list[list[Op]] = []
    quote = doc.sections[0].items[0].text if doc.sections and doc.sections[0].items else ""
    for n, frames in enumerate(cols.cols, start=1):
        ops: list[Op] = []
        if n == 1:
            ops.append(
                lambda c: (
                    c.setFillColorRGB(*GREEN),
                    c.rect(0, H - 120, W, 120, 0, 1),
                    c.setFillColorRGB(1, 1, 1),
                    c.setFont(BOLD, 30),
                    c.drawString(36, H - 62, "Community Update"),
                    c.setFont(SANS, 13),
                    c.drawString(36, H - 84, f"{doc.service} · Issue {doc.number} · {day}"),
                    c.setFont(BOLD, 11),
                    c.drawRightString(W - 36, H - 40, doc.organisation),
                    c.setFillColorRGB(0, 0, 0),
                )
            )
            x = cols.x0 + 2 * (cols.w + cols.gap)
            lines = wrap([(w, ITALIC) for w in f"“{quote}”".split()], cols.w - 16, 12)[:7]
            ops.insert(0, lambda c, x=x, ls=lines: (c.setStrokeColorRGB(*GREEN), c.setLineWidth(2),
                       c.rect(x, H - 290, cols.w, 136), [draw_line(c, x + 8, H - 174 - 16 * k, ln, 12)
                                                         for k, ln in enumerate(ls)]))  # fmt: skip
        else:
            ops.append(lambda c: (c.setFont(SANS, 8), c.setFillColorRGB(*GREEN), c.drawString(36, H - 36,
                       f"Community Update · Issue {doc.number} · {day}"), c.setFillColorRGB(0, 0, 0)))  # fmt: skip
        ops.append(lambda c, n=n: (c.setFont(SANS, 8), c.drawString(36, 24, f"{doc.organisation} · "
                   f"{WEBS[county]}"), c.drawRightString(W - 36, 24, f"Page {n}")))  # fmt: skip
        for k in (2, 0, 1):  # the order the text boxes were drawn
            ops += frames[k]
        pages.append(ops)
    return _canvas(A4, f"Community Update Issue {doc.number}", "Microsoft® Publisher for Microsoft 365", pages)


# ---------------------------------------------------------------- Power BI dashboard exported to PDF

BI = (960.0, 540.0)
CANVAS = (0.95, 0.95, 0.94)
DOTS = {"Green": (0.1, 0.6, 0.3), "Amber": (0.95, 0.6, 0.1), "Red": (0.8, 0.1, 0.1)}


def _tile(x: float, top: float, w: float, title: str, items: list[Item]) -> tuple[float, list[Op]]:
    lines: list[tuple[bool, list[Run]]] = []
    for it in items:
        lines += [(k == 0, ln) for k, ln in enumerate(wrap([(t, SANS) for t in it.text.split()], w - 30, 9))]
    h = 34 + 12 * len(lines) + 4 * len(items)
    ops: list[Op] = [lambda c: (c.setFillColorRGB(1, 1, 1), c.setStrokeColorRGB(0.85, 0.85, 0.85),
                                c.rect(x, top - h, w, h, 1, 1), c.setFillColorRGB(0.15, 0.15, 0.15),
                                c.setFont(BOLD, 11), c.drawString(x + 10, top - 18, title))]  # fmt: skip
    y = top - 36
    for first, ln in lines:
        if first and ln is not lines[0][1]:
            y -= 4
        if first:
            ops.append(lambda c, y=y: (c.setFont(SANS, 9), c.drawString(x + 10, y, "•")))
        ops.append(lambda c, y=y, ln=ln: draw_line(c, x + 20, y, ln, 9))
        y -= 12
    return h, ops


def _table(top: float, s) -> tuple[float, list[Op]]:
    """The risk log as a table visual across the page: Risk | RAG | Mitigation | Owner."""
    W = BI[0]
    cw = (360.0, 80.0, 360.0, 120.0)
    rows = [(it.body, RAG[it.level], it.mitigation or "", OWNERS[n % len(OWNERS)]) for n, it in enumerate(s.items)]
    wrapped = [[wrap([(t, SANS) for t in cell.split()], cw[j] - 12, 8.5) or [[]] for j, cell in enumerate(r)]
               for r in rows]  # fmt: skip
    h = 40 + sum(12 * max(len(c) for c in r) + 6 for r in wrapped)
    ops: list[Op] = [lambda c: (c.setFillColorRGB(1, 1, 1), c.rect(20, top - h, W - 40, h, 0, 1),
                                c.setFillColorRGB(0.15, 0.15, 0.15), c.setFont(BOLD, 11),
                                c.drawString(30, top - 18, s.heading))]  # fmt: skip
    y, x = top - 34, 30.0
    for j, label in enumerate(("Risk", "RAG", "Mitigation", "Owner")):
        ops.append(lambda c, x=x, y=y, lab=label: (c.setFont(BOLD, 8.5), c.drawString(x, y, lab)))
        x += cw[j]
    y -= 14
    for r, cells in zip(rows, wrapped, strict=True):
        x = 30.0
        for j, lines in enumerate(cells):
            if j == 1:
                ops.append(lambda c, x=x, y=y, g=r[1]: (c.setFillColorRGB(*DOTS[g]), c.circle(x + 3, y + 3, 3.5, 0, 1),
                           c.setFillColorRGB(0.1, 0.1, 0.1)))  # fmt: skip
            for k, ln in enumerate(lines):
                ops.append(lambda c, x=x + (10 if j == 1 else 0), y=y - 12 * k, ln=ln: draw_line(c, x, y, ln, 8.5))
            x += cw[j]
        y -= 12 * max(len(c) for c in cells) + 6
    return h, ops


def pdf_powerbi_export_gb(doc: Doc) -> bytes:
    """The incident dashboard as Power BI exports it to PDF."""
    fonts()
    when = report_day(doc)
    W, H = BI
    pages: list[list[Op]] = []
    fixed: list[Op] = [lambda c: (c.setFillColorRGB(*CANVAS), c.rect(0, 0, W, H, 0, 1))]
    head: list[Op] = [lambda c: (c.setFillColorRGB(0.0, 0.3, 0.55), c.setFont(BOLD, 18),
                                 c.drawString(20, H - 34, f"{doc.service} – {doc.organisation}"),
                                 c.setFont(SANS, 9), c.setFillColorRGB(0.3, 0.3, 0.3),
                                 c.drawRightString(W - 20, H - 30, f"Data refreshed {when:%d/%m/%Y} 06:00"),
                                 c.setFillColorRGB(1, 1, 1), c.rect(W - 220, H - 70, 200, 26, 0, 1),
                                 c.setFillColorRGB(0.2, 0.2, 0.2), c.setFont(SANS, 8), c.drawString(W - 214, H - 54,
                                 "Incident"), c.setFont(BOLD, 9), c.drawString(W - 214, H - 65,
                                 f"INC-{when:%Y}-{when:%m%d}"))]  # fmt: skip
    cards = (("Properties affected", count(doc, ("properties",), 0)), ("Bottled water (litres)",
             count(doc, ("litres",), 0)), ("Staff deployed", count(doc, ("staff are deployed",), 0)))  # fmt: skip
    for k, (label, value) in enumerate(cards):
        x = 20 + k * 150
        head.append(lambda c, x=x, lab=label, v=value: (c.setFillColorRGB(1, 1, 1), c.rect(x, H - 120, 140, 66, 0, 1),
                    c.setFillColorRGB(0.1, 0.1, 0.1), c.setFont(BOLD, 24), c.drawCentredString(x + 70, H - 90,
                    f"{v:,}"), c.setFont(SANS, 8), c.drawCentredString(x + 70, H - 108, lab)))  # fmt: skip
    w, top, page_ops = (W - 60) / 3, H - 134, list(head)
    tables: list[list[Op]] = []
    tiles: list[list[Op]] = []

    def flush() -> None:
        nonlocal top, page_ops, tables, tiles
        pages.append(fixed + page_ops + [op for v in tables for op in v] + [op for v in reversed(tiles) for op in v])
        top, page_ops, tables, tiles = H - 30, [], [], []

    rows: list[list] = []
    for s in doc.sections:
        if s.risks:
            rows.append([s])
        elif rows and not rows[-1][0].risks and len(rows[-1]) < 3:
            rows[-1].append(s)
        else:
            rows.append([s])
    for group in rows:
        if group[0].risks:
            h, ops = _table(top, group[0])
            if top - h < 20:
                flush()
                h, ops = _table(top, group[0])
            tables.append(ops)
        else:
            row = [_tile(20 + j * (w + 10), top, w, s.heading, s.items) for j, s in enumerate(group)]
            h = max(x for x, _ in row)
            if top - h < 20 and (tiles or tables):
                flush()
                row = [_tile(20 + j * (w + 10), top, w, s.heading, s.items) for j, s in enumerate(group)]
            tiles += [ops for _, ops in row]
        top -= h + 10
    flush()
    return _canvas(BI, f"{doc.service} dashboard", "Power BI", pages)
