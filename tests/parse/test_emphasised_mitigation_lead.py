"""A mitigation's lead set off by emphasis marks, as a mail program's plain text or a chat prints bold and
italic ("*Mitigation:* …", "**Control measures:** …", "_Mitigation:_ …"), still leads the mitigation: after
the risk on its line, or on a paragraph of its own under the risk's point.

Two layouts: a plain-text e-mail ("- " points, the lead after the risk on a line of its own); and a text file
("* " points, the lead on an indented paragraph under the point, parted by a blank line).
"""

from __future__ import annotations

from email.message import EmailMessage

from sitroom.model import Report
from sitroom.read import parse_bytes, parse_text

RISKS = [
    ("Students in halls without heating.", "*Mitigation:*", "Temporary heaters and rooms in other halls."),
    ("Mould in the basement stacks.", "**Control measures:**", "Dehumidifiers running day and night."),
    ("Freezers failing in the labs.", "_Mitigation:_", "Samples moved to the hospital biobank."),
]


def _mail() -> bytes:
    lines = ["Hi all,", "", "Power failure update 2", "", "Situation", "- Six buildings back on mains power.", ""]
    lines += ["Risks", *(f"- {risk}\n  {lead} {text}" for risk, lead, text in RISKS), ""]
    lines += ["Next steps", "- Next update at 17:00.", "", "Thanks,", "Sam"]
    msg = EmailMessage()
    msg["From"] = "Sam Patel <sam.patel@example.ac.uk>"
    msg["To"] = "incident-team@example.ac.uk"
    msg["Subject"] = "Power failure update 2"
    msg["Date"] = "Tue, 06 Feb 2024 16:30:00 +0000"
    msg.set_content("\n".join(lines) + "\n")
    return msg.as_bytes()


def _text() -> str:
    lines = ["POWER FAILURE UPDATE 2", "", "SITUATION", "", "* Six buildings back on mains power.", "", "RISKS", ""]
    for risk, lead, text in RISKS:
        lines += [f"* {risk}", "", f"  {lead} {text}", ""]
    lines += ["NEXT STEPS", "", "* Next update at 17:00.", ""]
    return "\n".join(lines)


def _check(report: Report) -> None:
    risks = next(s for s in report.sections if s.key == "risks")
    assert [(i.text, i.mitigation) for i in risks.items] == [(f"{r} {lead} {t}", t) for r, lead, t in RISKS]


def test_an_emphasised_lead_in_a_plain_mail_leads_the_mitigation() -> None:
    _check(parse_bytes(_mail(), "update.eml")[0])


def test_an_emphasised_lead_on_its_own_paragraph_joins_the_risk() -> None:
    _check(parse_text(_text(), "update.txt"))
