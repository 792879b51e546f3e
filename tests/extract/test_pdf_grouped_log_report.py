"""A database's report printed to PDF (an incident log grouped by category): the column titles over the records,
each group's name set bold over its records, a count closing each group ("Entries: 2") and a total at the end.
Each record's sentence is an item under its group's name, a heading; its reference, initials and time are fields,
and the counts are no items. Made as a report writer draws it, cell by cell with no rules, in three layouts: the
group names larger than the records (Ref | Entry | Logged by | Time), in the records' own size (No. | Action |
Owner | Due), and with a rule under each group's name. A record whose cells happen to stand evenly apart is no
justified line run together."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

GROUPS = [
    ("Situation overview", ["Part of the spillway slab was washed away in the storm.", "The level is 3 m down."]),
    ("Dam condition", ["No new movement of the dam was recorded.", "Engineers inspect the dam face every six hours.",
                       "Aggregate bags have been placed on the damaged slab."]),
    ("Drawdown", ["Fourteen pumps are lowering the reservoir."]),
    ("Evacuation", ["Residents of the town below the dam remain evacuated."]),
]  # fmt: skip
LAYOUTS = {
    "larger names": (("Ref", "Entry", "Logged by", "Time"), 11, False),
    "names in the records' size": (("No.", "Action", "Owner", "Due"), 9, False),
    "ruled names": (("Ref", "Entry", "Logged by", "Time"), 10, True),
}


def _report(layout: str, groups: list = GROUPS) -> bytes:
    header, band_size, ruled = LAYOUTS[layout]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    xs = (40, 95, 400, 470)
    y = 800
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, y, "Holdworth Reservoir – Incident Situation Log")
    y -= 18
    c.setFont("Helvetica", 9)
    c.drawString(40, y, "Report 1 · period ending 06:00 Monday 3 August 2026")
    y -= 26
    c.setFont("Helvetica-Bold", 9)
    for x, title in zip(xs, header, strict=True):
        c.drawString(x, y, title)
    n = 230
    for name, entries in groups:
        y -= 22
        c.setFont("Helvetica-Bold", band_size)
        c.drawString(40, y, name)
        if ruled:
            c.line(40, y - 3, 520, y - 3)
        for k, entry in enumerate(entries):
            y -= 14
            n += 3
            c.setFont("Helvetica", 9)
            cells = (f"E-0{n}", entry, ("SKP", "LMc", "NB")[k % 3], f"{(n * 7) % 24:02d}:{(n * 13) % 60:02d}")
            for x, cell in zip(xs, cells, strict=True):
                c.drawString(x, y, cell)
        y -= 13
        c.setFont("Helvetica", 8)
        c.drawRightString(520, y, f"Entries: {len(entries)}")
    y -= 20
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, y, f"Total entries: {sum(len(e) for _, e in groups)}")
    c.save()
    return buf.getvalue()


def _entry_as_wide_as(gap: float) -> str:
    """An entry whose end stands as far from the next column as the reference's end stands from the entry: the
    two gaps even, as a justified line's spaces are."""
    words = "The risk of heavy rain forecast for the weekend raising the reservoir level is increasing again".split()
    room = 400 - 95 - gap
    text = ""
    for w in words:
        if stringWidth(f"{text} {w}".strip(), "Helvetica", 9) > room:
            break
        text = f"{text} {w}".strip()
    return text + "." * int((room - stringWidth(text, "Helvetica", 9)) // stringWidth(".", "Helvetica", 9))


def test_cells_evenly_apart_are_no_justified_line() -> None:
    gap = 95 - 40 - stringWidth("E-0233", "Helvetica", 9)
    entry = _entry_as_wide_as(gap)
    assert abs((400 - 95 - stringWidth(entry, "Helvetica", 9)) - gap) < 2  # the layout this test needs
    groups = [("Risks", [entry, "Pump fuel supply may fail."])]
    report = parse_bytes(_report("larger names", groups), "log.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == groups


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_each_record_is_an_item_under_its_groups_name(layout: str) -> None:
    report = parse_bytes(_report(layout), "log.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == GROUPS
    assert report.tables, "the log's grid is recorded as a table"
    assert any("data table cells" in w for w in report.warnings)
