"""A sitrep kept in a spreadsheet and printed to PDF: each workstream's name in a cell merged down the rows of its
updates, a status and an owner cell right of each update, and the measures taken in the last column.

Layouts, drawn with reportlab's canvas as a spreadsheet prints them (gridlines stroked cell by cell at 1 pt, a
merged cell painted white over the gridlines it spans, the status cell filled in its colour), and with reportlab's
platypus table as a word processor prints one:

- ``headings``: printed with its row and column headings (the band of column letters, the row numbers on the
  left), the title and particulars in rows merged across the sheet over the header row, the title's row number
  on the title's own baseline;
- ``plain``: the same sheet printed without headings;
- ``two-pages``: with headings, long enough to run on to a second page, where the header row is printed again
  and only two workstreams stand;
- ``word``: a word processor's table, Workstream | Update | RAG | Owner | Mitigation, its cells merged down.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from sitroom.read import parse_bytes

WORKSTREAMS = [
    ("Summary", ["Nine suburbs had no water overnight.", "Supply was restored to four of them by noon."]),
    ("Supply", ["Reservoirs are at 31% of capacity.", "The pumping station runs at half its rate."]),
    ("Tankers", ["Twelve tankers are serving the worst hit wards."]),
    ("Staff", ["Forty maintenance staff are working in shifts.", "Overtime is approved until Friday."]),
    ("Risks", ["Pipes may burst when pressure returns.", "Tankers cannot reach the hillside streets."]),
    ("Next steps", ["The operations committee meets on 14 May."]),
]
MEASURES = {"Tankers cannot reach the hillside streets.": "Smaller trucks serve the narrow roads."}
STATUS = ["G", "A", "R"]
OWNERS = ["Water Services", "Finance", "Communications"]
COLUMNS = [("No.", 30), ("Workstream", 95), ("Update", 260), ("Status", 40), ("Responsible", 90), ("Mitigation", 170)]
TITLE = "WATER OUTAGE – DAILY SITUATION REPORT NO. 3"


def _rows(repeat: int) -> list[tuple[str, str, str, str, str, str]]:
    rows = []
    for k in range(repeat):
        for n, (name, updates) in enumerate(WORKSTREAMS, start=1):
            for m, update in enumerate(updates, start=1):
                number = f"{n + k * len(WORKSTREAMS)}.{m}"
                status, owner = STATUS[(n + m) % 3], OWNERS[(n * m) % 3]
                rows.append((number, name, update, status, owner, MEASURES.get(update, "")))
    return rows


def _sheet(headings: bool, repeat: int = 1) -> bytes:
    """The sheet as a spreadsheet prints it: every gridline a stroke of its own, merged cells painted over."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=landscape(A4), invariant=1)
    height = landscape(A4)[1]
    left = 40.0
    head_w = 22.0 if headings else 0.0
    xs = [left + head_w]
    for _, w in COLUMNS:
        xs.append(xs[-1] + w)
    c.setLineWidth(1)

    def grid_row(y: float, h: float, number: int | None, split: bool = True) -> None:
        c.line(left, y, xs[-1], y)
        c.line(left, y - h, xs[-1], y - h)
        for x in [left, *(xs if split else [xs[0], xs[-1]])]:
            c.line(x, y, x, y - h)
        if headings and number is not None:
            c.setFont("Helvetica", 7)
            c.drawCentredString(left + head_w / 2, y - 10, str(number))

    rows, row_no = _rows(repeat), 1
    y = height - 50

    def band(y: float) -> float:
        if not headings:
            return y
        c.setFont("Helvetica", 7)
        for n, x in enumerate(xs[:-1]):
            c.drawCentredString((x + xs[n + 1]) / 2, y - 10, "ABCDEF"[n])
        grid_row(y, 14, None)  # the corner holds no number
        return y - 14

    y = band(y)
    for text, font, size in (
        (TITLE, "Helvetica-Bold", 12),
        ("Municipality: Riverside", "Helvetica", 9),
        ("Date: 12 May 2026     Time: 16:00", "Helvetica", 9),
    ):
        grid_row(y, 18, row_no, split=False)
        c.setFont(font, size)
        c.drawString(xs[0] + 3, y - 13, text)
        y, row_no = y - 18, row_no + 1

    header_no = row_no

    def header(y: float) -> float:  # printed again at the top of each page, with its own row number
        grid_row(y, 18, header_no)
        c.setFont("Helvetica-Bold", 9)
        for (label, _), x in zip(COLUMNS, xs, strict=False):
            c.drawString(x + 3, y - 12, label)
        return y - 18

    y = header(y)
    row_no += 1
    start: float | None = None
    for j, (number, name, update, status, owner, measure) in enumerate(rows):
        if y - 18 < 60:
            c.showPage()
            c.setLineWidth(1)
            y = header(band(height - 50))
            start = None
        grid_row(y, 18, row_no)
        c.setFillColor({"G": "#92d050", "A": "#ffc000", "R": "#ff0000"}[status])
        c.rect(xs[3] + 1, y - 17, COLUMNS[3][1] - 2, 16, stroke=0, fill=1)
        c.setFillColor("black")
        c.setFont("Helvetica", 9)
        for x, value in ((xs[0], number), (xs[2], update), (xs[4], owner), (xs[5], measure)):
            c.drawString(x + 3, y - 12, value)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString((xs[3] + xs[4]) / 2, y - 12, status)
        start = y if start is None or rows[j - 1][1] != name else start
        last = j + 1 == len(rows) or rows[j + 1][1] != name or y - 36 < 60
        if last:  # the merged cell: painted white over the gridlines it spans, its name centred in it
            c.setFillColor("white")
            c.rect(xs[1] + 1, y - 17, COLUMNS[1][1] - 2, start - y + 16, stroke=0, fill=1)
            c.setFillColor("black")
            c.setFont("Helvetica-Bold", 9)
            c.drawString(xs[1] + 3, (start + y - 18) / 2 - 3, name)
        y, row_no = y - 18, row_no + 1
    c.showPage()
    c.save()
    return buf.getvalue()


