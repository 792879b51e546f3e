"""A message's body that restates its subject as the report's title, after a line or two of covering note,
opens the report there: the title heads no section and the note is no point. The date line under it dates
the report, unless it reads a date well after the message was sent (a month name of another language). A
time alone under the title, and a date line closing the report under its last point, are no points either.
Layouts: a plain-text e-mail, an HTML e-mail, a mailing list's tagged subject and a reply's; a plain-text
note; a Word report.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "SUMMARY": ["The cyclone passed the province overnight.", "Families affected: 1,090."],
    "NEXT STEPS": ["Damage survey on the east coast.", "Next report tomorrow at 08:00."],
}
NOTE = ["Good morning all,", "Figures as agreed at the morning call."]


def _eml(subject: str, title: str, dateline: str, html: bool, sent: datetime) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "peoc@example.org", "cluster@example.org", subject
    msg["Date"] = format_datetime(sent)
    if html:
        body = "".join(f"<p>{n}</p>" for n in NOTE[1:]) + f"<p><b>{title}</b><br>{dateline}</p>"
        for heading, items in SECTIONS.items():
            body += f"<p><b>{heading}</b></p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
        msg.set_content(f"<html><body>{body}</body></html>", subtype="html")
    else:
        text = "\n".join(NOTE[1:]) + f"\n\n{title}\n{dateline}\n\n"
        for heading, items in SECTIONS.items():
            text += heading + "\n" + "\n".join(f"- {i}" for i in items) + "\n\n"
        msg.set_content(text)
    return msg.as_bytes()


def _sections(report) -> dict[str | None, list[str]]:
    return {s.heading: [i.text for i in s.items] for s in report.sections if s.heading or s.items}


@pytest.mark.parametrize("html", [False, True], ids=["plain", "html"])
@pytest.mark.parametrize(
    "subject", ["[Cluster-list] Sitrep No 2 – Sanma PEOC", "Re: Sitrep No 2 – Sanma PEOC", "Sitrep No 2 – Sanma PEOC"]
)
def test_the_restated_title_opens_the_report_and_the_note_above_it_is_left_out(subject: str, html: bool) -> None:
    sent = datetime(2025, 3, 4, 8, 7, tzinfo=UTC)
    report = parse_bytes(_eml(subject, "SITREP NO 2 – SANMA PEOC", "Date: 4 March 2025, 0800", html, sent), "s.eml")[0]
    assert _sections(report) == SECTIONS
    assert report.date == date(2025, 3, 4)
    assert report.number == 2


@pytest.mark.parametrize("html", [False, True], ids=["plain", "html"])
def test_a_masthead_date_after_the_message_was_sent_gives_way_to_the_day_it_was_sent(html: bool) -> None:
    # "Maj" is March in Bislama and May in Danish: a report sent on 4 March is not dated 4 May
    sent = datetime(2025, 3, 4, 8, 7, tzinfo=UTC)
    data = _eml("Sitrep No 2 – Sanma PEOC", "SITREP NO 2 – SANMA PEOC", "Det: 4 Maj 2025, 0800", html, sent)
    report = parse_bytes(data, "s.eml")[0]
    assert report.date == date(2025, 3, 4)
    assert _sections(report) == SECTIONS


def test_a_masthead_date_before_the_message_was_sent_stands() -> None:
    sent = datetime(2025, 3, 6, 8, 7, tzinfo=UTC)
    data = _eml("Sitrep No 2 – Sanma PEOC", "SITREP NO 2 – SANMA PEOC", "Date: 4 March 2025", False, sent)
    assert parse_bytes(data, "s.eml")[0].date == date(2025, 3, 4)


def _text_note(time_line: str) -> bytes:
    text = f"Camp Report No. 2 – Glagaharjo\nTuesday, 11 November 2025\n{time_line}\n\n"
    for heading, items in SECTIONS.items():
        text += heading.title() + "\n" + "\n".join(f"- {i}" for i in items) + "\n\n"
    return text.encode()


@pytest.mark.parametrize("time_line", ["07:11", "10.30 am", "0800 hrs", "09:00 WIB"])
def test_a_time_alone_under_the_title_and_date_is_no_point(time_line: str) -> None:
    report = parse_bytes(_text_note(time_line), "camp.txt")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == {
        h.title(): items for h, items in SECTIONS.items()
    }


def _docx_signed(date_line: str) -> bytes:
    d = docx.Document()
    d.add_heading("Storm Report 3 – Mnquma Municipality", 0)
    for heading, items in SECTIONS.items():
        d.add_heading(heading.title(), 1)
        for i in items:
            d.add_paragraph(i, style="List Bullet")
    d.add_paragraph(date_line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("date_line", ["Date: 9 April 2025", "Usuku: 9 Ephreli 2025", "9 April 2025"])
def test_a_date_line_under_the_last_point_closes_the_report(date_line: str) -> None:
    report = parse_bytes(_docx_signed(date_line), "storm.docx")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == {
        h.title(): items for h, items in SECTIONS.items()
    }


def test_a_date_under_a_heading_of_its_own_is_that_sections_point() -> None:
    d = docx.Document()
    d.add_heading("Storm Report 3", 0)
    d.add_heading("Summary", 1)
    d.add_paragraph("The storm passed.", style="List Bullet")
    d.add_heading("Next meeting", 1)
    d.add_paragraph("10 April 2025")
    buf = io.BytesIO()
    d.save(buf)
    report = parse_bytes(buf.getvalue(), "storm.docx")[0]
    assert [i.text for i in report.sections[-1].items] == ["10 April 2025"]
