"""A chat post copied into an e-mail is the report; the chat app's lines around it and the note above it are not.

A cell's post in its Teams channel, pasted into Outlook by someone who sends it on ("Afternoon everyone," a line
saying the post is below, a signature), then forwarded ("FYI", a signature, the From / Sent / To / Subject
block): the channel line "Posted in Team > Channel", the writer's name and time, the post's subject (the
report's name), the line of @mentions addressing it, the reactions and "2 replies" are the app's, the note
above the post is the covering letter. Generated as a plain-text body and as an Outlook HTML body, and as a
Slack post (no channel line: the reactions and the thread link under it are the app's marks).
"""

from __future__ import annotations

from email.message import EmailMessage
from html import escape

import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes

SUBJECT = "Flood cell update 2 – Sun 24 Nov"
SECTIONS = {
    "Situation": ["River Wendle peaked at 3.4 m overnight.", "Twelve homes on Mill Street flooded."],
    "Outreach and shelter": ["Rest centre at the leisure centre open with 14 guests."],
    "Risks": ["Further rain on Tuesday. Mitigation: pumps moved to Mill Street."],
    "Next steps": ["Cell meets again at 16:00."],
}
NOTE = [
    "Afternoon everyone,",
    "Pasting the post from the flood channel below for those without Teams access.",
    "Priya",
    "Priya Shah | Resilience Officer | Wendleford Borough Council",
]
POST_HEAD = [
    "Posted in Flood Cell > Storm Bert",
    "Aisha Khan  24/11 07:45",
    SUBJECT,
    "@Flood Cell @Duty Officers latest update below",
]
POST_TAIL = ["👍 5  🙏 2", "2 replies"]
FORWARD = [
    "FYI – see below.",
    "",
    "Tom Reid",
    "Duty Manager",
    "",
    "From: Priya Shah <priya.shah@wendleford.gov.uk>",
    "Sent: Sunday, 24 November 2024 08:10",
    "To: Flood partners <flood-partners@wendleford.gov.uk>",
    f"Subject: {SUBJECT}",
    "",
]


def _plain() -> str:
    lines = [*FORWARD, *NOTE[:2], "", *NOTE[2:], "", *POST_HEAD, ""]
    for heading, items in SECTIONS.items():
        lines += [heading, *(f"  * {i}" for i in items), ""]
    return "\n".join([*lines, *POST_TAIL, ""])


def _p(text: str) -> str:
    return f'<p class="MsoNormal">{text}</p>'


def _html(today: bool = False) -> str:
    head = [
        _p("FYI – see below."),
        _p("Tom Reid<br>Duty Manager"),
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt">',
        _p(
            "<b>From:</b> Priya Shah &lt;priya.shah@wendleford.gov.uk&gt;<br><b>Sent:</b> Sunday, 24 November 2024"
            f" 08:10<br><b>To:</b> Flood partners<br><b>Subject:</b> {escape(SUBJECT)}"
        ),
        "</div>",
        *(_p(escape(line)) for line in NOTE[:2]),
        _p(f"{NOTE[2]}<br>{escape(NOTE[3])}"),
        '<div style="border:solid #E0E0E0 1.0pt">',
        _p(escape(POST_HEAD[0])),
        _p(f"<b>Aisha Khan</b>&nbsp;&nbsp;<span>{'' if today else '24/11 '}07:45</span>"),
        _p(f"<b><span style='font-size:13.0pt'>{escape(SUBJECT)}</span></b>"),
        _p(escape(POST_HEAD[3])),
    ]
    for heading, items in SECTIONS.items():
        head.append(_p(f"<b>{escape(heading)}</b>"))
        head.append("<ul>" + "".join(f'<li class="MsoNormal">{escape(i)}</li>' for i in items) + "</ul>")
    head += [_p("👍 5&nbsp;&nbsp;🙏 2"), _p("2 replies"), "</div>"]
    return '<html><body><div class="WordSection1">' + "\n".join(head) + "</div></body></html>"


def _eml(body: str, subtype: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Tom Reid <tom.reid@wendleford.gov.uk>"
    msg["To"] = "Resilience partners <lrf@example.org>"
    msg["Subject"] = f"FW: {SUBJECT}"
    msg["Date"] = "Sun, 24 Nov 2024 08:31:00 +0000"
    msg.set_content(body, subtype=subtype)
    return msg.as_bytes()


def _check(report: Report) -> None:
    assert report.title == SUBJECT
    assert [s.heading for s in report.sections] == list(SECTIONS)
    assert [[i.text for i in s.items] for s in report.sections] == list(SECTIONS.values())
    assert report.sections[1].key == "response"
    assert report.sections[2].items[0].mitigation == "pumps moved to Mill Street."


@pytest.mark.parametrize("layout", ["plain", "html", "html-today"])
def test_a_teams_post_pasted_into_a_forwarded_email_is_the_report(layout: str) -> None:
    """ "html-today": a post of the day shows its time alone ("Aisha Khan 07:45" once the spaces collapse)."""
    subtype = layout.split("-")[0]
    body = _plain() if subtype == "plain" else _html(today=layout.endswith("today"))
    report = parse_bytes(_eml(body, subtype), "update.eml")[0]
    _check(report)
    assert any("pasted post" in w for w in report.warnings)


def test_a_slack_post_pasted_without_its_channel_line_is_the_report() -> None:
    """No channel line: the writer's name and time over the post, the reactions and the thread link under it
    are still the app's marks."""
    lines = ["Morning all,", "Copying Aisha's post below.", "", "Aisha Khan  7:45 AM", SUBJECT, ""]
    for heading, items in SECTIONS.items():
        lines += [heading, *(f"  * {i}" for i in items), ""]
    lines += [":thumbsup: 4 :pray: 2", "View 2 more replies"]
    msg = EmailMessage()
    msg["From"] = "Priya Shah <priya.shah@wendleford.gov.uk>"
    msg["To"] = "partners@example.org"
    msg["Subject"] = SUBJECT
    msg["Date"] = "Sun, 24 Nov 2024 08:31:00 +0000"
    msg.set_content("\n".join(lines))
    _check(parse_bytes(msg.as_bytes(), "update.eml")[0])


def test_a_name_and_time_line_without_the_apps_marks_stays() -> None:
    """A meeting's name and time above a report is no chat post when no app's mark is beside it."""
    lines = ["Gold Group  24/11 07:45", ""]
    for heading, items in SECTIONS.items():
        lines += [heading, *(f"  * {i}" for i in items), ""]
    msg = EmailMessage()
    msg["From"] = "duty@example.org"
    msg["To"] = "partners@example.org"
    msg["Subject"] = SUBJECT
    msg.set_content("\n".join(lines))
    report = parse_bytes(msg.as_bytes(), "update.eml")[0]
    assert "Gold Group" in " ".join([report.title or "", *(i.text for s in report.sections for i in s.items)])
