"""A sitrep written as a web story closes with its credits: "Credits" over who lent its text, photos and maps
("Cover photo: …", "AQI map: County GIS"), under subheadings or not. They say who made the story, not what
happened: left out and counted. "Response costs" is a section of costs, keyed finance. A subtitle under the story's
title, named so by its class in camel case ("storySubtitle"), is the masthead's. In HTML, Markdown and Word."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "Wildfire Smoke Update #4"
SUBTITLE = "Air quality and health response in the county"
SECTIONS = [
    ("Key points", "highlights", ["The Air Quality Index reached 339 yesterday, in the hazardous range."]),
    ("Response costs", "finance", ["Costs to date are $1.25 million."]),
    ("What's next", "next-steps", ["Open two more clean air centers by Friday."]),
]
CREDITS = [
    ("Content", ["Air quality data: AirNow and PurpleAir sensors"]),
    ("Media", ["Cover photo: Jamie Ortiz, County Public Information Office", "AQI map: County GIS"]),
]


def _html() -> bytes:
    body = "".join(f"<h2>{h}</h2><p>{' '.join(pts)}</p>" for h, _, pts in SECTIONS)
    credits = "".join(f"<h3>{h}</h3>" + "".join(f"<p>{x}</p>" for x in lines) for h, lines in CREDITS)
    return (
        f'<html><body><main><section class="cover"><h1 class="storyTitle">{TITLE}</h1>'
        f'<p class="storySubtitle">{SUBTITLE}</p></section>{body}<h2>Credits</h2>{credits}</main></body></html>'
    ).encode()


def _markdown() -> bytes:
    body = "".join(f"\n## {h}\n\n{' '.join(pts)}\n" for h, _, pts in SECTIONS)
    credits = "".join(f"\n### {h}\n\n" + "".join(f"{x}  \n" for x in lines) for h, lines in CREDITS)
    return f"# {TITLE}\n{body}\n## Credits\n{credits}".encode()


def _docx() -> bytes:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    for h, _, pts in SECTIONS:
        d.add_paragraph(h, style="Heading 1")
        d.add_paragraph(" ".join(pts))
    d.add_paragraph("Credits", style="Heading 1")
    for h, lines in CREDITS:
        d.add_paragraph(h, style="Heading 2")
        for x in lines:
            d.add_paragraph(x)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("make,name", [(_html, "s.html"), (_markdown, "s.md"), (_docx, "s.docx")])
def test_the_credits_are_left_out_and_the_costs_keyed(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert report.title == TITLE
    assert [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert any("credits line" in w for w in report.warnings)
