"""Keys read from the set of sections, in Word and in a web page: an itemless parent heading over keyed
sub-sections ("Resources" over "Workforce" and "Finance") has no key of its own, or their common one; a
position heading ("Where we are", "Current position") names the situation, in a service's return as in an
incident's report."""

from __future__ import annotations

import io
from html import escape

import docx
import pytest

from sitroom.read import parse_bytes

# (heading, level, items)
SERVICE = [
    ("1 Current position", 1, ["Five residential beds are open.", "The family court is hearing cases remotely."]),
    ("2 Risks", 1, ["Foster placements are under pressure."]),
    ("3 Resources", 1, []),
    ("3.1 Workforce", 2, ["Absence is 7% this week."]),
    ("3.2 Finance", 2, ["Spend is £40,000 to date."]),
    ("4 Money matters", 1, []),
    ("4.1 Costs", 2, ["Agency costs are £12,000."]),
    ("4.2 Budget", 2, ["The budget is on track."]),
]
SERVICE_KEYS = ["situation", "risks", None, "workforce", "finance", "finance", "finance", "finance"]
INCIDENT = [
    ("Where we are", 1, ["River levels are falling at all gauges."]),
    ("The weather", 1, ["Further rain is expected on Thursday."]),
    ("Impacts", 1, ["Forty homes were flooded."]),
    ("Risks", 1, ["Levels may rise again at the weekend."]),
]
INCIDENT_KEYS = ["situation", "forecast", "impacts", "risks"]


def _docx(sections: list[tuple[str, int, list[str]]]) -> bytes:
    d = docx.Document()
    d.add_heading("Weekly Position Report 3", 0)
    for heading, level, items in sections:
        d.add_heading(heading, level=level)
        for it in items:
            d.add_paragraph(it, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(sections: list[tuple[str, int, list[str]]]) -> bytes:
    body = "".join(
        f"<h{level + 1}>{escape(h)}</h{level + 1}>"
        + (f"<ul>{''.join(f'<li>{escape(i)}</li>' for i in items)}</ul>" if items else "")
        for h, level, items in sections
    )
    return f"<html><body><h1>Weekly Position Report 3</h1>{body}</body></html>".encode()


@pytest.mark.parametrize(("name", "make"), [("r.docx", _docx), ("r.html", _html)])
@pytest.mark.parametrize(("sections", "keys"), [(SERVICE, SERVICE_KEYS), (INCIDENT, INCIDENT_KEYS)])
def test_keys_read_from_the_set_of_sections(name: str, make, sections, keys) -> None:
    report = parse_bytes(make(sections), name)[0]
    assert [(s.heading, s.key) for s in report.sections if s.heading] == [
        (h, k) for (h, _, _), k in zip(sections, keys, strict=True)
    ]


@pytest.mark.parametrize(("name", "make"), [("r.docx", _docx), ("r.html", _html)])
def test_a_parent_with_items_or_unkeyed_children_keeps_its_reading(name: str, make) -> None:
    sections = [
        ("Resources", 1, ["Links to the guidance are below."]),
        ("Workforce", 2, ["Absence is 7% this week."]),
        ("Risks", 1, []),
        ("Elm House", 2, ["Beds are short."]),
    ]
    report = parse_bytes(make(sections), name)[0]
    assert [(s.heading, s.key) for s in report.sections if s.heading] == [
        ("Resources", "guidance"),
        ("Workforce", "workforce"),
        ("Risks", "risks"),
        ("Elm House", "risks"),
    ]
