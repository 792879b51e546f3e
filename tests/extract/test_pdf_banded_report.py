"""A banded report printed by a report writer: one header row naming the columns ("Ref | Update | Entered by |
Entered"), then each group's name on a shaded band, its rows under it with their cells close together, and a line
counting the group's rows under them ("Entries: 2"). The header's columns go on under every band, so a row's
update is never run into the name of who entered it; each group's name heads its updates; the count lines are
left out and counted.

Layouts (reportlab's canvas): a log with a reference column and the user and time entered, a log with an owner
and a date and no reference, the first log with its groups' counts called "Records", and with a row to a group.
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


def _report(ref: bool, count_word: str = "Entries", groups: list = GROUPS) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    width, height = A4
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
    for name, updates in groups:
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
    c.showPage()
    c.save()
    return buf.getvalue()


ONE_ROW = [(name, updates[:1]) for name, updates in GROUPS]
LAYOUTS = {
    "ref-user-time": (lambda: _report(True), GROUPS),
    "owner-date": (lambda: _report(False), GROUPS),
    "ref-records": (lambda: _report(True, "Records"), GROUPS),
    "one-row-groups": (lambda: _report(True, groups=ONE_ROW), ONE_ROW),
}


# known: under a column of references, the rows of the groups after the first keep their references and times
_REF_GROUPS = pytest.mark.xfail(strict=True, reason="a reference column's groups after the first keep their cells")


@pytest.mark.parametrize("layout", [pytest.param(k, marks=_REF_GROUPS) if k != "owner-date" else k for k in LAYOUTS])
def test_each_band_heads_its_updates_and_the_counts_and_cells_are_left_out(layout: str) -> None:
    build, groups = LAYOUTS[layout]
    report = parse_bytes(build(), f"{layout}.pdf")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    assert got == groups
    assert any("group count" in w for w in report.warnings), report.warnings
