"""Lines between the title and the first heading that name the organisation and the date (a subtitle),
say whom the report is for (a circulation line) or who prepared it (a byline) are the masthead, not
items: in Word, HTML and plain text. A sentence about the situation in the same place stays an item."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "Flood response sitrep 2"
SECTIONS = [
    ("Situation", ["River levels fell overnight at all three gauges.", "Two rest centres remain open."]),
    ("Risks", ["Further rain is forecast for Thursday."]),
]
UNDER = {
    "subtitle": ["Northfield Council · 6 April 2020"],
    "subtitle with a bar": ["Southfield County Council | Emergency Planning | 6 April 2020"],
    "briefing and circulation": [
        "Briefing for the Strategic Coordinating Group, 6 April 2020. Circulation: SCG members."
    ],
    "subtitle then distribution": ["Northfield Council, 6 April 2020", "Distribution: Gold and Silver groups"],
    "byline": ["Northfield Council, 6 April 2020", "Prepared by the Emergency Planning Team"],
    "byline with a colon": ["Issued by: Tactical Coordinating Group", "Northfield Council · 6 April 2020"],
    "updated on a weekday by someone": ["Last updated Monday 6 April 2020, 09:30 by the duty officer"],
    "week ending and byline": ["Week ending 6 April 2020 | Prepared by the Emergency Planning Team"],
    "update line in Italian": ["Aggiornamento del 6 aprile 2020, ore 18:00"],
    "schedule note": [
        "Northfield Council · 6 April 2020",
        "Note: This report is updated at 09:00 and 16:00 each day. Call the duty officer on 01632 960 500 with"
        " questions.",
    ],
}


def _docx(under: list[str]) -> bytes:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    for line in under:
        d.add_paragraph(line)
    for h, items in SECTIONS:
        d.add_heading(h, 1)
        for t in items:
            d.add_paragraph(t, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(under: list[str]) -> bytes:
    lines = "".join(f"<p>{line}</p>" for line in under)
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{t}</li>" for t in it) + "</ul>" for h, it in SECTIONS)
    return f"<html><body><main><h1>{TITLE}</h1>{lines}{body}</main></body></html>".encode()


def _text(under: list[str]) -> bytes:
    out = [TITLE, ""]
    for line in under:
        out += [line, ""]
    for h, items in SECTIONS:
        out += [h.upper(), *[f"- {t}" for t in items], ""]
    return "\n".join(out).encode()


LAYOUTS = {"word": (_docx, "r.docx"), "html": (_html, "r.html"), "text": (_text, "r.txt")}


@pytest.mark.parametrize("under", list(UNDER))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_subtitle_and_circulation_lines_are_the_masthead(layout: str, under: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(UNDER[under]), name)[0]
    got = [(s.heading.title() if s.heading else None, [i.text for i in s.items]) for s in report.sections]
    assert got == [(h, items) for h, items in SECTIONS]
    assert report.title == TITLE
    assert report.date == date(2020, 4, 6)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_sentence_under_the_title_stays_an_item(layout: str) -> None:
    make, name = LAYOUTS[layout]
    line = "Rest centres in Northfield and Southfield took in 40 people overnight."
    report = parse_bytes(make([line]), name)[0]
    assert line in [i.text for i in report.items()]


@pytest.mark.parametrize(
    "line",
    [
        "Trust OPEL level: 4 (declared by the Director of Operations at 07:30)",
        "Alert level: Amber",
        "Incident response level: 2",
    ],
)
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_escalation_level_under_the_title_is_the_masthead(layout: str, line: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(["Northfield Council · 6 April 2020", line]), name)[0]
    got = [(s.heading.title() if s.heading else None, [i.text for i in s.items]) for s in report.sections]
    assert got == [(h, items) for h, items in SECTIONS]
