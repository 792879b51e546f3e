"""The lines that open and close a report without being any of it, whatever the publisher's words:

- an issue line of short parts under the title, one of them the date ("Amber Alert – Update 1 | Monday
  5 August 2024, 12:00", "Update No. 1 | Issued 06:00, 9 December 2024 | Next update: 14:00");
- the report's closing fields (the next report's time, the distribution) with the short lines of who signs
  under them, no sign-off word over them ("Kantonaler Führungsstab" / "Chef Lage" / "Major Reto Caduff");
- a closing section naming whom to contact ("Contact") over nothing but an address and a number;
- a line saying where the earlier issues are kept ("Previous reports are on the … share.").

Two layouts each: a Word document (bold headings) and a plain-text e-mail body.
"""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes

TITLE = "Blood Stocks Report"
SECTIONS = {
    "1. Summary": ["Group O negative stocks are at 2.1 days.", "Hospitals are asked to review elective use."],
    "2. Risks": ["Stocks could fall below 2 days by Friday."],
}
ISSUES = [
    "Amber Alert – Update 1 | Monday 5 August 2024, 12:00",
    "Update No. 1 | Issued 06:00, 5 August 2024 | Next update: 14:00",
]
CLOSES = {
    "fields": [
        "Next report: Tuesday 6 August 2024, 06:00",
        "Distribution: Regional directors; hospital transfusion teams; NHS England",
        "Stock Management Team",
        "Head of Stock Management",
        "Dr Jane Okafor",
    ],
    "contact": ["Contact", "stock.management@blood.example.org | 0300 123 4567 (24 hours)"],
    # where the earlier issues are kept, after the signature: a note on the series
    "archive": [
        "NEXT REPORT: 060600Z AUG 24 OR ON SIGNIFICANT CHANGE",
        "Duty Stock Manager",
        "Tel: 0300 123 4567 | Ops room 24/7",
        "Previous reports are on the stock management share.",
    ],
}


def _lines(issue: str, close: str) -> list[tuple[str, bool]]:
    """(text, is_heading) of the report, top to bottom."""
    lines = [(TITLE, True), (issue, False)]
    for heading, items in SECTIONS.items():
        lines += [(heading, True), *((t, False) for t in items)]
    return lines + [(t, t == "Contact") for t in CLOSES[close]]


def _word(issue: str, close: str) -> tuple[str, bytes]:
    d = docx.Document()
    for text, heading in _lines(issue, close):
        p = d.add_paragraph()
        p.add_run(text).bold = heading
    buf = io.BytesIO()
    d.save(buf)
    return "report.docx", buf.getvalue()


def _eml(issue: str, close: str) -> tuple[str, bytes]:
    body = [text.upper() if heading and text != TITLE else text for text, heading in _lines(issue, close)]
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "stocks@blood.example.org", "hospitals@example.org", TITLE
    msg["Date"] = "Mon, 05 Aug 2024 12:00:00 +0100"
    msg.set_content("\n\n".join(body) + "\n")  # a paragraph to each line, as a mail is typed
    return "report.eml", bytes(msg)


def _items(report: Report) -> dict[str | None, list[str]]:
    return {s.heading: [i.text for i in s.items] for s in report.sections}


@pytest.mark.parametrize("close", CLOSES)
@pytest.mark.parametrize("issue", ISSUES)
@pytest.mark.parametrize("layout", [_word, _eml])
def test_the_issue_line_and_the_close_are_no_items(layout, issue: str, close: str) -> None:
    name, data = layout(issue, close)
    report = parse_bytes(data, name)[0]
    got = {(h or "").upper(): items for h, items in _items(report).items()}
    assert got == {h.upper(): items for h, items in SECTIONS.items()}, name
    assert str(report.date) == "2024-08-05", name


def test_a_next_meeting_section_closing_minutes_stays_a_section() -> None:
    """ "Next Meeting" set as a heading over its day and time is the minutes' last section, not a close."""
    d = docx.Document()
    for text, heading in [("Minutes", True), ("Actions", True), ("Review the rota.", False), ("Next Meeting", True)]:
        d.add_paragraph().add_run(text).bold = heading
    d.add_paragraph("Time & Day: Friday February 14th 2020 at 8:30AM")
    buf = io.BytesIO()
    d.save(buf)
    minutes = parse_bytes(buf.getvalue(), "minutes.docx")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in minutes.sections][-1] == (
        "Next Meeting",
        ["Time & Day: Friday February 14th 2020 at 8:30AM"],
    )
