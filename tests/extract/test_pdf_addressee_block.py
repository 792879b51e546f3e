"""An official letter's addressee block, a few lines set flush right in the right half of page 1 above the
report's title, is left out and counted, not read as the report's first point; so is the letter's reference
and date line ("№ 06-14/1201 07.04.2025"). Drawn on a canvas in French and in Russian, with and without a
reference line over it."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

LETTERS = {
    "fr": (
        ["Monsieur le Préfet", "Préfecture de la Somme", "Cellule de crise"],
        "Point de situation n° 3",
        {"Situation": ["Les crues baissent lentement.", "Routes fermées : 4."], "Suites": ["Réunion demain."]},
    ),
    "ru": (
        ["Министерству по чрезвычайным", "ситуациям Республики", "Центр управления в кризисных ситуациях"],
        "Оперативная информация № 3",
        {"Обстановка": ["Уровень воды медленно снижается.", "Закрыто дорог: 4."], "Планы": ["Заседание завтра."]},
    ),
}


def _font() -> tuple[str, str]:
    base = "/usr/share/fonts/truetype/dejavu/"
    try:
        pdfmetrics.registerFont(TTFont("AddresseeSans", base + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("AddresseeSans-Bold", base + "DejaVuSans-Bold.ttf"))
    except Exception:
        pytest.skip("DejaVu Sans is not installed")
    return "AddresseeSans", "AddresseeSans-Bold"


def _letter(lang: str, reference: bool) -> bytes:
    regular, bold = _font()
    address, title, sections = LETTERS[lang]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    y = h - 70
    if reference:
        c.setFont(regular, 9)
        c.drawString(60, y, "№ 06-14/1201 07.04.2025")
        y -= 30
    c.setFont(regular, 12)
    for line in address:
        c.drawRightString(w - 50, y, line)
        y -= 15
    y -= 20
    c.setFont(bold, 14)
    c.drawCentredString(w / 2, y, title)
    y -= 35
    for heading, items in sections.items():
        c.setFont(bold, 12)
        c.drawCentredString(w / 2, y, heading)
        y -= 20
        c.setFont(regular, 11)
        for item in items:
            c.drawString(90, y, "– " + item)
            y -= 16
        y -= 10
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("reference", [True, False], ids=["with-reference", "bare"])
@pytest.mark.parametrize("lang", sorted(LETTERS))
def test_the_addressee_block_is_no_part_of_the_report(lang: str, reference: bool) -> None:
    report = parse_bytes(_letter(lang, reference), "letter.pdf")[0]
    texts = [i.text for s in report.sections for i in s.items]
    assert not any(line in t for line in LETTERS[lang][0] for t in texts)
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == LETTERS[lang][2]
    assert any("left out" in w for w in report.warnings)  # counted, not lost silently
