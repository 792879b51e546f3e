"""The stamp of the app a message was sent with, in its other wordings: the app's name a link ("Sent with [Proton
Mail](https://proton.me/mail/home) secure email." in the Markdown a mail service makes its plain text of, "Get
Outlook for iOS<https://aka.ms/o0ukef>"), words after the name ("secure email") and the stamp in other languages
("Envoyé de mon iPhone", "Von meinem iPhone gesendet", "Enviado desde mi iPhone"), and other apps' invitations
("Get BlueMail for Android"). Like "Sent with Proton Mail" it is the mail's, not the report's last point. Layouts: a
plain-text e-mail and an HTML-only e-mail, the link an ``<a>`` there."""

from __future__ import annotations

import re
from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

POINTS = ["People in the camps: 1,019.", "Houses damaged by the flood: 145."]
STAMPS = [
    "Sent with [Proton Mail](https://proton.me/mail/home) secure email.",
    "Get Outlook for iOS<https://aka.ms/o0ukef>",
    "Envoyé de mon iPhone",
    "Von meinem iPhone gesendet",
    "Enviado desde mi iPhone",
    # another app's invitation, as Outlook's: "Get BlueMail for Android"
    "Get BlueMail for Android",
    "Get Spark for iOS",
]


def _eml(stamp: str, html: bool) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "post@example.org", "group@example.org", "Camp report No. 1"
    if html:
        linked = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', stamp)
        linked = re.sub(r"(\S+)<(https://[^>]+)>", r'<a href="\2">\1</a>', linked)
        items = "".join(f"<li>{p}</li>" for p in POINTS)
        msg.set_content(f"<html><body><h2>Summary</h2><ul>{items}</ul><p>{linked}</p></body></html>", subtype="html")
    else:
        msg.set_content("**Summary**\n\n" + "\n".join(f"- {p}" for p in POINTS) + f"\n\n{stamp}\n")
    return msg.as_bytes()


@pytest.mark.parametrize("stamp", STAMPS)
@pytest.mark.parametrize("html", [False, True], ids=["plain", "html"])
def test_the_apps_stamp_in_its_other_wordings_is_the_mails(stamp: str, html: bool) -> None:
    report = parse_bytes(_eml(stamp, html), "camp.eml")[0]
    assert [i.text for s in report.sections for i in s.items] == POINTS
