"""PDF writer of the ``blind25_layouts`` set: a Japanese city disaster headquarters' "被害状況等について（第3報）" kept
on a 方眼 ("graph paper") Excel sheet — every column as narrow as a row is high, so that the sheet is a grid of
squares and the report is typed into it cell by cell — and printed to PDF: the report number "第3報" in a box at the
top right, the title in a merged row, "令和7年7月9日（水）8時00分現在" and the headquarters at the right, a ruled box
of the headquarters' set-up (本部設置, 配備体制, 本部会議), then each heading "■ 概要" a row filled light blue across
the sheet, level-2 headings "● 職員の配備" under an itemless "■ 配備体制及び経費", the points "・" in the second
column with the text from the third, and — since a cell does not wrap — every point that is longer than the sheet is
wide broken by its author into rows of about forty characters, the next row's text typed under the first's; the
situation as rows opening with an ideographic space; "対応：" inside a risk's point, plain (a cell's text is of one
style); under the damage the ruled 人的被害 / 住家被害 table of the figures; every string of a cell drawn on its own,
as Excel's export draws it; the sheet name at the top right and "1 / 2" at the foot of every page; "1,250人",
"158,000千円", "7月10日", "（前回：5）").
"""

from __future__ import annotations

import io

from blind7_layouts_content import report_day
from blind17_layouts_content import count
from blind25_layouts_cjk import draw, register, width, wrap
from blind25_layouts_content import WEEKDAYS_JA
from council_layouts_gold import Doc

MIN, GOTHIC = "HeiseiMin-W3", "HeiseiKakuGo-W5"
PW, PH = 595.28, 841.89
CELL = 17.5
COLS = 28
LEFT = (PW - COLS * CELL) / 2
TOP = PH - 54.0
ROWS = 41
SIZE = 11.0
FILL = (0.87, 0.92, 0.97)
CITIES = {"久留米市": ("防災対策課", "第3配備（全職員配備）"), "倉敷市": ("防災推進課", "第3号配備（全職員）"),
          "長野市": ("危機管理防災課", "第3配備（全庁体制）"),
          "郡山市": ("防災危機管理課", "第3配備（全職員配備）")}  # fmt: skip


def reiwa(year: int) -> str:
    return f"令和{year - 2018}年"


class _Sheet:
    """The cells typed into the sheet, row by row; a row past the page's last starts the next page."""

    def __init__(self) -> None:
        self.pages: list[list] = [[]]
        self.row = 0

    def next(self, rows: int = 1) -> None:
        self.row += rows
        if self.row >= ROWS:
            self.pages.append([])
            self.row = 0

    def keep(self, rows: int) -> None:
        if self.row + rows > ROWS:
            self.pages.append([])
            self.row = 0

    def cell(self, col: float, text: str, font: str = MIN, size: float = SIZE, bold: bool = False,
             right: int = 0) -> None:  # fmt: skip
        """A cell's text at column ``col`` of the current row (its right edge at column ``right`` if given)."""
        y = TOP - self.row * CELL - CELL + (CELL - size) / 2 + 1.5
        x = LEFT + col * CELL if not right else LEFT + right * CELL - width(text, font, size) - 3
        self.pages[-1].append(lambda c: draw(c, x + 1.5, y, text, font, size, bold))

    def box(self, c0: int, c1: int, rows: int = 1, fill: tuple[float, float, float] | None = None) -> None:
        """A ruled (and filled) box over columns c0..c1 of ``rows`` rows from the current one."""
        x, y = LEFT + c0 * CELL, TOP - (self.row + rows) * CELL

        def op(c) -> None:
            c.setLineWidth(0.6)
            if fill:
                c.setFillColorRGB(*fill)
            c.rect(x, y, (c1 - c0) * CELL, rows * CELL, stroke=1, fill=1 if fill else 0)
            c.setFillColorRGB(0, 0, 0)

        self.pages[-1].insert(0, op)  # drawn first, under the cells' text

    def lines(self, col: int, text: str, mark: str = "") -> None:
        """A point typed row by row: ``mark`` in column ``col``, the text from the next column, broken by hand."""
        start = col + (1 if mark else 0)
        rows = wrap(text, MIN, SIZE, (COLS - start - 3) * CELL)
        self.keep(min(len(rows), 3))
        for k, line in enumerate(rows):
            if k == 0 and mark:
                self.cell(col, mark)
            self.cell(start, line)
            self.next()


