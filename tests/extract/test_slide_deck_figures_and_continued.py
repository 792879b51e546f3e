"""A slide deck saved as PDF: a slide of figure cards under its own title ("Cifras del día", "Key figures today")
is a table of figures, its title the table's and no section; a section too long for its slide goes on under its
title marked "(cont.)", "(continued)", "(suite)", one section. In Spanish, English and French; the continued
heading read the same in Word, HTML and Markdown. A slide whose title heads points under the cards keeps them."""

from __future__ import annotations

import io

import docx
import pytest
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

W, H = 960, 540
DECKS = {
    "es": (
        "Reporte de situación N° 4",
        "Cifras del día",
        [("8.105", "Pasajeros (24 h)"), ("281", "Vehículos en fila"), ("3 h", "Espera promedio"), ("42", "Buses")],
        "(cont.)",
        [
            ("Resumen", ["El paso fue reabierto el 11 de julio tras el cierre por nevazón."]),
            ("Riesgos", ["Nuevas nevadas podrían cerrar el paso.", "La fila de camiones supera los 6 kilómetros."]),
            ("Riesgos", ["El combustible del generador alcanza para 2 días."]),
            ("Próximos pasos", ["Reforzar el turno de noche con 4 funcionarios."]),
        ],
    ),
    "en": (
        "Rail disruption sitrep 7",
        "Key figures today",
        [("1,745", "Customers affected"), ("26", "Buses deployed"), ("12", "Stations closed"), ("3", "Incidents")],
        "(continued)",
        [
            ("Summary", ["The signalling fault between Ashby and Marsh Lane remains under repair."]),
            ("Risks", ["Crowding at Ashby at the evening peak.", "Heat may slow the repair crews."]),
            ("Risks", ["Replacement buses are short of drivers on Sunday."]),
            ("Next steps", ["Test the new relay overnight."]),
        ],
    ),
    "fr": (
        "Point de situation n° 2",
        "Chiffres clés du jour",
        [("412", "Foyers sinistrés"), ("26", "Équipes engagées"), ("3", "Centres ouverts"), ("9", "Routes coupées")],
        "(suite)",
        [
            ("Synthèse", ["La décrue se poursuit sur la Garonne."]),
            ("Risques", ["De nouvelles pluies sont annoncées pour jeudi.", "Deux digues restent sous surveillance."]),
            ("Risques", ["Le réseau électrique reste fragile dans trois communes."]),
            ("Prochaines étapes", ["Rouvrir la route départementale 813."]),
        ],
    ),
}


def _slide_title(c: canvas.Canvas, text: str) -> None:
    c.setFont("Helvetica-Bold", 24)
    c.drawString(40, H - 70, text)


def _footer(c: canvas.Canvas, n: int) -> None:
    c.setFont("Helvetica", 10)
    c.drawString(40, 24, "Centro de operaciones")
    c.drawRightString(W - 40, 24, str(n))


def _deck(lang: str, cards_heading_points: bool = False) -> bytes:
    title, figures_title, cards, mark, slides = DECKS[lang]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    c.setFont("Helvetica-Bold", 30)
    c.drawString(50, H / 2, title)
    _footer(c, 1)
    c.showPage()
    _slide_title(c, figures_title)
    for n, (figure, label) in enumerate(cards):
        x = 60 + n * 220
        c.rect(x, 200, 200, 130)
        c.setFont("Helvetica-Bold", 36)
        c.drawCentredString(x + 100, 270, figure)
        c.setFont("Helvetica", 12)
        c.drawCentredString(x + 100, 230, label)
    if cards_heading_points:
        c.setFont("Helvetica", 18)
        c.drawString(60, 150, "• " + "Las cifras se refieren a las últimas 24 horas de operación del complejo.")
    _footer(c, 2)
    c.showPage()
    seen: set[str] = set()
    for n, (heading, points) in enumerate(slides, start=3):
        _slide_title(c, f"{heading} {mark}" if heading in seen else heading)
        seen.add(heading)
        c.setFont("Helvetica", 18)
        for k, point in enumerate(points):
            c.drawString(60, H - 140 - 40 * k, "● " + point)
        _footer(c, n)
        c.showPage()
    c.save()
    return buf.getvalue()


def _expected(lang: str) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for heading, points in DECKS[lang][4]:
        if out and out[-1][0] == heading:
            out[-1][1].extend(points)
        else:
            out.append((heading, list(points)))
    return out


@pytest.mark.parametrize("lang", list(DECKS))
def test_the_figures_slide_is_a_table_and_a_continued_slide_one_section(lang: str) -> None:
    report = parse_bytes(_deck(lang), "deck.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == _expected(lang)
    assert DECKS[lang][1] in [t.caption for t in report.tables]


def test_a_title_over_cards_and_points_heads_its_points() -> None:
    report = parse_bytes(_deck("es", cards_heading_points=True), "deck.pdf")[0]
    assert report.sections[0].heading == "Cifras del día"


def _docx(lang: str) -> bytes:
    d = docx.Document()
    d.add_paragraph(DECKS[lang][0], style="Title")
    seen: set[str] = set()
    for heading, points in DECKS[lang][4]:
        d.add_heading(f"{heading} {DECKS[lang][3]}" if heading in seen else heading, 1)
        seen.add(heading)
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(lang: str) -> bytes:
    seen: set[str] = set()
    body = ""
    for heading, points in DECKS[lang][4]:
        body += f"<h2>{heading} {DECKS[lang][3]}</h2>" if heading in seen else f"<h2>{heading}</h2>"
        seen.add(heading)
        body += "<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    return f"<html><body><main><h1>{DECKS[lang][0]}</h1>{body}</main></body></html>".encode()


def _markdown(lang: str) -> bytes:
    seen: set[str] = set()
    body = ""
    for heading, points in DECKS[lang][4]:
        body += f"\n## {heading} {DECKS[lang][3]}\n\n" if heading in seen else f"\n## {heading}\n\n"
        seen.add(heading)
        body += "".join(f"- {p}\n" for p in points)
    return f"---\ntitle: {DECKS[lang][0]}\n---\n{body}".encode()


@pytest.mark.parametrize("make,name", [(_docx, "r.docx"), (_html, "r.html"), (_markdown, "r.md")])
@pytest.mark.parametrize("lang", list(DECKS))
def test_a_continued_heading_goes_on_with_its_section(make, name: str, lang: str) -> None:
    report = parse_bytes(make(lang), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == _expected(lang)


def test_a_heading_that_only_begins_with_a_continuing_word_is_its_own() -> None:
    md = b"# Flood update 3\n\n## Risks\n\n- Rain on Thursday.\n\n## Continued monitoring\n\n- Gauges read hourly.\n"
    report = parse_bytes(md, "r.md")[0]
    assert [s.heading for s in report.sections] == ["Risks", "Continued monitoring"]
