"""An overview opening a report that names its situation again under a heading of its own is the report's summary,
not the situation twice; an overview with no other situation beside it stays the situation, and an overview after
the report's summary is left as it is. In English, French and German, in Word (bold lines), HTML and Markdown."""

from __future__ import annotations

import pytest
from keyed_formats import html_page, markdown, word_bold_lines

from sitroom.read import parse_bytes

REPORTS = {
    "english": [
        ("OVERVIEW", "highlights", ["Hurricane Tomas made landfall at 02:00 and the district is without power."]),
        ("SITUATION", "situation", ["Winds fell below tropical storm force by midday."]),
        ("FINANCE", "finance", ["Spend to date: EC$18,400."]),
    ],
    "french": [
        ("Aperçu général", "highlights", ["L'épidémie de dengue progresse dans trois quartiers."]),
        ("Situation épidémiologique", "situation", ["Cas confirmés cette semaine : 48."]),
        ("Coûts", "finance", ["Dépenses engagées : 12 500 €."]),
    ],
    "german": [
        ("Überblick", "highlights", ["Der Waldbrand im Hohen Venn ist eingedämmt."]),
        ("Lage", "situation", ["Die Brandfläche beträgt 140 Hektar."]),
        ("Kosten", "finance", ["Bisherige Ausgaben: 36 000 Euro."]),
    ],
    "overview alone": [
        ("Overview", "situation", ["Hurricane Tomas made landfall at 02:00 and the district is without power."]),
        ("Finance", "finance", ["Spend to date: EC$18,400."]),
    ],
    "overview after the summary": [
        ("Key points", "highlights", ["Power is back in two parishes of five."]),
        ("Overview", "situation", ["Hurricane Tomas made landfall at 02:00."]),
        ("Situation", "situation", ["Winds fell below tropical storm force by midday."]),
    ],
}
WRITERS = {"docx": (word_bold_lines, "r.docx"), "html": (html_page, "r.html"), "md": (markdown, "r.md")}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("report", sorted(REPORTS))
def test_an_opening_overview_beside_the_situation_is_the_summary(report: str, fmt: str) -> None:
    make, name = WRITERS[fmt]
    sections = REPORTS[report]
    parsed = parse_bytes(make("District situation report 2", sections), name)[0]
    assert [(s.heading, s.key) for s in parsed.sections] == [(h, k) for h, k, _ in sections]
