"""A newsletter or a mail often closes on a line that leads into a link or a button ("All the information is on
our website:", "Alle ynformaasje op ús webside:", "Plus d'informations :"). Once the link is gone, the lead-in says
nothing of its own: it is no item of the last section. In a plain mail, an HTML page, Markdown and Word. A last
point of a list ending in a colon stays."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", ["Avian influenza was confirmed at a poultry farm near the village.", "A 10 km zone is in place."]),
    ("Next steps", ["Hold an information evening for keepers of poultry.", "Test the farms inside the zone."]),
]
LEAD_INS = ["All the information is on our website:", "Alle ynformaasje op ús webside:", "Plus d'informations :"]
URL = "https://www.example.org/avian-influenza"


def _plain(lead: str) -> bytes:
    body = "".join(f"{h.upper()}\n" + "".join(f"* {p}\n" for p in pts) + "\n" for h, pts in SECTIONS)
    msg = EmailMessage()
    msg["From"] = "news@example.org"
    msg["To"] = "resident@example.org"
    msg["Subject"] = "Avian influenza update 2"
    msg.set_content(f"{body}{lead}\n{URL}\n")
    return msg.as_bytes()


def _html(lead: str) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{p}</li>" for p in pts) + "</ul>" for h, pts in SECTIONS)
    return (
        f"<html><body><main><h1>Avian influenza update 2</h1>{body}<p>{lead}</p>"
        f"<p><a class='button' href='{URL}'>Read more</a></p></main></body></html>"
    ).encode()


def _markdown(lead: str) -> bytes:
    body = "".join(f"\n## {h}\n\n" + "".join(f"- {p}\n" for p in pts) for h, pts in SECTIONS)
    return f"# Avian influenza update 2\n{body}\n{lead}\n\n<{URL}>\n".encode()


def _docx(lead: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Avian influenza update 2", style="Title")
    for heading, points in SECTIONS:
        d.add_heading(heading, 1)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    d.add_paragraph(lead)
    d.add_paragraph(URL)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


LAYOUTS = {
    "mail": (_plain, "u.eml"),
    "html": (_html, "u.html"),
    "markdown": (_markdown, "u.md"),
    "word": (_docx, "u.docx"),
}


@pytest.mark.parametrize("lead", LEAD_INS)
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_closing_lead_in_to_a_link_is_no_item(layout: str, lead: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(lead), name)[0]
    assert [(s.heading.capitalize(), [i.text for i in s.items]) for s in report.sections] == SECTIONS


def test_a_last_point_ending_in_a_colon_stays() -> None:
    md = (
        "# Update 2\n\n## Next steps\n\n- Hold an information evening.\n- Agree with the farms which of them to test:\n"
    )
    report = parse_bytes(md.encode(), "u.md")[0]
    assert "Agree with the farms which of them to test:" in [i.text for i in report.items()]
