"""An update sent from a mailing service: short banner lines over the letter (the browser link, the sender's
name, a photograph's caption, a panel's title), then "Dear stakeholder," and the covering line, the report
under its headings, and the writer's thanks over "Yours sincerely," and the signature. The banner, the
greeting, the covering line, the thanks and the signature are the letter around the report, left out and
counted; the report's points all stay.

Two layouts: the message's HTML part as a mailing service writes it, and a plain-text message.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

BANNER = ["View this email in your browser", "Stakeholder Update", "Engineers at the cutting, 25 November."]
GREETING = "Dear stakeholder,"
COVERING = "Here is our latest update on the landslip. Please feel free to share it with your members."
SECTIONS = [
    ("The latest", ["The line between Ashby Vale and Kelbrook remains closed.", "We expect to reopen on 9 December."]),
    ("Replacement buses", ["38 coaches are in service on the replacement route."]),
]
THANKS = "Thank you for your patience while we repair the railway."
SIGNATURE = ["Yours sincerely,", "Sarah Whitfield", "Route Director"]


def _message(html: bool) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "news@rail.example", "partners@example.org", "Stakeholder update 3"
    msg["Date"] = "Mon, 25 Nov 2024 09:00:00 +0000"
    if html:
        parts = [f"<p>{line}</p>" for line in [*BANNER, GREETING, COVERING]]
        for heading, items in SECTIONS:
            parts += [f"<h2>{heading}</h2>", *(f"<p>{i}</p>" for i in items)]
        parts += [f"<p>{line}</p>" for line in [THANKS, *SIGNATURE]]
        msg.set_content(f"<html><body><table><tr><td>{''.join(parts)}</td></tr></table></body></html>", "html")
    else:
        lines = [*BANNER, "", GREETING, "", COVERING, ""]
        for heading, items in SECTIONS:
            lines += [heading.upper(), "", *(f"- {i}" for i in items), ""]
        lines += [THANKS, "", *SIGNATURE]
        msg.set_content("\n".join(lines) + "\n")
    return bytes(msg)


@pytest.mark.parametrize("html", [True, False], ids=["html-part", "plain-text"])
def test_the_banner_over_the_greeting_and_the_thanks_over_the_sign_off_are_the_letter(html: bool) -> None:
    report = parse_bytes(_message(html), "update.eml")[0]
    assert [[i.text for i in s.items] for s in report.sections] == [items for _, items in SECTIONS]
    assert [s.heading.lower() for s in report.sections if s.heading] == [h.lower() for h, _ in SECTIONS]
    warnings = " ".join(report.warnings)
    assert "3 banner line over the greeting(s) left out" in warnings
    assert "4 sign-off and signature line(s) left out" in warnings
