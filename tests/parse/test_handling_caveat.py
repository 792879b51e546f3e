"""A caveat over the report on how far it may go, after what it is and with no "please" ("Major incident – do not
forward outside the IMT.", "OFFICIAL-SENSITIVE: do not circulate beyond Gold.") is the masthead's, no item; a point
telling staff not to share something ("Do not share personal data with partners.") stays a point. So does the
caveat after whom the report was shared with ("Shared with … partners. Please do not forward …"), over the report
or closing it. In an HTML info panel, a Word paragraph and Markdown."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "Ransomware incident – sitrep 3"
SECTIONS = [
    ("Summary", ["Core services remain available through manual workarounds."]),
    ("Advice to staff", ["Do not share personal data with partners.", "Report any suspicious e-mail to the desk."]),
]


def _html(caveat: str) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{p}</li>" for p in pts) + "</ul>" for h, pts in SECTIONS)
    panel = f'<div class="panel" data-panel-type="info"><p>{caveat}</p></div>'
    return f"<html><body><main><h1>{TITLE}</h1>{panel}{body}</main></body></html>".encode()


def _docx(caveat: str) -> bytes:
    d = docx.Document()
    d.add_heading(TITLE, 0)
    d.add_paragraph(caveat)
    for h, pts in SECTIONS:
        d.add_heading(h, 1)
        for p in pts:
            d.add_paragraph(p, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _markdown(caveat: str) -> bytes:
    body = "".join(f"\n## {h}\n\n" + "".join(f"- {p}\n" for p in pts) for h, pts in SECTIONS)
    return f"# {TITLE}\n\n> {caveat}\n{body}".encode()


SHARED = "Shared with the incident management team and partners. Please do not forward outside the organisation."


@pytest.mark.parametrize("caveat", ["Major incident – do not forward outside the IMT.",
                                    "OFFICIAL-SENSITIVE: do not circulate beyond Gold.", SHARED])  # fmt: skip
@pytest.mark.parametrize(("make", "name"), [(_html, "r.html"), (_docx, "r.docx"), (_markdown, "r.md")])
def test_a_caveat_on_how_far_the_report_goes_is_no_item(make, name: str, caveat: str) -> None:
    report = parse_bytes(make(caveat), name)[0]
    assert report.title == TITLE
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS


@pytest.mark.parametrize("name", ["r.html", "r.docx", "r.md"])
def test_the_caveat_closing_the_report_is_no_item(name: str) -> None:
    last = SECTIONS[-1]
    closed = [*SECTIONS[:-1], (last[0], [*last[1], SHARED])]
    make = {"r.html": _html_closed, "r.docx": _docx_closed, "r.md": _markdown_closed}[name]
    report = parse_bytes(make(closed), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS


def _html_closed(sections: list) -> bytes:
    *head, (h, pts) = sections
    body = "".join(f"<h2>{a}</h2><ul>" + "".join(f"<li>{p}</li>" for p in b) + "</ul>" for a, b in head)
    body += f"<h2>{h}</h2><ul>" + "".join(f"<li>{p}</li>" for p in pts[:-1]) + f"</ul><p><em>{pts[-1]}</em></p>"
    return f"<html><body><main><h1>{TITLE}</h1>{body}</main></body></html>".encode()


def _docx_closed(sections: list) -> bytes:
    d = docx.Document()
    d.add_heading(TITLE, 0)
    for h, pts in sections:
        d.add_heading(h, 1)
        for p in pts:
            d.add_paragraph(p, style=None if p == SHARED else "List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _markdown_closed(sections: list) -> bytes:
    body = "".join(f"\n## {h}\n\n" + "".join(f"- {p}\n" for p in pts if p != SHARED) for h, pts in sections)
    return f"# {TITLE}\n{body}\n*{SHARED}*\n".encode()
