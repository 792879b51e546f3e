"""Layouts no reading rule was first written for (see benchmarks/unseen_layouts.py), generated here and
asserted on the parsed structure: bullet-only web pages, rating columns, headings that frame a topic."""

from __future__ import annotations

import io

import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes

ACTIVITY = [
    "Face to face visits continue for children assessed as being at highest risk.",
    "Virtual child protection conferences are now routine, with families joining by telephone.",
]
FINANCE = ["Additional expenditure so far is £154,000, mostly placements and agency staff."]
LINKS = ("Home", "Council services", "Coronavirus updates", "Adult social care", "Council tax", "Contact us")


def _parse(data: bytes, name: str) -> Report:
    return parse_bytes(data, name)[0]


def _headings(report: Report) -> list[str]:
    return [s.heading for s in report.sections if s.heading]


def _docx(build) -> bytes:
    from docx import Document

    d = Document()
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- web pages of bullets only


def _div_page() -> str:
    nav = "".join(f"<li><a href='/{n}'>{t}</a></li>" for n, t in enumerate(LINKS))
    return (
        "<!doctype html><html><head><title>Children's services update 2</title></head><body>"
        f"<div class='wrapper'><div class='left'><ul>{nav}</ul></div><div class='content'>"
        "<h1>Children's services update 2</h1>"
        f"<h3>Service update</h3><ul>{''.join(f'<li>{t}</li>' for t in ACTIVITY)}</ul>"
        f"<h3>Finance</h3><ul>{''.join(f'<li>{t}</li>' for t in FINANCE)}</ul></div>"
        "<div class='bottom'><p>Northfield Council, Civic Centre, Market Street, Northfield NF1 2AB</p>"
        "<p>© Northfield Council 2020</p></div></div></body></html>"
    )


def _section_page() -> str:
    related = "".join(f"<li><a href='/r{n}'>{t}</a></li>" for n, t in enumerate(LINKS))
    return (
        "<!doctype html><html><head><title>Children's services update 2</title></head><body>"
        "<h1>Children's services update 2</h1>"
        f"<section id='updates'><h2>Service update</h2><ol>{''.join(f'<li>{t}</li>' for t in ACTIVITY)}</ol>"
        f"<h2>Finance</h2><ol>{''.join(f'<li>{t}</li>' for t in FINANCE)}</ol></section>"
        f"<div id='related'><h4>Related pages</h4><ul>{related}</ul></div>"
        "<div id='foot'><p>Telephone the contact centre on 01632 960 000 between 9am and 5pm.</p></div>"
        "</body></html>"
    )


@pytest.mark.parametrize("page", [_div_page, _section_page])
def test_a_web_return_of_bullets_only_is_read_from_its_lists_not_from_the_footer_paragraphs(page) -> None:
    report = _parse(page().encode(), "update.html")
    assert _headings(report) == ["Service update", "Finance"]
    assert [i.text for i in report.items()] == ACTIVITY + FINANCE
