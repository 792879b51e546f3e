"""Headings keyed by what their words name, as any reader would name them: Sesotho as Lesotho spells it
("Ponelopele ea boemo ba leholimo" the weather forecast, not the situation its "boemo" alone would be;
"Litlamorao" the consequences; "Lichelete" the money; "Thuso e fanoeng" the help given, assistance rather than the
response "thuso" alone names), the Easy Read words of a council ("The main news" the summary, "Help we are giving"
assistance), the Spanish next actions ("Próximas acciones", as "Próximas actuaciones") and funds ("Fondos"), the
Italian damage ("I danni") and fundraising ("Raccolta fondi") and the Dutch capacity and deployment of people
("Capaciteit en inzet", workforce rather than the response "inzet" alone names).

Layouts: a Markdown document and a web page, each heading over one point.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

HEADINGS = [
    ("Kakaretso", "highlights"),
    ("Ponelopele ea boemo ba leholimo", "forecast"),
    ("Litlamorao", "impacts"),
    ("Thuso e fanoeng", "assistance"),
    ("Lichelete", "finance"),
    ("The main news", "highlights"),
    ("Help we are giving", "assistance"),
    ("Próximas acciones", "next-steps"),
    ("Fondos", "finance"),
    ("I danni", "impacts"),
    ("Raccolta fondi", "finance"),
    ("Capaciteit en inzet", "workforce"),
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


@pytest.mark.parametrize(("data", "name"), [(_markdown(), "report.md"), (_page(), "report.html")], ids=["md", "html"])
def test_headings_are_keyed_by_what_their_words_name(data: bytes, name: str) -> None:
    report = parse_bytes(data, name)[0]
    assert [(s.heading, s.key) for s in report.sections] == HEADINGS
