"""Reports in Lithuanian, Latvian, Slovak, Icelandic, Maltese, Albanian, Malay and Afrikaans: their section
names get their keys, a risk's mitigation after its label is split off, a message's greeting, covering line and
sign-off are no points, and the masthead's issue line and byline ("Laporan No. 1 | 1 Disember 2025 | Jam 8.00
pagi", "Disediakan oleh: …") date and sign the report.

The message in two layouts: plain text and HTML, each sent as an e-mail.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.parse.vocabulary import classify_heading
from sitroom.read import parse_bytes, parse_text

KEYS = [
    ("2. Hidrometeorologinė prognozė", "forecast"), ("6. Išlaidos", "finance"), ("9. Tolesni veiksmai", "next-steps"),
    ("Ietekme uz iedzīvotājiem", "impacts"), ("Sabiedrības informēšana", "communications"),
    ("Súhrn", "highlights"), ("Staða eldgossins", "situation"), ("Aðgerðir", "response"), ("Mannafli", "workforce"),
    ("Ħaddiema u riżorsi", "workforce"), ("Il-passi li jmiss", "next-steps"), ("Riskji", "risks"),
    ("Parashikimi i motit", "forecast"), ("Informimi i publikut", "communications"), ("Ramalan Cuaca", "forecast"),
    ("Hebahan kepada Orang Awam", "communications"), ("Weervooruitsig", "forecast"), ("Koste", "finance"),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "key"), KEYS)
def test_section_names_get_their_keys(heading: str, key: str) -> None:
    assert classify_heading(heading)[0] == key


LEADS = ["Masat:", "Mitigazzjoni:", "Mótvægisaðgerðir:", "Teenmaatreëls:", "Priemonės:", "Pasākumi:",
         "Tindakan mitigasi:"]  # fmt: skip


@pytest.mark.parametrize("lead", LEADS)
def test_a_risks_mitigation_after_its_label_is_split_off(lead: str) -> None:
    report = parse_text(f"RISKS\n\n- The river may rise again overnight. {lead} Pumps are ready at the bridge.\n")
    assert report.sections[0].items[0].mitigation == "Pumps are ready at the bridge."


SECTIONS = {
    "Përmbledhje": ["Niveli i lumit Buna është 4,2 metra.", "U evakuuan 120 familje."],
    "Rreziqet": ["Rreziku i përmbytjes së rrugës nacionale mbetet i lartë."],
}
GREETING, COVERING = "Përshëndetje,", "Më poshtë gjeni raportin e situatës nr. 1 për përmbytjet në Qarkun Shkodër."
SIGN_OFF, NAME = "Me respekt,", "Arben Hoxha"


def _message(html: bool) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "prefektura@example.al", "partneret@example.al", "Raporti i situatës nr. 1"
    if html:
        body = f"<p>{GREETING}</p><p>{COVERING}</p>" + "".join(
            f"<p><b>{h}</b></p><ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>" for h, points in SECTIONS.items()
        )
        msg.set_content(f"<html><body>{body}<p>{SIGN_OFF}<br>{NAME}</p></body></html>", subtype="html")
    else:
        body = "".join(
            f"{h}\n{'=' * len(h)}\n\n" + "".join(f"- {p}\n" for p in pts) + "\n" for h, pts in SECTIONS.items()
        )
        msg.set_content(f"{GREETING}\n\n{COVERING}\n\n{body}{SIGN_OFF}\n{NAME}\n")
    return msg.as_bytes()


@pytest.mark.parametrize("html", [False, True], ids=["plain", "html"])
def test_an_albanian_messages_greeting_covering_line_and_sign_off_are_no_points(html: bool) -> None:
    report = parse_bytes(_message(html), "raporti.eml")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS


def test_a_malay_issue_line_and_byline_are_the_masthead() -> None:
    html = (
        b"<html><body><p><b>LAPORAN SITUASI BANJIR DAERAH KUALA KRAI</b></p>"
        b"<p>Laporan No. 1 | 1 Disember 2025 | Jam 8.00 pagi</p>"
        b"<p>Disediakan oleh: Bilik Gerakan Jawatankuasa Pengurusan Bencana Daerah</p>"
        b"<h2>Ringkasan</h2><ul><li>Seramai 1,250 mangsa berada di 12 pusat pemindahan.</li></ul></body></html>"
    )
    report = parse_bytes(html, "laporan.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [
        ("Ringkasan", ["Seramai 1,250 mangsa berada di 12 pusat pemindahan."])
    ]
    assert str(report.date) == "2025-12-01"


MARKING = "VIR AMPTELIKE GEBRUIK · Nie vir publikasie sonder toestemming nie"
POINTS = {"Reaksie": ["Drie helikopters het 42 waterbomme gelaat val."], "Koste": ["Die koste beloop R1,2 miljoen."]}
CLOSE = "Operacijų centro koordinatorius: Jonas Stankevičius"
CAPTION = "Kaart 1: Brandomtrek en ontruimde gebiede"


def _text() -> bytes:
    body = "".join(f"{h.upper()}\n\n" + "".join(f"- {p}\n" for p in pts) + "\n" for h, pts in POINTS.items())
    return f"{MARKING}\n\n{body}{MARKING}\n\n{CLOSE}\n".encode()


def _html() -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in pts)}</ul>" for h, pts in POINTS.items())
    rows = "<tr><th>Gebied</th><th>Huise</th></tr><tr><td>Kleinmond</td><td>12</td></tr>"
    table = f"<p>{CAPTION}</p><table>{rows}</table>"
    return f"<html><body><p>{MARKING}</p>{table}{body}<p>{MARKING}</p><p>{CLOSE}</p></body></html>".encode()


@pytest.mark.parametrize(("make", "name"), [(_text, "verslag.txt"), (_html, "verslag.html")], ids=["text", "html"])
def test_a_marking_a_maps_caption_and_a_post_with_its_holder_are_no_points(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert {s.heading.title(): [i.text for i in s.items] for s in report.sections} == POINTS
