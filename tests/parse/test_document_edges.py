"""The edges of a document: a labelled date line under the title dates the report ("Date of report:
6 April 2020"), an "END OF REPORT" line closes it, and a first line naming a section's meaning opens a
section even with nothing above it. Each in plain text and in an e-mail body or Markdown."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes

ACTIVITY = ["Visits continue for children assessed as being at highest risk.", "Two family hubs reopened."]
RISK = "Staff absence may rise above 15% next week."


def _items(report: Report) -> list[str]:
    return [i.text for s in report.sections for i in s.items]


def _eml(text: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "jo@example.org", "cell@example.org", "Return"
    msg["Date"] = "Mon, 20 Apr 2020 09:00:00 +0100"
    msg.set_content(text)
    return bytes(msg)


def _bodies(text: str) -> list[tuple[str, bytes]]:
    return [("r.txt", text.encode()), ("r.eml", _eml(text))]


def _closing(date_label: str, end: str) -> str:
    lines = [
        "CHILDREN'S SERVICES SITREP 3",
        f"{date_label} 6 April 2020",
        "",
        "KEY ACTIVITY",
        "",
        *(f"- {t}" for t in ACTIVITY),
        "",
        "RISKS",
        "",
        f"- {RISK}",
        "",
        end,
        "",
    ]
    return "\n".join(lines)


@pytest.mark.parametrize(("date_label", "end"), [("Date of report:", "END OF REPORT"), ("Report date:", "-- ENDS --")])
def test_a_labelled_date_line_dates_the_report_and_an_end_line_closes_it(date_label: str, end: str) -> None:
    for name, data in _bodies(_closing(date_label, end)):
        report = parse_bytes(data, name)[0]
        assert _items(report) == [*ACTIVITY, RISK], name
        assert [s.heading for s in report.sections if s.heading] == ["KEY ACTIVITY", "RISKS"], name
        assert str(report.date) == "2020-04-06", name
        assert "1 end-of-report line(s) left out" in report.warnings, name


def test_an_end_of_week_sentence_is_not_an_end_line() -> None:
    text = _closing("Date of report:", "End of the week staffing will be reviewed on Friday.")
    report = parse_bytes(text.encode(), "r.txt")[0]
    assert "End of the week staffing will be reviewed on Friday." in _items(report)


@pytest.mark.parametrize("first", ["Headlines", "Key activity"])
@pytest.mark.parametrize("blank", ["\n", ""])
def test_a_first_line_naming_a_section_opens_it(first: str, blank: str) -> None:
    text = f"{first}\n{blank}" + "".join(f"• {t}\n" for t in ACTIVITY) + f"\nRisks\n\n• {RISK}\n"
    for name, data in _bodies(text):
        report = parse_bytes(data, name)[0]
        assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [
            (first, ACTIVITY),
            ("Risks", [RISK]),
        ], name


def test_a_first_line_naming_the_report_stays_its_title() -> None:
    report = parse_bytes(b"Situation Report No. 4\n\nHIGHLIGHTS\n\n- Two new cases.\n", "r.txt")[0]
    assert report.title == "Situation Report No. 4"
    assert [s.heading for s in report.sections if s.heading] == ["HIGHLIGHTS"]


@pytest.mark.parametrize(
    "issue_line",
    [
        "Week 2 | Reporting period: Monday 6 April 2020 (08:00 bed count)",
        "Reporting period: 6 April 2020 (provisional)",
    ],
)
def test_an_issue_line_with_a_note_in_brackets_dates_the_report(issue_line: str) -> None:
    """The line under the title stating the period, with a note in brackets on what it counts, is the
    masthead's: no item under no heading."""
    text = _closing("", "END OF REPORT").replace(" 6 April 2020\n", f"{issue_line}\n", 1)
    for name, data in _bodies(text):
        report = parse_bytes(data, name)[0]
        assert _items(report) == [*ACTIVITY, RISK], name
        assert all(s.heading for s in report.sections), name
        assert str(report.date) == "2020-04-06", name
