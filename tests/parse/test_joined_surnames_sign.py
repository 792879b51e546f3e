"""A surname joined by a hyphen or an apostrophe is one name ("Saïd Aït-Hamoum", "Mary O'Brien"): under the close
on its line ending in a comma, in any language ("S yisem n ugraw,", "Singîla mingi,"), it signs the letter, as a name
of plain words does. In Word, plain text and HTML."""

from __future__ import annotations

import io

import docx
import pytest

SECTIONS = [("Situation", ["Cas confirmés cette semaine : 48."]), ("Coûts", ["Dépenses engagées : 12 500 €."])]
CLOSES = {
    "kabyle": ["S yisem n ugraw,", "Saïd Aït-Hamoum"],
    "sango": ["Singîla mingi,", "Gervais Ndakala-Kossi"],
    "wolof": ["Ak jërëjëf,", "Awa Ndiaye-Sarr"],
    "english": ["With thanks from the team,", "Mary O'Brien"],
}


def _docx(close: list[str]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Point de situation n° 2", style="Title")
    for heading, points in SECTIONS:
        d.add_paragraph(heading, style="Heading 1")
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    for line in close:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _text(close: list[str]) -> bytes:
    lines = ["POINT DE SITUATION N° 2", ""]
    for heading, points in SECTIONS:
        lines += [heading.upper(), *[f"- {p}" for p in points], ""]
    return "\n".join([*lines, *close]).encode()


def _html(close: list[str]) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>" for h, points in SECTIONS)
    body += "".join(f"<p>{line}</p>" for line in close)
    return f"<html><body><h1>Point de situation n° 2</h1>{body}</body></html>".encode()


WRITERS = {"docx": (_docx, "r.docx"), "txt": (_text, "r.txt"), "html": (_html, "r.html")}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("close", sorted(CLOSES))
def test_a_joined_surname_under_the_close_signs_the_letter(close: str, fmt: str) -> None:
    from sitroom.read import parse_bytes

    make, name = WRITERS[fmt]
    report = parse_bytes(make(CLOSES[close]), name)[0]
    assert [(s.heading.title(), [i.text for i in s.items]) for s in report.sections] == [
        (h.title(), p) for h, p in SECTIONS
    ]
