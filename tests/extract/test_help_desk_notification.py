"""A help desk's notification of a reply on a request carries the reply under the desk's head: the line asking to
reply above it, the line saying the request was updated, a rule, the reply's author and when it was written. The
head is left out and counted; the reply is read, its greeting and covering line left out as a mail's are. Before,
the "Your request … has been updated" line headed the whole report. Layouts: a plain-text notification and an HTML
one, with the desk's head in English (two desks' wording) and German."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

HEADS = {
    "zendesk": [
        "##- Please type your reply above this line -##",
        "Your request (48421) has been updated. To add additional comments, reply to this email.",
        "----------------------------------------------",
    ],
    "other-desk": ["Please reply above this line", "Your ticket #2291 has been updated."],
    "german": [
        "##- Bitte oberhalb dieser Zeile antworten -##",
        "Ihre Anfrage (48421) wurde aktualisiert. Antworten Sie auf diese E-Mail, um Kommentare hinzuzufügen.",
    ],
}
REPLY = [
    "Luis Ortega (Clearfork Valley Water District)",
    "Feb 2, 2026, 4:03 PM EST",
    "Hello all,",
    "Here is update 1 on the boil water advisory from Clearfork Valley Water District.",
]
SECTIONS = [
    ("Current status", ["Pressure has been restored across most of the system.", "2 pressure zones are low."]),
    ("Next steps", ["Collect the second set of clean samples on February 4."]),
]


def _lines(head: str) -> list[str]:
    body = [line for heading, items in SECTIONS for line in (heading, *(f" * {i}" for i in items))]
    return [*HEADS[head], *REPLY, *body, "Thank you,", "Luis Ortega"]


def _plain(head: str) -> EmailMessage:
    msg = EmailMessage()
    msg.set_content("\n\n".join(_lines(head)) + "\n")
    return msg


def _html(head: str) -> EmailMessage:
    parts = [f"<p>{line}</p>" for line in [*HEADS[head], *REPLY]]
    for heading, items in SECTIONS:
        parts.append(f"<p><strong>{heading}</strong></p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>")
    msg = EmailMessage()
    msg.set_content("<html><body>" + "".join(parts) + "<p>Thank you,</p><p>Luis Ortega</p></body></html>", "html")
    return msg


@pytest.mark.parametrize("head", list(HEADS))
@pytest.mark.parametrize("write", [_plain, _html], ids=["plain", "html"])
def test_the_desk_head_is_left_out_and_the_reply_read(write, head: str) -> None:
    msg = write(head)
    msg["From"] = "Clearfork Support <support@clearfork.example>"
    msg["To"] = "facilities@hospital.example"
    msg["Subject"] = "[Clearfork Valley Water District] Re: Water service updates"
    report = parse_bytes(msg.as_bytes(), "ticket.eml")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert any("help desk notification line" in w for w in report.warnings)
