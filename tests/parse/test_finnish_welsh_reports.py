"""Finnish and Welsh section words name their sections, and the Welsh "Lliniaru:" after a risk leads its
mitigation.

Two layouts each: a Word report (headings in a heading style over List Bullet points) and a plain-text
report (capitals headings over "- " points).
"""

from __future__ import annotations

import io

import docx

from sitroom.model import Report
from sitroom.read import parse_bytes, parse_text

FINNISH = [
    ("Tilannekuva", "situation", "Vesijohtoverkossa havaittiin kolibakteereja maanantaina."),
    ("Vaikutukset kuntalaisiin", "impacts", "Noin 1 250 kotitaloutta ilman juomakelpoista vettä."),
    ("Toteutetut toimenpiteet", "actions", "Verkosto huuhdeltiin ja klooraus aloitettiin."),
    ("Riskit", "risks", "Vatsatautitapausten lisääntyminen."),
    ("Viestintä", "communications", "Tiedote julkaistiin kunnan verkkosivuilla."),
    ("Jatkotoimenpiteet", "next-steps", "Uudet vesinäytteet otetaan keskiviikkona."),
]
WELSH = [
    ("Y sefyllfa bresennol", "situation", "Mae lefel yr afon wedi gostwng dros nos."),
    ("Yr effaith ar drigolion", "impacts", "Mae 40 o gartrefi wedi dioddef llifogydd."),
    ("Ymateb", "response", "Mae timau'r cyngor yn clirio'r ffyrdd."),
    ("Risgiau", "risks", "Glaw trwm eto nos Fercher. Lliniaru: bagiau tywod i'r pentrefi."),
    ("Staffio", "workforce", "Staff ychwanegol yn y ganolfan gyswllt."),
    ("Cyllid", "finance", "Amcangyfrif o'r costau hyd yma: £120,000."),
    ("Cyfathrebu", "communications", "Diweddariadau ar y cyfryngau cymdeithasol bob bore."),
    ("Adfer", "recovery", "Cynllun adfer yn cael ei baratoi."),
    ("Y camau nesaf", "next-steps", "Diweddariad nesaf ddydd Iau."),
]


def _word(title: str, sections: list[tuple[str, str, str]]) -> bytes:
    d = docx.Document()
    d.add_heading(title, level=0)
    for heading, _, item in sections:
        d.add_heading(heading, level=1)
        d.add_paragraph(item, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _text(title: str, sections: list[tuple[str, str, str]]) -> str:
    return f"{title}\n\n" + "".join(f"{h.upper()}\n- {item}\n\n" for h, _, item in sections)


def _check(report: Report, sections: list[tuple[str, str, str]]) -> None:
    got = [(s.key, s.items[0].text) for s in report.sections if s.heading]
    assert got == [(key, item) for _, key, item in sections]


def test_finnish_section_words_name_their_sections() -> None:
    _check(parse_bytes(_word("Tilannekatsaus 1", FINNISH), "katsaus.docx")[0], FINNISH)
    _check(parse_text(_text("Tilannekatsaus 1", FINNISH), "katsaus.txt"), FINNISH)


def test_welsh_section_words_name_their_sections_and_lliniaru_leads_a_mitigation() -> None:
    for report in (
        parse_bytes(_word("Diweddariad llifogydd 2", WELSH), "diweddariad.docx")[0],
        parse_text(_text("Diweddariad llifogydd 2", WELSH), "diweddariad.txt"),
    ):
        _check(report, WELSH)
        risks = next(s for s in report.sections if s.key == "risks")
        assert [i.mitigation for i in risks.items] == ["bagiau tywod i'r pentrefi."]
