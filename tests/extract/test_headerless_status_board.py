"""A board of lines or sites with no header row: in every row a short label, a rating in the same column
("OPEN", "CLOSED", "Amber") and a short note. It is data to look up, counted as a table: no row label heads
a section, no rating becomes a heading though its cell is set bold by its own style, no cell is a point.
Two layouts: a mail built from tables (the rating cells coloured and bold) and a Word table."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx

from sitroom.read import parse_bytes

BOARD = [
    ("Ashby Vale – Kelbrook", "CLOSED", "Replacement buses every 20 minutes"),
    ("Millbrook – Ashby Vale", "OPEN", "Reduced timetable"),
    ("Kelbrook – Hexworth Junction", "OPEN", "Reduced timetable"),
]
SECTIONS = {
    "The latest": ["The line between Ashby Vale and Kelbrook stays closed after the landslip."],
    "What could affect the reopening date": [
        "More rain could move the slope again. Our plan: drains are cleared daily."
    ],
}


def _check(data: bytes, name: str) -> None:
    report = parse_bytes(data, name)[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS
    assert report.tables
    risk = report.sections[-1].items[0]
    assert risk.mitigation == "drains are cleared daily."


def test_a_mail_status_board_without_a_header_row() -> None:
    cell = "padding:6px 8px;font-size:15px"
    rows = "".join(
        f'<tr><td style="{cell}">{place}</td><td style="background:#D4351C;color:#fff;font-weight:bold">{state}</td>'
        f'<td style="{cell}">{note}</td></tr>'
        for place, state, note in BOARD
    )
    body = "".join(
        f'<tr><td><h2 style="font-weight:normal">{h}</h2><ul>{"".join(f"<li>{t}</li>" for t in items)}</ul></td></tr>'
        for h, items in SECTIONS.items()
    )
    html = f"<html><body><table><tr><td><table>{rows}</table></td></tr>{body}</table></body></html>"
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "news@rail.example", "stakeholders@example.org", "Landslip update"
    msg["Date"] = "Mon, 25 Nov 2024 07:00:00 +0000"
    msg.set_content(html, subtype="html")
    _check(msg.as_bytes(), "update.eml")


def test_a_word_status_board_without_a_header_row() -> None:
    d = docx.Document()
    table = d.add_table(rows=len(BOARD), cols=3)
    for row, values in zip(table.rows, BOARD, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    for heading, items in SECTIONS.items():
        d.add_heading(heading, level=2)
        for t in items:
            d.add_paragraph(t, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    _check(buf.getvalue(), "update.docx")
