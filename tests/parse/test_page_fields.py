"""Page furniture of a wiki or tracker page: a line of page fields under the title ("Owner: … · Updated:
6 April 2020 · Status: …") is the masthead and dates the report; a "cc @team" line is not content. A
line of figures under the title stays an item. Checked in Markdown, plain text and HTML."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.read import parse_bytes

TITLE = "Parks weekly sitrep #4"
FIELDS = "Owner: @a.khan · Updated: 9 March 2026 · Status: Amber"
SECTIONS = [
    ("Grounds", ["Storm damage cleared in four of six parks.", "Two playgrounds stay closed for repairs."]),
    ("Staffing", ["Seasonal staff start on 16 March as planned."]),
]
CC = "cc @parks-team @comms"


def _markdown(fields: str) -> bytes:
    out = [f"# {TITLE}", "", f"> {fields.replace('Owner:', '**Owner:**')}", ""]
    for h, items in SECTIONS:
        out += [f"## {h}", "", *[f"- {t}" for t in items], ""]
    return "\n".join([*out, "---", "", CC, ""]).encode()


def _text(fields: str) -> bytes:
    out = [TITLE.upper(), fields.replace(" · ", " | "), ""]
    for h, items in SECTIONS:
        out += [h.upper(), *[f"- {t}" for t in items], ""]
    return "\n".join([*out, CC, ""]).encode()


def _html(fields: str) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{t}</li>" for t in it) + "</ul>" for h, it in SECTIONS)
    return f"<html><body><main><h1>{TITLE}</h1><p>{fields}</p>{body}<p>{CC}</p></main></body></html>".encode()


LAYOUTS = {"markdown": (_markdown, "p.md"), "text": (_text, "p.txt"), "html": (_html, "p.html")}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_page_fields_are_the_masthead_and_cc_is_left_out(layout: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(FIELDS), name)[0]
    got = [(s.heading.title() if s.heading else None, [i.text for i in s.items]) for s in report.sections]
    assert got == [(h, items) for h, items in SECTIONS]
    assert report.date == date(2026, 3, 9)
    assert any("cc line" in w for w in report.warnings)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_line_of_figures_under_the_title_stays_an_item(layout: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make("Calls: 40 · Visits: 120"), name)[0]
    assert any("Calls: 40" in i.text for i in report.items())
