"""A report typed as a memo on the company's letterhead and printed to PDF: the name over its address line, the
"DATE:", "TO:" and "CC:" fields, then the report's name in capitals and its period under it, then its numbered
sections. The letterhead (its certification line too) and the memo's fields are the head, not a section: the name
under them names the report.
The sign-off table under the last section ("Prepared by:" / "Approved by:") may break at the page's end, its
"Name:", "Designation:", "Signature:" and "Date:" fields carried to the top of the next page: they are the
sign-off's too, left out and counted. Checked with the sign-off on one page and broken over two, its fields side by
side or one under the other, in English and Spanish."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

LANG = {
    "english": {
        "fields": ["DATE: 23rd February, 2026", "TO: The Chief Executive Officer, Water Services Regulatory Board",
                   "CC: The County Executive Committee Member, Water, Environment and Natural Resources"],
        "title": "DROUGHT RESPONSE SITUATION REPORT NO. 2",
        "period": "Reporting period: 17th February, 2026 – 23rd February, 2026",
        "sections": [
            ("1.0 HIGHLIGHTS", ["Production at the treatment works is down to 46% of normal."]),
            ("2.0 IMPACT ON CUSTOMERS", ["19 estates are receiving water on fewer than three days a week."]),
            ("3.0 WAY FORWARD", ["The rationing schedule will be reviewed on 26th February."]),
        ],
        "leads": ["Prepared by:", "Approved by:"],
        "signers": [["Name: Hassan Omar", "Designation: Drought Response Coordinator"],
                    ["Name: Grace Achieng", "Designation: Managing Director"]],
        "tail": ["Signature: ____________________", "Date: 23/02/2026"],
    },
    "spanish": {
        "fields": ["FECHA: 23 de febrero de 2026", "PARA: Gerencia General de la Superintendencia de Servicios",
                   "CC: Dirección Regional de Agua y Saneamiento"],
        "title": "INFORME DE SITUACIÓN POR SEQUÍA N.º 2",
        "period": "Periodo: del 17 al 23 de febrero de 2026",
        "sections": [
            ("1. RESUMEN", ["La producción de la planta de tratamiento está al 46% de lo normal."]),
            ("2. AFECTACIÓN A USUARIOS", ["19 barrios reciben agua menos de tres días por semana."]),
            ("3. PRÓXIMAS ACCIONES", ["El horario de racionamiento se revisará el 26 de febrero."]),
        ],
        "leads": ["Elaborado por:", "Aprobado por:"],
        "signers": [["Nombre: Hugo Paredes", "Cargo: Coordinador de emergencia"],
                    ["Nombre: Rosa Quispe", "Cargo: Gerente General"]],
        "tail": ["Firma: ____________________", "Fecha: 23/02/2026"],
    },
}  # fmt: skip
COMPANY = "RIVERBEND WATER AND SANITATION COMPANY"
ADDRESS = "P.O. Box 30656 – 00100, Riverbend | Tel: +254 703 080 000 | Email: info@riverbend.example"


def _pdf(lang: dict, broken: bool, side_by_side: bool) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(w / 2, h - 70, COMPANY)
    c.setFont("Helvetica", 8.5)
    c.drawCentredString(w / 2, h - 85, ADDRESS)
    c.drawCentredString(w / 2, h - 96, "ISO 9001:2015 Certified")
    c.setFont("Helvetica", 11)
    c.drawString(62, h - 120, "REF: RWSC/MD/DRT/VOL.II/58")
    c.drawRightString(w - 90, h - 120, lang["fields"][0])
    c.drawString(62, h - 145, lang["fields"][1])
    c.drawString(62, h - 160, lang["fields"][2])
    c.setFont("Helvetica-Bold", 12.5)
    c.drawCentredString(w / 2, h - 190, lang["title"])
    c.setFont("Helvetica", 8.5)
    c.drawCentredString(w / 2, h - 205, lang["period"])
    y = h - 240
    for heading, points in lang["sections"]:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(62, y, heading)
        c.setFont("Helvetica", 11)
        for p in points:
            y -= 18
            c.drawString(80, y, "•")
            c.drawString(93, y, p)
        y -= 26
    y = 110 if broken else y - 20
    c.setFont("Helvetica", 10)
    for col, lead in enumerate(lang["leads"]):
        if side_by_side or col == 0:
            c.drawString(68 + 230 * col, y, lead)
    if broken:
        c.setFont("Helvetica", 8)
        c.drawString(62, 40, "Quality Water, Our Commitment")
        c.drawRightString(w - 62, 40, "Page 1 of 2")
        c.showPage()
        y = h - 60
    c.setFont("Helvetica", 10)
    rows = [[*signer, *lang["tail"]] for signer in lang["signers"]]
    if side_by_side:
        for line in range(len(rows[0])):
            y -= 20
            for col, row in enumerate(rows):
                c.drawString(68 + 230 * col, y, row[line])
    else:
        for col, row in enumerate(rows):
            if col:
                y -= 28
                c.drawString(68, y, lang["leads"][1])
            for text in row:
                y -= 20
                c.drawString(68, y, text)
    if broken:
        c.setFont("Helvetica", 8)
        c.drawString(62, 40, "Quality Water, Our Commitment")
        c.drawRightString(w - 62, 40, "Page 2 of 2")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("side_by_side", [True, False], ids=["side by side", "one under the other"])
@pytest.mark.parametrize("broken", [True, False], ids=["over two pages", "on one page"])
@pytest.mark.parametrize("language", list(LANG))
def test_the_memo_head_and_the_sign_off_are_left_out(language: str, broken: bool, side_by_side: bool) -> None:
    lang = LANG[language]
    report = parse_bytes(_pdf(lang, broken, side_by_side), "memo.pdf")[0]
    assert report.title == lang["title"]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == lang["sections"]
    assert "signature block line" in " ".join(report.warnings)
