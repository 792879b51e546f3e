"""A banded report printed by a report writer: one header row naming the columns ("Ref | Update | Entered by |
Entered"), then each group's name on a shaded band, its rows under it with their cells close together, and a line
counting the group's rows under them ("Entries: 2"). The header's columns go on under every band, so a row's
update is never run into the name of who entered it; each group's name heads its updates; the count lines are
left out and counted.

Layouts (reportlab's canvas): a log with a reference column and the user and time entered, a log with an owner
and a date and no reference, the first log with its groups' counts called "Records", and with a row to a group, and
both logs run over two pages with the column headings printed only over the first group. A risk register printed as
a subreport under the last band, with its own header, is a table of its own.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from sitroom.read import parse_bytes

GROUPS = [
    ("Executive summary", ["5,926 homes are supplied from the affected plant.",
                           "PFAS above the guideline was found at the water treatment plant outlet."]),
    ("Current status", ["The affected bore field has been taken out of supply.",
                        "The latest sample at the plant outlet was 66% of the guideline."]),
    ("Customer impact", ["218 customer calls about the water quality were taken.",
                         "Customers are asked to use bottled water for infant formula."]),
    ("Next steps", ["Results of the bore field investigation are due by 15 November."]),
]  # fmt: skip
USERS = ["jtaylor", "mnguyen", "skelly"]


RISKS = [
    ("The risk that blending cannot meet summer demand is increasing.", "High",
     "Water restrictions have been prepared for approval.", "Capital Delivery Manager"),
    ("The risk of PFAS levels rising after heavy rain is being monitored.", "Medium",
     "Daily sampling is in place at the plant outlet.", "Incident Controller"),
]  # fmt: skip


def _register(c: Canvas, y: float, width: float, columns: list[tuple[str, float]]) -> float:
    """The risk register as a subreport under the report's last band: a header of its own, each cell wrapped."""
    c.setFont("Helvetica-Bold", 7.5)
    for label, x in columns:
        c.drawString(x, y, label)
    c.line(40, y - 4, width - 40, y - 4)
    y -= 16
    c.setFont("Helvetica", 8)
    for cells in RISKS:
        lines = 1
        for (_, x), text in zip(columns, cells, strict=True):
            wrapped = _wrap(text, 30 if x < 200 else 34)
            for n, line in enumerate(wrapped):
                c.drawString(x, y - 10 * n, line)
            lines = max(lines, len(wrapped))
        y -= 10 * lines + 6
    return y


def _wrap(text: str, chars: int) -> list[str]:
    lines = [""]
    for word in text.split():
        if lines[-1] and len(lines[-1]) + len(word) >= chars:
            lines.append("")
        lines[-1] = f"{lines[-1]} {word}".strip()
    return lines


def _report(
    ref: bool, count_word: str = "Entries", groups: list = GROUPS, register: bool = False, break_after: int = 0
) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    width, height = A4
    if break_after:
        c.setFont("Helvetica", 7)
        c.drawString(width - 160, height - 30, "Printed: 2/11/2026 5:04:06PM")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, height - 60, "Incident Status Report")
    c.setFont("Helvetica", 9)
    c.drawString(40, height - 76, "Incident: INC-2026-8075 · Report date: 2/11/2026")
    columns = (
        [("Ref", 40), ("Update", 110), ("Entered by", 400), ("Entered", 470)]
        if ref
        else [("Update", 40), ("Owner", 400), ("Date", 470)]
    )
    y = height - 104
    c.setFont("Helvetica-Bold", 7.5)
    for label, x in columns:
        c.drawString(x, y, label)
    c.line(40, y - 4, width - 40, y - 4)
    y -= 20
    n = 0
    for g, (name, updates) in enumerate(groups):
        if break_after and g == break_after:
            # the page header prints on every page, the column headings only over the first group
            c.showPage()
            c.setFont("Helvetica", 7)
            c.drawString(width - 160, height - 30, "Printed: 2/11/2026 5:04:06PM")
            y = height - 60
        c.setFillColor("#d9d9d9")
        c.rect(40, y - 4, width - 80, 14, stroke=0, fill=1)
        c.setFillColor("black")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(43, y, name)
        y -= 18
        c.setFont("Helvetica", 8)
        for update in updates:
            n += 1
            cells = [f"LOG-875-{n:02d}", update] if ref else [update]
            cells += [USERS[n % 3], f"{1 + n % 2}/11/2026 09:{10 + n}"]
            for (_, x), text in zip(columns, cells, strict=True):
                c.drawString(x, y, text)
            y -= 14
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(columns[1][1] if ref else 60, y, f"{count_word}: {len(updates)}")
        y -= 20
    if register:
        c.setFillColor("#d9d9d9")
        c.rect(40, y - 4, width - 80, 14, stroke=0, fill=1)
        c.setFillColor("black")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(43, y, "Risk register")
        _register(c, y - 20, width, [("Risk", 40), ("Rating", 200), ("Controls", 250), ("Owner", 430)])
    c.showPage()
    c.save()
    return buf.getvalue()


ONE_ROW = [(name, updates[:1]) for name, updates in GROUPS]
LAYOUTS = {
    "ref-user-time": (lambda: _report(True), GROUPS),
    "owner-date": (lambda: _report(False), GROUPS),
    "ref-records": (lambda: _report(True, "Records"), GROUPS),
    "one-row-groups": (lambda: _report(True, groups=ONE_ROW), ONE_ROW),
    # the column headings printed once: the groups on the next page stand under the first page's columns
    "ref-two-pages": (lambda: _report(True, break_after=2), GROUPS),
    "owner-two-pages": (lambda: _report(False, break_after=1), GROUPS),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_band_heads_its_updates_and_the_counts_and_cells_are_left_out(layout: str) -> None:
    build, groups = LAYOUTS[layout]
    report = parse_bytes(build(), f"{layout}.pdf")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    assert got == groups
    assert any("group count" in w for w in report.warnings), report.warnings


@pytest.mark.parametrize("ref", [True, False], ids=["ref-user-time", "owner-date"])
def test_a_register_under_the_last_band_is_a_table_of_its_own(ref: bool) -> None:
    """The register's header under the report's last band names other columns: the report's grid ends there and
    the register's rows are risks with their controls, never the report's records read cell by cell."""
    report = parse_bytes(_report(ref, register=True), "register.pdf")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    assert got[:-1] == GROUPS
    heading, risks = got[-1]
    assert heading == "Risk register"
    assert risks == [r[0] for r in RISKS]
    section = report.sections[-1]
    assert [i.mitigation for i in section.items] == [r[2] for r in RISKS]
