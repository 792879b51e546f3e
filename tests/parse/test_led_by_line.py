"""A cluster's or a committee's report names under its title who leads the group issuing it ("Co-led by the Ministry
of Education, UNICEF and Save the Children", "Chaired by the Deputy Chief Executive"): the masthead's byline, not a
point. A sentence opening the same way and going on to what happened ("Led by volunteers, the clean-up …") stays.
In Word and as a web page."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "Education Cluster Situation Report No. 2"
SECTIONS = [("Summary", ["132 schools are closed after the cyclone."]), ("Next steps", ["Schools reopen on 3 March."])]
BYLINES = ["Co-led by the Ministry of Education, UNICEF and Save the Children", "Chaired by the Deputy Chief Executive"]


def _word(byline: str) -> tuple[bytes, str]:
    d = docx.Document()
    d.add_heading(TITLE, 0)
    d.add_paragraph(byline)
    for heading, points in SECTIONS:
        d.add_heading(heading, 1)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), "sitrep.docx"


def _page(byline: str) -> tuple[bytes, str]:
    body = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in ps)}</ul>" for h, ps in SECTIONS)
    return f"<html><body><main><h1>{TITLE}</h1><p>{byline}</p>{body}</main></body></html>".encode(), "sitrep.html"


@pytest.mark.parametrize("make", [_word, _page], ids=["word", "page"])
@pytest.mark.parametrize("byline", BYLINES, ids=["co-led", "chaired"])
def test_who_leads_the_group_is_the_byline(byline: str, make) -> None:
    report = parse_bytes(*make(byline))[0]
    assert report.title == TITLE
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == SECTIONS


def test_a_sentence_opening_so_stays() -> None:
    sentence = "Led by volunteers, the clean-up continued all day and 40 homes were cleared of mud."
    report = parse_bytes(*_page(sentence))[0]
    assert sentence in [i.text for i in report.items()]
