"""An e-mail gives one report per attached sitrep, plus its body when the body is a sitrep itself."""

from __future__ import annotations

from email.message import EmailMessage

from sitroom.read import parse_bytes

ATTACHED = "KEY ACTIVITY HEADLINES\n\n• Hubs open.\n\nWORKFORCE UPDATE\n\n• Absence at 6%.\n"


def _mail(body: str, attach: bool) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.org", "b@example.org", "Sitrep"
    msg["Date"] = "Mon, 04 May 2020 09:00:00 +0100"
    msg.set_content(body)
    if attach:
        msg.add_attachment(ATTACHED.encode(), maintype="text", subtype="plain", filename="sitrep-5.txt")
    return bytes(msg)


def test_covering_note_with_attachment_gives_only_the_attached_report():
    reports = parse_bytes(_mail("Please find this week's return attached.\nThanks\n", True), "m.eml")
    assert [r.source for r in reports] == ["m.eml/sitrep-5.txt"]
    assert [s.key for s in reports[0].sections] == ["activity", "workforce"]


def test_a_sitrep_written_in_the_body_is_a_report_too():
    body = "RISKS / CHALLENGES\n\n• Beds short. Mitigation: spot purchase.\n\nWORKFORCE\n\n• Absence at 4%.\n"
    reports = parse_bytes(_mail(body, True), "m.eml")
    assert len(reports) == 2
    assert reports[0].sections[0].key == "risks" and reports[0].date.isoformat() == "2020-05-04"
    assert reports[0].items()[0].mitigation == "spot purchase."


def test_a_plain_message_without_attachments_is_its_own_report():
    reports = parse_bytes(_mail("Nothing new to report this week.\n", False), "m.eml")
    assert len(reports) == 1 and reports[0].items()[0].text == "Nothing new to report this week."
