"""Under a report's title, the lines that give its particulars are its masthead, not items:
- a notes app's page properties, one "Label: value" to a line of one paragraph ("Owner: Event Control",
  "Status: Live"), plain or with the label in bold, under a title naming a report of any kind;
- a message's header fields in capitals ("DTG: 220700Z JAN 24"), which are no heading however capitalised.
A paragraph that only links to another file of the export ("[Incident log](Incident%20log%209014….md)") is a
link to another page, left out and counted."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "Headlines": ["10,554 people on site at the peak.", "Gates opened on time at 11:00."],
    "Risks": ["Thunderstorms may close the main stage after 18:00."],
    "Staffing": ["40 stewards on the late shift."],
}
PROPERTIES = ["Date: July 12, 2024", "Owner: Event Control", "Status: Live", "Tags: Daily report, Operations"]


def _markdown(bold_labels: bool) -> bytes:
    props = [f"**{p.split(':')[0]}:** {p.split(': ', 1)[1]}" if bold_labels else p for p in PROPERTIES]
    lines = ["# Day 1 – Event Control report", "", *props, ""]
    for heading, items in SECTIONS.items():
        lines += [f"## {heading}", "", *(f"- {i}" for i in items), ""]
    lines += ["[Incident log](Incident%20log%20901427e90dce2545901427e90dce2545.md)", ""]
    lines += ["[Day 1 radio log](Day%201%20radio%20log%2083dcefb783dcefb7.md)", ""]
    return "\n".join(lines).encode()


@pytest.mark.parametrize("bold_labels", [False, True])
def test_a_pages_properties_and_links_to_other_pages_are_no_items(bold_labels: bool) -> None:
    report = parse_bytes(_markdown(bold_labels), "Day 1 report 83dcefb7.md")[0]
    assert report.title == "Day 1 – Event Control report"
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == SECTIONS
    assert [s.heading for s in report.sections if s.heading] == list(SECTIONS)
    assert any("link to another page" in w for w in report.warnings)


def _message(fields: list[str]) -> bytes:
    lines = ["RAYNET Carrow Valley - Situation Report 1", "=" * 41, "", *fields, ""]
    for heading, items in SECTIONS.items():
        lines += [heading, "-" * len(heading), "", *(f"* {i}" for i in items), ""]
    return "\n".join(lines).encode()


@pytest.mark.parametrize(
    "fields",
    [
        ["Incident:   Storm Isha support", "DTG:        220700Z JAN 24", "From:       Group Controller"],
        ["DTG: 220700Z JAN 24", "FROM: GROUP CONTROLLER", "TO: COUNCIL EMERGENCY CENTRE"],
    ],
)
def test_a_messages_header_fields_in_capitals_are_its_masthead(fields: list[str]) -> None:
    report = parse_bytes(_message(fields), "sitrep.txt")[0]
    assert report.title == "RAYNET Carrow Valley - Situation Report 1"
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == SECTIONS
