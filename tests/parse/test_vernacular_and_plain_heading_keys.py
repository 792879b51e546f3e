"""Headings keyed by what their words name, as any reader would name them: Low German ("In 't Kört" the summary,
"Weerutsichten" the forecast, "Lüüd in 'n Insatz" the people on duty), Asturian ("Voluntariáu", "Atención a la
vecindá"), Upper Sorbian ("Zjeće", "Riziki", "Dalše kroki"), Slovene ("Člani in prostovoljci", "Naslednji koraki"),
Hawaiian, its words parted by the ʻokina ("Hōʻuluʻulu manaʻo" the summary, "Nā pilikia e hiki mai ana" the risks,
"Nā hana aʻe" the next steps), more Czech ("Aktuální stav", "Rozsah škod"), German ("Wetteraussichten",
"Helfende"), French ("Suites à donner"), Danish ("Hjælp til borgerne") and Spanish ("Pasos siguientes"), and the
plain English of help ("Help for households", "Help for customers": the help, not the customers affected) and of a
summary ("In brief").

Layouts: a Markdown document, a web page and a Word document, each heading over one point.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

HEADINGS = [
    ("In 't Kört", "highlights"),
    ("Wo 't nu utsüht", "situation"),
    ("Weerutsichten", "forecast"),
    ("Lüüd in 'n Insatz", "workforce"),
    ("Wat as Nächstes kummt", "next-steps"),
    ("Voluntariáu", "workforce"),
    ("Atención a la vecindá", "assistance"),
    ("Zjeće", "highlights"),
    ("Wuskutki", "impacts"),
    ("Riziki", "risks"),
    ("Dalše kroki", "next-steps"),
    ("Člani in prostovoljci", "workforce"),
    ("Naslednji koraki", "next-steps"),
    ("Hōʻuluʻulu manaʻo", "highlights"),
    ("Ke kūlana", "situation"),
    ("Nā pōʻino", "impacts"),
    ("Ke kōkua i nā ʻohana", "assistance"),
    ("Nā pilikia e hiki mai ana", "risks"),
    ("Nā hana aʻe", "next-steps"),
    ("Aktuální stav", "situation"),
    ("Rozsah škod", "impacts"),
    ("Wetteraussichten", "forecast"),
    ("Helfende", "workforce"),
    ("Suites à donner", "next-steps"),
    ("Hjælp til borgerne", "assistance"),
    ("Pasos siguientes", "next-steps"),
    ("Help for households", "assistance"),
    ("Help for customers", "assistance"),
    ("In brief", "highlights"),
]


def _markdown() -> bytes:
    lines = ["# Situation report 4", ""]
    for n, (heading, _) in enumerate(HEADINGS, 1):
        lines += [f"## {heading}", "", f"- Point number {n} of the report stands here.", ""]
    return "\n".join(lines).encode()


def _page() -> bytes:
    body = "<h1>Situation report 4</h1>"
    for n, (heading, _) in enumerate(HEADINGS, 1):
        body += f"<h2>{heading}</h2><ul><li>Point number {n} of the report stands here.</li></ul>"
    return f"<html><body><main>{body}</main></body></html>".encode()


def _word() -> bytes:
    d = docx.Document()
    d.add_heading("Situation report 4", 0)
    for n, (heading, _) in enumerate(HEADINGS, 1):
        d.add_heading(heading, 1)
        d.add_paragraph(f"Point number {n} of the report stands here.", style="List Bullet")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "name"), [(_markdown(), "report.md"), (_page(), "report.html"), (_word(), "report.docx")],
    ids=["md", "html", "docx"],
)  # fmt: skip
def test_headings_are_keyed_by_what_their_words_name(data: bytes, name: str) -> None:
    report = parse_bytes(data, name)[0]
    assert [(s.heading, s.key) for s in report.sections] == HEADINGS
