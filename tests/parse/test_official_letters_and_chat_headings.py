"""More of what official letters and shared chats print around a report's points.

- The letterhead's register stamp ("Civil Protection · Outgoing register: 2025/317 · File: 44/2025"), the sentence
  citing the law the report is made under, a date written year first in Basque ("2025eko martxoaren 10a"): the
  masthead's. A name in capitals with an abbreviation in small letters ("EGOERA-TXOSTENA 1. zk.") is the title.
- The close: the signer's post over their name ("KOMANDANT ŠTABA" over "Milan Jovanović"), for whom one signs
  with the name and post on one line ("Fir d'Krisenzell: Jos Weber, Buergermeeschter"), the place and date of
  signing with the post after them ("Tolosan, 2025eko martxoaren 10an Alkatea"), "Sin.: …".
- A heading in capitals behind a pictograph ("📌 INCAMAKE") in a chat's plain text; a byline behind a pin.

Each in two layouts: plain text and a web page (the letters), or two kinds of chat text.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

POINTS = {
    "LABURPENA": ["Etxetik atera behar izan duten herritarrak: 294."],
    "ARRISKUAK": ["Uholde berrien arriskua handia da."],
}
CASES = {
    "basque": (
        ["TOLOSAKO UDALA", "Herritarren Segurtasuna · Irteera-erregistroa: 2025/317 · Espedientea: 44/2025"],
        "EGOERA-TXOSTENA 1. zk. - UHOLDEAK",
        ["Data: 2025eko martxoaren 10a, 08:00"],
        ["Tolosan, 2025eko martxoaren 10an Alkatea", "Sin.: Itziar Goikoetxea Arana"],
    ),
    "serbian": (
        ["REPUBLIKA SRBIJA", "GRAD ŠABAC", "Broj: 217-41/2025-III"],
        "INFORMACIJA O STANJU BR. 1",
        ["Na osnovu člana 43. Zakona o smanjenju rizika od katastrofa, štab podnosi sledeću informaciju."],
        ["KOMANDANT ŠTABA", "Milan Jovanović"],
    ),
    "luxembourgish": (
        [],
        "SITUATIOUNSBERICHT NR. 1",
        ["Stand: 7. Januar 2025, 8.00 Auer"],
        ["Fir d'Krisenzell: Jos Weber, Buergermeeschter vun der Gemeng Réimech"],
    ),
}


def _text(case: tuple) -> bytes:
    over, title, under, close = case
    body = "".join(f"{h}\n\n" + "".join(f"- {p}\n" for p in pts) + "\n" for h, pts in POINTS.items())
    return "\n\n".join([*over, title, *under, body.rstrip(), *close]).encode() + b"\n"


def _html(case: tuple) -> bytes:
    over, title, under, close = case
    body = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in pts)}</ul>" for h, pts in POINTS.items())
    lines = "".join(f"<p>{t}</p>" for t in over) + f"<p><b>{title}</b></p>" + "".join(f"<p>{t}</p>" for t in under)
    return f"<html><body>{lines}{body}{''.join(f'<p>{t}</p>' for t in close)}</body></html>".encode()


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize(("make", "name"), [(_text, "report.txt"), (_html, "report.html")], ids=["text", "html"])
def test_an_official_letters_masthead_and_close_are_no_points(case: str, make, name: str) -> None:
    report = parse_bytes(make(CASES[case]), name)[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == POINTS


CHAT_POINTS = {"📌 INCAMAKE": ["Abantu bavanywe mu byabo: 341."], "⚠️ IBYAGO": ["Ibyago by'inkangu birakurikiranwa."]}


def _chat(stamped: bool) -> bytes:
    head = "28/04/2025, 07:52 - Jean Bosco: " if stamped else ""
    body = "".join(f"{h}\n" + "".join(f"• {p}\n" for p in pts) + "\n" for h, pts in CHAT_POINTS.items())
    byline = "📌 Prepared by the district's operations room from sector reports."
    return f"{head}🔴 RAPORO Y'IBIHE No 1\n{byline}\n\n{body}".encode()


@pytest.mark.parametrize("stamped", [False, True], ids=["message", "export"])
def test_a_capitals_heading_behind_a_pictograph_heads_its_points(stamped: bool) -> None:
    report = parse_bytes(_chat(stamped), "raporo.txt")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == CHAT_POINTS


CALL = {"en": "In an emergency, call 999 (police, fire, ambulance).", "ht": "Pou nenpòt ijans, rele 116 (Anbilans)."}


@pytest.mark.parametrize("lang", list(CALL))
@pytest.mark.parametrize("html", [False, True], ids=["text", "html"])
def test_the_numbers_to_call_closing_a_post_are_no_point(lang: str, html: bool) -> None:
    points = "".join(f"<li>{p}</li>" for p in POINTS["ARRISKUAK"])
    data = (
        f"<html><body><h2>ARRISKUAK</h2><ul>{points}</ul><p><em>{CALL[lang]}</em></p></body></html>"
        if html
        else f"ARRISKUAK\n\n- {POINTS['ARRISKUAK'][0]}\n\n{CALL[lang]}\n"
    )
    report = parse_bytes(data.encode(), "post.html" if html else "post.txt")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [("ARRISKUAK", POINTS["ARRISKUAK"])]


@pytest.mark.parametrize("html", [False, True], ids=["text", "html"])
def test_a_section_in_capitals_after_a_post_is_no_signers_name(html: bool) -> None:
    """ "Releasing Officer" closing a section, then "PHOTO DOCUMENTATION" over the photographs: a heading."""
    point = "Field offices are coordinating the release of food packs."
    data = (
        f"<html><body><h2>RELIEF</h2><p>{point}</p><p>Releasing Officer</p><h2>PHOTO DOCUMENTATION</h2></body></html>"
        if html
        else f"RELIEF\n\n{point}\n\nReleasing Officer\n\nPHOTO DOCUMENTATION\n"
    )
    report = parse_bytes(data.encode(), "report.html" if html else "report.txt")[0]
    assert "PHOTO DOCUMENTATION" in [s.heading for s in report.sections]
