"""A report typed into a mail in Uzbek, Faroese, Scottish Gaelic, isiZulu, Cebuano, Malagasy, Tok Pisin or
Yoruba: the greeting and the covering line that hands the report over are the mail's, not the report's; the
first line naming the report with its number, in capitals, is its title, not a section.

Two layouts: the plain text of the mail, and the mail itself (an .eml with a plain-text part).
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

GREETINGS = {
    "uz": ("Assalomu alaykum, hurmatli hamkasblar!", "Quyida 2-sonli tezkor hisobot keltirilgan."),
    "fo": ("Góðan morgun,", "Her er støðufrágreiðing nr. 2."),
    "gd": ("A charaidean,", "Seo aithisg 2 mun stoirm."),
    "zu": ("Sanibonani,", "Nansi umbiko wesimo wesi-2."),
    "ceb": ("Maayong buntag sa tanan,", "Ania ang taho numero 2 bahin sa baha."),
    "mg": ("Manao ahoana tompoko,", "Indro ny tatitra laharana 2."),
    "tpi": ("Gutpela moning olgeta,", "Hia em sitrep namba 2 bilong bikpela wara."),
    "yo": ("Ẹ kú àárọ̀ o,", "Èyí ni ìròyìn kejì nípa ìkún omi."),
}
TITLE = "SITREP 2 – PROVINCIAL DISASTER CENTRE"
SECTIONS = {
    "SUMMARY": ["Families displaced: 733.", "No deaths reported so far."],
    "NEXT STEPS": ["The centre meets again on 5 March."],
}


def _text(lang: str) -> str:
    greeting, covering = GREETINGS[lang]
    body = "\n\n".join(f"{h}\n" + "\n".join(f"- {p}" for p in pts) for h, pts in SECTIONS.items())
    return f"{greeting}\n\n{covering}\n\n{TITLE}\n\n{body}\n"


def _eml(lang: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "centre@example.org", "group@example.org", "Re: sitrep 2"
    msg.set_content(_text(lang))
    return msg.as_bytes()


@pytest.mark.parametrize("lang", list(GREETINGS))
@pytest.mark.parametrize("layout", ["txt", "eml"])
def test_greeting_and_covering_line_are_the_mails(lang: str, layout: str) -> None:
    data = _text(lang).encode() if layout == "txt" else _eml(lang)
    report = parse_bytes(data, f"sitrep.{layout}")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS
    assert report.title == TITLE
