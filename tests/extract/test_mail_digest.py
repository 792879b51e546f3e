"""A sitrep sent to a mailing list and received in the list's plain-text digest, between other members'
questions and replies: each message is read as a mail of its own, the report among them is the report, and
neither the digest's notice, contents and footer nor the members' talk is read into it.

Layouts (e-mails built with the standard library): a Mailman 2 digest, the sitrep its second message of three;
a Mailman 3 digest, the sitrep its third message, with a hashed message id among its headers.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SITREP = """Good morning all,

SITREP 4 – NORTH DISTRICT EOC

SUMMARY
- The cyclone crossed the district overnight.
- Families affected: 1,090.

NEXT STEPS
- The district council meets again on 5 March.

Kind regards,
Jimmy Tari
Operations Officer
"""
TALK = [("Re: Fuel for the generators", "All,\n\nThe EOC generator needs 200 litres of diesel today.\n\nTom\n"),
        ("Water tanks", "Thanks Jimmy,\n\nWe can send two more tanks tomorrow.\n\nLisa\n")]  # fmt: skip


def _digest(position: int, mailman3: bool) -> bytes:
    messages = list(TALK)
    messages.insert(position - 1, ("SITREP 4 – North District EOC", SITREP))
    dashes = "-" * 70 if not mailman3 else "-" * 72
    parts = []
    for n, (subject, body) in enumerate(messages, 1):
        extra = f"Message-ID-Hash: {'ABCDEF' * 4}\n" if mailman3 else f"Message-ID: <{n}@example.org>\n"
        parts.append(
            f"Message: {n}\nDate: Mon, 03 Mar 2025 0{n}:00:00 +1100\nFrom: member{n}@example.org\n"
            f'Subject: [klaster] {subject}\n{extra}Content-Type: text/plain; charset="utf-8"\n\n{body}'
        )
    topics = "\n".join(f"   {n}. {s} (member{n}@example.org)" for n, (s, _) in enumerate(messages, 1))
    text = (
        "Send klaster mailing list submissions to\n\tklaster@example.org\n\n"
        f"Today's Topics:\n\n{topics}\n\n\n{dashes}\n\n"
        + f"\n\n{'-' * 30}\n\n".join(parts)
        + f"\n\n{'-' * 30}\n\nSubject: Digest Footer\n\n_______________________________________________\n"
        "klaster mailing list\nklaster@example.org\n"
    )
    msg = EmailMessage()
    msg["From"], msg["To"] = "klaster-request@example.org", "klaster@example.org"
    msg["Subject"] = "klaster Digest, Vol 14, Issue 1"
    msg.set_content(text)
    return msg.as_bytes()


@pytest.mark.parametrize(("position", "mailman3"), [(2, False), (3, True)], ids=["mailman2", "mailman3"])
def test_the_report_in_a_digest_is_read_and_the_talk_is_not(position: int, mailman3: bool) -> None:
    reports = parse_bytes(_digest(position, mailman3), "digest.eml")
    assert len(reports) == 1
    report = reports[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading} == {
        "SUMMARY": ["The cyclone crossed the district overnight.", "Families affected: 1,090."],
        "NEXT STEPS": ["The district council meets again on 5 March."],
    }
    assert report.title == "SITREP 4 – NORTH DISTRICT EOC"
    texts = " ".join(i.text for s in report.sections for i in s.items)
    assert "diesel" not in texts and "tanks" not in texts and "Digest" not in texts
