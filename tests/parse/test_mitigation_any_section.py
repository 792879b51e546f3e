"""A "Mitigation:" label inside an item marks its mitigation whatever the section is called (a place's name,
"Staffing"), in Word and in a web page; outside a risk section only a labelled mitigation counts, and
"Mitigation available is limited" there stays a sentence."""

from __future__ import annotations

import io
from html import escape

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    (
        "Elm House",
        [
            "Five residential beds are open this week.",
            "Pressure on beds is increasing as referrals rise. Mitigation: two spot-purchased beds from Monday.",
        ],
    ),
    (
        "Staffing",
        [
            "Absence is 7% across the service.",
            "Agency costs may exceed the budget. Mitigation is a weekly review of every booking.",
            "Mitigation available is limited while the framework is re-let.",
        ],
    ),
]


def _docx() -> bytes:
    d = docx.Document()
    d.add_heading("Children's Services Weekly Return 3", 0)
    for heading, items in SECTIONS:
        d.add_heading(heading, level=1)
        for it in items:
            d.add_paragraph(it, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    body = "".join(
        f"<h2>{escape(h)}</h2><ul>{''.join(f'<li>{escape(i)}</li>' for i in items)}</ul>" for h, items in SECTIONS
    )
    return f"<html><body><h1>Children's Services Weekly Return 3</h1>{body}</body></html>".encode()


@pytest.mark.parametrize(("name", "make"), [("r.docx", _docx), ("r.html", _html)])
def test_a_labelled_mitigation_counts_in_any_section(name: str, make) -> None:
    report = parse_bytes(make(), name)[0]
    got = {(s.heading, s.key): [(i.text, i.mitigation) for i in s.items] for s in report.sections if s.heading}
    assert got == {
        ("Elm House", None): [
            (SECTIONS[0][1][0], None),
            (SECTIONS[0][1][1], "two spot-purchased beds from Monday."),
        ],
        ("Staffing", "workforce"): [
            (SECTIONS[1][1][0], None),
            (SECTIONS[1][1][1], "a weekly review of every booking."),
            (SECTIONS[1][1][2], None),
        ],
    }
