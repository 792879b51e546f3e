"""A general message form sent by radio e-mail (an ICS 213 from a radio e-mail program): the form's name over its
numbered header fields ("1. Incident Name (Optional): …", "2. To (Name and Position): …", "4. Subject: …", "5. Date:
…", "7. Message:"), the message under them, "8. Approved by: …" after it and the sending program's stamp
("Express Sending Station: …", "Express Version: …"). The fields are the masthead (the subject names the report),
the approval and the stamp close it; the message's sections and points are the report. As the mail's plain text and
as the text saved to a file."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("SUMMARY", ["A magnitude 7.1 earthquake struck the borough on Nov 14."]),
    ("CURRENT SITUATION", ["The borough disaster declaration remains in effect."]),
    ("STAFFING", ["34 people are working in the EOC across two shifts."]),
    ("NEXT 24 HOURS", ["Open a disaster recovery center with FEMA and the state."]),
]


def _body() -> str:
    lines = ["GENERAL MESSAGE (ICS 213)", "", "1. Incident Name (Optional): Chugach Bay Earthquake",
             "2. To (Name and Position): Planning Section Chief, Alaska SEOC",
             "3. From (Name and Position): Jim Kowalczyk, Planning Section Chief, Chugach Bay Borough EOC",
             "4. Subject: Situation Report #3", "5. Date: 2026-11-16", "6. Time: 0800 AKST", "",
             "7. Message:"]  # fmt: skip
    for heading, points in SECTIONS:
        lines += [heading, *(f"- {p}" for p in points), ""]
    lines += ["8. Approved by: Name: Sarah Tillman  Signature: [NO SIGNATURE]  Position/Title: EOC Manager", "", "",
              "----------", "Express Sending Station: KL7QZB", "Express Version: 1.7.21.0",
              "Express Template Version: ICS213 Initial v.2.6"]  # fmt: skip
    return "\n".join(lines) + "\n"


def _mail() -> bytes:
    msg = EmailMessage()
    msg["From"] = "KL7QZB@winlink.org"
    msg["To"] = "seoc.planning@example.org"
    msg["Subject"] = "//WL2K R/ ICS 213 Situation Report #3 Chugach Bay Borough EOC"
    msg["Date"] = "Mon, 16 Nov 2026 17:45:00 +0000"
    msg.set_content(_body())
    return msg.as_bytes()


@pytest.mark.parametrize("make,name", [(_mail, "m.eml"), (lambda: _body().encode(), "m.txt")])
def test_the_form_frames_the_message(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == SECTIONS
    assert report.number == 3
