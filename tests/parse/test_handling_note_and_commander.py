"""A police or fire service's sitrep opens with its marking, who may see it ("Handling: for members of the gold
group and partner agencies only. Not for onward distribution …"), its title, the time it stands at and who commands
("Gold commander: ACC Sunita Rao"): all masthead, the title naming the report, none a point.

Three layouts: a plain-text mail, an HTML mail and a Word document.
"""

from __future__ import annotations

import io
from datetime import date
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes

HEAD = [
    "OFFICIAL-SENSITIVE",
    "Handling: for members of the Operation Kestrel gold group and partner agencies only. Not for onward "
    "distribution without the originator's consent.",
    "OPERATION KESTREL – GOLD GROUP SITREP 2",
    "As at 18:00, Tuesday 5 August 2025",
    "Gold commander: ACC Sunita Rao",
]
SECTIONS = {
    "INFORMATION": ["Community tension is assessed as elevated in the east of the city."],
    "METHOD": ["8 police support units are deployed across the city."],
}


def _mail(html: bool) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "silver@example.org", "gold@example.org", "[OFFICIAL-SENSITIVE] Sitrep 2"
    if html:
        body = "".join(f"<p>{line}</p>" for line in HEAD)
        body += "".join(
            f"<p><b>{h}</b></p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>" for h, items in SECTIONS.items()
        )
        msg.set_content(f"<html><body>{body}</body></html>", subtype="html")
    else:
        text = f"{HEAD[0]}\n\n{HEAD[1]}\n\n" + "\n".join(HEAD[2:]) + "\n\n"
        text += "".join(f"{h}\n\n" + "".join(f"- {i}\n" for i in items) + "\n" for h, items in SECTIONS.items())
        msg.set_content(text)
    return msg.as_bytes()


def _word() -> bytes:
    d = docx.Document()
    for line in HEAD:
        d.add_paragraph(line)
    for heading, items in SECTIONS.items():
        d.add_heading(heading, level=1)
        for item in items:
            d.add_paragraph(item, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("make", "name"),
    [(lambda: _mail(False), "sitrep.eml"), (lambda: _mail(True), "sitrep.eml"), (_word, "sitrep.docx")],
    ids=["plain-mail", "html-mail", "word"],
)
def test_the_masthead_is_no_point(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading or s.items} == SECTIONS
    assert report.title == HEAD[2]
    assert (report.date, report.number) == (date(2025, 8, 5), 2)
