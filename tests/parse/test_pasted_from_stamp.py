"""A note-taking app stamps a passage pasted from the web with where it came from ("Pasted from <https://…>"): the
app's stamp, alone on its line, wherever it stands, is no point of the report; the pasted passage is the writer's.
A point that names its source in a sentence stays.

Layouts: a notebook page exported to HTML (the address in angle brackets, as a link), a Word document and plain
text ("Copied from https://…").
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "IV fluid shortage – update 2"
URL = "https://www.example.org/drug-shortages/detail?id=927"
SECTIONS = [
    ("Supply status", ["The supplier has cut allocations to 40% of normal orders.",
                       "The shortage is expected to last until January, as reported by the supplier's site."]),
    ("Next steps", ["Review the conservation measures on 14 October."]),
]  # fmt: skip


def _html(stamp: str) -> bytes:
    (h1, (a, b)), (h2, (c,)) = SECTIONS
    stamp_html = stamp.replace("<", "&lt;").replace(">", "&gt;").replace(URL, f'<a href="{URL}">{URL}</a>')
    body = f"<h2>{h1}</h2><p>{a}</p><p>{b}</p><p>{stamp_html}</p><h2>{h2}</h2><p>{c}</p>"
    return f"<html><body><main><h1>{TITLE}</h1>{body}</main></body></html>".encode()


def _word(stamp: str) -> bytes:
    d = docx.Document()
    d.add_heading(TITLE, 0)
    for n, (heading, points) in enumerate(SECTIONS):
        d.add_heading(heading, 1)
        for p in points:
            d.add_paragraph(p)
        if n == 0:
            d.add_paragraph(stamp)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _text(stamp: str) -> bytes:
    (h1, (a, b)), (h2, (c,)) = SECTIONS
    return f"{TITLE.upper()}\n\n{h1.upper()}\n\n- {a}\n- {b}\n\n{stamp}\n\n{h2.upper()}\n\n- {c}\n".encode()


LAYOUTS = {
    "notebook html": (_html, f"Pasted from <{URL}>", "page.html"),
    "word": (_word, f"Pasted from <{URL}>", "page.docx"),
    "text": (_text, f"Copied from {URL}", "page.txt"),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_pasted_from_stamp_is_no_point(layout: str) -> None:
    make, stamp, name = LAYOUTS[layout]
    report = parse_bytes(make(stamp), name)[0]
    got = [[i.text for i in s.items] for s in report.sections if s.items]
    assert got == [points for _, points in SECTIONS]
    assert any("pasted-from stamp" in w for w in report.warnings), report.warnings
