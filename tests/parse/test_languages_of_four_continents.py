"""Reports in Basque, Serbian, Luxembourgish, Haitian Creole, Somali, Māori, Kinyarwanda and Azerbaijani: their
section names get their keys, a risk's mitigation after its label is split off, a report's name gives its
number, and a message's greeting and sign-off are no points.

The message in two layouts: plain text and a web page.
"""

from __future__ import annotations

import pytest

from sitroom.parse.metadata import find_number
from sitroom.parse.vocabulary import classify_heading
from sitroom.read import parse_bytes, parse_text

KEYS = [
    ("LABURPENA", "highlights"), ("ARRISKUAK ETA NEURRIAK", "risks"), ("Angažovane snage i sredstva", "workforce"),
    ("Käschten", "finance"), ("Nächst Schrëtt", "next-steps"), ("Previzyon meteyo", "forecast"),
    ("Abri provizwa", "assistance"), ("Wargelinta dadweynaha", "communications"), ("Xaaladda guud", "situation"),
    ("Ngā mahi e whai ake nei | Next steps", "next-steps"), ("Ibyago bishobora kubaho", "risks"),
    ("Ingaruka", "impacts"), ("Cəlb olunmuş qüvvə və vasitələr", "workforce"), ("Görülən tədbirlər", "response"),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "key"), KEYS)
def test_section_names_get_their_keys(heading: str, key: str) -> None:
    assert classify_heading(heading)[0] == key


@pytest.mark.parametrize(
    "lead", ["Neurriak:", "Mere:", "Moossnamen:", "Mezi:", "Tallaabooyinka:", "Ingamba:", "Tədbirlər:"]
)
def test_a_risks_mitigation_after_its_label_is_split_off(lead: str) -> None:
    report = parse_text(f"RISKS\n\n- The river may rise again overnight. {lead} Pumps are ready at the bridge.\n")
    assert report.sections[0].items[0].mitigation == "Pumps are ready at the bridge."


@pytest.mark.parametrize(
    ("title", "number"),
    [("Egoera-txostena 3. zk. – Hondarribiko Udala", 3), ("RAPORO Y'IBIHE No 1 – AKARERE KA NGORORERO", 1),
     ("Rapò sitiyasyon #2 – Siklòn nan", 2), ("Daşqınla bağlı vəziyyət haqqında məlumat № 4", 4)],
)  # fmt: skip
def test_a_reports_name_gives_its_number(title: str, number: int) -> None:
    assert find_number(title) == number


POINTS = {"Incamake": ["Imiryango 120 yimuwe."], "Ingaruka": ["Amazu 34 yasenyutse."]}
GREETING, SIGN_OFF, NAME = "Muraho neza,", "Murakoze 🙏", "Eric Habimana"


def _text() -> bytes:
    body = "".join(f"{h.upper()}\n\n" + "".join(f"- {p}\n" for p in pts) + "\n" for h, pts in POINTS.items())
    return f"{GREETING}\n\n{body}{SIGN_OFF}\n{NAME}\n".encode()


def _html() -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in pts)}</ul>" for h, pts in POINTS.items())
    return f"<html><body><p>{GREETING}</p>{body}<p>{SIGN_OFF}<br>{NAME}</p></body></html>".encode()


@pytest.mark.parametrize(("make", "name"), [(_text, "raporo.txt"), (_html, "raporo.html")], ids=["text", "html"])
def test_a_messages_greeting_and_sign_off_are_no_points(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert {s.heading.title(): [i.text for i in s.items] for s in report.sections} == POINTS
