"""Sections counted off in words: "First: Summary", "Second: Response", "Third: Next steps", as a writer numbers the
parts of a plain letter or a form when no list numbers are at hand ("Premièrement :", "Primero:", "Erstens:", the
Arabic "أولاً:" already read so). Each such line over its text is a section's name, with its count as printed, and
its name keys it as "1. Summary" would. "First, we …" opens a sentence and numbers nothing.

Layouts: plain text wrapped at 72 characters and Word, in English, French, Spanish and German.
"""

from __future__ import annotations

import io
import textwrap

import docx
import pytest

from sitroom.read import parse_bytes

SPECS = {
    "en": (["First: Summary", "Second: Response", "Third: Next steps"], ["highlights", "response", "next-steps"]),
    "fr": (["Premièrement : Résumé", "Deuxièmement : Réponse", "Troisièmement : Prochaines étapes"],
           ["highlights", "response", "next-steps"]),
    "es": (["Primero: Resumen", "Segundo: Respuesta", "Tercero: Próximos pasos"],
           ["highlights", "response", "next-steps"]),
    "de": (["Erstens: Zusammenfassung", "Zweitens: Maßnahmen", "Drittens: Nächste Schritte"],
           ["highlights", "response", "next-steps"]),
}  # fmt: skip
POINTS = [
    ["First, the river peaked at 4.2 m overnight and the flood defences held along most of the town, but water came "
     "over the wall at Mill Lane at 03:00.", "Homes flooded: 23."],
    ["Sandbags handed out: 1,200.", "The rest centre at the school opened at 04:00 and took in 31 people from the "
     "streets near the river."],
    ["Review the river levels at 06:00 with the Environment Agency."],
]  # fmt: skip


def _text(names: list[str]) -> bytes:
    lines = ["Northfield Council", "Flood report 2", ""]
    for name, points in zip(names, POINTS, strict=True):
        lines.append(name)
        for p in points:
            lines += textwrap.wrap(p, 72)
        lines.append("")
    return "\n".join(lines).encode()


def _word(names: list[str]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Northfield Council")
    for name, points in zip(names, POINTS, strict=True):
        d.add_paragraph(name)
        for p in points:
            d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("lang", sorted(SPECS))
def test_counted_names_head_their_sections(lang: str, fmt: str) -> None:
    names, keys = SPECS[lang]
    report = parse_bytes(_text(names) if fmt == "txt" else _word(names), f"ordinals-{lang}.{fmt}")[0]
    named = [s for s in report.sections if s.heading]
    assert [(s.heading, s.key) for s in named] == list(zip(names, keys, strict=True))
    assert [[i.text for i in s.items] for s in named] == POINTS
