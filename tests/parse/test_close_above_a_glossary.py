"""A report's own close stands above the glossary or document control that ends the file: the contact line and
the note of how long the message holds ("This Flood Warning will remain in effect until further notice.") are left
out there as they are at the very end, in Word, HTML and plain text. The glossary goes as before."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "FLOOD WARNING – UPDATE 3"
SECTIONS = [
    ("Current Conditions", ["River levels at the Bridgeport gauge rose 40 cm overnight."]),
    ("Next Update", ["This message will be updated by March 11 or sooner if conditions change."]),
]
CLOSE = [
    "This Flood Warning will remain in effect until further notice.",
    "Contact: Flood Duty Officer, Grand Valley Conservation Authority, 519-621-2788",
]
TAILS = {
    "terminology": (
        "Flood Message Terminology",
        [
            "Flood Watch: flooding is possible in specific watercourses or municipalities.",
            "Flood Warning: flooding is imminent or already occurring in specific watercourses.",
        ],
    ),
    "glossary": ("Glossary", ["GRCA: Grand River Conservation Authority", "EOC: Emergency Operations Centre"]),
    "version history": ("Version history", ["v1 issued 09:00 by the duty officer", "v2 issued 16:00"]),
}


def _docx(tail: tuple[str, list[str]]) -> bytes:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    for h, items in SECTIONS:
        d.add_heading(h, 1)
        for t in items:
            d.add_paragraph(t, style="List Bullet")
    for line in CLOSE:
        d.add_paragraph(line)
    d.add_heading(tail[0], 1)
    for line in tail[1]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(tail: tuple[str, list[str]]) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{t}</li>" for t in it) + "</ul>" for h, it in SECTIONS)
    close = "".join(f"<p>{line}</p>" for line in CLOSE)
    glossary = f"<h2>{tail[0]}</h2>" + "".join(f"<p>{line}</p>" for line in tail[1])
    return f"<html><body><h1>{TITLE}</h1>{body}{close}{glossary}</body></html>".encode()


def _text(tail: tuple[str, list[str]]) -> bytes:
    out = [TITLE, ""]
    for h, items in SECTIONS:
        out += [h.upper(), *[f"- {t}" for t in items], ""]
    out += [*CLOSE, "", tail[0].upper(), *tail[1], ""]
    return "\n".join(out).encode()


LAYOUTS = {"word": (_docx, "r.docx"), "html": (_html, "r.html"), "text": (_text, "r.txt")}


@pytest.mark.parametrize("tail", list(TAILS))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_close_above_a_glossary_is_left_out(layout: str, tail: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(TAILS[tail]), name)[0]
    got = [(s.heading.title() if s.heading else None, [i.text for i in s.items]) for s in report.sections]
    assert got == [(h.title(), items) for h, items in SECTIONS]


def test_a_warning_in_force_stays_a_point_among_points() -> None:
    point = "The flood warning for the Eramosa River remains in force until Friday."
    sections = [("Current Conditions", [point, "River levels rose 40 cm overnight."])]
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    d.add_heading(sections[0][0], 1)
    for t in sections[0][1]:
        d.add_paragraph(t, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    report = parse_bytes(buf.getvalue(), "r.docx")[0]
    assert point in [i.text for i in report.items()]
