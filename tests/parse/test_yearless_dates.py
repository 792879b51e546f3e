"""Dates printed without a year: the year comes from the file's own date or the document's other dates,
never invented, and the report says how its date was found."""

from __future__ import annotations

import io
from datetime import date, datetime

import docx
import pytest

from sitroom.parse.yearless import day_and_month, numeric_order, year_before
from sitroom.read import parse_bytes, parse_text


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
    assert "own date (saved or sent) 2018-04-14" in report.date_source
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


def test_a_pdf_takes_the_year_from_its_metadata_and_an_attachment_from_its_message():
    from email.message import EmailMessage

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 780, "Team notes – 5 January")
    c.setFont("Helvetica", 11)
    for n, line in enumerate(["• Beacons ordered for the library.", "• Database pruning set up."]):
        c.drawString(60, 740 - 18 * n, line)
    c.save()
    # the file's own dates, written by the producer (same length, so the cross-reference table holds)
    pdf = buf.getvalue().replace(b"D:20000101000000", b"D:20210112090000")
    report = parse_bytes(pdf, "notes.pdf")[0]
    assert report.date == date(2021, 1, 5)

    msg = EmailMessage()
    msg["Subject"], msg["From"], msg["To"] = "notes", "a@example.org", "b@example.org"
    msg["Date"] = "Tue, 12 Jan 2021 09:00:00 +0000"
    msg.set_content("Please find the notes attached.")
    notes = "Team notes – 5 January\n\n• Beacons ordered for the library.\n\n• Database pruning set up.\n"
    msg.add_attachment(notes.encode(), maintype="text", subtype="plain", filename="notes.txt")
    attached = [r for r in parse_bytes(msg.as_bytes(), "mail.eml") if r.source.endswith("notes.txt")]
    assert [r.date for r in attached] == [date(2021, 1, 5)]
