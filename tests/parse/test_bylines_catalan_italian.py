"""Who wrote the report, under its title, in Catalan or Aranese ("Redactat per: Secretaria der Ajuntament de Les"),
Spanish ("Redactado por: …") or Italian ("Redatto da: …", "Referente: @Sara Pacini", the field naming the one
responsible) is the masthead's byline, not a point of the report. Layouts: a Markdown page and a web page."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

BYLINES = [
    "Redactat per: Secretaria der Ajuntament de Les",
    "Redactado por: Secretaría del Ayuntamiento",
    "Redatto da: Ufficio di coordinamento",
    "Referente: @Sara Pacini",
]
SECTIONS = [
    ("Situazione", ["Il fiume è sceso sotto il livello di guardia."]),
    ("Prossimi passi", ["Riunione del COC alle 9."]),
]


def _markdown(byline: str) -> bytes:
    body = "".join(f"## {h}\n\n" + "".join(f"- {p}\n" for p in ps) + "\n" for h, ps in SECTIONS)
    return f"# Punto di situazione n. 3\n\n{byline}\n\n{body}".encode()


def _page(byline: str) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in ps)}</ul>" for h, ps in SECTIONS)
    return f"<html><body><main><h1>Punto di situazione n. 3</h1><p>{byline}</p>{body}</main></body></html>".encode()


@pytest.mark.parametrize("byline", BYLINES)
@pytest.mark.parametrize(("write", "name"), [(_markdown, "p.md"), (_page, "p.html")], ids=["markdown", "page"])
def test_the_byline_is_no_point(write, name: str, byline: str) -> None:
    report = parse_bytes(write(byline), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
