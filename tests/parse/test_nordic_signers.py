"""The writer's name and post closing a Nordic report, on one line ("Kristina Eriksson kommundirektör,
krisledningsgruppens ordförande"): the municipal director, the chair, the mayor, in Swedish, Norwegian and Danish,
are posts, so the line is the signature, not the last section's point.

Layouts: plain text and Word.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

SIGNERS = [
    "Kristina Eriksson kommundirektör, krisledningsgruppens ordförande",
    "Ola Nordmann ordfører",
    "Anna Berg borgmästare",
    "Lars Holm kommunaldirektør",
]
POINTS = ["Stormen har orsakat elavbrott.", "Fastigheter utan ström: 412."]
NEXT = ["Röjningen av vägarna ska vara klar senast 27.10."]


def _text(signer: str) -> bytes:
    lines = ["Lägesrapport nr 1", "", "1 Sammanfattning", *(f"- {p}" for p in POINTS), ""]
    return "\n".join([*lines, "2 Fortsatt arbete", *(f"- {p}" for p in NEXT), "", signer]).encode()


def _word(signer: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Lägesrapport nr 1", style="Title")
    for name, points in (("1 Sammanfattning", POINTS), ("2 Fortsatt arbete", NEXT)):
        d.add_paragraph(name, style="Heading 1")
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    d.add_paragraph(signer)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("signer", SIGNERS)
def test_the_signer_is_no_point(signer: str, fmt: str) -> None:
    report = parse_bytes(_text(signer) if fmt == "txt" else _word(signer), f"rapport.{fmt}")[0]
    assert [[i.text for i in s.items] for s in report.sections if s.heading] == [POINTS, NEXT]
