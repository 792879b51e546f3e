"""A message received from outside the organisation, its receiver's mail gateway having set its banner over it
("CAUTION: This email originated from outside of …. Do not click links …", perhaps under an "[EXTERNAL]" label and
wrapped over lines): the banner says where the mail came from, not what happened. It is left out and counted, and
the greeting and covering line under it are the letter's as in any mail; the report's points all stay.

Layouts: a plain-text message with the banner on one line, the same with the label on a line of its own and the
note wrapped, and an HTML message with the banner in a coloured table over the letter.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

BANNER = (
    "CAUTION: This email originated from outside of Riverside Hospital. Do not click links or open attachments "
    "unless you recognize the sender and know the content is safe."
)
WRAPPED = [
    "[EXTERNAL]",
    "This message is from an external sender and came from outside the organisation. Be cautious with",
    "links and attachments.",
]
SECTIONS = [
    ("Summary", ["Nine cases of Legionnaires' disease are under investigation."]),
    ("Next steps", ["Sample the remaining cooling towers by Friday.", "Hold the next partner call on July 12."]),
]


def _message(layout: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "epi@county.example", "partners@hospital.example", "Cluster update 2"
    msg["Date"] = "Thu, 09 Jul 2026 15:00:00 -0500"
    letter = ["Good afternoon partners,", "Below is update 2 on the cluster investigation."]
    if layout == "html":
        parts = [
            '<table style="background:#FFEB9C"><tr><td><p><b><span style="color:#9C5700">'
            f"{BANNER}</span></b></p></td></tr></table>",
            *(f"<p>{line}</p>" for line in letter),
        ]
        for heading, items in SECTIONS:
            parts += [f"<p><b><u>{heading}</u></b></p>", "<ul>", *(f"<li>{i}</li>" for i in items), "</ul>"]
        parts += ["<p>Thank you,</p>", "<p>Rachel Okafor</p>", "<p>Epidemiologist</p>"]
        msg.set_content(f"<html><body>{''.join(parts)}</body></html>", subtype="html")
    else:
        lines = [BANNER] if layout == "plain" else WRAPPED
        lines = [*lines, "", letter[0], "", letter[1], ""]
        for heading, items in SECTIONS:
            lines += [heading, *(f"\u00b7\t{i}" for i in items), ""]
        lines += ["Thank you,", "", "Rachel Okafor", "Epidemiologist"]
        msg.set_content("\n".join(lines) + "\n")
    return bytes(msg)


@pytest.mark.parametrize("layout", ["plain", "wrapped", "html"])
def test_the_gateways_banner_over_the_message_is_no_heading_and_no_point(layout: str) -> None:
    report = parse_bytes(_message(layout), "update.eml")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert any("mail gateway banner line(s) left out" in w for w in report.warnings)
