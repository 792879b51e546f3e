"""A message's end marker closes it: "Message ends", and on its line or the lines after it the next
update's time and who passed, sent or logged the message, are the trailer, not items of the last part.

Two layouts: a METHANE message sent as text by a control room (a rule, "Message ends. Next METHANE update
at 0915 …", then "Passed by: … Logged: …" set apart by wide spaces); and a sitrep written in an e-mail's body
("Report ends – next CMT report 1800", "Sent by: Duty officer").
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes, parse_text

SERVICES = ["On scene: 30 ambulances, 2 HART teams and 5 doctors", "Air ambulance on scene and a second requested"]


def _methane(close: list[str]) -> str:
    lines = ["FROM:     AMBULANCE SERVICE EOC", "SUBJECT:  MAJOR INCIDENT – RAIL DERAILMENT", ""]
    lines += ["H – Hazards", "   - Overhead lines may still be live", ""]
    lines += ["E – Emergency services", *(f"   - {t}" for t in SERVICES), "", "-" * 72, *close]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "close",
    [
        ["Message ends. Next METHANE update at 0915 or on significant change.",
         "Passed by: Tactical Commander (Ambulance)   Logged: EOC loggist 0815"],
        ["Message ends. Next METHANE update at 0915 or on significant change. Passed by: Tactical Commander"],
        ["MESSAGE ENDS", "Sent by: Ambulance control"],
    ],
)  # fmt: skip
def test_a_text_messages_close_is_no_item_of_its_last_part(close: list[str]) -> None:
    report = parse_text(_methane(close), "methane.txt")
    last = report.sections[-1]
    assert (last.heading, [i.text for i in last.items]) == ("E – Emergency services", SERVICES)


def test_a_mailed_sitreps_close_is_no_item_of_its_last_section() -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "duty@example.org", "cmt@example.org", "Flood sitrep 4"
    msg["Date"] = "Mon, 04 Mar 2024 09:00:00 +0000"
    msg.set_content(
        "SITUATION\n\n- River at 4.1 m and falling.\n\nNEXT STEPS\n\n- Reopen Mill Lane once it is inspected.\n"
        "- Stand down the rest centre at 1200.\n\nReport ends – next CMT report 1800.\nSent by: Duty officer\n"
    )
    report = parse_bytes(bytes(msg), "sitrep.eml")[0]
    last = report.sections[-1]
    assert [i.text for i in last.items] == [
        "Reopen Mill Lane once it is inspected.",
        "Stand down the rest centre at 1200.",
    ]
