"""A report written in a word processor and exported as a web page: every run styled by a class of the page's
own style sheet, no ``<b>`` and no ``<h2>``. A paragraph in a class the sheet sets in bold heads the points
under it; the paragraph in the Title style names the report and the running header over it is the page's;
the Subtitle paragraph dates it; a status table written with one paragraph to a cell, its header in plain
type, is a board to look up, not points; a reviewer's comment linked back to its mark is a note, and the close
(who issued it, the next update, how to reach the press office) no point. Headings that keep an eye on
something are risks, closures impacts.

Two layouts: a Google Docs export (``.c3{font-weight:700}``, ``class="title"``) and a Word "Save as web page"
(``span.Heading{font-weight:bold}``, ``class=MsoTitle``).
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

TITLE = "Moorland Fire Update"
SECTIONS = {
    "Summary": ["No homes or farms are under threat at present.", "The fire is contained on its eastern flank."],
    "Access and closures": ["The car park at Harrow Edge remains closed."],
    "Things we're keeping an eye on": ["Hot spots remain in the deep peat."],
}
BOARD = [
    ("Route or site", "Status", "Notes"),
    ("Harrow Edge car park", "Closed", "–"),
    ("Greave Clough bridleway", "Closed", "Diversion via Hey Moss"),
    ("Stanage Lane", "Open", "Fire service vehicles only"),
]
LAYOUTS = {
    "gdocs": {
        "style": ".c1{font-weight:400;font-size:11pt}.c3{color:#38761d;font-weight:700;font-size:14pt}",
        "title": 'class="c4 title"',
        "subtitle": 'class="c4 subtitle"',
        "head": "c3",
        "text": "c1",
    },
    "word": {
        "style": "p.MsoNormal{font-size:11pt} span.Heading, span.Lead{font-weight:bold;font-size:13pt}",
        "title": "class=MsoTitle",
        "subtitle": "class=MsoSubtitle",
        "head": "Heading",
        "text": "Plain",
    },
}


_MARKED = "Hot spots remain in the deep peat."
_MARK = '<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup>'


def _html(layout: str) -> bytes:
    spec = LAYOUTS[layout]
    out = [f"<html><head><style>{spec['style']}</style></head><body>"]
    out.append(
        f'<div><p style="text-align:right"><span class="{spec["text"]}">High Moors Park – {TITLE}</span></p></div>'
    )
    out.append(f"<p {spec['title']}><span>{TITLE}</span></p>")
    out.append(f"<p {spec['subtitle']}><span>Update 3 – Monday 14 April 2025, 16:00</span></p>")
    for heading, items in SECTIONS.items():
        out.append(f'<p><span class="{spec["head"]}">{heading}</span></p><ul>')
        out += [f'<li><span class="{spec["text"]}">{t}</span>{_MARK if t == _MARKED else ""}</li>' for t in items]
        out.append("</ul>")
        if heading == "Access and closures":
            rows = "".join(
                "<tr>" + "".join(f'<td><p><span class="{spec["text"]}">{c}</span></p></td>' for c in row) + "</tr>"
                for row in BOARD
            )
            out.append(f"<table>{rows}</table>")
    # the close: who issued it and when the next comes, how to reach the press office, and a reviewer's
    # comment exported at the end, linked back to its mark in the text
    out.append(f'<p><span class="{spec["text"]}">Issued by the Duty Ranger, High Moors Park. Next update: ')
    out.append(f'</span><span class="{spec["text"]}">Tuesday 15 April at 16:00.</span></p>')
    out.append(f'<p><span class="{spec["text"]}">Media enquiries: press@moors.example.org | Ranger service: ')
    out.append("01629 000 000</span></p>")
    out.append('<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Can we check the hectares first?</span></p></div>')
    out.append("</body></html>")
    return "".join(out).encode()


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_word_processor_export_is_read_as_it_shows(layout: str) -> None:
    report = parse_bytes(_html(layout), f"update-{layout}.html")[0]
    assert report.title == TITLE
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS
    assert report.tables  # the status board is counted, its cells no points
    keys = [s.key for s in report.sections]
    assert keys == ["highlights", "impacts", "risks"]
