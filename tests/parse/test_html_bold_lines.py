"""A short bold line standing alone between line breaks, with lines or bullets under it, is a heading
whatever its words; a title band restating the subject is the title; the greeting and the covering line
under it are the letter, not items. Checked on an HTML-only e-mail laid out in nested tables with
``<font>`` and ``<br>``, and on a web page whose sections are bold lines in one paragraph."""

from __future__ import annotations

from email.message import EmailMessage
from html import escape

import pytest

from sitroom.read import parse_bytes

TITLE = "Highways – daily update 3"
# headings no vocabulary knows: the rule must not depend on the words
SECTIONS = [
    ("Update on services", ["Gritting routes were all treated overnight.", "Two depots open longer hours."]),
    ("Met Office forecast", ["Frost is expected on high ground until Friday."]),
    ("Things keeping us awake", ["Salt stocks fall below 40% by the weekend.", "Driver sickness is rising."]),
]


def _sections_html(sep: str) -> str:
    out = []
    for heading, items in SECTIONS:
        lines = [f"<b>{escape(heading)}</b>"] + [f"&bull;&nbsp;{escape(t)}" for t in items]
        out.append(f"<br>{sep}".join(lines) + f"<br><br>{sep}")
    return "".join(out)


def _email() -> tuple[bytes, str]:
    body = (
        "<html><body><table width='100%' bgcolor='#EEEEEE'><tr><td><table width='600' cellpadding='10'>"
        f"<tr><td bgcolor='#003366'><font size='4' color='#FFFFFF'><b>{escape(TITLE)}</b></font></td></tr>"
        "<tr><td><font face='Arial'>\nDear colleagues,<br><br>\n"
        "Please see below the highways update for today.<br><br>\n"
        + _sections_html("\n")
        + "Kind regards,<br><br><b>Jo Bloggs</b><br>Network Manager<br>T: 01632 960 000"
        "</font></td></tr></table></td></tr></table></body></html>"
    )
    msg = EmailMessage()
    msg["From"] = "Jo Bloggs <jo@example.org>"
    msg["To"] = "cell@example.org"
    msg["Subject"] = TITLE
    msg["Date"] = "Mon, 07 Dec 2026 09:30:00 +0000"
    msg.set_content(body, subtype="html")
    return bytes(msg), "update.eml"


def _page() -> tuple[bytes, str]:
    html = (
        f"<!doctype html><html><head><title>{escape(TITLE)}</title></head><body><main>"
        f"<h1>{escape(TITLE)}</h1><p>{_sections_html('')}</p></main></body></html>"
    )
    return html.encode(), "update.html"


LAYOUTS = {"email-nested-tables": _email, "web-page": _page}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_bold_lines_between_breaks_are_headings(layout: str) -> None:
    data, name = LAYOUTS[layout]()
    report = parse_bytes(data, name)[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections]
    assert got == [(h, items) for h, items in SECTIONS]
    assert report.title == TITLE


def test_greeting_covering_line_and_signature_are_left_out() -> None:
    data, name = _email()
    report = parse_bytes(data, name)[0]
    texts = [i.text for i in report.items()]
    assert not any(t.startswith(("Dear", "Please see", "Kind regards", "Jo Bloggs")) for t in texts)
    assert any("greeting" in w for w in report.warnings)
    assert any("covering line" in w for w in report.warnings)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_bold_line_over_a_short_line_is_no_heading(layout: str) -> None:
    # a bold name over a job title heads no content: it stays text
    data, name = LAYOUTS[layout]()
    html_extra = "<p><b>Jo Bloggs</b><br>Network Manager</p>"
    data = data.replace(b"</main>", html_extra.encode() + b"</main>") if layout == "web-page" else data
    report = parse_bytes(data, name)[0]
    assert "Jo Bloggs" not in [s.heading for s in report.sections]