def _damage_table(sheet: _Sheet, doc: Doc) -> None:
    """The ruled table of casualties and damaged houses, the figures repeated from the points."""
    above = count(doc, ("床上浸水",), 0)
    below = count(doc, ("床下浸水",), 0)
    heads = (("人的被害（人）", ("死者", "行方不明", "重傷", "軽傷")), ("住家被害（棟）", ("全壊", "半壊", "一部損壊",
             "床上浸水", "床下浸水")))  # fmt: skip
    values = (("0", "0", "0", str(doc.number % 3)), ("0", "0", str(3 + doc.number), f"{above:,}", f"{below:,}"))
    sheet.keep(4)
    sheet.next()
    col = 1
    spans = []
    for (group, cols), vals in zip(heads, values, strict=True):
        span = 3 * len(cols)
        spans.append((col, col + span, group, cols, vals))
        col += span
    for c0, c1, group, _, _ in spans:
        sheet.box(c0, c1, 1, FILL)
        sheet.cell(c0 + (c1 - c0) / 2 - width(group, GOTHIC, 9) / CELL / 2, group, GOTHIC, 9)
    sheet.next()
    for c0, _, _, cols, _ in spans:
        for k, name in enumerate(cols):
            sheet.box(c0 + 3 * k, c0 + 3 * k + 3, 1, FILL)
            sheet.cell(c0 + 3 * k + 1.5 - width(name, GOTHIC, 8) / CELL / 2, name, GOTHIC, 8)
    sheet.next()
    for c0, _, _, _, vals in spans:
        for k, v in enumerate(vals):
            sheet.box(c0 + 3 * k, c0 + 3 * k + 3, 1)
            sheet.cell(0, v, MIN, 9.5, right=c0 + 3 * k + 3)
    sheet.next(2)


def pdf_hougan_ja(doc: Doc) -> bytes:
    """The headquarters' damage report on its graph-paper sheet, printed to PDF."""
    from reportlab.pdfgen import canvas

    register(MIN, GOTHIC)
    when = report_day(doc)
    city = doc.organisation.removesuffix("災害対策本部")
    office, posture = CITIES[city]
    sheet = _Sheet()
    sheet.box(23, 28, 2)
    sheet.cell(24, f"第{doc.number}報", GOTHIC, 16)
    sheet.next(2)
    title = f"{reiwa(when.year)}{when.month}月大雨に係る被害状況等について（第{doc.number}報）"
    sheet.cell(COLS / 2 - width(title, GOTHIC, 14) / CELL / 2, title, GOTHIC, 14, bold=True)
    sheet.next(2)
    stamp = f"{reiwa(when.year)}{when.month}月{when.day}日（{WEEKDAYS_JA[when.weekday()]}）8時00分現在"
    sheet.cell(0, stamp, right=COLS)
    sheet.next()
    sheet.cell(0, f"{doc.organisation}（事務局：{office}）", right=COLS)
    sheet.next(2)
    first = when.day - doc.number + 1
    setup = (("本部設置", f"{when.month}月{first - 1}日 17時00分 災害対策本部を設置"), ("配備体制", posture),
             ("本部会議", f"第{doc.number + 1}回 {when.month}月{when.day}日 8時30分～"))  # fmt: skip
    for label, value in setup:
        sheet.box(1, 6, 1, FILL)
        sheet.box(6, 27, 1)
        sheet.cell(1.3, label, GOTHIC, SIZE)
        sheet.cell(6.3, value)
        sheet.next()
    sheet.next()
    for s in doc.sections:
        sheet.keep(3)
        if s.level == 1:
            sheet.box(0, COLS, 1, FILL)
            sheet.cell(0.2, s.heading, GOTHIC, 11, bold=True)
        else:
            sheet.cell(1, s.heading, GOTHIC, SIZE)
        sheet.next()
        col = 1 if s.level == 1 else 2
        for it in s.items:
            if s.key == "situation":
                sheet.lines(col, f"\u3000{it.text}")
            else:
                sheet.lines(col, it.text, "・")
        if s.key == "impacts":
            _damage_table(sheet, doc)
        elif s.items:
            sheet.next()
    sheet.cell(0, "以上", right=COLS - 1)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PW, PH))
    c.setTitle(f"被害状況報告_第{doc.number}報")
    c.setAuthor(office)
    c.setCreator("Microsoft® Excel® for Microsoft 365")
    c.setProducer("Microsoft® Excel® for Microsoft 365")
    pages = len(sheet.pages)
    for n, page in enumerate(sheet.pages, start=1):
        for op in page:
            op(c)
        draw(c, LEFT + COLS * CELL - width(f"第{doc.number}報", MIN, 9), PH - 30, f"第{doc.number}報", MIN, 9)
        foot = f"{n} / {pages}"
        draw(c, PW / 2 - width(foot, MIN, 9) / 2, 28, foot, MIN, 9)
        c.showPage()
    c.save()
    return buf.getvalue()
