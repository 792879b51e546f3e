"""A sitrep sent through a mass notification service: under the report, whom to ask ("Questions: name, post,
phone"), the service's request to answer by one of its links ("Please select a response:" over "1) Confirm
receipt: https://…"), the notification's number and "Sent by …". None of them is a point of the report: they are
left out and counted. Read from the message's plain text (a multipart mail), from its HTML alone, and from the
text pasted into a file."""

from __future__ import annotations

from email.message import EmailMessage
from html import escape

import pytest

from sitroom.read import parse_bytes

TITLE = "Delmar Chemical Fire – Situation Report #3"
SECTIONS = [
    ("Current situation", ["The shelter-in-place order north of Route 9 was lifted at 7 a.m."]),
    ("Shelters", ["402 people stayed overnight at the high school shelter.", "The pet shelter remains open."]),
    ("Next operational period", ["Hand over the site to the state environmental agency."]),
]
CONTACT = "Questions: Ray Hollister, Public Information Officer, (555) 423-9723"
ANSWERS = [("Confirm receipt", "https://na1.notify.example.net/r/0003216?o=1"),
           ("Unable to respond", "https://na1.notify.example.net/r/0003216?o=2")]  # fmt: skip
CLOSE = ["Notification ID: 0003216", "Sent by Notifyr"]


def _plain() -> str:
    lines = [TITLE, ""]
    for heading, points in SECTIONS:
        lines += [heading, *(f"- {p}" for p in points), ""]
    lines += [CONTACT, "", "Please select a response:"]
    lines += [f"{n}) {label}: {url}" for n, (label, url) in enumerate(ANSWERS, start=1)]
    return "\n".join([*lines, "", *CLOSE]) + "\n"


def _html() -> str:
    body = "".join(
        f"<p><strong>{escape(h)}</strong></p><ul>" + "".join(f"<li>{escape(p)}</li>" for p in pts) + "</ul>"
        for h, pts in SECTIONS
    )
    answers = "".join(f'<li><a href="{url}">{label}</a></li>' for label, url in ANSWERS)
    return (
        f"<html><body><table><tr><td><h1>{escape(TITLE)}</h1>{body}<p>{escape(CONTACT)}</p></td></tr>"
        f"<tr><td><p>Please select a response:</p><ol>{answers}</ol><p style='font-size:11px'>{CLOSE[0]}<br>"
        f"{CLOSE[1]}</p></td></tr></table></body></html>"
    )


def _mail(parts: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Harlan Ridge County OEM <noreply@notify.example.net>"
    msg["To"] = "partners@example.org"
    msg["Subject"] = TITLE
    msg["Date"] = "Mon, 01 Jun 2026 09:00:00 -0500"
    if parts == "html":
        msg.set_content(_html(), subtype="html")
    else:
        msg.set_content(_plain())
        msg.add_alternative(_html(), subtype="html")
    return msg.as_bytes()


LAYOUTS = {
    "multipart mail": lambda: (_mail("both"), "n.eml"),
    "html mail": lambda: (_mail("html"), "n.eml"),
    "pasted text": lambda: (_plain().encode(), "n.txt"),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_request_for_a_response_and_the_contact_line_are_no_points(layout: str) -> None:
    data, name = LAYOUTS[layout]()
    report = parse_bytes(data, name)[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading]
    assert got == SECTIONS
    texts = " ".join(i.text for i in report.items())
    assert "Confirm receipt" not in texts and "Notification ID" not in texts and "Sent by" not in texts
    assert any("left out" in w and ("response" in w) for w in report.warnings)
