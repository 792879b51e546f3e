"""A memo's close: an invitation to ask ("Please contact me with any questions.") with the time of the next report,
and a conformed signature ("/s/ Denise R. Whitfield" over the name and post) are no points of the last section.
In Word (each line a paragraph), HTML and Markdown. A point asking residents to contact a service stays."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "MEMORANDUM – 911 System Outage Report No. 1"
SECTIONS = [
    ("I. SUMMARY", ["The 911 phone system failed at 0412 on April 12."]),
    ("X. NEXT STEPS", ["Replace the failed network switch.", "Test the backup lines with the vendor."]),
]
CLOSES = [
    "Please contact me with any questions. The next report will follow at 0800 tomorrow.",
    "Please feel free to contact us if you have any questions.",
    "Do not hesitate to contact me with any concerns. The next update will be issued at 16:00.",
]
SIGNATURE = ["/s/ Denise R. Whitfield", "Denise R. Whitfield", "911 Director"]


def _docx(close: str, sections: list = SECTIONS) -> bytes:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    for h, points in sections:
        d.add_heading(h, 1)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    for line in [close, *SIGNATURE]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(close: str, sections: list = SECTIONS) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{p}</li>" for p in pts) + "</ul>" for h, pts in sections)
    sig = "<br>".join(SIGNATURE)
    return f"<html><body><h1>{TITLE}</h1>{body}<p>{close}</p><p>{sig}</p></body></html>".encode()


def _markdown(close: str, sections: list = SECTIONS) -> bytes:
    body = "".join(f"\n## {h}\n\n" + "".join(f"- {p}\n" for p in pts) for h, pts in sections)
    sig = "  \n".join(SIGNATURE)
    return f"# {TITLE}\n{body}\n{close}\n\n{sig}\n".encode()


LAYOUTS = {"word": (_docx, "m.docx"), "html": (_html, "m.html"), "markdown": (_markdown, "m.md")}


@pytest.mark.parametrize("close", CLOSES)
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_invitation_to_ask_and_the_conformed_signature_close_the_memo(layout: str, close: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(close), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_point_asking_residents_to_call_stays(layout: str) -> None:
    make, name = LAYOUTS[layout]
    point = "Residents should contact the council with any questions about bin collections."
    sections = [*SECTIONS[:1], ("X. NEXT STEPS", [*SECTIONS[1][1], point])]
    report = parse_bytes(make(CLOSES[0], sections), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == sections
