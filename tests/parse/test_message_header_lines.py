"""A signal message's header fields, each on its own line however long ("TO: COUNTER POLLUTION AND SALVAGE
BRANCH, SOSREP, ENVIRONMENT GROUP", "INFO: …"), are its masthead, one field a line: they are not joined into a
paragraph as wrapped lines are, and the subject names the report. As plain text and as an e-mail body."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

HEADER = [
    "UNCLASSIFIED",
    "",
    "FROM:  MRCC KILBRANNAN",
    "TO:    COUNTER POLLUTION AND SALVAGE BRANCH, SOSREP, ENVIRONMENT GROUP, REGIONAL OFFICE",
    "INFO:  HARBOUR AUTHORITY, LOCAL AUTHORITY EMERGENCY PLANNING, NATURE AGENCY, FISHERIES",
    "SUBJ:  SITREP 001 - OIL POLLUTION - NORDIC GRACE AGROUND CARRICK SHOAL",
    "DTG:   020700Z OCT 24",
]
BODY = ["", "A. SITUATION", "1. An estimated 311 tonnes of crude oil have been lost.", "", "B. RISKS"]
BODY += ["1. Oil reaching the seabird colonies. Countermeasures: deflection boom laid off the cliffs."]


def _bodies() -> list[tuple[str, bytes]]:
    text = "\n".join(HEADER + BODY) + "\n"
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "ops@example.org", "sitrep@example.org", "SITREP 001"
    msg["Date"] = "Wed, 02 Oct 2024 07:12:00 +0000"
    msg.set_content(text)
    return [("sitrep.txt", text.encode()), ("sitrep.eml", bytes(msg))]


@pytest.mark.parametrize(("name", "data"), _bodies())
def test_header_fields_are_the_masthead_one_line_each(name: str, data: bytes) -> None:
    report = parse_bytes(data, name)[0]
    assert [s.heading for s in report.sections] == ["A. SITUATION", "B. RISKS"]
    assert "SITREP 001 - OIL POLLUTION" in (report.title or "")
    assert not any("INFO:" in i.text for i in report.items())


# a formatted signal without colons: its lettered references under the subject, "BT" around its text
SIGNAL = ["PRIORITY", "FM STATION LEADER ROTHERA", "TO OPERATIONS CAMBRIDGE", "DTG 162130Z JUN 26",
          "SUBJ ROTHERA SITREP 02 - POWER HOUSE FIRE", "REF A. ROTHERA SITREP 01 DTG 152130Z JUN 26",
          "REF B. OPERATIONS SIGNAL 0412 DTG 151800Z JUN 26", "BT", "", "1. SUMMARY",
          "   A. All 22 wintering personnel are safe and accounted for.", "", "2. INTENTIONS",
          "   A. Next sitrep at 172130Z.", "", "BT", "NNNN"]  # fmt: skip


@pytest.mark.parametrize("name", ["signal.txt", "signal.eml"])
def test_a_signals_references_and_breaks_are_no_points(name: str) -> None:
    text = "\n".join(SIGNAL) + "\n"
    if name.endswith(".eml"):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = "rothera@example.org", "ops@example.org", "SITREP 02"
        msg["Date"] = "Tue, 16 Jun 2026 21:30:00 +0000"
        msg.set_content(text)
        data = bytes(msg)
    else:
        data = text.encode()
    report = parse_bytes(data, name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [
        ("1. SUMMARY", ["All 22 wintering personnel are safe and accounted for."]),
        ("2. INTENTIONS", ["Next sitrep at 172130Z."]),
    ]
