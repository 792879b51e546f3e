"""A masthead whose lines were read as one (the sender, the date line and the byline: "Dublin City Zoo Day 5 · Monday
23 November 2026 Prepared by Orla Fitzsimons, Head of Animal Care", as a PDF's short lines or a paragraph of line
breaks give it) is the masthead, not a point; in HTML with line breaks, Markdown with hard breaks and a PDF whose
masthead lines stand close. A sentence that ends with a byline stays a point."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

TITLE = "Avian Influenza – Daily Sitrep"
LINES = ["Dublin City Zoo", "Day 5 · Monday 23 November 2026", "Prepared by Orla Fitzsimons, Head of Animal Care"]
SECTIONS = [
    ("Summary", ["The bird areas of the zoo remain closed to visitors."]),
    ("Staff", ["Keepers change protective clothing between bird houses."]),
]


def _html(lines: list[str]) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{p}</li>" for p in pts) + "</ul>" for h, pts in SECTIONS)
    return f"<html><body><h1>{TITLE}</h1><p>{'<br>'.join(lines)}</p>{body}</body></html>".encode()


def _markdown(lines: list[str]) -> bytes:
    body = "".join(f"\n## {h}\n\n" + "".join(f"- {p}\n" for p in pts) for h, pts in SECTIONS)
    broken = "  \n".join(lines)
    return f"# {TITLE}\n\n{broken}\n{body}".encode()


def _pdf(lines: list[str]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, 790, TITLE)
    c.setFont("Helvetica", 10)
    y = 772
    for line in lines:
        c.drawString(40, y, line)
        y -= 12
    for heading, points in SECTIONS:
        y -= 16
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, y, heading)
        c.setFont("Helvetica", 10)
        for p in points:
            y -= 16
            c.drawString(40, y, p)
    c.save()
    return buf.getvalue()


LAYOUTS = {"html": (_html, "r.html"), "markdown": (_markdown, "r.md"), "pdf": (_pdf, "r.pdf")}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_masthead_run_together_is_no_point(layout: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(LINES), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert str(report.date) == "2026-11-23"


@pytest.mark.parametrize("layout", ["html", "markdown"])
def test_a_sentence_ending_with_a_byline_stays(layout: str) -> None:
    make, name = LAYOUTS[layout]
    sentence = "The aviary closed on 18 November after a pelican died. Prepared by the keepers."
    report = parse_bytes(make([sentence]), name)[0]
    assert sentence in [i.text for i in report.items()]
