"""Names and notes of Catalan and French reports: the next actions ("Pròximes actuacions") and expenses ("Despeses")
in Catalan; the overall toll opening a French report ("Bilan général") is its summary; and the French report's first
line presenting it ("Point sur la situation de la commune … à 16h00.") is the writer's note, no point.

Layouts: HTML (bold underlined names, as a site builder sets them) and plain text.
"""

from __future__ import annotations

import pytest

from sitroom.parse.vocabulary import classify_heading
from sitroom.read import parse_bytes


@pytest.mark.parametrize(
    ("heading", "key"),
    [("Pròximes actuacions", "next-steps"), ("Despeses", "finance"), ("BILAN GÉNÉRAL", "highlights")],
)
def test_names(heading: str, key: str) -> None:
    assert classify_heading(heading)[0].value == key


SECTIONS = [
    ("BILAN GÉNÉRAL", "highlights", ["Personnes hébergées dans les centres d'accueil : 3 665."]),
    ("SITUATION MÉTÉO", "situation", ["Le cyclone s'éloigne vers le sud-ouest."]),
    ("DÉPENSES", "finance", ["Dépenses engagées par la commune : 412 000 €."]),
]


def _html() -> bytes:
    parts = ["<p>Point sur la situation de la commune de Mamoudzou à 16h00.</p>"]
    for name, _, points in SECTIONS:
        parts.append(f"<p><u><strong>{name}</strong></u></p>" + "".join(f"<p>{p}</p>" for p in points))
    return f"<html><body><h1>Cyclone – Point de situation n° 1</h1>{''.join(parts)}</body></html>".encode()


def _text() -> bytes:
    lines = ["Cyclone – Point de situation n° 1", "", "Point sur la situation de la commune de Mamoudzou à 16h00.", ""]
    for name, _, points in SECTIONS:
        lines += [name, *points, ""]
    return "\n".join(lines).encode()


@pytest.mark.parametrize("fmt", ["html", "txt"])
def test_the_presenting_line_is_no_point(fmt: str) -> None:
    report = parse_bytes(_html() if fmt == "html" else _text(), f"point.{fmt}")[0]
    assert [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections] == SECTIONS
