"""The app a message was written or sent with, stamped under it ("Created with OneNote.", "Sent with Proton
Mail"), is the mail's, not the report's last point. Layouts: a plain-text e-mail and an HTML-only e-mail."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

POINTS = ["People in the camps: 1,019.", "Houses damaged by ash: 145."]


def _eml(stamp: str, html: bool) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "post@example.org", "group@example.org", "Camp report No. 1"
    if html:
        items = "".join(f"<li>{p}</li>" for p in POINTS)
        msg.set_content(f"<html><body><h2>Summary</h2><ul>{items}</ul><p>{stamp}</p></body></html>", subtype="html")
    else:
        msg.set_content("Summary\n\n" + "\n".join(f"  * {p}" for p in POINTS) + f"\n\n{stamp}\n")
    return msg.as_bytes()


@pytest.mark.parametrize("stamp", ["Created with OneNote.", "Sent with Proton Mail"])
@pytest.mark.parametrize("html", [False, True], ids=["plain", "html"])
def test_the_apps_stamp_is_the_mails(stamp: str, html: bool) -> None:
    report = parse_bytes(_eml(stamp, html), "camp.eml")[0]
    assert [i.text for s in report.sections for i in s.items] == POINTS
