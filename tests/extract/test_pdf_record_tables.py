"""A table of records printed to PDF is a list: each row one item, its sentence (the action or the risk);
the reference, owner, date and status cells are the item's fields, neither items nor headings.

Two layouts made as a spreadsheet prints them: an action tracker (landscape, gridded, Ref | Action | Owner
| Due | Status, the column titles on a dark bar at the top of the page, a grey band spanning the table for
each workstream over its rows, references "1.01" right before their actions); and a risk log under a
heading and a paragraph (ID | Risk | Likelihood | Impact | Mitigation | Owner), each risk an item carrying
its mitigation.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sitroom.model import Report
from sitroom.read import parse_bytes

CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=9.6)
BOLD = ParagraphStyle("bold", fontName="Helvetica-Bold", fontSize=8, leading=9.6)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=16, leading=20)
HEADING = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=11, leading=14)
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=11)

WORKSTREAMS = [
    (
        "1. Welfare",
        [
            ("Open the rest centre at the leisure centre until the end of the month", "Housing lead", "On track"),
            ("Visit every flooded home to offer a welfare check", "Adult services", "At risk"),
        ],
    ),
    (
        "2. Roads and bridges",
        [
            ("Survey flood damage to 12 km of the road network", "Highways manager", "Overdue"),
            ("Repair the footbridge at Mill Lane", "Highways manager", "Complete"),
        ],
    ),
    ("3. Communications", [("Publish the weekly recovery newsletter", "Press office", "Not started")]),
]

RISKS = [
    (
        "R1",
        "Recovery costs exceed the government grant, with £1.2m unfunded so far.",
        "Medium",
        "High",
        "Claim under the emergency financial assistance scheme.",
        "Finance director",
    ),
    (
        "R2",
        "Volunteers tire before the clean-up ends.",
        "High",
        "Medium",
        "Rota agreed with the volunteer centre.",
        "Head of communities",
    ),
    (
        "R3",
        "Silt left in drains blocks them in the next storm.",
        "Low",
        "High",
        "Jetting crews booked for March.",
        "Drainage engineer",
    ),
]


def _parse(data: bytes) -> Report:
    return parse_bytes(data, "generated.pdf")[0]


def _grid(rows: list, widths: list[float], bands: list[int]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9e9e9e")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e78")),
    ]
    for r in bands:
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#d9d9d9"))]
    table.setStyle(TableStyle(style))
    return table


def _white(text: str) -> Paragraph:
    return Paragraph(f'<font color="white">{escape(text)}</font>', BOLD)


def _tracker() -> bytes:
    rows: list = [[_white(h) for h in ("Ref", "Action", "Owner", "Due", "Status")]]
    bands = []
    for n, (name, actions) in enumerate(WORKSTREAMS, start=1):
        bands.append(len(rows))
        rows.append([Paragraph(escape(name), BOLD), "", "", "", ""])
        for k, (action, owner, status) in enumerate(actions, start=1):
            rows.append(
                [Paragraph(f"{n}.{k:02d}", CELL), Paragraph(escape(action), CELL), Paragraph(owner, CELL),
                 Paragraph(f"{10 + k}/03/2024", CELL), Paragraph(status, CELL)]
            )  # fmt: skip
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), leftMargin=28, rightMargin=28, topMargin=34)
    doc.build([_grid(rows, [34, 380, 130, 70, 80], bands)])
    return buf.getvalue()


def _risk_log() -> bytes:
    head = ("ID", "Risk", "Likelihood", "Impact", "Mitigation", "Owner")
    rows: list = [[_white(h) for h in head]]
    for risk in RISKS:
        rows.append([Paragraph(escape(cell), CELL) for cell in risk])
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=40, rightMargin=40)
    doc.build(
        [
            Paragraph("Flood recovery group: weekly report", TITLE),
            Spacer(1, 8),
            Paragraph("Situation", HEADING),
            Paragraph("The river fell below the warning level on Saturday and the clean-up goes on.", BODY),
            Spacer(1, 6),
            Paragraph("Risk log", HEADING),
            Paragraph("The group reviewed the risks below at its meeting on Monday.", BODY),
            Spacer(1, 6),
            _grid(rows, [26, 170, 52, 42, 150, 75], []),
        ]
    )
    return buf.getvalue()


def test_each_action_of_a_tracker_is_one_item_under_its_workstream() -> None:
    report = _parse(_tracker())
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]
    assert got == [(name, [a for a, _, _ in actions]) for name, actions in WORKSTREAMS]


def test_a_trackers_references_owners_dates_and_statuses_are_no_items_or_headings() -> None:
    report = _parse(_tracker())
    texts = [s.heading or "" for s in report.sections] + [i.text for s in report.sections for i in s.items]
    for field in ("1.01", "Housing lead", "11/03/2024", "On track", "Owner", "Status"):
        assert not any(t == field or t.startswith(f"{field} ") for t in texts), field


def test_each_risk_of_a_risk_log_is_one_item_carrying_its_mitigation() -> None:
    report = _parse(_risk_log())
    risks = next(s for s in report.sections if s.heading == "Risk log")
    got = [(i.text, i.mitigation) for i in risks.items if i.mitigation is not None]
    assert got == [(risk, mitigation) for _, risk, _, _, mitigation, _ in RISKS]
    texts = [s.heading or "" for s in report.sections] + [i.text for s in report.sections for i in s.items]
    for field in ("R1", "Medium", "Finance director", "Likelihood"):
        assert field not in texts
