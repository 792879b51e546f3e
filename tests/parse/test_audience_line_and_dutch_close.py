"""A line under the title saying whom the page is for ("This page is for council staff. Please do not share
it.") is the masthead's; a Dutch report's close, whom it goes to ("Verspreiding: …", the label set in bold) and
who approved it ("Vastgesteld door: …"), is no section and no item. Two layouts: a Word document and a page.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "Situatierapport hoogwater nr. 2"
AUDIENCE = "This page is for council staff. Please do not share it outside the council."
SECTIONS = {
    "Samenvatting": ["De waterstand op de Waal is 12,40 m +NAP.", "Er zijn geen evacuaties nodig."],
    "Vervolg": ["Het volgende situatierapport verschijnt morgen om 08.00 uur."],
}
CLOSE = [("Verspreiding:", "dijkgraaf, crisisteam, veiligheidsregio"), ("Vastgesteld door:", "beleidsteam waterschap")]


def _word() -> bytes:
    d = docx.Document()
    d.add_heading(TITLE, 0)
    d.add_paragraph(AUDIENCE)
    for heading, points in SECTIONS.items():
        d.add_heading(heading, 1)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    for label, value in CLOSE:
        p = d.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(f" {value}")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    body = f"<h1>{TITLE}</h1><p><i>{AUDIENCE}</i></p>"
    for heading, points in SECTIONS.items():
        body += f"<h2>{heading}</h2><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    body += "".join(f"<p><b>{label}</b> {value}</p>" for label, value in CLOSE)
    return f"<html><body>{body}</body></html>".encode()


@pytest.mark.parametrize(("make", "name"), [(_word, "rapport.docx"), (_html, "rapport.html")])
def test_an_audience_line_and_a_dutch_close_are_no_items(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert report.title == TITLE
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == list(SECTIONS.items())
