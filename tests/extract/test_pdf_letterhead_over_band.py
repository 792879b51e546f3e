"""What stands over the masthead band at the top of page 1 (the words of a logo, the agency's name beside it)
is the publisher's letterhead, not a section; the short title over a key-figures strip ("CHIFFRES CLÉS")
heads the strip, no section. Drawn on a canvas, with the letterhead in two layouts (a logo's words stacked
beside the agency's name, or one line of it)."""

from __future__ import annotations

import pytest
from pdf_sheets import BOLD, HEIGHT, REGULAR, Sheet
from reportlab.lib.colors import HexColor

from sitroom.read import parse_bytes

TITLE = "POINT DE SITUATION N° 2"
FIGURES = [("6", "départements en vigilance"), ("1 386", "passages aux urgences"), ("9", "plans blancs")]
SECTIONS = {
    "Situation sanitaire": ["1 386 passages aux urgences ont été recensés.", "Aucun décès n'a été signalé."],
    "Points de vigilance": ["Le risque de saturation des urgences fait l'objet d'un suivi."],
}
LETTERHEADS = {
    "stacked": [("RÉPUBLIQUE", 8.5, BOLD, 0), ("FRANÇAISE", 8.5, BOLD, 0), ("ARS", 26, BOLD, 110)],
    "line": [("Agence Régionale de Santé Occitanie", 9, REGULAR, 0)],
}


def _pdf(letterhead: str) -> bytes:
    s = Sheet(size=10)
    y = HEIGHT - 40
    for text, size, font, dx in LETTERHEADS[letterhead]:
        s.text(s.left + dx, y, text, font, size)
        y -= 0 if dx else size * 1.3
    band_top = HEIGHT - 110
    s.c.setFillColor(HexColor("#006A6A"))
    s.c.rect(s.left - 10, band_top - 70, s.right - s.left + 20, 70, stroke=0, fill=1)
    s.c.setFillColor(HexColor("#FFFFFF"))
    s.text(s.left, band_top - 25, TITLE, BOLD, 15)
    s.text(s.left, band_top - 45, "Situation au lundi 29 juillet 2024 à 11 h 00", REGULAR, 10)
    s.c.setFillColor(HexColor("#000000"))
    s.y = band_top - 95
    s.line("CHIFFRES CLÉS", font=BOLD, size=8.5)
    s.gap(0.6)
    box = (s.right - s.left - 20) / 3
    for n, (value, label) in enumerate(FIGURES):
        x = s.left + n * (box + 10)
        s.c.setFont(BOLD, 17)
        s.c.drawCentredString(x + box / 2, s.y, value)
        s.c.setFont(REGULAR, 7.5)
        s.c.drawCentredString(x + box / 2, s.y - 16, label)
    s.y -= 50
    for heading, items in SECTIONS.items():
        s.heading(heading, size=11)
        for t in items:
            s.bullet([t])
    return s.pdf()


@pytest.mark.parametrize("letterhead", LETTERHEADS)
def test_the_letterhead_over_the_band_and_the_strip_title_are_no_sections(letterhead: str) -> None:
    report = parse_bytes(_pdf(letterhead), "point-de-situation.pdf")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS
    assert report.title == TITLE
    assert any("letterhead" in w for w in report.warnings)
    assert report.tables
