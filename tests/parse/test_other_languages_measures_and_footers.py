"""Reports in French, Portuguese, Spanish and Italian, in plain text and as a web page: "Mesures :",
"Medidas:" and "Misure:" under a risk lead its mitigation; their headings ("Points de vigilance", "Moyens
humains", "Impact financier", "Meios empenhados") take the keys an English reader would give; the closing
line naming the sender with an address or a phone number, and "O próximo ponto de situação …", are the
report's foot, not items; a page's expand control ("Show detail") is machinery, not content."""

from __future__ import annotations

from html import escape

import pytest

from sitroom.parse.furniture import is_contact_line
from sitroom.parse.risks import split_risk
from sitroom.parse.vocabulary import classify_heading
from sitroom.read import parse_bytes

FRENCH = {
    "title": "Point de situation n° 3 – Épisode neigeux",
    "sections": [
        ("Situation générale", ["La neige tombe sur tout le département depuis 6 heures."]),
        ("Conséquences pour la population", ["Les transports scolaires sont suspendus."]),
        ("Points de vigilance", ["Risque de verglas sur les routes secondaires cette nuit."]),
        ("Moyens humains", ["120 agents des routes sont mobilisés."]),
        ("Impact financier", ["Le coût du salage atteint 914 000 € à ce jour."]),
    ],
    "measure": "Mesures : salage renforcé des axes prioritaires dès 4 heures.",
    "closing": [
        "Prochain point de situation : mercredi 10 janvier 2024 à 18h00.",
        "Préfecture du Val – Cabinet du préfet – 12 place de la République",
    ],
    "keys": ["situation", "impacts", "risks", "workforce", "finance"],
}
PORTUGUESE = {
    "title": "Ponto de situação n.º 2 – Incêndio rural",
    "sections": [
        ("1. Situação geral", ["O incêndio mantém 3 frentes ativas."]),
        ("2. Meios empenhados", ["Estão no terreno 240 operacionais e 68 viaturas."]),
        ("3. Riscos e medidas", ["Possível reativação durante a noite com vento forte."]),
    ],
    "measure": "Medidas: vigilância ativa com 4 equipas de sapadores.",
    "closing": [
        "O próximo ponto de situação será divulgado amanhã, às 19h00.",
        "Serviço Municipal de Proteção Civil – Município de Vale Fundo – Linha de apoio 800 203 040",
    ],
    # the means engaged are the people and machines at work ("240 operacionais e 68 viaturas"), as "Resources
    # engaged" are: the workforce
    "keys": ["situation", "workforce", "risks"],
}
REPORTS = {"french": FRENCH, "portuguese": PORTUGUESE}


def _text(r: dict) -> bytes:
    lines = [r["title"], ""]
    for n, (heading, items) in enumerate(r["sections"]):
        lines += [heading, ""]
        for item in items:
            risk = n == 2
            lines += [f"- {item}", *([f"  {r['measure']}"] if risk else []), ""]
    return "\n".join([*lines, *r["closing"], ""]).encode()


def _html(r: dict) -> bytes:
    body = [f"<h1>{escape(r['title'])}</h1>"]
    for n, (heading, items) in enumerate(r["sections"]):
        risk = n == 2
        lis = "".join(f"<li>{escape(i)}{'<br>' + escape(r['measure']) if risk else ''}</li>" for i in items)
        body.append(f"<h2>{escape(heading)}</h2><ul>{lis}</ul>")
    body += [f"<p>{escape(line)}</p>" for line in r["closing"]]
    return f"<html><body><main>{''.join(body)}</main></body></html>".encode()


@pytest.mark.parametrize("make,name", [(_text, "point.txt"), (_html, "point.html")])
@pytest.mark.parametrize("language", sorted(REPORTS))
def test_measures_keys_and_the_foot_in_other_languages(language: str, make, name: str) -> None:
    r = REPORTS[language]
    report = parse_bytes(make(r), name)[0]
    sections = [s for s in report.sections if s.heading]
    assert [s.heading for s in sections] == [h for h, _ in r["sections"]]
    assert [s.key for s in sections] == r["keys"]
    risk = next(i for s in sections for i in s.items if i.mitigation)
    assert r["measure"].split(":", 1)[1].strip() == risk.mitigation
    texts = [i.text for s in report.sections for i in s.items]
    assert not any(line in t for t in texts for line in r["closing"])


@pytest.mark.parametrize(
    "line,closing",
    [
        ("Préfecture du Val – Cabinet du préfet – 12 place de la République", True),
        ("Emergency Planning Unit | 01632 960 123", True),
        ("Resilience Team – resilience@northfield.gov.uk", True),
        ("Call the helpline on 0800 123 4567 if you need a sandbag delivery.", False),  # a sentence
        ("Rest centre – 14 beds – 3 families", False),  # no address, no number to call
        ("Cases rose from 1 200 to 1 450 – a rise of 250 in 24 hours", False),
    ],
)
def test_a_contact_line_is_a_name_with_an_address_or_a_number_to_call(line: str, closing: bool) -> None:
    assert is_contact_line(line) is closing


@pytest.mark.parametrize(
    "control",
    [
        '<div class="expand-control"><span class="expand-control-text">Show detail</span></div>',
        '<div role="button" tabindex="0">Show detail</div>',
    ],
)
def test_a_page_control_label_is_not_content(control: str) -> None:
    page = (
        "<html><body><main><h1>Network incident update 2</h1><h2>Customer impact</h2>"
        "<p>About 4,200 customers in three exchanges have no broadband service this evening.</p>"
        f'<h2>Field engineering</h2><div class="expand-container">{control}<div class="expand-content"><ul>'
        "<li>Generators supply 35 street cabinets.</li><li>The duct is exposed over 159 metres.</li></ul></div></div>"
        "<h2>Risks</h2><ul><li>A second cut during the roadworks.</li><li>Jointer fatigue on night shifts.</li></ul>"
        "</main></body></html>"
    )
    report = parse_bytes(page.encode(), "update.html")[0]
    field = next(s for s in report.sections if s.heading == "Field engineering")
    assert [i.text for i in field.items] == [
        "Generators supply 35 street cabinets.",
        "The duct is exposed over 159 metres.",
    ]


@pytest.mark.parametrize(
    "heading,key",
    [
        ("2. Getroffene Maßnahmen", "actions"),
        ("4. Eingesetzte Kräfte", "workforce"),
        ("6. Weiteres Vorgehen", "next-steps"),
        ("H – Hazards", "risks"),
        ("N – Number of casualties", "impacts"),
        ("E – Emergency services", "response"),
        ("Coming up", "next-steps"),
        ("Points de vigilance", "risks"),
        ("Moyens humains", "workforce"),
        ("Impact financier", "finance"),
        ("3. Meios empenhados", "workforce"),
        ("What is your staffing position today?", "workforce"),
    ],
)
def test_headings_of_other_languages_and_formats_take_a_readers_key(heading: str, key: str) -> None:
    assert classify_heading(heading)[0] == key


@pytest.mark.parametrize(
    "text,mitigation",
    [
        ("Hochwasser am Deich Süd möglich. Maßnahme: Sandsäcke sind verteilt.", "Sandsäcke sind verteilt."),
        ("Staff absence may reach 20%. Action in place: agency cover is booked.", "agency cover is booked."),
        ("Power cuts overnight. What we're doing about it: two generators on standby.", "two generators on standby."),
    ],
)
def test_other_leads_of_a_risks_mitigation(text: str, mitigation: str) -> None:
    assert split_risk(text)[1] == mitigation
