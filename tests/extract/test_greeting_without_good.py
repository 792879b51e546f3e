"""A greeting without its "good" ("Morning all,", "Afternoon everyone") opens a message as "Good morning" does,
and so does "Good day Colleagues,";
a heading that names a part of the day ("Morning briefing", "Evening") is no greeting. Generated as an e-mail
with a plain-text body and with an HTML body."""

from __future__ import annotations

from email.message import EmailMessage
from html import escape

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "Morning briefing": ["Gritters out on all priority routes from 04:00."],
    "Evening": ["Second run planned for 19:00."],
}


def _eml(greeting: str, subtype: str) -> bytes:
    if subtype == "plain":
        lines = [greeting, "", "Today's sitrep is below.", ""]
        for heading, items in SECTIONS.items():
            lines += [heading.upper(), *(f"- {i}" for i in items), ""]
        body = "\n".join(lines)
    else:
        parts = [f"<p>{escape(greeting)}</p>", "<p>Today's sitrep is below.</p>"]
        for heading, items in SECTIONS.items():
            parts += [f"<p><b>{escape(heading)}</b></p>", "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items)]
            parts.append("</ul>")
        body = "<html><body>" + "".join(parts) + "</body></html>"
    msg = EmailMessage()
    msg["From"] = "Highways Duty <duty@example.org>"
    msg["To"] = "partners@example.org"
    msg["Subject"] = "Winter service sitrep 5"
    msg["Date"] = "Tue, 14 Jan 2025 07:30:00 +0000"
    msg.set_content(body, subtype=subtype)
    return msg.as_bytes()


@pytest.mark.parametrize("subtype", ["plain", "html"])
@pytest.mark.parametrize("greeting", ["Morning all,", "Afternoon everyone", "Evening team!", "Good day Colleagues,"])
def test_a_greeting_without_good_is_left_out(greeting: str, subtype: str) -> None:
    report = parse_bytes(_eml(greeting, subtype), "sitrep.eml")[0]
    assert [s.heading.lower() for s in report.sections] == [h.lower() for h in SECTIONS]
    assert [[i.text for i in s.items] for s in report.sections] == list(SECTIONS.values())
