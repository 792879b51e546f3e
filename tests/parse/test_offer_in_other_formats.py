"""The offer of the report in other formats, wherever it stands ("If you need this briefing in another format,
please contact us." under the title, "This document is available in large print and other formats on request." at
its end), is a note on the publication, not a point; what the report says of other papers ("Translated leaflets are
available in other languages at the rest centre.") is. Layouts: a Markdown page and a Word document."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

POINT = "Translated leaflets are available in other languages at the rest centre."
SECTIONS = [("Summary", ["312 homes have been flooded."]), ("Communications", [POINT])]
OFFERS = [
    "If you need this briefing in another format, please contact us.",
    "This document is available in large print and other formats on request.",
]


def _markdown(offer: str) -> bytes:
    body = "".join(f"## {h}\n\n" + "".join(f"- {p}\n" for p in ps) + "\n" for h, ps in SECTIONS)
    return f"# Flood briefing 2\n\n{body}{offer}\n".encode()


def _word(offer: str) -> bytes:
    d = docx.Document()
    d.add_heading("Flood briefing 2", 0)
    for heading, points in SECTIONS:
        d.add_heading(heading, 1)
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    d.add_paragraph(offer)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.parametrize("offer", OFFERS, ids=["if-you-need", "available-in"])
@pytest.mark.parametrize(("write", "name"), [(_markdown, "b.md"), (_word, "b.docx")], ids=["markdown", "word"])
def test_the_closing_offer_in_other_formats_is_no_point(write, name: str, offer: str) -> None:
    report = parse_bytes(write(offer), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
