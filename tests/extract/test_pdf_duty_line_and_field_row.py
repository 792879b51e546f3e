"""A report printed by a reporting server: the row of two fields under its title ("Cuenca: Jalón   Fecha de emisión:
10/03/2026 08:00") is its masthead, and the duty officer's field over the next report's line at its foot ("Técnico de
guardia: Ing. Marta Lasheras" over "El próximo parte se emitirá …") are two lines closing it, each left out; in
Spanish, English and French."""

from __future__ import annotations

import io
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

REPORTS = {
    "es": (
        "PARTE DE SITUACIÓN N.º 2 – EPISODIO DE AVENIDAS",
        ("Cuenca: Jalón", "Fecha de emisión: 10/03/2026 08:00"),
        [("1. Resumen", ["Se mantiene el episodio de avenidas en la cabecera."]),
         ("2. Riesgos", ["Acceso del público a las zonas inundables. Medidas: Cierre de caminos de servicio."])],
        ("Técnico de guardia: Ing. Marta Lasheras", "El próximo parte se emitirá el 11 de marzo a las 08:00 horas."),
    ),
    "en": (
        "FLOOD SITUATION REPORT No. 2",
        ("Catchment: Upper Wye", "Date of issue: 10/03/2026 08:00"),
        [("1. Summary", ["River levels remain high in the upper catchment."]),
         ("2. Risks", ["Public access to flooded paths. Mitigation: Service roads are closed."])],
        ("Duty engineer: Jo Patel", "Next report will be issued at 08:00 on 11 March."),
    ),
    "fr": (
        "POINT DE SITUATION N° 2 – CRUE",
        ("Bassin : Loire amont", "Date d'émission : 10/03/2026 08:00"),
        [("1. Résumé", ["Les niveaux restent élevés sur la Loire amont."]),
         ("2. Risques", ["Accès du public aux zones inondées. Mesures : fermeture des chemins de service."])],
        ("Cadre d'astreinte : Marie Lefèvre", "Prochain point de situation le 11 mars à 8 h."),
    ),
}  # fmt: skip


def _pdf(lang: str) -> bytes:
    title, (left, right), sections, (duty, nxt) = REPORTS[lang]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    h = A4[1]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(120, h - 90, title)
    c.setFont("Helvetica", 9)
    c.drawString(45, h - 120, left)
    c.drawString(200, h - 120, right)
    y = h - 160
    for heading, items in sections:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(46, y, heading)
        y -= 16
        c.setFont("Helvetica", 9)
        for item in items:
            c.drawString(50, y, "•")
            c.drawString(58, y, item)
            y -= 14
        y -= 10
    c.setFont("Helvetica", 8.5)
    c.drawString(42, y - 10, duty)
    c.drawString(42, y - 22, nxt)
    c.setFont("Helvetica", 7)
    c.drawString(42, 30, "Generado: 10/03/2026 08:02:05")
    c.drawString(500, 30, "Página 1 de 1")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_the_field_row_and_the_duty_and_next_report_lines(lang: str) -> None:
    title, _, sections, _ = REPORTS[lang]
    report = parse_bytes(_pdf(lang), "parte.pdf")[0]
    assert report.title == title
    assert report.number == 2
    assert report.date == date(2026, 3, 10)
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections]
    assert got == [(h, items) for h, items in sections]
