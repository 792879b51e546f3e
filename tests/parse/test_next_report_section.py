"""A section whose heading names the next report ("Nästa lägesbild", "Next update") holds its points, the
next report's time among them, however many stand under it; the same line closing a report under another
heading is its close. Two layouts: a Word document and a Markdown page.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

CASES = [
    (
        "Lägesbild nr 2 – stormen Ingunn",
        "Nästa lägesbild",
        ["Samverkanskonferens med kommunerna klockan 13.00", "Nästa lägesbild skickas den 16 januari klockan 08.00"],
    ),
    ("Flood update 4", "Next update", ["Partners' call at 14:00.", "Next update at 16:00 on Tuesday."]),
]
BEFORE = ("Läget", ["Elavbrott hos 12 000 kunder.", "Vägarna är öppna igen."])


def _word(title: str, heading: str, items: list[str]) -> bytes:
    d = docx.Document()
    d.add_heading(title, 0)
    for head, points in (BEFORE, (heading, items)):
        d.add_heading(head, 1)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _markdown(title: str, heading: str, items: list[str]) -> bytes:
    lines = [f"# {title}", ""]
    for head, points in (BEFORE, (heading, items)):
        lines += (
            [f"## {head}", "", *points, ""] if head == heading else [f"## {head}", "", *(f"- {p}" for p in points), ""]
        )
    return "\n\n".join(line for line in lines if line).encode()


@pytest.mark.parametrize(("make", "name"), [(_word, "report.docx"), (_markdown, "report.md")])
@pytest.mark.parametrize(("title", "heading", "items"), CASES, ids=["swedish", "english"])
def test_the_next_reports_time_under_its_own_heading_is_that_sections_point(make, name, title, heading, items) -> None:
    report = parse_bytes(make(title, heading, items), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [BEFORE, (heading, items)]
