"""Headings in Kurmanji, Corsican and Aranese Occitan keyed by what their words name ("Metirsî" the risks, "Gavên bê"
the next steps, "Risichi" the risks, "Sustegnu à a pupulazione" the support to the population, "Damnatges" the
damage, "Actuacions previstes" the planned actions, next steps rather than the response "actuacions" alone names), a
German incident command's next operational period ("Planung nächste Einsatzperiode"), and a risk's mitigation led by
"Tedbîr:", "Misura:", "Mesura:" or "Lo que estamos haciendo:" read as its mitigation.

Layouts: a Markdown document and a web page.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

HEADINGS = [
    ("Kurtasî", "highlights"),
    ("Rewşa niha", "situation"),
    ("Pêşbîniya hewayê", "forecast"),
    ("Bandorên li ser malbatan", "impacts"),
    ("Alîkariya hatî dayîn", "assistance"),
    ("Karmend û xwebexş", "workforce"),
    ("Lêçûn", "finance"),
    ("Gavên bê", "next-steps"),
    ("Riassuntu", "highlights"),
    ("Sustegnu à a pupulazione", "assistance"),
    ("Vuluntarii", "workforce"),
    ("Prossime tappe", "next-steps"),
    ("Damnatges", "impacts"),
    ("Personau e voluntaris", "workforce"),
    ("Despenes", "finance"),
    ("Actuacions previstes", "next-steps"),
    ("Planung nächste Einsatzperiode", "next-steps"),
]
RISKS = [
    ("Metirsî", "Metirsiya belavbûna kolerayê zêde dibe.", "Tedbîr:", "Ava tenkeran her roj bi klorê tê paqijkirin."),
    ("Risichi", "U risicu di un grande focu in a machja cresce.", "Misura:", "E patuglie sò radduppiate."),
    ("Risques", "Eth risc de naues crescudes ei elevat.", "Mesura:", "Eth pònt ei tancat ara circulacion."),
    ("Riesgos", "El riesgo de derrumbes en la carretera sigue.", "Lo que estamos haciendo:", "Pedimos una máquina."),
]


def _markdown() -> bytes:
    lines = ["# Situation report 4", ""]
    for n, (heading, _) in enumerate(HEADINGS, 1):
        lines += [f"## {heading}", "", f"- Point number {n} of the report stands here.", ""]
    for heading, risk, lead, mitigation in RISKS:
        lines += [f"## {heading}", "", f"- {risk} **{lead}** {mitigation}", ""]
    return "\n".join(lines).encode()


def _page() -> bytes:
    body = "<h1>Situation report 4</h1>"
    for n, (heading, _) in enumerate(HEADINGS, 1):
        body += f"<h2>{heading}</h2><ul><li>Point number {n} of the report stands here.</li></ul>"
    for heading, risk, lead, mitigation in RISKS:
        body += f"<h2>{heading}</h2><ul><li>{risk} <strong>{lead}</strong> {mitigation}</li></ul>"
    return f"<html><body><main>{body}</main></body></html>".encode()


@pytest.mark.parametrize(("data", "name"), [(_markdown(), "report.md"), (_page(), "report.html")], ids=["md", "html"])
def test_headings_are_keyed_and_mitigations_read(data: bytes, name: str) -> None:
    report = parse_bytes(data, name)[0]
    sections = [(s.heading, s.key) for s in report.sections]
    assert sections == HEADINGS + [(heading, "risks") for heading, *_ in RISKS]
    risks = [s.items[0] for s in report.sections[len(HEADINGS) :]]
    assert [(i.text.split(" " + lead)[0], i.mitigation) for i, (_, _, lead, _) in zip(risks, RISKS, strict=True)] == [
        (risk, mitigation) for _, risk, _, mitigation in RISKS
    ]
