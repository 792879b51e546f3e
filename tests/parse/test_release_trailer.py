"""A release closes with what its publisher adds to every release: a photo with its credit closing its caption
("Fallen trees on a power line. Photo: City of Mikkeli", "… Kuva: Mikkelin kaupunki"), the contacts for the press
("Media contacts", "Yhteyshenkilöt") over names, posts, numbers and addresses, and the boilerplate on the publisher
("About the publisher", "Tietoja julkaisijasta") over the publisher's name and a paragraph on it. None of it is a
section or a point of the report, and each is counted. A section opening the report "About the storm" stays. In an
HTML page, a Word document and an HTML mail sent by a release service."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes

RELEASES = {
    "en": {
        "title": "Storm update 2",
        "sections": [("About the storm", ["Winds reached 110 km/h overnight."]),
                     ("Impacts", ["20 schools are closed."]), ("Next steps", ["The group meets on 25 November."])],
        "caption": "Fallen trees on a power line. Photo: City of Mikkeli",
        "contacts": ("Media contacts", ["Preparedness Manager Sari Pesonen", "tel. 044 794 2090",
                                        "sari.pesonen@mikkeli.fi"]),
        "about": ("About the publisher", "City of Mikkeli",
                  "Mikkeli is the regional centre of South Savo and a city of about 51,000 residents."),
    },
    "fi": {
        "title": "Myrskytilanne – tiedote 2",
        "sections": [("Tilannekuva lyhyesti", ["Sähköttä on edelleen 8 263 kotitaloutta."]),
                     ("Vaikutukset asukkaille", ["20 koulua on suljettu."]),
                     ("Seuraavat toimet", ["Valmiusryhmä kokoontuu 25.11."])],
        "caption": "Kaatuneita puita sähkölinjalla. Kuva: Mikkelin kaupunki",
        "contacts": ("Yhteyshenkilöt", ["Valmiuspäällikkö Sari Pesonen", "puh. 044 794 2090",
                                        "sari.pesonen@mikkeli.fi"]),
        "about": ("Tietoja julkaisijasta", "Mikkelin kaupunki",
                  "Mikkeli on Etelä-Savon maakuntakeskus ja noin 51 000 asukkaan kaupunki."),
    },
}  # fmt: skip


def _html(r: dict) -> str:
    body = f"<h1>{r['title']}</h1>" + "".join(
        f"<h2>{h}</h2><ul>" + "".join(f"<li>{p}</li>" for p in ps) + "</ul>" for h, ps in r["sections"]
    )
    body += f'<div><img src="storm.jpg" alt="" width="576"><p>{r["caption"]}</p></div>'
    heading, lines = r["contacts"]
    body += f"<h3>{heading}</h3><p>{'<br>'.join(lines)}</p>"
    heading, name, text = r["about"]
    body += f"<h3>{heading}</h3><p><strong>{name}</strong></p><p>{text}</p>"
    return f"<html><body>{body}</body></html>"


def _page(r: dict) -> tuple[bytes, str]:
    return _html(r).replace("<body>", "<body><main>").replace("</body>", "</main></body>").encode(), "r.html"


def _mail(r: dict) -> tuple[bytes, str]:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "news@example.org", "press@example.org", r["title"]
    lines = [r["title"], ""]
    for heading, points in r["sections"]:
        lines += [heading, "", *(f"- {p}" for p in points), ""]
    heading, contacts = r["contacts"]
    lines += [r["caption"], "", heading, *contacts, "", *r["about"]]
    msg.set_content("\n".join(lines))  # the service's plain rendering: each name a line like any other
    msg.add_alternative(_html(r), subtype="html")
    return msg.as_bytes(), "r.eml"


def _word(r: dict) -> tuple[bytes, str]:
    d = docx.Document()
    d.add_paragraph(r["title"], style="Title")
    for heading, points in r["sections"]:
        d.add_heading(heading, 2)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    heading, lines = r["contacts"]
    d.add_heading(heading, 3)
    for line in lines:
        d.add_paragraph(line)
    heading, name, text = r["about"]
    d.add_heading(heading, 3)
    d.add_paragraph().add_run(name).bold = True
    d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), "r.docx"


@pytest.mark.parametrize("make", [_page, _word, _mail])
@pytest.mark.parametrize("lang", list(RELEASES))
def test_the_release_s_trailer_is_no_part_of_the_report(lang: str, make) -> None:
    release = RELEASES[lang]
    report = parse_bytes(*make(release))[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == release["sections"]
    assert any("publisher boilerplate" in w for w in report.warnings)
    assert any("contact" in w for w in report.warnings)
