"""Dates printed without a year: the year comes from the file's own date or the document's other dates,
never invented, and the report says how its date was found."""

from __future__ import annotations

import io
from datetime import date, datetime

import docx
import pytest

from sitroom.parse import parse_bytes, parse_text
from sitroom.parse.yearless import day_and_month, numeric_order, year_before


@pytest.mark.parametrize(
    ("line", "order", "expected"),
    [
        ("Meeting 9/18, 12-2pm", "md", (9, 18)),
        ("Reunión del 18/9", "dm", (9, 18)),
        ("Réunion du 5 mars", "dm", (3, 5)),
        ("Team notes – March 5th", "dm", (3, 5)),
        ("Notes of 3rd Nov.", "dm", (11, 3)),
        ("Three out of 5 districts reported", "dm", None),
        ("CFR 51/132 (39%)", "dm", None),
    ],
)
def test_day_and_month_without_a_year(line, order, expected):
    assert day_and_month(line, order) == expected


def test_the_order_of_day_and_month_is_the_one_the_document_uses():
    assert numeric_order(["Meeting 10/2", "Meeting 10/16"]) == "md"
    assert numeric_order(["Meeting 2/10", "Meeting 16/10"]) == "dm"
    # headings that read both ways defer to the rest of the text
    assert numeric_order(["Meeting 11/6"], ["Follow-up on 11/20"]) == "md"


def test_the_year_puts_the_day_last_before_the_file_was_saved():
    saved = date(2018, 4, 14)
    assert year_before(9, 18, saved) == date(2017, 9, 18)
    assert year_before(1, 16, saved) == date(2018, 1, 16)
    assert year_before(4, 18, saved) == date(2018, 4, 18)  # a meeting a few days ahead is still this year


def _minutes(first: str, later: str, saved: datetime | None) -> bytes:
    d = docx.Document()
    for heading in (first, later):
        d.add_paragraph(heading).runs[0].underline = True
        d.add_paragraph("Justin, Jordan, Nick")
        d.add_paragraph("Decided to order the beacons this week.", style="List Bullet")
        d.add_paragraph("To do: set up the database for the heat map.", style="List Bullet")
    if saved is not None:
        d.core_properties.modified = saved
        d.core_properties.created = saved
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_meeting_notes_with_month_first_headings_take_the_year_from_the_saved_date():
    report = parse_bytes(_minutes("Meeting 10/2", "Meeting 10/16", datetime(2018, 4, 14, 18, 35)), "notes.docx")[0]
    assert report.date == date(2017, 10, 2)
    assert "saved date 2018-04-14" in report.date_source
    assert any("low confidence" in w for w in report.warnings)


def test_day_first_headings_in_another_layout():
    report = parse_bytes(_minutes("Réunion du 16/10", "Réunion du 23/10", datetime(2021, 1, 5)), "cr.docx")[0]
    assert report.date == date(2020, 10, 16)


def test_without_a_file_date_the_year_comes_from_the_dates_the_document_prints():
    report = parse_text(
        "Team notes – 3 March\n\nAttendees: Ana, Ben\n\n• The contract ends on 30 April 2021.\n\n"
        "• Next review with the board.\n",
        source="notes.txt",
    )
    assert report.date == date(2021, 3, 3)
    assert report.date_source.startswith("day and month printed, year from the other dates")


def test_no_year_anywhere_leaves_the_report_undated():
    report = parse_text(
        "Team notes – 3 March\n\nAttendees: Ana, Ben\n\n• Beacons ordered.\n\n• Next review soon.\n", "n.txt"
    )
    assert report.date is None
    assert report.date_source is None


def test_a_printed_full_date_is_the_masthead_date_and_says_so():
    report = parse_text("Flood Situation Report 4 – 20 April 2020\n\nKEY ACTIVITY\n\n• Pumps deployed.\n", "s.txt")
    assert (report.date, report.date_source) == (date(2020, 4, 20), "masthead")
