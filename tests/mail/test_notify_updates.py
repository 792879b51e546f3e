"""An update sent by a notification service with no greeting: the lines the message says of itself ("This is update 1
on …", "Please share this update with …") open it, and thanks with the sending team's name and the service's
"do not reply" line close it. None is an item.

Sent as plain text and as HTML.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "Summary": ["60 care homes are affected.", "Homes in 8 supply zones have been without mains water since 12 July."],
    "Staffing": ["12 homes report staff unable to travel because of the outage."],
}
OPENING = [
    "This is update 1 on the loss of mains water supply affecting adult social care services.",
    "Please share this update with your registered manager and the person in charge of each shift.",
]
CLOSING = [
    "Thank you for everything you and your staff are doing.",
    "Adult Social Care Commissioning",
    "Hampton Downs County Council",
    "Do not reply to this email with personal information about the people you support.",
]


def _message(html: bool) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Hampton Downs County Council <care.providers@notifications.service.gov.uk>"
    msg["To"] = "manager@carehome.example"
    msg["Subject"] = "Loss of water supply: update 1 for care providers"
    msg["Date"] = "Mon, 14 Jul 2025 15:05:00 +0100"
    if html:
        body = "".join(f"<p>{t}</p>" for t in OPENING)
        body += "".join(
            f"<h2>{h}</h2><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" for h, items in SECTIONS.items()
        )
        body += "".join(f"<p>{t}</p>" for t in CLOSING)
        msg.set_content(f"<html><body>{body}</body></html>", subtype="html")
    else:
        parts = [*OPENING]
        for heading, items in SECTIONS.items():
            parts.append(f"{heading}\n{'-' * 40}\n" + "\n".join(f"•  {i}" for i in items))
        parts += CLOSING
        msg.set_content("\n\n".join(parts))
    return msg.as_bytes()


@pytest.mark.parametrize("html", [False, True], ids=["text", "html"])
def test_the_message_around_the_update_is_no_item(html: bool) -> None:
    report = parse_bytes(_message(html), "update.eml")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS
    assert report.title == "Loss of water supply: update 1 for care providers"
