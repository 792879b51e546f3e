"""A submitted form prints each question beside or over its answer. Where the answer is only a date and time
("Submission Date" – "Jun 8, 2026 7:26 PM"), a yes or a no ("Approved by the Regional Chairman" – "Yes", "Sí") or
the names of the files uploaded ("Photos" – "IMG_6566.jpg IMG_3705.jpg"), the question and its answer are a field of
the record, left out and counted; a question over sentences or points heads them. As a PDF of label and value
columns, a web page and Markdown, in English and Spanish."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

FORMS = {
    "en": {
        "title": "Regional Situation Report (SITREP)",
        "rows": [
            ("Submission Date", ["Jun 8, 2026 7:26 PM"]),
            ("Summary of the situation", ["3,545 households have been affected by flooding."]),
            ("Relief distribution", ["226 food hampers and cleaning kits have been distributed."]),
            ("Photos", ["IMG_6566.jpg IMG_3705.jpg"]),
            ("Approved by the Regional Chairman", ["Yes"]),
        ],
    },
    "es": {
        "title": "Reporte de situación municipal",
        "rows": [
            ("Fecha de envío", ["8 de junio de 2026 19:26"]),
            ("Resumen de la situación", ["Hay 412 familias afectadas por las inundaciones."]),
            ("Acciones realizadas", ["Se entregaron 226 kits de limpieza."]),
            ("Fotografías", ["foto_puente.jpg", "foto_albergue.png"]),
            ("¿Aprobado por el alcalde?", ["Sí"]),
        ],
    },
}
KEPT = {lang: f["rows"][1:3] for lang, f in FORMS.items()}  # the questions over sentences


def _pdf(form: dict) -> tuple[bytes, str]:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, 790, form["title"])
    y = 750.0
    for question, answers in form["rows"]:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, question)
        c.setFont("Helvetica", 10)
        for n, answer in enumerate(answers):
            c.drawString(220, y - 13 * n, answer)
        y -= 13 * len(answers) + 16
        c.setStrokeGray(0.85)
        c.line(45, y + 10, 550, y + 10)
    c.save()
    return buf.getvalue(), "submission.pdf"


def _html(form: dict) -> tuple[bytes, str]:
    rows = "".join(
        f'<div class="row"><div class="question"><b>{q}</b></div><div class="answer">{"<br>".join(a)}</div></div>'
        for q, a in form["rows"]
    )
    page = f"<html><body><header>Forms</header><main><h1>{form['title']}</h1>{rows}</main></body></html>"
    return page.encode(), "submission.html"


def _markdown(form: dict) -> tuple[bytes, str]:
    lines = [f"# {form['title']}", ""]
    for question, answers in form["rows"]:
        lines += [f"### {question}", "", *answers, ""]
    return "\n".join(lines).encode(), "submission.md"


@pytest.mark.parametrize("make", [_pdf, _html, _markdown])
@pytest.mark.parametrize("lang", list(FORMS))
def test_short_answers_are_fields_of_the_record(lang: str, make) -> None:
    report = parse_bytes(*make(FORMS[lang]))[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == KEPT[lang]
    assert any("field" in w for w in report.warnings)
