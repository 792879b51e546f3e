"""A project tool's or a forum's mail carrying a message posted there: the line saying who posted it where, over a
rule, heads it; the message's kind and title, the writer's greeting and covering line follow; the writer's name after
a dash closes it; then the tool's footer: how to answer by mail (leading into the message's address), why the mail
came and how to stop it. Only the message's sections are the report; the rest is left out and counted.

Layouts: a plain-text mail and an HTML one, in two tools' wording, the sign-off dashed two ways."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", ["An EF2 tornado crossed the county on April 9."]),
    ("Roads", ["The state DOT has reopened the highway through town.", "10 county roads remain closed."]),
    ("Next steps", ["Open a second debris site by April 16."]),
]
TOOLS = {
    "project": (
        "Dana Whitfield posted a new message in Tornado Recovery",
        [
            "Reply to this email to comment on the message, or view it online:",
            "https://projects.example.com/4173799/messages/6510053800",
            "You’re getting this email because you’re subscribed to this message.",
            "Stop getting these emails: https://projects.example.com/4173799/messages/6510053800/subscription",
        ],
    ),
    "forum": (
        "Dana Whitfield started a new discussion in Recovery partners",
        [
            "You are receiving this email because you are subscribed to this discussion.",
            "Unsubscribe from these notifications: https://forum.example.org/u/dana/preferences",
        ],
    ),
}


def _lines(tool: str, dash: str) -> list[str]:
    head, footer = TOOLS[tool]
    body = [line for heading, items in SECTIONS for line in (heading, *(f"• {i}" for i in items))]
    opening = ["Announcement", "Situation update #1 – April 13", "Hi everyone,"]
    opening.append("Here is today's update from Dawson County Emergency Management.")
    return [head, "-" * 60, *opening, *body, f"{dash} Dana", "-" * 60, *footer]


def _plain(tool: str, dash: str) -> EmailMessage:
    msg = EmailMessage()
    msg.set_content("\n\n".join(_lines(tool, dash)) + "\n")
    return msg


def _html(tool: str, dash: str) -> EmailMessage:
    head, footer = TOOLS[tool]
    parts = [f"<p>{head}</p><hr>", "<p>Announcement</p><h2>Situation update #1 – April 13</h2><p>Hi everyone,</p>"]
    parts.append("<p>Here is today's update from Dawson County Emergency Management.</p>")
    for heading, items in SECTIONS:
        parts.append(f"<p><strong>{heading}</strong></p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>")
    parts.append(f"<p>{dash} Dana</p><hr>" + "".join(f"<p>{line}</p>" for line in footer))
    msg = EmailMessage()
    msg.set_content("<html><body>" + "".join(parts) + "</body></html>", "html")
    return msg


@pytest.mark.parametrize("dash", ["—", "--"])
@pytest.mark.parametrize("tool", list(TOOLS))
@pytest.mark.parametrize("write", [_plain, _html], ids=["plain", "html"])
def test_only_the_posted_message_is_read(write, tool: str, dash: str) -> None:
    msg = write(tool, dash)
    msg["From"] = "Dana Whitfield <notifications@projects.example.com>"
    msg["To"] = "recovery-partners@dawsoncounty.example"
    msg["Subject"] = "(Tornado Recovery) Situation update #1 – April 13"
    report = parse_bytes(msg.as_bytes(), "message.eml")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading] == SECTIONS
    everything = " ".join(i.text for s in report.sections for i in s.items)
    for left_out in ("posted", "started", "Dana", "Reply to", "getting this", "receiving this", "https://"):
        assert left_out not in everything, left_out
