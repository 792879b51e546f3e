"""A page's own contents list without page numbers ("On this page" over the headings still to come, word
for word) is navigation: left out with its title, and counted. A list whose entries only resemble the
headings stays.

Two layouts: a council's web page (``<h2>`` headings, the list as links) and the same page saved to Word.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

HEADINGS = ["Current situation", "Areas at risk", "What happens next"]
POINTS = ["River levels are falling at all gauges.", "Low-lying roads by the Ouse.", "Clean-up starts on Monday."]


def _html(entries: list[str]) -> bytes:
    nav = "".join(f'<li><a href="#s{n}">{e}</a></li>' for n, e in enumerate(entries))
    pairs = enumerate(zip(HEADINGS, POINTS, strict=True))
    body = "".join(f"<h2 id='s{n}'>{h}</h2><ul><li>{p}</li></ul>" for n, (h, p) in pairs)
    page = f"<h1>Flooding: latest</h1><h2>On this page</h2><ul>{nav}</ul>{body}"
    return f"<html><body><main>{page}</main></body></html>".encode()


def _word(entries: list[str]) -> bytes:
    d = docx.Document()
    d.add_heading("Flooding: latest", level=1)
    d.add_heading("On this page", level=2)
    for e in entries:
        d.add_paragraph(e, style="List Bullet")
    for h, p in zip(HEADINGS, POINTS, strict=True):
        d.add_heading(h, level=2)
        d.add_paragraph(p, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("write,name", [(_html, "page.html"), (_word, "page.docx")])
def test_an_on_this_page_list_is_left_out(write, name) -> None:
    report = parse_bytes(write(HEADINGS), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == [
        (h, [p]) for h, p in zip(HEADINGS, POINTS, strict=True)
    ]
    assert "On this page" not in [s.heading for s in report.sections]


@pytest.mark.parametrize("write,name", [(_html, "page.html"), (_word, "page.docx")])
def test_entries_that_only_resemble_the_headings_stay(write, name) -> None:
    entries = ["The current situation is calm", "Some areas at risk remain"]
    report = parse_bytes(write(entries), name)[0]
    kept = [i.text for s in report.sections for i in s.items]
    assert kept[:2] == entries
