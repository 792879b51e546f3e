"""A heading set large in a narrow column may wrap right after the abbreviation of "number" ("Situation report
No." over "12"): the abbreviation's stop ends no sentence, and the number under it is the heading's last word.
Printed from HTML in a narrow column and drawn on a canvas, in English, Spanish and German."""

from __future__ import annotations

import io
from html import escape

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

HEADINGS = {
    "english": ("Flood situation report No.", "12", [("Summary", "The river peaked at 4.2 m on Tuesday.")]),
    "spanish": ("Informe de situación núm.", "7", [("Resumen", "El río alcanzó 4,2 m el martes.")]),
    "german": ("Lagebericht Nr.", "3", [("Lage", "Der Pegel erreichte am Dienstag 4,2 m.")]),
}


def _html(first: str, number: str, sections: list[tuple[str, str]]) -> bytes:
    from weasyprint import HTML

    body = "".join(f"<h2>{escape(h)}</h2><ul><li>{escape(p)}</li></ul>" for h, p in sections)
    more = "<h2>Next steps</h2><ul><li>The group meets again on Friday.</li></ul>"
    css = "@page{size:A4;margin:20mm} body{font:10pt 'Liberation Sans'} h1{font:bold 22pt 'Liberation Sans'}"
    # the headline broken where its column ran out, right after the abbreviation
    html = f"<html><head><style>{css}</style></head><body><h1>{escape(first)}<br>{number}</h1>{body}{more}</body>"
    return HTML(string=html + "</html>").write_pdf()


def _canvas(first: str, number: str, sections: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _, h = A4
    c.setFont("Helvetica-Bold", 22)
    c.drawString(50, h - 60, first)
    c.drawString(50, h - 86, number)
    y = h - 125
    for heading, point in [*sections, ("Next steps", "The group meets again on Friday.")]:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, y, heading)
        c.setFont("Helvetica", 10)
        c.drawString(50, y - 18, "•")
        c.drawString(62, y - 18, point)
        y -= 50
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("draw", [_html, _canvas], ids=["html", "canvas"])
@pytest.mark.parametrize("language", list(HEADINGS))
def test_the_number_under_its_abbreviation_ends_the_heading(language: str, draw) -> None:
    first, number, sections = HEADINGS[language]
    report = parse_bytes(draw(first, number, sections), "report.pdf")[0]
    assert report.title == f"{first} {number}"
    assert [s.heading for s in report.sections] == [h for h, _ in sections] + ["Next steps"]
    assert report.sections[0].items[0].text == sections[0][1]
