"""A Faroese municipality's storm notice printed from Word: its name and unit over the notice's name ("Kunning um
óveðrið nr. 2"), the place and date, the unit's line saying what it tells and how often ("Kreppuleiðslan hjá
kommununi kunnar her um støðuna eftir óveðrið. Kunningin verður dagførd hvønn dag, …"), then its sections in one
column or two. The notice's name is the title; the lines over and under it are its masthead and its note to the
readers, no points; "Veðurstøðan" is the situation and "Hjálp til íbúgvar" the help to residents."""

from __future__ import annotations

import io
import textwrap

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

SECTIONS = [
    ("Samandráttur", "highlights", ["Tal á bústøðum við skaða: 383."]),
    ("Veðurstøðan", "situation", ["Veðurstovan væntar, at vindurin minkar í morgin."]),
    ("Hjálp til íbúgvar", "assistance", ["Íbúgvar kunnu ringja til kommununa alt samdøgrið."]),
    ("Váðar", "risks", ["Lausir lutir kunnu fúka, tá ið vindurin økist aftur."]),
]
NOTE = ["Kreppuleiðslan hjá kommununi kunnar her um støðuna eftir óveðrið. Kunningin verður dagførd",
        "hvønn dag, so leingi sum neyðugt er."]  # fmt: skip


def _pdf(columns: int) -> bytes:
    pdfmetrics.registerFont(TTFont("FaroeSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("FaroeSansBold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("FaroeSansBold", 15)
    c.drawString(115, 780, "KLAKSVÍKAR KOMMUNA")
    c.setFont("FaroeSans", 10)
    c.drawString(115, 762, "Kreppuleiðslan")
    c.setFont("FaroeSansBold", 22)
    c.drawString(53, 720, "Kunning um óveðrið nr. 2")
    c.setFont("FaroeSans", 10.5)
    c.drawString(52, 690, "Klaksvík, 17. november 2026 kl. 9.00")
    c.drawString(52, 672, NOTE[0])
    c.drawString(52, 658, NOTE[1])
    y, x = 610.0, 52.0
    for n, (heading, _, points) in enumerate(SECTIONS):
        if columns == 2 and n == 2:
            y, x = 610.0, 310.0
        c.setFont("FaroeSansBold", 12.5)
        c.drawString(x, y, heading)
        c.setFont("FaroeSans", 10.5)
        for point in points:
            y -= 4
            for line in [point] if columns == 1 else textwrap.wrap(point, 34):  # a column wraps its lines
                y -= 14
                c.drawString(x, y, line)
        y -= 30
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("columns", [1, 2])
def test_a_faroese_notice_is_named_and_keyed(columns: int) -> None:
    report = parse_bytes(_pdf(columns), "kunning.pdf")[0]
    assert report.title == "Kunning um óveðrið nr. 2"
    assert [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections] == SECTIONS
