"""A reply written under the message it answers (the quoted request on top, its attribution line and its ">" lines,
the report under it, as mail programs on telephones set a reply) is read: the report is the text under the
quotation, the quotation is left out and counted. Before, everything from the quotation down was left out as quoted
history and the report was lost. Layouts: a plain-text message and one with an HTML part beside it, the attribution
line in English, German and French, or none; and the reply written over the quotation, as before."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

REQUEST = [
    "Dear colleagues,",
    "",
    "please send us your situation report by 12:00 today (situation, damage, staff, costs, risks).",
    "",
    "Kind regards",
    "Emergency Planning Unit",
]
REPORT = [
    "Dear colleagues,",
    "",
    "1. Situation",
    "- The fire is under control but smouldering in the peat.",
    "- 661 hectares of forest have burnt.",
    "",
    "2. Next steps",
    "- Crisis staff meeting on 12 August.",
    "",
    "Kind regards",
    "Hana Kralowa",
]
SECTIONS = [
    ("1. Situation", ["The fire is under control but smouldering in the peat.", "661 hectares of forest have burnt."]),
    ("2. Next steps", ["Crisis staff meeting on 12 August."]),
]  # fmt: skip
ATTRIBUTIONS = [
    "On Mon, 10 Aug 2026 at 07:24, Emergency Planning <epu@county.example> wrote:",
    'Am 10. August 2026 07:24:00 MESZ schrieb "Landratsamt, Führungsstab" <fuehrungsstab@lra.example>:',
    "Le lun. 10 août 2026 à 07:24, Cellule de crise <crise@pref.example> a écrit :",
    None,
]


def _quoted() -> list[str]:
    return [f"> {line}".rstrip() for line in REQUEST]


def _message(lines: list[str], html: bool) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Hana Kralowa <mayor@village.example>"
    msg["To"] = "epu@county.example"
    msg["Subject"] = "Re: Situation report – wildfire"
    msg["Date"] = "Mon, 10 Aug 2026 11:56:00 +0200"
    msg.set_content("\n".join(lines) + "\n")
    if html:
        paragraphs = "".join(f"<p>{line}</p>" for line in lines if line)
        msg.add_alternative(f"<html><body>{paragraphs}</body></html>", subtype="html")
    return msg.as_bytes()


def _sections(data: bytes):
    report = parse_bytes(data, "reply.eml")[0]
    return report, [(s.heading, [i.text for i in s.items]) for s in report.sections]


@pytest.mark.parametrize("attribution", ATTRIBUTIONS, ids=["english", "german", "french", "none"])
@pytest.mark.parametrize("html", [False, True], ids=["plain", "with-html"])
def test_the_reply_under_the_quotation_is_the_report(attribution: str | None, html: bool) -> None:
    lines = [*([attribution] if attribution else []), *_quoted(), "", *REPORT]
    report, sections = _sections(_message(lines, html))
    assert sections == SECTIONS
    assert any("quoted e-mail line" in w for w in report.warnings)


@pytest.mark.parametrize("attribution", ATTRIBUTIONS[:3], ids=["english", "german", "french"])
def test_the_quotation_under_a_reply_is_still_left_out(attribution: str) -> None:
    lines = [*REPORT, "", attribution, *_quoted()]
    report, sections = _sections(_message(lines, False))
    assert sections == SECTIONS
    assert any("quoted e-mail line" in w for w in report.warnings)
