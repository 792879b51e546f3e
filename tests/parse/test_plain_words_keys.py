"""Headings in plain words read by the kind of report they head: in an incident's report (one with a section
only an incident's report has, such as its impacts) "What's happening" is the situation and "What we're
doing" or "What we did" the response; in a service's own return (its staff and its money, no incident), or
beside a section naming the service's activity ("Service delivery"), the same words name the service's
activity.

Two layouts: a council's staff news page saved from its intranet (``<h2>`` headings over lists, "Services
affected" among them) and the same page's words in a Word return of a service (heading styles, list
bullets, "Staffing" and "Costs").
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes


def _html(sections: list[tuple[str, list[str]]]) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{t}</li>' for t in items)}</ul>" for h, items in sections)
    page = f"<html><head><title>Snow update</title></head><body><h1>Snow: staff update 2</h1>{body}</body></html>"
    return page.encode()


def _word(sections: list[tuple[str, list[str]]]) -> bytes:
    d = docx.Document()
    d.add_heading("Highways service: weekly return 2", level=0)
    for heading, items in sections:
        d.add_heading(heading, level=1)
        for t in items:
            d.add_paragraph(t, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


INCIDENT = [
    ("What's happening", ["Snow fell overnight across the county, up to 12 cm on high ground."]),
    ("Services affected", ["14 schools are closed today.", "Bin collections are suspended."]),
    ("What we're doing", ["Gritters have treated the priority routes twice since 4am."]),
]
SERVICE = [
    ("What's happening", ["The team patched 140 potholes this week."]),
    ("What we are doing", ["Resurfacing on the A59 starts on Monday."]),
    ("Staffing", ["Two vacancies in the depot team."]),
    ("Costs", ["Spend is £40,000 to date."]),
]


@pytest.mark.parametrize("write,name", [(_html, "update.html"), (_word, "update.docx")])
def test_in_an_incidents_report_plain_words_name_the_situation_and_the_response(write, name) -> None:
    report = parse_bytes(write(INCIDENT), name)[0]
    keys = [(s.heading, s.key) for s in report.sections if s.items]
    assert keys == [
        ("What's happening", "situation"),
        ("Services affected", "impacts"),
        ("What we're doing", "response"),
    ]


@pytest.mark.parametrize("write,name", [(_html, "return.html"), (_word, "return.docx")])
def test_in_a_services_return_the_same_words_name_its_activity(write, name) -> None:
    report = parse_bytes(write(SERVICE), name)[0]
    keys = [(s.heading, s.key) for s in report.sections if s.items]
    assert keys == [
        ("What's happening", "activity"),
        ("What we are doing", "activity"),
        ("Staffing", "workforce"),
        ("Costs", "finance"),
    ]


@pytest.mark.parametrize("write,name", [(_html, "update.html"), (_word, "update.docx")])
def test_beside_a_section_naming_the_services_own_activity_the_same_words_are_its_activity(write, name) -> None:
    sections = [*INCIDENT, ("Service delivery", ["Day centres reopened on Monday with reduced numbers."])]
    report = parse_bytes(write(sections), name)[0]
    keys = {s.heading: s.key for s in report.sections if s.items}
    assert (keys["What's happening"], keys["What we're doing"], keys["Service delivery"]) == ("activity",) * 3


@pytest.mark.parametrize("write,name", [(_html, "update.html"), (_word, "update.docx")])
def test_an_incidents_significant_events_are_its_situation_and_a_services_its_activity(write, name) -> None:
    events = ("Significant events", ["The river peaked at 4.2 m at 3am.", "Two roads flooded near the bridge."])
    incident = parse_bytes(write([events, *INCIDENT[1:]]), name)[0]
    service = parse_bytes(write([events, *SERVICE[2:]]), name)[0]
    assert [s.key for s in incident.sections if s.heading == "Significant events"] == ["situation"]
    assert [s.key for s in service.sections if s.heading == "Significant events"] == ["activity"]
