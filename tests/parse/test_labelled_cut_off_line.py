"""Under the title, a line of a label in the writer's own words over the date and hour the report stands at, the
place after it at most ("Fecha y hora de corte: 15 de junio de 2026, 18:00 horas. Municipio de Cobán."), dates the
report: it is no point. A labelled line of news there ("Shelters: 3 open. …") stays. In HTML and Markdown."""

from __future__ import annotations

import pytest
from keyed_formats import html_page, markdown

from sitroom.read import parse_bytes

SECTIONS = [
    ("Resumen del evento", "highlights", ["Las lluvias provocaron 4 deslizamientos.", "Personas afectadas: 3,336."]),
    ("Acciones a seguir", "next-steps", ["Concluir la evaluación de daños antes del 19 de junio."]),
]
DATE_LINES = [
    "Fecha y hora de corte: 15 de junio de 2026, 18:00 horas. Municipio de Cobán, Alta Verapaz.",
    "Cut-off: 3 May 2026, 08:00",
    "Information as it stood: 3 May 2026, 08:00. Riverside District.",
]


def _with_line(make, line: str) -> bytes:
    page = make("Informe de situación No. 2", SECTIONS).decode()
    if make is html_page:
        return page.replace("</h1>", f"</h1><p>{line}</p>", 1).encode()
    return page.replace("\n", f"\n\n{line}\n", 1).encode()


@pytest.mark.parametrize("make,name", [(html_page, "r.html"), (markdown, "r.md")], ids=["html", "md"])
@pytest.mark.parametrize("line", DATE_LINES)
def test_a_labelled_date_line_under_the_title_is_no_point(make, name: str, line: str) -> None:
    report = parse_bytes(_with_line(make, line), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [(h, p) for h, _, p in SECTIONS]


@pytest.mark.parametrize("make,name", [(html_page, "r.html"), (markdown, "r.md")], ids=["html", "md"])
def test_a_labelled_line_of_news_stays(make, name: str) -> None:
    line = "Shelters: 3 open since 14 June 2026. The school hall takes 200 people."
    report = parse_bytes(_with_line(make, line), name)[0]
    assert line in [i.text for s in report.sections for i in s.items]
