"""A help desk's reply on a ticket, carrying a sitrep: under the last point, the writer's name, post, office and
phone with no sign-off word over them, then the help desk's closing template ("We hope this response has
sufficiently answered your questions …") over the desk's name and phone. None of it is a point of the report: the
template and the lines naming the desk are the service's, the name and post the writer's signature.

Layouts: a plain-text reply with a line of dashes over the template, one without the dashes and with another
wording of the template, and one with the template but no lines naming the desk under it.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("SUMMARY", ["5 campus buildings are back on heat.",
                 "The central heating plant lost both steam boilers early on January 23."]),
    ("CURRENT STATUS", ["One boiler is running at reduced pressure while the second is repaired.",
                        "19 buildings are still below 60 degrees."]),
    ("NEXT STEPS", ["Review of the outage with the campus emergency management team on January 30.",
                    "Return the second boiler to service by January 30."]),
]  # fmt: skip
SIGNATURES = {
    "director": "Jordan Miller\nAssistant Director, Utilities and Energy\nFacilities Management\n(307) 555-6200",
    "supervisor": "Scott Berg\nEnergy Management Supervisor\nState University Facilities Management\n(218) 555-8262",
}
TEMPLATES = {
    "dashes": ("-" * 64 + "\nWe hope this response has sufficiently answered your questions. If not, please do not "
               "send another email. Instead, reply to this email or login to your account for a complete archive of "
               "all your support requests and responses.\n\nFacilities Service Center\nState University | "
               "(307) 555-6200\n\nTicket Details: https://desk.example.edu/view.php?t=288171"),
    "other wording": ("We trust this reply resolved your request. To add to it, reply above the line in this email."
                      "\n\nIT Service Desk\nservicedesk@example.edu"),
    "no desk lines": "We hope this response has answered your questions. If not, reply to this email.",
}  # fmt: skip


def _reply(template: str, signature: str) -> bytes:
    body = "\n\n".join(f"{name}\n\n" + "\n".join(f"- {p}" for p in points) for name, points in SECTIONS)
    opening = "-- reply above this line --\n\nKaren,\n\nHere is update 1 on the outage."
    text = f"{opening}\n\n{body}\n\n{SIGNATURES[signature]}\n\n"
    msg = EmailMessage()
    msg["Subject"] = "[#288171] Heating plant outage – update 1"
    msg["From"], msg["To"] = "Facilities Service Center <fsc@example.edu>", "karen@example.edu"
    msg["Date"] = "Mon, 26 Jan 2026 09:00:00 -0700"
    msg.set_content(text + TEMPLATES[template] + "\n")
    return bytes(msg)


@pytest.mark.parametrize("signature", SIGNATURES)
@pytest.mark.parametrize("template", TEMPLATES)
def test_the_signature_and_the_desks_template_are_no_points(template: str, signature: str) -> None:
    report = parse_bytes(_reply(template, signature), "reply.eml")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    assert got == SECTIONS
    assert any("signature" in w for w in report.warnings), report.warnings
