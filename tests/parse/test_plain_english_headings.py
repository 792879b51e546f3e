"""Headings in plain English, and a risks heading with a word that only frames it: "Risk summary" is the
risks section (its risks keep their mitigations), "Service news" the activity, "Latest picture" the
situation, "On the ground" the impacts, "Getting the word out" the communications, "Current Watershed
Conditions" the situation. Each read from a Word document with heading styles and from a web page."""

from __future__ import annotations

import io
from html import escape

import docx
import pytest

from sitroom.model import Report
from sitroom.parse.vocabulary import classify_heading
from sitroom.read import parse_bytes

RISK = "Agency staff may not be available over the bank holiday."
MITIGATION = "Mitigation: rota agreed with two framework agencies."
SECTIONS = [
    ("Service news", "activity", ["Two family hubs reopened on Monday.", "Visits continue for children at risk."]),
    ("Risk summary", "risks", [f"{RISK} {MITIGATION}", "Court hearings are delayed by three weeks."]),
    ("Latest picture", "situation", ["River levels are falling at all gauges.", "No properties flooded overnight."]),
    ("On the ground", "impacts", ["Forty homes remain without power.", "The B1234 is closed at Mill Lane."]),
    ("Getting the word out", "communications", ["Residents were sent a text alert.", "Ward members briefed."]),
    ("Current Watershed Conditions", "situation", ["Rivers are above the bankfull level at 4 gauges."]),
]


def _docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("Northfield Council – Weekly Return 3", style="Title")
    for heading, _, items in SECTIONS:
        d.add_heading(heading, level=1)
        for text in items:
            d.add_paragraph(text, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    body = "".join(
        f"<h2>{escape(h)}</h2><ul>{''.join(f'<li>{escape(t)}</li>' for t in items)}</ul>" for h, _, items in SECTIONS
    )
    return f"<html><body><h1>Northfield Council – Weekly Return 3</h1>{body}</body></html>".encode()


def _sections(report: Report) -> dict[str, tuple[str | None, list]]:
    return {s.heading: (s.key, s.items) for s in report.sections if s.heading in {h for h, _, _ in SECTIONS}}


@pytest.mark.parametrize(("name", "make"), [("r.docx", _docx), ("r.html", _html)])
def test_plain_english_headings_and_a_risk_summary_get_their_meaning(name, make) -> None:
    report = parse_bytes(make(), name)[0]
    found = _sections(report)
    assert {h: k for h, (k, _) in found.items()} == {h: k for h, k, _ in SECTIONS}
    risks = found["Risk summary"][1]
    assert [(i.text, i.mitigation) for i in risks] == [
        (f"{RISK} {MITIGATION}", "rota agreed with two framework agencies."),
        ("Court hearings are delayed by three weeks.", None),
    ]


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Risks overview", "risks"),
        ("Issues summary", "risks"),
        ("Key risks – summary", "risks"),
        ("Rischi: sintesi", "risks"),
        ("Riepilogo dei rischi", "risks"),
        ("Übersicht der Risiken", "risks"),
        ("Resumo dos riscos", "risks"),
        ("Finance summary", "finance"),
        ("Situation summary", "situation"),
        ("Executive summary", "highlights"),
        ("Summary", "highlights"),
        ("Latest news", "activity"),
        ("What we did", "activity"),
    ],
)
def test_a_frame_word_beside_a_topic_leaves_the_topic_to_decide(heading: str, key: str) -> None:
    assert classify_heading(heading) == (key, 1.0)


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Resources Engaged", "workforce"),
        ("EOC Staffing & Resources", "workforce"),
        ("Technical guidance and other resources", "guidance"),
        ("WHO guidance and resources:", "guidance"),
    ],
)
def test_resources_engaged_are_people_and_equipment_other_resources_reading(heading: str, key: str) -> None:
    assert classify_heading(heading)[0] == key


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Key findings", "highlights"),
        ("Main findings", "highlights"),
        ("VOLCANIC ACTIVITY", "situation"),
        ("Influenza activity", "situation"),
        ("Activité volcanique", "situation"),
        ("Actividad sísmica", "situation"),
        ("Key activity", "activity"),
    ],
)
def test_findings_are_the_highlights_and_a_hazards_activity_its_situation(heading: str, key: str) -> None:
    assert classify_heading(heading)[0] == key
