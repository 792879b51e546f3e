"""A chart's legend set right over the figure's source line ("Nuevos casos confirmados fuera de China" over
"Fuente: elaboración propia"), with or without a colour swatch before it, belongs to the figure, not to the
section around it; the text after the figure is read on.

Two layouts: a Spanish update whose legend has a coloured swatch, and an English one whose legend is plain
text in the body's size.
"""

from __future__ import annotations

import pytest
from pdf_sheets import Sheet

from sitroom.read import parse_bytes

CASES = {
    "es": ("Situación en el mundo", "Figura 2. Casos nuevos confirmados en otros países.", "Nuevos casos confirmados "
           "fuera de China", "Fuente: elaboración propia", "Se han notificado 412 casos nuevos en Corea del Sur."),
    "en": ("Situation abroad", "Figure 2. New confirmed cases in other countries.", "New confirmed cases outside "
           "the region", "Source: own analysis", "South Korea has reported 412 new cases."),
}  # fmt: skip


def _pdf(lang: str, swatch: bool) -> bytes:
    heading, caption, legend, source, after = CASES[lang]
    s = Sheet(size=11)
    s.line("Update 32", size=18)
    s.heading(heading)
    s.para(["The number of countries reporting cases rose to 47 this week."])
    s.gap()
    s.line(caption, size=10)
    for tick in ("700", "350", "0"):
        s.line(tick, x=s.left + 10, size=9)
    s.line("23 24 25 26 27 28", x=s.left + 40, size=9)
    if swatch:
        s.c.setFillColorRGB(0.2, 0.4, 0.8)
        s.c.rect(s.left + 120, s.y, 6, 6, fill=1, stroke=0)
        s.c.setFillColorRGB(0, 0, 0)
    s.line(legend, x=s.left + 130, size=9 if swatch else 11)
    s.line(source, size=10)
    s.gap()
    s.para([after])
    return s.pdf()


@pytest.mark.parametrize("lang,swatch", [("es", True), ("en", False)])
def test_a_legend_over_the_figure_s_source_line_is_the_figure_s(lang: str, swatch: bool) -> None:
    report = parse_bytes(_pdf(lang, swatch), f"update-32-{lang}.pdf")[0]
    items = [i.text for s in report.sections for i in s.items]
    assert CASES[lang][2] not in items
    assert items[-1] == CASES[lang][4]
