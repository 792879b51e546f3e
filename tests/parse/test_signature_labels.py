"""A signature's label in more languages ("Sa hannu:", "Sahihi:", "Tandatangan:", "İmza:") opens the close of
the report: the label and the signer's name and post under it are no points. Layouts: plain text and Word."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

POINTS = ["Roads closed: 14.", "Families displaced: 733."]


def _lines(label: str) -> list[str]:
    return ["Flood situation report No. 2", "Summary", *POINTS, label, "Dr. Amina Bello, Executive Secretary, SEMA"]


def _txt(label: str) -> bytes:
    lines = _lines(label)
    return (
        "\n\n".join(lines[:2]) + "\n" + "\n".join(f"- {p}" for p in POINTS) + "\n\n" + "\n".join(lines[4:])
    ).encode()


def _docx(label: str) -> bytes:
    d = docx.Document()
    d.add_heading("Flood situation report No. 2", 0)
    d.add_heading("Summary", 1)
    for p in POINTS:
        d.add_paragraph(p, style="List Bullet")
    for line in _lines(label)[4:]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("label", ["Sa hannu:", "Sahihi:", "Tandatangan:", "İmza:"])
@pytest.mark.parametrize(("make", "name"), [(_txt, "report.txt"), (_docx, "report.docx")], ids=["txt", "docx"])
def test_the_signature_is_no_point(label: str, make, name: str) -> None:
    report = parse_bytes(make(label), name)[0]
    assert [i.text for s in report.sections for i in s.items] == POINTS
