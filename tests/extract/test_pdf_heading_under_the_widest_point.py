"""A heading set close under the page's widest line, where that line ends its sentence: a heading, not the rest of
the line wrapped. On a page where every point fits on one line no wrapped line tells the spacing of a paragraph's
lines from the space before a heading; a line that ends its sentence wraps into nothing, however wide it runs."""

from __future__ import annotations

from pdf_sheets import BOLD, REGULAR, Sheet

from sitroom.model import Report
from sitroom.read import parse_bytes

ENGLISH = [
    ("Summary", ["The centre is open day and night."]),
    ("Elderly residents", ["6 people who depend on oxygen machines were helped.",
                           "Volunteers visited 35 elderly people who live alone (previous report: 17)."]),
    ("Water and food", ["3,520 bottles of water were handed out.", "259 hot meals were handed out."]),
    ("Next steps", ["Assess the needs of the families by 22 August."]),
]  # fmt: skip

SPANISH = [
    ("Resumen", ["El centro abre de día y de noche."]),
    ("Personas mayores", ["Se atendió a 6 personas que dependen de un concentrador de oxígeno.",
                          "Los voluntarios visitaron a 35 personas mayores que viven solas (informe anterior: 17)."]),
    ("Agua y comida", ["Se repartieron 3.520 botellas de agua.", "Se repartieron 259 platos de comida caliente."]),
    ("Próximos pasos", ["Evaluar las necesidades de las familias antes del 22 de agosto."]),
]  # fmt: skip


def _draw(sections: list[tuple[str, list[str]]], bullets: bool) -> bytes:
    """One page as a word processor sets it, each point on one line with a little space after it, and a little more
    before each heading: hardly more than between the points."""
    s = Sheet()
    s.line("Daily Report No. 3", font=BOLD, size=16)
    s.y -= 4
    for heading, points in sections:
        s.y -= 3
        s.text(56, s.y, heading, BOLD, 11)
        s.y -= 16
        for point in points:
            # the bullet typed before the text, one run with it, at the heading's left edge
            s.text(56, s.y, f"•   {point}" if bullets else point, REGULAR, 10.5)
            s.y -= 16
    return s.pdf()


def _read(data: bytes) -> Report:
    return parse_bytes(data, "report.pdf")[0]


def _check(report: Report, sections: list[tuple[str, list[str]]]) -> None:
    assert [sec.heading for sec in report.sections if sec.heading] == [h for h, _ in sections]
    assert [i.text for i in report.items()] == [p for _, points in sections for p in points]


def test_a_heading_under_the_widest_point_heads_its_section() -> None:
    _check(_read(_draw(ENGLISH, bullets=True)), ENGLISH)


def test_a_heading_under_the_widest_paragraph_heads_its_section() -> None:
    _check(_read(_draw(SPANISH, bullets=False)), SPANISH)
