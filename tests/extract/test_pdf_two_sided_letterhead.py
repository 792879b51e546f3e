"""A letterhead set on both sides of the top of page 1 — the publisher's name in large type on the left, its issue
and week on the right, its directorate in small print under it — is the letterhead, even where the publisher's
name is as large as the title: the title is the line as large or larger standing apart under it, and the line
that only dates the report ("Dati aggiornati a mercoledì 4 dicembre 2024") dates it before the line naming the
week's period. In Italian, English and German."""

from __future__ import annotations

import io
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

REPORTS = {
    "it": (("REGIONE TOSCANA", "Direzione Sanità, Welfare e Coesione sociale", "Settore Prevenzione collettiva"),
           ("Bollettino n. 1", "Settimana 48/2024"),
           "SORVEGLIANZA DELLE INFEZIONI RESPIRATORIE ACUTE",
           ("Stagione 2024/2025 – Settimana 48 (dal 25 novembre al 1 dicembre 2024)",
            "Dati aggiornati a mercoledì 4 dicembre 2024"),
           ("In sintesi", ["L'incidenza delle sindromi simil-influenzali è di 6 casi per mille assistiti."])),
    "en": (("NORTHSHIRE COUNTY COUNCIL", "Public Health Directorate", "Health Protection Team"),
           ("Bulletin No. 1", "Week 48/2024"),
           "RESPIRATORY INFECTION SURVEILLANCE",
           ("Season 2024/2025 – Week 48 (25 November to 1 December 2024)", "Data as at Wednesday 4 December 2024"),
           ("Summary", ["Influenza-like illness stands at 6 cases per thousand patients."])),
    "de": (("LANDKREIS NORDHEIM", "Gesundheitsamt", "Infektionsschutz"),
           ("Bulletin Nr. 1", "Woche 48/2024"),
           "ÜBERWACHUNG AKUTER ATEMWEGSINFEKTIONEN",
           ("Saison 2024/2025 – Woche 48 (25. November bis 1. Dezember 2024)", "Stand: Mittwoch, 4. Dezember 2024"),
           ("Zusammenfassung", ["Die Inzidenz grippeähnlicher Erkrankungen liegt bei 6 Fällen je 1000 Versicherte."])),
}  # fmt: skip


def _pdf(lang: str) -> bytes:
    (org, *units), (issue, week), title, (period, dated), (heading, points) = REPORTS[lang]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, h - 50, org)
    c.setFont("Helvetica", 7.5)
    for k, unit in enumerate(units):
        c.drawString(60, h - 63 - 10 * k, unit)
    c.setFont("Helvetica-Bold", 9)
    c.drawRightString(w - 60, h - 50, issue)
    c.setFont("Helvetica", 7.5)
    c.drawRightString(w - 60, h - 63, week)
    c.setFont("Helvetica-Bold", 13.5)
    c.drawString(60, h - 150, title)
    c.setFont("Helvetica", 9.5)
    c.drawString(60, h - 168, period)
    c.drawString(60, h - 181, dated)
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(60, h - 215, heading)
    c.setFont("Helvetica", 9)
    y = h - 232
    for point in points:
        c.drawString(66, y, "•")
        c.drawString(76, y, point)
        y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_a_two_sided_letterhead_over_the_title(lang: str) -> None:
    _, _, title, _, (heading, points) = REPORTS[lang]
    report = parse_bytes(_pdf(lang), "bollettino.pdf")[0]
    assert report.title == title
    assert report.date == date(2024, 12, 4)
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [(heading, points)]
