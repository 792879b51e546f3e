""" "Care for people" is UK resilience's name for humanitarian assistance (rest centres, welfare, emotional
support for those an emergency reaches), and "Support for students" or "Support for residents" is the help
offered to the people affected: both are assistance. Support for the organisation's own staff stays workforce.

Two layouts: a Markdown update ("## " headings over "- " points); and a Word report (Heading 1 headings over
List Bullet points).
"""

from __future__ import annotations

import io

import docx

from sitroom.model import Report
from sitroom.read import parse_bytes, parse_text

SECTIONS = [
    ("Situation", "Storm force winds overnight; power cuts across the district.", "situation"),
    ("Care for people", "Rest centre open at the leisure centre with 23 people.", "assistance"),
    ("Support for students and residents", "The wellbeing team has seen 40 students.", "assistance"),
    ("Support for staff", "Staff who cannot travel are working from home.", "workforce"),
]


def _markdown() -> str:
    lines = ["# Storm update 2", ""]
    for heading, item, _ in SECTIONS:
        lines += [f"## {heading}", "", f"- {item}", ""]
    return "\n".join(lines)


def _word() -> bytes:
    d = docx.Document()
    d.add_heading("Storm update 2", level=0)
    for heading, item, _ in SECTIONS:
        d.add_heading(heading, level=1)
        d.add_paragraph(item, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _check(report: Report) -> None:
    assert [(s.heading, s.key) for s in report.sections] == [(h, k) for h, _, k in SECTIONS]


def test_care_for_people_in_markdown_is_assistance() -> None:
    _check(parse_text(_markdown(), "update.md"))


def test_care_for_people_in_word_is_assistance() -> None:
    _check(parse_bytes(_word(), "update.docx")[0])
