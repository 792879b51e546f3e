"""A crisis system's situation report opens with its assessment in short answers, each a question set in bold and
its answer ("Förmåga att hantera händelsen: Ja, med stöd. Påverkan på samhällsviktig verksamhet: Betydande. Berörda
områden: Östra Berget, Mohed"): the record's fields, not a section and not a point, however the line wraps. A first
paragraph of fields giving figures ("Roads: 12 closed. Schools: 9 closed. Homes: 40 flooded.") stays a point. In a
PDF and HTML."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

TITLE = "Lägesbild 2 – Söderhamns kommun"
SECTIONS = [("Sammanfattning", ["Ett kraftigt skyfall drabbade kommunen den 12 augusti."]),
            ("Planerade åtgärder", ["Krisledningsgruppen sammanträder nästa gång den 17 augusti."])]  # fmt: skip
ANSWERS = {
    "short": [("Förmåga att hantera händelsen:", "Ja."), ("Påverkan på samhällsviktig verksamhet:", "Begränsad."),
              ("Berörda områden:", "Östra Berget")],
    "wrapped": [("Förmåga att hantera händelsen:", "Ja, med stöd."),
                ("Påverkan på samhällsviktig verksamhet:", "Betydande."),
                ("Berörda områden:", "Östra Berget, Mohed, Sanna")],
}  # fmt: skip


def _pdf(answers: list[tuple[str, str]]) -> tuple[bytes, str]:
    pdfmetrics.registerFont(TTFont("RecordSans", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("RecordSansBold", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("RecordSansBold", 18)
    c.drawString(60, 780, TITLE)
    x, y, right = 66, 740, 500
    for label, answer in answers:  # the answers run on along the line, wrapping at the box's edge
        for text, font in ((label, "RecordSansBold"), (answer, "RecordSans")):
            for word in text.split():
                width = c.stringWidth(word + " ", font, 11)
                if x + width > right:
                    x, y = 66, y - 15
                c.setFont(font, 11)
                c.drawString(x, y, word)
                x += width
    y -= 40
    for heading, points in SECTIONS:
        c.setFont("RecordSansBold", 12)
        c.drawString(60, y, heading)
        c.setFont("RecordSans", 11)
        for point in points:
            y -= 18
            c.drawString(66, y, f"• {point}")
        y -= 30
    c.save()
    return buf.getvalue(), "lagesbild.pdf"


def _html(answers: list[tuple[str, str]]) -> tuple[bytes, str]:
    box = " ".join(f"<strong>{label}</strong> {answer}" for label, answer in answers)
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{p}</li>" for p in ps) + "</ul>" for h, ps in SECTIONS)
    return (
        f"<html><body><main><h1>{TITLE}</h1><div class='box'>{box}</div>{body}</main></body></html>".encode(),
        "l.html",
    )


@pytest.mark.parametrize("make", [_pdf, _html])
@pytest.mark.parametrize("answers", list(ANSWERS))
def test_the_assessment_is_no_section_and_no_point(answers: str, make) -> None:
    report = parse_bytes(*make(ANSWERS[answers]))[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS


@pytest.mark.parametrize("make", [_pdf, _html])
def test_fields_giving_figures_stay_a_point(make) -> None:
    figures = [("Roads:", "12 closed."), ("Schools:", "9 closed."), ("Homes:", "40 flooded.")]
    report = parse_bytes(*make(figures))[0]
    assert "Roads: 12 closed. Schools: 9 closed. Homes: 40 flooded." in [i.text for i in report.items()]
