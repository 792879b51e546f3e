"""A newsletter's thanks for reading closing it ("Thanks for reading!", "Gracias por leer y por apoyar.", "Merci de
nous lire", "Obrigado por ler") is the writer speaking to the reader, not a point of the last section. Layouts: a
web page and a Word document."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = [("Next steps", ["Community meeting at the court on 26 September."])]
THANKS = [
    "Thanks for reading! Please share this update with a neighbour.",
    "Gracias por leer y por apoyar. Si puedes, comparte esta actualización.",
    "Merci de nous lire et de partager.",
    "Obrigado por ler esta atualização.",
]


def _page(thanks: str) -> bytes:
    return (
        "<html><body><main><h1>Update 3</h1><h2>Next steps</h2><ul><li>Community meeting at the court on 26 "
        f"September.</li></ul><p>{thanks}</p></main></body></html>"
    ).encode()


def _word(thanks: str) -> bytes:
    d = docx.Document()
    d.add_heading("Update 3", 0)
    d.add_heading("Next steps", 1)
    d.add_paragraph("Community meeting at the court on 26 September.", style="List Bullet")
    d.add_paragraph(thanks)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.parametrize("thanks", THANKS)
@pytest.mark.parametrize(("write", "name"), [(_page, "u.html"), (_word, "u.docx")], ids=["page", "word"])
def test_the_thanks_for_reading_is_no_point(write, name: str, thanks: str) -> None:
    report = parse_bytes(write(thanks), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
