"""The title set beside a logo at the top of page 1, indented from the body's margin, with short lines under it at
its own left edge (the report's issue and name, its day, the sender's unit): the masthead, not an item of a section
without a heading, however its lines are worded. The body opens under it at the margin."""

from __future__ import annotations

from pdf_sheets import BOLD, REGULAR, Sheet

from sitroom.model import Report
from sitroom.read import parse_bytes

ENGLISH = (
    "Northside Community Centre",
    ["Daily report no. 3 – Power cut", "Monday evening, 18.00"],
    [("Summary", "The centre stayed open all night and 168 people came in."),
     ("Next steps", "Assess the needs of the families in the neighbourhood.")],
)  # fmt: skip

SPANISH = (
    "Centro Vecinal Norte",
    ["Unidad de Emergencias", "Informe diario n.º 3 – Apagón general", "lunes por la tarde, 18.00 h"],
    [("Resumen", "El centro abrió toda la noche y entraron 168 personas."),
     ("Próximos pasos", "Evaluar las necesidades de las familias del barrio.")],
)  # fmt: skip


def _draw(name: str, block: list[str], sections: list[tuple[str, str]], round_logo: bool) -> bytes:
    """The logo at the margin, the title and its lines beside it, a rule under them, then the body at the margin."""
    s = Sheet()
    top = s.y + 14
    s.c.setFillColorRGB(0.96, 0.77, 0.0)
    if round_logo:
        s.c.circle(74, top - 18, 18, stroke=0, fill=1)
    else:
        s.c.rect(56, top - 36, 36, 36, stroke=0, fill=1)
    s.c.setFillColorRGB(0, 0, 0)
    s.text(104, top - 14, name, BOLD, 15)
    y = top - 28
    for line in block:
        s.text(104, y, line, REGULAR, 10)
        y -= 12
    s.rule(y + 4)
    s.y = y - 14
    for heading, text in sections:
        s.text(56, s.y, heading, BOLD, 11)
        s.y -= 15
        s.text(56, s.y, text, REGULAR, 10.5)
        s.y -= 20
    return s.pdf()


def _read(data: bytes) -> Report:
    return parse_bytes(data, "report.pdf")[0]


def _check(report: Report, name: str, sections: list[tuple[str, str]]) -> None:
    assert report.title == name
    assert [sec.heading for sec in report.sections] == [h for h, _ in sections]
    assert [i.text for i in report.items()] == [t for _, t in sections]


def test_the_lines_under_a_title_beside_a_round_logo_are_the_masthead() -> None:
    name, block, sections = ENGLISH
    _check(_read(_draw(name, block, sections, round_logo=True)), name, sections)


def test_three_lines_under_a_title_beside_a_square_logo_are_the_masthead() -> None:
    name, block, sections = SPANISH
    _check(_read(_draw(name, block, sections, round_logo=False)), name, sections)
