"""Czech, Slovak and Danish situation reports, read as a reader of the language reads them.

Their section names mean what they say: the description of the situation ("Popis situace", "Popis
situácie", "Situationen"), the impacts on the population, the measures taken ("Přijatá opatření"), the
risks, the forces and means deployed, the forecast, the informing of the public and the next report
("Næste situationsrapport"). A risk's point gives its mitigation after "Opatření:", "Opatrenia:" or
"Tiltag:". The approving officer's "Schválil: …" and the list of whom the report goes to ("Fordeling: …",
"Rozdělovník: …", "Distribution: …") close the report and are no items.

Two layouts each: a plain-text report (capital or numbered headings over "- " points) and a Word report
(headings in a heading style over List Bullet points).
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes, parse_text

REPORTS = {
    "cs": (
        "SITUAČNÍ ZPRÁVA č. 4",
        [
            ("1. Popis situace", "situation", ["Hladina Labe v Pardubicích klesá."]),
            ("2. Dopady na obyvatelstvo", "impacts", ["Evakuováno 412 obyvatel."]),
            ("3. Přijatá opatření", "actions", ["Otevřena evakuační střediska ve dvou školách."]),
            ("4. Rizika", "risks", ["Protržení hráze rybníka Buňkov. Opatření: nepřetržitý dozor na hrázi."]),
            ("5. Nasazené síly a prostředky", "workforce", ["Nasazeno 1 250 hasičů HZS a SDH."]),
            ("6. Předpověď počasí", "forecast", ["Výstraha před povodněmi platí do odvolání."]),
            ("7. Informování obyvatelstva", "communications", ["Informace na webu kraje a v rozhlase."]),
        ],
        "Schválil: předseda krizového štábu kraje",
        "Rozdělovník: členové krizového štábu, HZS kraje, Policie ČR",
    ),
    "sk": (
        "SITUAČNÁ SPRÁVA č. 4",
        [
            ("1. Popis situácie", "situation", ["Hladina Váhu v Žiline klesá."]),
            ("2. Dopady na obyvateľstvo", "impacts", ["Evakuovaných 96 obyvateľov."]),
            ("3. Prijaté opatrenia", "actions", ["Otvorené evakuačné stredisko v telocvični."]),
            ("4. Riziká", "risks", ["Zosuv svahu nad obcou Strečno. Opatrenia: hliadky a uzávierka cesty."]),
            ("5. Predpoveď počasia", "forecast", ["Výstraha pred povodňami platí do odvolania."]),
        ],
        "Schválil: prednosta okresného úradu",
        "Rozdeľovník: členovia krízového štábu okresu",
    ),
    "da": (
        "Situationsrapport nr. 4 – Stormflod",
        [
            ("Situationen", "situation", ["Digerne ved Strandvejen holder."]),
            ("Konsekvenser for borgerne", "impacts", ["219 kældre er oversvømmet."]),
            ("Risici", "risks", ["Strømudfald på renseanlægget. Tiltag: Nødgenerator på stedet."]),
            ("Kommunikation", "communications", ["Pressemeddelelse udsendt klokken 09.00."]),
            ("Næste situationsrapport", "next-steps", ["Statusmøde klokken 14.00."]),
        ],
        "Godkendt af: beredskabschefen",
        "Fordeling: Kommunens krisestab, Politiet, Beredskabsstyrelsen",
    ),
}  # fmt: skip


def _text(title: str, sections: list, signed: str, distribution: str) -> str:
    lines = [title, ""]
    for heading, _, items in sections:
        lines += [heading if heading[0].isdigit() else heading.upper(), *(f"- {t}" for t in items), ""]
    return "\n".join([*lines, distribution, "", signed, ""])


def _word(title: str, sections: list, signed: str, distribution: str) -> bytes:
    d = docx.Document()
    d.add_heading(title, level=0)
    for heading, _, items in sections:
        d.add_heading(heading, level=1)
        for t in items:
            d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(distribution)
    d.add_paragraph(signed)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _reports(language: str) -> list[Report]:
    args = REPORTS[language]
    return [parse_text(_text(*args), "zprava.txt"), parse_bytes(_word(*args), "zprava.docx")[0]]


@pytest.mark.parametrize("language", list(REPORTS))
def test_section_names_have_their_meaning(language: str) -> None:
    _, sections, _, _ = REPORTS[language]
    for report in _reports(language):
        assert [(s.heading or "").casefold() for s in report.sections] == [h.casefold() for h, _, _ in sections]
        assert [s.key for s in report.sections] == [key for _, key, _ in sections]


@pytest.mark.parametrize("language", list(REPORTS))
def test_a_risk_gives_its_mitigation_after_the_languages_lead(language: str) -> None:
    _, sections, _, _ = REPORTS[language]
    (point,) = next(items for _, key, items in sections if key == "risks")
    for report in _reports(language):
        (risk,) = next(s for s in report.sections if s.key == "risks").items
        assert risk.mitigation == point.split(": ", 1)[1]


@pytest.mark.parametrize("language", list(REPORTS))
def test_the_approval_and_the_distribution_list_close_the_report(language: str) -> None:
    _, sections, signed, distribution = REPORTS[language]
    for report in _reports(language):
        assert [[i.text for i in s.items] for s in report.sections] == [items for _, _, items in sections]
        assert not any(signed in i.text or distribution in i.text for i in report.items())


def test_a_distribution_point_inside_a_list_stays_an_item() -> None:
    """ "Distribution: …" as the last point of a list is that list's point (food parcels handed out), not
    the report's list of recipients."""
    point = "Distribution: 40 food parcels to the rest centre"
    text = f"SITREP 2\n\nWELFARE\n- Rest centre open at the leisure centre\n- {point}\n"
    report = parse_text(text, "sitrep.txt")
    assert [i.text for i in report.sections[-1].items][-1] == point