def _word() -> bytes:
    """The sheet as a word processor's table: merged cells spanning their rows, a 1 pt grid."""
    rows: list[list[str]] = [["Workstream", "Update", "RAG", "Owner", "Mitigation"]]
    spans = []
    for name, updates in WORKSTREAMS:
        first = len(rows)
        for m, update in enumerate(updates):
            rows.append([name if m == 0 else "", update, STATUS[m % 3], OWNERS[m % 3], MEASURES.get(update, "")])
        if len(rows) - 1 > first:
            spans.append(("SPAN", (0, first), (0, len(rows) - 1)))
    style = [
        ("GRID", (0, 0), (-1, -1), 1, "black"),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, 1), (0, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        *spans,
    ]
    buf = io.BytesIO()
    table = Table(rows, colWidths=(90, 230, 35, 90, 170), style=TableStyle(style))
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build([table])
    return buf.getvalue()


LAYOUTS = {
    "headings": lambda: _sheet(True),
    "plain": lambda: _sheet(False),
    "two-pages": lambda: _sheet(True, repeat=3),
    "word": _word,
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_workstream_heads_its_updates_and_the_status_and_owner_cells_are_left_out(layout: str) -> None:
    report = parse_bytes(LAYOUTS[layout](), f"{layout}.pdf")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    assert "Riverside" not in str(got)
    repeat = 3 if layout == "two-pages" else 1
    assert got == WORKSTREAMS * repeat
    mitigations = {i.text: i.mitigation for s in report.sections for i in s.items}
    assert all(mitigations[risk] == MEASURES.get(risk) for risk in WORKSTREAMS[4][1])
    assert any("status or owner cell" in w for w in report.warnings), report.warnings


@pytest.mark.parametrize("layout", ["headings", "two-pages"])
def test_the_sheets_row_and_column_headings_are_counted_not_read(layout: str) -> None:
    report = parse_bytes(LAYOUTS[layout](), f"{layout}.pdf")[0]
    assert (report.title, str(report.date)) == (TITLE, "2026-05-12")
    texts = [s.heading or "" for s in report.sections] + [i.text for s in report.sections for i in s.items]
    assert not any(t.split()[0] in "ABCDEF" or (t[:1].isdigit() and t.split()[0].isdigit()) for t in texts if t)
    assert any("sheet row and column heading" in w for w in report.warnings), report.warnings
