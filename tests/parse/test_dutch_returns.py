"""A Dutch return, in Word and in a web page: its headings get their meaning, the risks under "Risico's"
get the mitigation their "Mitigatie:" / "Beheersmaatregelen:" label states, and a Risico | Kans |
Beheersmaatregelen | Eigenaar table is read as a risk register. Polish, Swedish and Danish core words too."""

from __future__ import annotations

import io
from html import escape

import docx
import pytest

from sitroom.analyse.riskwords import direction, is_risk_section
from sitroom.model import Report
from sitroom.parse.vocabulary import classify_heading
from sitroom.read import parse_bytes

SECTIONS = [
    ("Activiteiten", ["Het opvangcentrum is zeven dagen per week open.", "Er zijn 40 huisbezoeken afgelegd."]),
    (
        "Risico's",
        [
            "Het tekort aan verpleegkundigen neemt toe. Mitigatie: inhuur via het uitzendbureau.",
            "De wachtlijst voor dagbesteding groeit. Beheersmaatregelen: extra groepen op zaterdag.",
        ],
    ),
    ("Personeel", ["Het ziekteverzuim is 6% deze week."]),
    ("Financiën", ["De extra kosten zijn tot nu toe € 12.000."]),
    ("Herstel", ["Het herstelplan wordt volgende week besproken."]),
    ("Communicatie", ["De website wordt dagelijks bijgewerkt."]),
]
KEYS = ["activity", "risks", "workforce", "finance", "recovery", "communications"]
TABLE = [
    ("Risico", "Kans", "Beheersmaatregelen", "Eigenaar"),
    ("Onvoldoende bedden in de opvang.", "Hoog", "Afspraken met twee hotels.", "Teamleider"),
    ("Uitval van vrijwilligers.", "Laag", "Wervingsactie via de gemeente.", "Coördinator"),
]


def _docx(table: bool) -> bytes:
    d = docx.Document()
    d.add_heading("Situatierapport nr. 4", 0)
    for heading, items in SECTIONS:
        d.add_heading(heading, level=1)
        if table and heading == "Risico's":
            t = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
            for r, row in enumerate(TABLE):
                for c, text in enumerate(row):
                    t.cell(r, c).text = text
            continue
        for it in items:
            d.add_paragraph(it, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(table: bool) -> bytes:
    body = []
    for heading, items in SECTIONS:
        body.append(f"<h2>{escape(heading)}</h2>")
        if table and heading == "Risico's":
            head = "".join(f"<th>{escape(c)}</th>" for c in TABLE[0])
            rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in TABLE[1:])
            body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
            continue
        body.append("<ul>" + "".join(f"<li>{escape(it)}</li>" for it in items) + "</ul>")
    return f"<html><body><h1>Situatierapport nr. 4</h1>{''.join(body)}</body></html>".encode()


def _risks(report: Report) -> list[tuple[str, str | None]]:
    section = next(s for s in report.sections if s.heading == "Risico's")
    return [(i.text, i.mitigation) for i in section.items]


@pytest.mark.parametrize(("name", "make"), [("r.docx", _docx), ("r.html", _html)])
def test_dutch_headings_and_mitigation_labels(name: str, make) -> None:
    report = parse_bytes(make(False), name)[0]
    assert [(s.heading, s.key) for s in report.sections if s.heading] == [
        (h, k) for (h, _), k in zip(SECTIONS, KEYS, strict=True)
    ]
    # the item keeps the sentence as written; its mitigation is the labelled part
    assert _risks(report) == [
        (SECTIONS[1][1][0], "inhuur via het uitzendbureau."),
        (SECTIONS[1][1][1], "extra groepen op zaterdag."),
    ]


@pytest.mark.parametrize(("name", "make"), [("t.docx", _docx), ("t.html", _html)])
def test_dutch_risk_register_table(name: str, make) -> None:
    report = parse_bytes(make(True), name)[0]
    assert _risks(report) == [(row[0], row[2]) for row in TABLE[1:]]


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Działania", "activity"),
        ("Ryzyka", "risks"),
        ("Finanse", "finance"),
        ("Komunikacja", "communications"),
        ("Risker", "risks"),
        ("Återställning", "recovery"),
        ("Økonomi", "finance"),
        ("Medarbejdere", "workforce"),
        ("Weersverwachting", "forecast"),
        ("Stand van zaken", "situation"),
    ],
)
def test_polish_swedish_danish_and_dutch_core_words(heading: str, key: str) -> None:
    found, _ = classify_heading(heading)
    assert found is not None and found.value == key


def test_dutch_risk_heading_and_direction() -> None:
    assert is_risk_section(None, "Risico's") and is_risk_section(None, "Knelpunten")
    assert not is_risk_section(None, "Children's services")
    assert direction("Het tekort neemt toe.") == 1 and direction("De druk neemt af.") == -1
