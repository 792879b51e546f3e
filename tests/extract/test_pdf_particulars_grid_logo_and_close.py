"""A fire brigade's report as a PDF editor prints it: a ruled grid of particulars under the title, bold labels beside
their values, one value an office's full name of a dozen words or more ("Consejo Municipal de Gestión del Riesgo de
Desastres (CMGRD) – Alcaldía Municipal de La Calera"); a header box repeated on every page with the brigade's
letters in its logo ("BV"); and a close in Spanish, Italian or Portuguese ("Cordialmente,", "Cordiali saluti,",
"Atenciosamente,") over the line drawn to sign on, the officer's rank and name, post and brigade, with the page's
footer in small print under them. None of it is a section or a point.

Layouts: Spanish, Italian and Portuguese; the footer short and long.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

CLOSES = {"es": "Cordialmente,", "it": "Cordiali saluti,", "pt": "Atenciosamente,"}
FIELDS = [
    ("Para:", "Consejo Municipal de Gestión del Riesgo de Desastres (CMGRD) – Alcaldía Municipal de La Calera"),
    ("Evento:", "Incendios forestales – temporada seca"),
    ("Fecha y hora de corte:", "19 de enero de 2026, 18:00 horas"),
    ("Elaboró:", "Central de Comunicaciones – oficial de servicio"),
]
SECTIONS = [
    ("1. SÍNTESIS DEL EVENTO", ["El incendio forestal iniciado el 15 de enero continúa activo en su flanco norte."]),
    ("2. AFECTACIONES", ["Viviendas evacuadas de manera preventiva: 39.", "Personas atendidas por humo: 38."]),
    ("3. RECURSOS FINANCIEROS", ["Se solicitaron $ 660.000.000 al Fondo Municipal de Gestión del Riesgo."]),
    ("4. PRÓXIMAS ACCIONES", ["Presentar el informe consolidado al Consejo Municipal el 20 de enero.",
                              "Próximo informe: 20 de enero."]),
]  # fmt: skip
SIGNER = ["Teniente Diana Marcela Suárez Ávila", "Comandante (e)", "Cuerpo de Bomberos Voluntarios de Villa de Leyva"]


def _header(c: canvas.Canvas, page: int) -> None:
    c.rect(50, 686, 512, 66)
    c.setFillColorRGB(0.8, 0.1, 0.1)
    c.circle(96, 719, 22, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(96, 714, "BV")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 8)
    c.drawCentredString(282, 736, "CUERPO DE BOMBEROS VOLUNTARIOS")
    c.drawCentredString(282, 696, "INFORME DE SITUACIÓN")
    c.setFont("Helvetica", 8)
    c.drawString(428, 740, "Código: GO-FT-09")
    c.drawString(428, 692, f"Página {page} de 2")


def _pdf(close: str, footer: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _header(c, 1)
    c.setFont("Helvetica-Bold", 12.5)
    c.drawCentredString(306, 655, "INFORME DE SITUACIÓN N.° 1")
    y = 620.0
    for label, value in FIELDS:
        c.rect(50, y - 8, 130, 22)
        c.rect(180, y - 8, 382, 22)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(56, y, label)
        c.setFont("Helvetica", 9.5)
        c.drawString(186, y, value[:70])
        if len(value) > 70:
            c.drawString(186, y - 7, value[70:])
        y -= 22
    y -= 20
    pages = [SECTIONS[:3], SECTIONS[3:]]
    for n, sections in enumerate(pages, 1):
        if n == 2:
            c.showPage()
            _header(c, 2)
            y = 650.0
        for name, points in sections:
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(57, y, name)
            y -= 20
            c.setFont("Helvetica", 10.5)
            for p in points:
                c.drawString(60, y, "•")
                c.drawString(73, y, p)
                y -= 15
            y -= 10
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(306, 30, footer)
    y -= 20
    c.setFont("Helvetica", 10.5)
    c.drawString(56, y, close)
    c.drawString(56, y - 50, "_" * 31)
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(56, y - 66, SIGNER[0])
    c.setFont("Helvetica", 10.5)
    c.drawString(56, y - 80, SIGNER[1])
    c.drawString(56, y - 94, SIGNER[2])
    c.showPage()
    c.save()
    return buf.getvalue()


FOOTERS = [
    "Línea de emergencias 119 · Carrera 3 # 5-27, La Calera",
    "Línea de emergencias 119 · Calle 12 # 8-30, Villa de Leyva (Boyacá) · bomberosvilladeleyva@gmail.com",
]


@pytest.mark.parametrize("footer", FOOTERS, ids=["short", "long"])
@pytest.mark.parametrize("lang", sorted(CLOSES))
def test_only_the_report_s_sections_and_points_are_read(lang: str, footer: str) -> None:
    report = parse_bytes(_pdf(CLOSES[lang], footer), f"informe-{lang}.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS


def test_a_title_ending_on_its_date_over_larger_headings_is_no_signature() -> None:
    """A title closing on its place-and-date shape ("… report 1, 6 April 2020") over headings set larger than the body:
    the signature's rule that leaves small print out of its block must not leave the body out and take the headings
    for a signature."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(57, 780, "Northfield Council Education report 1, 6 April 2020")
    y = 750.0
    for name, points in SECTIONS:
        c.setFont("Helvetica", 12)
        c.drawString(57, y, name.split(". ", 1)[1].capitalize())
        y -= 18
        c.setFont("Helvetica", 9.5)
        for p in points:
            c.drawString(73, y, p)
            y -= 14
        y -= 10
    c.showPage()
    c.save()
    report = parse_bytes(buf.getvalue(), "education.pdf")[0]
    assert [s.heading for s in report.sections if s.heading] == [n.split(". ", 1)[1].capitalize() for n, _ in SECTIONS]
