"""A series' standing paragraph at the top of each report ("This is our regular update on … We publish a new
one every three days") is the report describing itself, like the notice of when a page is updated: the
masthead, not an item and never the title. In Markdown with front matter, HTML and Word. A paragraph that
names the update and then says what happened stays an item, and so does one saying what it gives in figures."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "Drought update 4: water resources"
SECTIONS = [
    ("Summary", ["The reservoirs are at 40% of capacity.", "Two lock flights are closed."]),
    ("Risks", ["Further hot weather is forecast for the weekend."]),
]
STANDING = {
    "regular update": "This is our regular update on water resources and navigation during the drought across our"
    " network. We publish a new one every three days while the restrictions last.",
    "weekly bulletin": "This is the weekly bulletin of the recovery cell for partners and members. It is issued"
    " every Monday until the recovery ends.",
    "with whom to ask": "This is our update on the response to the outbreak in the county. It is updated each"
    " weekday; contact the duty officer with questions.",
    "whom it tells": "This notice updates port users, shipping lines and hauliers on the effect of the storm on"
    " operations. Please share it with your drivers and planners.",
    "whom it informs": "This briefing informs partners and elected members of the council's response to the flooding.",
    "where to follow": "This page is updated every second day while the incident is open. Members can follow the"
    " incident on the status page or the operations mailing list.",
    "its number in the series": "This is update 3 on the cooling failure at the data centre. We will post the next"
    " one tomorrow by 11:00.",
    "how to use it": "This page is updated every week while the outbreak lasts. Select a heading to show or hide its"
    " section.",
}


def _markdown(lead: str) -> bytes:
    body = "".join(f"\n## {h}\n\n" + "".join(f"- {t}\n" for t in items) for h, items in SECTIONS)
    return f'---\ntitle: "{TITLE}"\ndate: 2025-07-07\n---\n\n{lead}\n{body}'.encode()


def _html(lead: str) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{t}</li>" for t in it) + "</ul>" for h, it in SECTIONS)
    return f"<html><body><main><h1>{TITLE}</h1><p>{lead}</p>{body}</main></body></html>".encode()


def _docx(lead: str) -> bytes:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph(lead)
    for h, items in SECTIONS:
        d.add_heading(h, 1)
        for t in items:
            d.add_paragraph(t, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


LAYOUTS = {"markdown": (_markdown, "r.md"), "html": (_html, "r.html"), "word": (_docx, "r.docx")}


@pytest.mark.parametrize("lead", list(STANDING))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_standing_paragraph_is_no_item_and_no_title(layout: str, lead: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(STANDING[lead]), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert report.title == TITLE
    assert any("under the title" in w for w in report.warnings)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_paragraph_naming_the_update_then_saying_what_happened_stays(layout: str) -> None:
    make, name = LAYOUTS[layout]
    lead = "This is our third update on the drought. Two more reservoirs fell below half their capacity."
    report = parse_bytes(make(lead), name)[0]
    assert lead in [i.text for i in report.items()]
    assert report.title == TITLE
    lead = "This is update 3 on the drought. 12 reservoirs are below half their capacity."
    report = parse_bytes(make(lead), name)[0]
    assert lead in [i.text for i in report.items()]
    lead = "This update gives the levels of 12 reservoirs, all below half their capacity."
    report = parse_bytes(make(lead), name)[0]
    assert lead in [i.text for i in report.items()]
    assert report.title == TITLE
    lead = "Crews continue to respond to 12 grass fires on the moor. This page is updated every afternoon."
    report = parse_bytes(make(lead), name)[0]
    assert lead in [i.text for i in report.items()]
    assert report.title == TITLE
