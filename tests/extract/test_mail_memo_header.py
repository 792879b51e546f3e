"""A memorandum typed into a mail's body opens with its own header: whom it goes to first ("FOR : …", "TO : …", "THRU :
…"), then who sends it, the subject and the date. That header is the memo's, not a quoted older message's, so the report
under it is read whole; under it, the note that it is "For the information of" its addressee and the signer close it. A
quoted message's header (who sent it first) under a reply is still left out. Checked with the labels padded to line up
their colons and without, and with "FOR" and "TO"."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("I. HIGHLIGHTS", ["Post offices temporarily closed: 30."]),
    ("II. NEXT STEPS", ["The next situation report will be submitted on November 4, 2026."]),
]


def _memo(addressed: str, padded: bool) -> str:
    def field(label: str, value: str) -> str:
        return f"{label:<8}: {value}" if padded else f"{label}: {value}"

    lines = ["MEMORANDUM", "", field(addressed, "THE POSTMASTER GENERAL"), field("THRU", "THE ASSISTANT POSTMASTER"),
             field("FROM", "THE AREA DIRECTOR, AREA 5"), field("SUBJECT", "SITUATION REPORT NO. 2 ON THE TYPHOON"),
             field("DATE", "November 3, 2026"), "_" * 60, ""]  # fmt: skip
    for heading, points in SECTIONS:
        lines += [heading, *(f"   a. {p}" for p in points), ""]
    lines += [
        "For the information of the Postmaster General.",
        "",
        "",
        "MS. MARIBEL S. NAVARRO",
        "Area Director, AREA 5",
    ]
    return "\n".join(lines)


def _mail(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = "area5@example.ph", "pmg@example.ph"
    msg["Subject"] = "Situation report no. 2"
    msg.set_content(body + "\n")
    return bytes(msg)


@pytest.mark.parametrize("padded", [True, False], ids=["padded", "plain"])
@pytest.mark.parametrize("addressed", ["FOR", "TO"])
def test_a_memos_own_header_keeps_the_report_under_it(addressed: str, padded: bool) -> None:
    report = parse_bytes(_mail(_memo(addressed, padded)), "memo.eml")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading]
    assert got == SECTIONS


def test_a_quoted_message_under_a_reply_is_still_left_out() -> None:
    reply = ["Thanks, noted. Our own update follows.", "", "I. HIGHLIGHTS",
             "   a. Post offices temporarily closed: 30.",
             "", "From: Area 6 <area6@example.ph>", "Sent: 2 November 2026 08:00", "To: PMG <pmg@example.ph>",
             "Subject: Situation report no. 1", "", "Old text of the earlier message."]  # fmt: skip
    report = parse_bytes(_mail("\n".join(reply)), "reply.eml")[0]
    said = " ".join(i.text for i in report.items())
    assert "Post offices temporarily closed: 30." in said and "Old text" not in said
