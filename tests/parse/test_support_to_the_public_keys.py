"""Support to the public named in Spanish and Portuguese ("Apoyo a la población", "Orientação e apoio à população")
is the assistance section, in Markdown and in a PDF set with bold headings."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

SECTIONS = {
    "es": [("1. RESUMEN", "highlights"), ("6. APOYO A LA POBLACIÓN", "assistance"), ("9. RIESGOS", "risks")],
    "pt": [("1. RESUMO", "highlights"), ("6. ORIENTAÇÃO E APOIO À POPULAÇÃO", "assistance"), ("9. RISCOS", "risks")],
}
POINT = {"es": "Se distribuyeron 1.250 kits de higiene.", "pt": "Foram distribuídos 1.250 kits de higiene."}


def _markdown(lang: str) -> tuple[bytes, str]:
    body = "".join(f"## {h}\n\n- {POINT[lang]}\n\n" for h, _ in SECTIONS[lang])
    return f"# Informe 7\n\n{body}".encode(), "r.md"


def _pdf(lang: str) -> tuple[bytes, str]:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 800
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, y, "Informe 7")
    for h, _ in SECTIONS[lang]:
        y -= 40
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, y, h)
        y -= 20
        c.setFont("Helvetica", 10)
        c.drawString(90, y, f"• {POINT[lang]}")
    c.save()
    return buf.getvalue(), "r.pdf"


@pytest.mark.parametrize("make", [_markdown, _pdf])
@pytest.mark.parametrize("lang", list(SECTIONS))
def test_support_to_the_public_is_assistance(lang: str, make) -> None:
    data, name = make(lang)
    report = parse_bytes(data, name)[0]
    assert [(s.heading, s.key) for s in report.sections] == SECTIONS[lang]
