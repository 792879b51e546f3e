"""A status update a project app mails to its members: the writer's close ("Diolch,<br>Gareth", "Cofion,<br>Nia",
"Thanks,<br>Sam"), the app's count of tasks done ("Progress: 16 of 62 tasks completed"), its bar of links ("View
status update · Reply") and its footer. Only the update's sections are the report."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SECTIONS = [("Summary", ["The tip has moved 4 cm since the last survey."]),
            ("Next steps", ["The next multi-agency tactical meeting is on 3 March."])]  # fmt: skip


def _mail(close: str) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{p}</li>" for p in ps) + "</ul>" for h, ps in SECTIONS)
    html = (
        '<html><body><table role="presentation"><tr><td><h1>Weekly update 3 – 9 March</h1>'
        f"{body}<p>{close}</p></td></tr><tr><td>Progress: 16 of 62 tasks completed</td></tr><tr><td>"
        '<a href="https://app.example.com/status/1">View status update</a> &nbsp; '
        '<a href="https://app.example.com/status/1#comment">Reply</a></td></tr></table>'
        "<p>You're receiving this email because you're a member of Tip Response. "
        '<a href="https://app.example.com/unsubscribe">Unsubscribe</a></p></body></html>'
    )
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "app@example.com", "team@example.gov.uk", "Weekly update 3 – 9 March"
    msg.set_content("Open this message in a mail program that shows HTML.")
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


@pytest.mark.parametrize("close", ["Diolch,<br>Gareth", "Cofion,<br>Nia", "Thanks,<br>Sam"])
def test_only_the_updates_sections_are_the_report(close: str) -> None:
    report = parse_bytes(_mail(close), "status.eml")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
