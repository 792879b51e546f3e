"""A weekly report in Afaan Oromoo, as a woreda health office writes it: its section names keyed (summary, the
situation, surveillance, manpower, budget, risks, advice, next steps) and a risk's action after "Tarkaanfii:" read
as its mitigation. In Word (bold lines), HTML and Markdown."""

from __future__ import annotations

import pytest
from keyed_formats import html_page, markdown, word_bold_lines

from sitroom.read import parse_bytes

TITLE = "Gabaasa torbanii dhukkuba kolaraa"
RISK = ("Qorichi fi meeshaaleen wal'aansaa dhumachuu danda'u.", "Biiroo Fayyaa irraa qorichi dabalataa gaafatameera.")
SECTIONS = [
    ("Cuunfaa", "highlights", ["Dhukkubni kolaraa aanaa keessatti 5 Adoolessa irraa eegalee mul'ateera."]),
    ("Haala dhukkubaa", "situation", ["Gandoota 13 keessatti dhukkubni kun mul'ateera."]),
    ("Sakatta'iinsa dhukkubaa", "surveillance", ["Sampuleen 11 laaboratoriitti ergamaniiru."]),
    ("Humna namaa", "workforce", ["Ogeeyyiin fayyaa 73 hojii kanarratti bobba'aniiru."]),
    ("Baajata", "finance", ["Mootummaan naannoo Birr 144,000 dabalataan ramadeera."]),
    ("Balaawwan", "risks", [f"{RISK[0]} Tarkaanfii: {RISK[1]}"]),
    ("Gorsa hawaasaaf", "advice", ["Namni garaa kaasaan qabame battaluma buufata fayyaatti haa dhufu."]),
    ("Tarkaanfii itti aanu", "next-steps", ["Buufata wal'aansa haaraa Kamisa banuu."]),
]


def _docx() -> bytes:
    return word_bold_lines(TITLE, SECTIONS, "-")


def _html() -> bytes:
    return html_page(TITLE, SECTIONS)


def _markdown() -> bytes:
    return markdown(TITLE, SECTIONS)


@pytest.mark.parametrize("make,name", [(_docx, "r.docx"), (_html, "r.html"), (_markdown, "r.md")])
def test_an_oromo_report_is_keyed_and_its_risks_mitigated(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    risk = next(s for s in report.sections if s.key == "risks").items[0]
    assert risk.mitigation == RISK[1]
